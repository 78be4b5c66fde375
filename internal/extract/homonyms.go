package extract

import "slices"

// Some names stand for different groups in different lands: "Ansarullah"
// is the Houthis in Yemen and a jihadist group in Tajikistan. The
// dictionary matches a name to the first group that lists it; where the
// event takes place, or a country the article names, is the home of
// another group of that name, that group is meant.

// homonymsOf indexes, for each group, the other groups sharing one of its
// names (lower-cased).
func homonymsOf(list []*ActorEntry) map[*ActorEntry][]*ActorEntry {
	byName := map[string][]*ActorEntry{}
	for _, a := range list {
		for _, al := range a.Aliases {
			k := lowerWord(al)
			if l := byName[k]; len(l) == 0 || l[len(l)-1] != a {
				byName[k] = append(l, a)
			}
		}
	}
	out := map[*ActorEntry][]*ActorEntry{}
	for _, l := range byName {
		for _, a := range l {
			for _, b := range l {
				if a != b && !slices.Contains(out[a], b) {
					out[a] = append(out[a], b)
				}
			}
		}
	}
	return out
}

// homonym is the group the name matched as a meant in an event in
// country: a namesake at home there, else one at home in a country the
// article names, else a itself.
func (d *doc) homonym(a *ActorEntry, country string) *ActorEntry {
	hs := d.x.lx.homonyms[a]
	if len(hs) == 0 || a.Country == country {
		return a
	}
	for _, h := range hs {
		if h.Country != "" && h.Country == country {
			return h
		}
	}
	if d.mentioned[a.Country] {
		return a
	}
	for _, h := range hs {
		if d.mentioned[h.Country] {
			return h
		}
	}
	return a
}

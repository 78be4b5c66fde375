package gazetteer

import "strings"

// Two countries may share a short name: "Congo" is what the Republic of
// the Congo goes by and what the Democratic Republic of the Congo is
// without its state form ("Democratic Republic of the", "DR"). A bare
// short name written as one country's alternate is then read as either,
// and the usual scoring chooses: the more populous country (its
// population is the index's), unless the text's other places lie in the
// other. A country's own name ("China", "Guinea") is not shared so: it
// keeps its owner.

// stateForms are the words of a state's formal name that come before
// its short name ("Republic of the", "Democratic People's Republic of",
// "DR").
var stateForms = setOf("republic", "democratic", "people's", "peoples", "people", "of", "the", "federal",
	"islamic", "kingdom", "state", "states", "union", "socialist", "united", "independent",
	"commonwealth", "principality", "grand", "duchy", "plurinational", "bolivarian", "arab",
	"dr", "federated", "sultanate", "emirate")

// shortName is a country's name without the state form before it, or ""
// when nothing is left.
func shortName(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 0 && stateForms[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// sharedShortNames maps a folded short name to the countries that go by
// it, where more than one does.
func (g *Gazetteer) sharedShortNames() map[string][]uint32 {
	g.sharedOnce.Do(func() {
		all := map[string][]uint32{}
		var fb []byte
		for _, c := range countryData() {
			idx, ok := g.byCountry[c.ISO2]
			if !ok {
				continue
			}
			for _, n := range append([]string{c.Name}, c.Alts...) {
				s := shortName(n)
				if s == "" || isAbbrev(n) {
					continue
				}
				var ok bool
				if fb, ok = appendFold(fb[:0], s); !ok || len(fb) == 0 {
					continue
				}
				if k := string(fb); !containsIdx(all[k], idx) {
					all[k] = append(all[k], idx)
				}
			}
		}
		g.shared = map[string][]uint32{}
		for k, cs := range all {
			if len(cs) > 1 {
				g.shared[k] = cs
			}
		}
	})
	return g.shared
}

func containsIdx(l []uint32, v uint32) bool {
	for _, x := range l {
		if x == v {
			return true
		}
	}
	return false
}

// sharedCountryHits adds to the hits of a name (folded: fold) the other
// countries that share it as a short name, when it reads as a country's
// alternate name.
func (g *Gazetteer) sharedCountryHits(fold []byte, hits []hit) []hit {
	alt := false
	for _, h := range hits {
		if h.tier == tierFold && h.flags&(flagPrimary|flagDemonym|flagAbbrev) == 0 && g.places[h.place].Kind == KindCountry {
			alt = true
			break
		}
	}
	if !alt {
		return hits
	}
	for _, c := range g.sharedShortNames()[string(fold)] {
		if !containsPlace(hits, c) {
			hits = append(hits, hit{place: c, tier: tierFold})
		}
	}
	return hits
}

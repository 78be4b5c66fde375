package gazetteer

import "strings"

// A name written otherwise than the gazetteer spells it may still match
// some other place exactly: a misspelt or differently transliterated
// province of the country the text is about is also, letter for letter,
// a village on another continent. Exact matching stops at that village
// and never sees the province. When the text places itself (a country
// named, a people, its other places resolved) and none of a name's exact
// readings lies there, and all of them are small places (by population,
// whatever their rank), the name's spelling variants in the text's
// countries are read too, and scoring
// weighs them as any variant (its penalty, the bonus of the article's
// country) against the exact namesakes abroad (their penalty for lying
// in a country the text never names).

// smallExactPop: an exact reading outside the text's countries that is a
// town of this many people or more is known by the name abroad too (a
// reader thinks of it unprompted), and variants are not sought over it.
const smallExactPop = 100000

// variantsInContext returns hits (ms[i]'s readings) plus the spelling
// variants of ms[i]'s name that lie in a country of the context c, when
// every hit is an exact reading of a small place (a town, district,
// feature or a territory's commune) in a country that neither c nor any
// other name of the text (ms, extra) may be read in; hits otherwise.
func (g *Gazetteer) variantsInContext(ms, extra []Mention, i int, hits []hit, c *Context) []hit {
	m := &ms[i]
	if len(c.countries) == 0 || len(hits) == 0 || m.Text == "" || m.weak || m.capsOnly {
		return hits
	}
	for _, h := range hits {
		r := &g.places[h.place]
		if h.tier != tierFold || r.Pop >= smallExactPop {
			return hits
		}
		switch r.Kind {
		case KindCountry, KindContinent, KindRegion:
			return hits
		}
		if _, ok := c.countries[r.Country]; ok {
			return hits
		}
	}
	if g.namedElsewhere(ms, m.Text, hits) || g.namedElsewhere(extra, m.Text, hits) {
		return hits
	}
	if weakNames()[strings.ToLower(m.Text)] != 0 {
		// an English word or a given name ("Mine Blast") is no misspelt
		// place: its exact readings are all it may mean
		return hits
	}
	near := g.variantsWhere(m.Text, func(r *placeRec) bool {
		switch r.Kind {
		case KindAdmin1, KindAdmin2, KindCity:
			_, ok := c.countries[r.Country]
			return ok
		}
		return false
	})
	if len(near) == 0 {
		return hits
	}
	return append(hits[:len(hits):len(hits)], near...)
}

// variantsWhere returns the spelling variants of name (its transliteration
// look-alikes) whose places keep accepts.
func (g *Gazetteer) variantsWhere(name string, keep func(r *placeRec) bool) []hit {
	variants, _, full := queryVariantsN(name)
	var out []hit
	for _, h := range g.phonetic(variants, full) {
		if keep(&g.places[h.place]) {
			out = append(out, h)
		}
	}
	return out
}

// namedElsewhere: a name of ms other than self (itself no evidence,
// wherever it recurs) may be read in the country of one of hits (a
// village written beside a city and province of one name, neither sure
// enough yet to make context: the text is set there all the same).
func (g *Gazetteer) namedElsewhere(ms []Mention, self string, hits []hit) bool {
	for k := range ms {
		if ms[k].Text == self {
			continue
		}
		for _, o := range ms[k].hits {
			oc := g.places[o.place].Country
			if g.places[o.place].Kind == KindCountry {
				oc = o.place
			}
			for _, h := range hits {
				if g.places[h.place].Country == oc {
					return true
				}
			}
		}
	}
	return false
}

// ownersAbroad: the places whose own name a hit of r is are all small and
// lie in countries the context never names, while r lies in one it does.
// The name is then r's, as any spelling the text's country uses for its
// place ("Sada" for a province's seat written otherwise in the
// gazetteer), and a hamlet abroad that bears it as its own takes nothing
// from r.
func (g *Gazetteer) ownersAbroad(owners []uint32, r *placeRec, c *Context) bool {
	if c == nil || len(c.countries) == 0 {
		return false
	}
	if _, ok := c.countries[r.Country]; !ok {
		return false
	}
	for _, o := range owners {
		or := &g.places[o]
		if _, ok := c.countries[or.Country]; ok || or.Pop >= smallExactPop {
			return false
		}
	}
	return true
}

// variantsOfLevel returns hits plus the spelling variants of ms[i]'s name
// at the level the text gives it ("X governorate", "X district"), when
// every hit is an exact reading of a small place of another level: the
// level word says what the name is, as the text's country does for
// variantsInContext ("Shabwa governorate" is no hamlet spelt alike
// across the ocean).
func (g *Gazetteer) variantsOfLevel(m *Mention, hits []hit) []hit {
	if m.Level != KindAdmin1 && m.Level != KindAdmin2 || len(hits) == 0 || m.Text == "" {
		return hits
	}
	for _, h := range hits {
		r := &g.places[h.place]
		if h.tier != tierFold || r.Kind == m.Level || r.Pop >= smallExactPop {
			return hits
		}
	}
	level := g.variantsWhere(m.Text, func(r *placeRec) bool { return r.Kind == m.Level })
	if len(level) == 0 {
		return hits
	}
	return append(hits[:len(hits):len(hits)], level...)
}

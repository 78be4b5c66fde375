package gazetteer

import "strings"

// A name written as one word is the place whose name is one word, and a
// hyphenated or spaced one the place whose name breaks there: "Jalalabad"
// is the Afghan city (Jalālābād), "Jalal-Abad" the Kyrgyz one. Accents
// and case say nothing (transliterations drop them); the breaks between
// a name's parts are how each country's own spelling is kept.

// shapeFit is what a reading gains when its own name breaks where the
// written name does, over readings that break elsewhere: enough to part
// two provincial capitals of one name, less than the text's country.
const shapeFit = 1.5

// nameShape is a name's parts folded (case and accents dropped), joined
// by "-" where it breaks ("Jalal-Abad" and "Jalal Abad": "jalal-abad").
func nameShape(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' || r == '\u2010' || r == '\u2011' })
	for i, p := range parts {
		parts[i] = FoldKey(p)
	}
	return strings.Join(parts, "-")
}

// shapeBonus: the place's own name breaks where the written name does,
// while the written name breaks (or not) unlike some other reading's.
func (g *Gazetteer) shapeBonus(written string, r *placeRec, others []hit) float64 {
	w := nameShape(written)
	if w == "" || nameShape(g.str(r.Name)) != w {
		return 0
	}
	for _, h := range others {
		if o := &g.places[h.place]; o != r && nameShape(g.str(o.Name)) != w && FoldKey(g.str(o.Name)) == FoldKey(g.str(r.Name)) {
			return shapeFit
		}
	}
	return 0
}

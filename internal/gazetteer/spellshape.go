package gazetteer

import "strings"

// A name written as one word is the place whose name is one word, and a
// hyphenated or spaced one the place whose name breaks there: "Karasu" is
// the Turkish town, "Kara-Suu" the Kyrgyz one. Accents
// and case say nothing (transliterations drop them); the breaks between
// a name's parts are how each country's own spelling is kept.

// shapeFit is what a reading gains when its own name breaks where the
// written name does, over readings that break elsewhere: enough to part
// two provincial capitals of one name, less than the text's country.
const shapeFit = 1.5

// nameShape is a name's parts folded (case and accents dropped), joined
// by "-" where it breaks ("Kara-Suu" and "Kara Suu": "kara-suu").
func nameShape(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' || r == '\u2010' || r == '\u2011' })
	for i, p := range parts {
		parts[i] = FoldKey(p)
	}
	return strings.Join(parts, "-")
}

// shapeWinners are the readings of the written name that gain shapeFit:
// those whose own name breaks where it does, when some other reading of
// the same letters breaks elsewhere. Most names break alike in every
// reading, which the first loop settles without folding anything.
func (g *Gazetteer) shapeWinners(written string, hits []hit) []uint32 {
	wb := strings.ContainsAny(written, "- ")
	differ := false
	for _, h := range hits {
		if strings.ContainsAny(g.str(g.places[h.place].Name), "- ") != wb {
			differ = true
			break
		}
	}
	if !differ {
		return nil
	}
	w := nameShape(written)
	var win []uint32
	lose := false
	for _, h := range hits {
		if h.tier != tierFold {
			continue
		}
		if nameShape(g.str(g.places[h.place].Name)) == w {
			win = append(win, h.place)
		} else {
			lose = true
		}
	}
	if !lose {
		return nil
	}
	return win
}

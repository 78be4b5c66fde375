package gazetteer

import (
	"unicode"
	"unicode/utf8"
)

// Single capitals joined by dots ("U.N.", "A.U.", "E.U.", "U.A.E.") are
// an abbreviation, never a town's name: folded, "U.N" is "un", and some
// hamlet is called that. Of its readings only a country and names the
// gazetteer keeps as abbreviations ("U.S.", a state's postal code) may
// stand; with none, the words are an organisation, not a place.

// dottedAbbrev: s is two or more single capitals, each but perhaps the
// last followed by a dot, and perhaps a space ("U. N.").
func dottedAbbrev(s string) bool {
	letters := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		letters++
		i += n
		if i == len(s) {
			break
		}
		if s[i] != '.' {
			return false
		}
		i++
		// typeset with a space after each dot ("U. N.")
		if i < len(s) && s[i] == ' ' {
			i++
		}
	}
	return letters >= 2
}

// abbrevReadings keeps the hits a dotted abbreviation may mean (in place:
// it reuses hits' array).
func (g *Gazetteer) abbrevReadings(hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.flags&flagAbbrev != 0 || g.places[h.place].Kind == KindCountry {
			out = append(out, h)
		}
	}
	return out
}

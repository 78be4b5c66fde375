package gazetteer

import "github.com/sitrep/sitrep/internal/translit"

// A name written in a script and found only by its sound (the skeleton or
// phonetic key of its transliteration, when GeoNames has no name in that
// script) is a local name of the countries that write the script: a
// Persian "درایم" is an Afghan district, not the French département whose
// consonants it shares. Exact names in the script (GeoNames' "پاریس")
// are read anywhere.

// scriptHomes are the countries (ISO2) whose places the press of a script
// names in it: Arabic script for the Persian, Dari, Pashto, Urdu and
// Arabic press; Cyrillic for the former Soviet states, Mongolia and the
// Slavic Balkans.
var scriptHomes = map[translit.Script]map[string]bool{
	translit.ScriptArabic: setOf("AF", "IR", "PK", "TJ", "IQ", "SY", "LB", "JO", "PS", "IL", "SA", "YE", "OM", "AE", "QA",
		"BH", "KW", "EG", "LY", "TN", "DZ", "MA", "EH", "MR", "SD", "SS", "TD", "SO", "DJ", "ER", "TR", "AZ", "UZ", "TM",
		"KG", "KZ", "IN"),
	translit.ScriptCyrillic: setOf("RU", "UA", "BY", "MD", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE", "MN", "RS",
		"MK", "BG", "BA", "ME", "AF", "CN"),
}

// homeSoundHits keeps the hits found by sound (tierPhon) only in the
// script's home countries; hits found by name stay.
func (g *Gazetteer) homeSoundHits(s translit.Script, hits []hit) []hit {
	home := scriptHomes[s]
	if home == nil {
		return hits
	}
	out := hits[:0]
	for _, h := range hits {
		if h.tier != tierPhon || home[g.countryCode(&g.places[h.place])] {
			out = append(out, h)
		}
	}
	return out
}

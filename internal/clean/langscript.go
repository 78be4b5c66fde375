package clean

import "unicode"

// The trigram detector (whatlanggo) knows Russian and Persian but not
// Pashto, Tajik or Uzbek in Cyrillic (it calls them Arabic, Serbian,
// Bulgarian), and needs a few hundred characters. The letters each of
// these languages adds to its script tell them apart at any length, so
// texts in Cyrillic or Arabic script are named by their letters first.

// scriptMarkers are the letters one language adds to the script it shares
// with others, in the order they are tested: the first language whose
// letters make minMarkerShare of the script's letters names the text.
var scriptMarkers = []struct {
	lang    string
	cyr     bool // Cyrillic (else Arabic script)
	letters string
}{
	{"tg", true, "ӣӯҷӢӮҶ"},
	{"uz", true, "ўЎ"},
	{"kk", true, "әұіӘҰІ"},
	{"ky", true, "ңөүҢӨҮ"},
	{"uk", true, "їєґЇЄҐ"},
	{"uz", true, "қғҳҚҒҲ"}, // Tajik's own letters and Kazakh's were tested first
	{"ps", false, "ټډړږښځڅڼېۍګ"},
	{"ur", false, "ٹڈڑںےھ"},
	{"fa", false, "پچژگکی"},
}

// minMarkerShare: a Russian report that quotes one Tajik place name has
// a marker letter or two per several hundred letters; a Tajik text has
// several per hundred.
const minMarkerShare = 0.01

// minScriptLetters: fewer letters say nothing reliable.
const minScriptLetters = 12

// scriptLanguage names the language of a text written mostly in Cyrillic
// or Arabic script: by marker letters, else "ru" for Cyrillic (long texts
// go to the trigram detector instead, see detectLanguage) and "ar" for
// Arabic script. ok is false for texts mostly in other scripts.
func scriptLanguage(text string) (lang string, cyrillic, ok bool) {
	var cyr, arab, other int
	counts := make([]int, len(scriptMarkers))
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			arab++
		case unicode.IsLetter(r):
			other++
			continue
		default:
			continue
		}
		for i, m := range scriptMarkers {
			for _, c := range m.letters {
				if c == r {
					counts[i]++
				}
			}
		}
	}
	n, isCyr := arab, false
	if cyr > arab {
		n, isCyr = cyr, true
	}
	if n < minScriptLetters || n <= other {
		return "", false, false
	}
	for i, m := range scriptMarkers {
		if m.cyr == isCyr && counts[i] > 0 && float64(counts[i]) >= minMarkerShare*float64(n) {
			return m.lang, isCyr, true
		}
	}
	if isCyr {
		return "ru", true, true
	}
	return "ar", false, true
}

package gazetteer

import "unicode"

// maxMixedAbbrev is the longest word read as an abbreviation for its
// inner capital: "MoI", "JuA", "LoC" are ministries, groups and lines;
// longer names with one ("McAllen", "DeKalb", "KwaZulu") are places.
const maxMixedAbbrev = 4

// mixedCaseAbbrev: a short word with a capital after a small letter is
// an abbreviation ("15 killed: MoI"), not a town of that spelling; so is
// one whose small letters follow two or more capitals ("FAMa", the Malian
// army; "IDPs", "NGOs"): no place name opens with two capitals.
func mixedCaseAbbrev(word string) bool {
	n, caps, lower, inner := 0, 0, false, false
	for _, r := range word {
		n++
		if n > maxMixedAbbrev || !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsLower(r) {
			lower = true
		} else if lower {
			inner = true
		} else {
			caps++
		}
	}
	return inner || lower && caps >= 2
}

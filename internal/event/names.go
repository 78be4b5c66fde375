package event

import "unicode"

// MaxAcronym is the longest word in capitals taken for an acronym:
// "ANP", "KDF", "ISWAP", "AMISOM"; a longer one is a name shouted.
const MaxAcronym = 6

// Acronym reports whether word, as written, is an acronym: capitals only,
// two to MaxAcronym letters. An acronym names a force, an agency or a
// party ("ANP", "FBI", "ISWAP") that every report of its incidents
// writes, as every report writes "police": it tells no incident from
// another, so Keywords leave it out and fusion does not count it as a
// name its reports share.
func Acronym(word string) bool {
	n := 0
	for _, r := range word {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= MaxAcronym
}

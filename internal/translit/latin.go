package translit

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FoldLatin writes a Latin letter or digit as lower-case ASCII with its
// diacritics stripped ("Ḩ" -> "h", "ṯ" -> "t", "ß" -> "ss", "ø" -> "o"):
// the romanisations GeoNames gives the region's places ("Lajah Aḩmad
// Khēl", "Shāh Walī Kōṯ") then meet the plain spellings of the press.
// Combining marks, modifier letters, apostrophes and punctuation give ""
// with ok true (they join or end a word as the caller decides); a letter
// of another script gives ok false. It is the one Latin fold: the
// gazetteer's name keys and fusion's words both use it.
func FoldLatin(r rune) (s string, ok bool) {
	if r < latinTableSize {
		s := latinTable[r]
		return s, s != notLatinLetter
	}
	return foldLatinSlow(r)
}

const (
	latinTableSize = 0x2000 // Latin, its extensions and the combining marks
	notLatinLetter = "\x00"
)

var latinTable = func() (t [latinTableSize]string) {
	for r := rune(0); r < latinTableSize; r++ {
		s, ok := foldLatinSlow(r)
		if !ok {
			s = notLatinLetter
		}
		t[r] = s
	}
	return t
}()

func foldLatinSlow(r rune) (string, bool) {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r), true
	case r >= 'A' && r <= 'Z':
		return string(r + 32), true
	case r < 0x80:
		return "", true // punctuation, spaces
	}
	switch r {
	case 'ß':
		return "ss", true
	case 'æ', 'Æ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ø', 'Ø':
		return "o", true
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d", true
	case 'ł', 'Ł', 'ŀ', 'Ŀ':
		return "l", true
	case 'ı':
		return "i", true
	case 'þ', 'Þ':
		return "th", true
	case 'ħ', 'Ħ':
		return "h", true
	case 'ŧ', 'Ŧ':
		return "t", true
	case 'ŉ':
		return "n", true
	case 'ĸ':
		return "k", true
	case 'ſ':
		return "s", true
	case 'ə', 'Ə':
		return "a", true
	case 'ʻ', 'ʼ', 'ʿ', 'ʾ', '‘', '’', '`', '´', 'ʹ', '′':
		return "", true
	}
	if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Lm, r) {
		return "", true
	}
	var b strings.Builder
	for _, c := range norm.NFKD.String(string(r)) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteRune(c)
		case c >= 'A' && c <= 'Z':
			b.WriteRune(c + 32)
		case unicode.Is(unicode.Mn, c):
		default:
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				return "", false
			}
		}
	}
	return b.String(), true
}

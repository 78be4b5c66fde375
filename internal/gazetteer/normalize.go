package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/translit"
)

// Two keys identify a name:
//
//   - the fold key: lower case ASCII letters and digits only, diacritics
//     stripped, apostrophes, hyphens, dots and spaces dropped
//     ("Mazār-e Sharīf" -> "mazaresharif", "Dar Qad" -> "darqad");
//   - the phonetic key, derived from the fold key, which merges the usual
//     transliteration variants of Central Asian and other names: every run
//     of vowels (a e i o u y) becomes one "a", kh/x -> h, gh -> g, q/ck/c -> k,
//     w -> v, dzh/dj/zh/j -> j, sh -> s, ch -> C, ph -> f, th -> t, and
//     doubled consonants collapse ("Kŭlob"/"Kulyab" -> "kalab",
//     "Vakhdat"/"Vahdat" -> "vahdat", "Maimai"/"Maymay" -> "mama").
//
// Cyrillic and Arabic-script letters fold through package translit:
// Cyrillic to its Latin transliteration ("Кундуз" -> "kunduz"), so that
// Russian and Tajik names share keys with the Latin ones; Arabic script
// to its consonant frame in CAPITALS ("کابل" -> "KABL"), a key space of
// its own, because a name written without short vowels is compared with
// Latin names only through its skeleton (see scriptmentions.go).
//
// The phonetic key is loose on purpose: it is only consulted when the fold
// key finds nothing, and such matches are marked fuzzy.

// foldTable maps runes below foldTableSize to their folded ASCII form
// ("" = dropped, "\x00" = not Latin: the name has no fold key).
const foldTableSize = 0x2000

// foldTable is filled by its initialiser, not init(), so that the
// package's word tables keyed by fold keys (scriptmentions.go) are built
// after it.
var foldTable = func() (t [foldTableSize]string) {
	for r := rune(0); r < foldTableSize; r++ {
		t[r] = foldRuneSlow(r)
	}
	return t
}()

const notLatin = "\x00"

func foldRuneSlow(r rune) string {
	if d, ok := translit.Digit(r); ok {
		return string(d)
	}
	if l, ok := translit.Rune(r); ok {
		if translit.ScriptOf(r) == translit.ScriptArabic {
			return strings.ToUpper(l)
		}
		return l
	}
	if s, ok := translit.FoldLatin(r); ok {
		return s
	}
	return notLatin
}

// foldRune returns the folded form of r and false if r is a letter outside
// the Latin script.
func foldRune(r rune) (string, bool) {
	if r < foldTableSize {
		s := foldTable[r]
		return s, s != notLatin
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return "", false
	}
	return "", true // punctuation, symbols
}

// appendFold appends the fold key of s to dst. ok is false when s holds
// letters of another script (such names are not indexed).
func appendFold(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				dst = append(dst, c)
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+32)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		f, ok := foldRune(r)
		if !ok {
			return dst, false
		}
		dst = append(dst, f...)
	}
	return dst, true
}

// FoldKey returns the fold key of a name ("" if it has none).
func FoldKey(s string) string {
	b, ok := appendFold(make([]byte, 0, len(s)), s)
	if !ok {
		return ""
	}
	return string(b)
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// appendPhon appends the phonetic key of a fold key to dst.
func appendPhon(dst []byte, f []byte) []byte {
	start := len(dst)
	var last byte
	emit := func(c byte) {
		if c == last {
			return // doubled letters and vowel runs collapse
		}
		dst = append(dst, c)
		last = c
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		var next byte
		if i+1 < len(f) {
			next = f[i+1]
		}
		if isVowel(c) {
			emit('a')
			continue
		}
		switch c {
		case 'k':
			if next == 'h' {
				i++
				emit('h')
				continue
			}
			emit('k')
		case 'x':
			emit('h')
		case 'g':
			if next == 'h' {
				i++
			}
			emit('g')
		case 'q', 'c':
			if c == 'c' && next == 'h' {
				i++
				emit('C')
				continue
			}
			if c == 'c' && next == 'k' {
				i++
			}
			emit('k')
		case 'w':
			emit('v')
		case 'd':
			if next == 'z' && i+2 < len(f) && f[i+2] == 'h' {
				i += 2
				emit('j')
				continue
			}
			if next == 'j' {
				i++
				emit('j')
				continue
			}
			emit('d')
		case 'z':
			if next == 'h' {
				i++
				emit('j')
				continue
			}
			emit('z')
		case 's':
			if next == 'h' {
				i++
			}
			emit('s')
		case 'p':
			if next == 'h' {
				i++
				emit('f')
				continue
			}
			emit('p')
		case 't':
			if next == 'h' {
				i++
			}
			emit('t')
		default:
			emit(c)
		}
	}
	if len(dst)-start > 1 && dst[len(dst)-1] == 'h' && dst[len(dst)-2] == 'a' {
		dst = dst[:len(dst)-1] // "Shah"/"Sha", "Allah"/"Alla"
	}
	return dst
}

// PhonKey returns the phonetic key of a name.
func PhonKey(s string) string {
	f, ok := appendFold(nil, s)
	if !ok {
		return ""
	}
	return string(appendPhon(nil, f))
}

// hashKey is FNV-1a 64 with a tier byte mixed in first; 0 is reserved
// for empty hash slots.
func hashKey(tier byte, key []byte) uint64 {
	h := uint64(14695981039346656037)
	h ^= uint64(tier)
	h *= 1099511628211
	for _, c := range key {
		h ^= uint64(c)
		h *= 1099511628211
	}
	if h == 0 {
		h = 1
	}
	return h
}

// levenshtein distance bounded by max (returns max+1 when exceeded);
// no allocation for keys up to 63 bytes.
func levenshtein(a, b []byte, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if len(b) >= 64 || len(a) >= 64 {
		return max + 1
	}
	var pa, ca [64]int
	prev, cur := pa[:len(b)+1], ca[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		ai := a[i-1]
		for j := 1; j <= len(b); j++ {
			v := prev[j-1]
			if ai != b[j-1] {
				v++
			}
			if prev[j]+1 < v {
				v = prev[j] + 1
			}
			if cur[j-1]+1 < v {
				v = cur[j-1] + 1
			}
			cur[j] = v
			if v < rowMin {
				rowMin = v
			}
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

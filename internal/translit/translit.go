// Package translit writes Cyrillic and Arabic-script (Persian, Dari,
// Pashto, Arabic) letters in Latin letters, so that a name read in the
// region's own press can be compared with the Latin names of the
// gazetteer and of English reports. It is the one place these tables
// live: the gazetteer folds names through it, and fusion compares names
// through it.
//
// Cyrillic follows BGN/PCGN (Russian, with the extra letters of Tajik,
// Uzbek, Kazakh and Kyrgyz Cyrillic), simplified where the variants make
// no difference to matching ("е" is always "e", never "ye"). Arabic script
// is written without short vowels, so its romanisation is a consonant
// frame ("کابل" -> "kabl"); Skeleton reduces a Latin name to the same frame
// ("Kabul" -> "kbl") for the comparison.
package translit

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Script is the writing system of a letter.
type Script uint8

const (
	ScriptOther Script = iota
	ScriptLatin
	ScriptCyrillic
	ScriptArabic // Persian, Dari, Pashto, Urdu and Arabic letters
)

// ScriptOf returns the script of r (ScriptOther for digits, marks, punctuation).
func ScriptOf(r rune) Script {
	switch {
	case r < 0x80:
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return ScriptLatin
		}
		return ScriptOther
	case r >= 0x400 && r <= 0x52F:
		return ScriptCyrillic
	case r >= 0x600 && r <= 0x6FF, r >= 0x750 && r <= 0x77F, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		if unicode.IsLetter(r) {
			return ScriptArabic
		}
		return ScriptOther
	case unicode.Is(unicode.Latin, r):
		return ScriptLatin
	}
	return ScriptOther
}

// cyrillic maps lower-case Cyrillic letters to Latin.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya",
	// Tajik
	'ғ': "gh", 'ӣ': "i", 'қ': "q", 'ӯ': "u", 'ҳ': "h", 'ҷ': "j",
	// Uzbek, Kazakh, Kyrgyz, Ukrainian
	'ў': "o", 'ә': "a", 'ң': "ng", 'ө': "o", 'ү': "u", 'һ': "h", 'і': "i", 'ї': "yi", 'є': "e", 'ґ': "g",
}

// arabic maps Arabic-script letters to Latin consonants (and the long
// vowels the script writes: alef "a", vav "w", yeh "y").
var arabic = map[rune]string{
	'ا': "a", 'آ': "a", 'أ': "a", 'إ': "a", 'ٱ': "a", 'ء': "", 'ئ': "y", 'ؤ': "w",
	'ب': "b", 'پ': "p", 'ت': "t", 'ث': "s", 'ج': "j", 'چ': "ch", 'ح': "h", 'خ': "kh",
	'د': "d", 'ذ': "z", 'ر': "r", 'ز': "z", 'ژ': "zh", 'س': "s", 'ش': "sh", 'ص': "s",
	'ض': "z", 'ط': "t", 'ظ': "z", 'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ک': "k",
	'ك': "k", 'گ': "g", 'ل': "l", 'م': "m", 'ن': "n", 'و': "w", 'ه': "h", 'ة': "h",
	'ۀ': "h", 'ہ': "h", 'ھ': "h", 'ی': "y", 'ي': "y", 'ى': "y", 'ې': "y", 'ۍ': "y", 'ے': "y",
	// Pashto and Urdu letters
	'ټ': "t", 'ډ': "d", 'ړ': "r", 'ږ': "zh", 'ښ': "sh", 'ځ': "dz", 'څ': "ts", 'ڼ': "n", 'ګ': "g",
	'ٹ': "t", 'ڈ': "d", 'ڑ': "r", 'ں': "n",
}

// Rune returns the Latin form of a Cyrillic or Arabic-script letter, in
// lower case, and false for any other rune.
func Rune(r rune) (string, bool) {
	if r >= 0x400 && r <= 0x52F {
		s, ok := cyrillic[unicode.ToLower(r)]
		return s, ok
	}
	if r >= 0x600 {
		if s, ok := arabic[r]; ok {
			return s, true
		}
		// presentation forms (old fonts' encodings) map back to letters
		if r >= 0xFB50 {
			if d := []rune(norm.NFKC.String(string(r))); len(d) == 1 && d[0] != r {
				return Rune(d[0])
			}
		}
	}
	return "", false
}

// Digit returns the value of an Arabic-Indic or Persian digit ("۳", "٣").
func Digit(r rune) (byte, bool) {
	switch {
	case r >= '٠' && r <= '٩':
		return byte(r-'٠') + '0', true
	case r >= '۰' && r <= '۹':
		return byte(r-'۰') + '0', true
	}
	return 0, false
}

// Latin writes s in Latin letters: Cyrillic and Arabic-script letters
// transliterated, Arabic-Indic digits as ASCII digits, combining marks
// (Arabic short-vowel signs) and zero-width joiners dropped, everything
// else kept.
func Latin(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if l, ok := Rune(r); ok {
			if unicode.IsUpper(r) && l != "" {
				b.WriteString(strings.ToUpper(l[:1]) + l[1:])
			} else {
				b.WriteString(l)
			}
			continue
		}
		if d, ok := Digit(r); ok {
			b.WriteByte(d)
			continue
		}
		if unicode.Is(unicode.Mn, r) || r == '\u200c' || r == '\u200d' || r == 'ـ' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Skeleton reduces a lower-case Latin name (ASCII letters; a transliterated
// Arabic-script name or a folded Latin one) to the consonants Arabic script
// writes, in a merged spelling: vowels and the letters that stand for them
// (w, v, y) and apostrophes are dropped, kh/x -> h, gh -> g, q/c -> k,
// zh/dzh/dj -> j, sh -> s, ch -> c, ph -> f, th -> t, and a doubled
// consonant is written once. A final plain "h" is dropped: Persian writes
// a final vowel with he ("روسیه") and Latin spellings drop or keep a final
// h at will ("Farah"/"Fara"); "kh" stays. "Badakhshan" and "بدخشان" both give "bdhsn";
// "Kunduz" and "قندوز" give "kndz".
func Skeleton(s string) string {
	out := make([]byte, 0, len(s))
	emit := func(c byte) {
		if n := len(out); n > 0 && out[n-1] == c {
			return
		}
		out = append(out, c)
	}
	plainH := false // the last letter written was a plain h
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		var next byte
		if i+1 < len(s) {
			next = s[i+1] | 0x20
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v':
			continue
		case 'k', 'g', 's', 'z', 't', 'p', 'c':
			if next == 'h' {
				i++
				switch c {
				case 'k':
					emit('h')
				case 'z':
					emit('j')
				case 'p':
					emit('f')
				case 'g':
					emit('g')
				case 's':
					emit('s')
				case 't':
					emit('t')
				case 'c':
					emit('c')
				}
				continue
			}
			switch c {
			case 'c':
				emit('k')
			default:
				emit(c)
			}
		case 'd':
			if next == 'j' || next == 'z' && i+2 < len(s) && s[i+2]|0x20 == 'h' {
				if next == 'j' {
					i++
				} else {
					i += 2
				}
				emit('j')
				continue
			}
			emit('d')
		case 'x':
			emit('h')
		case 'q':
			emit('k')
		case 'h':
			emit('h')
			plainH = true
			continue
		default:
			if c >= 'a' && c <= 'z' {
				emit(c)
			}
		}
		plainH = false
	}
	if plainH && len(out) > 1 {
		out = out[:len(out)-1]
	}
	return string(out)
}

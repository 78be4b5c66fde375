package count

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/extract/count/script"
)

type tkind uint8

const (
	tWord  tkind = iota // letters, possibly with inner hyphens, apostrophes, dots
	tNum                // digits, with thousands commas and at most one decimal point
	tRange              // two digit groups joined by a hyphen or en dash: "10-15"
	tOther              // anything else made of letters and digits: "T-72B3M", "5th", "3:30", "12-year-old"
	tPunct              // one non-space, non-alphanumeric rune
)

type token struct {
	s, e   int
	kind   tkind
	looked bool   // lx is set
	lx     *lex   // lexicon entry of the lower-cased word, nil if none
	w      string // a word short enough to be in the lexicon; script.Fold spelling if not ASCII
}

// lex returns the lexicon entry of the word, looking it up on first use:
// most words of a sentence are never asked about.
func (t *token) lex() *lex {
	if !t.looked {
		t.looked = true
		if t.w != "" {
			t.lx = lookup(t.w)
		}
	}
	return t.lx
}

// mayStart: w could be a word that starts a count (a number word, "a",
// "an"), by its first byte and length alone.
func mayStart(w string) bool {
	return w != "" && startMask[lowerByte(w[0])]&(1<<len(w)) != 0
}

// maxWord is the longest lexicon entry, in bytes: Cyrillic takes two a
// letter ("приблизительно" is 28).
const maxWord = 32

// tokenize splits s into tokens, appending to toks.
func tokenize(s string, toks []token) []token {
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		if c >= 0x80 {
			r, w := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += w
				continue
			}
			if _, dw := script.Digit(s, i); dw == 0 && !unicode.IsLetter(r) {
				toks = append(toks, token{s: i, e: i + w, kind: tPunct})
				i += w
				continue
			}
		} else if !isAlnum(c) {
			toks = append(toks, token{s: i, e: i + 1, kind: tPunct})
			i++
			continue
		}
		// a run of letters and digits with inner joiners
		st := i
		digits, letters, hyph, others := false, false, 0, false
		foreign := false // letters beyond ASCII: the word is folded
		dot, comma := false, false
		for i < n {
			c := s[i]
			if c >= '0' && c <= '9' {
				digits = true
				i++
				for i < n && s[i] >= '0' && s[i] <= '9' {
					i++
				}
				continue
			}
			if alpha[c] {
				letters = true
				i++
				for i < n && alpha[s[i]] {
					i++
				}
				continue
			}
			if c >= 0x80 {
				if _, dw := script.Digit(s, i); dw > 0 {
					digits = true // Persian and Arabic-Indic digits
					i += dw
					continue
				}
				if sw, thousands := script.Separator(s, i); sw > 0 && i-2 >= st && script.IsDigit(s, i+sw) {
					if _, pw := script.Digit(s, i-2); pw > 0 { // "۲۰٬۰۰۰", "۱٫۵"
						if thousands {
							comma = true
						} else {
							dot = true
						}
						i += sw
						continue
					}
				}
				r, w := utf8.DecodeRuneInString(s[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					letters, foreign = true, true
					i += w
					continue
				}
				if jw := script.InWord(s, i); jw > 0 && i > st { // "ده‌ها", "تقریباً"
					foreign = true
					i += jw
					continue
				}
				// en dash or right single quote between alphanumerics
				if (r == '–' || r == '’') && alnumAt(s, i+w) {
					if r == '–' {
						hyph++
					}
					i += w
					continue
				}
				break
			}
			if !alnumAt(s, i+1) {
				break
			}
			pv := s[i-1]
			switch c {
			case '-':
				hyph++
				i++
				continue
			case '\'':
				i++
				continue
			case '.':
				if isDigit(pv) && isDigit(s[i+1]) && !dot && !comma && hyph == 0 {
					dot = true
					i++
					continue
				}
				if !isDigit(pv) && !isDigit(s[i+1]) {
					i++ // "U.S", "a.m"
					continue
				}
			case ',':
				// thousands separator: exactly three digits follow
				if isDigit(pv) && i+4 <= n && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
					(i+4 == n || !isDigit(s[i+4])) && !dot {
					comma = true
					i++
					continue
				}
			case ':', '/':
				others = true
				i++
				continue
			}
			break
		}
		t := token{s: st, e: i}
		switch {
		case letters && !digits && !others:
			t.kind = tWord
			if i-st <= maxWord {
				t.w = s[st:i]
				if foreign {
					t.w = script.Fold(t.w) // allocates only when the spelling changes
				}
			}
		case digits && !letters && !others && hyph == 0:
			t.kind = tNum
		case digits && !letters && !others && hyph == 1 && !dot:
			t.kind = tRange
		default:
			t.kind = tOther
		}
		toks = append(toks, t)
	}
	return toks
}

var alpha = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' }

// alnumAt reports whether a letter or digit starts at s[i].
func alnumAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < 0x80 {
		return isAlnum(s[i])
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lookup finds the lexicon entry of w, case-insensitively (ASCII; words
// of other scripts come folded from tokenize), in an
// open-addressing copy of the lexicon keyed by a cheap hash computed while
// lower-casing.
func lookup(w string) *lex {
	var buf [maxWord]byte
	if len(w) > maxWord {
		return nil
	}
	if len(w) == 0 || lenMask[lowerByte(w[0])]&(1<<len(w)) == 0 {
		return nil
	}
	h := uint32(len(w))
	for i := 0; i < len(w); i++ {
		c := lowerByte(w[i])
		buf[i] = c
		h = h*31 + uint32(c)
	}
	return probe(h, buf[:len(w)])
}

// probe finds key, of hash h, in the table.
func probe(h uint32, key []byte) *lex {
	if used[h&(tableSize-1)/64]&(1<<(h%64)) == 0 {
		return nil
	}
	for k := h & (tableSize - 1); ; k = (k + 1) & (tableSize - 1) {
		e := &table[k]
		if e.lx == nil {
			return nil
		}
		if e.h == h && e.key == string(key) {
			return e.lx
		}
	}
}

const tableSize = 1 << 12 // > 2× the lexicon

type slot struct {
	key string
	h   uint32
	lx  *lex
}

var table [tableSize]slot

// lenMask[c] has bit n set when some lexicon word of n bytes starts with c.
// Most words of a sentence fail this test, which stays in cache where the
// table does not.
var lenMask [256]uint64

// startMask is lenMask for the words that can start a count.
var startMask [256]uint64

// used marks the occupied slots of table, for the same reason.
var used [tableSize / 64]uint64

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// buildTable fills the lookup table from the lexicon; lexicon.go calls it
// last.
func buildTable() {
	if len(lexicon)*2 > tableSize {
		panic("count: lexicon too large for its table")
	}
	for w, lx := range lexicon {
		h := uint32(len(w))
		for i := 0; i < len(w); i++ {
			h = h*31 + uint32(w[i])
		}
		k := h & (tableSize - 1)
		for table[k].lx != nil {
			k = (k + 1) & (tableSize - 1)
		}
		table[k] = slot{w, h, lx}
		used[k/64] |= 1 << (k % 64)
		if len(w) > 0 {
			lenMask[w[0]] |= 1 << len(w)
			if lx.numbers || lx.kind == lA {
				startMask[w[0]] |= 1 << len(w)
			}
		}
	}
}

// digitsValue parses "1,800", "230,000", "17" or "1.5" (returned as value
// ×10^frac with frac the number of decimals). ok is false on overflow.
func digitsValue(s string) (v int64, frac int, ok bool) {
	seenDot := false
	for i := 0; i < len(s); {
		if d, size := script.Digit(s, i); size > 0 {
			if v > 1e14 {
				return 0, 0, false
			}
			v = v*10 + int64(d)
			if seenDot {
				frac++
			}
			i += size
			continue
		}
		size, thousands := script.Separator(s, i)
		switch {
		case s[i] == ',' || size > 0 && thousands:
		case s[i] == '.' || size > 0:
			seenDot = true // a decimal point or ٫
		default:
			return 0, 0, false
		}
		i += max(size, 1)
	}
	return v, frac, true
}

// digitCount is the number of digits in s, of any script.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, size := script.Digit(s, i)
		if size > 0 {
			n++
		} else {
			size = 1
		}
		i += size
	}
	return n
}

package dates

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/extract/count/script"
)

type tokKind uint8

const (
	tkWord tokKind = iota
	tkNum
	tkPunct
)

// token is one word, number or punctuation mark. The one-byte fields sit
// together: a text has thousands of tokens, each written and copied.
type token struct {
	s, e  int     // byte span
	kind  tokKind //
	sp    bool    // whitespace (or start of text) before the token
	nl    bool    // the whitespace before contains a line break
	cap   bool    // word starts with an upper-case letter
	comma bool    // number written with thousands separators (2,000)
	cls   wclass  // lexicon class of lw
	start bool    // may begin an expression (numbers, lexicon words)
	nd    int     // number: count of digits (before any letter suffix)
	n     int     // number: value of the digits
	lw    string  // lower-case text (ASCII folding only)
	suf   string  // number: lower-case letter suffix ("th", "s", "pm")
	cv    int     // lexicon value
	sent  int     // sentence index

	foreign bool // a word with non-ASCII letters; lw is folded (script.Fold) and may be its English canon
	strict  bool // a month name that counts only beside a number, a Pashto oblique weekday (lexicon strict)
	eastern bool // a number written in Persian or Arabic-Indic digits
}

// tokenize splits text into tokens. lower is text with ASCII letters folded
// to lower case (same length).
func tokenize(text, lower string, toks []token) []token {
	i := 0
	sp, nl := true, false
	sent := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			sp = true
			if c == '\n' {
				nl = true
			}
			i++
			continue
		}
		start := i
		var t token
		switch {
		case c >= '0' && c <= '9' || c >= 0xD9 && c <= 0xDB && script.IsDigit(text, i):
			j := i
			n, nd := 0, 0
			for j < len(text) {
				d, size := script.Digit(text, j)
				if size == 0 {
					break
				}
				if n < 1e8 {
					n = n*10 + d
				}
				nd++
				j += size
			}
			eastern := j-i > nd
			comma := false
			// thousands separators: 2,000 / 1,250,000 (only groups of exactly 3)
			if nd <= 3 && !eastern {
				for j+4 <= len(text) && text[j] == ',' && isDigits(text[j+1:j+4]) && (j+4 == len(text) || !isDigit(text[j+4])) {
					for k := j + 1; k < j+4; k++ {
						if n < 1e8 {
							n = n*10 + int(text[k]-'0')
						}
					}
					j += 4
					nd += 3
					comma = true
				}
			}
			k := j
			for k < len(text) && isASCIILetter(text[k]) {
				k++
			}
			t = token{s: start, e: k, kind: tkNum, n: n, nd: nd, comma: comma, lw: lower[start:k], suf: lower[j:k], eastern: eastern}
			i = k
		case isASCIILetter(c) || c >= utf8.RuneSelf && isLetterAt(text, i):
			// a.m. / p.m.
			if (c == 'a' || c == 'p' || c == 'A' || c == 'P') && i+2 < len(text) && text[i+1] == '.' && (text[i+2] == 'm' || text[i+2] == 'M') &&
				(i+3 == len(text) || !isASCIILetter(text[i+3])) && (i == 0 || !isASCIILetter(text[i-1])) {
				k := i + 3
				if k < len(text) && text[k] == '.' {
					k++
				}
				lw := "am"
				if c == 'p' || c == 'P' {
					lw = "pm"
				}
				t = token{s: start, e: k, kind: tkWord, lw: lw}
				i = k
				break
			}
			j := i
			foreign := false
			for j < len(text) {
				if isASCIILetter(text[j]) {
					j++
					continue
				}
				if text[j] >= utf8.RuneSelf {
					r, sz := utf8.DecodeRuneInString(text[j:])
					if r != utf8.RuneError && unicode.IsLetter(r) {
						foreign = true
						j += sz
						continue
					}
					if jw := script.InWord(text, j); jw > 0 {
						foreign = true
						j += jw
						continue
					}
				}
				break
			}
			t = token{s: start, e: j, kind: tkWord, lw: lower[start:j], cap: c >= 'A' && c <= 'Z', foreign: foreign}
			if foreign {
				t.lw = script.Fold(t.lw)
			}
			if !t.cap && c >= utf8.RuneSelf {
				r, _ := utf8.DecodeRuneInString(text[i:])
				t.cap = unicode.IsUpper(r)
			}
			i = j
		case c == '\'' || c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x99 || text[i+2] == 0x98):
			// apostrophe: glue to following letters ('s, 'll, 't) as one token
			k := i + 1
			if c != '\'' {
				k = i + 3
			}
			j := k
			for j < len(text) && isASCIILetter(text[j]) {
				j++
			}
			if j > k && j-k <= 2 {
				switch lower[k:j] {
				case "s":
					t = token{s: start, e: j, kind: tkWord, lw: "'s"}
				case "ll":
					t = token{s: start, e: j, kind: tkWord, lw: "'ll"}
				case "t":
					t = token{s: start, e: j, kind: tkWord, lw: "'t"}
				case "d":
					t = token{s: start, e: j, kind: tkWord, lw: "'d"}
				default:
					t = token{s: start, e: j, kind: tkWord, lw: "'x"}
				}
				i = j
			} else {
				t = token{s: start, e: k, kind: tkPunct, lw: "'"}
				i = k
			}
		default:
			_, sz := utf8.DecodeRuneInString(text[i:])
			if sz < 1 {
				sz = 1
			}
			lw := lower[i : i+sz]
			if sz > 1 {
				switch text[i : i+sz] {
				case "\u2013", "\u2014", "\u2012", "\u2212":
					lw = "-"
				case "\u060c": // Arabic comma
					lw = ","
				}
			}
			t = token{s: start, e: i + sz, kind: tkPunct, lw: lw}
			i += sz
		}
		t.sp, t.nl = sp, nl
		sp, nl = false, false
		// sentence boundaries
		if len(toks) > 0 {
			if t.nl {
				sent++
			} else if p := &toks[len(toks)-1]; p.kind == tkPunct && (p.lw == "." || p.lw == "!" || p.lw == "?") && t.sp && (t.cap || t.kind == tkNum || t.kind == tkPunct || t.foreign && arabicLead(text[t.s])) {
				if len(toks) < 2 || !isAbbrev(&toks[len(toks)-2]) {
					sent++
				}
			}
		}
		t.sent = sent
		switch t.kind {
		case tkWord:
			if n := len(t.lw); n > 0 && n < maxLexWord && (n <= 12 || t.foreign) && lexMask[t.lw[0]]&(1<<n) != 0 {
				if !t.foreign {
					if w, ok := lexicon[t.lw]; ok {
						t.cls, t.cv, t.start = w.cls, w.v, w.start
					}
				} else if w, ok := foreignLexicon[t.lw]; ok {
					t.cls, t.cv, t.start = w.cls, w.v, w.start
					if w.canon != "" {
						t.lw = w.canon
					}
					t.cap = t.cap || w.named
					t.strict = w.strict
				}
			}
		case tkNum:
			t.start = true
		default:
			t.start = t.lw == "'"
		}
		toks = append(toks, t)
	}
	return toks
}

// uncased reports whether t is a word of a script without capitals
// (Arabic script: Persian, Dari, Pashto; its first byte opens
// U+0600–U+06FF), where any word may open a sentence.
func uncased(text string, t *token) bool {
	return t.kind == tkWord && t.foreign && arabicLead(text[t.s])
}

// arabicLead reports whether c leads a UTF-8 sequence in U+0600–U+06FF.
func arabicLead(c byte) bool { return c >= 0xD8 && c <= 0xDB }

func isAbbrev(t *token) bool {
	if t.kind != tkWord {
		return false
	}
	if len(t.lw) == 1 {
		return true
	}
	switch t.cls {
	case wMonth, wWeekday:
		return t.e-t.s <= 5
	}
	switch t.lw {
	case "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "st", "gov", "sen", "rep", "prof", "no", "vs", "inc", "co", "corp", "jr", "sr", "brig", "adm", "cmdr", "pres":
		return true
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// asciiLower folds A–Z to a–z; the result has the same length as s.
func asciiLower(s string, buf []byte) []byte {
	buf = append(buf[:0], s...)
	for i, c := range buf {
		if c >= 'A' && c <= 'Z' {
			buf[i] = c + 32
		}
	}
	return buf
}

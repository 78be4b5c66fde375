// Package script reads the writing systems sitrep codes besides Latin, for
// the date and count readers: digits written in Persian (۰–۹) and
// Arabic-Indic (٠–٩) forms, and the spelling variants a word-list lookup
// must see through (Cyrillic capitals and ё, the zero-width non-joiner
// inside Persian words, Arabic kaf and yeh for the Persian letters,
// Pashto's yehs and gaf for the Persian ones, the kashida and the
// short-vowel marks).
package script

import (
	"unicode"
	"unicode/utf8"
)

// Code points the folding rules name.
const (
	zwnj         = '\u200c' // zero-width non-joiner: "ده‌ها", "سه‌شنبه"
	zwj          = '\u200d'
	tatweel      = '\u0640' // kashida, a stretch with no meaning
	arabicKaf    = '\u0643'
	persianKaf   = '\u06a9'
	arabicYeh    = '\u064a'
	alefMaksura  = '\u0649'
	persianYeh   = '\u06cc'
	pashtoYehE   = '\u06d0' // ې, Pashto's e: written ی or ې as the writer has it
	pashtoYehAi  = '\u06cd' // ۍ, Pashto's feminine ending
	pashtoGaf    = '\u06ab' // ګ, Pashto's g; Dari and Persian write گ
	persianGaf   = '\u06af'
	cyrIo        = '\u0451' // ё, written е in most news copy
	cyrIe        = '\u0435'
	superAlef    = '\u0670'
	arabicMarkLo = '\u064b' // fathatan ... sukun and the marks after it
	arabicMarkHi = '\u065f'
)

// Digit returns the value of the decimal digit that starts at s[i] (ASCII,
// Persian or Arabic-Indic) and its length in bytes; size is 0 when no digit
// starts there.
func Digit(s string, i int) (d, size int) {
	c := s[i]
	if c >= '0' && c <= '9' {
		return int(c - '0'), 1
	}
	if i+1 >= len(s) {
		return 0, 0
	}
	// both blocks are two-byte sequences: U+06F0.. is DB B0.., U+0660.. is D9 A0..
	switch c2 := s[i+1]; {
	case c == 0xDB && c2 >= 0xB0 && c2 <= 0xB9:
		return int(c2 - 0xB0), 2
	case c == 0xD9 && c2 >= 0xA0 && c2 <= 0xA9:
		return int(c2 - 0xA0), 2
	}
	return 0, 0
}

// IsDigit reports whether a digit of any of those scripts starts at s[i].
func IsDigit(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	_, size := Digit(s, i)
	return size > 0
}

// Separator reports the length in bytes of an Arabic thousands (٬) or
// decimal (٫) separator at s[i], and which: thousands true for ٬.
func Separator(s string, i int) (size int, thousands bool) {
	if i+1 < len(s) && s[i] == 0xD9 {
		switch s[i+1] {
		case 0xAC:
			return 2, true
		case 0xAB:
			return 2, false
		}
	}
	return 0, false
}

// InWord returns the length in bytes of a rune at s[i] that is no letter
// but belongs to the word before it: a combining mark ("تقریباً"), or a
// joiner or kashida with a letter after it ("ده‌ها"); 0 when none.
func InWord(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r >= 0x300 && unicode.Is(unicode.Mn, r):
		return size
	case r == zwnj || r == zwj || r == tatweel:
		if j := i + size; j < len(s) {
			if n, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(n) {
				return size
			}
		}
	}
	return 0
}

// Fold returns w as the word lists spell it: ASCII and Cyrillic letters in
// lower case, ё as е, Arabic kaf and yeh as the Persian letters, and no
// joiners, kashida or vowel marks. It returns w itself when nothing
// changes, which is every lower-case ASCII word.
func Fold(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 && needsFold(w[i:]) {
			return string(AppendFold(make([]byte, 0, len(w)), w))
		}
	}
	return w
}

// needsFold reports whether some rune of s changes under Fold.
func needsFold(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 0x80 && foldRune(r) != r {
			return true
		}
	}
	return false
}

// AppendFold appends Fold(w) to dst.
func AppendFold(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, c) // an invalid byte stays as it is
			i++
			continue
		}
		i += size
		if f := foldRune(r); f >= 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

// foldRune maps one non-ASCII rune; -1 drops it.
func foldRune(r rune) rune {
	switch {
	case r >= 'А' && r <= 'Я':
		return r + ('а' - 'А')
	case r >= 'Ѐ' && r <= 'Џ': // Ѐ..Џ, with Ё
		if r == 'Ё' {
			return cyrIe
		}
		return r + ('ѐ' - 'Ѐ')
	case r == cyrIo:
		return cyrIe
	case r == arabicKaf:
		return persianKaf
	case r == arabicYeh || r == alefMaksura || r == pashtoYehE || r == pashtoYehAi:
		return persianYeh
	case r == pashtoGaf:
		return persianGaf
	case r == zwnj || r == zwj || r == tatweel || r == superAlef || r >= arabicMarkLo && r <= arabicMarkHi:
		return -1
	}
	return r
}

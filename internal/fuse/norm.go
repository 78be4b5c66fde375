package fuse

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/translit"
)

// foldLetter appends a letter or digit beyond ASCII to buf: a Latin one
// folded to ASCII (translit.FoldLatin: "Aḩmad" meets "Ahmad"), another
// script's in lower case.
func foldLetter(buf []byte, r rune) []byte {
	if f, ok := translit.FoldLatin(r); ok {
		return append(buf, f...)
	}
	return utf8.AppendRune(buf, unicode.ToLower(r))
}

// adminWords are dropped from place names when other words remain.
var adminWords = map[string]bool{
	"province": true, "district": true, "region": true, "oblast": true, "governorate": true,
	"state": true, "division": true, "tehsil": true, "township": true, "county": true,
	"prefecture": true, "cercle": true, "rayon": true, "raion": true, "muhafazah": true,
	"agency": true, "municipality": true,
}

// words lower-cases s, folds accents, writes Cyrillic in Latin letters
// (translit: "Кок-Таш" → "koktash") and splits it on anything that is not
// a letter or digit; apostrophes and hyphens join ("Kok-Tash" → "koktash").
func words(s string) []string {
	return slices.Collect(eachWord(s))
}

// eachWord yields the words of s as words makes them, one at a time, so
// that a caller who needs the first few reads no further (an article's
// text may be megabytes long).
func eachWord(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		var buf []byte
		flush := func() bool {
			if len(buf) == 0 {
				return true
			}
			w := string(buf)
			buf = buf[:0]
			return yield(w)
		}
		for _, r := range s {
			switch {
			case r < utf8.RuneSelf:
				switch {
				case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
					buf = append(buf, byte(r))
				case r >= 'A' && r <= 'Z':
					buf = append(buf, byte(r+'a'-'A'))
				case r == '-' || r == '\'' || r == '`':
					// joiners: "Kok-Tash", "Ma'arrat"
				default:
					if !flush() {
						return
					}
				}
			case r == '’' || r == '‘' || r == 'ʼ':
			case r >= 0x400 && r <= 0x52F:
				// Cyrillic in Latin letters (translit), so that a Russian
				// report's words meet an English one's
				if l, ok := translit.Rune(r); ok {
					buf = append(buf, l...)
				} else if unicode.IsLetter(r) {
					buf = utf8.AppendRune(buf, unicode.ToLower(r))
				} else if !flush() {
					return
				}
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				buf = foldLetter(buf, r)
			case unicode.Is(unicode.Mn, r):
				// a combining mark belongs to its letter ("Pas̲h̲tūn")
			default:
				if !flush() {
					return
				}
			}
		}
		flush()
	}
}

// placeKey is the comparable form of a place name.
func placeKey(s string) string {
	ws := words(s)
	kept := ws[:0:0]
	for _, w := range ws {
		if !adminWords[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		kept = ws
	}
	return strings.Join(kept, "")
}

// actorKeys returns the comparable forms of an ACLED actor name: the whole
// name without year parentheticals ("Military Forces of Kyrgyzstan
// (2021-)"), and for "ACRONYM: Long name" each side of the colon.
func actorKeys(name string) []string {
	name = dropYearParens(name)
	var keys []string
	add := func(s string) {
		k := strings.Join(words(s), "")
		if len(k) < 2 {
			return
		}
		for _, x := range keys {
			if x == k {
				return
			}
		}
		keys = append(keys, k)
	}
	add(name)
	if i := strings.Index(name, ":"); i > 0 {
		add(name[:i])
		add(name[i+1:])
	}
	return keys
}

// dropYearParens removes parentheticals that contain a digit.
func dropYearParens(s string) string {
	for {
		i := strings.Index(s, "(")
		if i < 0 {
			return strings.TrimSpace(s)
		}
		j := strings.Index(s[i:], ")")
		if j < 0 {
			return strings.TrimSpace(s)
		}
		inner := s[i : i+j+1]
		if !strings.ContainsAny(inner, "0123456789") {
			// keep "(Mali)", "(Sahel)": look further on
			rest := dropYearParens(s[i+j+1:])
			return strings.TrimSpace(s[:i+j+1] + " " + rest)
		}
		s = s[:i] + s[i+j+1:]
	}
}

// genericActor reports whether an ACLED actor name is a category rather
// than a named party: unidentified groups, civilians, protesters, rioters.
func genericActor(name string) bool {
	ws := words(name)
	if len(ws) == 0 {
		return true
	}
	switch ws[0] {
	case "civilians", "protesters", "rioters":
		return true
	}
	return unidentifiedWords[ws[0]]
}

// unidentifiedWords open the names of actors who are no one in
// particular ("Unidentified Armed Group", "Unknown gunmen").
var unidentifiedWords = map[string]bool{"unidentified": true, "unknown": true, "unnamed": true}

// splitActors splits an associated-actor field ("A; B").
func splitActors(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

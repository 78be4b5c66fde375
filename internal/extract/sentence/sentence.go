// Package sentence splits news text into sentences: English, and Russian
// and Persian with their own marks (Russian abbreviations, the Arabic-script
// question mark ؟; the Arabic comma and semicolon never end a sentence).
//
// Split makes a single pass over the bytes of the text, with no regular
// expressions. A sentence ends:
//
//   - after '.', '?', '!' or an ellipsis ("...", "…"), together with any
//     further terminators and any closing quotes or brackets that follow it,
//     when whitespace follows and the next word does not start with a
//     lower-case letter, unless the full stop belongs to an abbreviation
//     ("Gen.", "U.S.", "p.m.", "No. 5"), an initial ("J. R. Smith") or a
//     number ("3.5" never has whitespace after the dot);
//   - at a blank line (a paragraph break), always;
//   - at a single line break before a bullet ("- ", "•", "*", "1. ", "2) ");
//   - at a single line break when the line has no final punctuation (a title,
//     a bullet), unless the next line starts with a lower-case letter or the
//     line ends with ',', ';' or ':' (hard-wrapped prose stays together);
//   - at the end of the text.
//
// Abbreviations come in three kinds. Titles, months and Latin shorthands
// ("Gen.", "Sgt.", "St.", "Aug.", "vs.", "e.g.") never end a sentence. "No.",
// "Nos.", "Art." and "Fig." do not end one before a digit. Abbreviations that
// often close a sentence ("etc.", "Inc.", "Ltd.", "Jr.") end one before a
// capitalised word; "a.m." and "p.m." end one before a capitalised word that
// is not a weekday, a month, a time zone or a '(' ("10 p.m. (2230 GMT)");
// upper-case dotted acronyms ("U.S.", "U.N.") and single capital letters end
// one only before a word that usually opens a sentence ("The", "He", "In",
// "Officials"...), a digit or a quote. A number of up to three digits opening
// a line or sentence is a list marker ("1. Twelve soldiers...").
package sentence

import (
	"unicode"
	"unicode/utf8"
)

// Span is a sentence: byte offsets into the text, end exclusive; Para is the
// paragraph index (paragraphs are separated by blank lines). Paragraphs are
// numbered from 0 in order of appearance, counting only paragraphs that hold
// text. Spans never include leading or trailing whitespace.
type Span struct{ Start, End, Para int }

// Split returns the sentences of text in order. Spans do not overlap, lie
// within text and start and end on UTF-8 boundaries.
func Split(text string) []Span {
	n := len(text)
	spans := make([]Span, 0, n/100+1)
	start := -1      // first byte of the current sentence, -1 if none
	lastNS := -1     // end of the last non-space rune of the current sentence
	para := 0        // paragraph index of the next sentence
	seen := false    // some sentence has started
	pending := false // a paragraph break was seen since the last sentence started

	emit := func() {
		if start >= 0 && lastNS > start {
			spans = append(spans, Span{start, lastNS, para})
		}
		start, lastNS = -1, -1
	}
	begin := func(i int) {
		if pending {
			para++
			pending = false
		}
		start = i
		seen = true
	}

	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == '\n':
			// Paragraph break: the next line is blank (or the text ends).
			j := i + 1
			for j < n && text[j] != '\n' {
				w := hspace(text, j)
				if w == 0 {
					break
				}
				j += w
			}
			if j >= n || text[j] == '\n' {
				emit()
				if seen {
					pending = true
				}
				i = j
				continue
			}
			if start >= 0 && lineEnds(text, start, lastNS, j) {
				emit()
			}
			i = j
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case c >= 0x80:
			if w := uspace(text, i); w > 0 {
				i += w
				continue
			}
			if (c == 0xE2 && i+2 < n && text[i+1] == 0x80 && text[i+2] == 0xA6) || arabicQuestion(text, i) { // …, ؟
				if start < 0 {
					begin(i)
				}
				i = terminator(text, i, start, &lastNS, emit)
				continue
			}
			if start < 0 {
				begin(i)
			}
			_, w := utf8.DecodeRuneInString(text[i:])
			i += w
			lastNS = i
			continue
		case c == '.' || c == '?' || c == '!':
			if start < 0 {
				begin(i)
			}
			i = terminator(text, i, start, &lastNS, emit)
			continue
		default:
			if start < 0 {
				begin(i)
			}
			i++
			for i < n && plain[text[i]] {
				i++
			}
			lastNS = i
		}
	}
	emit()
	return spans
}

// plain marks the ASCII bytes that need no attention inside a sentence.
var plain = func() (t [256]bool) {
	for c := 0x21; c < 0x7F; c++ {
		t[c] = true
	}
	t['.'], t['?'], t['!'] = false, false, false
	return t
}()

// terminator handles the cluster of terminal punctuation starting at i. It
// updates *lastNS, calls emit when the sentence ends there, and returns the
// index to continue from.
func terminator(text string, i, start int, lastNS *int, emit func()) int {
	n := len(text)
	dots, other := 0, 0
	j := i
	for j < n {
		switch {
		case text[j] == '.':
			dots++
			j++
			continue
		case text[j] == '?' || text[j] == '!':
			other++
			j++
			continue
		case text[j] == 0xE2 && j+2 < n && text[j+1] == 0x80 && text[j+2] == 0xA6:
			dots += 3
			j += 3
			continue
		case arabicQuestion(text, j):
			other++
			j += 2
			continue
		}
		break
	}
	// closing quotes and brackets
	for j < n {
		if w := closer(text, j); w > 0 {
			j += w
			continue
		}
		break
	}
	*lastNS = j
	if j >= n {
		return j // the final emit closes it
	}
	if hspace(text, j) == 0 && text[j] != '\n' && uspace(text, j) == 0 {
		return j // "3.5", "U.S", "example.com", "?!x"
	}
	// next non-space
	k := j
	for k < n {
		if text[k] == '\n' {
			k++
			continue
		}
		w := hspace(text, k)
		if w == 0 {
			w = uspace(text, k)
		}
		if w == 0 {
			break
		}
		k += w
	}
	if k >= n {
		return j
	}
	if ends(text, i, j, k, dots, other, start) {
		emit()
	}
	return j
}

// ends decides whether the terminator cluster text[i:j] (the first of which
// is at i) ends the sentence, given that the next non-space byte is at k.
func ends(text string, i, j, k, dots, other, start int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	if unicode.IsLower(r) {
		return false
	}
	if other > 0 || dots != 1 || text[i] != '.' {
		return true // '?', '!', '؟', ellipsis
	}
	// The word before the full stop.
	ws := i
	for ws > start {
		c := text[ws-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '/' {
			break
		}
		if c >= 0x80 {
			r, w := utf8.DecodeLastRuneInString(text[:ws])
			if unicode.IsSpace(r) || r == '“' || r == '‘' || r == '«' || r == '—' || r == '–' {
				break
			}
			ws -= w
			continue
		}
		ws--
	}
	word := text[ws:i]
	if len(word) == 0 {
		return true
	}
	if (ws == start || text[ws-1] == '\n') && len(word) <= 3 && isDigit(word[0]) && isDigit(word[len(word)-1]) {
		return false // a list marker: "1. Twelve soldiers..."
	}
	upperNext := unicode.IsUpper(r)
	switch classify(word) {
	case abbrStrong:
		return false
	case abbrNum:
		return !isDigit(text[k])
	case abbrWeak:
		return true // the next word is not lower-case
	case abbrTime:
		if text[k] == '(' {
			return false // "10 p.m. (2230 GMT)"
		}
		if upperNext {
			return !timeContinues(nextWord(text, k))
		}
		return true
	case abbrYear:
		return ws-1 > start && isDigit(text[ws-2]) // "2023 г. В ..." ends; "г. Душанбе" does not
	case abbrAcronym:
		if isDigit(text[k]) || isOpenQuote(text, k) {
			return true
		}
		return starter(nextWord(text, k), text, k)
	}
	return true
}

// nextWord returns the run of ASCII letters starting at k.
func nextWord(text string, k int) string {
	e := k
	for e < len(text) && isAlpha(text[e]) {
		e++
	}
	return text[k:e]
}

// arabicQuestion: the Arabic-script question mark ؟ (U+061F) is at text[i].
func arabicQuestion(text string, i int) bool {
	return text[i] == 0xD8 && i+1 < len(text) && text[i+1] == 0x9F
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isOpenQuote(text string, k int) bool {
	switch text[k] {
	case '"', '\'':
		return true
	}
	if k+2 < len(text) && text[k] == 0xE2 && text[k+1] == 0x80 && (text[k+2] == 0x9C || text[k+2] == 0x98) {
		return true
	}
	return k+1 < len(text) && text[k] == 0xC2 && text[k+1] == 0xAB
}

// lineEnds decides whether a single line break ends the sentence
// text[start:lastNS]; the next line's first non-space byte is at j.
func lineEnds(text string, start, lastNS, j int) bool {
	if lastNS <= start {
		return false
	}
	// bullets always start a new sentence
	switch text[j] {
	case '-', '*', '#', '>':
		return true
	}
	if j+2 < len(text) && text[j] == 0xE2 && (text[j+1] == 0x80 && (text[j+2] == 0xA2 || text[j+2] == 0x93 || text[j+2] == 0x94) || text[j+1] == 0x96 && text[j+2] == 0xAA) {
		return true // • – — ▪
	}
	if j+1 < len(text) && text[j] == 0xC2 && text[j+1] == 0xB7 {
		return true // ·
	}
	if isDigit(text[j]) { // numbered lists: "1. ", "2) "
		k := j
		for k < len(text) && k-j < 4 && isDigit(text[k]) {
			k++
		}
		if k+1 < len(text) && (text[k] == '.' || text[k] == ')') && (text[k+1] == ' ' || text[k+1] == '\t') {
			return true
		}
	}
	switch text[lastNS-1] {
	case ',', ';', ':':
		return false
	case '.', '?', '!', '"', '\'', ')', ']':
		// The terminator logic already decided not to end here
		// ("Gen.\nIvanov"), or this is a closing bracket of a fragment.
		if text[lastNS-1] == '.' || text[lastNS-1] == '?' || text[lastNS-1] == '!' {
			return false
		}
	}
	if lastNS >= 3 && text[lastNS-3] == 0xE2 && text[lastNS-2] == 0x80 && text[lastNS-1] == 0xA6 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return !unicode.IsLower(r)
}

// hspace returns the width of the horizontal whitespace at i (0 if none).
func hspace(text string, i int) int {
	switch text[i] {
	case ' ', '\t', '\r', '\f', '\v':
		return 1
	}
	if text[i] >= 0x80 {
		return uspace(text, i)
	}
	return 0
}

// uspace returns the width of a non-ASCII space at i: NBSP, the U+2000 block
// spaces, zero-width space, narrow NBSP, ideographic space, BOM, line and
// paragraph separators.
func uspace(text string, i int) int {
	n := len(text)
	switch text[i] {
	case 0xC2:
		if i+1 < n && (text[i+1] == 0xA0 || text[i+1] == 0x85) {
			return 2 // NBSP, NEL
		}
	case 0xE1:
		if i+2 < n && text[i+1] == 0x9A && text[i+2] == 0x80 {
			return 3 // Ogham space mark
		}
	case 0xE2:
		if i+2 < n && text[i+1] == 0x80 {
			c := text[i+2]
			if c <= 0x8B || c == 0xA8 || c == 0xA9 || c == 0xAF {
				return 3
			}
		}
		if i+2 < n && text[i+1] == 0x81 && text[i+2] == 0x9F {
			return 3
		}
	case 0xE3:
		if i+2 < n && text[i+1] == 0x80 && text[i+2] == 0x80 {
			return 3
		}
	case 0xEF:
		if i+2 < n && text[i+1] == 0xBB && text[i+2] == 0xBF {
			return 3
		}
	}
	return 0
}

// closer returns the width of a closing quote or bracket at i (0 if none).
func closer(text string, i int) int {
	switch text[i] {
	case '"', '\'', ')', ']', '}':
		return 1
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9D || text[i+2] == 0x99 || text[i+2] == 0xBA) {
			return 3 // ” ’ ›
		}
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xBB {
			return 2 // »
		}
	}
	return 0
}

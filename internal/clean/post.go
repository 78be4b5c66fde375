package clean

import (
	"strings"
	"unicode/utf8"
)

// postProcess drops the furniture that survives extraction: teasers for
// other stories, related-content blocks at the end, photo credits, calls
// to subscribe or follow, widget lines, and short byline or tag scraps
// trailing the text. The title is a field of its own, so a leading copy
// of it goes too.
func postProcess(paras []string, title string) []string {
	nt := normKey(title)
	for len(paras) > 0 && nt != "" && normKey(paras[0]) == nt {
		paras = paras[1:]
	}
	total := textLen(paras)
	out := make([]string, 0, len(paras))
	seen := 0
	for i, p := range paras {
		pos := seen
		seen += len(p)
		if i > 0 && p == paras[i-1] {
			continue
		}
		n := len(p)
		late := total > 0 && pos*2 >= total
		if n >= 300 {
			out = append(out, p)
			continue
		}
		switch classify(p) {
		case lineRelated:
			if late {
				return trimTail(out)
			}
			continue
		case lineCommentStart:
			if late && n < 120 {
				return trimTail(out)
			}
		case lineNone:
		default:
			continue
		}
		out = append(out, p)
	}
	return trimTail(out)
}

// trimTail drops short scraps after the last real paragraph: agency
// codes, author names, tag words, "Release date:" labels.
func trimTail(paras []string) []string {
	for len(paras) > 1 {
		p := paras[len(paras)-1]
		if len(p) >= 40 || wordCount(p) > 4 || endsSentence(p) && wordCount(p) > 2 {
			break
		}
		paras = paras[:len(paras)-1]
	}
	return paras
}

// normKey compares lines loosely: case, spacing and quote styles differ
// between a page's title and its copies.
func normKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\'', '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
			continue
		case '\u2013', '\u2014', '\u2012':
			r = '-'
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lineKind is what a short paragraph is, when it is page furniture.
type lineKind int

const (
	lineNone         lineKind = iota
	lineRelated               // heading of a related-content block
	lineCommentStart          // opening of a reader-comment section
	lineReadAlso              // teaser linking to another story
	lineCallToAction          // subscribe, follow, donate, ad notices
	lineCredit                // photo credit or caption credit
	lineWidget                // navigation, player, share or comment widget
	lineDate                  // "Updated on ..." label
)

// classify tells page furniture from article text, for paragraphs under
// 300 bytes (longer ones are always text). Regexps run only on the head of
// the line or after a cheap keyword check, because matching them on every
// paragraph cost a fifth of the whole cleaning time.
func classify(p string) lineKind {
	n := len(p)
	if n >= 300 {
		return lineNone
	}
	// Pages separate words with no-break spaces as often as with spaces.
	p = strings.Map(func(r rune) rune {
		if r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007' {
			return ' '
		}
		return r
	}, p)
	head := headOf(p, 80)
	switch {
	case n < 100 && rxRelatedHeading.MatchString(head):
		return lineRelated
	case n < 120 && rxCommentStart.MatchString(p) && !(endsSentence(p) && wordCount(p) > 4):
		return lineCommentStart
	case n < 250 && rxReadAlso.MatchString(head):
		return lineReadAlso
	case mayCallToAction(p) && rxCallToAction.MatchString(p):
		return lineCallToAction
	case n < 200 && (rxCreditStart.MatchString(head) || mayCredit(p) && rxCredit.MatchString(p)):
		return lineCredit
	case n < 80 && isWidgetLine(p):
		return lineWidget
	case n < 60 && rxDateLine.MatchString(p):
		return lineDate
	}
	return lineNone
}

// headOf returns at most n bytes of s, cut at a rune boundary.
func headOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// ctaHints are words that rxCallToAction cannot match without: a cheap
// test that spares most paragraphs the costly one. They are as narrow as
// the expression allows ("twitter", not "follow", which news uses often).
var ctaHints = []string{
	"newsletter", "subscri", "sign up", "twitter", "facebook", "instagram", "telegram", "guenos", "folgen", "suivez",
	"download the", "download our", "support our", "support independent", "support us", "wesprzyj", "to the editor",
	"if you enjoyed", "if you liked", "affiliate", "probeabo", "abo abschl", "jetzt", "unterst", "apóya", "soutenez",
	"never miss", "reserved", "rechte", "derechos", "droits", "prawa", "vervielf", "cookies", "subskrypc", "abonn",
	"suscr", "become a", "click here",
}

var ctaSet = newHintSet(ctaHints)

func mayCallToAction(p string) bool { return ctaSet.in(p) }

var creditHints = []string{
	"©", "getty", "picture", "afp", "reuters", "dpa", "epa", "anadolu", "ap", "(photo", "(foto",
	"(bild", "(imag", "(fot", "(zdj", "photo:", "photos:", "foto:", "bild:", "image:",
}

var creditSet = newHintSet(creditHints)

func mayCredit(p string) bool { return creditSet.in(p) }

// hintSet tells whether a text contains any of a list of lowercase hints,
// ignoring ASCII case, in one pass over the text and without copying it: classify asks it of every
// line, and forty strings.Contains calls a line cost a fifth of cleaning.
type hintSet struct {
	byPair map[[2]byte][]string // hints by their first two bytes
	first  [256]bool
}

func newHintSet(hints []string) *hintSet {
	h := &hintSet{byPair: map[[2]byte][]string{}}
	for _, w := range hints {
		if len(w) < 2 {
			panic("hint too short: " + w)
		}
		k := [2]byte{w[0], w[1]}
		h.byPair[k] = append(h.byPair[k], w)
		h.first[w[0]] = true
	}
	return h
}

func (h *hintSet) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		c := lowerASCII(s[i])
		if !h.first[c] {
			continue
		}
		for _, w := range h.byPair[[2]byte{c, lowerASCII(s[i+1])}] {
			if hasPrefixFoldASCII(s[i:], w) {
				return true
			}
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFoldASCII tells whether s starts with the lowercase w, ignoring
// the case of ASCII letters (as every hint's telling letters are).
func hasPrefixFoldASCII(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if lowerASCII(s[j]) != w[j] {
			return false
		}
	}
	return true
}

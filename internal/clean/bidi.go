package clean

import "strings"

// Right-to-left pages (Persian, Dari, Pashto, Arabic) carry invisible
// direction marks and embeddings around names, numbers and whole
// paragraphs. They say how to draw the text, not what it says, and a mark
// inside a word splits it for every reader after cleaning, so they go.
// The zero-width non-joiner (U+200C) stays: Persian writes it inside words
// ("می‌گوید", "حمله‌ای") and it is part of their spelling.

// isBidiControl reports the directional formatting characters: LRM, RLM,
// ALM, the embeddings and overrides (LRE RLE PDF LRO RLO) and the isolates
// (LRI RLI FSI PDI).
func isBidiControl(r rune) bool {
	switch {
	case r == '\u200e', r == '\u200f', r == '\u061c':
		return true
	case r >= '\u202a' && r <= '\u202e':
		return true
	case r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// dropBidi removes directional formatting characters from s.
func dropBidi(s string) string {
	if strings.IndexFunc(s, isBidiControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

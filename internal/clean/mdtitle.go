package clean

import (
	"regexp"
	"strings"
)

// Markdown articles (.md) go through the plain-text cleaner; their title
// line carries Markdown's marks, which are layout, not words. plainTitle
// drops the trivial ones, so "# **Gunmen** raid a post near _Ménaka_"
// reads "Gunmen raid a post near Ménaka". A plain-text title has none of
// these marks and passes unchanged.
var (
	// An ATX heading: one to six "#" then a space, and an optional
	// closing run of "#" after a space.
	rxMDHeading = regexp.MustCompile(`^#{1,6}(?:\s+|$)`)
	rxMDClosing = regexp.MustCompile(`\s+#+$`)
	// An inline link or image: its text stays, its target goes.
	rxMDLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	// Strong or emphasis around a run that starts and ends with a
	// non-space; "_" only at word edges, so snake_case stays.
	rxMDStrong = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(?:\*\*|__)`)
	rxMDStar   = regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`)
	rxMDUnder  = regexp.MustCompile(`(^|[^\pL\pN_])_(\S(?:[^_]*?\S)?)_($|[^\pL\pN_])`)
	rxMDCode   = regexp.MustCompile("`([^`]+)`")
)

func plainTitle(s string) string {
	t := rxMDHeading.ReplaceAllString(s, "")
	t = rxMDClosing.ReplaceAllString(t, "")
	t = rxMDLink.ReplaceAllString(t, "$1")
	t = rxMDStrong.ReplaceAllString(t, "$2")
	t = rxMDStar.ReplaceAllString(t, "$1")
	t = rxMDUnder.ReplaceAllString(t, "$1$2$3")
	t = rxMDCode.ReplaceAllString(t, "$1")
	if t = strings.TrimSpace(t); t == "" {
		// A title made only of marks ("***", "#") is kept as written
		// rather than emptied.
		return s
	}
	return t
}

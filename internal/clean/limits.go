package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxParagraphs is how many <p> elements of a page are read; the page
// past the last of them is dropped before extraction. go-trafilatura
// joins the text of every <p> of the page one by one (a copy of all so
// far for each), so its time and garbage grow with the square of the
// paragraphs: 8,000 took seconds and gigabytes, 80,000 (a 10 MiB page)
// minutes. A long news report has under 200, a long analysis about 500.
const maxParagraphs = 1000

// capParagraphs removes from doc everything that follows its
// maxParagraphs-th <p> element in document order (its own content kept),
// and says whether it removed anything. Linear in the page's size.
func capParagraphs(doc *html.Node) bool {
	n := 0
	var last *html.Node
	var walk func(*html.Node) bool
	walk = func(x *html.Node) bool {
		if x.Type == html.ElementNode && x.DataAtom == atom.P {
			if n++; n == maxParagraphs {
				last = x
				return true
			}
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	if !walk(doc) {
		return false
	}
	cut := false
	for x := last; x != nil; x = x.Parent {
		for x.NextSibling != nil {
			x.Parent.RemoveChild(x.NextSibling)
			cut = true
		}
	}
	return cut
}

// maxTitleBytes is the longest title taken from a plain-text input's
// first line; a longer line gives its start, cut at a space, and "…".
// Headlines run under 200 bytes; a first line of megabytes (a text
// without line breaks) would otherwise become a title as long, cleaned
// of Markdown by seven regular expressions and stored twice.
const maxTitleBytes = 400

// titleOf is the title made of line p: Markdown marks dropped, at most
// maxTitleBytes of it.
func titleOf(p string) string {
	if len(p) <= maxTitleBytes {
		return plainTitle(p)
	}
	cut := maxTitleBytes
	for cut > 0 && !utf8.RuneStart(p[cut]) {
		cut--
	}
	if sp := strings.LastIndexAny(p[:cut], " \t"); sp > maxTitleBytes/2 {
		cut = sp
	}
	return strings.TrimSpace(plainTitle(p[:cut])) + "…"
}

// maxTextBytes is how much of a plain-text input is cleaned (and so
// stored and coded); the rest, from the line break before it, is
// dropped. Each short line is checked against a dozen patterns of page
// furniture, some 20 µs a line: 10 MiB of one-word lines (a list of
// places) took 30 s. Extraction reads only its first 512 KB
// (extract.maxArticleBytes); a long report is under 100 KB.
const maxTextBytes = 2 << 20

// cutText returns s up to maxTextBytes, cut after a line break when
// there is one in the last quarter, else at a character.
func cutText(s string) string {
	if len(s) <= maxTextBytes {
		return s
	}
	end := maxTextBytes
	for end > 0 && !utf8.RuneStart(s[end]) {
		end--
	}
	if nl := strings.LastIndexByte(s[:end], '\n'); nl > end*3/4 {
		end = nl
	}
	return s[:end]
}

package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxNesting is how deep elements may nest in a page parsed again after
// the HTML parser refused it for nesting past its own limit of 512 open
// elements. Articles rarely nest past 60; the margin covers the elements
// the parser adds itself (html, body, tbody) or opens again (formatting).
const maxNesting = 128

// parseHTML parses a decoded page. A page nested deeper than the parser
// accepts (a generator bug, or an attack) is flattened and parsed again
// rather than refused: its text is what matters.
func parseHTML(s string) (*html.Node, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err == nil {
		return doc, nil
	}
	if doc2, err2 := html.Parse(strings.NewReader(flattenDeep(s, maxNesting))); err2 == nil {
		return doc2, nil
	}
	return nil, err
}

// voidElements never hold content, so never open a level.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.Param: true, atom.Keygen: true,
}

// rawTextElements hold text the tokenizer does not read as markup; their
// tags are always kept, so that their text never becomes markup.
var rawTextElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}

// flattenDeep drops the start tags of elements opened more than max levels
// deep, and their end tags, keeping everything else (text above all) as
// it is. Levels are counted as the parser does, near enough: an end tag
// closes the latest open element of its name and all opened after it; a
// stray end tag closes nothing. Linear in the page's size.
func flattenDeep(s string, max int) string {
	type open struct {
		name string
		kept bool
	}
	var stack []open
	openCount := map[string]int{} // open elements by name, for stray end tags
	kept := 0
	var b strings.Builder
	b.Grow(len(s))
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			nameB, _ := z.TagName()
			a := atom.Lookup(nameB)
			if voidElements[a] || rawTextElements[a] {
				break
			}
			name := string(nameB)
			keep := kept < max
			stack = append(stack, open{name, keep})
			openCount[name]++
			if !keep {
				continue
			}
			kept++
		case html.EndTagToken:
			nameB, _ := z.TagName()
			name := string(nameB)
			if openCount[name] == 0 {
				break // stray: the parser ignores it too
			}
			// Everything scanned here is popped, so the scans add up to
			// the number of start tags: linear overall.
			i := len(stack) - 1
			for stack[i].name != name {
				i--
			}
			matchKept := stack[i].kept
			for _, o := range stack[i:] {
				openCount[o.name]--
				if o.kept {
					kept--
				}
			}
			stack = stack[:i]
			if !matchKept {
				continue
			}
		}
		b.Write(raw)
	}
}

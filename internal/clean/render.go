package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderParagraphs turns the extractor's result tree into paragraphs. It
// exists because go-trafilatura's own text output puts a space between
// every pair of text nodes at different depths, which splits words around
// inline markup ("<b>Bish</b>kek" -> "Bish kek") and loses paragraph
// breaks.
func renderParagraphs(root *html.Node) []string {
	if root == nil {
		return nil
	}
	r := renderer{}
	r.walk(root, false)
	r.flush()
	return r.out
}

type renderer struct {
	cur strings.Builder
	out []string
}

func (r *renderer) flush() {
	s := strings.TrimSpace(r.cur.String())
	r.cur.Reset()
	if s == "" {
		return
	}
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			kept = append(kept, l)
		}
	}
	if len(kept) > 0 {
		r.out = append(r.out, strings.Join(kept, "\n"))
	}
}

func (r *renderer) text(s string, pre bool) {
	if pre {
		r.cur.WriteString(s)
		return
	}
	// Collapse whitespace runs but keep a single space at the edges, since
	// it separates words across inline elements.
	start := true
	space := false
	for _, c := range s {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			space = true
			continue
		}
		if space && !(start && r.endsWithSpace()) {
			r.cur.WriteByte(' ')
		}
		space, start = false, false
		r.cur.WriteRune(c)
	}
	if space && !r.endsWithSpace() {
		r.cur.WriteByte(' ')
	}
}

func (r *renderer) endsWithSpace() bool {
	s := r.cur.String()
	return s == "" || s[len(s)-1] == ' ' || s[len(s)-1] == '\n'
}

func (r *renderer) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data, pre)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	block := false
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
			return
		case atom.Br:
			r.cur.WriteByte('\n')
			return
		case atom.Td, atom.Th:
			if !r.endsWithSpace() {
				r.cur.WriteByte(' ')
			}
		case atom.Pre:
			pre = true
			block = true
		default:
			block = isBlock(n)
		}
	}
	if block {
		r.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, pre)
	}
	if block {
		r.flush()
	}
}

func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote,
		atom.Table, atom.Tr, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Aside, atom.Nav, atom.Figure, atom.Figcaption, atom.Hr, atom.Body,
		atom.Main, atom.Details, atom.Summary, atom.Address, atom.Caption,
		atom.Form, atom.Fieldset:
		return true
	}
	return false
}

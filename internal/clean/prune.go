package clean

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// commentMarkers are id/class fragments that mark reader-comment sections
// and comment forms across blog engines and comment services, in the
// languages of our sources.
var commentMarkers = []string{
	"comment", "kommentar", "comentario", "commentaire", "komentarz", "commento",
	"disqus", "dsq-", "respond", "reply", "replies", "discussion", "diskussion",
	"talkback", "livefyre", "vuukle", "coral-", "leserbrief", "reaktion",
}

// commentMarkerExceptions look like comment markers but name article parts.
var commentMarkerExceptions = []string{
	"comment-count", "comments-count", "commentcount", "comment-link", "comments-link",
	"no-comments", "nocomments", "has-comments", "comments-open", "comments-closed",
	"comment-icon", "commentsicon",
}

// rxCommentHeading matches the heading that opens a comment section:
// "12 Comments", "Leave a Reply", "Kommentare", "Post a comment", ...
var rxCommentHeading = regexp.MustCompile(`(?i)^\s*(?:\d+\s+(?:comments?|kommentare?|comentarios?|commentaires?|komentarz[ey]?|responses?|replies|reactions|antworten|thoughts? on)\b|(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:reply|comment|response)|(?:reader\s+|user\s+)?comments?\s*(?:\(\d+\)|:)?\s*$|kommentare?\s*(?:\(\d+\))?\s*$|comentarios?\s*(?:\(\d+\))?\s*$|commentaires?\s*(?:\(\d+\))?\s*$|komentarze\s*$|join the discussion|discussion\s*$|one (?:comment|response|reply|thought) on|(?:dein|ihr|schreib(?:en sie)?(?: einen)?) kommentar|deja (?:un|tu) comentario|laisser un commentaire|notify of\b|комментарии\s*(?:\(\d+\))?\s*$|\d+\s+комментари(?:й|я|ев)|(?:оставить|добавить|написать|ваш)\s+комментарий|نظرات\s*(?:\([\d۰-۹]+\))?\s*$|[\d۰-۹]+\s+(?:نظر|دیدگاه)|دیدگاه[\x{200c} ]?ها\s*$|ارسال (?:نظر|دیدگاه)|نظر شما|(?:دیدگاه|نظر) خود را بنویسید|دیدگاهتان را بنویسید)`)

// dropEarly are elements go-trafilatura deletes anyway. Deleting them
// before it runs spares its three copies of the tree and its many
// whole-tree selector scans from walking them: about a fifth of the time.
var dropEarly = map[atom.Atom]bool{
	atom.Style: true, atom.Noscript: true, atom.Svg: true, atom.Iframe: true,
	atom.Select: true, atom.Option: true, atom.Button: true, atom.Input: true,
	atom.Textarea: true, atom.Template: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Picture: true,
	atom.Source: true, atom.Map: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Math: true, atom.Dialog: true,
}

// pruneBoilerplate removes from the parsed page, before extraction,
// reader-comment sections (when comments is set), link lists, hidden
// elements and elements the extractor drops anyway, and reports how many
// letters of comments it cut. go-trafilatura finds comment sections only
// under a few exact id/class prefixes; the rest end up in the main text.
func pruneBoilerplate(doc *html.Node, comments bool) (commentText int) {
	heads := h1Holders(doc)
	var remove []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.CommentNode {
				// Invisible, yet copied with the tree four times.
				remove = append(remove, c)
				continue
			}
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Head:
				continue
			case atom.Script:
				if !strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") {
					remove = append(remove, c)
				}
				continue
			}
			if dropEarly[c.DataAtom] || isHidden(c) {
				remove = append(remove, c)
				continue
			}
			if comments && isCommentHeading(c) {
				// The heading opens the section: it and what follows it in
				// the same container are the comments.
				for s := c; s != nil; s = s.NextSibling {
					remove = append(remove, s)
					commentText += letterCount(textOf(s))
				}
				return
			}
			if comments && !heads[c] && isCommentContainer(c) {
				remove = append(remove, c)
				commentText += letterCount(textOf(c))
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	linkBlocks(doc, heads, &remove)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return commentText
}

func isCommentContainer(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.A, atom.Span, atom.P,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return false
	}
	id := strings.ToLower(attr(n, "id"))
	class := strings.ToLower(attr(n, "class"))
	if id == "" && class == "" {
		return false
	}
	return markerIn(id) || classMarker(class)
}

func classMarker(class string) bool {
	for _, tok := range strings.Fields(class) {
		if markerIn(tok) {
			return true
		}
	}
	return false
}

func markerIn(s string) bool {
	if s == "" {
		return false
	}
	for _, ex := range commentMarkerExceptions {
		if strings.Contains(s, ex) {
			return false
		}
	}
	for _, m := range commentMarkers {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

func isCommentHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	t := collapseSpace(textOf(n))
	return len(t) < 80 && rxCommentHeading.MatchString(t)
}

// h1Holders marks the elements that contain an <h1>. A wrapper of the
// whole article sometimes carries comment classes ("comments-open") or
// is link-heavy (a header with the headline and a menu); the headline
// tells it apart from a comment section or a link list.
func h1Holders(doc *html.Node) map[*html.Node]bool {
	heads := map[*html.Node]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.H1 {
				for a := c; a != nil && !heads[a]; a = a.Parent {
					heads[a] = true
				}
			}
			walk(c)
		}
	}
	walk(doc)
	return heads
}

// linkStats is the text measure of a subtree: letters overall, letters
// inside links, and the number of links.
type linkStats struct{ text, link, links int }

// linkBlocks collects blocks that are mostly links: related-story lists,
// tag clouds, "most read" boxes. Inside the article container they slip
// past the extractor, and with the link markup gone their titles run
// together into one nonsense paragraph.
func linkBlocks(n *html.Node, heads map[*html.Node]bool, remove *[]*html.Node) (st linkStats) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			st.text += letterCount(c.Data)
		case html.ElementNode:
			if c.DataAtom == atom.Script || c.DataAtom == atom.Head {
				continue
			}
			if c.DataAtom == atom.A {
				t := letterCount(textOf(c))
				st.text += t
				st.link += t
				st.links++
				continue
			}
			cs := linkBlocks(c, heads, remove)
			if !heads[c] && isLinkBlock(c, cs) {
				*remove = append(*remove, c)
				continue
			}
			st.text += cs.text
			st.link += cs.link
			st.links += cs.links
		}
	}
	return st
}

func isLinkBlock(n *html.Node, st linkStats) bool {
	switch n.DataAtom {
	case atom.Div, atom.Ul, atom.Ol, atom.Section, atom.Table, atom.Dl, atom.Header, atom.P:
	default:
		return false
	}
	return st.links >= 3 && st.link*4 >= st.text*3
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// isHidden reports elements the page hides from readers: menus for small
// screens, modals, consent dialogs, ad slots.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "display") || strings.Contains(v, "visibility") {
				v = strings.ReplaceAll(v, " ", "")
				if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

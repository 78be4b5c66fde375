package clean

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what one cheap pass over <head>, JSON-LD and a few marked-up
// elements tells about a page. It replaces go-trafilatura's date search,
// which scans the whole document with many regexps and cost more than the
// text extraction itself, while metadata gives the date on most news pages.
type pageMeta struct {
	Title, Author, SiteName, CanonicalURL, Language, Description string
	Published                                                    time.Time
	// TitleElement is the raw <title>, which usually carries the site
	// name too; it is the last resort for the title.
	TitleElement string
}

// metaDateNames are <meta name|property|itemprop> keys that carry the
// publication date, most specific first.
var metaDateNames = map[string]int{
	"article:published_time":    0,
	"og:article:published_time": 0,
	"og:published_time":         0,
	"datepublished":             1,
	"article.published":         1,
	"published_time":            1,
	"parsely-pub-date":          1,
	"sailthru.date":             2,
	"pubdate":                   2,
	"publishdate":               2,
	"publish-date":              2,
	"publish_date":              2,
	"dc.date.issued":            2,
	"dcterms.issued":            2,
	"dc.date":                   3,
	"dcterms.date":              3,
	"dcterms.created":           3,
	"date":                      3,
	"citation_publication_date": 3,
	"citation_date":             3,
	"originalpublicationdate":   3,
}

func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var titleEl, ogTitle, twTitle, ldHeadline, ogDesc, desc, ogURL string
	var ogSite, ldPublisher, appName, metaAuthor, ldAuthor string
	bestDate, bestRank := time.Time{}, 99
	setDate := func(v string, rank int) {
		if rank >= bestRank {
			return
		}
		if t, ok := parseDate(v); ok {
			bestDate, bestRank = t, rank
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if l := attr(n, "lang"); l != "" {
					m.Language = langCode(l)
				} else if l := attr(n, "xml:lang"); l != "" {
					m.Language = langCode(l)
				}
			case atom.Title:
				if titleEl == "" {
					titleEl = collapseSpace(textOf(n))
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, key := range []string{attr(n, "property"), attr(n, "name"), attr(n, "itemprop")} {
					key = strings.ToLower(strings.TrimSpace(key))
					if key == "" {
						continue
					}
					if r, ok := metaDateNames[key]; ok {
						setDate(content, r)
					}
					switch key {
					case "og:title":
						ogTitle = content
					case "twitter:title":
						twTitle = content
					case "og:description":
						ogDesc = content
					case "description":
						desc = content
					case "og:url":
						ogURL = content
					case "og:site_name":
						ogSite = content
					case "application-name":
						appName = content
					case "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author":
						if metaAuthor == "" && !strings.Contains(content, "://") {
							metaAuthor = content
						}
					}
				}
			case atom.Link:
				if m.CanonicalURL == "" && hasToken(attr(n, "rel"), "canonical") {
					m.CanonicalURL = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					var ld ldInfo
					ld.read(textOf(n))
					if ldHeadline == "" {
						ldHeadline = ld.headline
					}
					if ldPublisher == "" {
						ldPublisher = ld.publisher
					}
					if ldAuthor == "" {
						ldAuthor = ld.author
					}
					if ld.published != "" {
						setDate(ld.published, 0)
					} else if ld.anyPublished != "" {
						setDate(ld.anyPublished, 4)
					}
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			default:
				if bestRank > 1 && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					setDate(firstNonEmpty(attr(n, "content"), attr(n, "datetime"), attr(n, "title")), 1)
				} else if bestRank > 4 && n.DataAtom == atom.Abbr && hasToken(attr(n, "class"), "published") {
					setDate(attr(n, "title"), 4)
				}
			case atom.Time:
				if bestRank > 4 {
					if v := attr(n, "datetime"); v != "" {
						if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
							setDate(v, 1)
						} else if hasAttr(n, "pubdate") {
							setDate(v, 2)
						} else {
							// The first dated <time> on a page is usually the
							// article's; comments come later.
							setDate(v, 5)
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.Title = firstNonEmpty(ogTitle, ldHeadline, twTitle)
	m.TitleElement = titleEl
	m.Description = firstNonEmpty(ogDesc, desc)
	m.SiteName = firstNonEmpty(ogSite, ldPublisher, appName)
	m.Author = firstNonEmpty(ldAuthor, metaAuthor)
	if m.CanonicalURL == "" || !strings.Contains(m.CanonicalURL, "://") {
		if strings.Contains(ogURL, "://") {
			m.CanonicalURL = ogURL
		} else if !strings.Contains(m.CanonicalURL, "://") {
			m.CanonicalURL = ""
		}
	}
	m.Published = bestDate
	return m
}

// ldInfo is what we take from a JSON-LD block: the first article-like
// object's headline, date, author and publisher.
type ldInfo struct {
	headline, published, author, publisher string
	anyPublished                           string // from a non-article object (WebPage)
}

func (l *ldInfo) read(src string) {
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<!--")
	src = strings.TrimSuffix(src, "-->")
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	l.visit(v, 0)
}

func (l *ldInfo) visit(v any, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			l.visit(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			l.visit(g, depth+1)
		}
		if !isArticleType(x["@type"]) {
			if l.anyPublished == "" {
				l.anyPublished, _ = x["datePublished"].(string)
			}
			return
		}
		if l.headline == "" {
			l.headline, _ = x["headline"].(string)
		}
		if l.published == "" {
			l.published, _ = x["datePublished"].(string)
		}
		if l.author == "" {
			l.author = ldName(x["author"])
		}
		if l.publisher == "" {
			l.publisher = ldName(x["publisher"])
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || strings.Contains(x, "Posting") || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return strings.TrimSpace(x)
	case map[string]any:
		s, _ := x["name"].(string)
		return strings.TrimSpace(s)
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"20060102",
	"2006/01/02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 January 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"02.01.2006",
}

// parseDate reads the date formats found in page metadata and rejects
// implausible years (placeholders like 0001 or 1970 epoch defaults).
func parseDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 8 || len(v) > 64 {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			if t.Year() <= 1970 || t.After(time.Now().AddDate(1, 0, 0)) {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}

func langCode(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	if len(l) != 2 {
		return ""
	}
	for _, c := range l {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return l
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

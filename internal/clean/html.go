package clean

import (
	"errors"
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/sitrep/sitrep/internal/source"
)

// ErrEmpty reports a page from which no main text could be extracted.
var ErrEmpty = errors.New("no main text found")

// HTML cleans an HTML page. charset is the HTTP header's charset if any
// ("" = detect from the BOM, <meta> or the bytes). pageURL may be "".
//
// The page is parsed once; metadata comes from <head>, JSON-LD and <time>
// (see readMeta); comment sections, link lists and hidden or never-content
// elements are cut (pruneBoilerplate); go-trafilatura picks the main
// content, with its fallback extractors only when the result is short;
// the surviving paragraphs lose teasers, credits and calls to action
// (postProcess). The text keeps the page's characters: quotes, dashes and
// case are never rewritten. The error wraps ErrEmpty when no text is found.
func HTML(raw []byte, charset, pageURL string) (page Page, err error) {
	defer func() {
		// The extractor is third-party code run on hostile input; a bug
		// there must fail one page, not the whole ingest.
		if r := recover(); r != nil {
			page, err = Page{}, fmt.Errorf("clean html: extractor failed: %v", r)
		}
	}()
	if len(raw) == 0 {
		return Page{}, fmt.Errorf("clean html: %w: empty input", ErrEmpty)
	}
	if err := source.SniffBinary(raw); err != nil {
		return Page{}, fmt.Errorf("clean html: %w", err)
	}
	s, err := decodeHTML(raw, charset)
	if err != nil {
		return Page{}, fmt.Errorf("clean html: %w", err)
	}
	s = dropControls(s)
	s = strings.ReplaceAll(s, "\u00ad", "") // soft hyphens split words for search
	res, paras, meta, err := extract(s, pageURL, true)
	if err != nil {
		return Page{}, err
	}

	page = Page{
		Title:        collapseSpace(firstNonEmpty(meta.Title, res.Metadata.Title, meta.TitleElement)),
		Author:       firstNonEmpty(meta.Author, res.Metadata.Author),
		SiteName:     firstNonEmpty(meta.SiteName, res.Metadata.Sitename),
		CanonicalURL: meta.CanonicalURL,
		Language:     pickLanguage(meta.Language, res.Metadata.Language, textLen(paras)),
		Published:    meta.Published,
		Description:  firstNonEmpty(meta.Description, res.Metadata.Description),
	}
	if page.Published.IsZero() && !res.Metadata.Date.IsZero() {
		page.Published = res.Metadata.Date
	}
	if page.CanonicalURL == "" && pageURL != "" {
		page.CanonicalURL = pageURL
	}
	page.Title = dropBidi(page.Title)
	for i := range paras {
		paras[i] = dropBidi(paras[i])
	}
	paras = postProcess(paras, page.Title)
	page.Text = strings.Join(paras, "\n\n")
	if lang, _, ok := scriptLanguage(headOf(page.Text, 600)); ok && lang != "ru" && lang != "ar" {
		page.Language = lang // a language's own letters outweigh what a template declares
	} else if lang := detectLanguage(page.Text); lang != "" {
		page.Language = pickLanguage(page.Language, lang, len(page.Text))
	}
	if page.Text == "" {
		return page, fmt.Errorf("clean html: %w", ErrEmpty)
	}
	return page, nil
}

// baseOptions: the date search is ours (see readMeta), comments are cut by
// pruneBoilerplate.
var baseOptions = trafilatura.Options{
	ExcludeComments: true,
	HtmlDateMode:    trafilatura.Disabled,
}

// pickLanguage prefers the page's declared language, except when a long
// text reads as another one: templates often declare one language for a
// whole multilingual site.
func pickLanguage(declared, detected string, textLen int) string {
	if declared == "" || detected != "" && detected != declared && textLen >= 1000 {
		return detected
	}
	return declared
}

// shortText is the length (in bytes) under which the main text looks like
// a failed extraction rather than a short article.
const shortText = 500

func textLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return n
}

// extract parses the decoded page, prunes it and runs go-trafilatura,
// with its fallback extractors when the first result is short. A page whose
// text is nearly all in what looked like comment sections (a forum thread,
// a guestbook) is extracted again with those sections kept.
func extract(s, pageURL string, pruneComments bool) (*trafilatura.ExtractResult, []string, pageMeta, error) {
	doc, err := parseHTML(s)
	if err != nil {
		return nil, nil, pageMeta{}, fmt.Errorf("clean html: parse: %w", err)
	}
	meta := readMeta(doc)
	cut := pruneBoilerplate(doc, pruneComments)
	capParagraphs(doc)

	opts := baseOptions
	if u := pickURL(meta.CanonicalURL, pageURL); u != nil {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		// The extractor's own words ("text and comments are not long
		// enough: 0 0") mean nothing to the user.
		return nil, nil, meta, fmt.Errorf("clean html: %w (the page has no passage of text long enough for an article)", ErrEmpty)
	}
	paras := renderParagraphs(res.ContentNode)
	n := textLen(paras)
	if n < shortText {
		// A short result often means the extractor picked the wrong
		// container. Its fallback (readability and DOM distiller) triples
		// the cost, so it is only worth running on those pages.
		opts.EnableFallback = true
		if res2, err := trafilatura.ExtractDocument(doc, opts); err == nil {
			res.ContentNode = res2.ContentNode
			paras = renderParagraphs(res.ContentNode)
			n = textLen(paras)
		}
	}
	if len(paras) == 1 {
		paras = keepBlocks(doc, paras, firstNonEmpty(res.Metadata.Title, meta.Title))
	}
	if meta.Published.IsZero() {
		meta.Published = searchDate(doc, opts.OriginalURL)
	}
	if pruneComments && n < forumText && cut > 4*forumText {
		if res2, paras2, meta2, err := extract(s, pageURL, false); err == nil {
			return res2, paras2, meta2, nil
		}
	}
	return res, paras, meta, nil
}

// keepBlocks restores the blocks of a short page. On a page too short for
// its main extraction, go-trafilatura returns the whole article as one
// paragraph, headline, byline and dateline run together ("Gunmen kill four
// … By Staff Reporter NIAMEY, June 3 - …", sometimes without a space
// between two blocks), which hides the dateline and repeats the headline
// inside the first sentence. When the page's own article (or main)
// element holds the same text, or the same after the page's title, its
// blocks are the paragraphs (postProcess drops the title's copy).
func keepBlocks(doc *html.Node, paras []string, title string) []string {
	c := firstElement(doc, "article")
	if c == nil {
		c = firstElement(doc, "main")
	}
	if c == nil {
		return paras
	}
	blocks := renderParagraphs(c)
	if len(blocks) < 2 {
		return paras
	}
	all, one := squash(strings.Join(blocks, "")), squash(paras[0])
	if all != one && strings.TrimPrefix(all, squash(title)) != one {
		return paras
	}
	return blocks
}

// squash is s without its white space, to compare texts whose blocks were
// joined with or without a space.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// firstElement is the first element named tag in document order, or nil.
func firstElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// searchDate looks for a publication date in the page's text, URL and
// markup when the metadata has none (about a third of news pages). The
// search takes about as long as all the rest of readMeta's work, so it is
// not run when metadata already gave the date; its fast mode skips the
// multilingual date parser, which is slower than the whole extraction.
func searchDate(doc *html.Node, u *nurl.URL) time.Time {
	opts := htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true}
	if u != nil {
		opts.URL = u.String()
	}
	r, err := htmldate.FromDocument(doc, opts)
	if err != nil || r.IsZero() || r.DateTime.Year() <= 1970 || r.DateTime.After(time.Now().AddDate(0, 0, 2)) {
		return time.Time{}
	}
	return r.DateTime
}

// forumText is the main-text length under which a page that lost much
// more text to comment pruning is taken to be a forum or guestbook, where
// the "comments" are the content.
const forumText = 300

func pickURL(cands ...string) *nurl.URL {
	for _, c := range cands {
		if c == "" {
			continue
		}
		if u, err := nurl.Parse(c); err == nil && u.IsAbs() && u.Host != "" {
			return u
		}
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

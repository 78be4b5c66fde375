package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/mmcdole/gofeed"
)

// MinFallbackChars is how much text (tags stripped) a feed item's own
// content needs to stand in for the article when its link cannot be used.
const MinFallbackChars = 500

// DefaultItemWorkers is how many feed item links a Loader fetches at once
// by default.
const DefaultItemWorkers = 4

// Loader reads Inputs into Documents. The zero value works: it fetches with
// a default HTTPFetcher (non-public addresses refused). Safe for concurrent
// use.
type Loader struct {
	Fetcher     Fetcher // nil: a shared default HTTPFetcher
	MaxBytes    int64   // local file size cap (default 10 MiB); fetch caps are the Fetcher's
	ItemWorkers int     // feed item links fetched at once (default 4)
	MaxItems    int     // read at most this many items of a feed (0: all)
}

var defaultFetcher = sync.OnceValue(func() *HTTPFetcher { return NewHTTPFetcher(FetchOptions{}) })

func (l *Loader) fetcher() Fetcher {
	if l.Fetcher != nil {
		return l.Fetcher
	}
	return defaultFetcher()
}

// Load reads one Input: a local file (size-capped) or an http(s) URL (via
// the Fetcher). Most inputs give one Document with in.Meta; in.URL, when
// set, is the Document's URL.
//
// Bytes that are not text (see SniffBinary) are refused whatever their
// name or Content-Type. When the bytes are a feed (see SniffFeed) Load returns one Document per
// item, in feed order: the item's link (resolved against the feed's URL,
// duplicates dropped; an http(s) GUID stands in for a missing link) is
// fetched, ItemWorkers at a time. Title and Published come from the item
// (published, else updated date), in.Meta filling what the item lacks;
// Source is in.Meta.Source, else the feed's title. When an item has no
// usable link or its fetch fails, the item's own content (or description,
// whichever is longer) becomes the document if it holds at least
// MinFallbackChars characters of text — Document.Fallback then says why —
// else that item gives an error "item N "title": reason". Per-item errors
// come back beside the good documents.
//
// Errors name what failed ("read PATH: ...", "fetch URL: ...") and read as
// one line. Cancelling ctx stops fetches promptly; items not reached are
// reported in one error wrapping ctx.Err().
func (l *Loader) Load(ctx context.Context, in Input) ([]*Document, []error) {
	if err := ctx.Err(); err != nil {
		return nil, []error{err}
	}
	var doc *Document
	var err error
	if in.IsURL() {
		doc, err = l.fetcher().Fetch(ctx, in.Origin)
	} else {
		doc, err = l.readFile(in)
	}
	if err != nil {
		return nil, []error{err}
	}
	if err := SniffBinary(doc.Body); err != nil {
		return nil, []error{fmt.Errorf("%s: %w", Shown(in.Origin), err)}
	}
	if ff := SniffFeed(doc.Body); ff != NotFeed {
		return l.loadFeed(ctx, in, doc, ff)
	}
	doc.Meta = mergeMeta(in.Meta, doc.Meta)
	return []*Document{doc}, nil
}

// mergeMeta returns a with its empty fields filled from b.
func mergeMeta(a, b Meta) Meta {
	if a.Title == "" {
		a.Title = b.Title
	}
	if a.Published.IsZero() {
		a.Published = b.Published
	}
	if a.Source == "" {
		a.Source = b.Source
	}
	return a
}

func (l *Loader) readFile(in Input) (*Document, error) {
	max := l.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	name := in.Origin
	f, err := openInput(in)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, pathErr(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, pathErr(err))
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("read %s: is a directory", name)
	}
	if fi.Mode().IsRegular() && fi.Size() > max {
		return nil, fmt.Errorf("read %s: %w", name, &SizeError{Limit: max, Size: fi.Size()})
	}
	body, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, pathErr(err))
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("read %s: %w", name, &SizeError{Limit: max})
	}
	return &Document{
		Origin:    name,
		URL:       in.URL,
		Body:      body,
		Kind:      KindOf(name, "", body),
		Meta:      in.Meta,
		FetchedAt: time.Now().UTC(),
	}, nil
}

// openInput opens a local input; one with a Root only when it lies there,
// symbolic links followed.
func openInput(in Input) (*os.File, error) {
	if in.Root == "" {
		return os.Open(in.Origin)
	}
	// The check by resolved names gives the clear message; os.Root then
	// enforces it at open time, should a link change in between. (It
	// opens the resolved name: os.Root refuses absolute links even when
	// they stay inside.)
	root, err := filepath.EvalSymlinks(in.Root)
	if err != nil {
		return nil, err
	}
	target, err := filepath.EvalSymlinks(in.Origin)
	if err != nil {
		return nil, err
	}
	dir, err1 := filepath.Abs(root)
	file, err2 := filepath.Abs(target)
	if err := errors.Join(err1, err2); err != nil {
		return nil, err
	}
	rel, err := filepath.Rel(dir, file)
	if err != nil || !within(dir, file) {
		return nil, fmt.Errorf("links %w", ErrOutsideManifest)
	}
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return r.Open(rel)
}

// feedItem is one item to read.
type feedItem struct {
	n       int // 1-based position in the feed
	title   string
	link    string // absolute http(s) URL, or ""
	origin  string // link, or feed#guid
	meta    Meta
	content string // the longer of content and description
}

func (l *Loader) loadFeed(ctx context.Context, in Input, feedDoc *Document, ff FeedFormat) ([]*Document, []error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(feedDoc.Body))
	if err != nil {
		return nil, []error{fmt.Errorf("%s feed: %w", ff, err)}
	}
	feedTitle := strings.TrimSpace(feed.Title)
	if len(feed.Items) == 0 {
		return nil, []error{fmt.Errorf("%s feed %q has no items", ff, feedTitle)}
	}
	base := feedBase(in, feedDoc, feed)
	items := feed.Items
	if l.MaxItems > 0 && len(items) > l.MaxItems {
		items = items[:l.MaxItems]
	}
	var jobs []feedItem
	seen := map[string]bool{}
	for i, it := range items {
		if it == nil {
			continue
		}
		j := feedItem{n: i + 1, title: strings.TrimSpace(it.Title)}
		j.link = resolveLink(base, it.Link)
		if j.link == "" {
			for _, alt := range it.Links {
				if j.link = resolveLink(base, alt); j.link != "" {
					break
				}
			}
		}
		if j.link == "" && isHTTPURL(strings.TrimSpace(it.GUID)) {
			j.link = resolveLink("", it.GUID)
		}
		switch {
		case j.link != "":
			if seen[j.link] {
				continue
			}
			seen[j.link] = true
			j.origin = j.link
		case strings.TrimSpace(it.GUID) != "":
			j.origin = in.Origin + "#" + strings.TrimSpace(it.GUID)
		default:
			j.origin = fmt.Sprintf("%s#item-%d", in.Origin, i+1)
		}
		j.meta.Title = j.title
		if it.PublishedParsed != nil {
			j.meta.Published = it.PublishedParsed.UTC()
		} else if it.UpdatedParsed != nil {
			j.meta.Published = it.UpdatedParsed.UTC()
		}
		j.meta.Source = feedTitle
		if in.Meta.Source != "" {
			j.meta.Source = in.Meta.Source
		}
		j.meta = mergeMeta(j.meta, in.Meta)
		j.content = it.Content
		if len(it.Description) > len(j.content) {
			j.content = it.Description
		}
		jobs = append(jobs, j)
	}

	workers := l.ItemWorkers
	if workers <= 0 {
		workers = DefaultItemWorkers
	}
	docs := make([]*Document, len(jobs))
	errs := make([]error, len(jobs))
	ran := make([]bool, len(jobs))
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	fetcher := l.fetcher()
dispatch:
	for k := range jobs {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			break dispatch
		}
		if ctx.Err() != nil {
			<-sem
			break
		}
		ran[k] = true
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			docs[k], errs[k] = loadItem(ctx, fetcher, in.Origin, jobs[k])
		}()
	}
	wg.Wait()

	var out []*Document
	var itemErrs []error
	skipped := 0
	for k := range jobs {
		switch {
		case !ran[k]:
			skipped++
		case errs[k] != nil:
			itemErrs = append(itemErrs, errs[k])
		case docs[k] != nil:
			out = append(out, docs[k])
		}
	}
	outErrs := groupItemErrors(itemErrs)
	if skipped > 0 {
		outErrs = append(outErrs, fmt.Errorf("%d of %d feed items not read: %w", skipped, len(jobs), ctx.Err()))
	}
	return out, outErrs
}

// loadItem reads one feed item: its link, else its own content.
func loadItem(ctx context.Context, fetcher Fetcher, feedOrigin string, j feedItem) (*Document, error) {
	fail := func(reason error) (*Document, error) {
		return nil, &ItemError{N: j.n, Title: j.title, Err: reason}
	}
	var why error
	if j.link == "" {
		why = errors.New("no link")
	} else {
		d, err := fetcher.Fetch(ctx, j.link)
		if err == nil {
			if berr := SniffBinary(d.Body); berr != nil {
				err = fmt.Errorf("fetch %s: %w", Shown(j.link), berr)
			}
		}
		switch {
		case err != nil && ctx.Err() != nil:
			return fail(err)
		case err != nil:
			why = err
		case SniffFeed(d.Body) != NotFeed:
			why = fmt.Errorf("%s: link is a feed, not an article", Shown(j.link))
		default:
			d.Origin = j.origin
			if d.URL == "" {
				d.URL = j.link
			}
			d.Meta = mergeMeta(j.meta, d.Meta)
			d.Feed = feedOrigin
			return d, nil
		}
	}
	if n := textLen(j.content); n < MinFallbackChars {
		if j.content == "" {
			return fail(fmt.Errorf("%w, and it has no content of its own", why))
		}
		return fail(fmt.Errorf("%w, and its own content is too short to use (%d characters of text, want %d)", why, n, MinFallbackChars))
	}
	body := "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(j.title) +
		"</title></head>\n<body><article>\n<h1>" + html.EscapeString(j.title) + "</h1>\n" + j.content +
		"\n</article></body></html>\n"
	return &Document{
		Origin:    j.origin,
		URL:       j.link,
		Body:      []byte(body),
		Kind:      KindHTML,
		Charset:   "utf-8",
		Meta:      j.meta,
		FetchedAt: time.Now().UTC(),
		Feed:      feedOrigin,
		Fallback:  why,
	}, nil
}

// feedBase is the URL relative item links are resolved against: where the
// feed was fetched from, else the manifest's url for it, else the feed's own
// link.
func feedBase(in Input, feedDoc *Document, feed *gofeed.Feed) string {
	for _, b := range []string{feedDoc.URL, in.URL, feed.FeedLink, feed.Link} {
		if isHTTPURL(strings.TrimSpace(b)) {
			return strings.TrimSpace(b)
		}
	}
	return ""
}

// resolveLink returns link made absolute against base, or "" unless the
// result is an http(s) URL with a host.
func resolveLink(base, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == "" {
			return ""
		}
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		u = b.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// textLen counts the characters of text in an HTML fragment: tags dropped,
// entities decoded, runs of space counted once.
func textLen(s string) int {
	var b strings.Builder
	inTag := false
	for _, r := range s {
		switch {
		case r == '<':
			inTag = true
		case r == '>' && inTag:
			inTag = false
			b.WriteByte(' ')
		case !inTag:
			b.WriteRune(r)
		}
	}
	n, space := 0, true
	for _, r := range html.UnescapeString(b.String()) {
		if unicode.IsSpace(r) {
			if !space {
				n++
			}
			space = true
			continue
		}
		space = false
		n++
	}
	if space && n > 0 {
		n-- // trailing space counted
	}
	return n
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Package ingest runs the journey of one input: read it (source), clean it
// (clean) and store it (store). Later stages (extraction, fusion) hook in
// here so that `ingest`, `watch` and the API's POST all do the same thing.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/clean"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

// ErrEmpty is wrapped by the error for an input that yields no article
// text: cleaning found none, or the bytes are not text at all. It is the
// input's fault, not the system's (the API answers 422, not 500).
var ErrEmpty = errors.New("no article text found")

// noText marks a cleaning error as ErrEmpty while keeping its message,
// which says why better than ErrEmpty's.
type noText struct{ error }

func (e noText) Is(target error) bool { return target == ErrEmpty }
func (e noText) Unwrap() error        { return e.error }

// Outcome says what happened to one document.
type Outcome int

const (
	New Outcome = iota
	Known
	Failed
)

// Result reports one document, or one input that failed before it yielded
// any document.
type Result struct {
	Origin  string
	Article *store.Article // nil when Failed
	Outcome Outcome
	Events  int // events coded from a new article
	Err     error
	// FeedItem is set for a document that is a feed item; an error about
	// feed items says how many itself (source.FailedItems).
	FeedItem bool
}

// Summary counts results; its String is the line every ingest ends with.
// Inputs and feed items are counted apart, so that a feed of 50,000 items
// reads as one input and 50,000 items, not as 50,000 articles.
type Summary struct {
	// Inputs is how many inputs were named (files, URLs, manifest rows,
	// feeds), those refused before reading included: the caller sets it.
	Inputs    int
	FeedItems int // feed items met, stored or not
	// New and Known count articles; Failed counts the inputs and feed
	// items that gave none.
	New, Known, Failed int
	// Skipped counts the files a folder's walk left out (each named on a
	// line of its own); the caller sets it, and counts them in Inputs.
	Skipped int
}

func (s *Summary) Add(r Result) {
	n := 1
	if k := source.FailedItems(r.Err); k > 0 {
		n = k
		s.FeedItems += k
	} else if r.FeedItem {
		s.FeedItems++
	}
	switch r.Outcome {
	case New:
		s.New++
	case Known:
		s.Known++
	default:
		s.Failed += n
	}
}

// String reads "86 inputs, 50,017 feed items: 31 new, 2 already known,
// 49,990 failed" (no feed items: "5 inputs: 5 new, ..."), then ", 3
// skipped" when a walk left files out.
func (s Summary) String() string {
	count := func(n int, noun string) string {
		if n != 1 {
			noun += "s"
		}
		return source.Thousands(n) + " " + noun
	}
	head := count(s.Inputs, "input")
	if s.FeedItems > 0 {
		head += ", " + count(s.FeedItems, "feed item")
	}
	line := fmt.Sprintf("%s: %s new, %s already known, %s failed", head,
		source.Thousands(s.New), source.Thousands(s.Known), source.Thousands(s.Failed))
	if s.Skipped > 0 {
		line += ", " + source.Thousands(s.Skipped) + " skipped"
	}
	return line
}

// Pipeline carries what every document needs on its way in.
type Pipeline struct {
	Store  store.Store
	Loader *source.Loader
	Log    *slog.Logger
	// Workers load and clean inputs in parallel (default 4: fetching is
	// I/O-bound; the store serialises writes itself).
	Workers int
	// Extract codes the events of a newly stored article; nil stores
	// articles only. Events get their IDs here, from the article's ID.
	Extract func(a *store.Article) []event.Event
}

// Run ingests every input. onResult is called for each document (and each
// input that failed whole) from one goroutine at a time; onInputDone after
// each input, for progress. Cancelling ctx stops taking new inputs; a
// document is stored whole or not at all.
func (p *Pipeline) Run(ctx context.Context, inputs []source.Input, onResult func(Result), onInputDone func()) {
	workers := p.Workers
	if workers <= 0 {
		workers = 4
	}
	jobs := make(chan source.Input)
	var mu sync.Mutex // serialises callbacks so callers need no locking
	report := func(r Result) {
		mu.Lock()
		defer mu.Unlock()
		if onResult != nil {
			onResult(r)
		}
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				p.one(ctx, in, report)
				if onInputDone != nil {
					mu.Lock()
					onInputDone()
					mu.Unlock()
				}
			}
		}()
	}
feed:
	for _, in := range inputs {
		select {
		case jobs <- in:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
}

func (p *Pipeline) one(ctx context.Context, in source.Input, report func(Result)) {
	docs, errs := p.Loader.Load(ctx, in)
	name := in.Origin
	if in.Line != "" {
		name = in.Line + ": " + in.Origin
	}
	for _, err := range errs {
		report(Result{Origin: name, Outcome: Failed, Err: err})
	}
	for _, d := range docs {
		r := p.Store1(ctx, d)
		r.FeedItem = d.Feed != ""
		report(r)
	}
}

// Store1 cleans one document and stores it. It lets go of d.Body (and
// the Result's Article has no Raw) once the article is stored.
func (p *Pipeline) Store1(ctx context.Context, d *source.Document) Result {
	a, err := Prepare(d)
	if err != nil {
		return Result{Origin: d.Origin, Outcome: Failed, Err: err}
	}
	if err := ctx.Err(); err != nil {
		return Result{Origin: d.Origin, Outcome: Failed, Err: err}
	}
	created, err := p.Store.PutArticle(ctx, a)
	if err != nil {
		return Result{Origin: d.Origin, Outcome: Failed, Err: err}
	}
	// The raw bytes are stored: coding needs only the text, and an input
	// of megabytes is not held twice while it runs.
	a.Raw, d.Body = nil, nil
	// A known article whose worker died before coding its events (its
	// extract job's lease has run out) is finished here.
	var redo []store.Job
	if !created && p.Extract != nil {
		if redo, err = p.Store.ClaimJobs(ctx, store.JobExtract, a.ID, 1); err != nil {
			return Result{Origin: d.Origin, Article: a, Outcome: Failed, Err: err}
		}
	}
	var events int
	if (created || len(redo) > 0) && p.Extract != nil {
		if events, err = p.ExtractEvents(ctx, a); err != nil {
			// The job is retried after a back-off, or set aside if that
			// was its last attempt.
			if created {
				redo = []store.Job{store.QueuedJob(store.JobExtract, a.ID)}
			}
			for _, j := range redo {
				p.Store.FailJob(context.WithoutCancel(ctx), j, err)
			}
			return Result{Origin: d.Origin, Article: a, Outcome: Failed, Err: err}
		}
	}
	if p.Log != nil {
		p.Log.Debug("article", "id", a.ID, "origin", d.Origin, "new", created)
	}
	out := Known
	if created {
		out = New
	}
	return Result{Origin: d.Origin, Article: a, Outcome: out, Events: events}
}

// Recover finishes the extract jobs that are ready: articles stored by a
// worker that died before coding their events (on this machine at once,
// see TakeOverStopped; elsewhere once its lease has run out), or whose
// extraction failed earlier (retried after a back-off). It returns how
// many it finished. Jobs are claimed one at a time, least tried first, so
// that one which kills the process leaves no other claimed beside it, and
// a job set aside (store.MaxAttempts) is never claimed.
func (p *Pipeline) Recover(ctx context.Context) (int, error) {
	if p.Extract == nil {
		return 0, nil
	}
	if _, err := p.TakeOverStopped(ctx); err != nil {
		return 0, err
	}
	done := 0
	for ctx.Err() == nil {
		jobs, err := p.Store.ClaimJobs(ctx, store.JobExtract, "", 1)
		if err != nil || len(jobs) == 0 {
			return done, err
		}
		j := jobs[0]
		a, err := p.Store.GetArticle(ctx, j.Ref)
		if err == nil {
			_, err = p.ExtractEvents(ctx, a)
		}
		if err != nil {
			if p.Log != nil {
				p.Log.Warn("extract", "article", j.Ref, "attempt", j.Attempts, "err", err)
			}
			if ferr := p.Store.FailJob(context.WithoutCancel(ctx), j, err); ferr != nil {
				return done, ferr
			}
			continue
		}
		done++
	}
	return done, ctx.Err()
}

// TakeOverStopped ends the leases of workers on this machine whose process
// has gone (store.WorkerStopped), so that the articles they left without
// events are coded now rather than when their lease runs out. It returns
// how many articles it freed.
func (p *Pipeline) TakeOverStopped(ctx context.Context) (int, error) {
	counts, err := p.Store.CountJobs(ctx, store.JobExtract)
	if err != nil {
		return 0, err
	}
	freed := 0
	for _, c := range counts {
		if c.Status != store.StatusLeased || !store.WorkerStopped(c.Worker) {
			continue
		}
		n, err := p.Store.ReleaseJobs(ctx, c.Worker)
		if err != nil {
			return freed, err
		}
		if p.Log != nil {
			p.Log.Debug("took over", "worker", c.Worker, "articles", n)
		}
		freed += n
	}
	return freed, nil
}

// ExtractEvents (re)codes the events of a stored article, replaces the
// mentions stored for it and re-fuses their neighbourhood. It returns how
// many events the article yielded.
func (p *Pipeline) ExtractEvents(ctx context.Context, a *store.Article) (int, error) {
	evs, err := p.extract(a)
	if err != nil {
		return 0, err
	}
	AssignIDs(a.ID, evs)
	// Fusion compares the wording of reports: each mention carries its
	// article's title and lead in brief.
	fuse.AddGist(evs, a.Title, a.Text)
	if err := p.Store.ReplaceArticleEvents(ctx, a.ID, evs, fuse.Plan); err != nil {
		return 0, err
	}
	return len(evs), nil
}

// extract runs p.Extract, turning a panic into an error: a defect that
// one article triggers fails (and, after store.MaxAttempts, sets aside)
// that article's job instead of killing the run and every later one.
func (p *Pipeline) extract(a *store.Article) (evs []event.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			if p.Log != nil { // the stack, for a bug report, with --verbose
				p.Log.Debug("extraction panicked", "article", a.ID, "panic", r, "stack", string(debug.Stack()))
			}
			err = fmt.Errorf("extract article %s: panic: %v", a.ID, r)
		}
	}()
	return p.Extract(a), nil
}

// AssignIDs names events after their country and article, in the style of
// ACLED's event_id_cnty: stable across re-extraction of the same text.
func AssignIDs(articleID string, evs []event.Event) {
	for i := range evs {
		iso := evs[i].ISO
		if iso == "" {
			iso = "XX"
		}
		evs[i].ID = fmt.Sprintf("%s%s-%d", strings.ToUpper(iso), articleID[:10], i+1)
	}
}

// Prepare cleans a raw document into an article ready to store. It does no
// I/O, so it is what a benchmark of the cleaning cost measures.
func Prepare(d *source.Document) (*store.Article, error) {
	var page clean.Page
	var err error
	mediaType := "text/plain"
	if d.Kind == source.KindHTML {
		mediaType = "text/html"
		page, err = clean.HTML(d.Body, d.Charset, d.URL)
	} else {
		page, err = clean.Text(d.Body)
	}
	if err != nil {
		return nil, noText{err}
	}
	if strings.TrimSpace(page.Text) == "" {
		return nil, ErrEmpty
	}
	a := &store.Article{
		ID:        ArticleID(page.Text),
		Origin:    d.Origin,
		URL:       firstNonEmpty(page.CanonicalURL, d.URL),
		Outlet:    firstNonEmpty(d.Meta.Source, page.SiteName, host(d.URL)),
		Title:     firstNonEmpty(d.Meta.Title, page.Title),
		Author:    page.Author,
		Language:  page.Language,
		FetchedAt: d.FetchedAt,
		MediaType: mediaType,
		Text:      page.Text,
		Raw:       d.Body,
		SimHash:   fuse.SimHash(page.Text),
	}
	if a.FetchedAt.IsZero() {
		a.FetchedAt = time.Now().UTC()
	}
	switch {
	case !d.Meta.Published.IsZero():
		a.Published, a.DateSource = d.Meta.Published, store.DateGiven
	case !page.Published.IsZero():
		a.Published, a.DateSource = page.Published, store.DatePage
	default:
		// Nothing says when it was published: the fetch time is the best
		// upper bound, and DateGuessed tells later stages not to trust it.
		a.Published, a.DateSource = a.FetchedAt, store.DateGuessed
	}
	return a, nil
}

// ArticleID names an article by its clean text, so the same story read
// from a file, a URL or a feed is stored once whatever its headline or
// wrapping. Whitespace differences do not make a new article.
func ArticleID(text string) string {
	// The words are hashed as they are met, not joined first: a text of
	// megabytes would be copied twice more (and its word list held) for
	// one hash.
	h := sha256.New()
	buf := make([]byte, 0, 32<<10)
	first := true
	for w := range strings.FieldsSeq(text) {
		if len(buf)+len(w)+1 > cap(buf) {
			h.Write(buf)
			buf = buf[:0]
		}
		if !first {
			buf = append(buf, ' ')
		}
		first = false
		buf = append(buf, w...)
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil)[:8])
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func host(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}

// Extractor adapts the extraction stage to Pipeline.Extract.
func Extractor(x *extract.Extractor) func(a *store.Article) []event.Event {
	return func(a *store.Article) []event.Event {
		return x.Extract(extract.Article{
			ID: a.ID, Origin: a.Origin, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Text: a.Text, Published: a.Published,
			DateGuessed: a.DateSource == store.DateGuessed, Language: a.Language,
		})
	}
}

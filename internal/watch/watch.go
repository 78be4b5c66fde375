// Package watch polls the sources kept in the store (feeds and pages) on
// their schedules and sends every new item through the same pipeline as
// `sitrep ingest`. Each source is polled on its own: conditional GET with
// the stored ETag and Last-Modified, jitter, exponential backoff on
// errors, and politeness per host (one request at a time, a minimum gap
// between requests), so a slow or failing host never holds up the others.
package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

// Defaults for a Watcher's zero values.
const (
	DefaultWorkers    = 4
	DefaultHostGap    = 2 * time.Second
	DefaultMaxBackoff = 6 * time.Hour
	DefaultJitter     = 0.10
	DefaultGrace      = 15 * time.Second
	// DefaultSourceLease is how long a claimed source is this watcher's
	// alone: long enough for a poll of a feed and its new items.
	DefaultSourceLease = 15 * time.Minute
	// DefaultRescan is the longest Run sleeps without looking at the
	// store, so sources added meanwhile are picked up.
	DefaultRescan = time.Minute
	// MinInterval is the shortest polling interval honoured.
	MinInterval = time.Minute
)

// Store is what a Watcher needs of the database.
type Store interface {
	ClaimDueSources(ctx context.Context, now time.Time, lease time.Duration) ([]store.Source, time.Time, error)
	RecordPoll(ctx context.Context, s *store.Source) error
	SourceItems(ctx context.Context, sourceID int64) (map[string]bool, error)
	AddSourceItems(ctx context.Context, sourceID int64, links []string, at time.Time) error
	// ListEvents is asked for the events of each new article, for the log.
	ListEvents(ctx context.Context, f store.EventFilter) ([]event.Event, error)
	// Each new item link is a fetch job, taken before it is fetched, so
	// that watchers sharing a store never fetch one item at once, and one
	// fetched through another feed is not fetched again.
	TakeJob(ctx context.Context, kind, ref string) (store.Job, store.JobState, error)
	FinishJob(ctx context.Context, j store.Job) error
	FailJob(ctx context.Context, j store.Job, cause error) error
}

// Fetcher fetches a URL, conditionally when given validators;
// *source.HTTPFetcher is one (with its size cap, timeout and refusal of
// private addresses).
type Fetcher interface {
	FetchConditional(ctx context.Context, url, etag, lastModified string) (*source.Document, error)
}

// Watcher polls due sources. Fill in Store, Fetcher and Ingest; the rest
// has defaults.
type Watcher struct {
	Store   Store
	Fetcher Fetcher
	// Ingest stores one document: ingest.Pipeline.Store1, so that watched
	// items are cleaned, extracted and fused exactly like `sitrep ingest`.
	Ingest func(ctx context.Context, d *source.Document) ingest.Result
	Log    *slog.Logger // nil: no logging
	Clock  Clock        // nil: the real clock

	Workers     int           // sources polled at once (default 4)
	HostGap     time.Duration // minimum time between requests to one host (default 2 s; negative: none)
	MaxBackoff  time.Duration // longest wait after failures (default 6 h)
	Jitter      float64       // spread of each wait, ± this fraction (default 0.1; negative: none)
	Grace       time.Duration // after ctx is cancelled, how long polls in flight may go on (default 15 s)
	Rescan      time.Duration // longest sleep of Run between store look-ups (default 1 min)
	SourceLease time.Duration // how long a claimed source is ours (default 15 min; other watchers skip it)
	// Recover, if set, is called at every look-up of the store to finish
	// work that a worker which died left behind (ingest.Pipeline.Recover).
	Recover     func(ctx context.Context) (int, error)
	MaxBytes    int64          // passed to the Loader (local files only; fetch caps are the Fetcher's)
	ItemWorkers int            // feed items fetched at once per poll (default source.DefaultItemWorkers)
	Rand        func() float64 // in [0, 1), for jitter, called from several goroutines; nil: math/rand

	once    sync.Once
	limiter *hostLimiter
}

// Stats counts what one or more polls did.
type Stats struct {
	Polled      int // polls completed
	NotModified int // polls answered 304
	Failed      int // polls that failed (the source backs off)
	New         int // articles stored
	Known       int // items already stored
	ItemErrors  int // items that could not be read or stored
}

func (s *Stats) add(o Stats) {
	s.Polled += o.Polled
	s.NotModified += o.NotModified
	s.Failed += o.Failed
	s.New += o.New
	s.Known += o.Known
	s.ItemErrors += o.ItemErrors
}

func (s Stats) String() string {
	return fmt.Sprintf("%d polls (%d not modified, %d failed): %d new articles, %d already known, %d item errors",
		s.Polled, s.NotModified, s.Failed, s.New, s.Known, s.ItemErrors)
}

func (w *Watcher) init() {
	w.once.Do(func() {
		if w.Clock == nil {
			w.Clock = realClock{}
		}
		if w.Workers <= 0 {
			w.Workers = DefaultWorkers
		}
		switch {
		case w.HostGap == 0:
			w.HostGap = DefaultHostGap
		case w.HostGap < 0:
			w.HostGap = 0
		}
		if w.MaxBackoff <= 0 {
			w.MaxBackoff = DefaultMaxBackoff
		}
		switch {
		case w.Jitter == 0:
			w.Jitter = DefaultJitter
		case w.Jitter < 0:
			w.Jitter = 0
		}
		if w.Grace <= 0 {
			w.Grace = DefaultGrace
		}
		if w.Rescan <= 0 {
			w.Rescan = DefaultRescan
		}
		if w.SourceLease <= 0 {
			w.SourceLease = DefaultSourceLease
		}
		if w.Rand == nil {
			w.Rand = rand.Float64
		}
		if w.Log == nil {
			w.Log = slog.New(slog.DiscardHandler)
		}
		w.limiter = newHostLimiter(w.Clock, w.HostGap)
	})
}

// RunOnce polls every source due now once, and returns when they are all
// done. The error is the store's; failed polls are in Stats (and logged).
func (w *Watcher) RunOnce(ctx context.Context) (Stats, error) {
	return w.loop(ctx, true)
}

// Run polls sources as they fall due until ctx is cancelled; then it
// starts nothing new, lets the polls in flight finish (for at most Grace)
// and returns nil. Store errors are logged and retried.
func (w *Watcher) Run(ctx context.Context) error {
	_, err := w.loop(ctx, false)
	return err
}

type pollDone struct {
	src   store.Source
	host  string
	stats Stats
}

func (w *Watcher) loop(ctx context.Context, once bool) (Stats, error) {
	w.init()
	work, stopWork := w.graceContext(ctx)
	defer stopWork()

	var total Stats
	done := make(chan pollDone)
	inflight := map[int64]bool{} // source IDs being polled
	hostBusy := map[string]bool{}
	queued := map[int64]bool{}
	var queue []store.Source // due, waiting for a worker or their host
	scanned := false
	var next time.Time // earliest due time after the last scan
	var storeErr error

	for {
		if ctx.Err() == nil && (!once || !scanned) {
			if w.Recover != nil {
				if n, err := w.Recover(ctx); err != nil && ctx.Err() == nil {
					w.Log.Warn("watch: finishing left-over work", "err", err)
				} else if n > 0 {
					w.Log.Info("finished left-over work", "articles", n)
				}
			}
			due, nx, err := w.Store.ClaimDueSources(ctx, w.Clock.Now(), w.SourceLease)
			switch {
			case err != nil && ctx.Err() == nil:
				if once {
					storeErr = err
					break
				}
				w.Log.Error("watch: reading sources", "err", err)
				nx = w.Clock.Now().Add(w.Rescan)
			default:
				for _, s := range due {
					if !inflight[s.ID] && !queued[s.ID] {
						queued[s.ID] = true
						queue = append(queue, s)
					}
				}
			}
			scanned, next = true, nx
		}
		// Dispatch what can go: a free worker, and nobody at its host.
		if ctx.Err() == nil && storeErr == nil {
			rest := queue[:0]
			for _, s := range queue {
				h := hostKey(s.URL)
				if len(inflight) >= w.Workers || hostBusy[h] {
					rest = append(rest, s)
					continue
				}
				delete(queued, s.ID)
				inflight[s.ID], hostBusy[h] = true, true
				go func() {
					st := w.poll(work, s)
					done <- pollDone{src: s, host: h, stats: st}
				}()
			}
			queue = rest
		}
		if len(inflight) == 0 && (ctx.Err() != nil || storeErr != nil || (once && len(queue) == 0)) {
			// Sources claimed but never polled are handed back as they were.
			for _, s := range queue {
				if err := w.Store.RecordPoll(context.WithoutCancel(ctx), &s); err != nil {
					w.Log.Error("watch: handing back a source", "source", label(s), "err", err)
				}
			}
			return total, storeErr
		}
		var wake <-chan time.Time
		var cancelled <-chan struct{}
		if !once && ctx.Err() == nil {
			cancelled = ctx.Done()
			d := w.Rescan
			if !next.IsZero() {
				d = min(d, next.Sub(w.Clock.Now()))
			}
			wake = w.Clock.After(max(d, 0))
		}
		if once && ctx.Err() == nil {
			cancelled = ctx.Done()
		}
		select {
		case r := <-done:
			delete(inflight, r.src.ID)
			delete(hostBusy, r.host)
			total.add(r.stats)
			if !once {
				scanned = false // its next due time is new
			}
		case <-wake:
			scanned = false
		case <-cancelled:
		}
	}
}

// graceContext is ctx for the polls in flight: not cancelled with ctx but
// Grace after it.
func (w *Watcher) graceContext(ctx context.Context) (context.Context, context.CancelFunc) {
	work, cancel := context.WithCancel(context.WithoutCancel(ctx))
	go func() {
		select {
		case <-ctx.Done():
			select {
			case <-w.Clock.After(w.Grace):
				cancel()
			case <-work.Done():
			}
		case <-work.Done():
		}
	}()
	return work, cancel
}

// errSeen marks an item link already read from this source: it is not
// fetched again.
var errSeen = errors.New("item already read")

// errHeld marks an item link another watcher is fetching (or that waits
// out a back-off): skipped now like a seen one, but not remembered, so a
// later poll tries it again if that watcher never finishes.
var errHeld = fmt.Errorf("item taken by another worker: %w", errSeen)

// pollFetcher is the Fetcher the Loader uses during one poll: the source's
// own URL is fetched conditionally, item links already seen are skipped,
// and every request waits its turn at its host.
type pollFetcher struct {
	w    *Watcher
	src  store.Source
	seen map[string]bool

	mu      sync.Mutex
	asked   bool             // the source URL was requested
	srcDoc  *source.Document // the source as fetched
	srcErr  error            // why fetching the source failed
	fetched int              // item links fetched (or tried)
	skipped []string         // item links not fetched: already seen
	gone    []string         // item links answered 404 or 410
	jobs    []store.Job      // fetch jobs taken during this poll
}

func (f *pollFetcher) Fetch(ctx context.Context, u string) (*source.Document, error) {
	f.mu.Lock()
	isSource := u == f.src.URL && !f.asked
	if isSource {
		f.asked = true
	} else if f.seen[u] {
		f.skipped = append(f.skipped, u)
		f.mu.Unlock()
		return nil, fmt.Errorf("%s: %w", u, errSeen)
	}
	f.mu.Unlock()
	if !isSource {
		j, state, err := f.w.Store.TakeJob(context.WithoutCancel(ctx), store.JobFetch, u)
		f.mu.Lock()
		switch {
		case err != nil:
			// The queue is only a guard against doing work twice: fetch
			// anyway rather than miss the item.
			f.w.Log.Warn("watch: taking a fetch job", "url", u, "err", err)
		case state == store.JobDone:
			f.skipped = append(f.skipped, u)
			f.mu.Unlock()
			return nil, fmt.Errorf("%s: %w", u, errSeen)
		case state == store.JobHeld:
			f.mu.Unlock()
			return nil, fmt.Errorf("%s: %w", u, errHeld)
		default:
			f.jobs = append(f.jobs, j)
		}
		f.fetched++
		f.mu.Unlock()
	}

	release, err := f.w.limiter.acquire(ctx, hostKey(u))
	if err != nil {
		err = fmt.Errorf("fetch %s: %w", u, err)
		if isSource {
			f.mu.Lock()
			f.srcErr = err
			f.mu.Unlock()
		}
		return nil, err
	}
	etag, lm := "", ""
	if isSource {
		etag, lm = f.src.ETag, f.src.LastModified
	}
	d, err := f.w.Fetcher.FetchConditional(ctx, u, etag, lm)
	release()

	f.mu.Lock()
	defer f.mu.Unlock()
	if isSource {
		f.srcDoc, f.srcErr = d, err
	} else {
		var se *source.StatusError
		if errors.As(err, &se) && (se.Code == http.StatusNotFound || se.Code == http.StatusGone) {
			f.gone = append(f.gone, u)
		}
	}
	return d, err
}

// poll reads one source and stores what is new. It never returns an error:
// the outcome goes to the store (schedule, last error) and the log.
func (w *Watcher) poll(ctx context.Context, src store.Source) Stats {
	var st Stats
	start := w.Clock.Now()
	// Storing goes on even when ctx is cut short: a document read is
	// stored whole, and the store is local.
	storeCtx := context.WithoutCancel(ctx)
	seen, err := w.Store.SourceItems(storeCtx, src.ID)
	if err != nil {
		w.Log.Warn("watch: reading seen items", "source", label(src), "err", err)
		seen = nil
	}
	pf := &pollFetcher{w: w, src: src, seen: seen}
	loader := &source.Loader{Fetcher: pf, MaxBytes: w.MaxBytes, ItemWorkers: w.ItemWorkers}
	docs, errs := loader.Load(ctx, source.Input{Origin: src.URL})

	var itemErrs []error
	for _, err := range errs {
		if errors.Is(err, errSeen) || errors.Is(err, source.ErrNotModified) {
			continue
		}
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			continue
		}
		itemErrs = append(itemErrs, err)
	}
	var stored []string
	for _, d := range docs {
		if d.Fallback != nil && errors.Is(d.Fallback, errSeen) {
			continue // the item's own text stood in for a link we skipped
		}
		r := w.Ingest(storeCtx, d)
		switch r.Outcome {
		case ingest.New:
			st.New++
			a := r.Article
			w.Log.Info("new article", "source", label(src), "id", a.ID, "title", a.Title, "outlet", a.Outlet, "events", r.Events)
			if r.Events > 0 {
				w.logEvents(storeCtx, a.ID)
			}
		case ingest.Known:
			st.Known++
			w.Log.Debug("known article", "source", label(src), "id", r.Article.ID, "origin", d.Origin)
		default:
			itemErrs = append(itemErrs, fmt.Errorf("%s: %w", d.Origin, r.Err))
			continue
		}
		if d.Origin != src.URL && d.Feed != "" {
			stored = append(stored, d.Origin)
		}
	}
	end := w.Clock.Now()

	// Fetch jobs: done when their item was stored or is gone for good;
	// otherwise retried after a back-off, by whichever watcher polls then.
	done := map[string]bool{}
	for _, u := range append(stored, pf.gone...) {
		done[u] = true
	}
	for _, j := range pf.jobs {
		var err error
		if done[j.Ref] {
			err = w.Store.FinishJob(storeCtx, j)
		} else {
			err = w.Store.FailJob(storeCtx, j, errors.New("not stored in this poll"))
		}
		if err != nil {
			w.Log.Warn("watch: recording a fetch job", "url", j.Ref, "err", err)
		}
	}

	remember := append(append(stored, pf.skipped...), pf.gone...)
	if len(remember) > 0 {
		if err := w.Store.AddSourceItems(storeCtx, src.ID, remember, end); err != nil {
			w.Log.Warn("watch: remembering items", "source", label(src), "err", err)
		}
	}
	if ctx.Err() != nil {
		// Cut short by shutdown: what was stored is stored; the source's
		// old schedule comes back (ending our claim), so it is due again
		// at the next start.
		w.Log.Info("poll interrupted", "source", label(src), "new", st.New)
		if err := w.Store.RecordPoll(storeCtx, &src); err != nil {
			w.Log.Error("watch: saving poll", "source", label(src), "err", err)
		}
		return st
	}

	st.Polled++
	every := max(src.Every, MinInterval)
	upd := src
	upd.LastPoll = start
	if st.New > 0 {
		upd.LastNew = end
	}
	sourceFailed := pf.srcErr != nil && !errors.Is(pf.srcErr, source.ErrNotModified)
	// Nothing usable and nothing tried beyond the source itself: a feed
	// that does not parse, has no items, or a page with no text.
	if !sourceFailed && len(itemErrs) > 0 && st.New+st.Known == 0 && pf.fetched == 0 && len(pf.skipped) == 0 {
		sourceFailed = true
	}
	switch {
	case errors.Is(pf.srcErr, source.ErrNotModified):
		st.NotModified++
		upd.Failures, upd.LastError = 0, ""
		upd.NextDue = end.Add(w.jitter(every))
		w.Log.Debug("not modified", "source", label(src))
	case sourceFailed:
		st.Failed++
		err := pf.srcErr
		if err == nil {
			err = errors.Join(itemErrs...)
		}
		upd.Failures++
		upd.LastError = oneLine(err.Error())
		wait := w.Backoff(every, upd.Failures)
		upd.NextDue = end.Add(w.jitter(wait))
		w.Log.Info("poll error", "source", label(src), "url", src.URL, "err", upd.LastError,
			"failures", upd.Failures, "retry_in", wait.Round(time.Second))
		itemErrs = nil
	default:
		upd.Failures, upd.LastError = 0, ""
		upd.NextDue = end.Add(w.jitter(every))
		if d := pf.srcDoc; d != nil {
			upd.ETag, upd.LastModified = d.ETag, d.LastModified
		}
		if len(itemErrs) > 0 {
			// Some items could not be read: fetch the source in full next
			// time, so they are tried again (items read are remembered).
			upd.ETag, upd.LastModified = "", ""
			upd.LastError = fmt.Sprintf("%d items failed; first: %s", len(itemErrs), oneLine(itemErrs[0].Error()))
		}
	}
	for _, err := range itemErrs {
		st.ItemErrors++
		w.Log.Info("poll error", "source", label(src), "err", oneLine(err.Error()))
	}
	if err := w.Store.RecordPoll(storeCtx, &upd); err != nil {
		w.Log.Error("watch: saving poll", "source", label(src), "err", err)
	}
	return st
}

// logEvents logs one line per event that the new article articleID made
// ("new event": it is the event's only article) or joined ("updated
// event").
func (w *Watcher) logEvents(ctx context.Context, articleID string) {
	evs, err := w.Store.ListEvents(ctx, store.EventFilter{ArticleID: articleID})
	if err != nil {
		w.Log.Warn("watch: reading events", "article", articleID, "err", err)
		return
	}
	for _, e := range evs {
		msg := "updated event"
		if len(e.Articles) <= 1 {
			msg = "new event"
		}
		w.Log.Info(msg, "id", e.ID, "date", e.EventDate, "type", e.SubEventType, "where", e.Location,
			"country", e.Country, "fatalities", e.Fatalities, "sources", e.SourcesCount)
	}
}

// Backoff is how long to wait after failures consecutive failed polls of a
// source polled every interval: interval × 2^failures, capped at
// MaxBackoff (but never shorter than the interval itself).
func (w *Watcher) Backoff(interval time.Duration, failures int) time.Duration {
	w.init()
	if failures <= 0 {
		return interval
	}
	limit := max(w.MaxBackoff, interval)
	f := float64(interval) * math.Pow(2, float64(min(failures, 62)))
	if f >= float64(limit) {
		return limit
	}
	return time.Duration(f)
}

// jitter spreads d by ± Jitter, so sources added together drift apart.
func (w *Watcher) jitter(d time.Duration) time.Duration {
	if w.Jitter <= 0 {
		return d
	}
	return time.Duration(float64(d) * (1 + w.Jitter*(2*w.Rand()-1)))
}

func label(s store.Source) string {
	if s.Name != "" {
		return s.Name
	}
	return s.URL
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 500 {
		s = string(r[:499]) + "…"
	}
	return s
}

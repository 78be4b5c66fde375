package watch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

// fakeClock is a Clock for tests. In auto mode every wait ends at once,
// moving the time on by the wait (never back); otherwise waits end when
// Advance moves the time past them.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	auto    bool
	waiters []fakeWaiter
}

type fakeWaiter struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(auto bool) *fakeClock {
	return &fakeClock{now: time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC), auto: auto}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	at := c.now.Add(d)
	if c.auto || d <= 0 {
		if at.After(c.now) {
			c.now = at
		}
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, fakeWaiter{at, ch})
	return ch
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	keep := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(c.now) {
			w.ch <- c.now
		} else {
			keep = append(keep, w)
		}
	}
	c.waiters = keep
}

func (c *fakeClock) Set(t time.Time) {
	if d := t.Sub(c.Now()); d > 0 {
		c.Advance(d)
	}
}

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func addSource(t *testing.T, st store.Store, url string, every time.Duration) *store.Source {
	t.Helper()
	s := &store.Source{URL: url, Every: every}
	if err := st.AddSource(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	return s
}

func getSource(t *testing.T, st store.Store, url string) store.Source {
	t.Helper()
	list, err := st.ListSources(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.URL == url {
			return s
		}
	}
	t.Fatalf("source %s not found", url)
	return store.Source{}
}

// newWatcher watches st with the real pipeline (no extraction here: the
// command's tests cover it) and a fake clock; jitter is centred (none).
func newWatcher(st store.Store, f Fetcher, c Clock) *Watcher {
	p := &ingest.Pipeline{Store: st}
	return &Watcher{Store: st, Fetcher: f, Ingest: p.Store1, Clock: c, Rand: func() float64 { return 0.5 }}
}

func rss(base string, items ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Border Monitor</title><link>%s/</link>\n", base)
	for i, it := range items {
		fmt.Fprintf(&b, "<item><title>Report %s</title><link>%s/%s.html</link><guid>%s-%s</guid><pubDate>Mon, 0%d May 2026 08:00:00 GMT</pubDate><description>Short note.</description></item>\n",
			it, base, it, base, it, i+1)
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

func page(name string) string {
	return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Report " + name + "</title></head><body><article><h1>Report " + name +
		"</h1><p>Report " + name + ": residents of a border village said that shots were heard overnight near the river crossing, and that " +
		"a patrol was sent to the area in the morning. Officials gave no figures and promised a statement later in the week.</p></article></body></html>"
}

// feedServer serves a feed of items (changeable) with an ETag, honours
// If-None-Match, and counts requests.
type feedServer struct {
	*httptest.Server
	mu          sync.Mutex
	items       []string
	version     int
	conditional atomic.Int32 // requests that carried If-None-Match
	notModified atomic.Int32
	hits        sync.Map // path -> *atomic.Int32
}

func newFeedServer(t *testing.T, items ...string) *feedServer {
	fs := &feedServer{items: items, version: 1}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := fs.hits.LoadOrStore(r.URL.Path, new(atomic.Int32))
		n.(*atomic.Int32).Add(1)
		if r.URL.Path == "/feed.xml" {
			fs.mu.Lock()
			etag := fmt.Sprintf(`"v%d"`, fs.version)
			body := rss(fs.URL, fs.items...)
			fs.mu.Unlock()
			if inm := r.Header.Get("If-None-Match"); inm != "" {
				fs.conditional.Add(1)
				if inm == etag {
					fs.notModified.Add(1)
					w.WriteHeader(http.StatusNotModified)
					return
				}
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, body)
			return
		}
		name := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/"), ".html")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(name))
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) setItems(items ...string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.items = items
	fs.version++
}

func (fs *feedServer) count(path string) int {
	n, ok := fs.hits.Load(path)
	if !ok {
		return 0
	}
	return int(n.(*atomic.Int32).Load())
}

func localFetcher() *source.HTTPFetcher {
	return source.NewHTTPFetcher(source.FetchOptions{AllowPrivate: true, Timeout: 10 * time.Second})
}

func TestFeedPolledThenNotModified(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	srv := newFeedServer(t, "a1", "a2")
	feedURL := srv.URL + "/feed.xml"
	addSource(t, st, feedURL, 15*time.Minute)
	clock := newFakeClock(true)
	w := newWatcher(st, localFetcher(), clock)

	sum, err := w.RunOnce(ctx)
	if err != nil || sum.Polled != 1 || sum.New != 2 || sum.Failed != 0 || sum.ItemErrors != 0 {
		t.Fatalf("first poll: %+v, %v", sum, err)
	}
	if n, _ := st.CountArticles(ctx); n != 2 {
		t.Fatalf("%d articles stored, want 2", n)
	}
	s := getSource(t, st, feedURL)
	if s.ETag != `"v1"` || s.LastPoll.IsZero() || s.LastNew.IsZero() || s.LastError != "" {
		t.Errorf("after the first poll: %+v", s)
	}
	if d := s.NextDue.Sub(s.LastPoll); d < 15*time.Minute || d > 16*time.Minute {
		t.Errorf("next due %v after the poll, want 15m", d)
	}

	// Not due yet: nothing happens.
	if sum, _ := w.RunOnce(ctx); sum.Polled != 0 {
		t.Fatalf("polled before due: %+v", sum)
	}
	clock.Advance(16 * time.Minute)
	sum, err = w.RunOnce(ctx)
	if err != nil || sum.Polled != 1 || sum.NotModified != 1 || sum.New != 0 || sum.Known != 0 {
		t.Fatalf("second poll: %+v, %v", sum, err)
	}
	if srv.conditional.Load() != 1 || srv.notModified.Load() != 1 {
		t.Errorf("server saw %d conditional requests (%d answered 304), want 1 and 1", srv.conditional.Load(), srv.notModified.Load())
	}
	if n, _ := st.CountArticles(ctx); n != 2 {
		t.Errorf("%d articles after the 304, want 2", n)
	}
	if s2 := getSource(t, st, feedURL); !s2.NextDue.After(s.NextDue) || s2.ETag != `"v1"` {
		t.Errorf("a 304 reschedules and keeps the validators: %+v", s2)
	}

	// The feed changes: only the new item's page is fetched.
	srv.setItems("a3", "a1", "a2")
	clock.Advance(16 * time.Minute)
	sum, err = w.RunOnce(ctx)
	if err != nil || sum.New != 1 || sum.NotModified != 0 {
		t.Fatalf("third poll: %+v, %v", sum, err)
	}
	for _, p := range []string{"/a1.html", "/a2.html", "/a3.html"} {
		if n := srv.count(p); n != 1 {
			t.Errorf("%s fetched %d times, want 1", p, n)
		}
	}
	if n, _ := st.CountArticles(ctx); n != 3 {
		t.Errorf("%d articles, want 3", n)
	}
}

func TestFailingSourceBacksOffOthersGoOn(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	var badHits atomic.Int32
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		badHits.Add(1)
		http.Error(w, "broken", http.StatusInternalServerError)
	}))
	defer bad.Close()
	good := newFeedServer(t, "g1")
	every := 10 * time.Minute
	addSource(t, st, bad.URL+"/feed.xml", every)
	addSource(t, st, good.URL+"/feed.xml", every)
	clock := newFakeClock(true)
	w := newWatcher(st, localFetcher(), clock)
	w.HostGap = -1 // both servers are 127.0.0.1; the gap is tested elsewhere

	var waits []time.Duration
	for round := 1; round <= 7; round++ {
		sum, err := w.RunOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Failed != 1 {
			t.Fatalf("round %d: %+v, want the bad source polled and failed", round, sum)
		}
		b := getSource(t, st, bad.URL+"/feed.xml")
		if b.Failures != round || !strings.Contains(b.LastError, "500") {
			t.Fatalf("round %d: bad source %+v", round, b)
		}
		waits = append(waits, b.NextDue.Sub(b.LastPoll).Round(time.Minute))
		g := getSource(t, st, good.URL+"/feed.xml")
		if g.Failures != 0 || g.LastError != "" || !g.NextDue.Before(b.NextDue) {
			t.Fatalf("round %d: good source %+v", round, g)
		}
		clock.Set(b.NextDue.Add(time.Second))
	}
	want := []time.Duration{20 * time.Minute, 40 * time.Minute, 80 * time.Minute, 160 * time.Minute, 320 * time.Minute, 6 * time.Hour, 6 * time.Hour}
	if fmt.Sprint(waits) != fmt.Sprint(want) {
		t.Errorf("backoff %v, want %v", waits, want)
	}
	// The good feed was polled every round while the bad one waited
	// longer and longer: once in full, then 304s.
	if n := good.count("/feed.xml"); n != 7 {
		t.Errorf("good feed fetched %d times, want 7", n)
	}
	if int(badHits.Load()) != 7 {
		t.Errorf("bad source hit %d times, want 7", badHits.Load())
	}

	// It recovers: failures reset, the normal interval again.
	bad.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, rss(bad.URL, "b1"))
			return
		}
		fmt.Fprint(w, page("b1"))
	})
	if sum, _ := w.RunOnce(ctx); sum.Failed != 0 {
		t.Fatalf("recovery: %+v", sum)
	}
	b := getSource(t, st, bad.URL+"/feed.xml")
	if b.Failures != 0 || b.LastError != "" || b.NextDue.Sub(b.LastPoll).Round(time.Minute) != every {
		t.Errorf("after recovery: %+v", b)
	}
}

func TestBackoffAndJitter(t *testing.T) {
	w := &Watcher{}
	if d := w.Backoff(15*time.Minute, 0); d != 15*time.Minute {
		t.Errorf("no failures: %v", d)
	}
	if d := w.Backoff(15*time.Minute, 3); d != 2*time.Hour {
		t.Errorf("3 failures: %v", d)
	}
	if d := w.Backoff(15*time.Minute, 1000); d != DefaultMaxBackoff {
		t.Errorf("many failures: %v", d)
	}
	if d := w.Backoff(12*time.Hour, 2); d != 12*time.Hour {
		t.Errorf("an interval over the cap: %v", d)
	}
	for _, c := range []struct {
		r    float64
		want time.Duration
	}{{0, 54 * time.Minute}, {0.5, time.Hour}, {0.999999, 66 * time.Minute}} {
		w := &Watcher{Rand: func() float64 { return c.r }}
		w.init()
		if d := w.jitter(time.Hour).Round(time.Minute); d != c.want {
			t.Errorf("jitter with rand %v: %v, want %v", c.r, d, c.want)
		}
	}
}

// fakeWeb serves feeds and pages from memory through the Fetcher
// interface, recording when (on the watcher's clock) each host is asked
// and how many requests each host has in flight.
type fakeWeb struct {
	clock Clock
	pages map[string]string
	block map[string]chan struct{} // URL -> released when closed
	enter chan string              // told when a blocked URL is reached

	mu       sync.Mutex
	times    map[string][]time.Time
	inflight map[string]int
	maxIn    map[string]int
}

func newFakeWeb(c Clock) *fakeWeb {
	return &fakeWeb{clock: c, pages: map[string]string{}, block: map[string]chan struct{}{}, enter: make(chan string, 16),
		times: map[string][]time.Time{}, inflight: map[string]int{}, maxIn: map[string]int{}}
}

func (f *fakeWeb) FetchConditional(ctx context.Context, u, etag, lm string) (*source.Document, error) {
	h := hostKey(u)
	f.mu.Lock()
	f.times[h] = append(f.times[h], f.clock.Now())
	f.inflight[h]++
	f.maxIn[h] = max(f.maxIn[h], f.inflight[h])
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.inflight[h]--
		f.mu.Unlock()
	}()
	if ch, ok := f.block[u]; ok {
		f.enter <- u
		select {
		case <-ch:
		case <-ctx.Done():
			return nil, fmt.Errorf("fetch %s: %w", u, ctx.Err())
		}
	}
	body, ok := f.pages[u]
	if !ok {
		return nil, fmt.Errorf("fetch %s: %w", u, &source.StatusError{Code: 404, Status: "404 Not Found"})
	}
	return &source.Document{Origin: u, URL: u, Body: []byte(body), Kind: source.KindOf(u, "", []byte(body)), FetchedAt: time.Now()}, nil
}

func (f *fakeWeb) addFeed(base string, items ...string) string {
	f.pages[base+"/feed.xml"] = rss(base, items...)
	for _, it := range items {
		f.pages[base+"/"+it+".html"] = page(base + " " + it)
	}
	return base + "/feed.xml"
}

func TestPerHostGap(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	clock := newFakeClock(true)
	web := newFakeWeb(clock)
	// Two feeds on one host, one on another; items fetched 4 at a time.
	addSource(t, st, web.addFeed("http://news.example", "n1", "n2", "n3"), 15*time.Minute)
	addSource(t, st, web.addFeed("http://www.news.example/world", "w1", "w2"), 15*time.Minute)
	addSource(t, st, web.addFeed("http://other.example", "o1", "o2"), 15*time.Minute)
	w := newWatcher(st, web, clock)
	w.Workers = 3
	sum, err := w.RunOnce(ctx)
	if err != nil || sum.Polled != 3 || sum.New != 7 || sum.ItemErrors != 0 {
		t.Fatalf("%+v, %v", sum, err)
	}
	web.mu.Lock()
	defer web.mu.Unlock()
	if n := len(web.times["news.example"]); n != 2+5 {
		t.Errorf("news.example asked %d times, want 7", n)
	}
	for h, ts := range web.times {
		if web.maxIn[h] != 1 {
			t.Errorf("%s: %d requests at once, want 1", h, web.maxIn[h])
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
		for i := 1; i < len(ts); i++ {
			if gap := ts[i].Sub(ts[i-1]); gap < DefaultHostGap {
				t.Errorf("%s: requests %d and %d only %v apart", h, i-1, i, gap)
			}
		}
	}
}

func TestSlowHostDoesNotBlockOthers(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	clock := newFakeClock(true)
	web := newFakeWeb(clock)
	slow := web.addFeed("http://slow.example", "s1")
	web.block[slow] = make(chan struct{})
	addSource(t, st, slow, 15*time.Minute)
	fast := web.addFeed("http://fast.example", "f1", "f2")
	addSource(t, st, fast, 15*time.Minute)
	w := newWatcher(st, web, clock)

	done := make(chan Stats)
	go func() {
		sum, _ := w.RunOnce(ctx)
		done <- sum
	}()
	<-web.enter // the slow host is hanging
	// The fast source is polled and stored meanwhile.
	deadline := time.Now().Add(10 * time.Second)
	for {
		if n, _ := st.CountArticles(ctx); n == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the fast source was held up by the slow one")
		}
		time.Sleep(5 * time.Millisecond)
	}
	close(web.block[slow])
	if sum := <-done; sum.Polled != 2 || sum.New != 3 {
		t.Errorf("%+v", sum)
	}
}

func TestCancelFinishesInFlight(t *testing.T) {
	st := openStore(t)
	clock := newFakeClock(false)
	web := newFakeWeb(clock)
	feed := web.addFeed("http://news.example", "c1")
	web.block["http://news.example/c1.html"] = make(chan struct{})
	addSource(t, st, feed, 15*time.Minute)
	w := newWatcher(st, web, clock)
	w.HostGap = -1

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- w.Run(ctx) }()
	<-web.enter // an item is being fetched
	cancel()
	select {
	case err := <-done:
		t.Fatalf("Run returned (%v) before the poll in flight finished", err)
	case <-time.After(20 * time.Millisecond):
	}
	close(web.block["http://news.example/c1.html"])
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancellation")
	}
	if n, _ := st.CountArticles(context.Background()); n != 1 {
		t.Errorf("%d articles: the poll in flight was not finished", n)
	}
	if s := getSource(t, st, feed); s.LastPoll.IsZero() || s.NextDue.IsZero() {
		t.Errorf("the finished poll was not recorded: %+v", s)
	}
}

func TestCancelGraceCutsHangingPoll(t *testing.T) {
	st := openStore(t)
	clock := newFakeClock(false)
	web := newFakeWeb(clock)
	feed := web.addFeed("http://news.example", "h1")
	web.block["http://news.example/h1.html"] = make(chan struct{}) // never released
	addSource(t, st, feed, 15*time.Minute)
	w := newWatcher(st, web, clock)
	w.HostGap = -1

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- w.Run(ctx) }()
	<-web.enter
	cancel()
	// Wait for the grace timer to be set, then let it run out.
	for deadline := time.Now().Add(10 * time.Second); ; {
		if time.Now().After(deadline) {
			t.Fatal("no grace timer set after cancellation")
		}
		clock.mu.Lock()
		n := len(clock.waiters)
		clock.mu.Unlock()
		if n >= 2 { // Run's rescan timer and the grace timer
			break
		}
		time.Sleep(time.Millisecond)
	}
	clock.Advance(DefaultGrace)
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after the grace period")
	}
	if s := getSource(t, st, feed); !s.LastPoll.IsZero() || s.Failures != 0 || !s.NextDue.IsZero() {
		t.Errorf("an interrupted poll must leave the schedule alone (due at the next start): %+v", s)
	}
}

func TestItemErrorsRetryNextPoll(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	clock := newFakeClock(true)
	web := newFakeWeb(clock)
	feed := web.addFeed("http://news.example", "e1", "e2")
	missing := "http://news.example/e2.html"
	saved := web.pages[missing]
	delete(web.pages, missing) // 404: remembered, not retried
	web.pages["http://news.example/feed.xml"] = rss("http://news.example", "e1", "e2", "e3")
	web.pages["http://news.example/e3.html"] = "" // empty page: cleaning fails, retried
	addSource(t, st, feed, 15*time.Minute)
	w := newWatcher(st, web, clock)
	w.HostGap = -1

	sum, err := w.RunOnce(ctx)
	if err != nil || sum.New != 1 || sum.ItemErrors != 2 || sum.Failed != 0 {
		t.Fatalf("first poll: %+v %v", sum, err)
	}
	s := getSource(t, st, feed)
	if s.Failures != 0 || !strings.HasPrefix(s.LastError, "2 items failed") {
		t.Errorf("item errors are not a failed poll: %+v", s)
	}
	web.pages[missing] = saved
	web.pages["http://news.example/e3.html"] = page("e3")
	clock.Advance(16 * time.Minute)
	sum, _ = w.RunOnce(ctx)
	// e1 is remembered, e2 gave 404 (remembered as gone), e3 is retried.
	if sum.New != 1 || sum.ItemErrors != 0 {
		t.Errorf("second poll: %+v", sum)
	}
	web.mu.Lock()
	n := len(web.times["news.example"])
	web.mu.Unlock()
	if n != 4+2 {
		t.Errorf("%d requests, want 6 (feed, e1, e2, e3, then feed, e3)", n)
	}
}

// Two watchers share a store; two feeds list the same items. Each source is
// polled by one of them, and each item page is fetched once in all: its
// fetch job is taken by whoever comes first.
func TestWatchersShareTheWork(t *testing.T) {
	fs := newFeedServer(t, "b1", "b2", "b3")
	st := openStore(t)
	addSource(t, st, fs.URL+"/feed.xml", time.Hour)
	addSource(t, st, fs.URL+"/feed.xml?mirror=1", time.Hour)
	var ws []*Watcher
	for i := 0; i < 2; i++ {
		w := newWatcher(st, localFetcher(), newFakeClock(true))
		w.HostGap = -1
		ws = append(ws, w)
	}
	var wg sync.WaitGroup
	sums := make([]Stats, len(ws))
	for i, w := range ws {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := w.RunOnce(context.Background())
			if err != nil {
				t.Error(err)
			}
			sums[i] = s
		}()
	}
	wg.Wait()
	if got := sums[0].Polled + sums[1].Polled; got != 2 {
		t.Errorf("%d polls in all, want one per source (%+v)", got, sums)
	}
	if got := sums[0].New + sums[1].New; got != 3 {
		t.Errorf("%d new articles in all, want 3", got)
	}
	for _, it := range []string{"b1", "b2", "b3"} {
		if n := fs.count("/" + it + ".html"); n != 1 {
			t.Errorf("item %s fetched %d times, want once", it, n)
		}
	}
	if n, _ := st.PendingJobs(context.Background(), store.JobFetch); n != 0 {
		t.Errorf("%d fetch jobs still pending", n)
	}
}

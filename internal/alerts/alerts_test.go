package alerts

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// eachBackend runs test on SQLite and, with SITREP_TEST_POSTGRES set
// (tools/pg.sh run), on PostgreSQL.
func eachBackend(t *testing.T, test func(t *testing.T, st store.Store)) {
	t.Run("sqlite", func(t *testing.T) { test(t, open(t, filepath.Join(t.TempDir(), "a.db"))) })
	if os.Getenv(storetest.EnvDSN) != "" {
		t.Run("postgres", func(t *testing.T) { test(t, open(t, storetest.PostgresDSN(t))) })
	}
}

func open(t testing.TB, dsn string) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// report stores an article telling of the events evs (each its own
// event), as ingest would.
func report(t testing.TB, st store.Store, articleID string, evs ...event.Event) {
	t.Helper()
	if err := tryReport(st, articleID, evs...); err != nil {
		t.Fatal(err)
	}
}

func tryReport(st store.Store, articleID string, evs ...event.Event) error {
	ctx := context.Background()
	a := &store.Article{ID: articleID, Origin: "/srv/news/" + articleID + ".txt", Outlet: "Valley Courier", Title: "t",
		Published: time.Date(2026, 5, 2, 0, 0, 0, 0, time.UTC), FetchedAt: time.Now().UTC(), MediaType: "text/plain", Text: "x " + articleID}
	if _, err := st.PutArticle(ctx, a); err != nil {
		return err
	}
	for i := range evs {
		evs[i].Articles = []event.ArticleRef{{ID: articleID, Origin: a.Origin, Outlet: a.Outlet, Published: "2026-05-02"}}
	}
	return st.ReplaceArticleEvents(ctx, articleID, evs, nil)
}

func incident(id, date, country, iso, admin1, notes string, killed int) event.Event {
	return event.Event{
		ID: id, EventDate: date, TimePrecision: 1, EventType: "Battles", SubEventType: "Armed clash",
		Actor1: "Border guards", Country: country, ISO: iso, Admin1: admin1, Location: admin1 + " town",
		Fatalities: killed, Notes: notes,
		Claims: []event.Claim{{Kind: event.Killed, Count: killed, Quote: notes}},
	}
}

// fakeClock is a clock that moves only when told.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// receiver is a local webhook endpoint that checks each request's
// signature and answers with the statuses given, in turn (then 200).
type receiver struct {
	t        *testing.T
	secret   string
	mu       sync.Mutex
	statuses []int
	got      []Payload
	badSig   int
}

func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	m := hmac.New(sha256.New, []byte(r.secret))
	m.Write(body)
	want := "sha256=" + hex.EncodeToString(m.Sum(nil))
	r.mu.Lock()
	defer r.mu.Unlock()
	if !hmac.Equal([]byte(req.Header.Get(SignatureHeader)), []byte(want)) || req.Header.Get(DeliveryHeader) == "" {
		r.badSig++
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var p Payload
	if err := json.Unmarshal(body, &p); err != nil {
		r.t.Errorf("payload is not JSON: %v", err)
	}
	r.got = append(r.got, p)
	status := http.StatusOK
	if len(r.statuses) > 0 {
		status, r.statuses = r.statuses[0], r.statuses[1:]
	}
	w.WriteHeader(status)
	fmt.Fprintln(w, "receiver says", status)
}

func (r *receiver) requests() int { r.mu.Lock(); defer r.mu.Unlock(); return len(r.got) + r.badSig }

func addAlert(t *testing.T, st store.Store, name, filter, webhook, secret string) *store.Alert {
	t.Helper()
	a := &store.Alert{Name: name, Filter: filter, Webhook: webhook, Secret: secret, Created: time.Now().Add(-time.Second)}
	if err := st.AddAlert(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestWebhookSignedRetriedWithBackoff(t *testing.T) {
	eachBackend(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		rcv := &receiver{t: t, secret: "khatlon-key", statuses: []int{500, 503}}
		srv := httptest.NewServer(rcv)
		defer srv.Close()
		addAlert(t, st, "tj-deaths", "country=TJ&min_fatalities=1", srv.URL+"/hook", "khatlon-key")
		clock := &fakeClock{t: time.Date(2026, 5, 2, 8, 0, 0, 0, time.UTC)}
		n := &Notifier{Store: st, Client: NewClient(true), Clock: clock}

		report(t, st, "a000000000000001",
			incident("TJ1", "2026-05-01", "Tajikistan", "TJ", "Khatlon", "Two guards were killed at a post in Khatlon.", 2),
			incident("TJ2", "2026-05-01", "Tajikistan", "TJ", "Sughd", "A protest in Sughd ended without injuries.", 0),
			incident("PE1", "2026-05-01", "Peru", "PE", "Puno", "Three miners died in a clash in Puno.", 3))
		if q, err := n.Scan(ctx); err != nil || q != 1 {
			t.Fatalf("scan queued %d (%v), want 1: only TJ1 matches", q, err)
		}
		if q, _ := n.Scan(ctx); q != 0 {
			t.Errorf("a second scan queued %d again", q)
		}

		// Try 1 fails (500); nothing more is due until RetryFirst has passed.
		steps := []struct {
			advance time.Duration
			sent    SendStats
			reqs    int
		}{
			{0, SendStats{Retry: 1}, 1},
			{RetryFirst - time.Second, SendStats{}, 1},
			{time.Second, SendStats{Retry: 1}, 2}, // try 2: 503
			{RetryFirst, SendStats{}, 2},          // the second wait is twice the first
			{RetryFirst, SendStats{Sent: 1}, 3},   // try 3: 200
			{RetryMax, SendStats{}, 3},            // sent once, never again
		}
		for i, s := range steps {
			clock.Add(s.advance)
			got, err := n.Deliver(ctx)
			if err != nil || got != s.sent || rcv.requests() != s.reqs {
				t.Fatalf("step %d: %+v %v, %d requests; want %+v, %d", i, got, err, rcv.requests(), s.sent, s.reqs)
			}
		}
		if rcv.badSig != 0 {
			t.Errorf("%d requests with a bad signature", rcv.badSig)
		}
		p := rcv.got[2]
		if p.Alert != "tj-deaths" || p.Change != ChangeNew || p.Event.ID != "TJ1" || p.EventURL != "/api/events/TJ1" {
			t.Errorf("payload: %+v", p)
		}
		if o := p.Event.Articles[0].Origin; o != "a000000000000001.txt" {
			t.Errorf("a local origin is sent by file name only, got %q", o)
		}

		// Re-coded unchanged: nothing. Changed: sent as "changed".
		report(t, st, "a000000000000001",
			incident("TJ1", "2026-05-01", "Tajikistan", "TJ", "Khatlon", "Two guards were killed at a post in Khatlon.", 2))
		if q, _ := n.Scan(ctx); q != 0 {
			t.Errorf("an event rewritten unchanged was queued (%d)", q)
		}
		report(t, st, "a000000000000001",
			incident("TJ1", "2026-05-01", "Tajikistan", "TJ", "Khatlon", "Four guards were killed at a post in Khatlon.", 4))
		if q, _ := n.Scan(ctx); q != 1 {
			t.Fatalf("a changed event: queued %d, want 1", q)
		}
		if s, _ := n.Deliver(ctx); s.Sent != 1 || rcv.got[3].Change != ChangeChanged || rcv.got[3].Event.Fatalities != 4 {
			t.Errorf("changed event: %+v %+v", s, rcv.got[3])
		}
	})
}

func TestWebhookGivesUpAfterMaxTries(t *testing.T) {
	eachBackend(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		rcv := &receiver{t: t, secret: "s"}
		for range MaxTries + 1 {
			rcv.statuses = append(rcv.statuses, 500)
		}
		srv := httptest.NewServer(rcv)
		defer srv.Close()
		addAlert(t, st, "andes", "country=Peru", srv.URL, "s")
		clock := &fakeClock{t: time.Date(2026, 5, 2, 8, 0, 0, 0, time.UTC)}
		n := &Notifier{Store: st, Client: NewClient(true), Clock: clock}
		report(t, st, "a000000000000002", incident("PE1", "2026-05-01", "Peru", "PE", "Cusco", "A clash near Cusco.", 1))
		n.Scan(ctx)
		var total SendStats
		for range MaxTries {
			s, err := n.Deliver(ctx)
			if err != nil {
				t.Fatal(err)
			}
			total.Retry += s.Retry
			total.Failed += s.Failed
			clock.Add(RetryMax)
		}
		if total.Retry != MaxTries-1 || total.Failed != 1 || rcv.requests() != MaxTries {
			t.Errorf("%+v after %d requests; want %d retries, then failed", total, rcv.requests(), MaxTries-1)
		}
		counts, _ := st.CountDeliveries(ctx)
		a, _ := st.GetAlert(ctx, "andes")
		if counts[a.ID][store.DeliveryFailed] != 1 {
			t.Errorf("counts %v", counts)
		}
		if n, _ := st.RetryDeliveries(ctx, a.ID, clock.Now()); n != 1 {
			t.Errorf("retry put back %d", n)
		}
	})
}

func TestBackoff(t *testing.T) {
	for _, c := range []struct {
		tries int
		want  time.Duration
		again bool
	}{
		{1, RetryFirst, true},
		{2, 2 * RetryFirst, true},
		{3, 4 * RetryFirst, true},
		{MaxTries - 1, min(RetryFirst<<(MaxTries-2), RetryMax), true},
		{MaxTries, 0, false},
	} {
		if got, again := Backoff(c.tries); got != c.want || again != c.again {
			t.Errorf("Backoff(%d) = %v %v, want %v %v", c.tries, got, again, c.want, c.again)
		}
	}
	if d, _ := Backoff(40); d > RetryMax {
		t.Errorf("the wait grows past RetryMax: %v", d)
	}
}

func TestWebhookRefusesPrivateAddresses(t *testing.T) {
	st := open(t, filepath.Join(t.TempDir(), "a.db"))
	ctx := context.Background()
	rcv := &receiver{t: t, secret: "s"}
	srv := httptest.NewServer(rcv) // on 127.0.0.1
	defer srv.Close()
	addAlert(t, st, "nepal", "country=NP", srv.URL, "s")
	n := &Notifier{Store: st, Clock: &fakeClock{t: time.Now()}} // the default client
	report(t, st, "a000000000000003", incident("NP1", "2026-05-01", "Nepal", "NP", "Bagmati", "A bomb was defused in Bagmati.", 0))
	n.Scan(ctx)
	s, err := n.Deliver(ctx)
	if err != nil || s.Retry != 1 || rcv.requests() != 0 {
		t.Fatalf("%+v %v, %d requests reached the loopback receiver", s, err, rcv.requests())
	}
	ds, _ := st.ClaimDeliveries(ctx, time.Now().Add(RetryMax), time.Minute, 1)
	if len(ds) != 1 || !strings.Contains(ds[0].LastError, "non-public address 127.0.0.1") {
		t.Errorf("last error: %+v", ds)
	}
}

// guard bounds the waits of TestHangingReceiverBlocksNothing: a guard
// against a hang, shorter than SendTimeout so that a scan that waited for
// the receiver's time-out would fail the test.
const guard = SendTimeout * 2 / 3

// A receiver that never answers holds up neither ingest nor the queueing
// of later events: the sender waits on it alone.
func TestHangingReceiverBlocksNothing(t *testing.T) {
	eachBackend(t, func(t *testing.T, st store.Store) {
		release := make(chan struct{})
		arrived := make(chan struct{}, 10)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			arrived <- struct{}{}
			select {
			case <-release:
			case <-r.Context().Done():
			}
		}))
		defer srv.Close()
		defer close(release)
		addAlert(t, st, "mideast", "country=Yemen", srv.URL, "s")
		scans := make(chan int, 10)
		n := &Notifier{Store: st, Client: NewClient(true), scanned: func(q int) { scans <- q }}
		ctx, cancel := context.WithCancel(context.Background())
		stopped := make(chan struct{})
		go func() { n.Run(ctx); close(stopped) }()
		defer func() { cancel(); <-stopped }()
		wait := func(c <-chan int, what string) int {
			t.Helper()
			select {
			case v := <-c:
				return v
			case <-time.After(guard):
				t.Fatalf("no %s", what)
			}
			return 0
		}
		wait(scans, "first scan")

		report(t, st, "a000000000000004", incident("YE1", "2026-05-01", "Yemen", "YE", "Marib", "Shelling near Marib killed five.", 5))
		n.Kick()
		for wait(scans, "scan after the first report") == 0 {
		}
		select {
		case <-arrived:
		case <-time.After(guard):
			t.Fatal("the receiver got nothing")
		}
		// The receiver now hangs. Ingest and the next scan go on.
		done := make(chan struct{})
		go func() {
			defer close(done)
			if err := tryReport(st, "a000000000000005", incident("YE2", "2026-05-02", "Yemen", "YE", "Taizz", "A drone strike in Taizz killed two.", 2)); err != nil {
				t.Error(err)
			}
			n.Kick()
		}()
		select {
		case <-done:
		case <-time.After(guard):
			t.Fatal("ingest waited for the hanging receiver")
		}
		for wait(scans, "scan after the second report") == 0 {
		}
		counts, err := st.CountDeliveries(context.Background())
		a, _ := st.GetAlert(context.Background(), "mideast")
		if err != nil || counts[a.ID][store.DeliveryPending] != 2 {
			t.Errorf("both events are queued while the receiver hangs: %v %v", counts, err)
		}
	})
}

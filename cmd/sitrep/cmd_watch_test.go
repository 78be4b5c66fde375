package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// Two incident reports, written for this test (fictional outlet and
// people; real places and groups).
var watchPages = map[string]string{
	"/news/ishkashim-clash.html": `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Two Taliban fighters killed in clash with NRF in Badakhshan</title></head><body><article>
<h1>Two Taliban fighters killed in clash with NRF in Badakhshan</h1>
<p>FAIZABAD, May 2 (Pamir Observer) - Fighters of the National Resistance Front attacked a Taliban checkpoint
in Ishkashim district of Badakhshan province on Friday night, killing two Taliban fighters and wounding three
others, a Taliban spokesman for the province said on Saturday.</p>
<p>The spokesman, Abdul Wahid Hamdard, said the attackers fled towards the mountains after an exchange of fire
that lasted about an hour. The NRF said in a statement that it had killed five Taliban fighters in the attack.</p>
<p>Residents said shops in the district centre stayed closed on Saturday morning.</p>
</article></body></html>`,
	"/news/khorog-arrests.html": `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Police detain 12 after protest in Khorog</title></head><body><article>
<h1>Police detain 12 after protest in Khorog</h1>
<p>KHOROG, May 3 (Pamir Observer) - Police in Tajikistan detained 12 people in the city of Khorog in the
Gorno-Badakhshan region on Sunday after several hundred residents gathered outside the regional administration
to demand the release of a local community leader, witnesses said.</p>
<p>The Interior Ministry said in a statement that the protesters had blocked a road and that officers had
restored order without using force. Relatives of those detained said several of them were beaten.</p>
</article></body></html>`,
}

func watchFeedServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	var conditional atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			const etag = `"border-1"`
			if r.Header.Get("If-None-Match") != "" {
				conditional.Add(1)
				if r.Header.Get("If-None-Match") == etag {
					w.WriteHeader(http.StatusNotModified)
					return
				}
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Pamir Observer</title><link>%[1]s/</link>
<item><title>Two Taliban fighters killed in clash with NRF in Badakhshan</title><link>%[1]s/news/ishkashim-clash.html</link>
<pubDate>Sat, 02 May 2026 09:00:00 GMT</pubDate></item>
<item><title>Police detain 12 after protest in Khorog</title><link>%[1]s/news/khorog-arrests.html</link>
<pubDate>Sun, 03 May 2026 15:00:00 GMT</pubDate></item>
</channel></rss>`, srv.URL)
			return
		}
		body, ok := watchPages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv, &conditional
}

func listSources(t *testing.T, db string) []sourceJSON {
	t.Helper()
	code, out, errs := sitrep(t, db, "sources", "list", "--format", "json")
	if code != 0 {
		t.Fatalf("sources list: exit %d: %s", code, errs)
	}
	var list []sourceJSON
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("sources json: %v\n%s", err, out)
	}
	return list
}

// makeDue sets every source due now, as if its interval had passed.
func makeDue(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, err := st.ListSources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		s.NextDue = time.Now().Add(-time.Second)
		if err := st.RecordPoll(ctx, &s); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSourcesAddListRm(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	code, out, errs := sitrep(t, db, "sources", "add", "https://news.example/feed.xml", "--every", "30m", "--name", "example")
	if code != 0 || !strings.Contains(out, "added example https://news.example/feed.xml (every 30m)") {
		t.Fatalf("add: exit %d\n%s%s", code, out, errs)
	}
	if code, _, _ = sitrep(t, db, "sources", "add", "https://other.example/page"); code != 0 {
		t.Fatalf("add without name or interval: exit %d", code)
	}
	for _, bad := range [][]string{
		{"sources", "add", "ftp://news.example/feed"},
		{"sources", "add", "https://x.example/", "--every", "10s"},
		{"sources", "add"},
		{"sources", "frob"},
	} {
		if code, _, errs := sitrep(t, db, bad...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", bad, code, errs)
		}
	}
	if code, _, errs := sitrep(t, db, "sources", "add", "https://news.example/feed.xml"); code != 1 || !strings.Contains(errs, "already exists") {
		t.Errorf("same URL again: exit %d: %s", code, errs)
	}
	if code, _, errs := sitrep(t, db, "sources", "add", "https://third.example/", "--name", "example"); code != 1 || !strings.Contains(errs, "already exists") {
		t.Errorf("same name again: exit %d: %s", code, errs)
	}

	list := listSources(t, db)
	if len(list) != 2 || list[0].Name != "example" || list[0].Every != "30m" || list[0].EverySeconds != 1800 ||
		list[1].URL != "https://other.example/page" || list[1].Every != "15m" || list[0].LastPoll != "" || list[0].NextDue != "" {
		t.Fatalf("list: %+v", list)
	}
	code, out, _ = sitrep(t, db, "sources", "list")
	if code != 0 || !strings.Contains(out, "NEXT DUE") || !strings.Contains(out, "example") || !strings.Contains(out, "now") {
		t.Errorf("table: %s", out)
	}

	if code, out, _ = sitrep(t, db, "sources", "rm", "example"); code != 0 || !strings.Contains(out, "removed example") {
		t.Errorf("rm by name: exit %d %s", code, out)
	}
	if code, _, _ = sitrep(t, db, "sources", "rm", "https://other.example/page"); code != 0 {
		t.Errorf("rm by URL: exit %d", code)
	}
	if code, _, errs = sitrep(t, db, "sources", "rm", "example"); code != 1 || !strings.Contains(errs, "no source") {
		t.Errorf("rm again: exit %d %s", code, errs)
	}
	if list := listSources(t, db); len(list) != 0 {
		t.Errorf("left: %+v", list)
	}
}

func TestWatchOnceFeed(t *testing.T) {
	srv, conditional := watchFeedServer(t)
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, errs := sitrep(t, db, "sources", "add", srv.URL+"/feed.xml", "--name", "pamir"); code != 0 {
		t.Fatal(errs)
	}
	code, _, errs := sitrep(t, db, "watch", "--once", "--allow-private", "--gap", "0")
	if code != 0 {
		t.Fatalf("watch: exit %d\n%s", code, errs)
	}
	if n := strings.Count(errs, "msg=\"new article\""); n != 2 || !strings.Contains(errs, "1 polls (0 not modified, 0 failed): 2 new articles") {
		t.Fatalf("want 2 new-article lines and a summary:\n%s", errs)
	}
	if !strings.Contains(errs, "outlet=\"Pamir Observer\"") || !strings.Contains(errs, "events=") {
		t.Errorf("a new-article line names outlet and events:\n%s", errs)
	}
	if n := strings.Count(errs, "msg=\"new event\""); n < 2 || !strings.Contains(errs, "country=Tajikistan") {
		t.Errorf("want a line per new event (%d):\n%s", n, errs)
	}
	if arts := listArticles(t, db); len(arts) != 2 {
		t.Fatalf("%d articles stored, want 2", len(arts))
	}
	code, out, errs := sitrep(t, db, "events", "--format", "json")
	if code != 0 {
		t.Fatalf("events: %s", errs)
	}
	var evs []map[string]any
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatal(err)
	}
	countries := map[any]bool{}
	for _, e := range evs {
		countries[e["country"]] = true
	}
	if len(evs) < 2 || !countries["Afghanistan"] || !countries["Tajikistan"] {
		t.Errorf("events extracted from the watched items: %d, countries %v\n%s", len(evs), countries, out)
	}
	s := listSources(t, db)[0]
	if s.LastPoll == "" || s.LastNew == "" || s.LastError != "" || s.NextDue == "" {
		t.Errorf("source after the poll: %+v", s)
	}

	// Not due: a second run polls nothing.
	code, _, errs = sitrep(t, db, "watch", "--once", "--allow-private", "--gap", "0")
	if code != 0 || !strings.Contains(errs, "0 polls") || conditional.Load() != 0 {
		t.Fatalf("second run before due: exit %d, %d conditional requests\n%s", code, conditional.Load(), errs)
	}
	// Due again: the feed answers 304 and nothing is new.
	makeDue(t, db)
	code, _, errs = sitrep(t, db, "watch", "--once", "--allow-private", "--gap", "0")
	if code != 0 || !strings.Contains(errs, "1 polls (1 not modified, 0 failed): 0 new articles") || conditional.Load() != 1 {
		t.Fatalf("due run: exit %d, %d conditional requests\n%s", code, conditional.Load(), errs)
	}
	if arts := listArticles(t, db); len(arts) != 2 {
		t.Errorf("%d articles after the 304, want 2", len(arts))
	}
}

func TestWatchRefusesPrivateAndBacksOff(t *testing.T) {
	srv, _ := watchFeedServer(t)
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, errs := sitrep(t, db, "sources", "add", srv.URL+"/feed.xml"); code != 0 {
		t.Fatal(errs)
	}
	code, _, errs := sitrep(t, db, "watch", "--once", "--gap", "0")
	if code != 1 || !strings.Contains(errs, "msg=\"poll error\"") || !strings.Contains(errs, "refusing to connect to loopback") {
		t.Fatalf("watch without --allow-private: exit %d\n%s", code, errs)
	}
	s := listSources(t, db)[0]
	if s.Failures != 1 || !strings.Contains(s.LastError, "refusing") {
		t.Fatalf("source after a refused poll: %+v", s)
	}
	next, _ := time.Parse(time.RFC3339, s.NextDue)
	last, _ := time.Parse(time.RFC3339, s.LastPoll)
	if d := next.Sub(last); d < 26*time.Minute || d > 34*time.Minute {
		t.Errorf("first backoff %v, want 30m ± 10%%", d)
	}
	if arts := listArticles(t, db); len(arts) != 0 {
		t.Errorf("%d articles stored", len(arts))
	}
}

func TestWatchStopsOnCancel(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var out, errb syncBuffer
	go func() {
		done <- run(ctx, []string{"--db", db, "watch"}, strings.NewReader(""), &out, &errb)
	}()
	for deadline := time.Now().Add(20 * time.Second); !strings.Contains(errb.String(), "msg=watching"); {
		if time.Now().After(deadline) {
			t.Fatalf("watch did not start:\n%s", errb.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after cancel, want 0\n%s", code, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("watch did not stop on cancel")
	}
	if !strings.Contains(errb.String(), "msg=stopped") {
		t.Errorf("no stop line:\n%s", errb.String())
	}
}

// syncBuffer is a strings.Builder safe to read while a command writes.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

package alerts

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// feedServer serves st's API with its feeds, as `sitrep serve` does.
func feedServer(t *testing.T, st store.Store) *httptest.Server {
	t.Helper()
	h, err := api.New(api.Config{Store: st, Feeds: &Feeds{Store: st}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// parsedFeed is an Atom document as a reader parses it, apart from the
// types that write it.
type parsedFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  string   `xml:"author>name"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Content string `xml:"content"`
	} `xml:"entry"`
}

func get(t *testing.T, u string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

func parseFeed(t *testing.T, b []byte) parsedFeed {
	t.Helper()
	var f parsedFeed
	if err := xml.Unmarshal(b, &f); err != nil {
		t.Fatalf("not an Atom feed: %v\n%s", err, b)
	}
	for _, s := range append([]string{f.Updated}, func() (u []string) {
		for _, e := range f.Entries {
			u = append(u, e.Updated)
		}
		return
	}()...) {
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			t.Errorf("updated %q is not an RFC 3339 time", s)
		}
	}
	if f.ID == "" || f.Title == "" || f.Author == "" {
		t.Errorf("the feed lacks id, title or author: %+v", f)
	}
	return f
}

func TestFeedOfAlertMatchesItsFilter(t *testing.T) {
	eachBackend(t, func(t *testing.T, st store.Store) {
		report(t, st, "b000000000000001",
			incident("TJ1", "2026-05-01", "Tajikistan", "TJ", "Khatlon", "Two guards were killed at a post in Khatlon.", 2),
			incident("TJ2", "2026-04-20", "Tajikistan", "TJ", "Sughd", "A protest in Sughd ended without injuries.", 0),
			incident("BF1", "2026-05-01", "Burkina Faso", "BF", "Sahel", "An ambush near Djibo killed seven soldiers.", 7))
		addAlert(t, st, "tj-deaths", "country=TJ&min_fatalities=1", "", "")
		srv := feedServer(t, st)

		resp, body := get(t, srv.URL+"/feeds/tj-deaths.atom")
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/atom+xml") {
			t.Fatalf("%s %s", resp.Status, resp.Header.Get("Content-Type"))
		}
		f := parseFeed(t, body)
		if len(f.Entries) != 1 || f.Entries[0].ID != "urn:sitrep:event:TJ1" {
			t.Fatalf("entries: %+v", f.Entries)
		}
		e := f.Entries[0]
		if e.Link.Href != srv.URL+"/api/events/TJ1" || !strings.Contains(e.Title, "Khatlon") || !strings.Contains(e.Content, "Two guards were killed") ||
			!strings.Contains(e.Content, "Date: 2026-05-01") {
			t.Errorf("entry: %+v", e)
		}
		// The entry's link is the event in the API.
		if r, _ := get(t, e.Link.Href); r.StatusCode != 200 {
			t.Errorf("entry link %s: %s", e.Link.Href, r.Status)
		}

		// Conditional GET: the same feed is 304, by ETag or by date.
		etag, lastMod := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag == "" || lastMod == "" {
			t.Fatalf("ETag %q, Last-Modified %q", etag, lastMod)
		}
		if r, b := get(t, srv.URL+"/feeds/tj-deaths.atom", "If-None-Match", etag); r.StatusCode != http.StatusNotModified || len(b) != 0 {
			t.Errorf("If-None-Match: %s, %d bytes", r.Status, len(b))
		}
		if r, _ := get(t, srv.URL+"/feeds/tj-deaths.atom", "If-Modified-Since", lastMod); r.StatusCode != http.StatusNotModified {
			t.Errorf("If-Modified-Since: %s", r.Status)
		}
		// A new matching event changes it.
		report(t, st, "b000000000000002", incident("TJ3", "2026-05-02", "Tajikistan", "TJ", "GBAO", "A clash in the Pamirs left one dead.", 1))
		r, b := get(t, srv.URL+"/feeds/tj-deaths.atom", "If-None-Match", etag)
		if r.StatusCode != 200 || r.Header.Get("ETag") == etag || len(parseFeed(t, b).Entries) != 2 {
			t.Errorf("after a new event: %s, ETag %s", r.Status, r.Header.Get("ETag"))
		}
	})
}

func TestFeedOfQuery(t *testing.T) {
	st := open(t, filepath.Join(t.TempDir(), "a.db"))
	var evs []event.Event
	for i := range FeedEntries + 5 {
		evs = append(evs, incident(fmt.Sprintf("CO%03d", i), fmt.Sprintf("2026-%02d-%02d", 1+i/28, 1+i%28), "Colombia", "CO", "Cauca", "A clash in Cauca.", 1))
	}
	evs = append(evs, incident("NP1", "2026-06-01", "Nepal", "NP", "Koshi", "A landmine exploded in Koshi.", 0))
	report(t, st, "b000000000000003", evs...)
	srv := feedServer(t, st)
	for _, c := range []struct {
		query   string
		status  int
		entries int
		first   string
	}{
		{"", 200, FeedEntries, "urn:sitrep:event:NP1"},
		{"country=Nepal", 200, 1, "urn:sitrep:event:NP1"},
		{"country=CO&limit=1000", 200, FeedEntries, "urn:sitrep:event:CO104"},
		{"country=CO&limit=3", 200, 3, "urn:sitrep:event:CO104"},
		{"country=CO&from=2030-01-01", 200, 0, ""},
		{"colour=red", 400, 0, ""},
		{"min_fatalities=many", 400, 0, ""},
	} {
		resp, body := get(t, srv.URL+"/feeds/events.atom?"+c.query)
		if resp.StatusCode != c.status {
			t.Errorf("%q: %s %s", c.query, resp.Status, body)
			continue
		}
		if c.status != 200 {
			if !strings.Contains(string(body), `"error"`) {
				t.Errorf("%q: the API's JSON error, got %s", c.query, body)
			}
			continue
		}
		f := parseFeed(t, body)
		if len(f.Entries) != c.entries || (c.entries > 0 && f.Entries[0].ID != c.first) {
			t.Errorf("%q: %d entries, first %v", c.query, len(f.Entries), f.Entries)
		}
	}
	for _, p := range []string{"/feeds/nowhere.atom", "/feeds/a/b.atom", "/feeds/events.rss"} {
		if r, _ := get(t, srv.URL+p); r.StatusCode != 404 {
			t.Errorf("%s: %s", p, r.Status)
		}
	}
	addAlert(t, st, "cauca", "admin1=Cauca", "", "")
	if r, _ := get(t, srv.URL+"/feeds/cauca.atom?country=Nepal"); r.StatusCode != 400 {
		t.Errorf("an alert's feed with filters: %s", r.Status)
	}
}

// FuzzFeedQuery: whatever the query, the feed answers 200 with an Atom
// document or a 4xx, never a failure of the server.
func FuzzFeedQuery(f *testing.F) {
	st := open(f, filepath.Join(f.TempDir(), "a.db"))
	report(f, st, "c000000000000001", incident("IQ1", "2026-05-01", "Iraq", "IQ", "Nineveh", "An attack near Mosul.", 3))
	h := &Feeds{Store: st}
	for _, s := range []string{"", "country=IQ", "q=attack", "bbox=1,2,3,4", "from=2026-13-01", "q=%00", "limit=0", "contested=toll&no_background=true"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		req := httptest.NewRequestWithContext(context.Background(), http.MethodGet, "/feeds/events.atom", nil)
		req.URL.RawQuery = raw
		if _, err := url.ParseQuery(raw); err != nil {
			req.URL.RawQuery = url.QueryEscape(raw)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch {
		case rec.Code == 200:
			var doc parsedFeed
			if err := xml.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
				t.Fatalf("%q: 200 but not XML: %v", raw, err)
			}
		case rec.Code >= 400 && rec.Code < 500:
		default:
			t.Fatalf("%q: %d %s", raw, rec.Code, rec.Body)
		}
	})
}

// BenchmarkFeed reads a country's feed (its newest FeedEntries events)
// from a store of benchEvents events in eight countries.
func BenchmarkFeed(b *testing.B) {
	st := open(b, filepath.Join(b.TempDir(), "a.db"))
	countries := []struct{ name, iso string }{{"Mali", "ML"}, {"Peru", "PE"}, {"Nepal", "NP"}, {"Yemen", "YE"},
		{"Tajikistan", "TJ"}, {"Colombia", "CO"}, {"Iraq", "IQ"}, {"Niger", "NE"}}
	for a := range benchEvents / 1000 {
		var evs []event.Event
		for i := range 1000 {
			c := countries[(a*1000+i)%len(countries)]
			day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (a*1000+i)/40)
			evs = append(evs, incident(fmt.Sprintf("E%07d", a*1000+i), day.Format("2006-01-02"), c.name, c.iso, "Province", "A clash.", i%4))
		}
		report(b, st, fmt.Sprintf("d%015d", a), evs...)
	}
	h := &Feeds{Store: st}
	b.ResetTimer()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/feeds/events.atom?country=TJ&min_fatalities=1", nil))
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

// benchEvents is the size of BenchmarkFeed's store.
const benchEvents = 20_000

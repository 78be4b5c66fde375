package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// TestLongQueryRefused: a q past the limits is a 400 naming the limit on
// every endpoint that takes q. Before, /api/events answered 500 and the
// exports an empty 200.
func TestLongQueryRefused(t *testing.T) {
	s, _ := fixture(t, "")
	words := url.QueryEscape(strings.TrimSpace(strings.Repeat("convoy ", 450)))
	long := url.QueryEscape(strings.Repeat("x", store.MaxQueryBytes+1))
	for _, target := range []string{
		"/api/events?q=" + words,
		"/api/events?q=" + long,
		"/api/export.csv?q=" + words,
		"/api/export.geojson?q=" + words,
		"/api/export.jsonl?q=" + long,
	} {
		rec := do(t, s, "GET", target, nil)
		var body struct{ Error string }
		if rec.Code != http.StatusBadRequest || decode(rec, &body) != nil || !strings.Contains(body.Error, "MaxQuery") {
			t.Errorf("%.40s…: %d %s", target, rec.Code, rec.Body)
		}
	}
	// At the limit, a search runs.
	ok := url.QueryEscape(strings.TrimSpace(strings.Repeat("killed ", store.MaxQueryWords)))
	if rec := do(t, s, "GET", "/api/events?q="+ok, nil); rec.Code != 200 {
		t.Errorf("q of MaxQueryWords words: %d %s", rec.Code, rec.Body)
	}
}

// pagedStore serves ListEvents from fake pages, then fails with err.
type pagedStore struct {
	store.Store
	pages int // full pages served before failing
	err   error
	calls int
}

func (p *pagedStore) ListEvents(ctx context.Context, f store.EventFilter) ([]event.Event, error) {
	p.calls++
	if p.calls > p.pages {
		return nil, p.err
	}
	evs := make([]event.Event, f.Limit)
	for i := range evs {
		evs[i] = event.Event{ID: fmt.Sprintf("P%d-%05d", p.calls, i), EventDate: "2022-03-01", Country: "Niger", Latitude: 13.5, Longitude: 2.1}
	}
	return evs, nil
}

// TestExportErrorBeforeWriting: a query that fails at once gets an error
// status and a JSON message, never an empty 200.
func TestExportErrorBeforeWriting(t *testing.T) {
	_, st := fixture(t, "")
	for _, tc := range []struct {
		err  error
		want int
	}{
		{errors.New("disk I/O error"), http.StatusInternalServerError},
		{fmt.Errorf("list events: %w", context.DeadlineExceeded), http.StatusServiceUnavailable},
	} {
		s, err := New(Config{Store: &pagedStore{Store: st, err: tc.err}})
		if err != nil {
			t.Fatal(err)
		}
		for format := range Formats {
			rec := do(t, s, "GET", "/api/export."+format, nil)
			var body struct{ Error string }
			if rec.Code != tc.want || decode(rec, &body) != nil || body.Error == "" || rec.Header().Get("Content-Disposition") != "" {
				t.Errorf("%s, %v: %d %v %s", format, tc.err, rec.Code, rec.Header(), rec.Body)
			}
		}
	}
}

// TestExportErrorMidway: a query that fails after the first page breaks
// the transfer off, which the client sees as an error.
func TestExportErrorMidway(t *testing.T) {
	_, st := fixture(t, "")
	for format := range Formats {
		s, err := New(Config{Store: &pagedStore{Store: st, pages: 1, err: errors.New("disk I/O error")}})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(s)
		resp, err := http.Get(srv.URL + "/api/export." + format)
		if err != nil {
			srv.Close()
			t.Fatal(err)
		}
		_, err = io.ReadAll(resp.Body)
		resp.Body.Close()
		srv.Close()
		if err == nil {
			t.Errorf("%s: a broken export read as complete (status %d)", format, resp.StatusCode)
		}
	}
}

// TestBadRequestsAre4xx: bad input is the client's fault, told in one
// short line; it was 500 for the static paths and text with NUL.
func TestBadRequestsAre4xx(t *testing.T) {
	s, _ := fixture(t, testToken)
	post := func(body string) *httptest.ResponseRecorder {
		return do(t, s, "POST", "/api/articles", strings.NewReader(body), "Authorization", "Bearer "+testToken, "Content-Type", "application/json")
	}
	for _, tc := range []struct {
		name string
		rec  *httptest.ResponseRecorder
		want int
		says string
	}{
		{"NUL in text", post(`{"text":"Gunmen killed 4 herders near Menaka.\u0000"}`), 400, "U+0000"},
		{"bell in title", post(`{"text":"Clashes in Arauca.","title":"a\u0007b"}`), 400, "title has a control character"},
		{"long URL cut", post(`{"url":"ftp://` + strings.Repeat("a", 100000) + `"}`), 400, "…"},
		{"overlong dots", do(t, s, "GET", "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", nil), 404, ""},
		{"bad UTF-8", do(t, s, "GET", "/static/%ff%fe", nil), 404, ""},
		{"dot dot", do(t, s, "GET", "/static/..%2f..%2fetc%2fpasswd", nil), 404, ""},
		{"long value cut", do(t, s, "GET", "/api/events?from="+strings.Repeat("9", 100000), nil), 400, "…"},
		{"long name cut", do(t, s, "GET", "/api/events?"+strings.Repeat("k", 100000)+"=1", nil), 400, "…"},
	} {
		if tc.rec.Code != tc.want || !strings.Contains(tc.rec.Body.String(), tc.says) {
			t.Errorf("%s: %d %.200s", tc.name, tc.rec.Code, tc.rec.Body)
		}
		if n := tc.rec.Body.Len(); n > 2*maxErrorRunes {
			t.Errorf("%s: an answer of %d bytes", tc.name, n)
		}
	}
	// Tabs and line breaks are text.
	if rec := post(`{"text":"Protesters marched\tin Dhaka.\r\nPolice used tear gas."}`); rec.Code >= 400 {
		t.Errorf("text with tabs and breaks: %d %s", rec.Code, rec.Body)
	}
}

// FuzzParsePost: whatever the body, parsePost either refuses it with a
// 4xx requestError or returns a request the handler can run: text
// without control characters in a known format, or an http(s) URL.
func FuzzParsePost(f *testing.F) {
	for _, seed := range []string{
		`{"text":"Security forces clashed with smugglers near Herat.","title":"Clash","published":"2024-02-11","source":"Wire"}`,
		`{"text":"<p>Strike on a depot in Hodeidah</p>","format":"html"}`,
		`{"url":"https://news.example.org/sahel/ambush"}`,
		`{"text":"a\u0000b"}`, `{"text":"x","url":"https://example.org"}`, `{"text":"x","format":"pdf"}`,
		`{"text":"x","published":"yesterday"}`, `{"extra":1}`, `[]`, `{"text":"x"} trailing`, ``, `{"url":"javascript:alert(1)"}`,
	} {
		f.Add([]byte(seed))
	}
	const max = 1 << 12
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(string(body)))
		p, err := parsePost(http.MaxBytesReader(httptest.NewRecorder(), req.Body, max), max)
		if err != nil {
			var re *requestError
			if !errors.As(err, &re) || re.status < 400 || re.status > 499 || re.msg == "" || len(re.msg) > 2*maxErrorRunes {
				t.Fatalf("refusal %#v", err)
			}
			return
		}
		if p.url != nil {
			if p.url.Scheme != "http" && p.url.Scheme != "https" || p.url.Host == "" || strings.TrimSpace(p.in.Text) != "" {
				t.Fatalf("accepted URL %q with text %q", p.url, p.in.Text)
			}
			return
		}
		if strings.TrimSpace(p.in.Text) == "" {
			t.Fatal("accepted neither text nor URL")
		}
		if c, _, ok := controlChar(p.in.Text + p.in.Title + p.in.Source); ok {
			t.Fatalf("accepted control character %U", c)
		}
		if p.in.Format != "" && p.in.Format != "text" && p.in.Format != "html" {
			t.Fatalf("accepted format %q", p.in.Format)
		}
	})
}

// TestDocumentedQueryLimits: the limits openapi.json states are the
// store's.
func TestDocumentedQueryLimits(t *testing.T) {
	var doc struct {
		Components struct {
			Parameters map[string]struct {
				Description string
				Schema      struct{ MaxLength int }
			}
		}
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	q := doc.Components.Parameters["q"]
	if q.Schema.MaxLength != store.MaxQueryBytes || !strings.Contains(q.Description, fmt.Sprintf("At most %d words and %d bytes", store.MaxQueryWords, store.MaxQueryBytes)) {
		t.Errorf("openapi.json's q: %+v; the store's limits: %d words, %d bytes", q, store.MaxQueryWords, store.MaxQueryBytes)
	}
}

package api

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/web"
)

const testToken = "s3cret-token"

// fixture stores two articles and four events and returns a server over
// them whose POST pipeline codes one event per posted article.
func fixture(t *testing.T, token string) (*Server, store.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, a := range []*store.Article{
		{ID: "a000000000000001", Origin: "/srv/in/a.txt", Outlet: "Khovar", Title: "Clash", Text: "Body one", Language: "ru", Published: time.Date(2021, 6, 28, 0, 0, 0, 0, time.UTC)},
		{ID: "b000000000000002", Origin: "b.txt", Outlet: "RFE/RL", Title: "Raid", Text: "Body two", Language: "en", Published: time.Date(2019, 11, 8, 0, 0, 0, 0, time.UTC)},
	} {
		if _, err := st.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	mk := func(id, date, country, iso, admin1, typ, actor string, fat int, lat, lon float64, contested []string, quote string) event.Event {
		sub := map[string]string{"Battles": event.ArmedClash}[typ]
		return event.Event{ID: id, EventDate: date, TimePrecision: 1, EventType: typ, SubEventType: sub, Actor1: actor, Country: country, ISO: iso, Admin1: admin1,
			Latitude: lat, Longitude: lon, Fatalities: fat, FatalitiesLow: fat, FatalitiesHigh: fat, Contested: contested, Notes: "Notes of " + id,
			Claims: []event.Claim{{Kind: event.Killed, Count: fat, AttributedTo: "police", Quote: quote}}}
	}
	if err := st.ReplaceArticleEvents(ctx, "a000000000000001", []event.Event{
		mk("AF1", "2021-06-27", "Afghanistan", "AF", "Takhar", "Battles", "Taliban", 12, 36.7, 69.5, []string{"toll"}, "Twelve soldiers were killed near Taloqan."),
		mk("AF2", "2021-06-20", "Afghanistan", "AF", "Kunduz", "Explosions/Remote violence", "Unidentified Armed Group", 3, 36.7, 68.9, nil, "Three died in the blast."),
		mk("XX1", "2021-06-01", "", "", "", "Strategic developments", "Taliban", 0, 0, 0, nil, "Nothing."),
	}, nil); err != nil {
		t.Fatal(err)
	}
	if err := st.ReplaceArticleEvents(ctx, "b000000000000002", []event.Event{
		mk("TJ1", "2019-11-06", "Tajikistan", "TJ", "Dushanbe", "Battles", "Islamic State", 32, 38.5, 68.8, nil, "Seventeen attackers were killed."),
	}, nil); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{
		Store: st, Token: token, Static: web.Static(),
		Pipeline: func() (*ingest.Pipeline, error) {
			return &ingest.Pipeline{Store: st, Extract: func(a *store.Article) []event.Event {
				return []event.Event{{EventDate: "2026-03-09", EventType: "Battles", Country: "Afghanistan", ISO: "AF",
					Claims: []event.Claim{{Kind: event.Killed, Count: 5, Quote: strings.SplitN(a.Text, "\n", 2)[0]}}}}
			}}, nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

func do(t *testing.T, s http.Handler, method, target string, body io.Reader, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec
}

func TestListArticles(t *testing.T) {
	s, _ := fixture(t, "")
	for _, tc := range []struct{ query, want string }{
		{"", "a000000000000001 b000000000000002"},
		{"language=ru", "a000000000000001"},
		{"from=2021-06-28&to=2021-06-28", "a000000000000001"},
		{"to=2020-01-01", "b000000000000002"},
		{"outlet=rfe", "b000000000000002"},
		{"limit=1&offset=1", "b000000000000002"},
	} {
		rec := do(t, s, "GET", "/api/articles?"+tc.query, nil)
		var page ArticlePage
		if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &page) != nil {
			t.Errorf("%s: %d %s", tc.query, rec.Code, rec.Body)
			continue
		}
		var ids []string
		for _, a := range page.Articles {
			ids = append(ids, a.ID)
			if a.Text != "" || strings.Contains(a.Origin, "/srv/") {
				t.Errorf("%s: listed with its text or a server path: %+v", tc.query, a)
			}
		}
		if got := strings.Join(ids, " "); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.query, got, tc.want)
		}
	}
	// The event filters are no article filters, and the answer says which are.
	rec := do(t, s, "GET", "/api/articles?country=Tajikistan", nil)
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), `unknown filter \"country\": articles take from, to, outlet, language, limit, offset`) {
		t.Errorf("articles?country: %d %s", rec.Code, rec.Body)
	}
}

// TestDocumentedFilters: openapi.json documents every filter of package
// filter for /api/events and /api/articles, and no other.
func TestDocumentedFilters(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Ref  string `json:"$ref"`
				Name string `json:"name"`
			} `json:"parameters"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	for path, scope := range map[string]filter.Scope{"/api/events": filter.ForEvents, "/api/articles": filter.ForArticles} {
		var got []string
		for _, p := range doc.Paths[path]["get"].Parameters {
			name := p.Name
			if p.Ref != "" {
				name = p.Ref[strings.LastIndex(p.Ref, "/")+1:]
			}
			got = append(got, name)
		}
		sort.Strings(got)
		want := filter.Names(scope)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("GET %s documents %v; the filters are %v", path, got, want)
		}
	}
}

func TestEventsFilters(t *testing.T) {
	s, _ := fixture(t, "")
	for _, tc := range []struct{ query, want string }{
		{"", "AF1 AF2 XX1 TJ1"},
		{"from=2021-06-20&to=2021-06-27", "AF1 AF2"},
		{"country=afghanistan", "AF1 AF2"},
		{"country=TJ", "TJ1"},
		{"admin1=kunduz", "AF2"},
		{"event_type=battles", "AF1 TJ1"},
		{"type=Battles&country=AF", "AF1"},
		{"actor=taliban", "AF1 XX1"},
		{"min_fatalities=10", "AF1 TJ1"},
		{"bbox=69,36,70,37", "AF1"},
		{"bbox=-1,-1,1,1", ""},
		{"q=taloqan", "AF1"},
		{"q=notes+of+tj1", "TJ1"},
		{"outlet=rfe", "TJ1"},
		{"contested=true", "AF1"},
		{"contested=false", "AF2 XX1 TJ1"},
		{"contested=toll", "AF1"},
		{"limit=2", "AF1 AF2"},
		{"limit=2&offset=2", "XX1 TJ1"},
		{"offset=10", ""},
		{"language=ru", "AF1 AF2 XX1"},
		{"language=EN&country=tj", "TJ1"},
		{"sub_event_type=armed+clash", "AF1 TJ1"},
	} {
		rec := do(t, s, "GET", "/api/events?"+tc.query, nil)
		var page EventPage
		if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &page) != nil {
			t.Errorf("%s: %d %s", tc.query, rec.Code, rec.Body)
			continue
		}
		var ids []string
		for _, e := range page.Events {
			ids = append(ids, e.ID)
		}
		if got := strings.Join(ids, " "); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.query, got, tc.want)
		}
		wantTotal := len(strings.Fields(tc.want))
		if strings.Contains(tc.query, "limit=2") || strings.Contains(tc.query, "offset=") {
			wantTotal = 4
		}
		if page.Total != wantTotal {
			t.Errorf("%s: total %d, want %d", tc.query, page.Total, wantTotal)
		}
		if page.Events == nil {
			t.Errorf("%s: events is null, want []", tc.query)
		}
	}
}

func TestEventsBadParams(t *testing.T) {
	s, _ := fixture(t, "")
	for _, q := range []string{"from=2021-13-01", "to=soon", "from=2021-06-02&to=2021-06-01", "min_fatalities=-1", "bbox=1,2,3",
		"bbox=10,0,5,1", "bbox=0,0,200,1", "contested=maybe", "limit=0", "limit=x", "offset=-3", "colour=red", "no_background=perhaps"} {
		rec := do(t, s, "GET", "/api/events?"+q, nil)
		var e map[string]string
		if rec.Code != 400 || json.Unmarshal(rec.Body.Bytes(), &e) != nil || e["error"] == "" {
			t.Errorf("%s: %d %s", q, rec.Code, rec.Body)
		}
	}
	// The page size is capped.
	rec := do(t, s, "GET", "/api/events?limit=5000", nil)
	var page EventPage
	json.Unmarshal(rec.Body.Bytes(), &page)
	if rec.Code != 200 || page.Limit != MaxLimit {
		t.Errorf("limit=5000: %d limit %d", rec.Code, page.Limit)
	}
}

func TestGetOne(t *testing.T) {
	s, _ := fixture(t, "")
	rec := do(t, s, "GET", "/api/events/AF1", nil)
	var e event.Event
	if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &e) != nil || e.ID != "AF1" || len(e.Claims) != 1 || e.Claims[0].Quote == "" {
		t.Errorf("event: %d %s", rec.Code, rec.Body)
	}
	if rec := do(t, s, "GET", "/api/events/NOPE", nil); rec.Code != 404 {
		t.Errorf("missing event: %d", rec.Code)
	}
	if rec := do(t, s, "GET", "/api/events/AF", nil); rec.Code != 400 {
		t.Errorf("ambiguous prefix: %d %s", rec.Code, rec.Body)
	}
	rec = do(t, s, "GET", "/api/articles/a0000000", nil)
	var a Article
	if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &a) != nil || a.Text != "Body one" || a.Outlet != "Khovar" || len(a.Events) != 3 {
		t.Errorf("article: %d %s", rec.Code, rec.Body)
	}
	if a.Origin != "a.txt" {
		t.Errorf("article origin %q", a.Origin)
	}
	for _, p := range []string{"/api/articles/ffff", "/api/articles/zz", "/api/nothing", "/api/events/AF1/extra"} {
		if rec := do(t, s, "GET", p, nil); rec.Code != 404 || !strings.Contains(rec.Header().Get("Content-Type"), "json") {
			t.Errorf("%s: %d %s", p, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	if rec := do(t, s, "DELETE", "/api/events/AF1", nil); rec.Code != 405 {
		t.Errorf("DELETE: %d", rec.Code)
	}
	if rec := do(t, s, "GET", "/healthz", nil); rec.Code != 200 {
		t.Errorf("healthz: %d", rec.Code)
	}
	rec = do(t, s, "GET", "/api/openapi.json", nil)
	var doc map[string]any
	if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &doc) != nil || doc["openapi"] != "3.0.3" {
		t.Errorf("openapi: %d", rec.Code)
	}
	paths, _ := doc["paths"].(map[string]any)
	for _, p := range []string{"/api/events", "/api/events/{id}", "/api/articles/{id}", "/api/articles", "/healthz", "/api/export.csv", "/api/export.geojson", "/api/export.jsonl"} {
		if paths[p] == nil {
			t.Errorf("openapi lacks %s", p)
		}
	}
}

// TestArticleOriginNotAPath: the API names a local file, never where it
// lies on the server.
func TestArticleOriginNotAPath(t *testing.T) {
	s, st := fixture(t, "")
	dir := filepath.Join(t.TempDir(), "private", "batch")
	for _, tc := range []struct{ id, origin, want string }{
		{"d000000000000004", filepath.Join(dir, "bamako.txt"), "bamako.txt"},
		{"d000000000000005", filepath.Join(dir, "feed.xml") + "#tag:wire/2026/77", "feed.xml#tag:wire/2026/77"},
		{"d000000000000006", "https://news.example/sahel/77", "https://news.example/sahel/77"},
	} {
		if _, err := st.PutArticle(context.Background(), &store.Article{ID: tc.id, Origin: tc.origin, Text: "Body " + tc.id}); err != nil {
			t.Fatal(err)
		}
		rec := do(t, s, "GET", "/api/articles/"+tc.id, nil)
		var a Article
		if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &a) != nil || a.Origin != tc.want || strings.Contains(rec.Body.String(), "private") {
			t.Errorf("%s: %d origin %q, want %q", tc.origin, rec.Code, a.Origin, tc.want)
		}
	}
}

func TestHeadersAndPage(t *testing.T) {
	s, _ := fixture(t, "")
	rec := do(t, s, "GET", "/", nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "/static/app.js") {
		t.Fatalf("page: %d", rec.Code)
	}
	csp := rec.Header().Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "img-src 'self' data:;") || strings.Contains(csp, "unsafe") {
		t.Errorf("CSP %q", csp)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}
	// No inline script or style in the page.
	body := rec.Body.String()
	if strings.Contains(body, "<script>") || strings.Contains(body, "<style") || strings.Contains(body, "style=") || strings.Contains(body, " on") && strings.Contains(body, "onclick") {
		t.Error("inline script or style in index.html")
	}
	for p, ct := range map[string]string{"/static/app.js": "javascript", "/static/app.css": "text/css", "/static/vendor/leaflet.js": "javascript", "/static/vendor/countries-110m.json": "json"} {
		if rec := do(t, s, "GET", p, nil); rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Type"), ct) {
			t.Errorf("%s: %d %s", p, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	// --tiles adds that host, and only it, to img-src.
	st := s.cfg.Store
	s2, err := New(Config{Store: st, Tiles: "https://{s}.tile.example.org/{z}/{x}/{y}.png"})
	if err != nil {
		t.Fatal(err)
	}
	if csp := do(t, s2, "GET", "/healthz", nil).Header().Get("Content-Security-Policy"); !strings.Contains(csp, "img-src 'self' data: https://*.tile.example.org;") {
		t.Errorf("tiles CSP %q", csp)
	}
	for _, bad := range []string{"javascript:alert(1)", "https://x.org'; script-src *", "ftp://x.org/{z}"} {
		if _, err := New(Config{Store: st, Tiles: bad}); err == nil {
			t.Errorf("tiles %q accepted", bad)
		}
	}
}

func TestPostToken(t *testing.T) {
	body := `{"text":"Five police officers were killed in Kunduz, police said.","published":"2026-03-10","source":"Wire"}`
	json := "application/json"

	// No token configured: POST is disabled, whatever is sent.
	s, _ := fixture(t, "")
	if rec := do(t, s, "POST", "/api/articles", strings.NewReader(body), "Content-Type", json, "Authorization", "Bearer "+testToken); rec.Code != 403 {
		t.Errorf("no server token: %d", rec.Code)
	}

	s, _ = fixture(t, testToken)
	for name, auth := range map[string]string{"none": "", "wrong": "Bearer nope", "prefix": "Bearer " + testToken[:5], "scheme": "Basic " + testToken, "longer": "Bearer " + testToken + "x"} {
		rec := do(t, s, "POST", "/api/articles", strings.NewReader(body), "Content-Type", json, "Authorization", auth)
		if rec.Code != 401 || rec.Header().Get("WWW-Authenticate") == "" {
			t.Errorf("%s token: %d", name, rec.Code)
		}
	}
	rec := do(t, s, "POST", "/api/articles", strings.NewReader(body), "Content-Type", json, "Authorization", "Bearer "+testToken)
	var res PostResult
	if rec.Code != 201 || decode(rec, &res) != nil || !res.New || len(res.ID) != 16 || len(res.Events) != 1 || res.Events[0].Claims[0].Count != 5 {
		t.Fatalf("right token: %d %s", rec.Code, rec.Body)
	}
	// The event is now listed, and posting the same text again is known.
	if rec := do(t, s, "GET", "/api/events?from=2026-01-01", nil); !strings.Contains(rec.Body.String(), res.Events[0].ID) {
		t.Errorf("posted event not listed: %s", rec.Body)
	}
	rec = do(t, s, "POST", "/api/articles", strings.NewReader(body), "Content-Type", json, "Authorization", "bearer "+testToken)
	if rec.Code != 200 || decode(rec, &res) != nil || res.New {
		t.Errorf("again: %d %s", rec.Code, rec.Body)
	}
	for name, tc := range map[string]struct {
		body, ct string
		code     int
	}{
		"not json":       {body, "text/plain", 415},
		"bad json":       {"{", json, 400},
		"unknown field":  {`{"text":"x","colour":1}`, json, 400},
		"neither":        {`{"title":"x"}`, json, 400},
		"both":           {`{"text":"x","url":"https://example.org"}`, json, 400},
		"bad date":       {`{"text":"x","published":"someday"}`, json, 400},
		"bad url":        {`{"url":"file:///etc/passwd"}`, json, 400},
		"private url":    {`{"url":"http://127.0.0.1:1/"}`, json, 502},
		"bad format":     {`{"text":"x","format":"pdf"}`, json, 400},
		"too big":        {`{"text":"` + strings.Repeat("a", DefaultMaxBody) + `"}`, json, 413},
		"trailing bytes": {`{"text":"x"}` + strings.Repeat(" ", DefaultMaxBody), json, 413},
	} {
		rec := do(t, s, "POST", "/api/articles", strings.NewReader(tc.body), "Content-Type", tc.ct, "Authorization", "Bearer "+testToken)
		if rec.Code != tc.code {
			t.Errorf("%s: %d, want %d: %.200s", name, rec.Code, tc.code, rec.Body)
		}
	}
}

// TestPostControlCharacters: text with control characters is the client's
// fault, refused with a 4xx that names the character (never a 500), and
// HTML with no text is refused as unprocessable (422).
func TestPostControlCharacters(t *testing.T) {
	s, _ := fixture(t, testToken)
	post := func(body string) *httptest.ResponseRecorder {
		return do(t, s, "POST", "/api/articles", strings.NewReader(body), "Content-Type", "application/json", "Authorization", "Bearer "+testToken)
	}
	for name, tc := range map[string]struct {
		body string
		code int
	}{
		"a few controls":  {`{"text":"Two soldiers were wounded\u0000 near Tillab\u00e9ri\u0007 on Sunday.","published":"2026-03-10"}`, 400},
		"mostly controls": {`{"text":"` + strings.Repeat(`\u0001\u0002 ok`, 50) + `"}`, 400},
		"nul bytes":       {`{"text":"` + strings.Repeat(`\u0000`, 40) + `Kabul"}`, 400},
		"html, no text":   {`{"text":"<html><body><div></div></body></html>","format":"html"}`, 422},
	} {
		rec := post(tc.body)
		if rec.Code != tc.code || strings.Contains(rec.Body.String(), "internal") {
			t.Errorf("%s: %d %s, want %d", name, rec.Code, rec.Body, tc.code)
		}
	}
}

func decode(rec *httptest.ResponseRecorder, v any) error {
	return json.Unmarshal(rec.Body.Bytes(), v)
}

func TestExports(t *testing.T) {
	s, _ := fixture(t, "")
	rec := do(t, s, "GET", "/api/export.csv?country=AF", nil)
	rows, err := csv.NewReader(rec.Body).ReadAll()
	if rec.Code != 200 || err != nil || len(rows) != 3 {
		t.Fatalf("csv: %d %v %d rows", rec.Code, err, len(rows))
	}
	// ACLED's columns, in ACLED's order, come first.
	acled := []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
		"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
		"iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
		"source", "source_scale", "notes", "fatalities", "tags", "timestamp"}
	if strings.Join(rows[0][:len(acled)], ",") != strings.Join(acled, ",") {
		t.Errorf("CSV header %v", rows[0])
	}
	if !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") || !strings.Contains(rec.Header().Get("Content-Disposition"), "attachment") {
		t.Errorf("csv headers %v", rec.Header())
	}
	if rows[1][0] != "AF1" || rows[2][0] != "AF2" {
		t.Errorf("csv rows %v", rows[1:])
	}

	rec = do(t, s, "GET", "/api/export.geojson", nil)
	checkGeoJSON(t, rec.Body.Bytes(), 3, 1)

	rec = do(t, s, "GET", "/api/export.jsonl?min_fatalities=10", nil)
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if rec.Code != 200 || len(lines) != 2 {
		t.Fatalf("jsonl: %d %s", rec.Code, rec.Body)
	}
	for _, l := range lines {
		var e event.Event
		if err := json.Unmarshal([]byte(l), &e); err != nil || e.Fatalities < 10 || len(e.Claims) == 0 {
			t.Errorf("jsonl line %s: %v", l, err)
		}
	}
	if rec := do(t, s, "GET", "/api/export.csv?bbox=x", nil); rec.Code != 400 {
		t.Errorf("bad filter: %d", rec.Code)
	}
}

// checkGeoJSON validates a FeatureCollection of Points structurally.
func checkGeoJSON(t *testing.T, data []byte, features, skipped int) {
	t.Helper()
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			Geometry struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
		Skipped int `json:"skipped_without_coordinates"`
	}
	if err := json.Unmarshal(data, &fc); err != nil {
		t.Fatalf("geojson: %v\n%s", err, data)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != features || fc.Skipped != skipped {
		t.Fatalf("geojson: type %q, %d features, %d skipped", fc.Type, len(fc.Features), fc.Skipped)
	}
	for _, f := range fc.Features {
		c := f.Geometry.Coordinates
		if f.Type != "Feature" || f.Geometry.Type != "Point" || len(c) != 2 || c[0] < -180 || c[0] > 180 || c[1] < -90 || c[1] > 90 {
			t.Errorf("feature %+v", f)
			continue
		}
		// [lon, lat], not [lat, lon].
		if c[0] != f.Properties["longitude"] || c[1] != f.Properties["latitude"] {
			t.Errorf("coordinates %v vs properties lat %v lon %v", c, f.Properties["latitude"], f.Properties["longitude"])
		}
	}
}

// TestExportPagesByKey exports more events than one page holds, with
// many on one date, and gets each exactly once.
func TestExportPagesByKey(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "many.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.PutArticle(ctx, &store.Article{ID: "c000000000000003", Origin: "c", Text: "c"})
	var evs []event.Event
	n := exportPage*2 + 7
	for i := 0; i < n; i++ {
		evs = append(evs, event.Event{ID: fmt.Sprintf("E%05d", i), EventDate: []string{"2021-01-01", "2021-01-02", "2021-01-03"}[i%3], Country: "Afghanistan", Latitude: 36, Longitude: 69})
	}
	if err := st.ReplaceArticleEvents(ctx, "c000000000000003", evs, nil); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	stats, err := Export(ctx, st, store.EventFilter{}, "jsonl", &buf)
	if err != nil || stats.Events != n {
		t.Fatalf("exported %d of %d: %v", stats.Events, n, err)
	}
	seen := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var e event.Event
		json.Unmarshal([]byte(l), &e)
		if seen[e.ID] {
			t.Fatalf("%s twice", e.ID)
		}
		seen[e.ID] = true
	}
	buf.Reset()
	if stats, err := Export(ctx, st, store.EventFilter{Limit: 1500}, "geojson", &buf); err != nil || stats.Events != 1500 {
		t.Errorf("limited: %+v %v", stats, err)
	}
	checkGeoJSON(t, buf.Bytes(), 1500, 0)
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Export(cctx, st, store.EventFilter{}, "csv", io.Discard); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled export: %v", err)
	}
}

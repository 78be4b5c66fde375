package mcp

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/store"
)

const testToken = "mcp-test-token"

// fixture stores three articles and five events from the Sahel, South
// Asia, the Middle East, Latin America and Central Asia, and one watched
// source. Its pipeline codes one battle in Kyrgyzstan from each ingested
// article, its quote the article's first line.
func fixture(t testing.TB) Config {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "mcp.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	long := strings.Repeat("Herders and farmers met in Mopti to talk about the wells. ", 2000) + "é"
	for _, a := range []*store.Article{
		{ID: "c100000000000001", Origin: "/srv/desk/sahel.txt", Outlet: "Sahel Monitor", Title: "Ambush near Djibo", Text: long, Published: day("2024-04-03")},
		{ID: "d200000000000002", Origin: "https://news.example.org/andes", Outlet: "Andes Wire", Title: "Clash in Cauca", Text: "Soldiers and a dissident column fought in Cauca.", Published: day("2023-09-15")},
		{ID: "e300000000000003", Origin: "https://news.example.org/gulf", Outlet: "Gulf Desk", Title: "Strike on Hodeidah", Text: "A drone strike hit the port.", Published: day("2024-01-20")},
	} {
		if _, err := st.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	mk := func(id, date, country, iso, admin1, typ, actor string, fat int, lat, lon float64, contested []string, quote string) event.Event {
		return event.Event{ID: id, EventDate: date, TimePrecision: 1, EventType: typ, Actor1: actor, Country: country, ISO: iso, Admin1: admin1,
			Latitude: lat, Longitude: lon, Fatalities: fat, FatalitiesLow: fat, FatalitiesHigh: fat, Contested: contested, Notes: "Notes on " + id,
			Claims: []event.Claim{{Kind: event.Killed, Count: fat, AttributedTo: "a local official", Quote: quote}}}
	}
	for art, evs := range map[string][]event.Event{
		"c100000000000001": {
			mk("BF1", "2024-04-02", "Burkina Faso", "BF", "Sahel", "Battles", "JNIM", 14, 14.1, -1.6, []string{"toll"}, "Fourteen volunteers died in the ambush near Djibo."),
			mk("ML1", "2024-03-28", "Mali", "ML", "Mopti", "Violence against civilians", "Dozo militia", 6, 14.5, -4.2, nil, "Six villagers were killed at the market."),
		},
		"d200000000000002": {
			mk("CO1", "2023-09-14", "Colombia", "CO", "Cauca", "Battles", "FARC dissidents", 4, 2.4, -76.6, []string{"denied"}, "Four fighters were killed, the army said."),
		},
		"e300000000000003": {
			mk("YE1", "2024-01-19", "Yemen", "YE", "Al Hudaydah", "Explosions/Remote violence", "Ansar Allah", 2, 14.8, 42.9, nil, "Two dock workers died in the drone strike."),
			mk("PK1", "2024-01-05", "Pakistan", "PK", "Balochistan", "Battles", "BLA", 0, 30.2, 67.0, nil, "Nobody was hurt in the firefight near Quetta."),
		},
	} {
		if err := st.ReplaceArticleEvents(ctx, art, evs, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.AddSource(ctx, &store.Source{URL: "https://feeds.example.kg/news.xml", Name: "bishkek-desk", Every: 30 * time.Minute, Added: day("2024-02-01")}); err != nil {
		t.Fatal(err)
	}
	return Config{Store: st, Pipeline: func() (*ingest.Pipeline, error) {
		return &ingest.Pipeline{Store: st, Extract: func(a *store.Article) []event.Event {
			return []event.Event{{EventDate: "2024-05-11", EventType: "Battles", Country: "Kyrgyzstan", ISO: "KG", Admin1: "Batken",
				Claims: []event.Claim{{Kind: event.Killed, Count: 3, Quote: strings.SplitN(a.Text, "\n", 2)[0]}}}}
		}}, nil
	}}
}

// connect opens a client session on an in-memory connection to a server
// made with cfg.
func connect(t *testing.T, cfg Config) *sdk.ClientSession {
	t.Helper()
	ctx := context.Background()
	ct, st := sdk.NewInMemoryTransports()
	ss, err := New(cfg).Connect(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ss.Close() })
	return connectClient(t, ct)
}

func connectClient(t *testing.T, tr sdk.Transport) *sdk.ClientSession {
	t.Helper()
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "sitrep-test", Version: "1"}, nil).Connect(context.Background(), tr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cs.Close() })
	return cs
}

// call calls a tool and returns its text and whether it is an error.
func call(t *testing.T, cs *sdk.ClientSession, name string, args any) (string, bool) {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &sdk.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var b strings.Builder
	for _, c := range res.Content {
		if tc, ok := c.(*sdk.TextContent); ok {
			b.WriteString(tc.Text)
		}
	}
	return b.String(), res.IsError
}

// callJSON calls a tool that must succeed and decodes its answer into out.
func callJSON(t *testing.T, cs *sdk.ClientSession, name string, args, out any) {
	t.Helper()
	text, isErr := call(t, cs, name, args)
	if isErr {
		t.Fatalf("%s(%v): error %s", name, args, text)
	}
	if err := json.Unmarshal([]byte(text), out); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, text)
	}
}

func toolNames(t *testing.T, cs *sdk.ClientSession) []string {
	t.Helper()
	res, err := cs.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tool := range res.Tools {
		names = append(names, tool.Name)
	}
	slices.Sort(names)
	return names
}

func eventIDs(evs []event.Event) []string {
	ids := []string{}
	for _, e := range evs {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestListTools(t *testing.T) {
	cfg := fixture(t)
	want := []string{"explain_event", "get_article", "get_event", "ingest_article", "list_sources", "search_events"}
	if got := toolNames(t, connect(t, cfg)); !reflect.DeepEqual(got, want) {
		t.Errorf("tools %q, want %q", got, want)
	}
	cfg.Pipeline = nil
	if got := toolNames(t, connect(t, cfg)); slices.Contains(got, "ingest_article") || len(got) != len(want)-1 {
		t.Errorf("without a pipeline: tools %q", got)
	}
}

func TestSearchEvents(t *testing.T) {
	cs := connect(t, fixture(t))
	for _, tc := range []struct {
		args      map[string]any
		wantIDs   []string
		wantTotal int
	}{
		{map[string]any{}, []string{"BF1", "ML1", "YE1", "PK1", "CO1"}, 5},
		{map[string]any{"country": "mali"}, []string{"ML1"}, 1},
		{map[string]any{"country": "CO"}, []string{"CO1"}, 1},
		{map[string]any{"event_type": "Battles", "min_fatalities": 1}, []string{"BF1", "CO1"}, 2},
		{map[string]any{"from": "2024-01-01", "to": "2024-01-31"}, []string{"YE1", "PK1"}, 2},
		{map[string]any{"bbox": "-10,10,0,20"}, []string{"BF1", "ML1"}, 2},
		{map[string]any{"q": "drone"}, []string{"YE1"}, 1},
		{map[string]any{"actor": "dozo"}, []string{"ML1"}, 1},
		{map[string]any{"admin1": "balochistan"}, []string{"PK1"}, 1},
		{map[string]any{"outlet": "andes"}, []string{"CO1"}, 1},
		{map[string]any{"contested": "true"}, []string{"BF1", "CO1"}, 2},
		{map[string]any{"contested": "denied"}, []string{"CO1"}, 1},
		{map[string]any{"limit": 2, "offset": 1}, []string{"ML1", "YE1"}, 5},
		{map[string]any{"offset": 9}, []string{}, 5},
	} {
		var res SearchResult
		callJSON(t, cs, "search_events", tc.args, &res)
		if got := eventIDs(res.Events); !reflect.DeepEqual(got, tc.wantIDs) || res.Total != tc.wantTotal {
			t.Errorf("search %v: %q of %d, want %q of %d", tc.args, got, res.Total, tc.wantIDs, tc.wantTotal)
		}
		for _, e := range res.Events {
			if e.Claims != nil || e.Denials != nil {
				t.Errorf("search %v: %s listed with its claims", tc.args, e.ID)
			}
		}
	}
}

// TestSearchRefusals: bad filters get the API's own messages.
func TestSearchRefusals(t *testing.T) {
	cs := connect(t, fixture(t))
	for _, tc := range []struct {
		args map[string]any
		want string
	}{
		{map[string]any{"from": "last week"}, `from must be a date YYYY-MM-DD (or RFC 3339), not "last week"`},
		{map[string]any{"from": "2024-03-01", "to": "2024-02-01"}, "from 2024-03-01 is after to 2024-02-01"},
		{map[string]any{"min_fatalities": -2}, `min_fatalities must be a whole number ≥ 0, not "-2"`},
		{map[string]any{"bbox": "1,2,3"}, "bbox must be minLon,minLat,maxLon,maxLat"},
		{map[string]any{"contested": "maybe"}, "contested must be true, false, toll, responsibility or denied"},
		{map[string]any{"event_type": "Skirmish"}, `event_type must be one of Battles, Explosions/Remote violence`},
		{map[string]any{"language": "Dari"}, `language must be a two-letter ISO 639-1 code`},
		{map[string]any{"country": 7}, "validating \"arguments\""},
	} {
		text, isErr := call(t, cs, "search_events", tc.args)
		if !isErr || !strings.Contains(text, tc.want) {
			t.Errorf("search %v: error %v %q, want %q", tc.args, isErr, text, tc.want)
		}
	}
}

// TestSearchInputNames: every argument of search_events is an event
// filter, so none is silently dropped, and every event filter is an
// argument, so an assistant can ask what the API and the CLI can.
func TestSearchInputNames(t *testing.T) {
	typ := reflect.TypeFor[SearchInput]()
	args := map[string]bool{}
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		args[name] = true
		if _, err := filter.Events(map[string][]string{name: {"1"}}); err != nil && strings.HasPrefix(err.Error(), "unknown filter") {
			t.Errorf("%s: %v", typ.Field(i).Name, err)
		}
	}
	for _, name := range filter.Names(filter.ForEvents) {
		if !args[name] {
			t.Errorf("filter %s is no argument of search_events", name)
		}
	}
}

func TestGetEventAndExplain(t *testing.T) {
	cs := connect(t, fixture(t))
	var e event.Event
	callJSON(t, cs, "get_event", map[string]any{"id": "ML"}, &e)
	if e.ID != "ML1" || len(e.Claims) != 1 || e.Claims[0].Quote != "Six villagers were killed at the market." || e.Claims[0].AttributedTo != "a local official" {
		t.Errorf("get_event ML: %+v", e)
	}
	for _, tc := range []struct{ tool, id, want string }{
		{"get_event", "ZZ9", "event ZZ9: not found"},
		{"explain_event", "QQ", "event QQ: not found"},
		{"get_article", "f9", "article f9: not found"},
	} {
		if text, isErr := call(t, cs, tc.tool, map[string]any{"id": tc.id}); !isErr || text != tc.want {
			t.Errorf("%s %s: %v %q, want %q", tc.tool, tc.id, isErr, text, tc.want)
		}
	}
	text, isErr := call(t, cs, "explain_event", map[string]any{"id": "CO1"})
	for _, want := range []string{"CO1  2023-09-14 (precision 1)  Battles\n", "contested: denied", "Claims (1):\n  - killed 4  said by a local official",
		`"Four fighters were killed, the army said."`} {
		if isErr || !strings.Contains(text, want) {
			t.Errorf("explain_event CO1 lacks %q:\n%s", want, text)
		}
	}
}

// TestExplainTwoEvents: with other_id, explain_event says why two events
// are separate, as `sitrep explain A B` does.
func TestExplainTwoEvents(t *testing.T) {
	cs := connect(t, fixture(t))
	text, isErr := call(t, cs, "explain_event", map[string]any{"id": "CO1", "other_id": "ML1"})
	for _, want := range []string{"CO1 (", "vs ML1 (", "     no match: ", "a pair may never merge"} {
		if isErr || !strings.Contains(text, want) {
			t.Errorf("explain_event CO1/ML1 lacks %q:\n%s", want, text)
		}
	}
	if text, isErr := call(t, cs, "explain_event", map[string]any{"id": "CO1", "other_id": "QQ"}); !isErr || !strings.Contains(text, "not found") {
		t.Errorf("explain_event CO1/QQ: %v %q", isErr, text)
	}
}

func TestGetArticleAndSources(t *testing.T) {
	cs := connect(t, fixture(t))
	var a api.Article
	callJSON(t, cs, "get_article", map[string]any{"id": "c1"}, &a)
	if a.ID != "c100000000000001" || a.Outlet != "Sahel Monitor" || a.Origin != "sahel.txt" || len(a.Events) != 2 {
		t.Errorf("get_article c1: id %s outlet %s origin %s, %d events", a.ID, a.Outlet, a.Origin, len(a.Events))
	}
	if len(a.Text) != MaxArticleText || a.TextBytes <= MaxArticleText || !strings.HasPrefix(a.Text, "Herders and farmers") {
		t.Errorf("get_article c1: %d bytes of text of %d", len(a.Text), a.TextBytes)
	}
	var list SourceList
	callJSON(t, cs, "list_sources", map[string]any{}, &list)
	if len(list.Sources) != 1 || list.Sources[0].Name != "bishkek-desk" || list.Sources[0].Every != "30m" {
		t.Errorf("list_sources: %+v", list.Sources)
	}
}

func TestCutUTF8(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"Kabul", 10, "Kabul"}, {"Kabul", 3, "Kab"}, {"Osh é", 5, "Osh "}, {"Osh é", 6, "Osh é"}, {"ŞŞ", 1, ""},
	} {
		if got := cutUTF8(tc.s, tc.n); got != tc.want {
			t.Errorf("cutUTF8(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

// TestIngest: over a connection with no MayWrite (stdio) the tool
// stores the article and answers its events; a refused input gets the
// API's message and stores nothing.
func TestIngest(t *testing.T) {
	cfg := fixture(t)
	cs := connect(t, cfg)
	var res api.PostResult
	callJSON(t, cs, "ingest_article", map[string]any{"text": "Border guards exchanged fire near Batken.\nThree died.", "source": "Osh Today", "published": "2024-05-12"}, &res)
	if !res.New || len(res.Events) != 1 || res.Events[0].Country != "Kyrgyzstan" {
		t.Fatalf("ingest: %+v", res)
	}
	callJSON(t, cs, "ingest_article", map[string]any{"text": "Border guards exchanged fire near Batken.\nThree died."}, &res)
	if res.New {
		t.Errorf("the same text twice: new again")
	}
	for _, tc := range []struct {
		args map[string]any
		want string
	}{
		{map[string]any{"text": "x", "url": "https://example.org/a"}, `give either "text" or "url"`},
		{map[string]any{"url": "ftp://example.org/a"}, "url must be an http(s) URL"},
		{map[string]any{"text": "Shelling in Idlib.", "published": "someday"}, `published "someday": want YYYY-MM-DD or RFC 3339`},
	} {
		if text, isErr := call(t, cs, "ingest_article", tc.args); !isErr || !strings.Contains(text, tc.want) {
			t.Errorf("ingest %v: %v %q, want %q", tc.args, isErr, text, tc.want)
		}
	}
	if n, _ := cfg.Store.CountArticles(context.Background()); n != 4 {
		t.Errorf("%d articles stored, want 4", n)
	}
}

// bearer adds the token to every request.
type bearer struct{ token string }

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return http.DefaultTransport.RoundTrip(r)
}

// TestHTTP: over streamable HTTP, reading is open and ingest_article
// needs the bearer token.
func TestHTTP(t *testing.T) {
	cfg := fixture(t)
	srv := httptest.NewServer(HTTPHandler(cfg, testToken, 1<<20))
	t.Cleanup(srv.Close)
	anon := connectClient(t, &sdk.StreamableClientTransport{Endpoint: srv.URL, MaxRetries: -1})
	var res SearchResult
	callJSON(t, anon, "search_events", map[string]any{"country": "Yemen"}, &res)
	if got := eventIDs(res.Events); !reflect.DeepEqual(got, []string{"YE1"}) {
		t.Errorf("search over HTTP: %q", got)
	}
	args := map[string]any{"text": "Militants attacked a checkpoint in Tillabéri.", "source": "Niamey Post"}
	if text, isErr := call(t, anon, "ingest_article", args); !isErr || text != errWriteRefused.Error() {
		t.Errorf("ingest without the token: %v %q", isErr, text)
	}
	wrong := connectClient(t, &sdk.StreamableClientTransport{Endpoint: srv.URL, MaxRetries: -1, HTTPClient: &http.Client{Transport: bearer{"guess"}}})
	if _, isErr := call(t, wrong, "ingest_article", args); !isErr {
		t.Errorf("ingest with a wrong token: accepted")
	}
	if n, _ := cfg.Store.CountArticles(context.Background()); n != 3 {
		t.Fatalf("refused writes stored something: %d articles", n)
	}
	authed := connectClient(t, &sdk.StreamableClientTransport{Endpoint: srv.URL, MaxRetries: -1, HTTPClient: &http.Client{Transport: bearer{testToken}}})
	var pr api.PostResult
	callJSON(t, authed, "ingest_article", args, &pr)
	if !pr.New || len(pr.Events) != 1 {
		t.Errorf("ingest with the token: %+v", pr)
	}
	if n, _ := cfg.Store.CountArticles(context.Background()); n != 4 {
		t.Errorf("after an accepted write: %d articles", n)
	}

	// Without a token nothing writes: the tool is not even offered.
	ro := httptest.NewServer(HTTPHandler(cfg, "", 1<<20))
	t.Cleanup(ro.Close)
	if got := toolNames(t, connectClient(t, &sdk.StreamableClientTransport{Endpoint: ro.URL, MaxRetries: -1})); slices.Contains(got, "ingest_article") {
		t.Errorf("no token, yet tools %q", got)
	}
}

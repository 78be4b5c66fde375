package source

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const articleHTML = `<!DOCTYPE html><html><head><title>%s</title></head><body><article><p>%s</p></article></body></html>`

// newsServer stands in for news.example: it serves the fixture feeds (with
// their links pointing back at it) and a few articles; other paths 404.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	mux := http.NewServeMux()
	for _, p := range []string{"/mali/boni-ambush", "/batken/ceasefire", "/vorukh/road"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, articleHTML, p, "Article body for "+p)
		})
	}
	mux.HandleFunc("/feeds/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml") // sniffing decides, not this
		w.Write(fixtureFeed(t, filepath.Base(r.URL.Path), srv.URL))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// fixtureFeed reads testdata/feeds/name with news.example replaced by base.
func fixtureFeed(t *testing.T, name, base string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "feeds", name))
	if err != nil {
		t.Error(err)
		return nil
	}
	return []byte(strings.ReplaceAll(string(b), "https://news.example", base))
}

// writeFile writes content to name in a temp dir and returns its path.
func writeFile(t *testing.T, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

type wantDoc struct {
	origin, url, title, source string
	published                  time.Time
	kind                       Kind
	fallback                   bool
	bodyHas                    string
}

func checkDocs(t *testing.T, docs []*Document, want []wantDoc) {
	t.Helper()
	if len(docs) != len(want) {
		for _, d := range docs {
			t.Logf("doc %s %q", d.Origin, d.Meta.Title)
		}
		t.Fatalf("got %d documents, want %d", len(docs), len(want))
	}
	for i, w := range want {
		d := docs[i]
		if d.Origin != w.origin || d.URL != w.url || d.Meta.Title != w.title || d.Meta.Source != w.source ||
			!d.Meta.Published.Equal(w.published) || d.Kind != w.kind || (d.Fallback != nil) != w.fallback {
			t.Errorf("doc %d:\n got origin=%s url=%s title=%q source=%q published=%v kind=%v fallback=%v\nwant %+v",
				i, d.Origin, d.URL, d.Meta.Title, d.Meta.Source, d.Meta.Published, d.Kind, d.Fallback, w)
		}
		if !strings.Contains(string(d.Body), w.bodyHas) {
			t.Errorf("doc %d body %.200q does not contain %q", i, d.Body, w.bodyHas)
		}
		if d.FetchedAt.IsZero() {
			t.Errorf("doc %d: no FetchedAt", i)
		}
	}
}

func TestLoadFeeds(t *testing.T) {
	srv := newsServer(t)
	base := srv.URL
	loader := &Loader{Fetcher: NewHTTPFetcher(FetchOptions{AllowPrivate: true, Timeout: 2 * time.Second})}
	rssFile := writeFile(t, "sahel.rss", fixtureFeed(t, "sahel.rss", base))
	atomFile := writeFile(t, "border.xml", fixtureFeed(t, "border.atom", base))
	utc := func(d, h, m int) time.Time { return time.Date(2026, 6, d, h, m, 0, 0, time.UTC) }
	rssDocs := func(feed, source string) []wantDoc {
		return []wantDoc{
			{origin: base + "/mali/boni-ambush", url: base + "/mali/boni-ambush", title: "Ambush on army convoy near Boni",
				source: source, published: utc(22, 9, 30), kind: KindHTML, bodyHas: "Article body for /mali/boni-ambush"},
			{origin: base + "/mali/mopti-displaced", url: base + "/mali/mopti-displaced", title: "Displaced families reach Mopti after raids",
				source: source, published: utc(23, 14, 5), kind: KindHTML, fallback: true, bodyHas: "granaries and driven off their"},
		}
	}
	gaoErr := `item 3 "Curfew extended in Gao": fetch ` + base + `/mali/gao-curfew: HTTP 404 Not Found, and its own content is too short to use`

	tests := []struct {
		name     string
		in       Input
		want     []wantDoc
		wantErrs []string
	}{
		{"rss file", Input{Origin: rssFile}, rssDocs(rssFile, "Sahel Wire"), []string{gaoErr}},
		{"rss URL", Input{Origin: base + "/feeds/sahel.rss"}, rssDocs(base+"/feeds/sahel.rss", "Sahel Wire"), []string{gaoErr}},
		{"user meta: source wins, date and title fill gaps",
			Input{Origin: rssFile, Meta: Meta{Source: "Given Outlet", Title: "Given title", Published: utc(1, 0, 0)}},
			rssDocs(rssFile, "Given Outlet"), []string{gaoErr}},
		{"atom file, relative link, updated date", Input{Origin: atomFile}, []wantDoc{
			{origin: base + "/batken/ceasefire", url: base + "/batken/ceasefire", title: "Kyrgyz and Tajik commanders agree ceasefire near Batken",
				source: "Steppe Monitor: Fergana Valley", published: utc(26, 1, 15), kind: KindHTML, bodyHas: "/batken/ceasefire"},
			{origin: base + "/vorukh/road", url: base + "/vorukh/road", title: "Road to Vorukh reopens",
				source: "Steppe Monitor: Fergana Valley", published: utc(27, 10, 0), kind: KindHTML, bodyHas: "/vorukh/road"},
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := loader.Load(context.Background(), tc.in)
			checkDocs(t, docs, tc.want)
			checkErrs(t, errs, tc.wantErrs)
			for _, d := range docs {
				if d.Feed != tc.in.Origin {
					t.Errorf("%s: Feed %q, want %q", d.Origin, d.Feed, tc.in.Origin)
				}
			}
		})
	}
}

func TestLoadFeedItemsWithoutLinks(t *testing.T) {
	long := strings.Repeat("Shelling was reported overnight in the border district. ", 12)
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>No Links</title>
<item><title>Long one</title><guid isPermaLink="false">id-1</guid><description><![CDATA[<p>` + long + `</p>]]></description></item>
<item><title>Short one</title><guid isPermaLink="false">id-2</guid><description>Too short.</description></item>
<item><title>Empty one</title></item>
<item><title>Bad link</title><link>ftp://news.example/x</link><description>` + long + `</description></item>
</channel></rss>`
	p := writeFile(t, "nolinks.rss", []byte(feed))
	loader := &Loader{Fetcher: fakeFetcher{}}
	docs, errs := loader.Load(context.Background(), Input{Origin: p})
	checkDocs(t, docs, []wantDoc{
		{origin: p + "#id-1", title: "Long one", source: "No Links", kind: KindHTML, fallback: true, bodyHas: "<title>Long one</title>"},
		{origin: p + "#item-4", title: "Bad link", source: "No Links", kind: KindHTML, fallback: true, bodyHas: "Shelling was reported"},
	})
	checkErrs(t, errs, []string{
		`item 2 "Short one": no link, and its own content is too short to use (10 characters of text, want 500)`,
		`item 3 "Empty one": no link, and it has no content of its own`,
	})
}

// fakeFetcher serves bodies from a map; anything else is a 404.
type fakeFetcher map[string]string

func (f fakeFetcher) Fetch(ctx context.Context, url string) (*Document, error) {
	body, ok := f[url]
	if !ok {
		return nil, fmt.Errorf("fetch %s: %w", url, &StatusError{Code: 404, Status: "404 Not Found"})
	}
	return &Document{Origin: url, URL: url, Body: []byte(body), Kind: KindOf(url, "", []byte(body)), FetchedAt: time.Now()}, nil
}

func TestLoadFeedConcurrencyAndCancel(t *testing.T) {
	var inFlight, maxInFlight atomic.Int32
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := maxInFlight.Load()
			if n <= m || maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		select {
		case <-release:
		case <-r.Context().Done():
			return
		case <-time.After(20 * time.Millisecond):
		}
		fmt.Fprintf(w, articleHTML, r.URL.Path, "body")
	}))
	defer srv.Close()
	var items strings.Builder
	for i := range 12 {
		fmt.Fprintf(&items, "<item><title>Item %d</title><link>%s/a/%d</link></item>\n", i, srv.URL, i)
	}
	p := writeFile(t, "many.rss", []byte(`<rss version="2.0"><channel><title>Many</title>`+items.String()+`</channel></rss>`))
	fetcher := NewHTTPFetcher(FetchOptions{AllowPrivate: true, Timeout: 5 * time.Second})

	t.Run("bounded", func(t *testing.T) {
		loader := &Loader{Fetcher: fetcher, ItemWorkers: 3}
		docs, errs := loader.Load(context.Background(), Input{Origin: p})
		if len(docs) != 12 || len(errs) != 0 {
			t.Fatalf("%d docs, errs %v", len(docs), errs)
		}
		for i, d := range docs {
			if want := fmt.Sprintf("Item %d", i); d.Meta.Title != want {
				t.Errorf("doc %d title %q, want %q (feed order)", i, d.Meta.Title, want)
			}
		}
		if m := maxInFlight.Load(); m > 3 || m < 2 {
			t.Errorf("max concurrent fetches %d, want 2..3", m)
		}
	})
	t.Run("max items", func(t *testing.T) {
		loader := &Loader{Fetcher: fetcher, MaxItems: 5}
		docs, errs := loader.Load(context.Background(), Input{Origin: p})
		if len(docs) != 5 || len(errs) != 0 {
			t.Fatalf("%d docs, errs %v", len(docs), errs)
		}
	})
	t.Run("cancel", func(t *testing.T) {
		slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}))
		defer slow.Close()
		q := writeFile(t, "slow.rss", []byte(strings.ReplaceAll(string(mustRead(t, p)), srv.URL, slow.URL)))
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(100*time.Millisecond, cancel)
		loader := &Loader{Fetcher: fetcher, ItemWorkers: 2}
		docs, errs := loader.Load(ctx, Input{Origin: q})
		if len(docs) != 0 || len(errs) == 0 {
			t.Fatalf("docs %d, errs %v", len(docs), errs)
		}
		last := errs[len(errs)-1]
		if !errors.Is(last, context.Canceled) || !strings.Contains(last.Error(), "10 of 12 feed items not read") {
			t.Errorf("last error %v", last)
		}
	})
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLoadSingle(t *testing.T) {
	srv := newsServer(t)
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	loader := &Loader{Fetcher: NewHTTPFetcher(FetchOptions{AllowPrivate: true}), MaxBytes: 1024}
	meta := Meta{Title: "T", Source: "S", Published: time.Date(2026, 6, 27, 0, 0, 0, 0, time.UTC)}
	mali := filepath.Join("testdata", "articles", "mali-mopti.txt")
	batken := filepath.Join("testdata", "articles", "border", "kyrgyz-tajik.html")
	notes := filepath.Join("testdata", "articles", "NOTES")
	tests := []struct {
		name    string
		in      Input
		want    []wantDoc
		wantErr string
	}{
		{"text file", Input{Origin: mali, Meta: meta}, []wantDoc{{origin: mali, title: "T", source: "S", published: meta.Published, kind: KindText, bodyHas: "Bandiagara"}}, ""},
		{"html file with canonical url", Input{Origin: batken, URL: "https://news.example/batken"},
			[]wantDoc{{origin: batken, url: "https://news.example/batken", kind: KindHTML, bodyHas: "Kok-Tash"}}, ""},
		{"sniffed text", Input{Origin: notes}, []wantDoc{{origin: notes, kind: KindText, bodyHas: "Sévaré"}}, ""},
		{"URL", Input{Origin: srv.URL + "/vorukh/road", Meta: meta},
			[]wantDoc{{origin: srv.URL + "/vorukh/road", url: srv.URL + "/vorukh/road", title: "T", source: "S", published: meta.Published, kind: KindHTML, bodyHas: "Article body"}}, ""},
		{"missing file", Input{Origin: filepath.Join(dir, "gone.txt")}, nil, "read " + filepath.Join(dir, "gone.txt") + ": no such file or directory"},
		{"directory", Input{Origin: dir}, nil, "read " + dir + ": is a directory"},
		{"over the cap", Input{Origin: big}, nil, "read " + big + ": 2 KiB is over the 1 KiB size limit"},
		{"URL 404", Input{Origin: srv.URL + "/nothing"}, nil, "fetch " + srv.URL + "/nothing: HTTP 404 Not Found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := loader.Load(context.Background(), tc.in)
			if tc.wantErr != "" {
				if len(docs) != 0 || len(errs) != 1 || errs[0].Error() != tc.wantErr {
					t.Fatalf("got %d docs, errs %q; want error %q", len(docs), errs, tc.wantErr)
				}
				return
			}
			if len(errs) != 0 {
				t.Fatal(errs)
			}
			checkDocs(t, docs, tc.want)
		})
	}
	_, errs := loader.Load(context.Background(), Input{Origin: filepath.Join(dir, "gone.txt")})
	if !errors.Is(errs[0], fs.ErrNotExist) {
		t.Errorf("missing file error %v is not fs.ErrNotExist", errs[0])
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, errs := loader.Load(ctx, Input{Origin: mali}); len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("cancelled load: %v", errs)
	}
}

func TestLoadJSONFeed(t *testing.T) {
	feed := `{"version": "https://jsonfeed.org/version/1.1", "title": "Khovar Wire",
 "items": [
  {"id": "1", "url": "https://news.example/isfara", "title": "Water talks resume in Isfara", "date_published": "2026-06-28T06:00:00+05:00"},
  {"id": "2", "url": "https://news.example/gone", "title": "Gone"}
 ]}`
	loader := &Loader{Fetcher: fakeFetcher{"https://news.example/isfara": "<html><body><p>Delegations met in Isfara.</p></body></html>"}}
	docs, errs := loader.Load(context.Background(), Input{Origin: writeFile(t, "feed.json", []byte(feed))})
	checkDocs(t, docs, []wantDoc{{origin: "https://news.example/isfara", url: "https://news.example/isfara", title: "Water talks resume in Isfara",
		source: "Khovar Wire", published: time.Date(2026, 6, 28, 1, 0, 0, 0, time.UTC), kind: KindHTML, bodyHas: "Delegations met"}})
	checkErrs(t, errs, []string{`item 2 "Gone": fetch https://news.example/gone: HTTP 404 Not Found, and it has no content of its own`})
}

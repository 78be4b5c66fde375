package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

// synthArticle writes a plausible ~4 KB report that differs by i, so each
// is a new article.
func synthArticle(i int, html bool) string {
	places := []string{"Isfara", "Batken", "Khorog", "Termez", "Bajaur", "Asadabad", "Mopti", "Gao"}
	p := places[i%len(places)]
	var b strings.Builder
	title := fmt.Sprintf("Clash near %s leaves %d dead, officials say (report %d)", p, i%9+2, i)
	para := []string{
		fmt.Sprintf("At least %d people were killed and %d wounded when fighting broke out near %s late on Tuesday, a regional official said, in the worst violence there this year.", i%9+2, i%13+1, p),
		fmt.Sprintf("The official, who asked not to be named, said gunmen attacked a checkpoint on the road to %s and that security forces returned fire for more than two hours.", p),
		"A spokesman for the interior ministry gave a lower toll and said the situation was under control, while a local elder told reporters that several houses had burned.",
		fmt.Sprintf("Report number %d: residents said they had fled to nearby villages and that the road remained closed on Wednesday morning.", i),
		"The area has seen repeated clashes over water and land since the early 1990s, and an agreement signed two years ago has not stopped them.",
	}
	if html {
		fmt.Fprintf(&b, "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>", title)
		b.WriteString(`<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/about">About</a></li></ul></nav><article>`)
		fmt.Fprintf(&b, "<h1>%s</h1>", title)
		for k := 0; k < 3; k++ {
			for _, s := range para {
				fmt.Fprintf(&b, "<p>%s</p>\n", s)
			}
		}
		b.WriteString(`</article><aside><h3>Related</h3><ul><li><a href="/a">Other story</a></li></ul></aside><footer>All rights reserved.</footer></body></html>`)
		return b.String()
	}
	b.WriteString(title + "\n\n")
	for k := 0; k < 3; k++ {
		for _, s := range para {
			b.WriteString(s + "\n\n")
		}
	}
	return b.String()
}

func writeCorpus(tb testing.TB, dir string, n int, html bool) []source.Input {
	tb.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	ext := ".txt"
	if html {
		ext = ".html"
	}
	var inputs []source.Input
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("a%05d%s", i, ext))
		if err := os.WriteFile(p, []byte(synthArticle(i, html)), 0o644); err != nil {
			tb.Fatal(err)
		}
		inputs = append(inputs, source.Input{Origin: p, Meta: source.Meta{Source: "Synth Wire", Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}})
	}
	return inputs
}

func newPipeline(tb testing.TB, dir string) (*Pipeline, store.Store) {
	tb.Helper()
	st, err := store.Open(context.Background(), filepath.Join(dir, "b.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return &Pipeline{Store: st, Loader: &source.Loader{MaxBytes: 10 << 20}}, st
}

func TestPipelineRunCountsAndDedups(t *testing.T) {
	dir := t.TempDir()
	inputs := writeCorpus(t, dir, 12, false)
	// The same three articles again under other names: known, not new.
	inputs = append(inputs, writeCorpus(t, filepath.Join(dir, "copies"), 3, false)...)
	inputs = append(inputs, source.Input{Origin: filepath.Join(dir, "missing.txt")})
	p, st := newPipeline(t, dir)
	var sum Summary
	p.Run(context.Background(), inputs, sum.Add, nil)
	if sum.New != 12 || sum.Known != 3 || sum.Failed != 1 {
		t.Errorf("summary %s; want 12 new, 3 known, 1 failed", sum)
	}
	if n, _ := st.CountArticles(context.Background()); n != 12 {
		t.Errorf("stored %d", n)
	}
	again := Summary{Inputs: 12}
	p.Run(context.Background(), inputs[:12], again.Add, nil)
	if again.String() != "12 inputs: 0 new, 12 already known, 0 failed" {
		t.Errorf("second run: %s", again)
	}
}

// TestSummaryCountsInputsAndItems: a feed's items are counted as items,
// a grouped error as the items it stands for, never all as "articles".
func TestSummaryCountsInputsAndItems(t *testing.T) {
	sum := Summary{Inputs: 86}
	for range 30 {
		sum.Add(Result{Outcome: New})
	}
	sum.Add(Result{Outcome: Known, FeedItem: true})
	sum.Add(Result{Outcome: New, FeedItem: true})
	sum.Add(Result{Outcome: Failed, Err: errors.New("read x.txt: no such file or directory")})
	sum.Add(Result{Outcome: Failed, Err: &source.ItemsError{Items: make([]int, 50000), Err: errors.New("no link")}})
	sum.Add(Result{Outcome: Failed, Err: &source.ItemError{N: 3, Err: errors.New("no link")}})
	sum.Add(Result{Outcome: Failed, FeedItem: true, Err: errors.New("clean html: no main text found")})
	if want := "86 inputs, 50,004 feed items: 31 new, 1 already known, 50,003 failed"; sum.String() != want {
		t.Errorf("%s, want %s", sum, want)
	}
	one := Summary{Inputs: 1}
	one.Add(Result{Outcome: New})
	if want := "1 input: 1 new, 0 already known, 0 failed"; one.String() != want {
		t.Errorf("%s, want %s", one, want)
	}
}

func TestPipelineCancelled(t *testing.T) {
	dir := t.TempDir()
	inputs := writeCorpus(t, dir, 50, false)
	p, st := newPipeline(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var sum Summary
	p.Run(ctx, inputs, sum.Add, nil)
	n, _ := st.CountArticles(context.Background())
	if n != sum.New || n == 50 {
		t.Errorf("cancelled run stored %d, reported %d new; want what was reported and not everything", n, sum.New)
	}
}

func TestPrepareMetadataPrecedence(t *testing.T) {
	given := time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC)
	fetched := time.Date(2026, 2, 9, 10, 0, 0, 0, time.UTC)
	page := `<html><head><title>Page title</title><meta property="og:site_name" content="Page Outlet">
<meta property="article:published_time" content="2026-02-05T00:00:00Z"></head><body><article>
<p>Three shepherds were detained by border guards near the village on Sunday and released two days later, relatives said on Wednesday.</p>
<p>The guards accused them of crossing the line while looking for lost sheep, an account the families denied in interviews with local reporters.</p>
</article></body></html>`
	tests := []struct {
		name                 string
		meta                 source.Meta
		url                  string
		wantOutlet, wantDate string
		wantSrc              string
	}{
		{"page metadata", source.Meta{}, "", "Page Outlet", "2026-02-05", store.DatePage},
		{"user overrides", source.Meta{Source: "User Outlet", Published: given}, "", "User Outlet", "2026-02-03", store.DateGiven},
	}
	for _, tt := range tests {
		a, err := Prepare(&source.Document{Origin: "x.html", URL: tt.url, Body: []byte(page), Kind: source.KindHTML, Meta: tt.meta, FetchedAt: fetched})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Outlet != tt.wantOutlet || a.Published.Format("2006-01-02") != tt.wantDate || a.DateSource != tt.wantSrc {
			t.Errorf("%s: outlet %q date %s (%s)", tt.name, a.Outlet, a.Published.Format("2006-01-02"), a.DateSource)
		}
	}
	// Plain text with no date at all: the fetch time, marked as a guess;
	// the outlet falls back to the URL's host.
	a, err := Prepare(&source.Document{Origin: "https://www.example.org/n/1", URL: "https://www.example.org/n/1", Kind: source.KindText,
		Body: []byte("Shepherds detained\n\nThree shepherds were detained by border guards near the village on Sunday, relatives said.\n"), FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "example.org" || !a.Published.Equal(fetched) || a.DateSource != store.DateGuessed || a.Title != "Shepherds detained" {
		t.Errorf("fallbacks: %+v", a)
	}
	if _, err := Prepare(&source.Document{Origin: "e.txt", Kind: source.KindText, Body: []byte("   \n\n")}); err == nil {
		t.Error("empty input should fail")
	}
}

func TestArticleIDIgnoresWhitespace(t *testing.T) {
	a := ArticleID("Two guards were hurt.\n\nThe post was shelled.")
	b := ArticleID("Two guards were hurt. The post   was shelled.\n")
	c := ArticleID("Two guards were hurt. The post was shelled again.")
	if a != b || a == c || len(a) != 16 {
		t.Errorf("ids %s %s %s", a, b, c)
	}
}

// TestArticleIDSameAsStored: the ID is the hash of the text's words
// joined by one space (what stored articles were named by), and computing
// it does not copy a long text.
func TestArticleIDSameAsStored(t *testing.T) {
	long := strings.Repeat("Troops shelled positions near Kherson overnight, the regional administration said.\n\n", 20000)
	for _, text := range []string{"", "  one  ", "Protest in Valparaiso\n\nStudents marched on Tuesday.", long} {
		sum := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
		if got, want := ArticleID(text), hex.EncodeToString(sum[:8]); got != want {
			t.Errorf("ArticleID(%.40q) = %s, want %s", text, got, want)
		}
	}
	if n := testing.AllocsPerRun(3, func() { ArticleID(long) }); n > 10 {
		t.Errorf("ArticleID of %d bytes made %.0f allocations", len(long), n)
	}
}

func benchmarkIngest(b *testing.B, html bool) {
	dir := b.TempDir()
	const n = 2000
	inputs := writeCorpus(b, dir, n, html)
	var bytesIn int64
	for _, in := range inputs {
		fi, _ := os.Stat(in.Origin)
		bytesIn += fi.Size()
	}
	b.SetBytes(bytesIn / n)
	b.ResetTimer()
	// One op is one article: the corpus is ingested in batches of up to
	// n into fresh stores (a second pass would find them all known).
	for done := 0; done < b.N; {
		k := min(n, b.N-done)
		b.StopTimer()
		p, _ := newPipeline(b, b.TempDir())
		b.StartTimer()
		var sum Summary
		p.Run(context.Background(), inputs[:k], sum.Add, nil)
		if sum.Failed > 0 || sum.New != k {
			b.Fatalf("ingest: %s", sum)
		}
		done += k
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// End to end from files on disk to rows in SQLite.
func BenchmarkIngestText(b *testing.B) { benchmarkIngest(b, false) }
func BenchmarkIngestHTML(b *testing.B) { benchmarkIngest(b, true) }

// A worker that stored articles and died before coding their events: once
// its lease has run out, Recover (or a re-ingest of the same input) codes
// them, each once.
func TestLeftOverArticlesAreFinished(t *testing.T) {
	dir := t.TempDir()
	inputs := writeCorpus(t, dir, 4, false)
	dead, st := newPipeline(t, dir)
	st.SetWorker("dead-worker", 50*time.Millisecond)
	var sum Summary
	dead.Run(context.Background(), inputs, sum.Add, nil) // no Extract: as if killed before it
	if sum.New != 4 {
		t.Fatalf("setup: %s", sum)
	}
	coded := map[string]int{}
	p := &Pipeline{Store: st, Loader: dead.Loader, Extract: func(a *store.Article) []event.Event {
		coded[a.ID]++
		return []event.Event{{EventDate: "2026-05-02", Country: "Tajikistan", ISO: "TJ", EventType: "Battles"}}
	}}
	if n, err := p.Recover(context.Background()); err != nil || n != 0 {
		t.Fatalf("within the lease: recovered %d, %v; want 0", n, err)
	}
	time.Sleep(80 * time.Millisecond)
	st.SetWorker("live-worker", time.Minute)
	// Re-ingesting one of the inputs finishes that article at once.
	var again Summary
	p.Run(context.Background(), inputs[:1], again.Add, nil)
	if again.Known != 1 || len(coded) != 1 {
		t.Fatalf("re-ingest: %s, coded %v", again, coded)
	}
	n, err := p.Recover(context.Background())
	if err != nil || n != 3 {
		t.Fatalf("recovered %d, %v; want the other 3", n, err)
	}
	for id, k := range coded {
		if k != 1 {
			t.Errorf("article %s coded %d times", id, k)
		}
	}
	if n, _ := st.CountEvents(context.Background(), store.EventFilter{}); n != 4 {
		t.Errorf("%d events after recovery, want 4", n)
	}
	if n, _ := p.Recover(context.Background()); n != 0 {
		t.Errorf("a second recovery coded %d again", n)
	}
}

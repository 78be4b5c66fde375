//go:build unix

package extract_test

// Throughput of Extract with the real GeoNames gazetteer, one article per
// op. For a per-core figure run it on one core:
//
//	GOMAXPROCS=1 go test -run '^$' -bench ExtractRealGazetteer -benchmem ./internal/extract/
//
// articles/s is wall-clock; articles/cpu-s divides by the CPU time the
// process used instead, which holds up better on a busy machine. (unix
// only, for getrusage.)

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/clean"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/source"
)

var (
	realXOnce sync.Once
	realX     *extract.Extractor
	realXErr  error
)

// realExtractor loads the gazetteer index and the dictionaries once, for
// the benchmarks and the tests that read real place names.
func realExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	realXOnce.Do(func() {
		g, err := gazetteer.Default()
		if err != nil {
			realXErr = err
			return
		}
		realX, realXErr = extract.New(extract.FromGazetteer(g), extract.Options{})
	})
	if realXErr != nil {
		tb.Fatalf("the real gazetteer index is needed: run `make setup` (%v)", realXErr)
	}
	return realX
}

// benchCorpus reads testdata/bench/*.txt: a title line, a YYYY-MM-DD
// publication date line, then the body. Title and body are cleaned as
// ingest cleans plain text.
func benchCorpus(b *testing.B) []extract.Article {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "bench", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no articles in testdata/bench (%v)", err)
	}
	sort.Strings(files)
	var out []extract.Article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines := bytes.SplitN(raw, []byte("\n"), 3)
		if len(lines) < 3 {
			b.Fatalf("%s: want a title line, a date line and a body", f)
		}
		published, err := time.Parse("2006-01-02", string(bytes.TrimSpace(lines[1])))
		if err != nil {
			b.Fatalf("%s: second line: %v", f, err)
		}
		page, err := clean.Text(append(append(lines[0], "\n\n"...), lines[2]...))
		if err != nil {
			b.Fatalf("%s: %v", f, err)
		}
		out = append(out, extract.Article{ID: filepath.Base(f), Origin: f, Outlet: "Bench Wire",
			Title: page.Title, Text: page.Text, Published: published})
	}
	return out
}

// seedCorpus reads the project's seed articles (others' text: read in
// place, never copied) as ingest would, or returns nil if they are absent.
func seedCorpus(b *testing.B) []extract.Article {
	b.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	ins, errs := source.ReadManifest(filepath.Join(dir, "manifest.jsonl"))
	if len(errs) > 0 || len(ins) == 0 {
		return nil
	}
	var out []extract.Article
	for _, in := range ins {
		raw, err := os.ReadFile(in.Origin)
		if err != nil {
			b.Fatal(err)
		}
		page, err := clean.Text(raw)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, extract.Article{ID: filepath.Base(in.Origin), Origin: in.Origin, Outlet: in.Meta.Source,
			Title: page.Title, Text: page.Text, Published: in.Meta.Published})
	}
	return out
}

func BenchmarkExtractRealGazetteer(b *testing.B) {
	x := realExtractor(b)
	for _, c := range []struct {
		name string
		load func(*testing.B) []extract.Article
	}{{"bench", benchCorpus}, {"seeds", seedCorpus}} {
		b.Run("corpus="+c.name, func(b *testing.B) {
			arts := c.load(b)
			if len(arts) == 0 {
				b.Skip("corpus not found")
			}
			total := 0
			for _, a := range arts {
				total += len(a.Text)
				b.Logf("%s: %d bytes, %d events", a.ID, len(a.Text), len(x.Extract(a)))
			}
			var bytesDone, events int
			i := 0
			cpu0 := cpuTime()
			for b.Loop() {
				a := arts[i%len(arts)]
				i++
				events += len(x.Extract(a))
				bytesDone += len(a.Text)
			}
			cpu := (cpuTime() - cpu0).Seconds()
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N)/secs, "articles/s")
			if cpu > 0 {
				b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s")
			}
			b.ReportMetric(float64(bytesDone)/secs/1e6, "MB/s")
			b.ReportMetric(float64(events)/float64(b.N), "events/article")
			b.ReportMetric(float64(total)/float64(len(arts)), "bytes/article")
		})
	}
}

// cpuTime is the user and system CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

package main

import (
	"flag"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

// newExtractor loads the gazetteer index and the actor dictionaries, the
// extraction stage's start-up cost, paid once per command.
func newExtractor(actorsFile string) (*extract.Extractor, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	x, err := extract.New(extract.FromGazetteer(g), extract.Options{ActorsFile: actorsFile})
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	return x, nil
}

// fetchFlags are the fetching flags that ingest and watch share.
type fetchFlags struct {
	allowPrivate bool
	timeout      time.Duration
	maxSize      int64
}

// addFetchFlags defines --allow-private, --timeout and --max-size; what
// names what --max-size bounds, for the help.
func addFetchFlags(fs *flag.FlagSet, what string) *fetchFlags {
	f := &fetchFlags{}
	fs.BoolVar(&f.allowPrivate, "allow-private", false, "allow fetching private, loopback and link-local addresses")
	fs.DurationVar(&f.timeout, "timeout", source.DefaultTimeout, "timeout for each URL fetched")
	fs.Int64Var(&f.maxSize, "max-size", source.DefaultMaxBytes, "largest "+what+" accepted, in `bytes`")
	return f
}

func (f *fetchFlags) fetcher() *source.HTTPFetcher {
	return newFetcher(f.allowPrivate, f.timeout, f.maxSize)
}

// newFetcher is the safe HTTP fetcher that ingest and watch share.
// (cmd_ingest.go could build its fetcher with it.)
func newFetcher(allowPrivate bool, timeout time.Duration, maxSize int64) *source.HTTPFetcher {
	return source.NewHTTPFetcher(source.FetchOptions{
		Timeout: timeout, MaxBytes: maxSize, AllowPrivate: allowPrivate, UserAgent: userAgent(),
	})
}

// newPipeline is the ingest pipeline that ingest and watch share: the
// loader on fetcher and extraction with x (ingest fuses).
func newPipeline(g *globals, st store.Store, x *extract.Extractor, fetcher source.Fetcher, maxSize int64, workers int) *ingest.Pipeline {
	return &ingest.Pipeline{
		Store:   st,
		Loader:  &source.Loader{Fetcher: fetcher, MaxBytes: maxSize},
		Log:     g.Log,
		Workers: workers,
		Extract: ingest.Extractor(x),
	}
}

// networkPipeline is the pipeline for articles sent over the network
// (POST /api/articles, MCP's ingest_article): URLs fetched with the
// default limits, private addresses refused, extra actors from
// actorsFile.
func networkPipeline(g *globals, st store.Store, actorsFile string) (*ingest.Pipeline, error) {
	x, err := newExtractor(actorsFile)
	if err != nil {
		return nil, err
	}
	fetcher := newFetcher(false, source.DefaultTimeout, source.DefaultMaxBytes)
	return newPipeline(g, st, x, fetcher, source.DefaultMaxBytes, 0), nil
}

// leaseFlag is --lease, shared by the commands that take work from the
// store's queue.
func leaseFlag(fs *flag.FlagSet) *time.Duration {
	return fs.Duration("lease", store.DefaultLease,
		"how long work this process takes stays its own; if it dies, others take it over after this")
}

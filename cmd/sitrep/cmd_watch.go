package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/sitrep/sitrep/internal/alerts"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/watch"
)

func init() {
	register(&command{Name: "watch", Summary: "poll the sources (feeds, pages) and ingest what is new", Run: runWatch})
}

const watchAbout = `
Polls every source added with 'sitrep sources add' when it falls due, and sends
each new item through the same pipeline as 'sitrep ingest' (cleaning,
extraction, fusion). Feeds are fetched with If-None-Match / If-Modified-Since,
so an unchanged feed costs one short request; item pages already read are not
fetched again.

Each source is polled on its own schedule (its interval, ±10% jitter). A source
that fails waits interval × 2^failures (at most 6h) before the next try; others
are not held up. Requests to one host go one at a time, --gap apart. URLs are
fetched as by ingest: timeout, size cap, private addresses refused.

Several watchers (on one machine or many, sharing a PostgreSQL database) split
the work: a source due is claimed by one of them, and an article a stopped
watcher left without events is finished by another once its --lease runs out.

After each new article, the alerts with a webhook ('sitrep alerts') are
checked for new or changed events, which are queued and sent beside the
polling: a slow receiver never holds it up. --allow-private lets webhooks
reach private addresses too.

Logs one line per new article and per error on stderr. Runs until interrupted
(Ctrl-C, SIGTERM): polls in flight are finished, then it exits. With --once it
polls the sources due now and exits, for cron.

Examples:
  sitrep sources add https://example.org/feed.xml
  sitrep watch
  sitrep watch --once --workers 8
`

func runWatch(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "watch", "[flags]", watchAbout)
	once := fs.Bool("once", false, "poll the sources due now once, then exit")
	workers := fs.Int("workers", watch.DefaultWorkers, "sources polled at once")
	gap := fs.Duration("gap", watch.DefaultHostGap, "minimum time between two requests to one host")
	fetch := addFetchFlags(fs, "page or feed")
	actors := fs.String("actors", "", "extra actor dictionary `FILE` (TSV: name, inter, country, aliases)")
	lease := leaseFlag(fs)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		return usageErr("unexpected argument %q (add sources with: sitrep sources add URL)", args[0])
	}
	if *workers < 1 {
		return usageErr("--workers must be at least 1")
	}
	hostGap := *gap
	if hostGap <= 0 {
		hostGap = -1 // Watcher: negative is none
	}

	x, err := newExtractor(*actors)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, g.DB)
	if err != nil {
		if ctx.Err() != nil {
			return nil // interrupted while starting: nothing was under way
		}
		return err
	}
	defer st.Close()
	st.SetWorker("", *lease)

	fetcher := fetch.fetcher()
	p := newPipeline(g, st, x, fetcher, fetch.maxSize, *workers)
	// Alerts: each new article kicks the scan of changed events, which
	// runs (with the webhooks' sending) beside the polls, never in their way.
	notifier := newNotifier(g, st, fetch.allowPrivate)
	storeAndKick := func(ctx context.Context, d *source.Document) ingest.Result {
		res := p.Store1(ctx, d)
		if res.Outcome == ingest.New {
			notifier.Kick()
		}
		return res
	}
	w := &watch.Watcher{
		Store:    st,
		Fetcher:  fetcher,
		Ingest:   storeAndKick,
		Log:      watchLogger(g),
		Workers:  *workers,
		HostGap:  hostGap,
		MaxBytes: fetch.maxSize,
		Recover:  p.Recover,
	}
	if *once {
		sum, err := w.RunOnce(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintln(g.Stderr, sum.String())
		if queued, sent := notifier.Round(ctx); queued > 0 || sent != (alerts.SendStats{}) {
			fmt.Fprintf(g.Stderr, "alerts: %d events queued; %s\n", queued, sent)
		}
		if ctx.Err() != nil {
			fmt.Fprintln(g.Stderr, "sitrep watch: interrupted; everything reported above as stored is complete")
			return nil
		}
		if sum.Failed > 0 || sum.ItemErrors > 0 {
			return errSilent
		}
		return nil
	}
	w.Log.Info("watching", "db", store.Redact(g.DB), "workers", *workers)
	notifier.Log = w.Log
	alertsDone := make(chan struct{})
	go func() { notifier.Run(ctx); close(alertsDone) }()
	err = w.Run(ctx)
	<-alertsDone // ctx is done: Run returns once a send in flight is cut off
	if err != nil {
		return err
	}
	w.Log.Info("stopped")
	return nil
}

// watchLogger logs at INFO (DEBUG with --verbose) on stderr: watch's news
// is its log, where other commands only log warnings.
func watchLogger(g *globals) *slog.Logger {
	level := slog.LevelInfo
	if g.Verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(g.Stderr, &slog.HandlerOptions{Level: level}))
}

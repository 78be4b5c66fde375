package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register(&command{Name: "ingest", Summary: "read articles (files, folders, URLs, feeds) into the database", Run: runIngest})
}

var ingestAbout = fmt.Sprintf(`
Reads each INPUT, keeps its article text (menus, share bars, cookie notices and
reader comments dropped) with its title, date and outlet, and stores it. The same
article is stored once: ingesting it again adds nothing and says so.

An INPUT is a text file (.txt, .md), an HTML page (.html, .htm, or sniffed), a
folder, an http(s) URL, or an RSS/Atom feed (file or URL: each item becomes an
article, its link fetched). A folder is walked recursively; hidden files are
skipped, and so are a project's own files, whatever their extension: README,
LICENSE, CHANGELOG, CONTRIBUTING, NOTICE, AUTHORS and the like (name one as an
INPUT to ingest it all the same). A manifest
(JSON Lines or CSV with path or url, and optional published, source, title)
gives per-document metadata; its paths are relative to the manifest and stay in
its folder (or below) unless --manifest-anywhere: a path or link leading
elsewhere gets one line naming the manifest line, and the rest still goes in.

Any number of ingest (and watch) processes may share one database, a PostgreSQL
one across machines: each article is stored once, and its events are fused as
one process would. An article whose process died before coding its events is
finished by the next ingest or watch: at once if that process ran on this
machine, else once its lease (--lease) runs out; ingest ends with a line saying
how many articles wait for such a lease, and until when. An article whose
coding failed (or took its process down) %d times is set aside: see
'sitrep jobs', which lists and retries them.

Prints one line per article (new or known) and a summary; an input that cannot be
read gets one line naming it and why, the rest still goes in, and the exit code
is 1 if anything failed. A file a folder's walk leaves out gets a line too
(counted as skipped, not failed); one whose start is not text at all is refused.

Examples:
  sitrep ingest examples/
  sitrep ingest --manifest ../shared/seeds/manifest.jsonl
  sitrep ingest --source "Khovar" --published 2026-06-27 report.txt
  sitrep --db /data/region.db ingest https://example.org/feed.xml
  sitrep --db postgres://sitrep@db.example.org/sitrep ingest part-3/
`, store.MaxAttempts)

func runIngest(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "ingest", "[flags] INPUT...", ingestAbout)
	manifests := addManifestFlags(fs)
	published := fs.String("published", "", "publication `DATE` (YYYY-MM-DD or RFC 3339) for inputs that carry none")
	outlet := fs.String("source", "", "outlet `NAME` for inputs that carry none")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	workers := fs.Int("workers", 4, "inputs read and cleaned in parallel")
	fetch := addFetchFlags(fs, "input")
	actors := fs.String("actors", "", "extra actor dictionary `FILE` (TSV: name, inter, country, aliases)")
	lease := leaseFlag(fs)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) == 0 && len(manifests.files) == 0 {
		return usageErr("nothing to ingest: give INPUTs or --manifest")
	}
	var meta source.Meta
	meta.Source = *outlet
	if *published != "" {
		if meta.Published, err = source.ParseDate(*published); err != nil {
			return usageErr("--published %q: %v", *published, err)
		}
	}

	var sum ingest.Summary
	report := func(r ingest.Result) {
		sum.Add(r)
		if r.Outcome == ingest.Failed {
			fmt.Fprintln(g.Stderr, "sitrep ingest: "+failureLine(r.Origin, r.Err))
		}
	}
	inputs, skips, errs := readInputs(args, manifests, meta)
	sum.Inputs = len(inputs) + len(skips) + len(errs)
	sum.Skipped = len(skips)
	for _, s := range skips {
		if !*quiet {
			fmt.Fprintln(g.Stderr, "sitrep ingest: "+s.String())
		}
	}
	for _, err := range errs {
		report(ingest.Result{Outcome: ingest.Failed, Err: err})
	}

	x, err := newExtractor(*actors)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	st.SetWorker("", *lease)

	p := newPipeline(g, st, x, fetch.fetcher(), fetch.maxSize, *workers)

	bar := newProgress(g.Stderr, len(inputs), !*quiet, "ingesting")
	onResult := func(r ingest.Result) {
		if r.Outcome == ingest.Failed {
			bar.Clear()
		} else if !*quiet && bar == nil {
			printArticleLine(g.Stdout, r)
		}
		if r.Outcome == ingest.New && r.Article != nil {
			// even with --quiet: no events must never pass for no incident
			if line := notCodedLine(r.Article.ID, r.Article.Title, r.Article.Language, r.Events); line != "" {
				bar.Clear()
				fmt.Fprintln(g.Stderr, line)
			}
		}
		report(r)
	}
	var onDone func()
	if bar != nil {
		onDone = func() { bar.Add(1) }
	}
	p.Run(ctx, inputs, onResult, onDone)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(g.Stderr)
	}
	// This run's own inputs are reported before the left-overs are
	// touched: a job that takes the process down cannot hide them.
	if !*quiet {
		fmt.Fprintln(g.Stderr, sum.String())
	}
	// Articles that a worker which died stored without their events (on
	// a shared database: any worker's) are finished here, after the
	// inputs, one at a time.
	recovered, rerr := p.Recover(ctx)
	if !*quiet && recovered > 0 {
		fmt.Fprintf(g.Stderr, "%s left without events by a stopped worker: coded now\n", count(recovered, "article"))
	}
	if rerr != nil && ctx.Err() == nil {
		fmt.Fprintf(g.Stderr, "sitrep ingest: finishing left-over articles: %v\n", rerr)
		return errSilent
	}
	if ctx.Err() == nil {
		notes, err := queueNotice(ctx, st)
		if err != nil {
			return err
		}
		for _, n := range notes {
			fmt.Fprintln(g.Stderr, n)
		}
	}
	if ctx.Err() != nil {
		fmt.Fprintln(g.Stderr, "sitrep ingest: interrupted; everything reported above as stored is complete")
		return errSilent
	}
	if sum.Failed > 0 {
		return errSilent
	}
	return nil
}

// failureLine names the input and the reason once: most errors from the
// source stage already start with the name.
func failureLine(origin string, err error) string {
	msg := err.Error()
	if origin = source.Shown(origin); origin != "" && !strings.Contains(msg, origin) {
		msg = origin + ": " + msg
	}
	switch {
	case errors.Is(err, source.ErrPrivateAddress):
		msg += " (use --allow-private to fetch it anyway)"
	case errors.Is(err, source.ErrOutsideManifest):
		msg += " (use --manifest-anywhere to read it anyway)"
	}
	return msg
}

func printArticleLine(w io.Writer, r ingest.Result) {
	a := r.Article
	state := "new  "
	if r.Outcome == ingest.Known {
		state = "known"
	}
	evs := "        "
	if r.Outcome == ingest.New && notCoded(a.Language, r.Events) {
		evs = "not coded"
	} else if r.Outcome == ingest.New {
		evs = fmt.Sprintf("%2d event", r.Events)
		if r.Events != 1 {
			evs += "s"
		}
	}
	fmt.Fprintf(w, "%s %s  %s  %-9s  %-18s %s\n", state, a.ID, a.Published.Format("2006-01-02"), evs, clip(a.Outlet, 18), clip(a.Title, 60))
}

// progress is a progress bar that is only drawn on a terminal.
type progress struct{ *progressbar.ProgressBar }

// newProgress returns nil when no bar should be drawn: output is not a
// terminal, there is too little work to watch, or the user asked for quiet.
func newProgress(w io.Writer, total int, show bool, what string) *progress {
	f, ok := w.(*os.File)
	if !show || total < 2 || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progress{progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
	)}
}

func (p *progress) Clear() {
	if p != nil {
		p.ProgressBar.Clear()
	}
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint([]string(*m)) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func userAgent() string {
	return "sitrep/" + version + " (+https://github.com/sitrep/sitrep)"
}

// clip shortens s to n runes for table output.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

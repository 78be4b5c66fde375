package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register(&command{Name: "extract", Summary: "code the conflict events in files (nothing stored), or re-code the stored articles", Run: runExtract})
}

const extractAbout = `
Cleans each FILE (HTML or text) and extracts the conflict events it reports,
coded in ACLED's fields, with every number's source and sentence (claims)
and any denials, and prints them. Nothing is stored.

Without FILE or --manifest, it re-codes every article stored in the database
(--db) instead and replaces their events there, fused again: what to run
after a dictionary or code change. It then prints only a count on stderr;
--published, --source and --format do not apply.

The publication date anchors relative dates ("on Wednesday", "last week"):
give it with --published, or per file in a --manifest (JSON Lines or CSV
with path, published, source, title). Without either, the page's own date
is used, else today.

Formats: json (one array), jsonl (one event a line), table.

Examples:
  sitrep extract --published 2019-11-08 --source AFP story.txt
  sitrep extract --manifest seeds/manifest.jsonl --format json > events.json
  sitrep extract --actors my_groups.tsv --format table page.html
  sitrep --db region.db extract          # re-code the stored articles
`

func runExtract(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "extract", "[--manifest FILE] [--published DATE] [--source NAME] [--format json|jsonl|table] [FILE...]", extractAbout)
	manifests := addManifestFlags(fs)
	published := fs.String("published", "", "publication date YYYY-MM-DD for FILEs (default: the page's date, else today)")
	outlet := fs.String("source", "", "outlet name for FILEs")
	format := fs.String("format", "json", "output format: json, jsonl or table")
	actors := fs.String("actors", "", "extra actor dictionary (TSV: name, inter, country, aliases)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch *format {
	case "json", "jsonl", "table":
	default:
		return usageErr("--format must be json, jsonl or table, not %q", *format)
	}
	var meta source.Meta
	meta.Source = *outlet
	if *published != "" {
		if meta.Published, err = source.ParseDate(*published); err != nil {
			return usageErr("--published %q: %v", *published, err)
		}
	}
	if len(files) == 0 && len(manifests.files) == 0 {
		return reextractStored(ctx, g, *actors)
	}
	x, err := newExtractor(*actors)
	if err != nil {
		return err
	}
	inputs, skips, errs := readInputs(files, manifests, meta)
	for _, s := range skips {
		fmt.Fprintln(g.Stderr, "sitrep extract: "+s.String())
	}
	failed := len(errs) > 0
	for _, e := range errs {
		fmt.Fprintln(g.Stderr, "sitrep extract:", e)
	}
	loader := &source.Loader{Fetcher: newFetcher(false, source.DefaultTimeout, source.DefaultMaxBytes)}
	extractFn := ingest.Extractor(x)
	var all []event.Event
	enc := json.NewEncoder(g.Stdout)
	for _, in := range inputs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		docs, lerrs := loader.Load(ctx, in)
		for _, e := range lerrs {
			fmt.Fprintln(g.Stderr, "sitrep extract: "+failureLine(in.Origin, e))
			failed = true
		}
		for _, d := range docs {
			a, err := ingest.Prepare(d)
			if err != nil {
				fmt.Fprintln(g.Stderr, "sitrep extract: "+failureLine(d.Origin, err))
				failed = true
				continue
			}
			evs := extractFn(a)
			ingest.AssignIDs(a.ID, evs)
			for i := range evs {
				evs[i] = fuse.Alone(evs[i])
			}
			if *format == "jsonl" {
				for i := range evs {
					if err := enc.Encode(&evs[i]); err != nil {
						return err
					}
				}
			}
			all = append(all, evs...)
		}
	}
	switch *format {
	case "json":
		if all == nil {
			all = []event.Event{}
		}
		enc.SetIndent("", " ")
		if err := enc.Encode(all); err != nil {
			return err
		}
	case "table":
		writeEventTable(g.Stdout, all)
	}
	if failed {
		return errSilent
	}
	return nil
}

// manifestFlags are --manifest and --manifest-anywhere, shared by the
// commands that read manifests.
type manifestFlags struct {
	files    multiFlag
	anywhere bool
}

func addManifestFlags(fs *flag.FlagSet) *manifestFlags {
	m := &manifestFlags{}
	fs.Var(&m.files, "manifest", "read inputs and their metadata from `FILE` (JSON Lines or CSV; paths relative to it); repeatable")
	fs.BoolVar(&m.anywhere, "manifest-anywhere", false,
		"let manifest paths leave the manifest's folder (absolute, .., links); by default they are refused")
	return m
}

// readInputs gathers command-line inputs and manifests; flags fill what
// a manifest leaves empty.
func readInputs(args []string, manifests *manifestFlags, meta source.Meta) ([]source.Input, []source.Skip, []error) {
	inputs, skips, errs := source.Expand(args, meta)
	for _, m := range manifests.files {
		in, merrs := source.ReadManifestWith(m, source.ManifestOptions{Anywhere: manifests.anywhere})
		for i := range in {
			if in[i].Meta.Source == "" {
				in[i].Meta.Source = meta.Source
			}
			if in[i].Meta.Published.IsZero() {
				in[i].Meta.Published = meta.Published
			}
		}
		inputs = append(inputs, in...)
		errs = append(errs, merrs...)
	}
	return inputs, skips, errs
}

// reextractStored codes every stored article again and replaces its
// events: what to run after a dictionary or code change.
func reextractStored(ctx context.Context, g *globals, actors string) error {
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	total, err := st.CountArticles(ctx)
	if err != nil {
		return err
	}
	if total == 0 {
		fmt.Fprintln(g.Stderr, "no stored articles to re-code (ingest articles with: sitrep ingest PATH)")
		return nil
	}
	// The gazetteer is loaded only once there is something to code.
	x, err := newExtractor(actors)
	if err != nil {
		return err
	}
	p := newPipeline(g, st, x, nil, 0, 0)
	bar := newProgress(g.Stderr, total, true, "extracting")
	var ids []string
	for off := 0; off < total; off += 500 {
		page, err := st.ListArticles(ctx, store.ArticleFilter{Limit: 500, Offset: off})
		if err != nil {
			return err
		}
		for _, a := range page {
			ids = append(ids, a.ID)
		}
	}
	var nev int
	for _, id := range ids {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		a, err := st.GetArticle(ctx, id)
		if err != nil {
			return err
		}
		n, err := p.ExtractEvents(ctx, a)
		if err != nil {
			return err
		}
		nev += n
		if bar != nil {
			bar.Add(1)
		}
	}
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(g.Stderr)
	}
	fmt.Fprintf(g.Stderr, "%d stored article(s) re-coded: %d event(s) stored\n", len(ids), nev)
	return nil
}

func writeEventTable(w io.Writer, evs []event.Event) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tPREC\tTYPE\tACTOR1\tACTOR2\tCOUNTRY\tADMIN1\tLOCATION\tFATAL\tCLAIMS")
	for _, e := range evs {
		var cl []string
		for _, c := range e.Claims {
			cl = append(cl, fmt.Sprintf("%s %d", c.Kind, c.Count))
		}
		date := e.EventDate
		if e.Background {
			date += "*"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s/%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", date, e.TimePrecision, e.EventType, e.SubEventType,
			e.Actor1, e.Actor2, e.Country, e.Admin1, e.Location, e.Fatalities, strings.Join(cl, ", "))
	}
	tw.Flush()
}

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/filter"
)

func init() {
	register(&command{Name: "export", Summary: "export events as ACLED-style CSV, GeoJSON or JSON Lines", Run: runExport})
}

const exportAbout = `
Writes every event that matches the filters (the same as 'sitrep events' and
the API's /api/events) to standard output or --out FILE, which is written
whole or not at all (a temporary file renamed into place). Without --limit,
every matching event.

Formats:
  csv      ACLED's columns in ACLED's order, then sitrep's own
           (fatalities_low, fatalities_high, sources_count, contested)
  geojson  a FeatureCollection of Point features [longitude, latitude] with
           the event's fields as properties; events without coordinates are
           left out and counted on stderr
  jsonl    one whole event per line: claims, denials, quotes and articles

Examples:
  sitrep export --format csv --country Afghanistan --from 2021-01-01 --out af-2021.csv
  sitrep export --format geojson --event-type Battles --min-fatalities 1 --out battles.geojson
  sitrep export --format jsonl --q "border guards" --contested true
`

func runExport(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "export", "--format csv|geojson|jsonl [filters] [--out FILE]", exportAbout)
	format := fs.String("format", "csv", "csv, geojson or jsonl")
	out := fs.String("out", "", "write to `FILE` (atomically) instead of standard output")
	q := filter.AddFlags(fs, filter.ForEvents)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if _, ok := api.Formats[*format]; !ok {
		return usageErr("--format must be csv, geojson or jsonl, not %q", *format)
	}
	f, err := filter.Events(q)
	if err != nil {
		return usageErr("%v", err)
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()

	var w io.Writer = g.Stdout
	var tmp *os.File
	if *out != "" {
		tmp, err = os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".*.tmp")
		if err != nil {
			return err
		}
		defer func() {
			if tmp != nil {
				tmp.Close()
				os.Remove(tmp.Name())
			}
		}()
		w = tmp
	}
	stats, err := api.Export(ctx, st, f, *format, w)
	if err != nil {
		return err
	}
	if tmp != nil {
		if err := tmp.Sync(); err != nil {
			return err
		}
		if err := tmp.Close(); err != nil {
			return err
		}
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp.Name(), *out); err != nil {
			return err
		}
		tmp = nil
	}
	if stats.Skipped > 0 {
		fmt.Fprintf(g.Stderr, "sitrep export: %d event(s) without coordinates left out of the GeoJSON\n", stats.Skipped)
	}
	if *out != "" {
		fmt.Fprintf(g.Stderr, "sitrep export: %d event(s) written to %s\n", stats.Events, *out)
	}
	return nil
}

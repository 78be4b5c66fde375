package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

func init() {
	register(&command{Name: "geocode", Summary: "look up a place name, or the places in a sentence", Run: runGeocode})
}

const geocodeAbout = `
Resolve TEXT with the gazetteer. If TEXT is a single name (at most four
words, no sentence punctuation) print the best match and the runners-up
with their scores and the reasons for them; otherwise find the place
mentions in TEXT and print how each was resolved.

A name may carry a level word: "Darqad district", "Takhar province",
"Panj river". --country prefers places in that country (its name, or its ISO 3166 alpha-2 code).

Examples:
  sitrep geocode Kulob
  sitrep geocode --country AF "Jirm district"
  sitrep geocode --format json "Georgia"
  sitrep geocode "Taliban fighters attacked a post in the Maimai district of Badakhshan province."
`

func runGeocode(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "geocode", "[--format table|json] [--country XX] [--limit N] TEXT", geocodeAbout)
	format := fs.String("format", "table", "output: table or json")
	country := fs.String("country", "", "prefer places in this country (`NAME` or ISO code)")
	limit := fs.Int("limit", 5, "candidates shown for a single name")
	index := fs.String("index", "", "gazetteer index (default: the one sitrep finds)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usageErr("missing TEXT")
	}
	if err := checkTableOrJSON(*format); err != nil {
		return err
	}
	text := strings.TrimSpace(strings.Join(rest, " "))
	if text == "" {
		return usageErr("empty TEXT")
	}
	gz, err := openGazetteer(*index)
	if err != nil {
		return err
	}
	if c := strings.TrimSpace(*country); len(c) > 2 {
		if *country, _, err = countryNamed(gz, c); err != nil {
			return err
		}
	}
	if isSingleName(text) {
		cands := gz.Lookup(text, gazetteer.LookupOptions{Country: strings.ToUpper(*country), Limit: *limit, Explain: true})
		if *format == "json" {
			return writeJSON(g, map[string]any{"query": text, "candidates": nonNil(cands)})
		}
		if len(cands) == 0 {
			fmt.Fprintf(g.Stdout, "%s: no match\n", text)
			return errSilent
		}
		tw := tabwriter.NewWriter(g.Stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "#\tSCORE\tNAME\tKIND\tCOUNTRY\tADMIN1\tADMIN2\tLAT\tLON\tGEONAMEID\tPREC\tMATCH\tCONF\tWHY")
		for i, c := range cands {
			fmt.Fprintf(tw, "%d\t%.2f\t%s\t%s\t%s\t%s\t%s\t%.4f\t%.4f\t%d\t%d\t%s\t%.2f\t%s\n", i+1, c.Score, c.Name, c.KindName,
				c.CountryCode, c.Admin1, c.Admin2, c.Lat, c.Lon, c.GeonameID, c.Precision, c.MatchName, c.Confidence,
				strings.Join(c.Why, ", "))
		}
		return tw.Flush()
	}
	gctx := gazetteer.NewContext()
	if *country != "" {
		gctx.AddCountry(gz, *country, 2)
	}
	res := gz.ResolveIn(gctx, text)
	if *format == "json" {
		out := make([]placeOut, 0, len(res))
		for _, r := range res {
			out = append(out, toPlaceOut(text, r))
		}
		return writeJSON(g, map[string]any{"text": text, "mentions": out})
	}
	if len(res) == 0 {
		fmt.Fprintln(g.Stdout, "no place mentions found")
		return nil
	}
	tw := tabwriter.NewWriter(g.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SPAN\tWRITTEN\tRESOLVED\tKIND\tCOUNTRY\tADMIN1\tADMIN2\tLAT\tLON\tPREC\tMATCH\tCONF")
	for _, r := range res {
		s, e := r.Runes(text)
		if r.Place == nil {
			fmt.Fprintf(tw, "%d-%d\t%s\t(unresolved)\t\t\t\t\t\t\t\t\t\n", s, e, r.Text)
			continue
		}
		p := r.Place
		kind := p.KindName
		if r.Demonym {
			kind += " (demonym)"
		}
		fmt.Fprintf(tw, "%d-%d\t%s\t%s\t%s\t%s\t%s\t%s\t%.4f\t%.4f\t%d\t%s\t%.2f\n", s, e, r.Text, p.Name, kind,
			p.CountryCode, p.Admin1, p.Admin2, p.Lat, p.Lon, p.Precision, p.MatchName, p.Confidence)
	}
	return tw.Flush()
}

// isSingleName: a name, not a sentence.
func isSingleName(s string) bool {
	if strings.ContainsAny(s, ".!?;\n") && !strings.Contains(s, "U.S") {
		return false
	}
	return len(strings.Fields(s)) <= 4
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func writeJSON(g *globals, v any) error {
	enc := json.NewEncoder(g.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

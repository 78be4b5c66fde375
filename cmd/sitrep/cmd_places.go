package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

func init() {
	register(&command{Name: "places", Summary: "list the place mentions in texts, resolved to points", Run: runPlaces})
}

const placesAbout = `
Find every place mention in each FILE (plain text; "-" is stdin) and
resolve it with the whole text as context. Spans are character offsets in
Unicode code points, end exclusive.

With --in, read JSON Lines tasks {"id": ..., "text": ...} and write one
line {"id": ..., "places": [...]} per task. A task that carries
"toponyms" ([{"start", "end"[, "name"]}], code point offsets) has exactly
those spans resolved, with the text as context (resolve-only geoparsing).
A given span the gazetteer lacks (a street, a market, a village GeoNames
does not list), or reads only by a look-alike spelling far from the
text's other places, takes the point of the nearest place the text names,
with match "nearby", precision 2 or 3 and confidence 0.2.

Each place: start, end, name (as written), resolved (gazetteer name),
kind, lat, lon (null if unresolved), country (ISO2), country_name,
admin1, admin2, geonameid, precision (ACLED geo_precision 1-3),
match (exact, alternate, fuzzy, nearby), confidence, demonym.

Examples:
  sitrep places article.txt
  sitrep places --format table ../shared/seeds/*.txt
  sitrep places --in tasks.jsonl > places.jsonl
`

type placeOut struct {
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Name       string   `json:"name"`
	Resolved   string   `json:"resolved,omitempty"`
	Kind       string   `json:"kind,omitempty"`
	Lat        *float64 `json:"lat"`
	Lon        *float64 `json:"lon"`
	Country    string   `json:"country,omitempty"`
	CountryNm  string   `json:"country_name,omitempty"`
	Admin1     string   `json:"admin1,omitempty"`
	Admin2     string   `json:"admin2,omitempty"`
	GeonameID  uint32   `json:"geonameid,omitempty"`
	Precision  int      `json:"precision,omitempty"`
	Match      string   `json:"match,omitempty"`
	Confidence float64  `json:"confidence"`
	Demonym    bool     `json:"demonym,omitempty"`
}

func toPlaceOut(text string, r gazetteer.Resolved) placeOut {
	s, e := r.Runes(text)
	o := placeOut{Start: s, End: e, Name: r.Text, Demonym: r.Demonym}
	if p := r.Place; p != nil {
		lat, lon := p.Lat, p.Lon
		o.Lat, o.Lon = &lat, &lon
		o.Resolved, o.Kind = p.Name, p.KindName
		o.Country, o.CountryNm, o.Admin1, o.Admin2 = p.CountryCode, p.Country, p.Admin1, p.Admin2
		o.GeonameID, o.Precision, o.Match, o.Confidence = p.GeonameID, p.Precision, p.MatchName, p.Confidence
	}
	return o
}

func runPlaces(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "places", "[--format jsonl|table] FILE... | --in TASKS.jsonl", placesAbout)
	format := fs.String("format", "jsonl", "output: jsonl or table")
	in := fs.String("in", "", "JSON Lines tasks {id, text[, toponyms]} (\"-\": stdin)")
	index := fs.String("index", "", "gazetteer index (default: the one sitrep finds)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "jsonl" && *format != "table" {
		return usageErr("--format must be jsonl or table")
	}
	if *in == "" && len(rest) == 0 {
		return usageErr("give FILEs or --in TASKS.jsonl")
	}
	if *in != "" && len(rest) > 0 {
		return usageErr("--in takes no FILE arguments")
	}
	gz, err := openGazetteer(*index)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(g.Stdout, 1<<16)
	defer w.Flush()
	if *in != "" {
		return placesTasks(ctx, g, gz, *in, w)
	}
	failed := false
	for _, f := range rest {
		data, err := readArg(g, f)
		if err != nil {
			fmt.Fprintf(g.Stderr, "sitrep places: %v\n", err)
			failed = true
			continue
		}
		text := string(data)
		res := gz.Resolve(text)
		if *format == "table" {
			fmt.Fprintf(w, "== %s\n", f)
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "SPAN\tWRITTEN\tRESOLVED\tKIND\tCOUNTRY\tADMIN1\tADMIN2\tLAT\tLON\tPREC\tCONF")
			for _, r := range res {
				o := toPlaceOut(text, r)
				if o.Lat == nil {
					fmt.Fprintf(tw, "%d-%d\t%s\t(unresolved)\t\t\t\t\t\t\t\t\n", o.Start, o.End, o.Name)
					continue
				}
				fmt.Fprintf(tw, "%d-%d\t%s\t%s\t%s\t%s\t%s\t%s\t%.4f\t%.4f\t%d\t%.2f\n", o.Start, o.End, o.Name, o.Resolved,
					o.Kind, o.Country, o.Admin1, o.Admin2, *o.Lat, *o.Lon, o.Precision, o.Confidence)
			}
			tw.Flush()
			continue
		}
		out := struct {
			File   string     `json:"file"`
			Places []placeOut `json:"places"`
		}{File: f, Places: []placeOut{}}
		for _, r := range res {
			out.Places = append(out.Places, toPlaceOut(text, r))
		}
		if err := writeLine(w, out); err != nil {
			return err
		}
	}
	if failed {
		return errSilent
	}
	return nil
}

type placesTask struct {
	ID       json.RawMessage `json:"id"`
	Text     string          `json:"text"`
	Toponyms []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Name  string `json:"name"`
	} `json:"toponyms"`
}

func placesTasks(ctx context.Context, g *globals, gz *gazetteer.Gazetteer, path string, w *bufio.Writer) error {
	return eachLine(ctx, g, "places", path, func(line []byte) error {
		var t placesTask
		if err := json.Unmarshal(line, &t); err != nil {
			return err
		}
		var res []gazetteer.Resolved
		if t.Toponyms != nil {
			b := runeToByte(t.Text)
			spans := make([]gazetteer.Span, len(t.Toponyms))
			for i, tp := range t.Toponyms {
				spans[i] = gazetteer.Span{Start: b(tp.Start), End: b(tp.End)}
			}
			res = gz.ResolveSpans(t.Text, spans)
		} else {
			res = gz.Resolve(t.Text)
		}
		out := struct {
			ID     json.RawMessage `json:"id"`
			Places []placeOut      `json:"places"`
		}{ID: t.ID, Places: make([]placeOut, 0, len(res))}
		for _, r := range res {
			out.Places = append(out.Places, toPlaceOut(t.Text, r))
		}
		return writeLine(w, out)
	})
}

// runeToByte returns a converter from code point offsets to byte offsets
// in text (offsets past the end map to len(text); negative stay -1).
func runeToByte(text string) func(int) int {
	var offs []int
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	return func(r int) int {
		if r < 0 {
			return -1
		}
		if r >= len(offs) {
			return len(text) + 1
		}
		return offs[r]
	}
}

func writeLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

var _ = utf8.RuneLen

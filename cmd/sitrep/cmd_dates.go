package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/extract/dates"
	"github.com/sitrep/sitrep/internal/source"
)

func init() {
	register(&command{Name: "dates", Summary: "find and resolve date expressions in text", Run: runDates})
}

const datesAbout = `
Finds every date and time expression in the text of each FILE ("-" reads
standard input) and resolves it against the publication date: value in
TimeML form (2013-03-22, 2013-W12, 2013-03, 2013, PRESENT_REF, P3D...),
type (DATE, TIME, DURATION, SET) and precision (day, week, month...).
Spans are Unicode code point offsets into the text, end exclusive.

With --in, reads JSON lines {"id","dct","text"} and writes one line
{"id","dates":[{"start","end","text","value","type","precision"}...]} per
input line, in input order. A bad line is reported on stderr with its
file:line and skipped; the exit status is then 1.

Examples:
  sitrep dates --published 2013-03-22 article.txt
  echo "Rebels attacked the town on Friday." | sitrep dates --published 2024-05-10 -
  sitrep dates --in tasks.jsonl > dates.jsonl
`

type dateOut struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Value     string `json:"value"`
	Type      string `json:"type"`
	Precision string `json:"precision"`
	Mod       string `json:"mod,omitempty"`
}

type dateTask struct {
	ID   json.RawMessage `json:"id"`
	DCT  string          `json:"dct"`
	Text *string         `json:"text"`
}

func runDates(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "dates", "[--published DATE] [--format table|jsonl] FILE...\n       sitrep dates --in TASKS.jsonl", datesAbout)
	published := fs.String("published", "", "publication date YYYY-MM-DD (or RFC 3339) the text is resolved against (default today)")
	format := fs.String("format", "table", "output format: table or jsonl")
	in := fs.String("in", "", "JSON lines of {\"id\",\"dct\",\"text\"} tasks (\"-\" for stdin)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *in != "" {
		if len(files) > 0 {
			return usageErr("--in takes no FILE arguments")
		}
		return datesTasks(ctx, g, *in)
	}
	if *format != "table" && *format != "jsonl" {
		return usageErr("--format must be table or jsonl, not %q", *format)
	}
	if len(files) == 0 {
		return usageErr("no input: give FILE... (- for stdin) or --in TASKS.jsonl")
	}
	dct := time.Now()
	if *published != "" {
		d, err := source.ParseDate(*published)
		if err != nil {
			return usageErr("--published: cannot read %q as a date (want YYYY-MM-DD)", *published)
		}
		dct = d
	}
	failed := false
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, err := readArg(g, name)
		if err != nil {
			fmt.Fprintf(g.Stderr, "sitrep dates: %v\n", err)
			failed = true
			continue
		}
		text := string(data)
		out := toDateOut(text, dates.Find(text, dct))
		if *format == "jsonl" {
			enc := json.NewEncoder(g.Stdout)
			enc.SetEscapeHTML(false)
			for _, d := range out {
				line := struct {
					File string `json:"file"`
					dateOut
				}{name, d}
				if err := enc.Encode(line); err != nil {
					return err
				}
			}
			continue
		}
		w := tabwriter.NewWriter(g.Stdout, 0, 4, 2, ' ', 0)
		if len(files) > 1 {
			fmt.Fprintf(w, "# %s\n", name)
		}
		fmt.Fprintln(w, "START\tEND\tTYPE\tVALUE\tPRECISION\tTEXT")
		for _, d := range out {
			v := d.Value
			if d.Mod != "" {
				v += " (" + d.Mod + ")"
			}
			fmt.Fprintf(w, "%d\t%d\t%s\t%s\t%s\t%s\n", d.Start, d.End, d.Type, v, d.Precision, strings.ReplaceAll(d.Text, "\n", " "))
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	if failed {
		return errSilent
	}
	return nil
}

// datesTasks runs the JSON-lines task mode.
func datesTasks(ctx context.Context, g *globals, path string) error {
	bw := bufio.NewWriterSize(g.Stdout, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := eachLine(ctx, g, "dates", path, func(line []byte) error { return datesTask(enc, line) })
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

func datesTask(enc *json.Encoder, line []byte) error {
	line = []byte(strings.TrimSpace(string(line)))
	if len(line) == 0 {
		return nil
	}
	var t dateTask
	if err := json.Unmarshal(line, &t); err != nil {
		return fmt.Errorf("not a JSON task: %v", err)
	}
	if len(t.ID) == 0 || string(t.ID) == "null" {
		return fmt.Errorf("missing \"id\"")
	}
	if t.Text == nil {
		return fmt.Errorf("missing \"text\"")
	}
	dct, err := source.ParseDate(t.DCT)
	if err != nil {
		return fmt.Errorf("bad \"dct\" %q (want YYYY-MM-DD)", t.DCT)
	}
	out := toDateOut(*t.Text, dates.Find(*t.Text, dct))
	if out == nil {
		out = []dateOut{}
	}
	return enc.Encode(struct {
		ID    json.RawMessage `json:"id"`
		Dates []dateOut       `json:"dates"`
	}{t.ID, out})
}

// toDateOut converts byte spans to code point spans.
func toDateOut(text string, es []dates.Expr) []dateOut {
	if len(es) == 0 {
		return nil
	}
	out := make([]dateOut, 0, len(es))
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	pos, cp := 0, 0 // running byte offset and its code point count
	conv := func(b int) int {
		if ascii {
			return b
		}
		if b < pos {
			pos, cp = 0, 0
		}
		cp += utf8.RuneCountInString(text[pos:b])
		pos = b
		return cp
	}
	for _, e := range es {
		s := conv(e.Start)
		t := conv(e.End)
		out = append(out, dateOut{Start: s, End: t, Text: e.Text, Value: e.Value, Type: e.Type, Precision: e.Precision.String(), Mod: e.Mod})
	}
	return out
}

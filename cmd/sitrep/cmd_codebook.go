package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/event"
)

func init() {
	register(&command{Name: "codebook", Summary: "list ACLED's event types and sub-event types, with their definitions", Run: runCodebook})
}

const codebookAbout = `
Lists the event types and sub-event types sitrep codes, in the ACLED
codebook's order, each with its disorder type and a short definition. These
are the values --event-type and --sub-event-type take (in any case) in
'sitrep events', 'export' and 'alerts', and event_type and sub_event_type in
the API.

Examples:
  sitrep codebook
  sitrep codebook --format json
`

func runCodebook(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "codebook", "[--format table|json]", codebookAbout)
	format := fs.String("format", "table", "table or json")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if err := checkTableOrJSON(*format); err != nil {
		return err
	}
	if *format == "json" {
		type entry struct {
			EventType    string `json:"event_type"`
			SubEventType string `json:"sub_event_type"`
			DisorderType string `json:"disorder_type"`
			Definition   string `json:"definition"`
		}
		out := make([]entry, 0, len(event.Codebook))
		for _, s := range event.Codebook {
			out = append(out, entry{s.Type, s.Name, s.Disorder, s.Definition})
		}
		enc := json.NewEncoder(g.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(g.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "EVENT TYPE\tSUB-EVENT TYPE\tDISORDER TYPE\tDEFINITION")
	last := ""
	for _, s := range event.Codebook {
		typ := s.Type
		if typ == last {
			typ = ""
		}
		last = s.Type
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", typ, s.Name, s.Disorder, s.Definition)
	}
	return tw.Flush()
}

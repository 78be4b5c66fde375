package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/explain"
	"github.com/sitrep/sitrep/internal/filter"
)

func init() {
	register(&command{Name: "events", Summary: "list coded events", Run: runEvents})
}

const eventsAbout = `
Lists the events coded from stored articles, newest first. Each event carries
ACLED's fields (event_date, time_precision, event_type, sub_event_type, actors,
country, admin1, admin2, location, coordinates, geo_precision, fatalities) and
every claim behind its numbers: the count, who said it and the sentence.

Formats: table (default), json (an array), jsonl (one event per line, the whole
record), csv (ACLED's columns in ACLED's order, then sitrep's own).
Events an article tells as history (a 1990s war) are flagged background
(* after the date in the table); --no-background leaves them out.

At most 1,000 events unless --limit says otherwise; --offset pages on.
The filters are the same, with the same names, in export, alerts, the API
(/api/events?country=Mali&min_fatalities=1) and the map page's address.

Examples:
  sitrep events
  sitrep events --country Afghanistan --from 2021-06-01 --to 2021-06-30
  sitrep events --event-type Battles --actor Taliban --format csv > battles.csv
  sitrep events --sub-event-type "Air/drone strike" --min-fatalities 5 --language ru
  sitrep events --format json > events.json
`

// eventsDefaultLimit is the store's own page size: a terminal rarely wants
// more, and --limit asks for more.
const eventsDefaultLimit = 1000

func runEvents(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "events", "[flags]", eventsAbout)
	format := fs.String("format", "table", "table, json, jsonl or csv")
	// The filters are the API's, read and checked by the one parser.
	q := filter.AddFlags(fs, filter.ForEvents)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	switch *format {
	case "table", "json", "jsonl", "csv":
	default:
		return usageErr("--format must be table, json, jsonl or csv, not %q", *format)
	}
	if !q.Has("limit") {
		q.Set("limit", strconv.Itoa(eventsDefaultLimit))
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
	evs, err := st.ListEvents(ctx, f)
	if err != nil {
		return err
	}
	if len(evs) == 0 {
		// Say why nothing came back; a country nobody knows is an error
		// whatever the format, the rest is only said beside the table.
		why, err := whyNoEvents(ctx, st, f)
		if err != nil {
			return err
		}
		if *format == "table" {
			fmt.Fprintln(g.Stderr, why)
			return nil
		}
	}
	switch *format {
	case "json":
		if evs == nil {
			evs = []event.Event{}
		}
		enc := json.NewEncoder(g.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(evs)
	case "jsonl":
		enc := json.NewEncoder(g.Stdout)
		for i := range evs {
			if err := enc.Encode(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		return event.WriteCSV(g.Stdout, evs)
	}
	tw := tabwriter.NewWriter(g.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tTYPE\tWHERE\tACTORS\tFATAL.\tCLAIMS")
	for _, e := range evs {
		date := e.EventDate
		if e.TimePrecision > 1 {
			date += "~" + strconv.Itoa(e.TimePrecision)
		}
		if e.Background {
			date += "*"
		}
		where := strings.Join(nonEmpty(e.Location, e.Admin2, e.Admin1, e.Country), ", ")
		actors := e.Actor1
		if e.Actor2 != "" {
			actors += " vs " + e.Actor2
		}
		fat := strconv.Itoa(e.Fatalities)
		if e.FatalitiesHigh > e.FatalitiesLow {
			fat = fmt.Sprintf("%d (%d-%d)", e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, date, clip(typeLabel(e), 40), clip(where, 36), clip(actors, 50), fat, claimsSummary(e))
	}
	return tw.Flush()
}

func typeLabel(e event.Event) string {
	if e.SubEventType != "" {
		return e.SubEventType
	}
	return e.EventType
}

// claimsSummary is a compact "killed 8 (Khalil Asir); wounded 6" cell.
func claimsSummary(e event.Event) string {
	var parts []string
	for _, c := range e.Claims {
		s := c.Kind + " " + strconv.Itoa(c.Count)
		if c.Qualifier != "" {
			s = c.Kind + " " + c.Qualifier + " " + strconv.Itoa(c.Count)
		}
		if c.AttributedTo != "" {
			s += " (" + clip(c.AttributedTo, 24) + ")"
		}
		parts = append(parts, s)
	}
	if len(e.Denials) > 0 {
		parts = append(parts, fmt.Sprintf("%d denial(s)", len(e.Denials)))
	}
	return strings.Join(parts, "; ")
}

func nonEmpty(s ...string) []string { return explain.NonEmpty(s...) }

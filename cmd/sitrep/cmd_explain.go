package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register(&command{Name: "explain", Summary: "show why an event looks as it does: its reports, merge scores and claims", Run: runExplain})
}

const explainAbout = `
Prints an event as coded, then each report (one article's account) that was
merged into it with the score that merged it against the first report, then
every claim with who said it, the outlet and the sentence it came from, and
every denial. Each score lists its evidence (date, place, type, actors,
shared names, figures, wording) with its weight, and says why a pair
never merges. ID may be a unique prefix of an event ID (see sitrep events).

Example:
  sitrep explain KG57785ed1f3
`

func runExplain(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "explain", "EVENT_ID", explainAbout)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usageErr("give exactly one event ID")
	}
	st, err := store.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	e, err := st.GetEvent(ctx, args[0])
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no event with ID %s (see sitrep events)", args[0])
	}
	if err != nil {
		return err
	}
	ms, err := st.EventMentions(ctx, e.ID)
	if err != nil {
		return err
	}
	w := g.Stdout
	fmt.Fprintf(w, "%s  %s (precision %d)  %s\n", e.ID, e.EventDate, e.TimePrecision, strings.Join(nonEmpty(e.EventType, e.SubEventType), " / "))
	fmt.Fprintf(w, "  where:  %s (geo_precision %d)\n", strings.Join(nonEmpty(e.Location, e.Admin2, e.Admin1, e.Country), ", "), e.GeoPrecision)
	fmt.Fprintf(w, "  actors: %s\n", strings.Join(nonEmpty(e.Actor1, e.AssocActor1, e.Actor2, e.AssocActor2), " | "))
	fmt.Fprintf(w, "  fatalities: %d (reported %d-%d); sources: %d independent of %d outlets", e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh, e.SourcesCount, len(e.Outlets))
	if len(e.Contested) > 0 {
		fmt.Fprintf(w, "; contested: %s", strings.Join(e.Contested, ", "))
	}
	fmt.Fprintf(w, "\n  notes:  %s\n", e.Notes)

	fmt.Fprintf(w, "\nReports (%d):\n", len(ms))
	for i := range ms {
		m := &ms[i]
		fmt.Fprintf(w, "  %d. %s  %s  %s, %s\n", i+1, m.ID, articleLabel(m), m.EventDate, strings.Join(nonEmpty(m.Location, m.Admin1, m.Country), ", "))
		if i == 0 {
			fmt.Fprintln(w, "     first report: the event is named after it")
			continue
		}
		_, why, _ := fuse.Match(&ms[0], m)
		fmt.Fprintf(w, "     vs report 1: %s\n", why)
	}

	fmt.Fprintf(w, "\nClaims (%d):\n", len(e.Claims))
	for _, c := range e.Claims {
		fmt.Fprintf(w, "  - %s %s%d", c.Kind, qualifier(c), c.Count)
		if c.Who != "" {
			fmt.Fprintf(w, " %s", c.Who)
		}
		fmt.Fprintf(w, "  said by %s  in %s", orUnknown(c.AttributedTo), orUnknown(c.Outlet))
		if c.Headline {
			fmt.Fprint(w, " (headline)")
		}
		fmt.Fprintf(w, "\n      %q\n", c.Quote)
	}
	if len(e.Denials) > 0 {
		fmt.Fprintf(w, "\nDenials (%d):\n", len(e.Denials))
		for _, d := range e.Denials {
			fmt.Fprintf(w, "  - %s  in %s\n      %q\n", d.By, orUnknown(d.Outlet), d.Quote)
		}
	}
	return nil
}

func articleLabel(m *event.Event) string {
	if len(m.Articles) == 0 {
		return ""
	}
	a := m.Articles[0]
	return fmt.Sprintf("%s (%s, %s)", a.ID, a.Outlet, a.Published)
}

func qualifier(c event.Claim) string {
	if c.Qualifier == "" {
		return ""
	}
	return c.Qualifier + " "
}

func orUnknown(s string) string {
	if s == "" {
		return "(not said)"
	}
	return s
}

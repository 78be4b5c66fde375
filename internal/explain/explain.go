// Package explain writes why an event looks as it does: the event as
// coded, each report merged into it with the score that merged it, every
// claim and denial with who said it and where. `sitrep explain` and the
// MCP server's explain_event tool print the same text.
package explain

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/fuse"
)

// Store is what Write reads.
type Store interface {
	GetEvent(ctx context.Context, id string) (*event.Event, error)
	EventMentions(ctx context.Context, eventID string) ([]event.Event, error)
}

// Write writes the explanation of the event with ID id (or a unique
// prefix of it) to w. Nothing is written when the event cannot be read:
// the store's error (store.ErrNotFound, store.ErrAmbiguous) is returned
// as it is, for the caller to word.
func Write(ctx context.Context, st Store, id string, w io.Writer) error {
	e, err := st.GetEvent(ctx, id)
	if err != nil {
		return err
	}
	ms, err := st.EventMentions(ctx, e.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s  %s (precision %d)  %s\n", e.ID, e.EventDate, e.TimePrecision, strings.Join(NonEmpty(e.EventType, e.SubEventType), " / "))
	fmt.Fprintf(w, "  where:  %s (geo_precision %d)\n", strings.Join(NonEmpty(e.Location, e.Admin2, e.Admin1, e.Country), ", "), e.GeoPrecision)
	fmt.Fprintf(w, "  actors: %s\n", strings.Join(NonEmpty(e.Actor1, e.AssocActor1, e.Actor2, e.AssocActor2), " | "))
	fmt.Fprintf(w, "  fatalities: %d (reported %d-%d); sources: %s of %s", e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh,
		count(e.SourcesCount, "independent source"), count(len(e.Outlets), "outlet"))
	if len(e.Contested) > 0 {
		fmt.Fprintf(w, "; contested: %s", strings.Join(e.Contested, ", "))
	}
	fmt.Fprintf(w, "\n  notes:  %s\n", e.Notes)
	writeReports(w, ms)
	writeClaims(w, e)
	return nil
}

// WritePair writes why the events with IDs a and b (or unique prefixes)
// are two events: every report of one scored against every report of
// the other, then the mean of those scores, which is what clustering
// compares with fuse.Threshold (average link), and any pair that may
// never merge, which keeps them apart whatever the mean.
func WritePair(ctx context.Context, st Store, a, b string, w io.Writer) error {
	var ids [2]string
	var ms [2][]event.Event
	for i, id := range []string{a, b} {
		e, err := st.GetEvent(ctx, id)
		if err != nil {
			return err
		}
		if ms[i], err = st.EventMentions(ctx, e.ID); err != nil {
			return err
		}
		ids[i] = e.ID
	}
	fmt.Fprintf(w, "%s (%d reports) vs %s (%d reports)\n", ids[0], len(ms[0]), ids[1], len(ms[1]))
	sum, n, blocked := 0.0, 0, false
	for i := range ms[0] {
		for j := range ms[1] {
			x, y := &ms[0][i], &ms[1][j]
			s, why, ok := fuse.Match(x, y)
			fmt.Fprintf(w, "  %s\n  %s\n     %s\n", reportLabel(x), reportLabel(y), why)
			sum, n, blocked = sum+s, n+1, blocked || !ok
		}
	}
	if n == 0 {
		fmt.Fprintln(w, "no reports to compare")
		return nil
	}
	verdict := "below"
	if sum/float64(n) >= fuse.Threshold {
		verdict = "at or above"
	}
	fmt.Fprintf(w, "mean of %d pairs %.2f, %s the merge threshold %.2f", n, sum/float64(n), verdict, fuse.Threshold)
	if blocked {
		fmt.Fprint(w, "; a pair may never merge")
	}
	fmt.Fprintln(w)
	return nil
}

// writeReports lists the mentions fused into the event, each after the
// first with the score that matches it against the first.
func writeReports(w io.Writer, ms []event.Event) {
	fmt.Fprintf(w, "\nReports (%d):\n", len(ms))
	for i := range ms {
		m := &ms[i]
		fmt.Fprintf(w, "  %d. %s  %s  %s, %s\n", i+1, m.ID, articleLabel(m), m.EventDate, strings.Join(NonEmpty(m.Location, m.Admin1, m.Country), ", "))
		if i == 0 {
			fmt.Fprintln(w, "     first report: the event is named after it")
			continue
		}
		_, why, _ := fuse.Match(&ms[0], m)
		fmt.Fprintf(w, "     vs report 1: %s\n", why)
	}
}

func writeClaims(w io.Writer, e *event.Event) {
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
		fmt.Fprintf(w, "\n      %s\n", quote(c.Quote))
	}
	if len(e.Denials) > 0 {
		fmt.Fprintf(w, "\nDenials (%d):\n", len(e.Denials))
		for _, d := range e.Denials {
			fmt.Fprintf(w, "  - %s  in %s\n      %s\n", d.By, orUnknown(d.Outlet), quote(d.Quote))
		}
	}
}

// NonEmpty drops the empty strings of s and any repeating the one before
// it, so "Kabul, Kabul, Afghanistan" reads "Kabul, Afghanistan".
func NonEmpty(s ...string) []string {
	var out []string
	for _, v := range s {
		if v != "" && (len(out) == 0 || out[len(out)-1] != v) {
			out = append(out, v)
		}
	}
	return out
}

// reportLabel is a mention's ID and, when known, its article's.
func reportLabel(m *event.Event) string {
	return strings.TrimSpace(m.ID + "  " + articleLabel(m))
}

func articleLabel(m *event.Event) string {
	if len(m.Articles) == 0 {
		return ""
	}
	a := m.Articles[0]
	return fmt.Sprintf("%s (%s, %s)", a.ID, a.Outlet, a.Published)
}

// count is "1 outlet", "3 outlets": the noun takes an s unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// quote puts an article's sentence between double quotes as a reader
// would write it: any run of white space (no-break spaces, line breaks)
// is one space, and characters that do not print (controls, terminal
// escapes, zero-width marks) are dropped, so nothing reaches the terminal
// as a Go escape such as \u00a0.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return `"` + strings.Map(func(r rune) rune {
		if unicode.IsGraphic(r) {
			return r
		}
		return -1
	}, s) + `"`
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

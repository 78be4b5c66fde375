package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/explain"
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

With two IDs it says why they are two events: every report of one scored
against every report of the other, the mean of those scores (two events
merge when it reaches the threshold) and any pair that may never merge.

Examples:
  sitrep explain KG57785ed1f3
  sitrep explain KG57785ed1f3 KG9a0c2b7e41
`

func runExplain(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "explain", "EVENT_ID [OTHER_ID]", explainAbout)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) < 1 || len(args) > 2 {
		return usageErr("give one event ID, or two to compare")
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	if len(args) == 2 {
		err = explain.WritePair(ctx, st, args[0], args[1], g.Stdout)
	} else {
		err = explain.Write(ctx, st, args[0], g.Stdout)
	}
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no event with ID %s (see sitrep events)", strings.Join(args, " or "))
	}
	return err
}

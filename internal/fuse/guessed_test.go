package fuse

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// An article nobody dated is coded with the day it was read, flagged as a
// guess: that day must neither block nor support a match, and a fused
// event takes its date from the reports that have one.
func TestGuessedDate(t *testing.T) {
	guessed := func(e event.Event, day string) event.Event {
		e.EventDate, e.TimePrecision, e.DateGuessed = day, 3, true
		e.Articles = []event.ArticleRef{{ID: e.Articles[0].ID, Outlet: e.Articles[0].Outlet, Published: day}}
		return e
	}
	const q1 = "Gunmen shot dead a fisherman at Mocimboa beach, Pinnacle News said."
	const q2 = "A fisherman was shot dead near Mocimboa, according to Pinnacle News."
	inTown := func(e event.Event) event.Event {
		e.Location, e.GeoPrecision, e.Latitude, e.Longitude = "Mocimboa da Praia", 1, -11.35, 40.35
		return e
	}
	dated := inTown(countryOnly("m-1", "a-1", q1))
	late := guessed(inTown(countryOnly("m-2", "a-2", q2)), "2026-09-30")

	s, why, ok := Match(&dated, &late)
	if !ok || s < Threshold || !strings.Contains(why, "date unknown +0.00") {
		t.Errorf("dated vs guessed: %.2f %v %s", s, ok, why)
	}
	// Without the guess flag the same dates are months apart.
	plain := late
	plain.DateGuessed = false
	if _, why, ok := Match(&dated, &plain); ok {
		t.Errorf("months apart matched: %s", why)
	}

	f := Fuse([]event.Event{late, dated}, nil)
	if f.EventDate != dated.EventDate || f.TimePrecision != 1 || f.DateGuessed {
		t.Errorf("fused date %s~%d guessed %v, want the reported %s~1", f.EventDate, f.TimePrecision, f.DateGuessed, dated.EventDate)
	}
	other := guessed(countryOnly("m-3", "a-3", q1), "2026-09-30")
	f = Fuse([]event.Event{late, other}, nil)
	if !f.DateGuessed {
		t.Errorf("two guessed reports fused into a dated event: %s~%d", f.EventDate, f.TimePrecision)
	}

	// The guess is an upper bound: the incident lies in the year before it,
	// across a new year included, never after it.
	for _, tc := range []struct {
		dated, guess string
		ok           bool
	}{
		{"2026-12-31", "2027-01-02", true},
		{"2026-01-20", "2026-12-28", true},
		{"2025-10-02", "2026-12-28", false}, // history the text would date
		{"2026-12-29", "2026-12-20", false}, // after the article was read
	} {
		d := dated
		d.EventDate = tc.dated
		g := guessed(inTown(countryOnly("m-4", "a-4", q2)), tc.guess)
		if _, why, ok := Match(&d, &g); ok != tc.ok {
			t.Errorf("dated %s vs guessed %s: ok %v, want %v (%s)", tc.dated, tc.guess, ok, tc.ok, why)
		}
	}
}

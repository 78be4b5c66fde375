package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// Two country-level flashes of one state force's battle in one week:
// the same toll in double figures ties them; a toll of a few, which a
// province's incidents of a day repeat, or two different tolls do not.
func TestRareTollTiesStateForce(t *testing.T) {
	flash := func(id, art, day string, killed int, victims string) event.Event {
		return event.Event{
			ID: id, EventDate: day, TimePrecision: 2,
			EventType: "Battles", SubEventType: "Armed clash",
			Actor1: "Military Forces of Niger (2023-)", Actor2: "Unidentified Armed Group (Niger)",
			ISO: "NE", Country: "Niger", Location: "Niger", GeoPrecision: 3,
			Claims:   []event.Claim{{Kind: event.Killed, Count: killed, Victims: victims, Quote: "Army says militants killed in the west."}},
			Articles: []event.ArticleRef{{ID: art, Outlet: art, Published: day}},
		}
	}
	for _, tc := range []struct {
		name   string
		ka, kb int
		va, vb string // whom each toll counts
		merge  bool
	}{
		{"same toll in double figures", 17, 17, "armed", "", true},
		{"same small toll", 6, 6, "", "", false},
		{"different tolls", 17, 30, "", "", false},
		// twelve soldiers killed and twelve militants killed are two tolls
		{"same count of other dead", 12, 12, "state", "armed", false},
	} {
		a, b := flash("m-1", "a-1", "2026-02-10", tc.ka, tc.va), flash("m-2", "a-2", "2026-02-10", tc.kb, tc.vb)
		s, why, ok := Match(&a, &b)
		if got := ok && s >= Threshold; got != tc.merge {
			t.Errorf("%s: merged %v, want %v (%s)", tc.name, got, tc.merge, why)
		}
	}
}

// A creed is no name: one flash's "Islamists" and another's "jihadist"
// fighters of one battle must not count as two reports naming different
// people (namesDisjoint), which would undo the rare toll's tie.
func TestCreedWordsNameNoOne(t *testing.T) {
	flash := func(id, kw, quote string) event.Event {
		return event.Event{
			ID: id, EventDate: "2026-04-03", TimePrecision: 2,
			EventType: "Battles", SubEventType: "Armed clash",
			Actor1: "Military Forces of Mauritania", Actor2: "Unidentified Armed Group (Mauritania)",
			ISO: "MR", Country: "Mauritania", Location: "Mauritania", GeoPrecision: 3,
			Keywords: []string{kw},
			Claims:   []event.Claim{{Kind: event.Killed, Count: 19, Quote: quote}},
			Articles: []event.ArticleRef{{ID: id, Outlet: id, Published: "2026-04-03"}},
		}
	}
	a := flash("w-1", "Islamists", "Mauritanian army kills 19 Islamists near the border: ministry.")
	b := flash("w-2", "Jihadist", "Troops kill 19 Jihadist fighters in desert raid, army says.")
	if s, why, ok := Match(&a, &b); !ok || s < Threshold {
		t.Errorf("creed words kept two reports of one battle apart: %s", why)
	}
}

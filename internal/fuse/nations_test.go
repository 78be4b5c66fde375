package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// Two cross-border shellings in one province in one week, each told in a
// sentence that names the attacker's people: the shared nationality (and
// the province as the text spells it) is no shared name, so nothing but
// type, actor and province ties them and they stay apart. A village both
// name still ties two reports of one shelling.
func TestNationWordsTieNothing(t *testing.T) {
	report := func(id, art, quote string) event.Event {
		return event.Event{
			ID: id, EventDate: "2026-03-04", TimePrecision: 2,
			EventType: "Explosions/Remote violence", SubEventType: "Shelling/artillery/missile attack",
			Actor1: "Military Forces of Chad (2021-)", Actor2: "Civilians (Sudan)",
			ISO: "SD", Country: "Sudan", Admin1: "West Darfur", GeoPrecision: 3,
			Claims:   []event.Claim{{Kind: event.Killed, Count: 2, Quote: quote}},
			Articles: []event.ArticleRef{{ID: art, Outlet: art, Published: "2026-03-04"}},
		}
	}
	for _, tc := range []struct {
		name   string
		qa, qb string
		merge  bool
	}{
		{"only the attackers' people and the province's spelling",
			"Residents said Chadian shells killed two herders in Darfour-Ouest on Tuesday.",
			"Local officials blamed Chadian artillery for the deaths of two Sudanese traders.",
			false},
		{"the province spelt another way by both",
			"Residents said Chadian shells killed two herders in Darfour on Tuesday.",
			"Officials in Darfour blamed Chadian artillery for the deaths of two traders.",
			false},
		{"the same village",
			"Residents said Chadian shells killed two herders near Umm Kadada on Tuesday.",
			"Two herders died when Chadian artillery hit the outskirts of Umm Kadada, officials said.",
			true},
	} {
		a, b := report("m-1", "a-1", tc.qa), report("m-2", "a-2", tc.qb)
		s, why, ok := Match(&a, &b)
		if got := ok && s >= Threshold; got != tc.merge {
			t.Errorf("%s: merged %v, want %v (%s)", tc.name, got, tc.merge, why)
		}
	}
}

package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// One outlet cites one source for every incident it tells, and a
// province's spokesman speaks of each of its incidents: a speaker two
// reports share ties nothing. A named victim they share does.
func TestSpeakerIsNoName(t *testing.T) {
	report := func(id, quote, by string, district bool) event.Event {
		e := event.Event{
			ID: id, EventDate: "2025-11-03", TimePrecision: 1,
			EventType: "Battles", SubEventType: "Armed clash",
			Actor1: "Military Forces of Pakistan", Actor2: "Unidentified Armed Group (Pakistan)",
			ISO: "PK", Country: "Pakistan", Admin1: "Balochistan", GeoPrecision: 3,
			Claims:   []event.Claim{{Kind: event.Killed, Count: 3, Quote: quote, AttributedTo: by}},
			Articles: []event.ArticleRef{{ID: "a-" + id, Outlet: "Frontier Monitor", Published: "2025-11-03"}},
		}
		if district {
			e.Admin2, e.Location, e.GeoPrecision = "Dashtak", "Dashtak", 2
		}
		return e
	}
	checkMerges(t, []mergeCase{
		{"two incidents told on one source's word",
			report("1", "Three soldiers were killed when militants attacked a convoy in Dashtak district, reports Sarhad Times.", "Sarhad Times", true),
			report("2", "The militants said they had executed three captured soldiers, reports Sarhad Times.", "Sarhad Times", false),
			false},
		{"one incident, its victim named twice",
			report("1", "Three soldiers including Naik Qadir Bux were killed near a convoy in Dashtak district, reports Sarhad Times.", "Sarhad Times", true),
			report("2", "Naik Qadir Bux and two other soldiers died in the attack, officials said.", "officials", false),
			true},
	})
}

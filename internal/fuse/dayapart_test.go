package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// Coders' one-line notes from a district where one group attacks most
// days: two notes that date their attacks to consecutive days are two
// incidents unless they name one place or the same people; notes of one
// day stay one incident.
func TestDaysApartNeedTheText(t *testing.T) {
	note := func(id, day, loc, quote string, killed int) event.Event {
		e := event.Event{
			ID: id, EventDate: day, TimePrecision: 1,
			EventType: "Battles", SubEventType: "Armed clash",
			Actor1: "Military Forces of Burkina Faso (2022-)", Actor2: "JNIM: Group for Support of Islam and Muslims",
			ISO: "BF", Country: "Burkina Faso", Admin1: "Sahel", Admin2: "Soum", GeoPrecision: 2,
			Latitude: 14.1, Longitude: -1.6,
			Claims:   []event.Claim{{Kind: event.Killed, Count: killed, Quote: quote}},
			Articles: []event.ArticleRef{{ID: "a-" + id, Outlet: "o-" + id, Published: day}},
		}
		if loc != "" {
			e.Location, e.GeoPrecision, e.Latitude = loc, 1, 14.2
		}
		return e
	}
	checkMerges(t, []mergeCase{
		{"consecutive days, district only",
			note("1", "2025-05-06", "", "JNIM militants attacked an army post in Soum province. 3 soldiers were killed.", 3),
			note("2", "2025-05-07", "", "JNIM militants ambushed a patrol in Soum. Two soldiers were killed.", 2),
			false},
		{"consecutive days, one village",
			note("1", "2025-05-06", "Koutougou", "JNIM militants attacked the army post at Koutougou late on the 6th.", 3),
			note("2", "2025-05-07", "Koutougou", "Militants overran the Koutougou post overnight, killing four soldiers.", 4),
			true},
		{"consecutive days, the same people named",
			note("1", "2025-05-06", "", "JNIM militants attacked a convoy led by Captain Ouedraogo; Sergeant Kabore was among the dead.", 3),
			note("2", "2025-05-07", "", "The convoy of Captain Ouedraogo was ambushed; Sergeant Kabore and two others died.", 3),
			true},
		{"consecutive days, one town, the same group, tolls that fit",
			note("1", "2025-05-06", "Djibo", "JNIM militants attacked the army camp in Djibo on Tuesday. 3 soldiers were killed.", 3),
			note("2", "2025-05-07", "Djibo", "Militants hit the Djibo camp, killing four soldiers.", 4),
			true},
		{"consecutive days, one town, unnamed bombers",
			unnamed(note("1", "2025-05-06", "Djibo", "A bomb exploded at the Djibo market. 3 people were killed.", 3)),
			unnamed(note("2", "2025-05-07", "Djibo", "An explosive device went off near the bus station in Djibo, killing 3.", 3)),
			false},
		{"the same day, district only",
			note("1", "2025-05-06", "", "JNIM militants attacked an army post in Soum province. 3 soldiers were killed.", 3),
			note("2", "2025-05-06", "", "Militants raided a military position in Soum, killing four.", 4),
			true},
	})
}

// unnamed makes e an explosion by unidentified hands that hurt civilians.
func unnamed(e event.Event) event.Event {
	e.EventType, e.SubEventType = "Explosions/Remote violence", "Remote explosive/landmine/IED"
	e.Actor1, e.Actor2 = "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"
	return e
}

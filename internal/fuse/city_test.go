package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// Two reports that place a bombing only at a city of millions are like two
// reports placed at a district: the city's name is no spot, so they merge
// only when something else ties them. In a town, the name is the spot.
func TestCityIsNoSpot(t *testing.T) {
	blast := func(id, loc string, pop int, quote string, killed int) event.Event {
		return event.Event{
			ID: id, EventDate: "2025-11-03", TimePrecision: 1,
			EventType: "Explosions/Remote violence", SubEventType: "Remote explosive/landmine/IED",
			Actor1: "Unidentified Armed Group (Pakistan)", Actor2: "Civilians (Pakistan)",
			ISO: "PK", Country: "Pakistan", Admin1: "Sindh", Location: loc, GeoPrecision: 1,
			Latitude: 24.86, Longitude: 67.01, LocationPopulation: pop,
			Claims:   []event.Claim{{Kind: event.Killed, Count: killed, Quote: quote}},
			Articles: []event.ArticleRef{{ID: "a-" + id, Outlet: "o-" + id, Published: "2025-11-03"}},
		}
	}
	for _, tc := range []struct {
		name  string
		a, b  event.Event
		merge bool
	}{
		{"two bombings in a city of millions",
			blast("1", "Metropolis", 11000000, "A bomb hidden in a motorcycle exploded at a bus stop, killing four.", 4),
			blast("2", "Metropolis", 11000000, "A grenade thrown at a tea stall killed three people, police said.", 3),
			false},
		{"one bombing in a city of millions, its street named twice",
			blast("1", "Metropolis", 11000000, "A bomb exploded at a bus stop on Shahrah-e-Noor, killing four.", 4),
			blast("2", "Metropolis", 11000000, "Four people died when a device went off near Shahrah-e-Noor, police said.", 4),
			true},
		{"one bombing in a town",
			blast("1", "Smalltown", 40000, "A bomb hidden in a motorcycle exploded at a bus stop, killing four.", 4),
			blast("2", "Smalltown", 40000, "A grenade attack killed four people at the bus stand, police said.", 4),
			true},
	} {
		s, why, ok := Match(&tc.a, &tc.b)
		if got := ok && s >= Threshold; got != tc.merge {
			t.Errorf("%s: merged %v, want %v (%s)", tc.name, got, tc.merge, why)
		}
	}
}

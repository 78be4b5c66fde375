package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// A provincial capital in a busy war: a bomb and a shooting by unnamed
// hands the same day are two incidents unless the reports name the same
// people; one incident told as two types by two outlets comes with its
// names.
func TestDifferentTypesAtOneTownNeedATie(t *testing.T) {
	town := func(id, typ, sub, quote string, killed int) event.Event {
		return event.Event{
			ID: id, EventDate: "2025-09-14", TimePrecision: 1,
			EventType: typ, SubEventType: sub,
			Actor1: "Unidentified Armed Group (Pakistan)", Actor2: "Civilians (Pakistan)",
			ISO: "PK", Country: "Pakistan", Admin1: "Balochistan", Admin2: "Loralai", Location: "Loralai",
			GeoPrecision: 1, Latitude: 30.37, Longitude: 68.6, LocationPopulation: 120000,
			Claims:   []event.Claim{{Kind: event.Killed, Count: killed, Quote: quote}},
			Articles: []event.ArticleRef{{ID: "a-" + id, Outlet: "o-" + id, Published: "2025-09-15"}},
		}
	}
	const (
		bombing = "Explosions/Remote violence"
		attack  = "Violence against civilians"
	)
	checkMerges(t, []mergeCase{
		{"a bomb and a shooting, nothing in common",
			town("1", bombing, "Remote explosive/landmine/IED", "A bomb planted on a motorcycle went off near the main bazaar, killing 2.", 2),
			town("2", attack, "Attack", "Gunmen on a motorbike shot dead a schoolteacher outside his home.", 1),
			false},
		{"one attack told as a bombing and as a killing, the victims named",
			town("1", bombing, "Remote explosive/landmine/IED", "A blast killed shopkeepers Nasir Baloch and Javed Karim near the bazaar.", 2),
			town("2", attack, "Attack", "Attackers killed Nasir Baloch and Javed Karim at their shop, police said.", 2),
			true},
		{"one kind, one day",
			town("1", bombing, "Remote explosive/landmine/IED", "A bomb planted on a motorcycle went off near the main bazaar, killing 2.", 2),
			town("2", bombing, "Remote explosive/landmine/IED", "An explosion in a market killed two people on Sunday.", 2),
			true},
	})
}

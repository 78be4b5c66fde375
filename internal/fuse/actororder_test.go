package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// A battle's actor 1 is one a report put first: "gunmen" who attacked a
// police post stay actor 1, the police they struck actor 2; among the
// actors reports put first, a named group beats an unidentified one.
func TestBattleActorOrder(t *testing.T) {
	mention := func(id, outlet, a1 string, i1 event.Inter, a2 string, i2 event.Inter) event.Event {
		return event.Event{ID: id, EventDate: "2025-11-02", TimePrecision: 1,
			EventType: event.Battles, SubEventType: event.ArmedClash, Country: "Pakistan", ISO: "PK",
			Actor1: a1, Inter1: i1, Actor2: a2, Inter2: i2,
			Articles: []event.ArticleRef{{ID: "a-" + id, Outlet: outlet, Published: "2025-11-02"}}}
	}
	gunmen := mention("m1", "Frontier Daily", "Unidentified Armed Group", event.InterPolitical, "Police Forces of Pakistan", event.InterState)
	named := mention("m2", "Indus Herald", "TTP: Tehreek-i-Taliban Pakistan", event.InterRebels, "Police Forces of Pakistan", event.InterState)
	for _, tc := range []struct {
		name   string
		ms     []event.Event
		a1, a2 string
	}{
		{"one report: the attackers it put first", []event.Event{gunmen}, "Unidentified Armed Group", "Police Forces of Pakistan"},
		{"a named attacker beats gunmen", []event.Event{gunmen, named}, "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan"},
	} {
		e := Fuse(tc.ms, nil)
		if e.Actor1 != tc.a1 || e.Actor2 != tc.a2 {
			t.Errorf("%s: %q / %q, want %q / %q", tc.name, e.Actor1, e.Actor2, tc.a1, tc.a2)
		}
	}
}

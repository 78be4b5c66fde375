package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// Reports of one incident do not all name the same people: the first and
// the last of three share no name, though each shares two with the middle
// one. The incident stays whole; a look-alike the same day in the same
// country, naming someone else, stays apart.
func TestAverageLinkKeepsIncidentWhole(t *testing.T) {
	with := func(e event.Event, kw ...string) event.Event {
		e.Keywords = kw
		return e
	}
	ms := []event.Event{
		with(countryOnly("m-1", "a-1"), "nhantumbo", "ancuabe"),
		with(countryOnly("m-2", "a-2"), "nhantumbo", "ancuabe", "metoro", "chiure"),
		with(countryOnly("m-3", "a-3"), "metoro", "chiure"),
		with(countryOnly("m-4", "a-4"), "macomia"),
	}
	want := [][]string{{"m-1", "m-2", "m-3"}, {"m-4"}}
	if got := clusterIDs(ms); !sameGroups(got, want) {
		t.Errorf("Cluster = %v, want %v", got, want)
	}
}

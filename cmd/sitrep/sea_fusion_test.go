package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// TestFusionAtSea: two outlets tell one pirate attack in a gulf, one
// naming the nationality of the navy that drove the pirates off, the
// other the pirates'. Both place it on the water, in the one coastal
// state the gazetteer gives that gulf, so they become one event; an
// attack a week later off a port some 500 km along the same coast stays
// apart. Each order of ingest gives the same events.
func TestFusionAtSea(t *testing.T) {
	type doc struct{ file, outlet, published string }
	docs := []doc{
		{"testdata/sea/navy.txt", "Wire A", "2026-03-10"},
		{"testdata/sea/pirates.txt", "Maritime Daily", "2026-03-10"},
		{"testdata/sea/later.txt", "Coast Radio", "2026-03-17"},
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		db := filepath.Join(t.TempDir(), "sea.db")
		for _, i := range order {
			d := docs[i]
			if code, _, errs := sitrep(t, db, "ingest", "--quiet", "--published", d.published, "--source", d.outlet, d.file); code != 0 {
				t.Fatalf("ingest %s: %s", d.file, errs)
			}
		}
		_, out, _ := sitrep(t, db, "events", "--format", "json")
		var evs []event.Event
		if err := json.Unmarshal([]byte(out), &evs); err != nil {
			t.Fatal(err)
		}
		var atSea, later *event.Event
		for k := range evs {
			switch e := &evs[k]; {
			case e.Location == "Gulf of Aden":
				if atSea != nil {
					t.Fatalf("order %v: two events in the gulf:\n%s", order, out)
				}
				atSea = e
			case e.EventDate == "2026-03-17":
				later = e
			}
		}
		if atSea == nil || later == nil {
			t.Fatalf("order %v: want the attack at sea and the later one:\n%s", order, out)
		}
		if len(atSea.Articles) != 2 {
			t.Errorf("order %v: the two reports of the attack at sea are %d event(s)", order, 3-len(atSea.Articles))
		}
		if atSea.Country == "Spain" || atSea.Country == "" || atSea.GeoPrecision != 3 {
			t.Errorf("order %v: at sea placed in %q at precision %d, want a coastal state at 3", order, atSea.Country, atSea.GeoPrecision)
		}
		if len(later.Articles) != 1 || later.Location == atSea.Location {
			t.Errorf("order %v: the later attack off a port is %s with %d reports", order, later.Location, len(later.Articles))
		}
	}
}

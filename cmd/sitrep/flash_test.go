package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// TestFlashesMeetTheirFullReports: a one-line flash (a headline, no date
// in its text) and the full report of the same incident, published hours
// apart, become one event, in five countries; a flash of another bombing
// in the same city a week later stays apart.
func TestFlashesMeetTheirFullReports(t *testing.T) {
	evs := manifestEvents(t, "testdata/flashes/manifest.jsonl")
	holder := map[string][]int{} // file -> events that list it
	for k, e := range evs {
		for _, a := range e.Articles {
			name := strings.TrimSuffix(filepath.Base(a.Origin), ".txt")
			holder[name] = append(holder[name], k)
		}
	}
	together := func(x, y string) bool {
		for _, i := range holder[x] {
			for _, j := range holder[y] {
				if i == j {
					return true
				}
			}
		}
		return false
	}
	for _, p := range [][2]string{{"a1", "a2"}, {"c1", "c2"}, {"d1", "d2"}, {"e1", "e2"}, {"f1", "f2"}} {
		if len(holder[p[0]]) == 0 || len(holder[p[1]]) == 0 {
			t.Errorf("%s or %s gave no event", p[0], p[1])
		} else if !together(p[0], p[1]) {
			t.Errorf("flash %s and full report %s stay apart", p[0], p[1])
		}
	}
	if together("g1", "a1") || together("g1", "a2") {
		t.Error("a bombing a week later merged with the first")
	}
}

// manifestEvents ingests a manifest into a new database and returns its
// events.
func manifestEvents(t *testing.T, manifest string) []event.Event {
	t.Helper()
	db := filepath.Join(t.TempDir(), "m.db")
	if code, _, errs := sitrep(t, db, "ingest", "--quiet", "--manifest", manifest); code != 0 {
		t.Fatalf("ingest %s: %s", manifest, errs)
	}
	_, out, _ := sitrep(t, db, "events", "--format", "json")
	var evs []event.Event
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatal(err)
	}
	return evs
}

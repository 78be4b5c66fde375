package main

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// permutations of 0..n-1, in lexical order.
func permutations(n int) [][]int {
	var out [][]int
	var rec func(p []int, used []bool)
	rec = func(p []int, used []bool) {
		if len(p) == n {
			out = append(out, append([]int(nil), p...))
			return
		}
		for i := 0; i < n; i++ {
			if !used[i] {
				used[i] = true
				rec(append(p, i), used)
				used[i] = false
			}
		}
	}
	rec(nil, make([]bool, n))
	return out
}

// TestFusionAcrossArticles ingests one incident told by three outlets
// (different tolls, one at town and one at province precision), a
// look-alike clash the same day in another province, and a syndicated
// reprint of the wire story, one article per run, in every order.
func TestFusionAcrossArticles(t *testing.T) {
	files, _ := filepath.Glob("testdata/fusion/*.txt")
	if len(files) != 5 {
		t.Fatalf("fixtures: %v", files)
	}
	var first string
	perms := permutations(len(files))
	for k, order := range perms {
		// Every ingest loads the gazetteer: a spread of 13 of the 120
		// orders (first and reversed included) keeps the test quick.
		if k%10 != 0 && k != len(perms)-1 {
			continue
		}
		db := filepath.Join(t.TempDir(), "f.db")
		for _, i := range order {
			outlet := "Outlet " + string(rune('A'+i))
			if strings.Contains(files[i], "reprint") {
				outlet = "Reprint Daily"
			}
			if code, _, errs := sitrep(t, db, "ingest", "--quiet", "--published", "2026-07-15", "--source", outlet, files[i]); code != 0 {
				t.Fatalf("ingest %s: %s", files[i], errs)
			}
		}
		_, out, _ := sitrep(t, db, "events", "--format", "json")
		var evs []event.Event
		if err := json.Unmarshal([]byte(out), &evs); err != nil {
			t.Fatal(err)
		}
		if first == "" {
			first = out
			checkFused(t, evs)
		} else if out != first {
			t.Fatalf("order %v gives different events:\n%s\nvs first order:\n%s", order, out, first)
		}
	}
}

func checkFused(t *testing.T, evs []event.Event) {
	t.Helper()
	if len(evs) != 2 {
		t.Fatalf("%d events, want the Batken clash and the Osh attack apart:\n%+v", len(evs), evs)
	}
	sort.Slice(evs, func(i, j int) bool { return len(evs[i].Articles) > len(evs[j].Articles) })
	b, o := evs[0], evs[1]
	if len(b.Articles) != 4 || b.Admin1 != "Batken" || len(o.Articles) != 1 || o.Admin1 != "Osh" {
		t.Fatalf("grouping wrong: %d articles in %s, %d in %s", len(b.Articles), b.Admin1, len(o.Articles), o.Admin1)
	}
	// Four articles, but the reprint is the wire story again.
	if b.SourcesCount != 3 || len(b.Outlets) != 4 {
		t.Errorf("sources %d outlets %v; want 3 independent of 4", b.SourcesCount, b.Outlets)
	}
	if b.FatalitiesLow != 3 || b.FatalitiesHigh != 5 || b.Fatalities != 3 {
		t.Errorf("fatalities %d (%d-%d), want 3 (3-5)", b.Fatalities, b.FatalitiesLow, b.FatalitiesHigh)
	}
	var killed []int
	for _, c := range b.Claims {
		if c.Kind == event.Killed && !c.Headline {
			killed = append(killed, c.Count)
		}
	}
	sort.Ints(killed)
	if len(killed) < 3 || killed[0] != 3 || killed[len(killed)-1] != 5 {
		t.Errorf("killed claims %v", killed)
	}
	contested := strings.Join(b.Contested, ",")
	if !strings.Contains(contested, "toll") || !strings.Contains(contested, "denied") {
		t.Errorf("contested %q, want toll and denied", contested)
	}
}

func TestExplainShowsScoresAndQuotes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	files, _ := filepath.Glob("testdata/fusion/[123]-*.txt")
	for i, f := range files {
		if code, _, errs := sitrep(t, db, "ingest", "--quiet", "--published", "2026-07-15", "--source", "Outlet "+string(rune('A'+i)), f); code != 0 {
			t.Fatal(errs)
		}
	}
	_, out, _ := sitrep(t, db, "events", "--format", "json")
	var evs []event.Event
	if err := json.Unmarshal([]byte(out), &evs); err != nil || len(evs) != 1 {
		t.Fatalf("events: %v\n%s", err, out)
	}
	code, text, errs := sitrep(t, db, "explain", evs[0].ID[:8])
	if code != 0 {
		t.Fatalf("explain: %s", errs)
	}
	for _, want := range []string{"Reports (3)", "vs report 1: date", "text shares ", "said by a local lawmaker", `"At least five Kyrgyz soldiers died`, "Denials (1)", "contested: "} {
		if !strings.Contains(text, want) {
			t.Errorf("explain output lacks %q:\n%s", want, text)
		}
	}
	if code, _, errs := sitrep(t, db, "explain", "ZZ"); code != 1 || !strings.Contains(errs, "no event with ID ZZ") {
		t.Errorf("unknown ID: exit %d %s", code, errs)
	}
}

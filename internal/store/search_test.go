package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

func TestQueryWords(t *testing.T) {
	for _, tc := range []struct {
		q, want string // want: words joined by "|", or "error"
	}{
		{"", ""},
		{"   ", ""},
		{"Convoy ambush", "convoy|ambush"},
		{"al-Shabaab, Mogadishu!", "al|shabaab|mogadishu"},
		{"Ciudad Juárez", "ciudad|juárez"},
		{"خان یونس", "خان|یونس"},
		{"?!", "error"},
		{strings.Repeat("word ", MaxQueryWords), strings.TrimSuffix(strings.Repeat("word|", MaxQueryWords), "|")},
		{strings.Repeat("word ", MaxQueryWords+1), "error"},
		{strings.Repeat("x", MaxQueryBytes+1), "error"},
		{"bad \xff utf-8", "error"},
	} {
		words, err := queryWords(tc.q)
		got := strings.Join(words, "|")
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Errorf("%.40q: error %v is not a *QueryError", tc.q, err)
			}
			got = "error"
		}
		if got != tc.want {
			t.Errorf("%.40q: got %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestLongQueryRefused: a q of hundreds of words once reached the
// database and failed there (SQLite: expression tree too large), which
// the API answered with 500.
func TestLongQueryRefused(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := filterFixture(t)
		f := EventFilter{Query: strings.TrimSpace(strings.Repeat("soldiers ", 450))}
		var qe *QueryError
		if _, err := s.ListEvents(ctx, f); !errors.As(err, &qe) {
			t.Errorf("list: got %v, want a *QueryError", err)
		}
		if _, err := s.CountEvents(ctx, f); !errors.As(err, &qe) {
			t.Errorf("count: got %v, want a *QueryError", err)
		}
	})
}

// TestSearchFollowsRewrites: an event rebuilt with new text is found by
// its new words only, and a deleted one not at all.
func TestSearchFollowsRewrites(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		if _, err := s.PutArticle(ctx, art("f000000000000009", "Wire", 3)); err != nil {
			t.Fatal(err)
		}
		put := func(notes string) {
			t.Helper()
			e := ev("MZ1", "2024-05-02", "Mozambique", "Battles", "Insurgents", 4)
			e.Notes = notes
			if err := s.ReplaceArticleEvents(ctx, "f000000000000009", []event.Event{e}, nil); err != nil {
				t.Fatal(err)
			}
		}
		count := func(q string) int {
			t.Helper()
			n, err := s.CountEvents(ctx, EventFilter{Query: q})
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		put("Insurgents raided Mocímboa da Praia at dawn.")
		if count("mocímboa") != 1 || count("palma") != 0 {
			t.Fatalf("first text: mocímboa %d, palma %d", count("mocímboa"), count("palma"))
		}
		put("Fighting moved south to Palma.")
		if count("mocímboa") != 0 || count("palma") != 1 {
			t.Errorf("rewritten: mocímboa %d, palma %d", count("mocímboa"), count("palma"))
		}
		if err := s.ReplaceArticleEvents(ctx, "f000000000000009", nil, nil); err != nil {
			t.Fatal(err)
		}
		if count("palma") != 0 {
			t.Errorf("deleted event still found")
		}
	})
}

// TestSearchIndexFilledByMigration: events stored before the search index
// existed are found once the migration that adds it has run.
func TestSearchIndexFilledByMigration(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		dsn := testDSN(t)
		all := migrations
		i := 0
		for i < len(all) && all[i] != searchIndexMigration {
			i++
		}
		migrations = all[:i]
		s, err := Open(ctx, dsn)
		if err != nil {
			migrations = all
			t.Fatal(err)
		}
		if _, err := s.PutArticle(ctx, art("f00000000000000a", "Wire", 4)); err == nil {
			e := ev("CO1", "2023-08-14", "Colombia", "Battles", "Dissidents", 2)
			e.Notes = "Dissidents attacked a patrol near Tumaco."
			err = s.ReplaceArticleEvents(ctx, "f00000000000000a", []event.Event{e}, nil)
		}
		s.Close()
		migrations = all
		if err != nil {
			t.Fatal(err)
		}
		s = openDSN(t, dsn)
		n, err := s.CountEvents(ctx, EventFilter{Query: "tumaco patrol"})
		if err != nil || n != 1 {
			t.Errorf("found %d (err %v), want 1", n, err)
		}
	})
}

func openDSN(t *testing.T, dsn string) Store {
	t.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestCommonWordSearch: a word in more than ftsDriveMax events is
// searched with the other filters leading, and finds the same events as
// any other search would.
func TestCommonWordSearch(t *testing.T) {
	ctx := context.Background()
	s := openTest(t).(*DB)
	n := ftsDriveMax + 100
	insertNoted(t, s, n, func(i int) (string, string) {
		if i%50 == 0 {
			return "Niger", "A supply convoy was ambushed near Tillabéri."
		}
		return "Burkina Faso", "A supply convoy was ambushed near Djibo."
	})
	niger, nigerMarch := 0, 0
	for i := 0; i < n; i += 50 {
		niger++
		if 1+i%12 == 3 {
			nigerMarch++
		}
	}
	for _, tc := range []struct {
		f      EventFilter
		want   int
		leader string // the condition's start: which index leads
	}{
		{EventFilter{Query: "convoy"}, n, "+"},
		{EventFilter{Query: "convoy", Country: "Niger"}, niger, "+"},
		{EventFilter{Query: "convoy ambushed", Country: "Niger", From: "2023-03-01", To: "2023-03-31"}, nigerMarch, "+"},
		{EventFilter{Query: "tillabéri"}, niger, "events"},
		{EventFilter{Query: "tillab convoy", Country: "Burkina Faso"}, 0, "events"},
	} {
		words, _ := queryWords(tc.f.Query)
		cond, _, _, err := sqliteSearch(ctx, s.read(), words)
		if err != nil || !strings.HasPrefix(cond, tc.leader) {
			t.Errorf("%+v: condition %q (err %v), want it to start %q", tc.f, cond, err, tc.leader)
		}
		got, err := s.CountEvents(ctx, tc.f)
		if err != nil || got != tc.want {
			t.Errorf("%+v: %d events (err %v), want %d", tc.f, got, err, tc.want)
		}
		tc.f.Limit = n
		evs, err := s.ListEvents(ctx, tc.f)
		if err != nil || len(evs) != tc.want {
			t.Errorf("%+v: listed %d (err %v), want %d", tc.f, len(evs), err, tc.want)
		}
	}
}

// insertNoted stores n events directly (event i dated in month 1+i%12 of
// 2023, stored in order of i), with the country and notes of note(i).
func insertNoted(t *testing.T, s *DB, n int, note func(i int) (country, notes string)) {
	t.Helper()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		country, notes := note(i)
		data, _ := json.Marshal(event.Event{ID: fmt.Sprintf("E%05d", i), Notes: notes})
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (id, event_date, country, updated_at, data) VALUES (?, ?, ?, '', ?)`,
			fmt.Sprintf("E%05d", i), fmt.Sprintf("2023-%02d-01", 1+i%12), country, string(data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// TestSearchMaxMatches: words in more than SearchMaxMatches events are
// searched in the most recently stored SearchMaxMatches of them, and the
// count says so; rarer words are searched in full. The first events
// stored (Chiapas) hold the common word too, but fall past the cap.
func TestSearchMaxMatches(t *testing.T) {
	ctx := context.Background()
	s := openTest(t).(*DB)
	n := SearchMaxMatches + 200
	insertNoted(t, s, n, func(i int) (string, string) {
		if i < 100 {
			return "Mexico", "Soldiers clashed with a cartel near a checkpoint in Chiapas."
		}
		return "Colombia", "Soldiers clashed with dissidents near a checkpoint in Cauca."
	})
	for _, tc := range []struct {
		f            EventFilter
		want         int
		searchCapped bool
	}{
		{EventFilter{Query: "checkpoint"}, SearchMaxMatches, true},
		{EventFilter{Query: "checkpoint", Country: "Colombia"}, SearchMaxMatches, true},
		{EventFilter{Query: "checkpoint", Country: "Mexico"}, 0, true},
		{EventFilter{Query: "chiapas"}, 100, false},
		{EventFilter{Query: "cartel checkpoint"}, 100, false},
		{EventFilter{Country: "Mexico"}, 100, false},
	} {
		c, err := s.CountEventsUpTo(ctx, tc.f, 0)
		if err != nil || c.N != tc.want || c.SearchCapped != tc.searchCapped || c.Capped {
			t.Errorf("%+v: %+v (err %v), want %d events, search capped %v", tc.f, c, err, tc.want, tc.searchCapped)
		}
		tc.f.Limit = n
		evs, err := s.ListEvents(ctx, tc.f)
		if err != nil || len(evs) != tc.want {
			t.Errorf("%+v: listed %d (err %v), want %d", tc.f, len(evs), err, tc.want)
		}
	}
}

// TestCountEventsUpTo: counting stops past max and says so; at max or
// below, the count is exact.
func TestCountEventsUpTo(t *testing.T) {
	ctx := context.Background()
	s := openTest(t).(*DB)
	insertNoted(t, s, 30, func(i int) (string, string) { return "Pakistan", "A roadside bomb hit a patrol in Kurram." })
	for _, tc := range []struct {
		f      EventFilter
		max, n int
		capped bool
	}{
		{EventFilter{}, 0, 30, false},
		{EventFilter{}, 30, 30, false},
		{EventFilter{}, 29, 29, true},
		{EventFilter{Query: "patrol"}, 10, 10, true},
		{EventFilter{Query: "patrol", From: "2023-01-01", To: "2023-01-31"}, 10, 3, false},
	} {
		c, err := s.CountEventsUpTo(ctx, tc.f, tc.max)
		if err != nil || c.N != tc.n || c.Capped != tc.capped {
			t.Errorf("%+v up to %d: %+v (err %v), want %d, capped %v", tc.f, tc.max, c, err, tc.n, tc.capped)
		}
	}
}

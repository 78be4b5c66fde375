package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/store"
)

func seedEvents(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.PutArticle(ctx, &store.Article{ID: "c0ffee0000000001", Origin: "x.txt", Text: "x"}); err != nil {
		t.Fatal(err)
	}
	evs := []event.Event{
		{ID: "KGc0ffee0000-1", EventDate: "2026-03-09", TimePrecision: 1, EventType: "Battles", SubEventType: "Armed clash",
			Actor1: "Military Forces of Kyrgyzstan", Actor2: "Military Forces of Tajikistan", Country: "Kyrgyzstan", ISO: "KG",
			Admin1: "Batken", Location: "Kok-Tash", Latitude: 39.9, Longitude: 70.6, GeoPrecision: 1,
			Fatalities: 3, FatalitiesLow: 3, FatalitiesHigh: 5, Notes: "On 9 March 2026, border guards exchanged fire, with a comma, and \"quotes\".",
			Claims:   []event.Claim{{Kind: "killed", Count: 3, AttributedTo: "Kyrgyz Border Service", Quote: "Three guards were killed, the service said."}},
			Articles: []event.ArticleRef{{ID: "c0ffee0000000001", Outlet: "Central Asia Wire", Published: "2026-03-10"}}},
		{ID: "MLc0ffee0000-2", EventDate: "2026-05-04", TimePrecision: 2, EventType: "Violence against civilians", Actor1: "JNIM",
			Country: "Mali", ISO: "ML", Fatalities: 14},
	}
	if err := st.ReplaceArticleEvents(ctx, "c0ffee0000000001", evs, nil); err != nil {
		t.Fatal(err)
	}
}

func TestEventsFormats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e.db")
	seedEvents(t, db)

	code, out, errs := sitrep(t, db, "events", "--format", "json")
	var evs []event.Event
	if code != 0 || json.Unmarshal([]byte(out), &evs) != nil || len(evs) != 2 || evs[0].ID != "MLc0ffee0000-2" {
		t.Fatalf("json: exit %d %s\n%s", code, errs, out)
	}
	if evs[1].Claims[0].Quote != "Three guards were killed, the service said." {
		t.Errorf("claims lost: %+v", evs[1].Claims)
	}

	code, out, _ = sitrep(t, db, "events", "--format", "csv", "--country", "KG")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 2 {
		t.Fatalf("csv: exit %d err %v rows %d\n%s", code, err, len(rows), out)
	}
	if strings.Join(rows[0][:8], ",") != "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1" {
		t.Errorf("csv header not ACLED's: %v", rows[0])
	}
	rec := map[string]string{}
	for i, h := range rows[0] {
		rec[h] = rows[1][i]
	}
	if rec["fatalities"] != "3" || rec["fatalities_high"] != "5" || rec["source"] != "Central Asia Wire" || rec["year"] != "2026" || !strings.Contains(rec["notes"], `"quotes"`) {
		t.Errorf("csv row: %v", rec)
	}

	code, out, _ = sitrep(t, db, "events", "--format", "jsonl", "--type", "battles")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"event_id_cnty":"KGc0ffee0000-1"`) {
		t.Errorf("jsonl filtered: exit %d\n%s", code, out)
	}

	code, out, _ = sitrep(t, db, "events")
	if code != 0 || !strings.Contains(out, "Armed clash") || !strings.Contains(out, "3 (3-5)") || !strings.Contains(out, "killed 3 (Kyrgyz Border Service)") {
		t.Errorf("table: exit %d\n%s", code, out)
	}

	code, _, errs = sitrep(t, db, "events", "--format", "xml")
	if code != 2 || !strings.Contains(errs, "--format") {
		t.Errorf("bad format: exit %d %s", code, errs)
	}
	code, _, errs = sitrep(t, db, "events", "--from", "last tuesday")
	if code != 2 || !strings.Contains(errs, `from must be a date YYYY-MM-DD (or RFC 3339), not "last tuesday"`) {
		t.Errorf("bad date: exit %d %s", code, errs)
	}
}

// TestEventsSayWhyEmpty: an empty listing says whether the database is
// empty, the filters match nothing, or the country is unknown.
func TestEventsSayWhyEmpty(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	full := filepath.Join(dir, "full.db")
	emptyDB(t, empty)
	seedEvents(t, full)
	apiLimitErr, err := filter.Events(url.Values{"limit": {"-1"}})
	if err == nil {
		t.Fatalf("the API took limit -1: %+v", apiLimitErr)
	}
	for _, tc := range []struct {
		name, db string
		args     []string
		code     int
		want     string // in stderr
		not      string // never in stderr
	}{
		{"empty database", empty, nil, 0, "ingest articles with", "match these filters"},
		{"no match", full, []string{"--country", "Peru"}, 0, "no events match these filters; the database holds 2", "ingest"},
		{"no match in json", full, []string{"--type", "Protests", "--format", "json"}, 0, "", "ingest"},
		{"unknown country", full, []string{"--country", "Nowhere"}, 2, `unknown country "Nowhere"`, "ingest"},
		{"unknown country in csv", full, []string{"--country", "Atlantis", "--format", "csv"}, 2, `unknown country "Atlantis"`, ""},
		{"country by another name", full, []string{"--country", "Kyrgyz Republic"}, 0, "try --country KG", "ingest"},
		{"offset past the end", full, []string{"--offset", "5"}, 0, "no events past offset 5; 2 match", "ingest"},
		{"negative limit", full, []string{"--limit", "-1"}, 2, err.Error(), ""},
		{"negative offset", full, []string{"--offset", "-3"}, 2, `offset must be a whole number ≥ 0, not "-3"`, ""},
		{"from after to", full, []string{"--from", "2026-05-01", "--to", "2026-04-01"}, 2, "from 2026-05-01 is after to 2026-04-01", ""},
		{"type not in the codebook", full, []string{"--event-type", "Skirmishes"}, 2, `event_type must be one of Battles,`, ""},
		{"sub-type of another type", full, []string{"--type", "Riots", "--sub-type", "armed clash"}, 2, `sub_event_type "Armed clash" is a sub-type of Battles, not of Riots`, ""},
		{"language as a name", full, []string{"--language", "Tajik"}, 2, "language must be a two-letter ISO 639-1 code", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := sitrep(t, tc.db, append([]string{"events"}, tc.args...)...)
			if code != tc.code || !strings.Contains(errs, tc.want) || (tc.not != "" && strings.Contains(errs, tc.not)) {
				t.Errorf("exit %d (want %d), stderr %q (want %q, not %q)\nstdout %s", code, tc.code, errs, tc.want, tc.not, out)
			}
		})
	}
}

// TestReadersNeedADatabase: a command that only reads does not create an
// empty database where none was; it says where the demo's is.
func TestReadersNeedADatabase(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, args := range [][]string{{"events"}, {"articles"}, {"explain", "KG1"}, {"show", "abc"}, {"export"}, {"extract"}} {
		code, _, errs := runArgs(args...)
		if code != 1 || !strings.Contains(errs, "no database sitrep.db yet") || strings.Contains(errs, "demo.db") {
			t.Errorf("%v: exit %d %q", args, code, errs)
		}
	}
	if _, err := os.Stat("sitrep.db"); !os.IsNotExist(err) {
		t.Errorf("sitrep.db was created: %v", err)
	}
	seedEvents(t, demoDB)
	code, _, errs := runArgs("events")
	if code != 1 || !strings.Contains(errs, "--db demo.db") {
		t.Errorf("with a demo.db beside: exit %d %q", code, errs)
	}
	if code, out, errs := runArgs("events", "--db", demoDB); code != 0 || !strings.Contains(out, "KGc0ffee0000-1") {
		t.Errorf("--db demo.db: exit %d %s %s", code, out, errs)
	}
}

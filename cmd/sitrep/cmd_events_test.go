package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
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
	if code != 2 || !strings.Contains(errs, "--from") {
		t.Errorf("bad date: exit %d %s", code, errs)
	}
}

package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

func TestExportFormats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.db")
	seedEvents(t, db)

	code, out, errs := sitrep(t, db, "export", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 3 {
		t.Fatalf("csv: exit %d %v %s\n%s", code, err, errs, out)
	}
	if strings.Join(rows[0], ",") != strings.Join(event.CSVHeader, ",") {
		t.Errorf("header %v", rows[0])
	}

	// GeoJSON: the Mali event has no coordinates: left out and counted.
	file := filepath.Join(dir, "out", "e.geojson")
	os.MkdirAll(filepath.Dir(file), 0o755)
	code, out, errs = sitrep(t, db, "export", "--format", "geojson", "--out", file)
	if code != 0 || out != "" || !strings.Contains(errs, "1 event(s) without coordinates") {
		t.Fatalf("geojson: exit %d out %q err %s", code, out, errs)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			Geometry struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties event.Event `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(data, &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) != 1 {
		t.Fatalf("geojson: %v\n%s", err, data)
	}
	f := fc.Features[0]
	if f.Geometry.Type != "Point" || len(f.Geometry.Coordinates) != 2 || f.Geometry.Coordinates[0] != 70.6 || f.Geometry.Coordinates[1] != 39.9 || f.Properties.ID != "KGc0ffee0000-1" {
		t.Errorf("feature %+v", f)
	}
	if matches, _ := filepath.Glob(filepath.Join(dir, "out", ".*tmp")); len(matches) > 0 {
		t.Errorf("temporary files left: %v", matches)
	}

	code, out, _ = sitrep(t, db, "export", "--format", "jsonl", "--country", "Mali", "--min-fatalities", "10")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"event_id_cnty":"MLc0ffee0000-2"`) {
		t.Errorf("jsonl: exit %d\n%s", code, out)
	}

	for _, bad := range [][]string{{"--format", "xml"}, {"--from", "yesterday"}, {"--bbox", "1,2,3"}, {"--contested", "maybe"}} {
		if code, _, errs := sitrep(t, db, append([]string{"export"}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d %s", bad, code, errs)
		}
	}
	// A failed export leaves an existing file untouched.
	os.WriteFile(file, []byte("old"), 0o644)
	if code, _, _ := sitrep(t, filepath.Join(dir, "missing", "\x00bad.db"), "export", "--out", file); code == 0 {
		t.Error("export from a bad database succeeded")
	}
	if b, _ := os.ReadFile(file); string(b) != "old" {
		t.Errorf("file replaced: %q", b)
	}
}

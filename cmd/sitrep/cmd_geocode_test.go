package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// testGazetteer builds a small index from the GeoNames-format files of
// internal/gazetteer/testdata and points SITREP_GAZETTEER at it.
func testGazetteer(t *testing.T) string {
	t.Helper()
	b := gazetteer.NewBuilder()
	for _, f := range []string{"XA.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "alternateNamesV2.txt"} {
		if err := b.ImportFile(filepath.Join("..", "..", "internal", "gazetteer", "testdata", f)); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "g.bin")
	if _, err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SITREP_GAZETTEER", path)
	return path
}

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestGeocodeCommand(t *testing.T) {
	testGazetteer(t)
	code, out, errs := runCmd(t, "", "geocode", "Zarkhand")
	if code != 0 || !strings.Contains(out, "Zarkand") || !strings.Contains(out, "alternate") {
		t.Fatalf("geocode name: %d %q %q", code, out, errs)
	}
	code, out, _ = runCmd(t, "", "geocode", "--format", "json", "Dehnow district")
	var res struct{ Candidates []struct{ Name, Kind string } }
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || len(res.Candidates) == 0 || res.Candidates[0].Kind != "admin2" {
		t.Fatalf("geocode json: %d %s", code, out)
	}
	code, out, _ = runCmd(t, "", "geocode", "Fighters attacked a post near Qala Sabz in Zarkand province.")
	if code != 0 || !strings.Contains(out, "Qala Sabz") || !strings.Contains(out, "Wilayat-e Zarkand") {
		t.Fatalf("geocode sentence: %d %s", code, out)
	}
	if code, _, _ = runCmd(t, "", "geocode"); code != 2 {
		t.Errorf("missing TEXT: exit %d, want 2", code)
	}
	// a country given by a name nobody knows is refused, not ignored
	if code, _, errs = runCmd(t, "", "geocode", "--country", "Atlantis", "Zarkand"); code != 2 || !strings.Contains(errs, `unknown country "Atlantis"`) {
		t.Errorf("unknown --country: exit %d %q", code, errs)
	}
	if code, _, _ = runCmd(t, "", "geocode", "Qqqqqqqq"); code != 1 {
		t.Errorf("no match: exit %d, want 1", code)
	}
}

func TestPlacesCommand(t *testing.T) {
	testGazetteer(t)
	// --in with spans in code points (the text starts with a 2-byte rune)
	text := "Ü: clashes in Zarkand and near Dehnow."
	tasks := `{"id":"a","text":"` + text + `","toponyms":[{"start":14,"end":21}]}` + "\n" +
		`{"id":"b","text":"` + text + `"}` + "\n"
	in := filepath.Join(t.TempDir(), "tasks.jsonl")
	os.WriteFile(in, []byte(tasks), 0o644)
	code, out, errs := runCmd(t, "", "places", "--in", in)
	if code != 0 {
		t.Fatalf("places --in: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %q", out)
	}
	type pl struct {
		Start, End int
		Name       string
		Lat        *float64
		GeonameID  uint32
	}
	var a, b struct {
		ID     string
		Places []pl
	}
	json.Unmarshal([]byte(lines[0]), &a)
	json.Unmarshal([]byte(lines[1]), &b)
	if a.ID != "a" || len(a.Places) != 1 || a.Places[0].Name != "Zarkand" || a.Places[0].Lat == nil || a.Places[0].GeonameID != 9000001 {
		t.Errorf("spans task: %+v", a)
	}
	if b.ID != "b" || len(b.Places) != 2 || b.Places[1].Name != "Dehnow" || b.Places[1].Start != 31 || b.Places[1].End != 37 {
		t.Errorf("free text task: %+v", b)
	}
	// files, table format
	f := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(f, []byte(text), 0o644)
	code, out, _ = runCmd(t, "", "places", "--format", "table", f)
	if code != 0 || !strings.Contains(out, "Dehnow") {
		t.Errorf("places table: %d %s", code, out)
	}
	if code, _, _ = runCmd(t, "", "places"); code != 2 {
		t.Errorf("no input: exit %d", code)
	}
}

func TestGazetteerCommand(t *testing.T) {
	path := testGazetteer(t)
	code, out, errs := runCmd(t, "", "gazetteer", "info")
	if code != 0 || !strings.Contains(out, path) || !strings.Contains(out, "admin2") {
		t.Fatalf("info: %d %s %s", code, out, errs)
	}
	extra := filepath.Join(t.TempDir(), "XC.txt")
	os.WriteFile(extra, []byte("9000030\tNewtown\tNewtown\t\t38.0\t71.0\tP\tPPL\tXA\t\t01\t\t\t\t1200\t\t1000\tAsia/Kabul\t2024-01-01\n"), 0o644)
	if code, _, errs = runCmd(t, "", "gazetteer", "import", extra); code != 0 {
		t.Fatalf("import: %d %s", code, errs)
	}
	if code, out, _ = runCmd(t, "", "geocode", "Newtown"); code != 0 || !strings.Contains(out, "9000030") {
		t.Errorf("after import: %d %s", code, out)
	}
	if code, _, _ = runCmd(t, "", "gazetteer", "build", "--from", t.TempDir(), "--out", filepath.Join(t.TempDir(), "x.bin")); code != 1 {
		t.Errorf("build without npm data: exit %d, want 1", code)
	}
	if code, _, _ = runCmd(t, "", "gazetteer", "frobnicate"); code != 2 {
		t.Errorf("unknown subcommand: exit %d", code)
	}
}

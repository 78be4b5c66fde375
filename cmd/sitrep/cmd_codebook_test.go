package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// TestCodebookListsWhatFiltersTake: every sub-event type the filters
// accept is listed, under its event type, in both formats.
func TestCodebookListsWhatFiltersTake(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	code, out, errs := sitrep(t, db, "codebook")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range event.Codebook {
		if !strings.Contains(out, s.Name) || !strings.Contains(out, s.Definition) {
			t.Errorf("table lacks %s", s.Name)
		}
	}
	code, out, _ = sitrep(t, db, "codebook", "--format", "json")
	var list []map[string]string
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != len(event.Codebook) {
		t.Fatalf("json: exit %d, %d entries\n%s", code, len(list), out)
	}
	if list[0]["event_type"] != event.Battles || list[0]["sub_event_type"] != event.ArmedClash {
		t.Errorf("first entry %v", list[0])
	}
}

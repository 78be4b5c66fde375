package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

func TestExtractCommand(t *testing.T) {
	if _, err := newExtractor(""); err != nil {
		t.Fatal("the extractor needs the gazetteer index (make setup):", err)
	}
	dir := t.TempDir()
	f := filepath.Join(dir, "story.txt")
	text := "Militants ambush convoy in Kunduz\n\nOn Monday, Taliban militants attacked a police convoy in Kunduz province, killing five policemen, a provincial spokesman said.\n"
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"extract", "--published", "2021-05-12", "--source", "Test", "--format", "json", f}, strings.NewReader(""), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var evs []event.Event
	if err := json.Unmarshal(out.Bytes(), &evs); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if len(evs) != 1 || evs[0].EventDate != "2021-05-10" || evs[0].Actor1 != "Taliban" || len(evs[0].Claims) == 0 || evs[0].Claims[0].Count != 5 {
		t.Fatalf("got %s", out.String())
	}
	if evs[0].Articles[0].Origin != f || evs[0].Articles[0].Outlet != "Test" {
		t.Errorf("article ref %+v", evs[0].Articles[0])
	}
	out.Reset()
	if code := run(context.Background(), []string{"extract", "--format", "xml", f}, strings.NewReader(""), &out, &errb); code != 2 {
		t.Errorf("bad format: exit %d", code)
	}
}

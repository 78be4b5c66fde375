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

// TestExtractShowsWhatIngestStores runs `extract` and `ingest` on the
// examples: every event that one article alone reports must be stored
// exactly as extract prints it (same fatalities rule, same notes).
func TestExtractShowsWhatIngestStores(t *testing.T) {
	if _, err := newExtractor(""); err != nil {
		t.Fatal("the extractor needs the gazetteer index (make setup):", err)
	}
	manifest := filepath.Join("..", "..", "examples", "manifest.jsonl")
	db := filepath.Join(t.TempDir(), "x.db")
	runJSON := func(args ...string) []event.Event {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(context.Background(), args, strings.NewReader(""), &out, &errb); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		var evs []event.Event
		if err := json.Unmarshal(out.Bytes(), &evs); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return evs
	}
	extracted := map[string]event.Event{}
	for _, e := range runJSON("extract", "--manifest", manifest, "--format", "json") {
		extracted[e.ID] = e
	}
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"--db", db, "ingest", "--quiet", "--manifest", manifest}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errb.String())
	}
	compared := 0
	for _, s := range runJSON("--db", db, "events", "--format", "json", "--limit", "1000") {
		if len(s.Articles) != 1 {
			continue
		}
		x, ok := extracted[s.ID]
		if !ok {
			t.Errorf("stored %s was not extracted", s.ID)
			continue
		}
		sj, _ := json.Marshal(s)
		xj, _ := json.Marshal(x)
		if !bytes.Equal(sj, xj) {
			t.Errorf("%s differs:\nstored    %s\nextracted %s", s.ID, sj, xj)
		}
		compared++
	}
	if compared < 5 {
		t.Errorf("only %d single-article events compared", compared)
	}
}

// TestExtractRecodesStored: without files, extract re-codes the stored
// articles and stores their events, and its help and messages say so.
func TestExtractRecodesStored(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	emptyDB(t, db)
	code, out, errs := sitrep(t, db, "extract")
	if code != 0 || out != "" || !strings.Contains(errs, "no stored articles to re-code") {
		t.Errorf("empty database: exit %d out %q err %q", code, out, errs)
	}
	story := writeFile(t, filepath.Join(dir, "in", "story.txt"),
		"Market bombed in Tillabéri\n\nOn Sunday, gunmen on motorcycles attacked a livestock market near Tillabéri, killing seven traders, a regional official said.\n")
	if code, _, errs := sitrep(t, db, "ingest", "--published", "2025-09-08", story); code != 0 {
		t.Fatalf("ingest: exit %d %s", code, errs)
	}
	code, out, errs = sitrep(t, db, "extract")
	if code != 0 || out != "" || !strings.Contains(errs, "1 stored article(s) re-coded: 1 event(s) stored") {
		t.Errorf("re-code: exit %d out %q err %q", code, out, errs)
	}
	_, _, help := sitrep(t, db, "extract", "--help")
	if !strings.Contains(help, "re-codes every article stored") || !strings.Contains(help, "replaces their events there") {
		t.Errorf("extract --help does not say it re-codes and stores:\n%s", help)
	}
}

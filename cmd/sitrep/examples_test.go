package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ from this run")

// TestExamplesGolden codes the demo's articles (examples/, our own
// fictional reports) with `sitrep extract` and compares each event's
// coding with testdata/examples.golden: a rule that recodes a demo event
// (an ambush on fighters turned into an attack on civilians) shows here
// as a diff, before README's demo output goes stale.
// After a deliberate change: go test ./cmd/sitrep -run ExamplesGolden -update
func TestExamplesGolden(t *testing.T) {
	code, out, errs := runArgs("extract", "--manifest", filepath.Join("..", "..", "examples", "manifest.jsonl"), "--format", "jsonl")
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e event.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s p%d | %s / %s | %s | %s | %s, %s, %s | killed %d (%d-%d) | bg %v\n",
			filepath.Base(e.Articles[0].Origin), e.EventDate, e.TimePrecision, e.EventType, e.SubEventType,
			e.Actor1, e.Actor2, e.Location, e.Admin1, e.Country, e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh, e.Background)
	}
	golden := filepath.Join("testdata", "examples.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err, " (run with -update to write it)")
	}
	if got := b.String(); got != string(want) {
		t.Errorf("the examples code differently from %s (rerun with -update if the change is meant):\n--- want\n%s--- got\n%s", golden, want, got)
	}
}

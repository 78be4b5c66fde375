package extract_test

import (
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/extract"
)

// A word of a place's name that is also a speech verb ("Alah Say") names
// the place: the sentence has no speaker, the raid's forces are its
// attacker and the district is where it happened. Needs the real
// gazetteer for the district.
func TestPlaceNameWordIsNoVerb(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2023, 6, 2, 0, 0, 0, 0, time.UTC)
	text := "On 30 May 2023, commandos raided a hideout of gunmen in Alah Say district (Kapisa), killing 4 of them and detaining 2."
	evs := x.Extract(extract.Article{ID: "n", Text: text, Published: pub})
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.Admin2 == "" || e.Admin1 != "Kapisa" {
		t.Errorf("placed at %q / %q, want the district of Kapisa", e.Admin1, e.Admin2)
	}
	for _, c := range e.Claims {
		if c.AttributedTo != "" {
			t.Errorf("claim attributed to %q: a place's name read as a speaker", c.AttributedTo)
		}
	}
}

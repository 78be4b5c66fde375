package extract

import "testing"

// TestInvertedSpeaker: a coder's summary that ends "..., reports X." or a
// wire line ending "..., said the ministry." names its speaker after the
// verb; the clause before the comma tells the event, and its places are
// the event's, not the speaker's.
func TestInvertedSpeaker(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text, admin1 string
	}{
		{"coder summary with its source last",
			"Three soldiers were killed when gunmen ambushed a patrol in the Mopti region of Mali on May 2, reports Studio Tamani.",
			"Mopti"},
		{"wire line with the ministry last",
			"Two policemen were shot dead at a checkpoint in Cauca department on Sunday, said the defence ministry.",
			"Cauca"},
		{"the clause before the comma is what was said",
			"An army post came under rocket fire in Kunduz province overnight, reported Tolo News.",
			"Kunduz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "p", Text: tc.text, Published: mustDay("2024-05-03")})
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			if e := evs[0]; e.Admin1 != tc.admin1 {
				t.Errorf("admin1 %q (%s), want %q", e.Admin1, e.Location, tc.admin1)
			}
		})
	}
}

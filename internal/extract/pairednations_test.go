package extract

import (
	"testing"
	"time"
)

// Two nationalities before one aircraft noun: with "and" both states
// flew the strike (the second is actor 1's ally, never its target); with
// "or" the text does not know whose aircraft they were.
func TestPairedNationsAircraft(t *testing.T) {
	x := testExtractor(t)
	pub := time.Date(2025, 9, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text             string
		actor1, assoc1, actor2 string
	}{
		{"sahel wire, joint strike", "Burkinabe and Malian aircraft struck a convoy near Djibo on Saturday, killing 12 militants, the army said.",
			"Military Forces of Mali", "Military Forces of Burkina Faso", "Unidentified Armed Group"},
		{"monitor's hedge, either state", "Syrian or Russian warplanes bombed Damascus on Saturday, killing four civilians, a monitor said.",
			"Unidentified Military Forces", "", "Civilians (Syria)"},
		{"one nationality", "Russian warplanes bombed Damascus on Saturday, killing four civilians.",
			"Military Forces of Russia", "", "Civilians (Syria)"},
	} {
		evs := x.Extract(Article{ID: "a", Text: tc.text, Published: pub})
		if len(evs) != 1 {
			t.Errorf("%s: %d events, want 1", tc.name, len(evs))
			continue
		}
		e := evs[0]
		if e.Actor1 != tc.actor1 || e.AssocActor1 != tc.assoc1 || e.Actor2 != tc.actor2 {
			t.Errorf("%s: %q (assoc %q) vs %q, want %q (assoc %q) vs %q", tc.name, e.Actor1, e.AssocActor1, e.Actor2, tc.actor1, tc.assoc1, tc.actor2)
		}
	}
}

// Two states' forces in a battle are its two sides, whether the
// nationalities come before the noun or its owners after it, and
// whoever the fire killed; "several points" along a border are no count
// of the dead.
func TestTwoStatesBattle(t *testing.T) {
	x := testExtractor(t)
	pub := time.Date(2025, 9, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, text, a, b string }{
		{"nationalities before the noun", "Uzbek and Tajik border guards exchanged fire on Saturday, killing two villagers, officials said.", "Uzbekistan", "Tajikistan"},
		{"owners after the noun", "Border guards of Uzbekistan and Tajikistan exchanged fire on Saturday at several points along the frontier, killing two villagers, officials said.", "Uzbekistan", "Tajikistan"},
		{"a headline's comma between the nationalities", "Kyrgyz, Tajik border guards exchange fire near enclave, two villagers killed.", "Kyrgyzstan", "Tajikistan"},
	} {
		evs := x.Extract(Article{ID: "a", Text: tc.text, Published: pub})
		if len(evs) != 1 {
			t.Errorf("%s: %d events, want 1", tc.name, len(evs))
			continue
		}
		e := evs[0]
		sides := e.Actor1 + " | " + e.Actor2
		if a, b := "Military Forces of "+tc.a, "Military Forces of "+tc.b; sides != a+" | "+b && sides != b+" | "+a {
			t.Errorf("%s: %s, want the two states' forces", tc.name, sides)
		}
		for _, c := range e.Claims {
			if c.Count != 2 {
				t.Errorf("%s: claim %d %s (%q)", tc.name, c.Count, c.Kind, c.Who)
			}
		}
	}
}

package extract

import "testing"

// TestFiredAt: shots fired at a post, a patrol or a crowd are an event
// even when nobody was hit ("No casualties").
func TestFiredAt(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, typ string }{
		{"Unidentified gunmen fired at a police post near Bannu overnight. No casualties were reported.", "Battles"},
		{"Gunmen fired on a patrol of soldiers near Kidal on Tuesday, the army said.", "Battles"},
		{"Soldiers opened fire on protesters in Quito on Monday, killing two.", "Protests"},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2025-06-03")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].EventType != tc.typ {
			t.Errorf("%q: %s / %s, want %s", tc.text, evs[0].EventType, evs[0].SubEventType, tc.typ)
		}
	}
}

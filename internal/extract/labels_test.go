package extract

import "testing"

// TestHeadlineSourceLabels: a headline names its source after a colon, a
// bar or a dash; the source is the speaker, never a party to the event,
// and a dash that only sets a place or a report apart is no label. A
// state's forces that give the count of fighters killed are the doer.
func TestHeadlineSourceLabels(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		text, attributed, actor1, actor2 string
	}{
		// (a blast at a market struck civilians: civilianplaces.go)
		{"Market blast kills 14 in Konduga - police", "police", "Unidentified Armed Group", "Civilians (Nigeria)"},
		{"Seven herders shot dead near Kidal, Mali – local officials", "local officials", "Unidentified Armed Group", "Civilians (Mali)"},
		{"Twelve insurgents were killed in an operation near Bannu, the army said.", "the army", "Military Forces of Pakistan", "Unidentified Armed Group"},
		{"Mali - Gunmen kill seven herders near Kidal", "", "Unidentified Armed Group", "Civilians (Mali)"},
		// a toll's idiom, no speaker's claim
		{"The blast claimed the lives of 5 traders in Kunduz on Monday.", "", "Unidentified Armed Group", "Civilians (Afghanistan)"},
		{"Massacre near Kidal claims lives of 9 herders", "", "Unidentified Armed Group", "Civilians (Mali)"},
		// a deed owned: the toll is the reporter's, not the group's count
		{"Al-Shabaab claimed responsibility for a bombing in Mogadishu that killed five traders.", "", "Al Shabaab", "Civilians (Somalia)"},
		{"Army – 25 militants killed in Bannu operation", "Army", "Military Forces of Pakistan", "Unidentified Armed Group"},
		{"Police: three civilians killed in shelling in Kabul", "Police", "Unidentified Armed Group", "Civilians (Afghanistan)"},
		// a ministry or a governor that counts a named group's dead
		// answers for the forces that killed them
		{"11 Taliban killed in 24 hours in Kunduz: MoI", "MoI", "Police Forces of Afghanistan", "Taliban"},
		{"At least 20 Taliban killed in Kunduz clashes - governor", "governor", "Military Forces of Afghanistan", "Taliban"},
		{"Dozens of insurgents killed, wounded in Kunduz operations: MoD", "MoD", "Military Forces of Afghanistan", "Unidentified Armed Group"},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2025-03-11")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		e := evs[0]
		attr := ""
		for _, c := range e.Claims {
			if c.AttributedTo != "" {
				attr = c.AttributedTo
			}
		}
		if attr != tc.attributed || e.Actor1 != tc.actor1 || e.Actor2 != tc.actor2 {
			t.Errorf("%q: attributed %q, actors %q | %q; want %q, %q | %q", tc.text, attr, e.Actor1, e.Actor2, tc.attributed, tc.actor1, tc.actor2)
		}
	}
}

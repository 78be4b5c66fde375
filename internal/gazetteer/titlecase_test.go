package gazetteer

import "testing"

// TestTitleCaseHeadlines: in a headline that capitalises every word, a
// place name beside other capitalised words is still a place; in running
// text, a name inside a longer capitalised run stays part of that name.
func TestTitleCaseHeadlines(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Twelve Dead In Kidal As Rebels Overrun Army Post", "Kidal", want{"ML", "Kidal", "", 0}},
		{"Gunmen Storm Village In Zamfara, Abduct Dozens", "Zamfara", want{"NG", "Zamfara", "", 0}},
		{"Militants Ambush Convoy In Kunar Province, Kill Four", "Kunar", want{"AF", "Kunar", "", 0}},
		{"Governor Of Sughd Visits Border Posts After Clash", "Sughd", want{"TJ", "Sughd", "", 0}},
		{"Protesters Rally In Cochabamba Over Fuel Prices", "Cochabamba", want{"BO", "Cochabamba", "", 0}},
		// small words left in lower case, as most outlets write headlines
		{"Zamfara Gunmen Abduct 20 Villagers on Highway", "Zamfara", want{"NG", "Zamfara", "", 0}},
		{"Suicide Bomber Hits Ghazni Checkpoint, Police Say", "Ghazni", want{"AF", "Ghazni", "", 0}},
		{"Army Repels Attack on Base in Sughd and Batken, Officials Say", "Sughd", want{"TJ", "Sughd", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
	// Running text, or a short run of names: capitals around a name still
	// mark a longer name; a body the region opens ("Regional Council")
	// keeps the region as a mention flagged Org (orgname.go).
	for _, text := range []string{"The Kidal Cultural Festival opened on Monday.", "Kidal Cultural Festival"} {
		for _, r := range g.Resolve(text) {
			if r.Text == "Kidal" {
				t.Errorf("%q: Kidal taken out of the festival's name", text)
			}
		}
	}
	for _, text := range []string{"The Kidal Regional Council met on Monday.", "Kidal Regional Council"} {
		for _, r := range g.Resolve(text) {
			if r.Text == "Kidal" && !r.Org {
				t.Errorf("%q: Kidal read as where, not as the council's region", text)
			}
		}
	}
}

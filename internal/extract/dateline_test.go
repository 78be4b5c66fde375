package extract

import "testing"

// TestDatelineTown: a wire dateline ("KABUL, May 3 (Reuters) -",
// "NIAMEY (AFP) -") says where the story was filed, not where the event
// happened, unless the event's sentence points back to it ("in the
// city").
func TestDatelineTown(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		text, location string
		prec           int
	}{
		{"Niamey (AFP) - Gunmen killed four soldiers in the west of the country on Sunday, the army said.", "Niger", 3},
		{"Niamey, June 2 (AFP) - Gunmen killed four soldiers in the west of the country on Sunday, the army said.", "Niger", 3},
		{"Kabul (Pajhwok) - A sticky bomb attached to a car killed two people in the city on Monday, police said.", "Kabul", 1},
		{"Kabul (Reuters) - A roadside bomb killed three soldiers near Bannu on Monday, Pakistani officials said.", "Bannu", 1},
		// an agency named like a town is no place of the story
		{"Dushanbe, June 2 (Zarafshan) - Gunmen killed two police officers in Sughd on Sunday, officials said.", "Sughd", 3},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2025-06-03")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if e := evs[0]; e.Location != tc.location || e.GeoPrecision != tc.prec {
			t.Errorf("%q: %s (precision %d), want %s (%d)", tc.text, e.Location, e.GeoPrecision, tc.location, tc.prec)
		}
	}
}

func init() {
	addFake("Zarafshan", "city", "Uzbekistan", "UZ", "Navoiy", "Zarafshan", 1, 41.57, 64.2)
}

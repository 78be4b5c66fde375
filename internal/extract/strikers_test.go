package extract

import "testing"

// TestStrikerNations: a nationality or a country right before an air
// strike or a shelling names the state whose forces struck; with none, the
// striker stays unidentified (or the group the sentence names).
func TestStrikerNations(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, wantActor1 string }{
		{"Three herders were killed in a Chadian air strike near the border town of Tine on Monday.", "Military Forces of Chad"},
		{"Venezuelan shelling wounded four farmers on the Colombian side of the river, local officials said.", "Military Forces of Venezuela"},
		{"Kyrgyzstan's airstrikes hit two villages in the Batken region overnight, the Tajik border service said.", "Military Forces of Kyrgyzstan"},
		{"BRIEF: Israeli shelling kills two shepherds near Kfar Kila.", "Military Forces of Israel"},
		{"An air strike killed nine people at a market in Kordofan, witnesses said.", "Unidentified Military Forces"},
		{"Rebels shelled the outskirts of Goma on Tuesday, killing two civilians.", "Unidentified Armed Group"},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2025-03-11")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].Actor1 != tc.wantActor1 {
			t.Errorf("%q: actor1 %q, want %q", tc.text, evs[0].Actor1, tc.wantActor1)
		}
	}
}

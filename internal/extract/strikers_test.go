package extract

import "testing"

// TestStrikerNations: a nationality or a country right before an air
// strike or a shelling, or a country after "by", names the state whose
// forces struck, as a government or regime that owns the aircraft
// ("the junta's helicopters") does; with none, the striker stays
// unidentified (or the group the sentence names).
func TestStrikerNations(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, wantActor1 string }{
		{"Three herders were killed in a Chadian air strike near the border town of Tine on Monday.", "Military Forces of Chad"},
		{"Venezuelan shelling wounded four farmers on the Colombian side of the river, local officials said.", "Military Forces of Venezuela"},
		{"Kyrgyzstan's airstrikes hit two villages in the Batken region overnight, the Tajik border service said.", "Military Forces of Kyrgyzstan"},
		{"BRIEF: Israeli shelling kills two shepherds near Kfar Kila.", "Military Forces of Israel"},
		{"An air strike killed nine people at a market in Kordofan, witnesses said.", "Unidentified Military Forces"},
		{"Rebels shelled the outskirts of Goma on Tuesday, killing two civilians.", "Unidentified Armed Group"},
		{"Two herders were killed in a Venezuelan raid near the river, local officials said.", "Military Forces of Venezuela"},
		{"Five Killed in Israeli Strike on Village in South Lebanon, Ministry Says", "Military Forces of Israel"},
		{"JNIM attack kills nine soldiers near Djibo.", "JNIM: Group for Support of Islam and Muslims"},
		// the striker named after "by", and a government's own aircraft
		{"Nine villagers killed in a bombing by Turkey near Kirkuk, officials said.", "Military Forces of Turkey"},
		{"Junta drones struck a wedding near Tessalit on Sunday, killing nine civilians.", "Military Forces of Mali"},
		{"The junta's helicopters dropped bombs on a village near Paletwa, killing five civilians.", "Military Forces of Myanmar"},
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

// TestCivilianTellers: a named group that gives the count of civilians
// killed is telling of another's deed, not its doer; a group that claims
// an attack, or tells of the soldiers it killed, is.
func TestCivilianTellers(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		text, actor1 string
		not          bool // actor1 must NOT be this group
	}{
		{"Four civilians were killed in shelling near Marib, the Houthis said.", "Ansar Allah", true},
		{"Al Shabaab: six civilians killed in drone strike near Jilib.", "Al Shabaab", true},
		{"Al Shabaab claimed the suicide attack, which killed six civilians at a market in Baidoa.", "Al Shabaab", false},
		{"JNIM said its fighters killed twelve soldiers near Boulkessi.", "JNIM: Group for Support of Islam and Muslims", false},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2025-03-11")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if got := evs[0].Actor1 == tc.actor1; got == tc.not {
			t.Errorf("%q: actor1 %q (want %s%q)", tc.text, evs[0].Actor1, map[bool]string{true: "not ", false: ""}[tc.not], tc.actor1)
		}
	}
}

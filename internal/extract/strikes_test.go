package extract

import "testing"

// TestStrikesNoun: "strikes" as a noun of a state's blows is an air or
// drone strike, whoever coded the killing; the verb, or strikes by a named
// armed group, stay a ground attack.
func TestStrikesNoun(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, wantSub string }{
		{"Nine herders were killed in army strikes near Djenne on Sunday, local officials said.", "Air/drone strike"},
		{"Fresh strikes on the outskirts of Sirwah killed six civilians, rescuers said.", "Air/drone strike"},
		{"Menaka: 11 fighters killed in military strikes, officials say.", "Air/drone strike"},
		{"Gunmen strike a village near Djibo, killing seven herders.", "Attack"},
		{"Al Shabaab strikes killed five soldiers in Lower Shabelle.", "Armed clash"},
		// what aircraft "shell" is struck from the air; artillery shells
		{"Warplanes shell farmland on the outskirts of Marib", "Air/drone strike"},
		{"Helicopter gunships shelled villages near Sagaing on Friday.", "Air/drone strike"},
		{"Army artillery shelled villages near Taiz on Friday.", "Shelling/artillery/missile attack"},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2024-06-05")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].SubEventType != tc.wantSub {
			t.Errorf("%q: %s/%s, want %s", tc.text, evs[0].EventType, evs[0].SubEventType, tc.wantSub)
		}
	}
}

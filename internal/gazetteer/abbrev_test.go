package gazetteer

import "testing"

// TestShortenedNames: headlines shorten a compass point to its initial
// ("S. Ossetia") and a country's long form to capitals ("DR of Congo");
// the name is still the whole place, not the part after the initial, and
// a title before a person's name still hides the name.
func TestShortenedNames(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Shelling reported overnight in S. Ossetia, officials say.", "S. Ossetia", want{"GE", "", "", KindRegion}},
		{"Riot police disperse crowd in E. Timor capital.", "E. Timor", want{"TL", "", "", KindCountry}},
		{"Border guard shot dead near N. Korea frontier.", "N. Korea", want{"KP", "", "", KindCountry}},
		{"Militia raids leave villages empty in DR of Congo.", "DR of Congo", want{"CD", "", "", KindCountry}},
		{"Settlers attack farmers in E. Jerusalem suburb.", "E. Jerusalem", want{"PS", "", "", 0}},
		// the last letter of an abbreviation is no initial
		{"U.S. Customs officers seized the shipment.", "U.S", want{"US", "", "", KindCountry}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
	// A person's initial is no compass point, and a title in capitals
	// before a name in capitals is still a title.
	for _, tc := range []struct{ text, not string }{
		{"A statement by Mr. W. Menaka was read out.", "W. Menaka"},
		{"DR ISFARA SPOKE TO REPORTERS ON MONDAY.", "ISFARA"},
		{"Dr Batken, a surgeon, treated the wounded.", "Batken"},
	} {
		for _, r := range g.Resolve(tc.text) {
			if r.Text == tc.not {
				t.Errorf("%q: %q taken for a place", tc.text, tc.not)
			}
		}
	}
}

package gazetteer

import "testing"

// TestLocalGovernmentArea: Nigeria's districts are written with their
// level in capitals ("X Local Government Area", "X LGA"): the name before
// it is the district, not a person's or a firm's name the capitals run on.
func TestLocalGovernmentArea(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, word string }{
		{"Gunmen stormed a church in Isiala Ngwa North Local Government Area of Abia State on Sunday.", "Isiala Ngwa North"},
		{"Troops repelled an attack on Dikwa LGA, Borno State, the army said.", "Dikwa"},
		{"Bandits killed nine farmers in Mafa Local Government Council on Friday.", "Mafa"},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text == tc.word {
				found = true
				if r.Place == nil || r.Place.CountryCode != "NG" || r.Place.Kind != KindAdmin2 {
					t.Errorf("%q: %s read as %+v, want Nigeria's district", tc.text, tc.word, r.Place)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.word)
		}
	}
}

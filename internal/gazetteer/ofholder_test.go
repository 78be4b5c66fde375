package gazetteer

import "testing"

// TestOfHolder: "X village of Y district" reads X among the places Y
// holds, a district too; with none there, X is a place the gazetteer
// lacks, not a namesake in another province or country.
func TestOfHolder(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, word, country, admin1 string // country "" = unresolved
	}{
		{"Gunmen attacked Shahpur village of Zhob district, Balochistan, on Monday.", "Shahpur", "", ""},
		{"Shots were fired at a store in the Lebanon area of Laclede County on Friday.", "Lebanon", "US", "Missouri"},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text != tc.word {
				continue
			}
			found = true
			switch {
			case tc.country == "" && r.Place != nil:
				t.Errorf("%q: %s read as %s (%s), want unresolved", tc.text, tc.word, r.Place.Name, r.Place.Country)
			case tc.country != "" && (r.Place == nil || r.Place.CountryCode != tc.country || r.Place.Admin1 != tc.admin1):
				t.Errorf("%q: %s read as %+v, want in %s, %s", tc.text, tc.word, r.Place, tc.admin1, tc.country)
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.word)
		}
	}
}

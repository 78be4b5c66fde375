package gazetteer

import "testing"

// TestSureCountry: a name whose readings all lie in one country (a
// province and its capital) makes that country context, so a town named
// by its English name is read there rather than at a namesake abroad
// whose own name it is.
func TestSureCountry(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, name, cc string }{
		{"Protesters marched in Giza and Mansura on Friday.", "Mansura", "EG"},
		{"Protesters marched in Giza and Mansura on Friday.", "Giza", "EG"},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text != tc.name {
				continue
			}
			found = true
			if r.Place == nil || r.Place.CountryCode != tc.cc {
				t.Errorf("%q: %s read as %+v, want a place in %s", tc.text, tc.name, r.Place, tc.cc)
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.name)
		}
	}
}

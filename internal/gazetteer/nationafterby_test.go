package gazetteer

import "testing"

// TestNationAfterBy: a people's word or a country's name after "by" names
// the nation (nationAfterBy); other capitalised words after "by" stay a
// byline's or an agent's name, no place.
func TestNationAfterBy(t *testing.T) {
	checkCountryReadings(t, real(t), []countryCase{
		{"A herder was shot dead by Malian soldiers near the well on Sunday.", "Malian", "ML"},
		{"The convoy was ambushed by Nigerien gendarmes, residents said.", "Nigerien", "NE"},
		{"Two fishing boats were seized by Ecuador on Friday.", "Ecuador", "EC"},
		// a country's name that opens a person's name is the person's
		{"The account was written by Chad Okafor, a teacher in the camp.", "Chad", ""},
		{"The photographs were taken by Bolivar Quispe last spring.", "Bolivar", ""},
	})
}

// countryCase is a name written in a text and the ISO2 code of the
// country it must be read in ("": no place, or unresolved).
type countryCase struct{ text, name, want string }

// checkCountryReadings resolves each case's text and checks the country
// its name is read in; a name meant as a place must be found.
func checkCountryReadings(t *testing.T, g *Gazetteer, cases []countryCase) {
	t.Helper()
	for _, tc := range cases {
		rs := readingsOf(g, tc.text, tc.name)
		for _, r := range rs {
			got := ""
			if r.Place != nil {
				got = r.Place.CountryCode
			}
			if got != tc.want {
				t.Errorf("%q: %s read in %q, want %q", tc.text, tc.name, got, tc.want)
			}
		}
		if len(rs) == 0 && tc.want != "" {
			t.Errorf("%q: %s not found", tc.text, tc.name)
		}
	}
}

// readingsOf are the mentions of text written as name, resolved.
func readingsOf(g *Gazetteer, text, name string) []Resolved {
	var out []Resolved
	for _, r := range g.Resolve(text) {
		if r.Text == name {
			out = append(out, r)
		}
	}
	return out
}

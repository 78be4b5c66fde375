package gazetteer

import "testing"

// TestNationAfterBy: a people's word or a country's name after "by" names
// the nation (nationAfterBy); other capitalised words after "by" stay a
// byline's or an agent's name, no place.
func TestNationAfterBy(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, word string
		want       string // ISO2 of the country read, "" for no place
	}{
		{"A herder was shot dead by Malian soldiers near the well on Sunday.", "Malian", "ML"},
		{"The convoy was ambushed by Nigerien gendarmes, residents said.", "Nigerien", "NE"},
		{"Two fishing boats were seized by Ecuador on Friday.", "Ecuador", "EC"},
		// a country's name that opens a person's name is the person's
		{"The account was written by Chad Okafor, a teacher in the camp.", "Chad", ""},
		{"The photographs were taken by Bolivar Quispe last spring.", "Bolivar", ""},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text != tc.word {
				continue
			}
			found = true
			got := ""
			if r.Place != nil {
				got = r.Place.CountryCode
			}
			if got != tc.want {
				t.Errorf("%q: %s read in %q, want %q", tc.text, tc.word, got, tc.want)
			}
		}
		if !found && tc.want != "" {
			t.Errorf("%q: %s not found", tc.text, tc.word)
		}
	}
}

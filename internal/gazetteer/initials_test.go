package gazetteer

import "testing"

// TestInitialsForm: a name of three or four capitalised words is also
// written with the initials of all but its last.
func TestInitialsForm(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Dera Ghazi Khan", "DG Khan"},
		{"Toba Tek Singh", "TT Singh"},
		{"Alta Vista Nueva Town", "AVN Town"},
		{"Rio de Janeiro", ""}, // a small word inside: no initials form
		{"Lashkar Gah", ""},    // two words
		{"Mandi Bahauddin Al", ""},
	} {
		if got := initialsForm(tc.name); got != tc.want {
			t.Errorf("initialsForm(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestInitialsInText: the press's initials forms are found in text.
func TestInitialsInText(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, want string }{
		{"Two constables were shot dead in DG Khan on Monday.", "Dera Ghazi Khan"},
		{"Floods cut the road to TT Singh, officials said.", "Toba Tek Singh"},
		{"Police raided a seminary in RY Khan overnight.", "Rahim Yar Khan"},
	} {
		got := ""
		for _, r := range g.Resolve(tc.text) {
			if r.Place != nil && r.Place.Kind != KindCountry {
				got = r.Place.Name
			}
		}
		if got != tc.want {
			t.Errorf("%q: read %q, want %q", tc.text, got, tc.want)
		}
	}
}

package gazetteer

import "testing"

// TestSpellingShape: a name written as one word is the namesake whose own
// name is one word; written in two, the one whose name breaks there.
func TestSpellingShape(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Gunmen killed two people in Rioverde on Sunday.", "Rioverde", want{"MX", "", "", 0}},
		{"Gunmen killed two people in Rio Verde on Sunday.", "Rio Verde", want{"BR", "", "", 0}},
		{"Gunmen attacked a market in Kara-Suu on Sunday.", "Kara-Suu", want{"KG", "", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

func TestNameShape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Kara-Suu", "kara-suu"}, {"Kara Suu", "kara-suu"}, {"Dāngām", "dangam"}, {"Rio Verde", "rio-verde"}, {"Rioverde", "rioverde"},
	} {
		if got := nameShape(tc.in); got != tc.want {
			t.Errorf("nameShape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package gazetteer

import "testing"

// TestPossessiveHolder: "X's Y" reads Y in the unit X, as "Y, X" does:
// the namesake elsewhere loses, whatever its size.
func TestPossessiveHolder(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Gunmen opened fire on a rally in Lebanon's Tripoli on Friday.", "Tripoli", want{"LB", "", "", 0}},
		{"Two policemen were shot dead in Colombia's Cartagena overnight.", "Cartagena", want{"CO", "", "", 0}},
		{"A blast hit a market in Pakistan's Hyderabad, police said.", "Hyderabad", want{"PK", "", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

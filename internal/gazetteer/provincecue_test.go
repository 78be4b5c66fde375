package gazetteer

import "testing"

// TestProvinceCue: a province the text names anywhere picks its own
// namesake of a town over bigger ones in other provinces of the country
// or abroad (provinceCue).
func TestProvinceCue(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Protesters gathered in the centre of Springfield on Monday, police in Nebraska said.", "Springfield", want{"US", "Nebraska", "", 0}},
		{"Protesters gathered in the centre of San Luis on Monday, police in Cagayan Valley said.", "San Luis", want{"PH", "", "", 0}},
		{"A market was looted in Brandenburg overnight, police in Kentucky said.", "Brandenburg", want{"US", "Kentucky", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

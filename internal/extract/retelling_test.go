package extract

import "testing"

// TestStrikeToldAgain: a party that says it "struck" its targets, in a
// later sentence with no date or place of its own, retells the strike the
// article reported; a strike on another day is another event.
func TestStrikeToldAgain(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"A drone strike on a motorbike killed two men near Kidal on Monday, residents said.\n\nThe army said it had struck a cell of jihadists in the area.", 1},
		{"A drone strike on a motorbike killed two men near Kidal on Monday, residents said.\n\nOn Thursday, aircraft struck a convoy near Kidal, killing five.", 2},
	} {
		if evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2025-06-06")}); len(evs) != tc.n {
			t.Errorf("%q: %d events, want %d", tc.text, len(evs), tc.n)
		}
	}
}

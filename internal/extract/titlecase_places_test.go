package extract

import "testing"

// TestTitleCaseVerbBeforeTown: in a headline written in title case the
// verb before a town is capitalised like a given name, yet the town is
// where it happened; in running text a given name before a town's name
// still makes it a person.
func TestTitleCaseVerbBeforeTown(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, wantISO string }{
		{"Twin Blasts Rock Djenne, Killing Five.", "ML"},
		{"Explosions Shake Menaka, Three Dead.", "ML"},
		{"Rockets Pound Sirwah, Six Dead.", "YE"},
		{"Gunmen shot dead Maria Lima outside her shop on Tuesday.", ""},
	} {
		evs := x.Extract(Article{ID: "t", Text: tc.text, Published: mustDay("2024-06-05")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].ISO != tc.wantISO {
			t.Errorf("%q: placed in %q, want %q", tc.text, evs[0].ISO, tc.wantISO)
		}
	}
}

package gazetteer

import "testing"

// TestCountryEndsRun: a region written before its country ("South-West
// Cameroon", "Far-North Cameroon") is two places, not one capitalised
// name to skip; a run that names no country is still skipped.
func TestCountryEndsRun(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text  string
		names []string
	}{
		{"Six soldiers were killed in South-West Cameroon overnight.", []string{"South-West", "Cameroon"}},
		{"Separatists torched a school in North-West Cameroon on Monday.", []string{"North-West", "Cameroon"}},
		{"Gunmen killed three herders in Niger State on Sunday.", []string{"Niger State"}},
	} {
		got := map[string]bool{}
		for _, m := range g.FindMentions(tc.text) {
			got[m.Text] = true
		}
		for _, n := range tc.names {
			if !got[n] {
				t.Errorf("%q: %s not found (found %v)", tc.text, n, got)
			}
		}
	}
}

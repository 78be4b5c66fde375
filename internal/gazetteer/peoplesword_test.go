package gazetteer

import "testing"

// TestPeoplesWord: a people's adjective that a hamlet (or one of the
// country's own alternate names) is also written as still names the
// people, not a place: the country is read as a demonym.
func TestPeoplesWord(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, word string }{
		{"A German frigate escorted two tankers through the strait on Monday.", "German"},
		{"Two Spanish marines boarded the dhow off the Horn of Africa.", "Spanish"},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text != tc.word {
				continue
			}
			found = true
			if r.Place == nil || r.Place.Kind != KindCountry || !r.Demonym {
				t.Errorf("%q: %s read as %+v (demonym %v), want its country as a people's adjective", tc.text, tc.word, r.Place, r.Demonym)
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.word)
		}
	}
}

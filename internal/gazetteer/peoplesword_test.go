package gazetteer

import (
	"slices"
	"testing"
)

// TestPeoplesWord: a people's adjective that a hamlet, a region or one of
// the country's own alternate names is also written as still names the
// people, not a place: the country is read as a demonym (peopleReading,
// peoplesWord, and the index keeps the demonym flag of a name that is
// also an alternate).
func TestPeoplesWord(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, word string }{
		{"A German frigate escorted two tankers through the strait on Monday.", "German"},
		{"Two Spanish marines boarded the dhow off the Horn of Africa.", "Spanish"},
		// the people's word, though a region of a neighbour the text
		// names bears it too, and an alternate name of the country is
		// spelt alike
		{"Three Somali gunmen and an Ethiopian trader were detained in the port.", "Somali"},
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

// TestPeopleNoTown: a people's name that no country or division takes
// (peoples) is no town of that spelling in running text either.
func TestPeopleNoTown(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Herders of the mainly Arab north clashed with farmers near Kadugli.", []string{"Kadugli"}},
		{"Druze gunmen and Bedouin fighters traded fire near Suwayda.", []string{"Suwayda"}},
	} {
		if got := mentionTexts(g, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: mentions %q, want %q", tc.text, got, tc.want)
		}
	}
}

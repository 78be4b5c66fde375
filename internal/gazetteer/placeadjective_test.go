package gazetteer

import (
	"strings"
	"testing"
)

// TestPlaceAdjectiveSpan: a span that is a province's or country's
// adjective is that place; an adjective of a town or a word that is no
// place's adjective gets no division.
func TestPlaceAdjectiveSpan(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, span string
		w          want
	}{
		{"Sardinian shepherds blocked the port on Tuesday.", "Sardinian", want{"IT", "Sardinia", "", KindAdmin1}},
		{"The Andalusian health service reported 40 cases.", "Andalusian", want{"ES", "Andalusia", "", KindAdmin1}},
		{"A Keralite nurse was freed by her captors.", "Keralite", want{"IN", "Kerala", "", KindAdmin1}},
		{"Rajasthani traders closed their shops in protest.", "Rajasthani", want{"IN", "Rajasthan", "", KindAdmin1}},
		{"Tasmanian fishers protested the new quotas.", "Tasmanian", want{"AU", "Tasmania", "", KindAdmin1}},
	} {
		a := strings.Index(tc.text, tc.span)
		res := g.ResolveSpans(tc.text, []Span{{a, a + len(tc.span)}})
		tc.w.check(t, tc.text, res[0].Place)
	}
	for _, word := range []string{"Christian", "Parisian", "Dickensian"} {
		for _, h := range g.adjectiveHits(word) {
			t.Errorf("%s read as the adjective of %s", word, g.str(g.places[h.place].Name))
		}
	}
}

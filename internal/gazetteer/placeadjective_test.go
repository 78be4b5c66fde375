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

// TestIrregularAdjectiveSpan: an adjective no ending rule reaches is its
// place through the table (a city's adjective the city); a people living
// across borders names no place, whatever village shares the spelling.
func TestIrregularAdjectiveSpan(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, span string
		w          want
	}{
		{"Milanese magistrates froze the accounts of the holding company.", "Milanese", want{"IT", "Lombardy", "", KindCity}},
		{"Breton fishermen blocked the ferry terminal for a second day.", "Breton", want{"FR", "Brittany", "", KindAdmin1}},
		{"Baluchi insurgents ambushed a Frontier Corps patrol near Panjgur.", "Baluchi", want{"PK", "Balochistan", "", KindAdmin1}},
		{"Florentine museums shut early as the river rose.", "Florentine", want{"IT", "Tuscany", "", KindCity}},
	} {
		a := strings.Index(tc.text, tc.span)
		res := g.ResolveSpans(tc.text, []Span{{a, a + len(tc.span)}})
		tc.w.check(t, tc.text, res[0].Place)
	}
	for _, text := range []string{
		"Kurdish fighters withdrew from the ridge overnight.",
		"Fulani herders and Tiv farmers clashed again near the river.",
		"Hausa traders closed their stalls after the raid.",
		"Yoruba leaders called for calm on Sunday.",
	} {
		w := text[:strings.IndexByte(text, ' ')]
		res := g.ResolveSpans(text, []Span{{0, len(w)}})
		if p := res[0].Place; p != nil {
			t.Errorf("%q: the people %s read as %s, %s", text, w, p.Name, p.CountryCode)
		}
	}
}

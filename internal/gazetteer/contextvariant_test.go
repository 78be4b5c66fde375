package gazetteer

import (
	"strings"
	"testing"
)

// TestVariantInTextCountry: a name misspelt or transliterated otherwise
// than the gazetteer has it, in a text about one country, is that
// country's province or town, not the small place abroad that the
// spelling matches letter for letter; unless the text names that place's
// country too.
func TestVariantInTextCountry(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		// wire headlines
		{"Nigerian troops kill bandits in Zamfira and Katsina", "Zamfira", want{"NG", "Zamfara", "", 0}},
		{"Nigerian police arrest 5 in Gomba and Bauchi", "Gomba", want{"NG", "Gombe", "", 0}},
		{"Mexican marines clash with gunmen in Coloma and Jalisco", "Coloma", want{"MX", "Colima", "", 0}},
		// a coder's one-line summary, a state agency
		{"Malian army says it killed 12 jihadists near Keyes", "Keyes", want{"ML", "Kayes", "", 0}},
		{"Colombian army says ELN rebels attacked a base in Arouca", "Arouca", want{"CO", "Arauca", "", 0}},
		{"Syrian state media: blast hits port of Tartas", "Tartas", want{"SY", "Tartus", "", 0}},
		// the text names the exact namesake's country: it stands
		{"Mexican and American officials met in Coloma on Friday", "Coloma", want{"US", "", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
		s := strings.Index(tc.text, tc.name)
		res := g.ResolveSpans(tc.text, []Span{{s, s + len(tc.name)}})
		tc.w.check(t, tc.text+" (span)", res[0].Place)
	}
}

// TestAltNameInTextCountry: a name that is one of a town's alternate
// spellings in the text's country, and the own name only of small places
// in countries the text never names, is the town: the owners abroad do
// not take the name from it.
func TestAltNameInTextCountry(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Philippine police kill two suspects in Lipa raid", "Lipa", want{"PH", "Calabarzon", "Batangas", 0}},
		{"Yemeni forces shell Sa‘da overnight, residents say", "Sa‘da", want{"YE", "", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

package gazetteer

import (
	"strings"
	"testing"
)

// TestDefinition: a place defined by the division that holds it ("X is a
// town in Y", "X, the capital of the Y province") is the reading in Y,
// in free text and as a given span without Y.
func TestDefinition(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Toledo is a city in the province of Cebu, facing the strait.", "Toledo", want{"PH", "", "Cebu", 0}},
		{"Valparaiso is the county seat of Porter County and home to a university.", "Valparaiso", want{"US", "", "Porter", 0}},
		{"The mayor of Merida, the capital of Yucatan state, opened the fair.", "Merida", want{"MX", "", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
		a := strings.Index(tc.text, tc.name)
		res := g.ResolveSpans(tc.text, []Span{{a, a + len(tc.name)}})
		tc.w.check(t, "span: "+tc.text, res[0].Place)
	}
}

// TestDefinitionHolder finds where the holder's name starts; an
// apposition without a noun of place defines nothing.
func TestDefinitionHolder(t *testing.T) {
	for _, tc := range []struct {
		rest, holder string // text after the name; "" for none
	}{
		{" is a small market town in Lanarkshire, on the Clyde.", "Lanarkshire, on the Clyde."},
		{" is the capital of the Karaganda Region.", "Karaganda Region."},
		{", a village in the district of Gorkha, was cut off.", "Gorkha, was cut off."},
		{" is a census-designated place in Pima County.", "Pima County."},
		{", the first case in Lagos, was confirmed.", ""},
		{" is a city.", ""},
		{" was a spokesman of the council.", ""},
	} {
		text := "X" + tc.rest
		at := definitionHolder(text, 1)
		got := ""
		if at >= 0 {
			got = text[at:]
		}
		if got != tc.holder {
			t.Errorf("%q: holder %q, want %q", text, got, tc.holder)
		}
	}
}

package gazetteer

import (
	"strings"
	"testing"
)

// TestPossessiveSpan: a given span with the text's possessive on it is
// the place without it, unless a place bears the apostrophe in its own
// name.
func TestPossessiveSpan(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, span string
		w          want
	}{
		{"Gombe's governor imposed a curfew after the riots.", "Gombe's", want{"NG", "", "", 0}},
		{"Ebonyi's police said six people were held.", "Ebonyi's", want{"NG", "Ebonyi", "", KindAdmin1}},
		{"Ferries from St. John's were cancelled.", "St. John's", want{"CA", "", "", 0}},
		{"Boats left Cox's Bazar at dawn.", "Cox's Bazar", want{"BD", "", "", 0}},
	} {
		a := strings.Index(tc.text, tc.span)
		res := g.ResolveSpans(tc.text, []Span{{a, a + len(tc.span)}})
		tc.w.check(t, tc.text, res[0].Place)
	}
}

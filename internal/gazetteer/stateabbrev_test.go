package gazetteer

import (
	"strings"
	"testing"
)

// TestStateAbbreviation: a town written with its state or province
// abbreviated after a comma, as North American papers do, is read in that
// state; a bare abbreviation-like word is no state.
func TestStateAbbreviation(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Tornado sirens sounded in Columbia, Mo., before dawn.", "Columbia", want{"US", "Missouri", "", 0}},
		{"ALBANY, Ga. (AP) - A judge set bail at 50,000 dollars.", "ALBANY", want{"US", "Georgia", "", 0}},
		{"The clinic in Dover, DE 19901 closed for a week.", "Dover", want{"US", "Delaware", "", 0}},
		{"Snow closed schools in Perth, Ont., and Smiths Falls.", "Perth", want{"CA", "Ontario", "", 0}},
		{"A grain elevator burned near Aberdeen, S.D., on Monday.", "Aberdeen", want{"US", "South Dakota", "", 0}},
		// the name keeps that reading where it returns bare
		{"ALBANY, Ga. (AP) - Schools in Albany reopened.", "Albany", want{"US", "Georgia", "", 0}},
	} {
		var got *Resolved
		for _, r := range g.Resolve(tc.text) {
			if r.Text == tc.name {
				got = &r
			}
		}
		if got == nil {
			t.Errorf("%q: %s not found", tc.text, tc.name)
			continue
		}
		tc.w.check(t, tc.text, got.Place)
	}
}

// TestStateAbbreviationSpan: an abbreviation given as a toponym span is
// the state it stands for.
func TestStateAbbreviationSpan(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, span string
		w          want
	}{
		{"Flooding hit Columbia, Mo., on Friday.", "Mo", want{"US", "Missouri", "", KindAdmin1}},
		{"Flooding hit Columbia, Mo., on Friday.", "Mo.", want{"US", "Missouri", "", KindAdmin1}},
		{"Snow fell in Perth, Ont., overnight.", "Ont.", want{"CA", "Ontario", "", KindAdmin1}},
	} {
		a := strings.Index(tc.text, tc.span)
		res := g.ResolveSpans(tc.text, []Span{{a, a + len(tc.span)}})
		tc.w.check(t, tc.text+" ["+tc.span+"]", res[0].Place)
	}
}

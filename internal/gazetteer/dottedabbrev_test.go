package gazetteer

import (
	"strings"
	"testing"
)

// TestDottedAbbrev: single capitals joined by dots are an abbreviation,
// read as a country when one bears it and as no place otherwise (never
// as a hamlet whose folded name the letters spell), in free text and as
// given spans.
func TestDottedAbbrev(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, abbr string
		cc         string // "": no place
	}{
		{"Sahel leaders urge A.U. troops to stay in Mali", "A.U", ""},
		{"A.U. mission in Somalia extended for a year", "A.U", ""},
		{"I.S. fighters attack Kirkuk outposts overnight", "I.S", ""},
		{"Protesters in Lahore burn U.S. flags after the strike", "U.S", "US"},
		{"Yemen's government thanks the U.A.E. for the aid", "U.A.E", "AE"},
		{"Two U. N. aircraft landed at the airstrip near Bossangoa", "U. N", ""},
		{"Officials from the U. S. embassy visited Tillaberi", "U. S", "US"},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if !strings.HasPrefix(r.Text, tc.abbr) || r.Place == nil {
				continue
			}
			found = true
			if r.Place.CountryCode != tc.cc || r.Place.Kind != KindCountry {
				t.Errorf("%q: %s read as %s (%s, %s)", tc.text, r.Text, r.Place.Name, r.Place.KindName, r.Place.CountryCode)
			}
		}
		if !found && tc.cc != "" {
			t.Errorf("%q: %s not read as %s", tc.text, tc.abbr, tc.cc)
		}
		s := strings.Index(tc.text, tc.abbr)
		p := g.ResolveSpans(tc.text, []Span{{s, s + len(tc.abbr) + 1}})[0].Place
		switch {
		case p == nil && tc.cc != "":
			t.Errorf("%q: span %s unresolved, want %s", tc.text, tc.abbr, tc.cc)
		case p != nil && (p.CountryCode != tc.cc || p.Kind != KindCountry):
			t.Errorf("%q: span %s read as %s (%s, %s)", tc.text, tc.abbr, p.Name, p.KindName, p.CountryCode)
		}
	}
}

func TestDottedAbbrevShape(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"U.N.", true}, {"U.N", true}, {"U. N.", true}, {"U. N", true}, {"U.A.E.", true}, {"D.C", true},
		{"U", false}, {"UN", false}, {"St.", false}, {"u.n.", false}, {"U.Nations", false}, {"U.  N.", false}, {"U N", false},
	} {
		if got := dottedAbbrev(tc.s); got != tc.want {
			t.Errorf("dottedAbbrev(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

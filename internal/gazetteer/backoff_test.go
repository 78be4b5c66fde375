package gazetteer

import (
	"strings"
	"testing"
)

// markedSpans takes a text with place names in [brackets] and returns it
// without them and the names' spans.
func markedSpans(marked string) (string, []Span) {
	var b strings.Builder
	var spans []Span
	for {
		i := strings.IndexByte(marked, '[')
		j := strings.IndexByte(marked, ']')
		if i < 0 || j < i {
			b.WriteString(marked)
			return b.String(), spans
		}
		b.WriteString(marked[:i])
		s := b.Len()
		b.WriteString(marked[i+1 : j])
		spans = append(spans, Span{s, b.Len()})
		marked = marked[j+1:]
	}
}

// TestBackOffNearby: a given name the gazetteer lacks (a street, a
// market, a hamlet, a wadi), or reads only by a look-alike far from the
// text's places, lies at the text's nearest placed name; a name spelt as
// GeoNames does not, but near the others, is kept and places its
// neighbours.
func TestBackOffNearby(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text        string
		name        string // the span checked
		want        string // its place's name, "" for none
		match       string
		wantCountry string
	}{
		{"A fire gutted a bakery on [Calle Bulnes] in [Temuco], [Chile], late on Sunday.", "Calle Bulnes", "Temuco", "nearby", "CL"},
		{"Gunmen on motorbikes raided [Tin Tabakat] hamlet outside [Agadez] on Tuesday.", "Tin Tabakat", "Agadez", "nearby", "NE"},
		{"Police cleared [Shanti Nagar] slum in [Sukkur] and [Bhittaiabad] on Sunday.", "Bhittaiabad", "Sukkur", "nearby", "PK"},
		{"Soldiers searched [Kolofata Sud] and [Mozogo] villages near [Maroua].", "Mozogo", "Maroua", "nearby", "CM"},
		// a look-alike of a town of another province, put "in" a unit that
		// does not hold it, is no reading
		{"Protesters gathered at [Plaza Sucre] in [Cochabamba] on Friday.", "Plaza Sucre", "Cochabamba", "nearby", "BO"},
		// the province named with its level word and spelt otherwise than
		// GeoNames keeps it: read by its spelling, not as a hamlet abroad
		// spelt alike, and it places the wadi
		{"Tribesmen blocked the road at [Wadi Hajar] in [Shabwa] governorate.", "Shabwa", "Shabwah", "fuzzy", "YE"},
		{"Tribesmen blocked the road at [Wadi Hajar] in [Shabwa] governorate.", "Wadi Hajar", "Shabwah", "nearby", "YE"},
		// a mountain put in a unit that holds no place of its name is
		// a feature the gazetteer lacks, not a suburb abroad
		{"Fighting spread to villages near [Mount Carmel] in [Chin State] on Friday.", "Mount Carmel", "Chin", "nearby", "MM"},
		// a name found only with a word dropped is a look-alike: kept
		// near the text's places
		{"Police chased poachers on [Mount Meru] near [Arusha] on Sunday.", "Mount Meru", "Meru", "fuzzy", "TZ"},
		// names spelt right keep their own places
		{"Traders at [Gikomba] said the fire began at night, [Mombasa] traders said.", "Mombasa", "Mombasa", "exact", "KE"},
	} {
		text, spans := markedSpans(tc.text)
		res := g.ResolveSpans(text, spans)
		var got *Resolved
		for i := range res {
			if res[i].Text == tc.name {
				got = &res[i]
			}
		}
		if got == nil {
			t.Fatalf("%q: no result for %q", tc.text, tc.name)
		}
		p := got.Place
		switch {
		case tc.want == "" && p != nil:
			t.Errorf("%q: %s read %s (%s), want no place", tc.text, tc.name, p.Name, p.MatchName)
		case tc.want == "":
		case p == nil:
			t.Errorf("%q: %s has no place, want %s", tc.text, tc.name, tc.want)
		case p.Name != tc.want || p.MatchName != tc.match || p.CountryCode != tc.wantCountry:
			t.Errorf("%q: %s read %s, %s (%s), want %s, %s (%s)", tc.text, tc.name, p.Name, p.CountryCode, p.MatchName, tc.want, tc.wantCountry, tc.match)
		case p.MatchName == "nearby" && (p.Precision < 2 || p.Confidence > nearbyConfidence):
			t.Errorf("%q: %s nearby with precision %d, confidence %v", tc.text, tc.name, p.Precision, p.Confidence)
		}
	}
}

// TestBackOffOutsideText: a span outside the text is left unplaced, as
// given, however near the text's placed names its offsets say it is.
func TestBackOffOutsideText(t *testing.T) {
	g := real(t)
	text, spans := markedSpans("A blast hit [Kotli] on Monday.")
	spans = append(spans, Span{len(text) + 5, len(text) + 9})
	res := g.ResolveSpans(text, spans)
	if len(res) != 2 || res[0].Place == nil || res[1].Place != nil {
		t.Errorf("span outside the text: %d results", len(res))
	}
}

// TestSoundAlikeNoMisspelling: a name a few letters off a town's is that
// town; a name that only sounds a little like thousands of places, none
// spelt close, is none of them.
func TestSoundAlikeNoMisspelling(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ marked, want string }{
		{"Clashes hit [Cochabanba] on Friday.", "Cochabamba"},
		{"Police in [Tegucigalpe] said two men were held.", "Tegucigalpa"},
		{"Floods hit [Barranquila] on Sunday.", "Barranquilla"},
		{"Troops entered [Zqxvry Square] on Monday.", ""},
		{"Shops near [Ujx] stayed shut.", ""},
	} {
		text, spans := markedSpans(tc.marked)
		res := g.ResolveSpans(text, spans)
		got := ""
		if len(res) == 1 && res[0].Place != nil {
			got = res[0].Place.Name
		}
		if got != tc.want {
			t.Errorf("%q: read %q, want %q", tc.marked, got, tc.want)
		}
	}
}

package extract_test

import (
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/extract"
)

// A people's adjective before a settlement noun places the settlement in
// the people's country ("shelled a Tajik village"), even when another
// people's word names the attacker; before a force or a weapon it names
// no place. Needs the real gazetteer: a demonym is the geocoder's reading.
func TestPeoplesSettlement(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, country string }{
		{"Kyrgyz border guards shelled a Tajik village on Tuesday, killing two.", "Tajikistan"},
		{"Malian soldiers were ambushed near a Burkinabe town on Sunday, the army said.", "Burkina Faso"},
		{"SERBS TORCH BOSNIAN VILLAGE AS FIGHTING RAGES.", "Bosnia and Herzegovina"},
	} {
		evs := x.Extract(extract.Article{ID: "s", Text: tc.text, Published: pub})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].Country != tc.country {
			t.Errorf("%q: placed in %q (%s), want %q", tc.text, evs[0].Country, evs[0].Location, tc.country)
		}
	}
}

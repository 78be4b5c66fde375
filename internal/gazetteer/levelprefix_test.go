package gazetteer

import (
	"slices"
	"testing"
)

// TestLevelPrefixShortName: a second-level name GeoNames writes after its
// level ("Province du X", "Cercle de X", "Shahrestān-e X") is found under
// the bare name the press writes; a Spanish municipality's is not, as
// its bare names are as often saints and surnames.
func TestLevelPrefixShortName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Province du Kouritenga", "Kouritenga"},
		{"Province de la Tapoa", "Tapoa"},
		{"Cercle de Niono", "Niono"},
		{"Préfecture de Koubia", "Koubia"},
		{"Département du Mayo-Danay", "Mayo-Danay"},
		{"Shahrestān-e Sarbāz", "Sarbāz"},
	} {
		if got := shortNames(tc.name); !slices.Contains(got, tc.want) {
			t.Errorf("shortNames(%q) = %q, want %q among them", tc.name, got, tc.want)
		}
	}
	if got := shortNames("Municipio de San Lucas"); slices.Contains(got, "San Lucas") {
		t.Errorf("shortNames(Municipio de San Lucas) = %q: a municipality's bare name", got)
	}
}

// TestDistrictOfTown: in "the Y district of X" the level word is Y's and
// X is the town that holds it, no district of its own; "the district of
// X" still makes X one.
func TestDistrictOfTown(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		kind       Kind
		iso        string
		prec       int
	}{
		{"Police fired tear gas in the Kolonaki district of Athens on Saturday.", "Athens", KindCity, "GR", 1},
		{"Troops were sent to the district of Kunduz.", "Kunduz", KindAdmin2, "AF", 2},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text != tc.name {
				continue
			}
			found = true
			if r.Place == nil || r.Place.Kind != tc.kind || r.Place.CountryCode != tc.iso || r.Place.Precision != tc.prec {
				t.Errorf("%q: %s read as %+v, want a %v in %s at precision %d", tc.text, tc.name, r.Place, tc.kind, tc.iso, tc.prec)
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.name)
		}
	}
}

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
	checkPlaceReadings(t, real(t), []placeCase{
		{"Police fired tear gas in the Kolonaki district of Athens on Saturday.", "Athens", "GR", KindCity, 1},
		{"Troops were sent to the district of Kunduz.", "Kunduz", "AF", KindAdmin2, 2},
	})
}

// placeCase is a name written in a text, the country and kind of place
// it must be read as, and its precision (0: any).
type placeCase struct {
	text, name, iso string
	kind            Kind
	prec            int
}

// checkPlaceReadings resolves each case's text and checks its name's
// reading.
func checkPlaceReadings(t *testing.T, g *Gazetteer, cases []placeCase) {
	t.Helper()
	for _, tc := range cases {
		rs := readingsOf(g, tc.text, tc.name)
		for _, r := range rs {
			if p := r.Place; p == nil || p.Kind != tc.kind || p.CountryCode != tc.iso || tc.prec != 0 && p.Precision != tc.prec {
				t.Errorf("%q: %s read as %+v, want a %v in %s (precision %d)", tc.text, tc.name, r.Place, tc.kind, tc.iso, tc.prec)
			}
		}
		if len(rs) == 0 {
			t.Errorf("%q: %s not found", tc.text, tc.name)
		}
	}
}

// TestLevelNamedVariant: a district written otherwise than the index has
// it, whose spelling matches another province's town or district seat
// exactly, is read as the district its variant names in the province the
// text gives (levelNamedHits), not as that town.
func TestLevelNamedVariant(t *testing.T) {
	checkPlaceReadings(t, real(t), []placeCase{
		{"In Balkh province, fighting was reported in Keshindeh district on Monday.", "Keshindeh", "AF", KindAdmin2, 2},
		{"In Badghis province, a roadside bomb hit a van in Moqur district.", "Moqur", "AF", KindAdmin2, 2},
	})
}

// TestTerritoryIsSecondLevel: "territory" after a name is a second-level
// unit, as the Congo's territoires are, so a district so named beats a
// first-level namesake abroad; the territories that are first-level
// units carry the word in their names ("Northern Territory").
func TestTerritoryIsSecondLevel(t *testing.T) {
	g, _ := buildTestIndex(t)
	rs := readingsOf(g, "Rebels attacked villages in Morvan territory on Sunday.", "Morvan")
	if len(rs) != 1 || rs[0].Place == nil || rs[0].Place.Kind != KindAdmin2 || rs[0].Place.CountryCode != "XA" {
		t.Errorf("Morvan territory read as %+v, want the second-level unit in XA", rs)
	}
	checkPlaceReadings(t, real(t), []placeCase{
		{"Police in the Northern Territory said two men were charged.", "Northern Territory", "AU", KindAdmin1, 0},
	})
}

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

package gazetteer

import "testing"

// TestDirectionDivision: a direction opening a name the index does not
// hold as written reads the division its spelling variant names
// (directionDivision).
func TestDirectionDivision(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, written string
		iso           string
		kind          Kind
	}{
		{"Militia fighters raided cattle camps in North Kurdufan on Tuesday.", "North Kurdufan", "SD", KindAdmin1},
		{"Landslides cut the coastal road in West Nusa Tengara after the storm.", "West Nusa Tengara", "ID", KindAdmin1},
		{"Gunmen ambushed a bus in Western Ekuatoria, the governor said.", "Western Ekuatoria", "SS", KindAdmin1},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text != tc.written {
				continue
			}
			found = true
			if r.Place == nil || r.Place.CountryCode != tc.iso || r.Place.Kind != tc.kind {
				t.Errorf("%q: %s read as %+v, want a %v in %s", tc.text, tc.written, r.Place, tc.kind, tc.iso)
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.written)
		}
	}
}

package gazetteer

import "testing"

// TestDirectionDivision: a direction opening a name the index does not
// hold as written reads the division its spelling variant names
// (directionDivision).
func TestDirectionDivision(t *testing.T) {
	checkPlaceReadings(t, real(t), []placeCase{
		{"Militia fighters raided cattle camps in North Kurdufan on Tuesday.", "North Kurdufan", "SD", KindAdmin1, 0},
		{"Landslides cut the coastal road in West Nusa Tengara after the storm.", "West Nusa Tengara", "ID", KindAdmin1, 0},
		{"Gunmen ambushed a bus in Western Ekuatoria, the governor said.", "Western Ekuatoria", "SS", KindAdmin1, 0},
	})
}

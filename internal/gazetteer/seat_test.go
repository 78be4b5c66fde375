package gazetteer

import "testing"

// TestDistrictSeatByName: a district whose seat the data does not mark
// takes the point of the town it is named after only when that town is
// its own (or the district has no towns to say otherwise): a namesake
// town in another district of the province would put the point hundreds
// of kilometres off.
func TestDistrictSeatByName(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		cc, district    string
		lat, lon, maxKm float64 // the district's seat town, from GeoNames
	}{
		{"IN", "Sehore", 23.2, 77.08, 100},
		{"IN", "Ballari", 15.14, 76.92, 100},
		{"MX", "Cintalapa", 16.68, -93.72, 100},
		{"MX", "Lázaro Cárdenas", 17.96, -102.2, 100},
	} {
		found := false
		for i := range g.places {
			r := &g.places[i]
			if r.Kind != KindAdmin2 || g.str(r.Name) != tc.district || g.countryCode(r) != tc.cc {
				continue
			}
			km := haversineKm(float64(r.Lat), float64(r.Lon), tc.lat, tc.lon)
			if km > tc.maxKm {
				// a district of the same name elsewhere is another one
				continue
			}
			found = true
		}
		if !found {
			t.Errorf("%s %s: no district point within %.0f km of its seat", tc.cc, tc.district, tc.maxKm)
		}
	}
}

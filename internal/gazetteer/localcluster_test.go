package gazetteer

import (
	"strings"
	"testing"
)

// TestLocalCluster: a capital's small namesake wins when two of the
// text's other names have towns beside it; in a text whose other names
// lie in the capital's region, or that names only two places, the
// capital stays.
func TestLocalCluster(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		cc         string
		lat, lon   float64 // the namesake meant (0, 0: the capital)
	}{
		{"Sheriff's deputies searched woods between Damascus, Clarksburg and Germantown for the missing teenager.", "Damascus", "US", 39.29, -77.20},
		{"A gas leak closed the school in Havana; pupils were bused to Quincy and Midway.", "Havana", "US", 30.62, -84.41},
		{"Ministers met in Damascus after talks in Homs and Zahle on the refugee crossings.", "Damascus", "SY", 0, 0},
		{"Flights from Havana to Quito resumed on Friday.", "Havana", "CU", 0, 0},
	} {
		a := strings.Index(tc.text, tc.name)
		var spans []Span
		for _, w := range strings.FieldsFunc(tc.text, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '.' }) {
			if w[0] >= 'A' && w[0] <= 'Z' && w != "Sheriff's" && w != "A" && w != "Ministers" && w != "Flights" && w != "Friday" {
				k := strings.Index(tc.text, w)
				spans = append(spans, Span{k, k + len(w)})
			}
		}
		for i, r := range g.ResolveSpans(tc.text, spans) {
			if spans[i].Start != a {
				continue
			}
			p := r.Place
			if p == nil || p.CountryCode != tc.cc || tc.lat != 0 && haversineKm(p.Lat, p.Lon, tc.lat, tc.lon) > accKm {
				t.Errorf("%q: %s read as %+v, want %s %.2f,%.2f", tc.text, tc.name, p, tc.cc, tc.lat, tc.lon)
			}
		}
	}
}

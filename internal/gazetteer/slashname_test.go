package gazetteer

import "testing"

// TestSlashNames: a district GeoNames names by two towns joined with a
// slash ("Ogori/Magongo") is read whole, in its state, not as a town of
// the first name abroad; two places written with a slash between them
// ("KANO/NIAMEY (Reuters)") are still two names.
func TestSlashNames(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text  string
		names []string // mentions found, in order
		cc    []string // their countries
	}{
		{"Bandits raided two villages in Ogori/Magongo district (Kogi State) on Tuesday.", []string{"Ogori/Magongo", "Kogi State"}, []string{"NG", "NG"}},
		{"Police clashed with protesters in Ajeromi/Ifelodun area of Lagos.", []string{"Ajeromi/Ifelodun", "Lagos"}, []string{"NG", "NG"}},
		{"KANO/NIAMEY (Reuters) - Jihadists killed 12 soldiers near the border.", []string{"KANO", "NIAMEY"}, []string{"NG", "NE"}},
	} {
		rs := g.Resolve(tc.text)
		if len(rs) != len(tc.names) {
			t.Errorf("%q: %d mentions, want %v", tc.text, len(rs), tc.names)
			continue
		}
		for i, r := range rs {
			if r.Text != tc.names[i] || r.Place == nil || r.Place.CountryCode != tc.cc[i] {
				t.Errorf("%q: mention %d is %q (%+v), want %s in %s", tc.text, i, r.Text, r.Place, tc.names[i], tc.cc[i])
			}
		}
	}
}

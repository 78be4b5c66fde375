package gazetteer

import "testing"

// TestStreets: a street's name opened by "Rue", "Calle", "Avenida" or
// "Jalan" names no town, nor does the abbreviated rank before a person
// ("Det. Carla Moura"); the city after them still does.
func TestStreets(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text string
		want []string // mentions found, in order
	}{
		{"Robbers raided a jeweller on Rue de Rivoli in Paris on Monday.", []string{"Paris"}},
		{"Gunmen shot a trader on Calle Madero in Mexico City.", []string{"Mexico City"}},
		{"A grenade hit a bank on Jalan Sudirman in Jakarta.", []string{"Jakarta"}},
		{"Protesters marched along Avenida Boa Viagem in Recife.", []string{"Recife"}},
		{"He was shot by his partner, Det. Carla Moura, in Recife.", []string{"Recife"}},
	} {
		var got []string
		for _, m := range g.FindMentions(tc.text) {
			got = append(got, m.Text)
		}
		if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
			t.Errorf("%q: mentions %q, want %q", tc.text, got, tc.want)
		}
	}
}

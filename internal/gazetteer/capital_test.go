package gazetteer

import "testing"

// TestCapitalByCountry: a capital named by its country or province ("the
// Malian capital", "Somalia's capital", "the capital of Kenya",
// "Helmand's provincial capital") is that city; "capital" as money or law
// keeps the country.
func TestCapitalByCountry(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, written, want string
	}{
		{"Gunmen killed two police officers on the outskirts of the Malian capital on Monday.", "Malian capital", "Bamako"},
		{"A blast hit a market in Somalia's capital on Monday, killing 3.", "Somalia's capital", "Mogadishu"},
		{"Hundreds marched in the capital of Kenya on Tuesday.", "Kenya", "Nairobi"},
		{"Fighters attacked checkpoints near Helmand's provincial capital overnight.", "Helmand's provincial capital", "Lashkar Gāh"},
		{"Clashes erupted in the Sudanese capital city on Friday.", "Sudanese capital city", "Khartoum"},
		{"Bomb kills 4 in Afghan capital", "Afghan capital", "Kabul"},
		{"Bomb Kills 4 In Afghan Capital City", "Afghan Capital City", "Kabul"},
		// money and law
		{"Chinese capital flows into Zambia rose last year.", "Chinese", "China"},
		{"Iran's capital punishment laws were criticised by rights groups.", "Iran", "Iran"},
	} {
		var got *Resolved
		rs := g.Resolve(tc.text)
		g.Capitals(tc.text, rs)
		for _, r := range rs {
			if r.Text == tc.written {
				got = &r
			}
		}
		switch {
		case got == nil:
			t.Errorf("%q: no mention written %q", tc.text, tc.written)
		case got.Place == nil || got.Place.Name != tc.want:
			t.Errorf("%q: %q read %+v, want %s", tc.text, tc.written, got.Place, tc.want)
		}
	}
}

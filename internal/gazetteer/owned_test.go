package gazetteer

import "testing"

// TestTownNamedLikeItsDistrict: a town whose district's own name is the
// town's name in another spelling is that name's place, not a hamlet
// elsewhere whose own name it happens to be.
func TestTownNamedLikeItsDistrict(t *testing.T) {
	g := real(t)
	for _, text := range []string{
		"Troops raided the town of Jenin overnight; two youths were killed.",
		"A curfew was imposed on Jenin after the raid, residents said.",
	} {
		var got *Resolved
		for _, r := range g.Resolve(text) {
			if r.Text == "Jenin" {
				got = &r
			}
		}
		if got == nil || got.Place == nil || got.Place.CountryCode != "PS" {
			t.Errorf("%q: Jenin read as %+v, want the West Bank town", text, got)
		}
	}
}

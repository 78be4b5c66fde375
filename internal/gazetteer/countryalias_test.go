package gazetteer

import "testing"

// TestCountryShortName: South Asian papers write Pakistan short ("Pak
// forces", "northwest Pak", "Pak-Afghan border"); the short name is the
// country, not the small town abroad it also spells.
func TestCountryShortName(t *testing.T) {
	g := real(t)
	for _, text := range []string{
		"Suicide bomber kills nine in northwest Pak.",
		"Pak forces shell villages near the Pak-Afghan border.",
	} {
		n := 0
		for _, r := range g.Resolve(text) {
			if r.Text != "Pak" {
				continue
			}
			n++
			if r.Place == nil || r.Place.CountryCode != "PK" || r.Place.Kind != KindCountry {
				t.Errorf("%q: Pak read as %+v, want Pakistan", text, r.Place)
			}
		}
		if n == 0 {
			t.Errorf("%q: Pak not found", text)
		}
	}
}

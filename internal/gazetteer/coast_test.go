package gazetteer

import (
	"strings"
	"testing"
)

// TestCoastCountry: a water body named in a sentence resolves to the
// water (not a province named after it), is water, and takes a state on
// its shores; two texts naming it get the same one.
func TestCoastCountry(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		shores     string // the states on its shores, any of which may be the answer
	}{
		{"Houthi forces said on Sunday they had fired two missiles at a bulk carrier in the Red Sea.", "Red Sea", "SD ER SA EG YE DJ"},
		{"Pirates Hijack Oil Tanker in Gulf of Guinea", "Gulf of Guinea", "NG BJ TG GH CM GQ ST GA CI"},
		{"Naval drone strikes patrol boat in Sea of Azov, ministry says", "Sea of Azov", "UA RU"},
		{"Three fishermen were killed when gunmen attacked their boats on Lake Tanganyika, a local official said.", "Lake Tanganyika", "CD TZ BI ZM"},
		{"Revolutionary Guards seized a foreign tanker in the Strait of Hormuz, state media reported.", "Strait of Hormuz", "IR OM AE"},
		{"A drone struck a container ship near the Bab al-Mandab strait on Monday.", "Bab al-Mandab", "YE DJ ER"},
		{"Armed robbers boarded a tug in the Strait of Malacca overnight.", "Strait of Malacca", "MY ID SG"},
		{"Kidnappers seized four fishermen in the Sulu Sea on Friday.", "Sulu Sea", "PH MY"},
		{"Coast guard says it fired on a trawler in the Bay of Bengal.", "Bay of Bengal", "IN BD MM LK"},
		{"Boko Haram fighters attacked fishermen on islands in Lake Chad.", "Lake Chad", "NG TD NE CM"},
	} {
		r := resolvedIn(t, g, tc.text, tc.name)
		if r == nil {
			continue
		}
		if !IsWater(r.Place) {
			t.Errorf("%q: %s resolved to %s %s (%s), not the water", tc.text, tc.name, r.Place.KindName, r.Place.Name, r.Place.FeatureCode)
			continue
		}
		_, iso := g.CoastCountry(r.Place)
		if iso == "" || !strings.Contains(tc.shores, iso) {
			t.Errorf("%q: %s's coast in %q, want one of %s", tc.text, tc.name, iso, tc.shores)
		}
		// another text, another style, the same water: the same state
		other := resolvedIn(t, g, "Officials said the incident took place in the "+tc.name+".", tc.name)
		if other == nil {
			continue
		}
		if _, iso2 := g.CoastCountry(other.Place); iso2 != iso {
			t.Errorf("%s: coast %s in one text, %s in another", tc.name, iso, iso2)
		}
	}
}

// TestRiverIsNoWater: a river has two banks and no coast; a place on
// land is no water.
func TestRiverIsNoWater(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, name string }{
		{"Smugglers were shot dead on the Amu Darya, border guards said.", "Amu Darya"},
		{"Fighting broke out on the banks of the Tigris near Mosul.", "Tigris"},
		{"Gunmen attacked a bus in Port Sudan on Monday.", "Port Sudan"},
	} {
		if r := resolvedIn(t, g, tc.text, tc.name); r != nil && IsWater(r.Place) {
			t.Errorf("%q: %s (%s) taken for open water", tc.text, tc.name, r.Place.FeatureCode)
		}
	}
}

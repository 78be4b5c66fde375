package gazetteer

import "testing"

// TestAgencyShortName: a district GeoNames still calls an "Agency" is
// found under its bare name, as the press writes it now.
func TestAgencyShortName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Mohmand Agency", "Mohmand"},
		{"South Waziristan Agency", "South Waziristan"},
		{"Agency", ""}, // the level word alone names nothing
	} {
		got := shortNames(tc.name)
		found := tc.want == "" && len(got) == 0
		for _, s := range got {
			found = found || s == tc.want
		}
		if !found {
			t.Errorf("shortNames(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestAgencyDistrictInText(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Police said a roadside bomb hit a van in Mohmand district on Tuesday.", "Mohmand", want{"PK", "Khyber Pakhtunkhwa", "Mohmand", 0}},
		{"Militants attacked a checkpost in the Orakzai tribal district overnight.", "Orakzai", want{"PK", "Khyber Pakhtunkhwa", "Orakzai", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

package gazetteer

import "testing"

// TestCompassForms: a division written with the other compass word or
// Arabic article than GeoNames keeps is that division, not the region
// without the compass word nor a sound-alike division of the other
// compass point.
func TestCompassForms(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Aid convoys reached Northern Sulawesi on Monday.", "Northern Sulawesi", want{"ID", "North Sulawesi", "", KindAdmin1}},
		{"Drought hit Western Nusa Tenggara for a second year.", "Western Nusa Tenggara", want{"ID", "West Nusa Tenggara", "", KindAdmin1}},
		{"Militants attacked a checkpoint in Southern Sinai.", "Southern Sinai", want{"EG", "South Sinai", "", KindAdmin1}},
		{"Refugees crossed from Southern Kivu towards Uvira.", "Southern Kivu", want{"CD", "South Kivu", "", KindAdmin1}},
		{"The port of Massawa lies in North Red Sea region.", "North Red Sea", want{"ER", "Northern Red Sea", "", KindAdmin1}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
	// a name looked up (or given as a span) also tries the other article
	for _, tc := range []struct {
		name string
		w    want
	}{
		{"West Bahr el Ghazal", want{"SS", "Western Bahr al Ghazal", "", KindAdmin1}},
		{"Northern Bahr el Ghazal", want{"SS", "Northern Bahr al Ghazal", "", KindAdmin1}},
	} {
		c := g.Lookup(tc.name, LookupOptions{Limit: 1})
		if len(c) == 0 {
			t.Errorf("%s: nothing found", tc.name)
			continue
		}
		tc.w.check(t, tc.name, &c[0].Place)
	}
}

// TestSpellingForms lists the forms tried for a name.
func TestSpellingForms(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  []string
	}{
		{[]string{"Northern", "Sulawesi"}, []string{"north Sulawesi"}},
		{[]string{"Wadi", "el", "Natrun"}, []string{"Wadi al Natrun"}},
		{[]string{"West", "Bahr", "el", "Ghazal"}, []string{"western Bahr el Ghazal", "West Bahr al Ghazal", "western Bahr al Ghazal"}},
		{[]string{"Tahoua"}, nil},
		{[]string{"Upper", "Nile"}, nil},
	} {
		got := spellingForms(tc.words)
		if len(got) != len(tc.want) {
			t.Errorf("%v: got %q, want %q", tc.words, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%v: got %q, want %q", tc.words, got, tc.want)
				break
			}
		}
	}
}

// TestCityForm: a name the press writes without the "City" of its
// official name is that city, when nothing bears the name as written.
func TestCityForm(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		name string
		w    want
	}{
		{"Mandaue", want{"PH", "", "Cebu", KindCity}},
		{"Lapu-Lapu", want{"PH", "", "Cebu", KindCity}},
	} {
		c := g.Lookup(tc.name, LookupOptions{Limit: 1})
		if len(c) == 0 {
			t.Errorf("%s: nothing found", tc.name)
			continue
		}
		tc.w.check(t, tc.name, &c[0].Place)
	}
	if got := cityForm([]string{"Ozamiz", "City"}); got != "" {
		t.Errorf("a name ending in City got %q", got)
	}
}

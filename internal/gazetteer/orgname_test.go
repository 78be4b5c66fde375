package gazetteer

import (
	"strings"
	"testing"
)

// TestOrgOpeningPlace: a division or a big city opening its police's,
// government's or university's name is a mention of the place, flagged
// Org; a village's namesake before "University" and a run that goes on
// past the head are not.
func TestOrgOpeningPlace(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		cc         string // "": no mention wanted
	}{
		{"Sokoto State Police Command said gunmen abducted 12 farmers.", "Sokoto", "NG"},
		{"The Kwara State Government has shut all schools in the area.", "Kwara", "NG"},
		{"Balkh Provincial Council members walked out of the session on Monday.", "Balkh", "AF"},
		{"Students of Herat University staged a sit-in over the new fees.", "Herat", "AF"},
		{"Batken Regional Police detained two men at the checkpoint, AKIpress reported.", "Batken", "KG"},
		{"ANTIOQUIA POLICE: 3 held after the market blast", "", ""},
		{"Harvard University researchers published the survey on Tuesday.", "Harvard", ""},
		// an office the county fills, its holder's name after it, and
		// an office word before it
		{"Laclede County Prosecutor Jane Roe said the trial would open in May.", "Laclede", "US"},
		{"Assistant Laclede County Prosecutor Jane Roe said the trial would open in May.", "Laclede", "US"},
	} {
		var got *Resolved
		for _, r := range g.Resolve(tc.text) {
			if tc.name != "" && strings.Contains(r.Text, tc.name) {
				r := r
				got = &r
			}
		}
		switch {
		case tc.cc == "" && got != nil && got.Place != nil:
			t.Errorf("%q: %s read as a place in %s", tc.text, tc.name, got.Place.CountryCode)
		case tc.cc == "":
		case got == nil || got.Place == nil:
			t.Errorf("%q: %s not found", tc.text, tc.name)
		case got.Place.CountryCode != tc.cc || !got.Org:
			t.Errorf("%q: %s read in %s (org %v), want %s, org", tc.text, tc.name, got.Place.CountryCode, got.Org, tc.cc)
		}
	}
}

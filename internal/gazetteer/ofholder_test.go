package gazetteer

import "testing"

// TestOfHolder: "X village of Y district" (or "the Y neighbourhood of X",
// the larger name holding) reads X among the places Y holds, a district
// or a town's surroundings too; with none there, X is a place the
// gazetteer lacks, not a namesake in another province or country.
func TestOfHolder(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, word, country, admin1 string // country "" = unresolved
		kind                        Kind   // 0: not checked
	}{
		{"Gunmen attacked Shahpur village of Zhob district, Balochistan, on Monday.", "Shahpur", "", "", 0},
		{"Shots were fired at a store in the Lebanon area of Laclede County on Friday.", "Lebanon", "US", "Missouri", 0},
		// a district beside its province's capital: the province holds,
		// not the town ("X district of Y province")
		{"Militants stormed checkpoints in Guzarah district of Herat province on Tuesday.", "Herat", "AF", "Herat", KindAdmin1},
		// the holder first, as wires write it: the larger of the two holds
		{"Gunmen attacked a shop in the Herat neighbourhood of Jebrail on Monday.", "Jebrail", "", "", 0},
		{"Fighting reached the Khartoum suburb of Omdurman overnight.", "Omdurman", "SD", "Khartoum", 0},
		// a holder the gazetteer lacks is held in turn, through a gloss
		// in brackets: the unit that holds it holds the place, and a
		// district abroad is no unit beside it
		{"Militants attacked a checkpoint in Kishindeh area of Sarbagh tehsil (revenue unit) in Kohat district on Friday.", "Kishindeh", "", "", 0},
		{"Militants attacked a checkpoint in Dashtak area of Keshindeh tehsil (revenue unit) in Kohat district on Friday.", "Keshindeh", "", "", 0},
		// a place word before "in" says what the name is: a namesake abroad is none
		{"Gunmen killed two farmers in Dashtak tehsil in Kohat District on Monday.", "Dashtak", "", "", 0},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text != tc.word {
				continue
			}
			found = true
			switch {
			case tc.country == "" && r.Place != nil:
				t.Errorf("%q: %s read as %s (%s), want unresolved", tc.text, tc.word, r.Place.Name, r.Place.Country)
			case tc.country != "" && (r.Place == nil || r.Place.CountryCode != tc.country || r.Place.Admin1 != tc.admin1 || tc.kind != 0 && r.Place.Kind != tc.kind):
				t.Errorf("%q: %s read as %+v, want in %s, %s", tc.text, tc.word, r.Place, tc.admin1, tc.country)
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.word)
		}
	}
}

// TestEzafeCompound: a Persian compound written with its link hyphened to
// the first word and spaced from the second ("Sar-e Hawza", as coders
// spell Afghan localities) is one name; unknown whole, its first part is
// no town abroad.
func TestEzafeCompound(t *testing.T) {
	g := real(t)
	text := "Taliban attacked checkpoints in the Sar-e Hawza area of Khost district (Khost) on Monday."
	for _, r := range g.Resolve(text) {
		if r.Place != nil && r.Place.CountryCode != "AF" {
			t.Errorf("%q: %s read as %s (%s)", text, r.Text, r.Place.Name, r.Place.CountryCode)
		}
	}
}

// TestDistrictBracket: coders write a district and its province in
// brackets ("X district (Y)"); the bracketed name is the province, not a
// town named like it.
func TestDistrictBracket(t *testing.T) {
	g := real(t)
	text := "On 12 April 2025, Taliban attacked checkpoints in Dashtak district (Kunduz)."
	found := false
	for _, r := range g.Resolve(text) {
		if r.Text != "Kunduz" {
			continue
		}
		found = true
		if r.Place == nil || r.Place.Kind != KindAdmin1 || r.Place.CountryCode != "AF" {
			t.Errorf("%q: Kunduz read as %+v, want the province", text, r.Place)
		}
	}
	if !found {
		t.Errorf("%q: Kunduz not found", text)
	}
}

// TestLevelAbroad: a name the text calls a district or a province is no
// village of that name in a country the article never mentions.
func TestLevelAbroad(t *testing.T) {
	g := real(t)
	for _, text := range []string{
		"Clashes were reported in Kunduz province's Dashtak district on Monday.",
		"Gunmen attacked a post in Sarbagh district, Kunduz province, officials said.",
	} {
		for _, r := range g.Resolve(text) {
			if r.Place != nil && r.Place.CountryCode != "AF" {
				t.Errorf("%q: %s read as %s (%s)", text, r.Text, r.Place.Name, r.Place.CountryCode)
			}
		}
	}
}

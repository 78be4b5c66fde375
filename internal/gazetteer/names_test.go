package gazetteer

import "testing"

// resolvedAs finds the first mention written as name.
func resolvedAs(res []Resolved, name string) *Place {
	for i := range res {
		if res[i].Text == name {
			return res[i].Place
		}
	}
	return nil
}

// TestOwnNameBeatsAlternate: a name that is one town's own name and only
// a historic or foreign name of a far bigger city means the town, unless
// the article is about the city's country.
func TestOwnNameBeatsAlternate(t *testing.T) {
	g := real(t)
	cases := []struct {
		label, text, name string
		want              want
	}{
		{"old German name of a Ukrainian city, bare", "Lemberg", "Lemberg", want{cc: "DE"}},
		{"old Greek name of a Turkish port, bare", "Smyrna", "Smyrna", want{cc: "US"}},
		{"the old name in an article about its country", "Refugees from Smyrna crossed to Chios as Turkey and Greece traded accusations over the Aegean.",
			"Smyrna", want{cc: "TR"}},
		{"the old name among the city's neighbours", "Trains from Lemberg reached Ternopil and Rivne in western Ukraine.",
			"Lemberg", want{cc: "UA"}},
		// a town and its own district spelt two ways are one place
		{"district spelling of a town", "Termiz", "Termiz", want{cc: "UZ", admin1: "Surxondaryo"}},
	}
	for _, c := range cases {
		var p *Place
		if c.text == c.name {
			if l := g.Lookup(c.name, LookupOptions{}); len(l) > 0 {
				p = &l[0].Place
			}
		} else {
			p = resolvedAs(g.Resolve(c.text), c.name)
		}
		c.want.check(t, c.label, p)
	}
}

// TestArticleCountryWins: a town name shared by towns in several
// countries takes the country the article is about, even against a
// capital or a bigger namesake elsewhere, and a repeated name is no
// evidence for the country its own first guess put it in.
func TestArticleCountryWins(t *testing.T) {
	g := real(t)
	cases := []struct {
		label, text, name string
		want              want
	}{
		{"a repeated town name against a foreign capital", "Police in Kingston said the suspect fled Kingston by car. Officers across Canada joined the search.",
			"Kingston", want{cc: "CA"}},
		{"the same name with no country said", "Police in Kingston said the suspect fled Kingston by car.",
			"Kingston", want{cc: "JM"}},
	}
	for _, c := range cases {
		c.want.check(t, c.label, resolvedAs(g.Resolve(c.text), c.name))
	}
}

// TestWordsAndNamesNeedEvidence: capitalised common words and given
// names that some small town bears are not places on their own; a level
// word, a locative, a qualifier after a comma or the article's other
// places make them so. A surname the text gives a person is the person
// where it recurs alone.
func TestWordsAndNamesNeedEvidence(t *testing.T) {
	g := real(t)
	cases := []struct {
		label, text, name string
		place             bool
	}{
		{"given name opening a sentence", "Beatrice was arrested in Halifax on Tuesday.", "Beatrice", false},
		{"given name of a big city", "Adelaide said she would sue the council.", "Adelaide", true}, // the city first
		{"common word opening a sentence", "Hazard warnings were issued overnight.", "Hazard", false},
		{"common word with a level word", "Floodwater reached Hazard town at dawn.", "Hazard", true},
		{"common word with a comma and its state", "Shots were fired at a school, Hazard, Kentucky, police said.", "Hazard", true},
		{"given name after a locative", "Two men were shot in Beatrice on Friday.", "Beatrice", true},
		{"surname after the full name", "Neighbour Carla Ashford heard the shots. Ashford told reporters the gunman fled on foot.", "Ashford", false},
		{"surname before the full name", "Ashford told reporters the gunman fled. Neighbour Carla Ashford heard the shots.", "Ashford", false},
		{"the town where the text says so", "Carla Ashford lives in Ashford, England.", "Ashford", true},
		{"pronoun with a common word", "\"Yes I ran,\" the driver recalled.", "Yes I", false},
		{"a contraction", "\"I'll go back,\" the driver recalled.", "I'll", false},
		{"a common word after an article", "The Courier reported the road was shut.", "Courier", false},
		{"a real name made of common words", "Hail fell on Red Deer, Alberta.", "Red Deer", true},
	}
	for _, c := range cases {
		got := false
		for _, r := range g.Resolve(c.text) {
			if r.Text == c.name && r.Place != nil {
				got = true
			}
		}
		if got != c.place {
			t.Errorf("%s: %q resolved %v, want %v", c.label, c.name, got, c.place)
		}
	}
}

// TestArabicArticleWritten: a province GeoNames names without the Arabic
// article, or with its assimilated form, is found when the text writes
// "Al-" before it; "Al" with a group's name makes no place.
func TestArabicArticleWritten(t *testing.T) {
	g := real(t)
	cases := []struct {
		text, name string
		want       want
	}{
		{"Tribal fighters clashed with police in Al-Muthanna on Monday, officials said.", "Al-Muthanna", want{cc: "IQ", admin1: "Muthanna"}},
		{"Protests spread to Al-Wasit after the arrests.", "Al-Wasit", want{cc: "IQ", admin1: "Wasit"}},
		{"A curfew was imposed in Al-Tafilah on Friday.", "Al-Tafilah", want{cc: "JO"}},
	}
	for _, c := range cases {
		p := resolvedAs(g.Resolve(c.text), c.name)
		if p == nil {
			t.Errorf("%q: %s not resolved", c.text, c.name)
			continue
		}
		c.want.check(t, c.text, p)
	}
	for _, text := range []string{"Al-Shabaab fighters attacked a base on Monday.", "Al-Qaeda claimed the attack."} {
		for _, r := range g.Resolve(text) {
			if r.Place != nil && r.Text != "" && r.Text[:2] == "Al" {
				t.Errorf("%q: %q read as %s (%s)", text, r.Text, r.Place.Name, r.Place.CountryCode)
			}
		}
	}
}

// TestDelDropped: the Philippine press writes "X del Norte" as "X Norte".
func TestDelDropped(t *testing.T) {
	g := real(t)
	text := "Soldiers clashed with rebels in Lanao Norte on Sunday, the army said."
	p := resolvedAs(g.Resolve(text), "Lanao Norte")
	if p == nil || p.CountryCode != "PH" || p.Name != "Lanao del Norte" {
		t.Errorf("%q: Lanao Norte read as %+v, want the province Lanao del Norte", text, p)
	}
}

// TestLocativeAcrossModifiers: "in rural X", "near the restive northern
// X" say a place is meant as "in X" does; a noun between does not.
func TestLocativeAcrossModifiers(t *testing.T) {
	g := real(t)
	for _, c := range []struct {
		text, name string
		locative   bool
	}{
		{"Fighting resumed in rural Homs overnight.", "Homs", true},
		{"Shells fell near the restive northern Gao on Sunday.", "Gao", true},
		{"Traders in the market Gao residents use stayed shut.", "Gao", false},
	} {
		found := false
		for _, m := range g.FindMentions(c.text) {
			if m.Text == c.name {
				found = true
				if m.Locative != c.locative {
					t.Errorf("%q: %s locative %v, want %v", c.text, c.name, m.Locative, c.locative)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", c.text, c.name)
		}
	}
}

// TestWaJoinsAName: "wa" (and) inside an Arabic or Persian name joins it
// ("X wa Y district"), as French "et" does ("X-et-Y") and "de" and "al"
// do.
func TestWaJoinsAName(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, name, cc string }{
		{"Gunmen stormed a school in Talah wa Barfak district (Baghlan) on Monday.", "Talah wa Barfak", "AF"},
		{"Tribesmen clashed in Zamakh wa Manwakh district of Hadramawt.", "Zamakh wa Manwakh", "YE"},
		{"Floods cut roads across Lot-et-Garonne on Sunday.", "Lot-et-Garonne", "FR"}, // French "et" too
	} {
		p := resolvedAs(g.Resolve(tc.text), tc.name)
		if p == nil || p.CountryCode != tc.cc || p.Kind != KindAdmin2 {
			t.Errorf("%q: %s not read as a district of %s: %+v", tc.text, tc.name, tc.cc, p)
		}
	}
}

// TestLevelledSpellingVariants: a name the index holds only under another
// spelling, marked as a place by its level word, is read as that place,
// also when it opens with a direction the index knows alone ("Middle",
// "North") and when its level word is a "state" ending the phrase; a
// state's noun before another noun marks no place.
func TestLevelledSpellingVariants(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name, cc string
		admin1         bool
	}{
		{"Fighting was reported in the North Kurdufan state on Monday.", "North Kurdufan", "SD", true},
		{"Gunmen raided villages in Zamfarra State, police said.", "Zamfarra", "NG", true},
		{"Khovar state media said the talks had ended.", "Khovar", "", false},
	} {
		p := resolvedAs(g.Resolve(tc.text), tc.name)
		if !tc.admin1 {
			if p != nil {
				t.Errorf("%q: %s read as %s (%s)", tc.text, tc.name, p.Name, p.CountryCode)
			}
			continue
		}
		if p == nil || p.CountryCode != tc.cc || p.Kind != KindAdmin1 {
			t.Errorf("%q: %s not read as a province of %s: %+v", tc.text, tc.name, tc.cc, p)
		}
	}
}

// TestDistrictNamedWithLevel: a district the index knows by a name that
// includes its level word ("Darvaz District") is the reading of the name
// followed by that word in running text, over a region of the same name.
func TestDistrictNamedWithLevel(t *testing.T) {
	g := real(t)
	text := "Border guards exchanged fire with smugglers in the Darvaz district of Gorno-Badakhshan."
	p := resolvedAs(g.Resolve(text), "Darvaz")
	if p == nil || p.CountryCode != "TJ" || p.Kind != KindAdmin2 {
		t.Fatalf("Darvaz district read as %+v, want the Tajik district", p)
	}
	if d := haversineKm(p.Lat, p.Lon, 38.45, 70.9); d > accKm {
		t.Errorf("Darvaz district placed %.0f km from its seat", d)
	}
}

// TestCompoundNameParts: a name joined by hyphens through a connecting
// word ("Dasht-e-Barchi") is one name; unknown as a whole, its parts are
// no places of their own (a village abroad called Dasht).
func TestCompoundNameParts(t *testing.T) {
	g := real(t)
	res := g.Resolve("Two people were killed in a blast in the Dasht-e-Barchi area of Kabul city on Thursday.")
	for _, r := range res {
		if r.Text == "Dasht" || r.Text == "Barchi" {
			t.Errorf("part %q of a compound name read as %+v", r.Text, r.Place)
		}
	}
	if p := resolvedAs(res, "Kabul"); p == nil || p.CountryCode != "AF" {
		t.Errorf("Kabul read as %+v", p)
	}
}

// TestScriptUnitNameIsTheUnit: a Russian district name found by its sound
// abroad must be a district, not a city whose name sounds alike, when the
// text is about another country.
func TestScriptUnitNameIsTheUnit(t *testing.T) {
	g := real(t)
	text := "Двое нарушителей были уничтожены на участке Шохинского района, сообщили в пресс-центре ГКНБ Таджикистана."
	for _, r := range g.Resolve(text) {
		if r.Place != nil && r.Place.CountryCode != "TJ" {
			t.Errorf("%q read as %s (%s)", r.Text, r.Place.Name, r.Place.CountryCode)
		}
	}
}

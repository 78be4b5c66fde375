package extract

import "testing"

func init() {
	for _, c := range [][2]string{{"Israel", "IL"}, {"Lebanon", "LB"}, {"Sudan", "SD"}, {"Chad", "TD"},
		{"Venezuela", "VE"}, {"United States", "US"}, {"US", "US"}} {
		country := c[0]
		if c[1] == "US" {
			country = "United States"
		}
		addFake(c[0], "country", country, c[1], "", "", 3, 0, 0)
	}
	// (this file's init may run before the one that adds the other
	// countries: each nationality is added whole)
	for _, d := range [][3]string{{"Israeli", "Israel", "IL"}, {"Lebanese", "Lebanon", "LB"}, {"Sudanese", "Sudan", "SD"},
		{"Chadian", "Chad", "TD"}, {"Venezuelan", "Venezuela", "VE"}, {"Colombian", "Colombia", "CO"}, {"Turkish", "Turkey", "TR"}} {
		addFake(d[0], "country", d[1], d[2], "", "", 3, 0, 0)
		p := fakePlaces[d[0]]
		p.Demonym = true
		fakePlaces[d[0]] = p
	}
	addFake("Geneina", "city", "Sudan", "SD", "West Darfur", "Geneina", 1, 13.45, 22.44)
}

// TestCrossBorderCountryRoles: a country named as a party to an attack
// (where the fire came from, the accused, the attacker by its verb or
// possessive) is not where it happened, nor the article's country.
func TestCrossBorderCountryRoles(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text, country, loc string
	}{
		{"shell from one country on a town in another",
			"A shell fired from Chad landed on a market in Geneina on Monday, killing three traders.",
			"Sudan", "Geneina"},
		{"the landing place unknown, its country named",
			"Three herders were killed in Sudan by a shell fired from Chad.",
			"Sudan", "Sudan"},
		{"origin and the victims' nationality only",
			"A mortar round fired from Colombia killed a Venezuelan soldier at a border post on Sunday.",
			"Venezuela", "Venezuela"},
		{"the accused country, the town named",
			"Kyrgyz officials accuse Tajikistan of shelling Ak-Sai on Friday, killing two shepherds.",
			"Kyrgyzstan", "Ak-Sai"},
		{"the accused country, none named but the accuser",
			"Kyrgyz border guards accused Tajikistan of killing two shepherds on Friday.",
			"Kyrgyzstan", "Kyrgyzstan"},
		{"the attacker as the subject of its verb",
			"Israel kills Lebanese commander in overnight raid, army says.",
			"Lebanon", "Lebanon"},
		{"the attacker in a possessive",
			"Seven Afghan villagers killed in Pakistan's attacks overnight, officials say.",
			"Afghanistan", "Afghanistan"},
		{"the attacker in a possessive, adjectives before its weapons",
			"Four Chadian herders killed in Sudan's latest cross-border raids, officials say.",
			"Chad", "Chad"},
		{"the attacker opening a compound",
			"US-Turkish strikes kill senior commander in Syria's north.",
			"Syria", "Syria"},
		{"a country named alone keeps its place",
			"Gunmen kill 12 villagers in Nigeria.",
			"Nigeria", "Nigeria"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "p", Text: tc.text, Published: mustDay("2024-05-03")})
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			if e := evs[0]; e.Country != tc.country || e.Location != tc.loc {
				t.Errorf("got %s / %s, want %s / %s", e.Country, e.Location, tc.country, tc.loc)
			}
		})
	}
}

// TestProvinceBorder: a province's or a town's border is in it ("Batken
// border clash"); a country's is the line with a neighbour.
func TestProvinceBorder(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text, loc string
	}{
		{"headline, a province's border", "Two Kyrgyz Border Guards Killed in Isfara Border Clash.", "Isfara"},
		{"agency, a country's border", "Two smugglers were shot dead near the Tajikistan border in Batken on Monday, police said.", "Batken"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "p", Text: tc.text, Published: mustDay("2024-05-03")})
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			if e := evs[0]; e.Location != tc.loc {
				t.Errorf("got %s / %s, want %s", e.Country, e.Location, tc.loc)
			}
		})
	}
}

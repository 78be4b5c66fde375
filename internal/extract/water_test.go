package extract

import "testing"

// Water bodies in the fake gazetteer, as the real one's adapter gives
// them: the feature kind, and the coastal state the gazetteer computes
// for every report naming the water (here a fixed, made-up choice that
// differs from the nationalities the texts name).
func init() {
	for _, c := range [][2]string{{"Iran", "IR"}, {"Oman", "OM"}, {"Chad", "TD"}, {"Sudan", "SD"}, {"Yemen", "YE"}} {
		addFake(c[0], "country", c[0], c[1], "", "", 3, 0, 0)
	}
	for _, d := range [][3]string{{"Iranian", "Iran", "IR"}, {"Nigerian", "Nigeria", "NG"}, {"Somali", "Somalia", "SO"}} {
		addFake(d[0], "country", d[1], d[2], "", "", 3, 0, 0)
		p := fakePlaces[d[0]]
		p.Demonym = true
		fakePlaces[d[0]] = p
	}
	for _, w := range []struct {
		name, country, iso string
		lat, lon           float64
	}{
		{"Strait of Hormuz", "Oman", "OM", 26.6, 56.3},
		{"Lake Chad", "Chad", "TD", 13, 14.5},
		{"Red Sea", "Sudan", "SD", 20, 38.5},
		{"Gulf of Aden", "Yemen", "YE", 12.5, 48},
	} {
		addFake(w.name, "feature", w.country, w.iso, "", "", 2, w.lat, w.lon)
		p := fakePlaces[w.name]
		p.Water = true
		fakePlaces[w.name] = p
	}
}

// TestWaterPlace: a sea, strait or lake named where an incident happened
// is its place, at region precision, in the water's coastal state, not
// the country of the navy or the raiders the text names; named otherwise
// it places nothing, and a place on land the sentence puts the incident
// at is finer than the water.
func TestWaterPlace(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text, country, loc string
		prec                     int
	}{
		{"wire, the raiders' nationality",
			"MUSCAT, June 4 (Reuters) - Iranian commandos stormed a Greek-owned tanker in the Strait of Hormuz on Tuesday, wounding two sailors, a British maritime agency said.",
			"Oman", "Strait of Hormuz", 3},
		{"state agency, troops' nationality, on a lake",
			"Nigerian troops killed 15 insurgents on an island in Lake Chad on Sunday, the defence headquarters said in a statement.",
			"Chad", "Lake Chad", 3},
		{"headline, no article before the sea",
			"Houthi drone strike hits cargo ship in Red Sea",
			"Sudan", "Red Sea", 3},
		{"coder summary, off the gulf",
			"On 3 March 2024, Somali pirates attacked a fishing vessel off the Gulf of Aden, injuring two crew members.",
			"Yemen", "Gulf of Aden", 3},
		{"the sea named, not as where",
			"Houthi fighters killed four soldiers in Yemen, the group's Red Sea spokesman said.",
			"Yemen", "Yemen", 3},
		{"in the waters of the strait",
			"Iranian speedboats fired on a tanker in the busy waters of the Strait of Hormuz on Tuesday, the navy said.",
			"Oman", "Strait of Hormuz", 3},
		{"in the waters of the lake, no article",
			"Jihadists killed six fishermen in the waters of Lake Chad on Saturday, a local official said.",
			"Chad", "Lake Chad", 3},
		{"a place on land the sentence puts it at",
			"A missile struck a fishing boat in the Red Sea off Yemen on Friday, killing three fishermen.",
			"Yemen", "Yemen", 3},
		{"a town beats the water",
			"Gunmen shot dead two fishermen in the Gulf of Aden near Aden on Monday.",
			"Yemen", "Aden", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "w", Text: tc.text, Published: mustDay("2024-06-05")})
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			if e := evs[0]; e.Country != tc.country || e.Location != tc.loc || e.GeoPrecision != tc.prec {
				t.Errorf("got %s / %s / %d, want %s / %s / %d", e.Country, e.Location, e.GeoPrecision, tc.country, tc.loc, tc.prec)
			}
		})
	}
}

package extract

import "testing"

// Headlines and one-line flashes put the verb in the present tense and the
// count after it ("Gunmen kill 12"); the places of a sentence that are said
// as where it happened ("inside X") beat those that are parties to it.
var headlineReports = []report{
	{name: "sahel present tense", pub: "2025-03-04", n: 1, text: "Gunmen kill 14 herders near Djibo.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", country: "Burkina Faso", fatal: 14}}},
	{name: "andes present tense", pub: "2025-03-04", n: 1, text: "Soldiers kill 5 dissidents in clash in Cauca.",
		want: []wantEvent{{typ: "Battles", country: "Colombia", admin1: "Cauca", fatal: 5}}},
	{name: "south asia abduction flash", pub: "2025-03-04", n: 1, text: "Armed men abduct 9 labourers in Balochistan.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Abduction/forced disappearance", country: "Pakistan", admin1: "Balochistan", fatal: -1}}},
	{name: "middle east arrests", pub: "2025-03-04", n: 1, text: "Security forces arrest 22 suspects in Basra raids.",
		want: []wantEvent{{typ: "Strategic developments", sub: "Arrests", country: "Iraq", admin1: "Basra", fatal: -1}}},
	{name: "attacker's country is no location", pub: "2025-03-04", n: 1, text: "Turkey carries out drone strikes inside Iraq, killing 4.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", country: "Iraq", fatal: 4}}},
	{name: "central asia location after in", pub: "2025-03-04", n: 1, text: "Kyrgyzstan says its guards killed 2 intruders in Tajikistan.",
		want: []wantEvent{{country: "Tajikistan", fatal: 2}}},
	{name: "wire slug and version before the headline", pub: "2025-03-04", n: 1, text: "UPDATE 3-Car bomb in Mogadishu kills at least 9",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", country: "Somalia", fatal: 9}}},
	{name: "wire slug without a version", pub: "2025-03-04", n: 1, text: "REFILE-Drone strike kills 3 in Menaka",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", country: "Mali", fatal: 3}}},
}

func TestHeadlineReports(t *testing.T) { runReports(t, headlineReports) }

// A headline whose body tells no incident (a feed item's summary, a
// teaser, a body about the aftermath) is the incident's only telling; a
// body that tells it keeps the headline a repeat.
var headlineOnlyReports = []report{
	{name: "sahel feed item, summary about the attackers", pub: "2025-03-04", n: 1,
		title: "Gunmen kill 7 herders near Menaka",
		text:  "Residents said the men arrived on motorcycles before dawn and rode off towards the border.",
		want:  []wantEvent{{typ: "Violence against civilians", country: "Mali", fatal: 7, claims: []wantClaim{{kind: "killed", count: 7}}}}},
	{name: "central asia teaser, body about the funeral", pub: "2025-03-04", n: 1,
		title: "Two Tajik border guards shot dead near Isfara",
		text:  "Hundreds gathered in the town on Tuesday to bury the men, a local official said.",
		want:  []wantEvent{{country: "Tajikistan", fatal: 2}}},
	{name: "the body tells it: the headline is a repeat", pub: "2025-03-04", n: 1,
		title: "Gunmen kill 7 herders near Menaka",
		text:  "Gunmen killed seven herders near Menaka on Monday, residents said.",
		want:  []wantEvent{{date: "2025-03-03", country: "Mali", fatal: 7}}},
	{name: "neither tells an incident", pub: "2025-03-04", n: 0,
		title: "Talks on the border resume in Dushanbe",
		text:  "Delegations from both capitals met for a second day, officials said."},
}

func TestHeadlineOnly(t *testing.T) { runReports(t, headlineOnlyReports) }

func init() {
	addFake("Ukraine", "country", "Ukraine", "UA", "", "", 3, 0, 0)
	for _, d := range [][2]string{{"Ukrainian", "Ukraine"}, {"Turkish", "Turkey"}, {"Iraqi", "Iraq"}} {
		p := fakePlaces[d[1]]
		if p.Country == "" {
			p = Place{Kind: "country", Country: d[1], Precision: 3}
		}
		p.Name, p.Demonym = d[0], true
		fakePlaces[d[0]] = p
	}
}

// The nationality of the weapons or the operation is the attacker's; the
// victims' nationality says where it happened when no place is named.
var weaponNationalityReports = []report{
	{name: "drones of one country, civilians of another", pub: "2025-03-04", n: 1,
		text: "Russian drones kill 4 Ukrainian civilians overnight.",
		want: []wantEvent{{country: "Ukraine", fatal: 4}}},
	{name: "strikes of one country, fighters of another", pub: "2025-03-04", n: 1,
		text: "Turkish air strikes kill 6 fighters, Iraqi officials say.",
		want: []wantEvent{{country: "Iraq", fatal: -1}}},
}

func TestWeaponNationality(t *testing.T) { runReports(t, weaponNationalityReports) }

// A headline that names its source with a colon or a bar instead of a
// verb attributes its figures to that source; a place or a banner before
// the colon is no source.
func TestLabelledHeadlineSources(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, attr string }{
		{"Interior Ministry: 14 insurgents killed in raids in Balochistan.", "Interior Ministry"},
		{"Army | 22 militants killed in operation near Miranshah.", "Army"},
		{"9 soldiers killed in ambush near Menaka: army spokesman.", "army spokesman"},
		{"Mopti: Six Villagers Martyred In Attack On Market.", ""},
		{"BREAKING: 7 killed in blast in Peshawar.", ""},
	} {
		evs := x.Extract(Article{ID: "h", Text: tc.text, Published: mustDay("2025-03-04")})
		if len(evs) != 1 || len(evs[0].Claims) == 0 {
			t.Errorf("%q: %d events", tc.text, len(evs))
			continue
		}
		if got := evs[0].Claims[0].AttributedTo; got != tc.attr {
			t.Errorf("%q: attributed to %q, want %q", tc.text, got, tc.attr)
		}
	}
}

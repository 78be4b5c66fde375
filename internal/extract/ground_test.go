package extract

import "testing"

// A verb of capture takes ground or people: its object says which.
var groundReports = []report{
	{name: "south asia wire, posts taken", pub: "2025-04-10", n: 1,
		text: "Taliban fighters captured two police posts in Kunduz province on Monday, officials said.",
		want: []wantEvent{{sub: "Non-state actor overtakes territory", actors: []string{"Taliban"}, country: "Afghanistan", fatal: 0}}},
	{name: "sahel agency, a base taken back, the person qualifying it", pub: "2025-04-10", n: 1,
		text: "The Malian army said it captured a key militant base near Menaka on Sunday.",
		want: []wantEvent{{sub: "Government regains territory", actors: []string{"Military Forces of Mali"}, country: "Mali", fatal: 0}}},
	{name: "south asia flash, one state's forces take another's post: a clash", pub: "2025-04-10", n: 1,
		text: "Afghan forces captured a Pakistani military post near Miranshah, killing five soldiers.",
		want: []wantEvent{{sub: "Armed clash", actors: []string{"Military Forces of Afghanistan", "Military Forces of Pakistan"}, fatal: 5}}},
	{name: "sahel headline, people taken stay people", pub: "2025-04-10", n: 1,
		text: "JNIM fighters captured two soldiers near Menaka on Friday.",
		want: []wantEvent{{country: "Mali", fatal: 0, claims: []wantClaim{{kind: "captured", count: 2}}}}},
	{name: "sahel wire, a town taken by its name", pub: "2025-04-10", n: 1,
		text: "Jihadist fighters seized Menaka on Sunday after soldiers withdrew, residents said.",
		want: []wantEvent{{sub: "Non-state actor overtakes territory", country: "Mali", fatal: 0}}},
	{name: "passive, the ground before the verb", pub: "2025-04-10", n: 1,
		text: "Two villages were seized by rebels in Mopti region on Sunday, a local official said.",
		want: []wantEvent{{sub: "Non-state actor overtakes territory", country: "Mali", fatal: 0}}},
	{name: "west africa agency, herds taken are looting", pub: "2025-04-10", n: 1,
		text: "Bandits seized 200 cattle from herders in Borno on Sunday, police said.",
		want: []wantEvent{{sub: "Looting/property destruction", country: "Nigeria", fatal: 0}}},
	{name: "a drug haul is no territory", pub: "2025-04-10", n: 0,
		text: "Police seized 50 kg of heroin from a truck driver's cabin in Kandahar on Friday."},
}

func TestCapturedGround(t *testing.T) {
	runReports(t, groundReports)
	// ground taken is no person taken: the base's qualifier counts no one
	x := testExtractor(t)
	for _, e := range x.Extract(Article{ID: "g", Text: groundReports[1].text, Published: mustDay(groundReports[1].pub)}) {
		for _, c := range e.Claims {
			if c.Kind == "captured" {
				t.Errorf("%q: claim %d captured (%q)", groundReports[1].text, c.Count, c.Who)
			}
		}
	}
}

// A force of no named country that tells its own deed ("the military
// said it had bombed") is not given the country of the place it struck:
// across a border that would be its enemy's.
func TestSelfReportForeignForce(t *testing.T) {
	x := testExtractor(t)
	text := "Pakistani jets struck hideouts in Kandahar on Sunday, killing six.\n\nIn a separate raid on Monday, the military said it had bombed a weapons depot in Kandahar province."
	for _, e := range x.Extract(Article{ID: "f", Text: text, Published: mustDay("2025-04-10")}) {
		if e.Actor1 == "Military Forces of Afghanistan" || e.Actor2 == "Military Forces of Afghanistan" {
			t.Errorf("%s/%s: %q vs %q: the struck country's forces as a party", e.EventType, e.SubEventType, e.Actor1, e.Actor2)
		}
	}
}

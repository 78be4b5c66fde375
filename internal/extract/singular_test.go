package extract

import "testing"

// One person killed, taken as the object of the act, with no number:
// "gunmen shot dead a trader", "a mob lynched a thief", "beat to death a
// man". "Shot" alone may have wounded, and counts nothing.
var objectVictimReports = []report{
	{name: "andes shot and killed a leader", pub: "2025-05-20", n: 1,
		text: "On 18 May 2025, unidentified gunmen shot and killed a community leader in Cauca.",
		want: []wantEvent{{country: "Colombia", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "south asia shot dead a judge", pub: "2025-05-20", n: 1,
		text: "Gunmen shot dead a local judge in Peshawar on Monday, police said.",
		want: []wantEvent{{country: "Pakistan", fatal: 1}}},
	{name: "a force's name and its acronym qualify the victim", pub: "2025-05-20", n: 1,
		text: "Gunmen shot dead a Frontier Corps (FC) soldier in Miranshah on Monday.",
		want: []wantEvent{{country: "Pakistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "a force's words that end on the victim's noun", pub: "2025-05-20", n: 1,
		text: "A Tajik border guard has been killed near Isfara.",
		want: []wantEvent{{country: "Tajikistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "the victim's name in commas before the act", pub: "2025-05-20", n: 1,
		text: "A police sergeant, Omar Haidari, was shot dead outside his home in Kunduz on Sunday.",
		want: []wantEvent{{country: "Afghanistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "sahel beaten to death", pub: "2025-05-20", n: 1,
		text: "An angry crowd beat to death a suspected thief in Bamako on Sunday.",
		want: []wantEvent{{country: "Mali", fatal: 1}}},
	{name: "two kidnapped by name of trade", pub: "2025-05-20", n: 1,
		text: "Militants kidnapped an engineer and a driver near Gao on Friday.",
		want: []wantEvent{{country: "Mali", fatal: 0, claims: []wantClaim{{kind: "captured", count: 2}}}}},
	// a lone person before the act with an object after it is the doer
	{name: "a lone soldier is the doer, not a victim", pub: "2025-05-20", n: 1,
		text: "A soldier killed two militants near Gao on Friday, officials said.",
		want: []wantEvent{{country: "Mali", fatal: 2, claims: []wantClaim{{kind: "killed", count: 2, who: "militants"}}}}},
	{name: "a lone gunman is the doer, and the police who tell it no party", pub: "2025-05-20", n: 1,
		text: "A gunman shot dead a cashier in Peshawar on Friday, police said.",
		want: []wantEvent{{country: "Pakistan", typ: "Violence against civilians", civ: true, fatal: 1,
			claims: []wantClaim{{kind: "killed", count: 1, who: "a cashier"}}}}},
	{name: "the doer of two joined acts is no victim", pub: "2025-05-20", n: 1,
		text: "A man shot and killed another man outside a mosque in Peshawar on Friday, police said.",
		want: []wantEvent{{country: "Pakistan", fatal: 1}}},
	{name: "a headline's lone victim has no object", pub: "2025-05-20", n: 1,
		text: "Policeman shot dead in Peshawar",
		want: []wantEvent{{country: "Pakistan", fatal: 1}}},
}

func TestObjectVictims(t *testing.T) { runReports(t, objectVictimReports) }

func TestShotAloneCountsNoDead(t *testing.T) {
	x := testExtractor(t)
	for _, e := range x.Extract(Article{ID: "s", Text: "Police shot a protester in the leg in Peshawar on Friday.", Published: mustDay("2025-05-20")}) {
		for _, c := range e.Claims {
			if c.Kind == "killed" {
				t.Errorf("a shot counted as a death: %+v", c)
			}
		}
	}
}

// A protest told in the sentence that tells violence is that violence's
// setting: one event, typed by who took part.
var protestSettingReports = []report{
	{name: "riot to protest a killing", pub: "2025-05-20", n: 1,
		text: "On 18 May 2025, rioters burned tyres and blocked roads in Peshawar to protest the killing of a trader.",
		want: []wantEvent{{typ: "Riots", country: "Pakistan", fatal: -1}}},
	{name: "police fire on a protest march", pub: "2025-05-20", n: 1,
		text: "Two demonstrators were killed when police opened fire on a protest march in Cauca on Friday.",
		want: []wantEvent{{typ: "Protests", sub: "Excessive force against protesters", country: "Colombia", fatal: 2}}},
}

func TestProtestAsSetting(t *testing.T) { runReports(t, protestSettingReports) }

// Counts coordinated before one verb share it; forces named by their
// acronyms are the state's.
var sharedVerbReports = []report{
	{name: "coder's note, two groups of dead", pub: "2025-05-20", n: 1,
		text: "On 17 May 2025, militants attacked an army post near Menaka. 4 soldiers and 6 militants were killed.",
		want: []wantEvent{{country: "Mali", fatal: 10, claims: []wantClaim{{kind: "killed", count: 4}, {kind: "killed", count: 6}}}}},
	{name: "three groups, commas", pub: "2025-05-20", n: 1,
		text: "On 17 May 2025, gunmen attacked a market in Maiduguri; 2 policemen, 3 traders and 1 child were wounded.",
		want: []wantEvent{{country: "Nigeria", fatal: 0, claims: []wantClaim{{kind: "wounded", count: 2}, {kind: "wounded", count: 3}}}}},
	{name: "afghan forces by acronym", pub: "2025-05-20", n: 1,
		text: "On 17 May 2025, ANDSF clashed with Taliban in Kandahar. 4 Taliban were killed.",
		want: []wantEvent{{country: "Afghanistan", actors: []string{"Military Forces of Afghanistan", "Taliban"}, fatal: -1}}},
}

func TestSharedVerbAndAcronyms(t *testing.T) { runReports(t, sharedVerbReports) }

// Mortars fired in a clash are the clash's weapons, not an incident of
// their own.
var mortarsInAClash = []report{
	{name: "border clash, then its mortars", pub: "2025-05-20", n: 1,
		text: "Kyrgyz and Tajik border guards exchanged fire near Batken on Sunday. Two guards were killed when Tajik troops fired mortars at a post, officials said.",
		want: []wantEvent{{typ: "Battles", fatal: 2}}},
}

func TestMortarsInAClash(t *testing.T) { runReports(t, mortarsInAClash) }

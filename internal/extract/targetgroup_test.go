package extract

import "testing"

// A named group the deed is done to ("attacked a Taliban post") is no
// doer: the unnamed attackers stay unnamed. A group that claims the deed
// is still its doer.
var targetGroupReports = []report{
	{name: "central asia wire, militants attack a Taliban post", pub: "2024-05-07", n: 1,
		text: "Militants attacked a Taliban checkpoint in Kunduz on Monday, killing three of its guards, local sources said.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Unidentified Armed Group", "Taliban"}, fatal: 3}}},
	{name: "horn of africa wire, gunmen ambush an al-shabaab convoy", pub: "2024-05-07", n: 1,
		text: "Gunmen ambushed an Al-Shabaab convoy near Mogadishu on Sunday, killing four fighters, residents said.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Unidentified Armed Group", "Al Shabaab"}, fatal: 4}}},
	{name: "sahel note, armed men raid a JNIM camp", pub: "2024-05-07", n: 1,
		text: "On 5 May 2024, armed men attacked a JNIM camp near Menaka (Menaka). 2 fatalities.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Unidentified Armed Group", "JNIM"}, fatal: 2}}},
	{name: "claimed responsibility: the toll stands as the reporter's", pub: "2024-05-07", n: 1,
		text: "A bomb killed at least three traders at a market in Mogadishu on Monday; Al-Shabaab claimed responsibility.",
		want: []wantEvent{{actors: []string{"Al Shabaab", "Civilians (Somalia)"}, fatal: 3}}},
	{name: "a sentence turning to another incident keeps its own claimant", pub: "2024-05-07", n: 1,
		text: "Elsewhere, gunmen attacked a convoy near Menaka on Monday; JNIM claimed the attack.",
		want: []wantEvent{{actors: []string{"JNIM"}, fatal: -1}}},
	{name: "claimed: the group named after the deed is its doer", pub: "2024-05-07", n: 1,
		text: "Gunmen attacked a convoy in Kunduz on Monday; the Taliban claimed responsibility.",
		want: []wantEvent{{actors: []string{"Taliban"}, fatal: -1}}},
}

func TestTargetGroupNoDoer(t *testing.T) { runReports(t, targetGroupReports) }

// TestOtherIncidentLendsNoGroup: a group named in a sentence that turns
// to another incident ("Elsewhere, troops killed 6 JNIM fighters") is not
// the unnamed gunmen's of the paragraph's first incident; the dead a
// battle's count names fought in it.
func TestOtherIncidentLendsNoGroup(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, victims, actor1 string }{
		{"In separate incidents on Tuesday, gunmen killed two herders near Mopti, police said. Elsewhere, troops killed 6 JNIM fighters near Menaka.",
			"Civilians (Mali)", "Unidentified Armed Group"},
		{"Gunmen abducted 9 traders near Mogadishu on Monday. In another incident, soldiers killed 4 Al-Shabaab fighters in a raid near the town.",
			"Civilians (Somalia)", "Unidentified Armed Group"},
		// one incident: the group whose dead are counted is the attackers'
		{"Insurgents stormed a police post in Kunduz overnight. Police said 5 Taliban were killed in the gunfight.",
			"Police Forces of Afghanistan", "Taliban"},
	} {
		evs := x.Extract(Article{ID: "t", Text: tc.text, Published: mustDay("2024-06-12")})
		found := false
		for _, e := range evs {
			if e.Actor1 == tc.victims || e.Actor2 == tc.victims {
				found = true
				if e.Actor1 != tc.actor1 && e.Actor2 != tc.actor1 {
					t.Errorf("%q: %s | %s, want %s on a side", tc.text, e.Actor1, e.Actor2, tc.actor1)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event with %s", tc.text, tc.victims)
		}
	}
}

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
	{name: "claimed: the group named after the deed is its doer", pub: "2024-05-07", n: 1,
		text: "Gunmen attacked a convoy in Kunduz on Monday; the Taliban claimed responsibility.",
		want: []wantEvent{{actors: []string{"Taliban"}, fatal: -1}}},
}

func TestTargetGroupNoDoer(t *testing.T) { runReports(t, targetGroupReports) }

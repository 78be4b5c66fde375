package extract

import "testing"

// Former members of a force are civilians: the attack on them is an
// attack on civilians, and the force they left is no party to it.
var formerMemberReports = []report{
	{name: "coder's note, a former local police member", pub: "2025-04-13", n: 1,
		text: "On 12 April 2025, unidentified gunmen shot and killed a former ALP member in Kunduz city (Kunduz).",
		want: []wantEvent{{date: "2025-04-12", typ: "Violence against civilians", civ: true, fatal: 1}}},
	{name: "wire, a retired officer", pub: "2025-04-13", n: 1,
		text: "Gunmen killed a retired army officer near Gao on Saturday, residents said.",
		want: []wantEvent{{date: "2025-04-12", typ: "Violence against civilians", civ: true, fatal: 1}}},
	{name: "a serving member stays a party", pub: "2025-04-13", n: 1,
		text: "On 12 April 2025, unidentified gunmen shot and killed an ALP member in Kunduz city (Kunduz).",
		want: []wantEvent{{date: "2025-04-12", typ: "Battles", fatal: 1}}},
}

func TestFormerMembers(t *testing.T) { runReports(t, formerMemberReports) }

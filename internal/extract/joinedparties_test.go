package extract

import "testing"

// "X and Y clashed": "and" joins another party, no qualifier of the
// second (a group's name that ends on its members' noun, "Fano
// militiamen", had swallowed the forces after it); federal and national
// forces are the state's.
var joinedPartiesReports = []report{
	{name: "east africa wire, a militia and federal forces clash", pub: "2025-02-04", n: 1,
		text: "Fano militiamen and federal forces clashed in Gondar on Monday, residents said.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Fano Militia", "Military Forces of Ethiopia"}, fatal: -1}}},
	{name: "horn of africa wire, a group and federal troops clash", pub: "2025-02-04", n: 1,
		text: "Al-Shabaab fighters and federal troops clashed near Mogadishu on Monday, residents said.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Al Shabaab", "Military Forces of Somalia"}, fatal: -1}}},
}

func TestJoinedParties(t *testing.T) { runReports(t, joinedPartiesReports) }

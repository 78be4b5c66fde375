package extract

import "testing"

// An attack beaten back, fought off or fended off is a clash; "pushed
// back" is one only with fighters as its object ("pushed back the vote"
// is none).
var repelledReports = []report{
	{name: "sahel wire, troops beat back jihadists", pub: "2024-03-12", n: 1,
		text: "Malian troops beat back jihadists at their base in Menaka on Monday, the army said.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"Military Forces of Mali"}, fatal: -1}}},
	{name: "horn of africa wire, soldiers fight off raiders", pub: "2024-03-12", n: 1,
		text: "Soldiers fought off Al-Shabaab fighters at a checkpoint in Mogadishu on Sunday.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Al Shabaab"}, fatal: -1}}},
	{name: "latin america wire, the army pushes back rebels", pub: "2024-03-12", n: 1,
		text: "The army pushed back rebels near a village in Cauca on Tuesday, a regional commander said.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Military Forces of Colombia"}, fatal: -1}}},
	{name: "a vote pushed back is no fight", pub: "2024-03-12", n: 0,
		text: "The electoral commission in Cauca pushed back the regional vote to March."},
}

func TestRepelledAttacks(t *testing.T) { runReports(t, repelledReports) }

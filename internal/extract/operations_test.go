package extract

import "testing"

// An operation of the state's forces ("security operations", "clearance
// operations", data/nouns.tsv) names them as the party that killed the
// militants it counts; told after an attack on civilians, it is the
// response, and the attack stays the armed men's.
var operationReports = []report{
	{name: "south asia agency, militants killed in clearance operations", pub: "2025-06-02", n: 1,
		text: "Eleven insurgents were killed in clearance operations in Kunduz province on Sunday, officials said.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Military Forces of Afghanistan"}, country: "Afghanistan", fatal: 11}}},
	{name: "west africa headline, security operations", pub: "2025-06-02", n: 1,
		text: "14 bandits killed in security operations in Borno",
		want: []wantEvent{{typ: "Battles", actors: []string{"Military Forces of Nigeria"}, fatal: 14}}},
	{name: "the response to an attack is no party to it", pub: "2025-06-02", n: 1,
		text: "Gunmen killed five villagers in Borno on Sunday. Police said a security operation had been launched to find the attackers.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", fatal: 5}}},
}

func TestStateOperations(t *testing.T) { runReports(t, operationReports) }

// The dead called by the state's word for its enemies ("terrorists") are
// counted in its voice: in a battle, its forces killed them (stateTeller);
// their own bomb's blast stays theirs.
var stateWordReports = []report{
	{name: "south asia flash, the state's word for the dead", pub: "2025-06-02", n: 1,
		text: "Nine terrorists killed in Miranshah",
		want: []wantEvent{{typ: "Battles", actors: []string{"Military Forces of Pakistan"}, fatal: 9}}},
	{name: "militants killed, no doer: no state is made up", pub: "2025-06-02", n: 1,
		text: "Nine militants killed in Miranshah",
		want: []wantEvent{{typ: "Battles", fatal: 9}}},
	{name: "their own bomb", pub: "2025-06-02", n: 1,
		text: "Four terrorists were killed when their bomb went off prematurely in Miranshah.",
		want: []wantEvent{{typ: "Explosions/Remote violence", fatal: 4}}},
}

func TestStateWord(t *testing.T) {
	runReports(t, stateWordReports)
	x := testExtractor(t)
	for _, r := range stateWordReports[1:] {
		for _, e := range x.Extract(Article{ID: "t", Text: r.text, Published: mustDay(r.pub)}) {
			if e.Actor1 == "Military Forces of Pakistan" || e.Actor2 == "Military Forces of Pakistan" {
				t.Errorf("%s: %s/%s names the state's forces", r.name, e.Actor1, e.Actor2)
			}
		}
	}
}

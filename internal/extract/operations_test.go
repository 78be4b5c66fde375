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

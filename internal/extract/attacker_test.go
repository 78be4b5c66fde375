package extract

import "testing"

// A country's name before the weapons of an attack is where the attack
// came from when the sentence names the country it struck; alone, it
// names the place ("Lebanon bombing").
var attackerCountryReports = []report{
	{name: "headline, a country's airstrikes in its neighbour", pub: "2025-08-11", n: 1,
		text: "Sudan airstrikes kill 9 herders in Ethiopia.",
		want: []wantEvent{{country: "Ethiopia", fatal: -1}}},
	{name: "two attackers coordinated before the verb", pub: "2025-08-11", n: 1,
		text: "Kenya, Ethiopia strike militant camps in Sudan, officials say.",
		want: []wantEvent{{country: "Sudan", fatal: -1}}},
	{name: "strikes on a country", pub: "2025-08-11", n: 1,
		text: "UN says 7 killed in Sudan air strikes on Ethiopia.",
		want: []wantEvent{{country: "Ethiopia", fatal: -1}}},
	{name: "strikes on a country: the country struck is where", pub: "2025-08-11", n: 1,
		text: "Chad: 14 militants killed in strikes on Niger.",
		want: []wantEvent{{country: "Niger", fatal: -1}}},
	{name: "title case: a verb after 'in X' is another subject's", pub: "2025-08-11", n: 1,
		text: "Mali Says Its Drones In Niger Targeted Militants, Killing 12.",
		want: []wantEvent{{country: "Niger", fatal: -1}}},
	{name: "the striking state before its verb", pub: "2025-08-11", n: 1,
		text: "Chad launched airstrikes on militant camps in Niger, killing 14.",
		want: []wantEvent{{country: "Niger", actors: []string{"Military Forces of Chad"}, fatal: -1}}},
	{name: "a state's air force is its military", pub: "2025-08-11", n: 1,
		text: "The Chadian Air Force conducted airstrikes on militant camps in Niger on Sunday, killing 14.",
		want: []wantEvent{{country: "Niger", actors: []string{"Military Forces of Chad"}, fatal: -1}}},
	{name: "alone, the country is the place", pub: "2025-08-11", n: 1,
		text: "Lebanon bombing kills 4 at a market.",
		want: []wantEvent{{country: "Lebanon", fatal: -1}}},
}

func TestAttackerCountry(t *testing.T) { runReports(t, attackerCountryReports) }

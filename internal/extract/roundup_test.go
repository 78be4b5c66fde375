package extract

import "testing"

// Round-ups: a lead that sums several incidents is no event of its own
// (the incidents follow one by one); one sentence may tell two incidents
// in two countries ("..., while in neighbouring X ..."); a later sentence
// of an incident placed only in its country gives its place; a dateline
// of two cities files the story from both.
var roundupReports = []report{
	{name: "wire round-up, the lead's sum is no event", pub: "2025-05-05", n: 3,
		text: "KABUL, May 5 (Reuters) - At least 14 people were killed in separate attacks across Afghanistan on Sunday, officials said.\n\n" +
			"In Kandahar, a roadside bomb killed five civilians travelling in a minivan, a provincial spokesman said.\n\n" +
			"In northern Kunduz province, Taliban fighters attacked a police checkpoint in Imam Sahib district, killing six policemen.\n\n" +
			"Separately, three soldiers were killed when insurgents ambushed an army convoy in Spin Boldak district, the defence ministry said.",
		want: []wantEvent{{admin1: "Kandahar", fatal: 5, claims: []wantClaim{{kind: "killed", count: 5}}},
			{admin1: "Kunduz", fatal: 6, claims: []wantClaim{{kind: "killed", count: 6}}},
			{admin2: "Spin Boldak", fatal: 3, claims: []wantClaim{{kind: "killed", count: 3}}}}},
	{name: "agency, two countries in one sentence, two cities in the dateline", pub: "2025-05-05", n: 2,
		text: "BAMAKO/NIAMEY (AFP) - Suspected jihadists killed 18 villagers in an attack near Djenne in central Mali on Saturday, a local official said, while in neighbouring Burkina Faso an ambush on a convoy killed 9 soldiers the same day.\n\n" +
			"The army said the convoy was attacked near Djibo in the north of the country.",
		want: []wantEvent{{country: "Mali", loc: "Djenne", fatal: 18, claims: []wantClaim{{kind: "killed", count: 18}}},
			{country: "Burkina Faso", loc: "Djibo", fatal: 9, claims: []wantClaim{{kind: "killed", count: 9}}}}},
	{name: "a flash that sums is its own event", pub: "2025-05-05", n: 1,
		text: "Two separate attacks kill 9 soldiers in Borno.",
		want: []wantEvent{{country: "Nigeria", fatal: 9}}},
}

func TestRoundups(t *testing.T) { runReports(t, roundupReports) }

// "No group claimed the attack" leaves its doer unidentified, unless the
// text blames one ("but residents blamed JNIM fighters"); a group that
// "has claimed similar attacks" is no doer of this one.
var claimantReports = []report{
	{name: "no claim, a group's past attacks", pub: "2025-05-05", n: 1,
		text: "Gunmen killed nine villagers near Djenne on Saturday, officials said. No group claimed the attack. JNIM has claimed similar attacks in the area in the past.",
		want: []wantEvent{{country: "Mali", actors: []string{"Unidentified Armed Group"}, fatal: 9}}},
	{name: "no claim, but residents blame a group", pub: "2025-05-05", n: 1,
		text: "Gunmen killed nine villagers near Djenne on Saturday, officials said. No group claimed the attack, but residents blamed fighters of JNIM.",
		want: []wantEvent{{country: "Mali", actors: []string{"JNIM"}, fatal: 9}}},
}

func TestClaimants(t *testing.T) { runReports(t, claimantReports) }

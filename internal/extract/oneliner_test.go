package extract

import "testing"

// A one-line report of a lone victim takes its type from who the victim
// is, by the codebook: a civilian killed by anyone but the forces of a
// clash is an attack on civilians (the civilians its target, named or
// not); forces or fighters killed are a clash.
var onelinerTypeReports = []report{
	{name: "sahel coder summary, farmer killed by unknown men", pub: "2025-05-12", n: 1,
		text: "A farmer was killed by unidentified gunmen near Djibo.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Civilians (Burkina Faso)"}, country: "Burkina Faso", fatal: 1}}},
	{name: "south asia flash, health worker as object", pub: "2025-05-12", n: 1,
		text: "Gunmen kill vaccinator in Bannu: police.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Unidentified Armed Group", "Civilians (Pakistan)"}, country: "Pakistan", fatal: 1}}},
	{name: "latin america wire, teacher with an article", pub: "2025-05-12", n: 1,
		text: "Gunmen shot dead a teacher in Apatzingan on Sunday, state prosecutors said.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Civilians (Mexico)"}, country: "Mexico", fatal: 1}}},
	{name: "middle east headline, police constable is a clash", pub: "2025-05-12", n: 1,
		text: "Police constable killed in Kirkuk.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", country: "Iraq", fatal: 1}}},
	{name: "central asia, border guard shot by smugglers", pub: "2025-05-12", n: 1,
		text: "Smugglers kill border guard near Khorog.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", country: "Tajikistan", fatal: 1}}},
	{name: "compound noun: the last noun is the victim", pub: "2025-05-12", n: 1,
		text: "Militia commander killed in Ituri.",
		want: []wantEvent{{country: "Democratic Republic of Congo", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
}

func TestOnelinerTypes(t *testing.T) { runReports(t, onelinerTypeReports) }

package extract

import "testing"

// Two fighting parties joined by "vs", "versus" or "against" with no verb
// (a coder's or agency's shorthand) are an armed clash between them, at
// the place the line gives; with no place or date, or with a party that
// does not fight, the line tells no event.
var versusReports = []report{
	{name: "sahel coder line, soldiers vs a named group, province", pub: "2025-05-12", n: 1,
		text: "Soldiers vs Islamic State Sahel, Tillaberi.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"Military Forces of Niger", "Islamic State (Sahel)"}, country: "Niger", admin1: "Tillaberi"}}},
	{name: "latin america agency, army versus a cartel, in a region", pub: "2025-05-12", n: 1,
		text: "Army versus Gulf Clan in Catatumbo.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"Military Forces of Colombia", "AGC"}, country: "Colombia"}}},
	{name: "central asia, border guards against a group opening the line", pub: "2025-05-12", n: 1,
		text: "Border guards against Jamaat Ansarullah, Khorog.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"Jamaat Ansarullah"}, country: "Tajikistan"}}},
	{name: "south asia, abbreviation with a full stop", pub: "2025-05-12", n: 1,
		text: "Police vs. militants, Miranshah.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"Police Forces of Pakistan", "Unidentified Armed Group"}, country: "Pakistan"}}},
	{name: "no place or date: a headline about a war", pub: "2025-05-12", n: 0,
		text: "The army versus the insurgents."},
	{name: "against after other words is a verb's", pub: "2025-05-12", n: 0,
		text: "Leaflets from police against Jamaat Ansarullah in Almaty."},
}

func TestVersusClash(t *testing.T) { runReports(t, versusReports) }

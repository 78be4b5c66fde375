package extract

import "testing"

// Headlines and one-line flashes put the verb in the present tense and the
// count after it ("Gunmen kill 12"); the places of a sentence that are said
// as where it happened ("inside X") beat those that are parties to it.
var headlineReports = []report{
	{name: "sahel present tense", pub: "2025-03-04", n: 1, text: "Gunmen kill 14 herders near Djibo.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", country: "Burkina Faso", fatal: 14}}},
	{name: "andes present tense", pub: "2025-03-04", n: 1, text: "Soldiers kill 5 dissidents in clash in Cauca.",
		want: []wantEvent{{typ: "Battles", country: "Colombia", admin1: "Cauca", fatal: 5}}},
	{name: "south asia abduction flash", pub: "2025-03-04", n: 1, text: "Armed men abduct 9 labourers in Balochistan.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Abduction/forced disappearance", country: "Pakistan", admin1: "Balochistan", fatal: -1}}},
	{name: "middle east arrests", pub: "2025-03-04", n: 1, text: "Security forces arrest 22 suspects in Basra raids.",
		want: []wantEvent{{typ: "Strategic developments", sub: "Arrests", country: "Iraq", admin1: "Basra", fatal: -1}}},
	{name: "attacker's country is no location", pub: "2025-03-04", n: 1, text: "Turkey carries out drone strikes inside Iraq, killing 4.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", country: "Iraq", fatal: 4}}},
	{name: "central asia location after in", pub: "2025-03-04", n: 1, text: "Kyrgyzstan says its guards killed 2 intruders in Tajikistan.",
		want: []wantEvent{{country: "Tajikistan", fatal: 2}}},
}

func TestHeadlineReports(t *testing.T) { runReports(t, headlineReports) }

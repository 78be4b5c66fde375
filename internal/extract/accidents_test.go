package extract

import "testing"

// A death by accident is no claim of any event: run over by a bus, a road
// crash; a car bomb or an exchange of fire is no accident.
var accidentReports = []report{
	// disease and hunger are no one's violence; wounds a strike dealt are
	{name: "east africa wire, cholera deaths in a camp", pub: "2025-07-08", n: 0,
		text: "Twelve people died of cholera in a displacement camp near Mogadishu last week, health officials said."},
	{name: "sahel wire, deaths from hunger", pub: "2025-07-08", n: 0,
		text: "At least 30 children have died of hunger in besieged Menaka since May, aid groups said."},
	{name: "sahel wire, soldiers die of their wounds", pub: "2025-07-08", n: 1,
		text: "Two soldiers died of their wounds in Menaka on Monday after an ambush on their convoy.",
		want: []wantEvent{{fatal: 2}}},
	{name: "road accident", pub: "2025-01-02", n: 0,
		text: "Two soldiers were killed in a road accident near Gao on Wednesday."},
	{name: "run over: the riot is the event, not the death that set it off", pub: "2025-01-02", n: 1,
		text: "A mob set fire to a police station in Peshawar after a student was killed by a speeding bus on Wednesday.",
		want: []wantEvent{{typ: "Riots", country: "Pakistan", fatal: 0}}},
	{name: "a car bomb is no accident", pub: "2025-01-02", n: 1,
		text: "Two policemen were killed by a car bomb in Peshawar on Wednesday.",
		want: []wantEvent{{typ: "Explosions/Remote violence", country: "Pakistan", fatal: 2}}},
	{name: "a disaster as the killing word's subject", pub: "2025-01-02", n: 0,
		text: "Heavy floods killed nine villagers near Gao on Wednesday."},
	{name: "a quake that took lives", pub: "2025-01-02", n: 0,
		text: "An earthquake claimed the lives of 14 people in Kunduz province on Tuesday."},
	{name: "a bomb that took lives is no disaster", pub: "2025-01-02", n: 1,
		text: "A roadside bomb claimed the lives of four soldiers near Gao on Wednesday.",
		want: []wantEvent{{typ: "Explosions/Remote violence", country: "Mali", fatal: 4}}},
	{name: "a crash told as the clause before the toll", pub: "2025-01-02", n: 0,
		text: "A military helicopter crashed in bad weather near Gao on Wednesday, killing four soldiers."},
	{name: "a ferry that capsized", pub: "2025-01-02", n: 0,
		text: "An overloaded ferry capsized on the river near Kunduz on Tuesday, killing 30 passengers."},
	{name: "an exchange of fire is no accident", pub: "2025-01-02", n: 1,
		text: "Two soldiers were killed in an exchange of fire near Gao on Wednesday.",
		want: []wantEvent{{typ: "Battles", country: "Mali", fatal: 2}}},
}

func TestAccidents(t *testing.T) { runReports(t, accidentReports) }

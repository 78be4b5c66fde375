package extract

import "testing"

// Drones an armed group attacks with make an air/drone strike that stays
// the group's: the group kills before its victims ("Rebels killed four
// soldiers in a drone attack") or attacks with drones as its weapon. A
// group the drones killed does not fly them.
var droneMeansReports = []report{
	{name: "latin america wire, rebels kill soldiers in a drone attack", pub: "2025-04-09", n: 1,
		text: "Rebels killed four soldiers in a drone attack on a base in Cauca on Tuesday, the army said.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", actors: []string{"Unidentified Armed Group", "Military Forces of Colombia"}, fatal: 4}}},
	{name: "sahel wire, militants attack a post with explosives-laden drones", pub: "2025-04-09", n: 1,
		text: "Militants attacked an army post near Menaka with explosives-laden drones on Monday, killing two soldiers.",
		want: []wantEvent{{sub: "Air/drone strike", actors: []string{"Unidentified Armed Group", "Military Forces of Mali"}, fatal: 2}}},
	{name: "south asia wire, fighters killed by a drone do not fly it", pub: "2025-04-09", n: 1,
		text: "Six Taliban fighters died in a drone strike in Kunduz on Sunday, residents said.",
		want: []wantEvent{{sub: "Air/drone strike", actors: []string{"Unidentified Military Forces", "Taliban"}, fatal: 6}}},
}

func TestDroneMeans(t *testing.T) { runReports(t, droneMeansReports) }

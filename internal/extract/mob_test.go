package extract

import "testing"

// People of no party who kill or beat someone to death are a mob: mob
// violence by rioters against civilians, as the codebook codes a crowd's
// killing of a suspect, whatever verb tells it; those who find a body did
// nothing, and armed men who kill villagers stay an attack.
var mobDoerReports = []report{
	{name: "west africa agency, villagers beat suspects to death", pub: "2025-04-14", n: 1,
		text: "Villagers beat to death two suspected cattle thieves in Borno on Sunday, police said.",
		want: []wantEvent{{typ: "Riots", sub: "Mob violence", actors: []string{"Rioters (Nigeria)", "Civilians (Nigeria)"}, fatal: 2}}},
	{name: "south asia wire, a crowd of residents stabs a man", pub: "2025-04-14", n: 1,
		text: "Residents stabbed to death a man accused of theft in Miranshah on Monday, police said.",
		want: []wantEvent{{typ: "Riots", sub: "Mob violence", fatal: 1}}},
	{name: "a mob's victim is a civilian, named by no party word", pub: "2025-04-14", n: 1,
		text: "A mob lynched a man accused of blasphemy in Miranshah on Friday.",
		want: []wantEvent{{sub: "Mob violence", actors: []string{"Rioters (Pakistan)", "Civilians (Pakistan)"}, fatal: 1}}},
	{name: "finders of a body are no mob", pub: "2025-04-14", n: 1,
		text: "Farmers find body of young man near Kandahar",
		want: []wantEvent{{typ: "Violence against civilians", fatal: 1}}},
	{name: "one man who kills is no mob, nor the people he killed", pub: "2025-04-14", n: 1,
		text: "A dismissed worker opened fire at a mill in Borno on Friday, killing two colleagues and wounding three other workers.",
		want: []wantEvent{{typ: "Violence against civilians", fatal: 2}}},
	{name: "armed men who kill villagers stay an attack", pub: "2025-04-14", n: 1,
		text: "Gunmen killed four villagers in Borno on Sunday.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", fatal: 4}}},
}

func TestMobDoers(t *testing.T) { runReports(t, mobDoerReports) }

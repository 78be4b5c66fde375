package extract

import "testing"

// An attack, a strike or a bomb whose object is a civilian place or
// gathering targets civilians though no word counts who died
// (civilianObject); an army's camp, base or vehicle stays a military
// target, and fighters counted among the dead keep a raid on a village a
// clash. A nationality before the arms fired from afar names the state
// that fired them (weaponNations).
var civilianPlaceReports = []report{
	{name: "west africa wire, a village attacked, the dead uncounted by kind", pub: "2025-09-08", n: 1,
		text: "Gunmen attacked a village in Borno State on Sunday, killing 14, residents said.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Civilians (Nigeria)"}, fatal: 14}}},
	{name: "sahel coder note, a weekly market", pub: "2025-09-08", n: 1,
		text: "On 6 September 2025, suspected JNIM militants stormed the weekly cattle market of Menaka, killing 8.",
		want: []wantEvent{{date: "2025-09-06", typ: "Violence against civilians", sub: "Attack", fatal: 8}}},
	{name: "south asia flash, an attack on a bus", pub: "2025-09-08", n: 1,
		text: "Nine killed in attack on passenger bus in Kohat.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", fatal: 9}}},
	{name: "southeast asia headline, a strike on a monastery", pub: "2025-09-08", n: 1,
		text: "Junta airstrike kills 11 at a monastery in Sagaing region.",
		want: []wantEvent{{sub: "Air/drone strike", actors: []string{"Civilians (Myanmar)"}, fatal: 11}}},
	{name: "sahel wire, homes torched and people hurt", pub: "2025-09-08", n: 1,
		text: "Gunmen torched homes in a village near Menaka on Sunday, wounding three.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Civilians (Mali)"}, fatal: 0}}},
	{name: "sahel wire, homes torched, nobody hurt: the villagers' property", pub: "2025-09-08", n: 1,
		text: "Gunmen torched 20 homes in a village near Menaka on Sunday.",
		want: []wantEvent{{sub: "Looting/property destruction", actors: []string{"Civilians (Mali)"}, fatal: 0}}},
	{name: "a camp of the displaced", pub: "2025-09-08", n: 1,
		text: "Militiamen attacked a displacement camp near Bossangoa on Friday, killing 12.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", fatal: 12}}},
	{name: "an army's camp is no civilian place", pub: "2025-09-08", n: 1,
		text: "Militants attacked an army camp near Kidal on Friday, killing 12.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", fatal: 12, notCiv: true}}},
	{name: "fighters counted keep a raid on a village a clash", pub: "2025-09-08", n: 1,
		text: "Troops raided a village near Konduga on Friday, killing 7 insurgents.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", fatal: 7, notCiv: true}}},
	{name: "eastern europe wire, missiles on a block of flats; the nationality before the arms is the striker", pub: "2025-09-08", n: 1,
		text: "Russian missiles struck an apartment block in Dnipro on Sunday, killing 11, regional officials said.",
		want: []wantEvent{{typ: "Explosions/Remote violence", actors: []string{"Military Forces of Russia", "Civilians"}, fatal: 11}}},
	{name: "south asia wire, a bomb that goes off in a market", pub: "2025-09-08", n: 1,
		text: "A bomb hidden in a cart exploded in a crowded market in Kohat on Friday, killing 6, police said.",
		want: []wantEvent{{typ: "Explosions/Remote violence", actors: []string{"Civilians"}, fatal: 6}}},
	{name: "middle east wire, the members of a family are civilians", pub: "2025-09-08", n: 1,
		text: "An air strike hit a building in Bayda on Friday, killing 9 members of one family, medics said.",
		want: []wantEvent{{typ: "Explosions/Remote violence", actors: []string{"Civilians"}, fatal: 9}}},
	{name: "a bomb that strikes a military vehicle is no attack on civilians", pub: "2025-09-08", n: 1,
		text: "A roadside bomb struck a military vehicle in Kohat on Friday, killing 4.",
		want: []wantEvent{{typ: "Explosions/Remote violence", fatal: 4, notCiv: true}}},
	{name: "headline, the place before the act's noun", pub: "2025-09-08", n: 1,
		text: "Bandits kill 12 in Zamfara village raid",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", fatal: 12}}},
	{name: "latin america headline, a killing at a party", pub: "2025-09-08", n: 1,
		text: "Gunmen kill seven at party in Michoacan",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", fatal: 7}}},
	{name: "soldiers killed in a village stay a clash", pub: "2025-09-08", n: 1,
		text: "Three soldiers were killed in a village near Konduga on Friday.",
		want: []wantEvent{{typ: "Battles", fatal: 3, notCiv: true}}},
}

func TestCivilianPlaces(t *testing.T) { runReports(t, civilianPlaceReports) }

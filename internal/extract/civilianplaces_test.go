package extract

import "testing"

// An attack whose object is a civilian place or gathering targets
// civilians though no word counts who died (civilianObject); an army's
// camp or base stays a military target, and fighters counted among the
// dead keep a raid on a village a clash.
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
	{name: "a camp of the displaced", pub: "2025-09-08", n: 1,
		text: "Militiamen attacked a displacement camp near Bossangoa on Friday, killing 12.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", fatal: 12}}},
	{name: "an army's camp is no civilian place", pub: "2025-09-08", n: 1,
		text: "Militants attacked an army camp near Kidal on Friday, killing 12.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", fatal: 12, notCiv: true}}},
	{name: "fighters counted keep a raid on a village a clash", pub: "2025-09-08", n: 1,
		text: "Troops raided a village near Konduga on Friday, killing 7 insurgents.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", fatal: 7, notCiv: true}}},
}

func TestCivilianPlaces(t *testing.T) { runReports(t, civilianPlaceReports) }

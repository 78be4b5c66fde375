package extract

import "testing"

// "The attack came two days after X": X is another incident, that many
// days before the one just told, with its own type, parties and place.
var cameAfterReports = []report{
	{name: "sahel wire, two days before", pub: "2025-06-03", n: 2,
		text: "Gunmen killed four soldiers near Menaka on Sunday, the army said. The attack came two days after jihadists killed three civilians near Gao.",
		want: []wantEvent{
			{date: "2025-06-01", typ: "Battles", loc: "Menaka", fatal: 4},
			{date: "2025-05-30", typ: "Violence against civilians", loc: "Gao", fatal: 3}}},
	{name: "middle east monitor, a day before, another type", pub: "2025-03-14", n: 2,
		text: "Shelling killed five civilians in Idlib on Thursday, a monitor said. The shelling came a day after Russian warplanes carried out airstrikes on Damascus, killing two fighters.",
		want: []wantEvent{
			{date: "2025-03-13", sub: "Shelling/artillery/missile attack", fatal: 5},
			{date: "2025-03-12", sub: "Air/drone strike", actors: []string{"Military Forces of Russia"}, loc: "Damascus", fatal: 2}}},
	{name: "a week before, in words", pub: "2025-06-03", n: 2,
		text: "A roadside bomb killed two policemen in Peshawar on Monday. The blast comes a week after gunmen shot dead a judge in Peshawar.",
		want: []wantEvent{
			{date: "2025-06-02", sub: "Remote explosive/landmine/IED", fatal: 2},
			{date: "2025-05-26", fatal: 1}}},
}

func TestCameAfter(t *testing.T) { runReports(t, cameAfterReports) }

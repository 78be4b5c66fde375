package extract

import "testing"

// A modal adjective doubts only its own noun, and a modal before a court's
// step doubts the step, not the crime it names; a modal verb before the
// event word still makes it a plan or a guess.
func TestModalDoubts(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text string
		event      bool
	}{
		{"possible suspects, a real shooting (Sahel, wire)",
			`Three possible accomplices were detained in Kati on Monday over the fatal shooting of a gendarme on Sunday, police said.`,
			true},
		{"a possible arson is doubted (Central Asia)",
			`Police in Jalalabad are looking into a possible arson at a school.`,
			false},
		{"will face murder charges (Central Asia, agency)",
			`A farmer from Osh will face murder charges over the stabbing of his neighbour on Friday, prosecutors said.`,
			true},
		{"ongoing fighting is fighting now (Middle East, monitor headline)",
			`Ongoing clashes on the outskirts of Idlib leave four fighters dead`,
			true},
		{"a habit is no incident (Sahel)",
			`Gunmen frequently attack convoys on the road to Gao, traders say.`,
			false},
		{"a threat stays a threat (Great Lakes)",
			`Rebels could attack the town of Goma within days, a UN official warned.`,
			false},
		{"shell casings found are no shelling (South Asia, agency)",
			`Police found empty shell casings near the checkpoint in Miranshah on Sunday.`,
			false},
		{"a plot is no attack: the arrest is the event (Central Asia, agency)",
			`Two men were detained in Dushanbe for plotting a terrorist attack, the security service said.`,
			false},
		{"a relative clause's plot doubts its object only (Sahel, wire)",
			`Militants who planned the attack on the market were killed in a raid near Menaka on Monday.`,
			true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "m", Text: tc.text, Published: mustDay("2024-03-08")})
			violent := false
			for _, e := range evs {
				violent = violent || e.EventType != "Strategic developments" || e.SubEventType == "Looting/property destruction"
			}
			if violent != tc.event {
				for _, e := range evs {
					t.Logf("%s/%s", e.EventType, e.SubEventType)
				}
				t.Errorf("violent or destructive event %v, want %v", violent, tc.event)
			}
		})
	}
}

// "Hypothetical" doubts a sentence, save as the name Afghan outlets give
// the border they do not recognise ("the hypothetical line").
var hypotheticalLineReports = []report{
	{name: "agency headline, the border's name", pub: "2025-10-14", n: 1,
		text: "Six border troops died on the hypothetical line near Chaman, officials said.",
		want: []wantEvent{{country: "Pakistan", fatal: -1, claims: []wantClaim{{kind: "killed", count: 6}}}}},
	{name: "ministry statement, strikes on the line", pub: "2025-10-14", n: 1,
		text: "Defence ministry: 12 attackers killed in overnight clashes on the Hypothetical Line in Kandahar.",
		want: []wantEvent{{country: "Afghanistan", fatal: -1, claims: []wantClaim{{kind: "killed", count: 12}}}}},
	{name: "coder summary, the line's name between", pub: "2025-10-14", n: 1,
		text: "Border forces clashed on Sunday across the hypothetical Durand Line near Chaman.",
		want: []wantEvent{{typ: "Battles", country: "Pakistan", fatal: -1}}},
	{name: "a guess stays a guess", pub: "2025-10-14", n: 0,
		text: "War game studies a hypothetical attack in which 30 guards died in Kandahar."},
	{name: "a line of argument is no border", pub: "2025-10-14", n: 0,
		text: "War game studies a hypothetical line of attack in which 30 guards died in Kandahar."},
}

func TestHypotheticalLine(t *testing.T) { runReports(t, hypotheticalLineReports) }

// A definite event noun after a preposition is taken as known: the modal
// before it doubts a toll or a culprit, not the event (presupposed).
var presupposedReports = []report{
	{name: "sahel wire, a toll in doubt, the strike not", pub: "2025-10-14", n: 1,
		text: "Up to 25 villagers may have died in the airstrike on a market in Mopti, residents said.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", fatal: 0}}},
	{name: "a culprit in doubt, the bombing not", pub: "2025-10-14", n: 1,
		text: "Officials said a local cell could be behind the bombing in Miranshah on Sunday.",
		want: []wantEvent{{typ: "Explosions/Remote violence", country: "Pakistan"}}},
	{name: "an offensive to come is still in doubt", pub: "2025-10-14", n: 0,
		text: "The army said it could launch an offensive in Idlib within days."},
}

func TestPresupposed(t *testing.T) { runReports(t, presupposedReports) }

// A relative clause about the victim ends where the main clause resumes
// with its auxiliary: its modal doubts only its own object ("who planned
// the bombing"), and the victim's verb is read past it (pastRelative).
var relativeClauseReports = []report{
	{name: "the planner shot dead: the shooting is told", pub: "2025-10-14", n: 1,
		text: "A man who planned the bombing of a bus station was shot dead by police in Kandahar on Monday.",
		want: []wantEvent{{country: "Afghanistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "a robber shot dead is a killing, not a robbery", pub: "2025-10-14", n: 1,
		text: "A man who robbed a money changer was shot dead by police in Mogadishu on Sunday.",
		want: []wantEvent{{fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "a background clause does not hide the victim's verb", pub: "2025-10-14", n: 1,
		text: "A teacher who had returned to his village was killed by gunmen near Menaka.",
		want: []wantEvent{{country: "Mali", fatal: 1}}},
}

func TestRelativeClause(t *testing.T) { runReports(t, relativeClauseReports) }

// An act a fear word dreads has not happened ("Residents feared more
// attacks"); a toll "feared dead" still counts, and an act told beside the
// fear stands.
var fearedReports = []report{
	{name: "sahel wire, residents fear more attacks", pub: "2025-05-14", n: 0,
		text: "Residents of Menaka feared more attacks as the rainy season ended, elders said on Monday."},
	{name: "horn of africa headline, fears of fresh clashes", pub: "2025-05-14", n: 0,
		text: "Fears of fresh clashes grow in Mogadishu as clan militias mass"},
	{name: "south asia wire, an attack told beside the fear", pub: "2025-05-14", n: 1,
		text: "Gunmen attacked a bus near Kunduz on Tuesday, killing four passengers; residents feared the attackers would return.",
		want: []wantEvent{{typ: "Violence against civilians", fatal: 4}}},
	{name: "latin america wire, people feared dead", pub: "2025-05-14", n: 1,
		text: "Twelve people are feared dead after gunmen opened fire at a bar in Quito on Saturday.",
		want: []wantEvent{{fatal: -1, claims: []wantClaim{{kind: "killed", count: 12}}}}},
}

func TestFearedActs(t *testing.T) { runReports(t, fearedReports) }

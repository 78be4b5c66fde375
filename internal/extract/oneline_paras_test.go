package extract

import "testing"

// Many sites print each sentence as its own paragraph. A story told that
// way goes on telling its incident as far as prose paragraphs would, so
// the incident told again six lines down is the same event; an incident
// marked as another stays apart however close.
var oneLineParagraphReports = []report{
	{name: "one incident over six one-line paragraphs", pub: "2025-03-05", n: 1,
		text: "Gunmen killed four villagers in an attack near Djibo on Tuesday, officials said.\n\n" +
			"The attackers arrived on motorbikes at dawn.\n\n" +
			"Residents fled towards the town.\n\n" +
			"The mayor said the village had been threatened for weeks.\n\n" +
			"Aid groups said thousands had fled the area this year.\n\n" +
			"The gunmen killed four villagers and burned the market, a resident told reporters.",
		want: []wantEvent{{date: "2025-03-04", country: "Burkina Faso", fatal: 4}}},
	{name: "another incident in the next line stays apart", pub: "2025-03-05", n: 2,
		text: "Gunmen killed four villagers in an attack near Djibo on Tuesday, officials said.\n\n" +
			"In a separate attack, gunmen killed two herders near Djibo on Tuesday.",
		want: []wantEvent{{date: "2025-03-04", country: "Burkina Faso", fatal: -1}}},
}

func TestOneLineParagraphs(t *testing.T) { runReports(t, oneLineParagraphReports) }

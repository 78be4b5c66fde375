package extract

import "testing"

// A nation's "side" in a border report is its state's forces; a side of
// no nation, or of the border, is no party.
var sideReports = []report{
	{name: "central asia wire, the Kyrgyz side fires", pub: "2025-06-03", n: 1,
		text: "The Kyrgyz side opened fire on a border post near Isfara on Monday, wounding two guards, the Tajik border service said.",
		want: []wantEvent{{actors: []string{"Military Forces of Kyrgyzstan"}, fatal: 0}}},
	{name: "south asia wire, crossing from the Afghan side of the border", pub: "2025-06-03", n: 1,
		text: "Militants crossed from the Afghan side of the border and attacked a checkpoint near Miranshah, killing three soldiers.",
		want: []wantEvent{{actors: []string{"Unidentified Armed Group", "Military Forces of Pakistan"}, fatal: 3}}},
}

func TestNationSide(t *testing.T) { runReports(t, sideReports) }

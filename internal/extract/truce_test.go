package extract

import "testing"

// A truce told broken is the fighting that broke it, not an agreement
// (brokenTruce); told beside the act that broke it, it is that act
// (dropBrokenTruce).
var truceReports = []report{
	{name: "central asia agency, a ceasefire violated", pub: "2025-05-20", n: 1,
		text: "Kyrgyz border guards violated the ceasefire near Isfara on Monday, the Tajik border service said.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"Military Forces of Kyrgyzstan"}, fatal: 0}}},
	{name: "ceasefire violations after the word", pub: "2025-05-20", n: 1,
		text: "The army reported ceasefire violations near Batken overnight.",
		want: []wantEvent{{typ: "Battles", fatal: 0}}},
	{name: "broken by shelling: the shelling", pub: "2025-05-20", n: 1,
		text: "The truce was broken on Sunday when rebels shelled army positions near Idlib.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack", fatal: 0}}},
	{name: "a truce agreed stays an agreement", pub: "2025-05-20", n: 1,
		text: "Tajik and Kyrgyz border guards agreed to a ceasefire near Isfara on Tuesday, officials said.",
		want: []wantEvent{{typ: "Strategic developments", sub: "Agreement"}}},
}

func TestBrokenTruce(t *testing.T) { runReports(t, truceReports) }

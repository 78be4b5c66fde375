package extract

import (
	"strings"
	"testing"
)

// crimeReports: violence outside war, which ACLED codes too (an attack on
// civilians, an attack on police, property destroyed).
var crimeReports = []report{
	{name: "a workplace shooting is an attack on civilians", pub: "2024-02-09",
		title: "Gunman kills manager at Tromso fish plant",
		text:  `A dismissed forklift driver shot dead his former manager at a fish processing plant in Tromso on Thursday, police said.`,
		n:     1,
		want:  []wantEvent{{date: "2024-02-08", prec: 1, typ: "Violence against civilians", sub: "Attack", country: "Norway", loc: "Tromso", fatal: -1}},
	},
	{name: "a stabbing told without a number", pub: "2023-05-20",
		text: `A woman was stabbed outside a bakery in Ghent on Friday evening and a neighbour was arrested, prosecutors said.`,
		n:    1,
		want: []wantEvent{{date: "2023-05-19", typ: "Violence against civilians", sub: "Attack", loc: "Ghent", fatal: -1}},
	},
	{name: "murder beside a clash is the clash told again", pub: "2023-08-28",
		text: `Militants attacked a checkpoint near Miranshah on Saturday and murdered two guards, officials said.`,
		n:    1,
		want: []wantEvent{{date: "2023-08-26", typ: "Battles", loc: "Miranshah", fatal: -1}},
	},
	{name: "a town's name as a surname is not the place", pub: "2023-05-20",
		text: `Prosecutors said Marta Tromso, a cashier, was stabbed in Ghent on Friday.`,
		n:    1,
		want: []wantEvent{{date: "2023-05-19", typ: "Violence against civilians", loc: "Ghent", notLoc: "Tromso", fatal: -1}},
	},
	{name: "a surname once told is the person wherever it recurs; an address is no place", pub: "2023-05-20",
		text: `Prosecutors said Marta Tromso, a cashier, was stabbed in Ghent on Friday outside a bakery on Kortrijk Ave.

Tromso, 41, was stabbed twice, police said.`,
		n:    1,
		want: []wantEvent{{date: "2023-05-19", typ: "Violence against civilians", loc: "Ghent", notLoc: "Tromso", fatal: -1}},
	},
	{name: "a surname written in full later is the person where it stands alone", pub: "2023-05-20",
		text: `Lisbon, 41, was stabbed in Ghent on Friday, police said. Her neighbour Jonas Lisbon called an ambulance.`,
		n:    1,
		want: []wantEvent{{date: "2023-05-19", typ: "Violence against civilians", loc: "Ghent", notLoc: "Lisbon", fatal: -1}},
	},
	{name: "the shooting in a report of a clash is the clash", pub: "2024-06-13",
		text: "Afghan and Tajik border forces exchanged fire across the river near Imam Sahib in Kunduz on Wednesday, killing four guards, officials said.\n\n" +
			"The shooting began late on Tuesday near a border post and went on until dawn, residents said.\n\n" +
			"The provincial police said two of its officers had been killed and five wounded.",
		n:    1,
		want: []wantEvent{{date: "2024-06-12", typ: "Battles", loc: "Imam Sahib", fatal: -1}},
	},
	{name: "guests of a party are civilians, and those who allege it no party", pub: "2024-03-16",
		text: `Police allege a dismissed clerk opened fire at a wedding party in Ghent on Friday, killing three guests.`,
		n:    1,
		want: []wantEvent{{date: "2024-03-15", typ: "Violence against civilians", sub: "Attack", loc: "Ghent", civ: true, fatal: 3}},
	},
	{name: "those who allege it are no party", pub: "2024-03-16",
		text: `Police allege the suspect shot dead two fishermen at a pier in Tromso on Friday.`,
		n:    1,
		want: []wantEvent{{date: "2024-03-15", typ: "Violence against civilians", loc: "Tromso", civ: true, fatal: 2}},
	},
	{name: "riot police who guard a scene tell no demonstration", pub: "2024-03-16",
		text: "A gunman shot dead a bank manager in Ghent on Friday, police said.\n\n" +
			"Officers in riot gear surrounded the house where he hid until he gave himself up, and riot police stood guard outside the bank.",
		n:    1,
		want: []wantEvent{{date: "2024-03-15", typ: "Violence against civilians", loc: "Ghent", fatal: -1}},
	},
	{name: "riot police who disperse a crowd tell a protest", pub: "2024-03-16",
		text: `Riot police dispersed a crowd outside the town hall in Ghent on Friday.`,
		n:    1,
		want: []wantEvent{{date: "2024-03-15", typ: "Protests", loc: "Ghent", fatal: -1}},
	},
	{name: "arson is property destruction", pub: "2022-11-03",
		text: `Investigators said arson destroyed a timber warehouse in Ghent on Tuesday night.`,
		n:    1,
		want: []wantEvent{{date: "2022-11-01", typ: "Strategic developments", sub: "Looting/property destruction", loc: "Ghent", fatal: -1}},
	},
}

func TestCrimeReports(t *testing.T) { runReports(t, crimeReports) }

// "let go" is no armed group, whatever acronym it spells in lower case.
func TestShortAcronymsKeepTheirCase(t *testing.T) {
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "c", Published: mustDay("2023-05-22"),
		Text: `A warehouse clerk who was let go last week shot dead his supervisor in Ghent on Monday.`})
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
	if at := actorText(evs[0]); strings.Contains(at, "Lashkar") {
		t.Errorf("actors %q", at)
	}
}

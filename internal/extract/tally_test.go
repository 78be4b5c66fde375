package extract

import "testing"

// A count over a short spell ("in 24 hours", "in 2 days", "in the last 60
// hours", "since Friday") is one report of recent fighting, told as one
// event; a count over weeks, or since a month, sums many incidents and is
// no event. A span that dates the incident from another ("two days after
// the ambush") sums nothing.
var tallyReports = []report{
	{name: "sahel army's daily figure", pub: "2025-06-11", n: 1,
		text: "Army says 9 jihadists killed in 24 hours around Djibo.",
		want: []wantEvent{{country: "Burkina Faso", fatal: 9}}},
	{name: "central asia guards, a day of fighting", pub: "2025-06-11", n: 1,
		text: "Eleven border guards killed in a day of fighting in Batken.",
		want: []wantEvent{{typ: "Battles", country: "Kyrgyzstan", admin1: "Batken", fatal: 11}}},
	{name: "middle east day's tally with wounded", pub: "2025-06-11", n: 1,
		text: "6 tribesmen killed, 14 wounded in the past 24 hours in Sirwah.",
		want: []wantEvent{{country: "Yemen", fatal: 6}}},
	{name: "two days of fighting are one spell", pub: "2025-06-11", n: 1,
		text: "Clashes leave 40 dead in 48 hours across Sughd.",
		want: []wantEvent{{country: "Tajikistan", admin1: "Sughd", fatal: 40}}},
	{name: "wire roundup, a count over 2 days", pub: "2025-06-11", n: 1,
		text: "Roundup: army raids kill 17 jihadists in Tillaberi in 2 days.",
		want: []wantEvent{{country: "Niger", fatal: 17}}},
	{name: "state agency, the last hours of an operation", pub: "2025-06-11", n: 1,
		text: "31 insurgents, 4 soldiers killed in the last 60 hours in Maguindanao: military.",
		want: []wantEvent{{country: "Philippines", fatal: -1}}},
	{name: "three days and a half are too long", pub: "2025-06-11", n: 0,
		text: "Gang fighting leaves 50 dead over 84 hours in Port-au-Prince."},
	{name: "a city's toll since a weekday of this week", pub: "2025-06-12", n: 1,
		text: "Culiacan: 14 dead since Monday.",
		want: []wantEvent{{country: "Mexico", fatal: 14}}},
	{name: "since a month is a sum", pub: "2025-06-12", n: 0,
		text: "Culiacan: 140 dead since March."},
	{name: "a span after another event dates the incident", pub: "2025-06-11", n: 1,
		text: "Body of a teacher found in Cauca a few days after his arrest.",
		want: []wantEvent{{country: "Colombia", fatal: 1}}},
	{name: "two days after the ambush", pub: "2025-06-11", n: 1,
		text: "Three herders killed near Gao two days after the ambush.",
		want: []wantEvent{{country: "Mali", fatal: 3}}},
	{name: "weeks before another event are still a sum", pub: "2025-06-11", n: 0,
		text: "120 people were killed in the three weeks before the vote in Kirkuk."},
	{name: "a span after a preposition of extent is a sum", pub: "2025-06-11", n: 0,
		text: "Gangs killed 75 people over two weeks after the truce in Port-au-Prince."},
	{name: "a body found weeks after the abduction", pub: "2025-06-11", n: 1,
		text: "Journalist found dead in Kirkuk two weeks after his abduction.",
		want: []wantEvent{{country: "Iraq", fatal: 1}}},
	{name: "an incident numbered within a week's series", pub: "2025-06-11", n: 1,
		text: "Jihadists claim second attack in a week near Djibo.",
		want: []wantEvent{{country: "Burkina Faso", fatal: -1}}},
	{name: "an incident numbered within a month, with a toll", pub: "2025-06-11", n: 1,
		text: "Third car bombing in a month kills 7 in Mogadishu.",
		want: []wantEvent{{typ: "Explosions/Remote violence", country: "Somalia", fatal: 7}}},
	{name: "a month is a sum", pub: "2025-06-11", n: 0,
		text: "Bandits killed 90 villagers in Zamfara in a month."},
	{name: "tally of one day spelled with a digit", pub: "2025-06-11", n: 1,
		text: "13 soldiers killed near Menaka in 1 day.",
		want: []wantEvent{{country: "Mali", fatal: 13}}},
	{name: "weeks of war are a sum, not an event", pub: "2025-06-11", n: 0,
		text: "More than 300 villagers killed in 40 days of fighting around Menaka."},
	{name: "recent weeks are a sum", pub: "2025-06-11", n: 0,
		text: "Some 70 people have been killed in recent weeks in Sughd."},
	{name: "since a date is a sum", pub: "2025-06-11", n: 0,
		text: "Since January, 45 soldiers have died in Batken."},
}

func TestTallyPeriod(t *testing.T) { runReports(t, tallyReports) }

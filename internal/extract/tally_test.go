package extract

import "testing"

// A count over one day ("in 24 hours", "in a day") is a reporting
// period's tally, told as one event; a count over weeks, or since a date,
// sums many incidents and is no event.
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
	{name: "two days of fighting are already a sum", pub: "2025-06-11", n: 0,
		text: "Clashes leave 40 dead in 48 hours across Sughd."},
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

package extract

import "testing"

// What a place has long been through is a report's background, not an
// incident: "has been the scene of", "has been plagued by".
var placeConditionReports = []report{
	{name: "wire background, a turf war", pub: "2025-04-02", n: 0,
		text: "Zamfara has been the scene of a bloody turf war between rival bandit gangs."},
	{name: "agency background, plagued by clashes", pub: "2025-04-02", n: 0,
		text: "The province of Marib has been plagued by clashes between tribesmen and Houthi fighters for years."},
	{name: "the incident itself still counts", pub: "2025-04-02", n: 1,
		text: "Bandits killed nine villagers in Zamfara on Monday, police said.",
		want: []wantEvent{{country: "Nigeria", fatal: 9}}},
}

func TestPlaceCondition(t *testing.T) { runReports(t, placeConditionReports) }

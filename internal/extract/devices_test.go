package extract

import "testing"

// A device told with a verb of hitting ("their vehicle struck a
// landmine") or an incident named without saying what it was ("in
// another incident") is one explosion, not an attack beside it.
var deviceReports = []report{
	{name: "sahel wire, vehicle struck a landmine", pub: "2025-06-05", n: 1,
		text: "Two civilians were killed when their vehicle struck a landmine near Menaka on Monday, local officials said.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", country: "Mali", fatal: 2}}},
	{name: "south asia, separate incident with a roadside bomb", pub: "2025-06-05", n: 1,
		text: "In a separate incident on Tuesday, three policemen were wounded when their patrol hit a roadside bomb in North Waziristan.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", country: "Pakistan", fatal: 0}}},
	{name: "a hit that is its own attack stays one", pub: "2025-06-05", n: 1,
		text: "Gunmen struck a police post near Gao on Monday, killing two officers.",
		want: []wantEvent{{typ: "Battles", country: "Mali", fatal: 2}}},
}

func TestDevicesOneIncident(t *testing.T) { runReports(t, deviceReports) }

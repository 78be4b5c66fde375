package extract

import "testing"

func init() {
	add := addFake
	// Village names that the gazetteer knows only as towns far away.
	add("Lorca", "city", "Spain", "ES", "Murcia", "Murcia", 1, 37.7, -1.7)
	add("Belmonte", "city", "Portugal", "PT", "Castelo Branco", "Belmonte", 1, 40.36, -7.35)
	add("Ravshan", "city", "Uzbekistan", "UZ", "Samarqand", "Urgut", 1, 39.4, 67.2)
	// The units that hold them.
	add("Tenenkou", "admin2", "Mali", "ML", "Mopti", "Tenenkou", 2, 14.45, -4.9)
	add("Putumayo", "admin1", "Colombia", "CO", "Putumayo", "", 3, 0.5, -76)
	add("Vose", "admin2", "Tajikistan", "TJ", "Khatlon", "Vose", 2, 37.8, 69.6)
	add("Khatlon", "admin1", "Tajikistan", "TJ", "Khatlon", "", 3, 37.8, 69)
	add("Konduz", "city", "Afghanistan", "AF", "Kunduz", "Kunduz", 1, 36.7, 68.86)
}

// A place followed by the units that hold it ("X village of Y district, Z
// region") lies in them: a reading of X elsewhere is dropped for the
// smallest unit named; a reading inside them stays.
var chainReports = []report{
	{name: "sahel village of a district", pub: "2025-06-10", n: 1,
		text: "On Sunday, gunmen killed four herders in Lorca village of Tenenkou district, Mopti region, a local official said.",
		want: []wantEvent{{country: "Mali", admin1: "Mopti", admin2: "Tenenkou", geo: 2, notLoc: "Lorca", fatal: 4}}},
	{name: "andes area of a department", pub: "2025-06-10", n: 1,
		text: "Dissidents ambushed an army patrol in the Belmonte area of Putumayo department on Monday, killing two soldiers.",
		want: []wantEvent{{country: "Colombia", admin1: "Putumayo", notLoc: "Belmonte", fatal: 2}}},
	{name: "central asia coder summary", pub: "2025-06-10", n: 1,
		text: "On 8 June 2025, unidentified men abducted a teacher in Ravshan village, Vose district, Khatlon.",
		want: []wantEvent{{country: "Tajikistan", admin1: "Khatlon", admin2: "Vose", notLoc: "Ravshan", fatal: -1}}},
	{name: "a speaker's country after the chain holds nothing", pub: "2025-06-10", n: 1,
		text: "Militants attacked a police post in the Vose district in Khatlon province on Monday, killing two officers, Uzbekistan's state media reported.",
		want: []wantEvent{{country: "Tajikistan", admin1: "Khatlon", admin2: "Vose", fatal: 2}}},
	{name: "a town inside its province stays", pub: "2025-06-10", n: 1,
		text: "On Monday, a roadside bomb killed three policemen in Konduz city of Kunduz province.",
		want: []wantEvent{{country: "Afghanistan", admin1: "Kunduz", loc: "Konduz", geo: 1, fatal: 3}}},
}

func TestAdminChain(t *testing.T) { runReports(t, chainReports) }

package extract

import "testing"

// A district the gazetteer lacks is kept by name as the event's admin2,
// at its province's point: two notes of one province's unknown districts
// stay told apart. A district the gazetteer knows keeps its own place.
var unknownDistrictReports = []report{
	{name: "coder's note, a district the gazetteer lacks", pub: "2025-04-13", n: 1,
		text: "On 12 April 2025, Taliban abducted 5 civilians from Dashtak district (Kunduz).",
		want: []wantEvent{{date: "2025-04-12", admin2: "Dashtak", geo: 3, fatal: -1}}},
	{name: "a compound's name", pub: "2025-04-13", n: 1,
		text: "On 12 April 2025, Taliban and ANSF clashed in Dand-e Sarbagh district (Kunduz). Fatalities unknown.",
		want: []wantEvent{{date: "2025-04-12", admin2: "Dand-e Sarbagh", geo: 3, fatal: -1}}},
	{name: "wire, the province written as the district's holder", pub: "2025-04-13", n: 1,
		text: "Clashes were reported in Kunduz province's Dashtak district on Saturday, officials said.",
		want: []wantEvent{{date: "2025-04-12", admin1: "Kunduz", admin2: "Dashtak", geo: 3, fatal: -1}}},
	{name: "a district the gazetteer knows", pub: "2025-04-13", n: 1,
		text: "On 12 April 2025, the army and rebels clashed in Kani district. Fatalities unknown.",
		want: []wantEvent{{date: "2025-04-12", admin2: "Kani", geo: 2, fatal: -1}}},
}

func TestUnknownDistrict(t *testing.T) { runReports(t, unknownDistrictReports) }

// TestServiceDistrictIsNoUnit: a school's or a congressional district is
// no district of the map.
func TestServiceDistrictIsNoUnit(t *testing.T) {
	x := testExtractor(t)
	text := "On 12 April 2025, gunmen shot dead a teacher at a school of the Dashtak Valley School District in Kunduz province."
	for _, e := range x.Extract(Article{ID: "s", Text: text, Published: mustDay("2025-04-13")}) {
		if e.Admin2 != "" {
			t.Errorf("%q: admin2 %q, want none", text, e.Admin2)
		}
	}
}

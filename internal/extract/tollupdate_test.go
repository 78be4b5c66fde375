package extract

import "testing"

// A toll told as the toll counts the dead; "now" dates the toll, not the
// incident.
var tollUpdateReports = []report{
	{name: "wire update, toll rises", pub: "2025-07-08", n: 1,
		text: "Death toll from market bombing in Maiduguri rises to 31, officials say.",
		want: []wantEvent{{country: "Nigeria", fatal: 31, claims: []wantClaim{{kind: "killed", count: 31}}}}},
	{name: "state agency, the toll now stands at", pub: "2025-07-08", n: 1,
		text: "The toll from the shelling of Taiz now stands at 14, the health office said.",
		want: []wantEvent{{country: "Yemen", fatal: 14, claims: []wantClaim{{kind: "killed", count: 14}}}}},
	{name: "casualty toll counts dead and wounded", pub: "2025-07-08", n: 1,
		text: "The casualty toll from the blast in Quetta has reached 60.",
		want: []wantEvent{{fatal: 0, claims: []wantClaim{{kind: "casualties", count: 60}}}}},
}

func TestTollUpdates(t *testing.T) { runReports(t, tollUpdateReports) }

// "now" is no date of an incident: an undated report stays dated by its
// publication, at week precision.
func TestNowDatesNoIncident(t *testing.T) {
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "n", Published: mustDay("2025-07-08"),
		Text: "The toll from the shelling of Taiz is now 14, the health office said."})
	if len(evs) != 1 || evs[0].TimePrecision == 1 {
		for _, e := range evs {
			t.Logf("%s p%d", e.EventDate, e.TimePrecision)
		}
		t.Errorf("want one event dated by the publication's week, not by 'now'")
	}
}

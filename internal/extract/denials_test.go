package extract

import "testing"

// Denials in their usual forms, in reports about several regions; a denied
// incident told only in the denial is still an event, carrying it.
var denialReports = []report{
	{name: "army dismisses a militant claim", pub: "2025-02-11", n: 1,
		text: "Militants said they killed 12 soldiers in an attack on a base in Mopti region. The army dismissed the claim as propaganda.",
		want: []wantEvent{{typ: "Battles", country: "Mali", fatal: -1, denials: []string{"army"}}}},
	{name: "ministry rejects residents' figures", pub: "2025-02-11", n: 1,
		text: "Residents said 9 civilians died in the air strike near Ariha on Sunday. The defence ministry rejected the figures, saying only fighters were hit.",
		want: []wantEvent{{typ: "Explosions/Remote violence", country: "Syria", fatal: 9, denials: []string{"defence ministry"}}}},
	{name: "officials call reports false", pub: "2025-02-11", n: 1,
		text: "Rebels said they ambushed a convoy in Sagaing on Tuesday, killing 7 soldiers. Officials called the reports false.",
		want: []wantEvent{{typ: "Battles", country: "Myanmar", fatal: -1, denials: []string{"Officials"}}}},
	{name: "denied killing told only in the denial", pub: "2025-02-11", n: 1,
		text: "The government denied any involvement in the killing of 3 activists in Cauca.",
		want: []wantEvent{{typ: "Violence against civilians", country: "Colombia", fatal: 3, denials: []string{"government"}}}},
	{name: "police deny firing on protesters", pub: "2025-02-11", n: 1,
		text: "Police denied firing on protesters in Peshawar, where 2 people were killed on Friday.",
		want: []wantEvent{{country: "Pakistan", fatal: 2, denials: []string{"Police"}}}},
}

func TestDenialReports(t *testing.T) { runReports(t, denialReports) }

// Dismissing a person, or rejecting a plan, denies nothing.
func TestDismissalIsNoDenial(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"Gunmen killed 4 traders near Maiduguri on Monday. The governor dismissed the local police chief.",
		"Militants attacked a checkpoint in Kandahar on Friday, killing 2 policemen. Elders rejected a plan to close the market.",
	} {
		evs := x.Extract(Article{ID: "d", Text: text, Published: mustDay("2025-02-11")})
		if len(evs) != 1 || len(evs[0].Denials) != 0 {
			t.Errorf("%q: %d events, denials %+v", text, len(evs), evs)
		}
	}
}

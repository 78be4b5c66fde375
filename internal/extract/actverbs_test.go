package extract

import "testing"

// Every form of a verb of what befell people counts its victims
// (actverbs.go): a headline's present as a report's past, a participle
// after a bare victim, the noun of the act before "of"; a verb that is a
// noun too ("murder", "massacre") only after its doer, and an
// infinitive is an aim, no act.
var actVerbReports = []report{
	{name: "sahel headline, present behead with a count in words", pub: "2025-09-14", n: 1,
		text: "Militants behead two herders near Menaka.",
		want: []wantEvent{{typ: "Violence against civilians", country: "Mali", fatal: 2,
			claims: []wantClaim{{kind: "killed", count: 2}}}}},
	{name: "latin america wire, a noun-verb after its doer", pub: "2025-09-14", n: 1,
		text: "Gunmen massacre 14 villagers in Cauca, officials say.",
		want: []wantEvent{{typ: "Violence against civilians", country: "Colombia", fatal: 14,
			claims: []wantClaim{{kind: "killed", count: 14}}}}},
	{name: "sahel coder note, past slaughtered", pub: "2025-09-14", n: 1,
		text: "On 12 September 2025, suspected jihadists slaughtered 9 traders on the road to Djenne (Mopti).",
		want: []wantEvent{{date: "2025-09-12", typ: "Violence against civilians", fatal: 9}}},
	{name: "passive mowed down", pub: "2025-09-14", n: 1,
		text: "Six worshippers were mowed down by gunmen outside a mosque in Mopti on Friday.",
		want: []wantEvent{{typ: "Violence against civilians", fatal: 6, claims: []wantClaim{{kind: "killed", count: 6}}}}},
	{name: "south asian headline, bare victim slaughtered", pub: "2025-09-14", n: 1,
		text: "Young shopkeeper slaughtered in Kandahar.",
		want: []wantEvent{{country: "Afghanistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "the noun of the act before of", pub: "2025-09-14", n: 1,
		text: "Residents described the massacre of 12 farmers in Kani by armed men on Tuesday.",
		want: []wantEvent{{fatal: 12, claims: []wantClaim{{kind: "killed", count: 12}}}}},
	{name: "a murder suspect is no victim", pub: "2025-09-14", n: 1,
		text: "Murder suspect shot in Quito.",
		want: []wantEvent{{fatal: 0, claims: []wantClaim{{kind: "wounded", count: 1}}}}},
	{name: "an infinitive is an aim", pub: "2025-09-14", n: 0,
		text: "The governor vowed to kill every bandit in Borno before the rains."},
}

func TestActVerbs(t *testing.T) { runReports(t, actVerbReports) }

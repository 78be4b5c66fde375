package extract

import (
	"testing"
	"time"
)

// Who said a number: the speaker before its verb, past an acronym in
// brackets that wire copy puts after an agency's name.
func TestSpeakerBeforeBracket(t *testing.T) {
	x := testExtractor(t)
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Two soldiers were killed in a clash near Batken late on Sunday, the State Committee for National Security (GKNB) said on Monday.",
			"State Committee for National Security"},
		{"Four civilians were killed by shelling in Damascus on Sunday, the Civil Defence Directorate (White Helmets) said.",
			"Civil Defence Directorate"},
		{"Six militants were killed near Gao, the army said.", "the army"},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: pub})
		got := ""
		for _, e := range evs {
			for _, c := range e.Claims {
				if c.Kind == "killed" {
					got = c.AttributedTo
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: attributed to %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A rank written short ("Const.", "Sgt.", "Insp.") is part of the speaker:
// the force before it speaks and takes no part in the act it tells.
func TestSpeakerPastRankAbbrev(t *testing.T) {
	x := testExtractor(t)
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{`"A man walked in and shot and killed another man," police Const. Ravi Menon told reporters in Peshawar on Monday.`,
			"police Const. Ravi Menon"},
		{"Gunmen killed a trader near Gao on Monday, police Insp. Ali Maiga said.", "police Insp. Ali Maiga"},
	} {
		for _, e := range x.Extract(Article{ID: "s", Text: tc.text, Published: pub}) {
			for _, c := range e.Claims {
				if c.Kind == "killed" && c.AttributedTo != tc.want {
					t.Errorf("%q: attributed to %q, want %q", tc.text, c.AttributedTo, tc.want)
				}
			}
			for _, a := range []string{e.Actor1, e.Actor2} {
				if len(a) > 6 && a[:6] == "Police" {
					t.Errorf("%q: the speaking police are a party (%s / %s)", tc.text, e.Actor1, e.Actor2)
				}
			}
		}
	}
}

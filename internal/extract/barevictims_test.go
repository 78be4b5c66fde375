package extract

import (
	"strings"
	"testing"
)

// Headline style drops the article before a lone victim: the victim still
// counts one, as the object of the act or the subject of its participle.
// Running text with a determiner or a number is singularClaims' and the
// count's, and must not be counted twice.
var bareVictimReports = []report{
	{name: "headline, a speaker opens the victim's clause", pub: "2025-06-02", n: 1,
		text: "Army says soldier killed near Menaka.",
		want: []wantEvent{{country: "Mali", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "headline, a speaker before a commander of a named unit", pub: "2025-06-02", n: 1,
		text: "Agency says commander of the Wagner unit killed near Menaka.",
		want: []wantEvent{{country: "Mali", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "headline, a commander of a group's part named by common words", pub: "2025-06-02", n: 1,
		text: "Army says commander of local militia killed near Gao.",
		want: []wantEvent{{country: "Mali", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "headline, a commander of a group's part after its name's possessive", pub: "2025-06-02", n: 1,
		text: "Agency says commander of JNIM's elite unit killed near Menaka.",
		want: []wantEvent{{country: "Mali", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "south asian headline, a rebel by his movement's name", pub: "2025-06-02", n: 1,
		text: "Maoist killed in encounter with police in Peshawar.",
		want: []wantEvent{{country: "Pakistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "south asian flash, a soldier as the region writes him", pub: "2025-06-02", n: 1,
		text: "Militants kill jawan in ambush near Miranshah.",
		want: []wantEvent{{country: "Pakistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "flash, a force's name and acronym before the victim", pub: "2025-06-02", n: 1,
		text: "Gunmen kill Frontier Corps (FC) soldier near Miranshah.",
		want: []wantEvent{{country: "Pakistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "flash, object of a present-tense verb", pub: "2025-06-02", n: 1,
		text: "Gunmen kill former police officer in Maiduguri.",
		want: []wantEvent{{country: "Nigeria", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "headline, participle after the victim", pub: "2025-06-02", n: 1,
		title: "Local Taliban commander killed in Kunduz",
		text:  "Local Taliban commander killed in Kunduz.",
		want:  []wantEvent{{country: "Afghanistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "coder's one-liner after a source label", pub: "2025-06-02", n: 1,
		text: "Local sources: Young shepherd abducted near Menaka.",
		want: []wantEvent{{country: "Mali", fatal: 0, claims: []wantClaim{{kind: "captured", count: 1}}}}},
	{name: "coder's note, a public employee with an article", pub: "2025-06-02", n: 1,
		text: "On 1 June 2025, unidentified gunmen killed a government employee in Kandahar city (Kandahar).",
		want: []wantEvent{{country: "Afghanistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "flash, a court clerk as the object", pub: "2025-06-02", n: 1,
		text: "Gunmen kill court clerk in Gao",
		want: []wantEvent{{country: "Mali", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "wire, a lone victim shot dead in the passive", pub: "2025-06-02", n: 1,
		text: "A schoolteacher was shot dead by gunmen in Kandahar on Sunday, police said.",
		want: []wantEvent{{country: "Afghanistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "wire, a lone victim tortured to death", pub: "2025-06-02", n: 1,
		text: "A village chief was tortured to death by militants near Menaka, a local official said.",
		want: []wantEvent{{country: "Mali", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "a named victim tortured to death", pub: "2025-06-02", n: 1,
		text: "Karim Jan Agha was tortured to death by militants near Menaka, his family said.",
		want: []wantEvent{{country: "Mali", fatal: 1}}},
	{name: "a named victim in the passive, has been killed", pub: "2025-06-02", n: 1,
		text: "Abdul Samad Noori has been killed in Kunduz, his relatives said.",
		want: []wantEvent{{country: "Afghanistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "a named victim of a road accident", pub: "2025-06-02", n: 0,
		text: "Abdul Samad Noori was killed in a road accident near Kunduz on Friday."},
	{name: "headline, the commander of a group's unit", pub: "2025-06-02", n: 1,
		text: "Commander of a JNIM unit killed in Gao airstrike",
		want: []wantEvent{{country: "Mali", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "wire, shot and killed", pub: "2025-06-02", n: 1,
		text: "A policeman was shot and killed at a checkpoint in Kirkuk on Monday.",
		want: []wantEvent{{country: "Iraq", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "another victim, title case", pub: "2025-06-02", n: 1,
		text: "Another Community Leader Killed In Cauca.",
		want: []wantEvent{{country: "Colombia", fatal: 1}}},
	{name: "headline, a killing phrase of two words after the victim", pub: "2025-06-02", n: 1,
		text: "Tribal elder shot dead in Chaman market",
		want: []wantEvent{{country: "Pakistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "headline, a killing phrase of three words after the victim", pub: "2025-06-02", n: 1,
		text: "Shopkeeper beaten to death in Gao",
		want: []wantEvent{{country: "Mali", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "headline, the victim's nom de guerre in quotes", pub: "2025-06-02", n: 1,
		text: "Wanted militia chief 'Col. Ayuba' killed in Borno raid",
		want: []wantEvent{{country: "Nigeria", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "running text: a noun that is no victim", pub: "2025-06-02", n: 1,
		text:    "Soldiers killed three militants in Tillaberi, the army chief said on Monday.",
		want:    []wantEvent{{country: "Niger", fatal: -1, claims: []wantClaim{{kind: "killed", count: 3}}}},
		noCount: []int{1}},
}

func TestBareVictims(t *testing.T) { runReports(t, bareVictimReports) }

// A victim with an article is singularClaims' claim: the bare rule must
// not count it again.
func TestBareVictimsCountOnce(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"Gunmen shot dead a teacher in Culiacan on Sunday, police said.",
		"A farmer was killed near Puno on Sunday.",
		"Gunmen kill trader in Lima.",
	} {
		n := 0
		for _, e := range x.Extract(Article{ID: "c", Text: text, Published: mustDay("2025-06-02")}) {
			for _, c := range e.Claims {
				if c.Kind == "killed" {
					n++
				}
			}
		}
		if n != 1 {
			t.Errorf("%q: %d killed claims, want 1", text, n)
		}
	}
}

// A bare plural counts at least two: as the subject of a passive
// participle, with or without its group's name ("Members of X killed"),
// or as the object of the act; a plural subject of an active verb is the
// killers, not the victims.
var barePluralReports = []report{
	{name: "sahel flash, plural subject of the participle", pub: "2025-06-02", n: 1,
		text: "Jihadist fighters killed in army raid near Djibo.",
		want: []wantEvent{{country: "Burkina Faso", fatal: 2, claims: []wantClaim{{kind: "killed", count: 2}}}}},
	{name: "central asia, members of a named group", pub: "2025-06-02", n: 1,
		text: "Members of the Ansarullah Jamaat killed in Isfara clash.",
		want: []wantEvent{{country: "Tajikistan", fatal: 2, claims: []wantClaim{{kind: "killed", count: 2}}}}},
	{name: "middle east, -men plural, wounded", pub: "2025-06-02", n: 1,
		text: "Policemen wounded by shelling in Sirwah.",
		want: []wantEvent{{country: "Yemen", fatal: 0, claims: []wantClaim{{kind: "wounded", count: 2}}}}},
	{name: "plural object of the act", pub: "2025-06-02", n: 1,
		text: "Bandits kill herders in Tillaberi.",
		want: []wantEvent{{country: "Niger", fatal: 2, claims: []wantClaim{{kind: "killed", count: 2}}}}},
	{name: "plural subject of an active verb is no victim", pub: "2025-06-02", n: 1,
		text:    "Gunmen killed four traders near Djibo on Sunday.",
		want:    []wantEvent{{country: "Burkina Faso", fatal: 4, claims: []wantClaim{{kind: "killed", count: 4}}}},
		noCount: []int{2}},
}

func TestBarePlurals(t *testing.T) { runReports(t, barePluralReports) }

// The plural noun of the act counts its victims as the singular does:
// "killings of 6 civilians" is a killed claim of six civilians.
var actNounPluralReports = []report{
	{name: "rights body headline, army killings of a count", pub: "2025-06-02", n: 1,
		text: "Ombudsman: Police killings of 5 farmers in Puno unlawful.",
		want: []wantEvent{{country: "Peru", fatal: -1, claims: []wantClaim{{kind: "killed", count: 5, who: "farmers"}}}}},
	{name: "wire headline, probe into murders of a count in words", pub: "2025-06-02", n: 1,
		text: "Bangladeshi police to probe murders of three activists in Dhaka.",
		want: []wantEvent{{country: "Bangladesh", fatal: -1, claims: []wantClaim{{kind: "killed", count: 3}}}}},
	{name: "abductions of a count", pub: "2025-06-02", n: 1,
		text: "Abductions of 12 pupils near Sokoto blamed on bandits.",
		want: []wantEvent{{country: "Nigeria", fatal: -1, claims: []wantClaim{{kind: "captured", count: 12}}}}},
}

func TestActNounPlurals(t *testing.T) { runReports(t, actNounPluralReports) }

// Quote marks around a bare victim's noun keep the claim, and the words
// before the noun say whose the victim is ("rebel general" is a rebel's,
// though "general" alone is the state's); a former member of a force is
// a civilian, as ACLED codes one.
func TestBareVictimSide(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, who, victim string }{
		{"Separatist 'general' killed near Mandera.", "general", "armed"},
		{"Army kills \"rebel\" commander near Gao.", "commander", "armed"},
		{"Rebel general killed in Ituri.", "general", "armed"},
		{"Gunmen kill former police officer in Maiduguri.", "officer", "civ"},
		{"Former soldier killed in Osh.", "soldier", "civ"},
		{"Police commander killed in Kirkuk.", "commander", "state"},
		{"Bandits kill army general near Sokoto.", "general", "state"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := x.analyze(Article{ID: "b", Text: tc.text, Published: mustDay("2025-06-02")})
			defer d.release()
			got := "none"
			for _, st := range d.sents {
				for _, c := range st.claims {
					if strings.HasSuffix(strings.ToLower(c.c.Who), tc.who) {
						got = c.victim
					}
				}
			}
			if got != tc.victim {
				t.Errorf("victim of %q = %q, want %q", tc.who, got, tc.victim)
			}
		})
	}
}

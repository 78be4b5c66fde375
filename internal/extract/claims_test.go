package extract

import "testing"

// Headlines put quote marks around the count or the victims' noun when the
// outlet does not vouch for a word ("scores", separatist 'generals', a
// 'bandit gang'): the marks stand inside the noun phrase and keep neither
// the count nor its verb from the claim.
var quotedClaimReports = []report{
	{name: "wire headline, quoted vague count", pub: "2025-04-02", n: 1,
		text: `Bandits kill "scores" in northern Zamfara.`,
		want: []wantEvent{{country: "Nigeria", fatal: -1, claims: []wantClaim{{kind: "killed", count: 40}}}}},
	{name: "quoted rank of a group's fighters", pub: "2025-04-02", n: 1,
		text: "Three rebel 'commanders' killed in Ituri.",
		want: []wantEvent{{country: "Democratic Republic of Congo", fatal: -1,
			claims: []wantClaim{{kind: "killed", count: 3, who: "rebel commanders"}}}}},
	{name: "state agency, curly quotes around a title", pub: "2025-04-02", n: 1,
		text: "Four Maoist \u2018generals\u2019 killed in Sukma encounter.",
		want: []wantEvent{{country: "India", fatal: -1, claims: []wantClaim{{kind: "killed", count: 4, who: "Maoist generals"}}}}},
	{name: "quoted name of the group after 'members of'", pub: "2025-04-02", n: 1,
		text: "Army says six members of 'bandit gang' killed in Zamfara.",
		want: []wantEvent{{country: "Nigeria", fatal: -1, claims: []wantClaim{{kind: "killed", count: 6, who: "members of bandit gang"}}}}},
}

func TestQuotedClaims(t *testing.T) { runReports(t, quotedClaimReports) }

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

// Partisan outlets write their side's dead as martyrs: "martyred" is
// "killed", active with its counted object ("forces have martyred
// dozens"), present in a headline ("army martyrs three") or passive
// ("were martyred"), and the noun counts the dead ("40 martyrs").
var martyrClaimReports = []report{
	{name: "partisan outlet, perfect active with a vague count", pub: "2025-04-02", n: 1,
		text: "Occupation troops have martyred dozens of unarmed villagers in Idlib.",
		want: []wantEvent{{country: "Syria", fatal: -1, claims: []wantClaim{{kind: "killed", count: 24, who: "villagers"}}}}},
	{name: "headline present tense with a count", pub: "2025-04-02", n: 1,
		text: "Junta troops martyr seven monks in Sagaing.",
		want: []wantEvent{{country: "Myanmar", fatal: -1, claims: []wantClaim{{kind: "killed", count: 7, who: "monks"}}}}},
	{name: "passive with a count", pub: "2025-04-02", n: 1,
		text: "Four levies personnel were martyred in Kech.",
		want: []wantEvent{{country: "Pakistan", fatal: -1, claims: []wantClaim{{kind: "killed", count: 4}}}}},
	{name: "active with a lone victim", pub: "2025-04-02", n: 1,
		text: "Terrorists martyred a constable in Bannu.",
		want: []wantEvent{{country: "Pakistan", fatal: -1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "the noun with a count", pub: "2025-04-02", n: 1,
		text: "31 martyrs, among them 6 children, in Deir ez-Zor shelling.",
		want: []wantEvent{{country: "Syria", fatal: -1, claims: []wantClaim{{kind: "killed", count: 31}}}}},
	{name: "a day of remembrance is no event", pub: "2025-04-02", n: 0,
		text: "Martyrs' Day marked in Kabul."},
}

func TestMartyrClaims(t *testing.T) { runReports(t, martyrClaimReports) }

// A count of a toll noun with no determiner is the toll ("dozens of
// deaths"); with one it breaks a toll down ("six of the deaths").
var tollNounReports = []report{
	{name: "wire headline, forces suffer a vague toll", pub: "2025-04-02", n: 1,
		text: "YEMEN: Tribal fighters suffer dozens of deaths in Marib.",
		want: []wantEvent{{country: "Yemen", fatal: -1, claims: []wantClaim{{kind: "killed", count: 24}}}}},
	{name: "hundreds of casualties", pub: "2025-04-02", n: 1,
		text: "Hundreds of casualties in El Fasher shelling.",
		want: []wantEvent{{country: "Sudan", fatal: -1, claims: []wantClaim{{kind: "casualties", count: 200}}}}},
	{name: "a breakdown is no toll of its own", pub: "2025-04-02", n: 0,
		text: "Six of the deaths were children, medics in El Fasher said."},
}

func TestTollNouns(t *testing.T) { runReports(t, tollNounReports) }

// An inclusion set off by commas between the count and its verb ("five
// soldiers, including an officer, were killed") keeps them together.
var inclusionReports = []report{
	{name: "wire, singular inclusion", pub: "2025-04-02", n: 1,
		text: "Seven soldiers, including a captain, were killed in an ambush near Tessalit.",
		want: []wantEvent{{country: "Mali", fatal: -1, claims: []wantClaim{{kind: "killed", count: 7, who: "soldiers"}}}}},
	{name: "agency, among them", pub: "2025-04-02", n: 1,
		text: "Eleven gunmen, among them a local commander named Abu Sayf, were killed in Deir ez-Zor.",
		want: []wantEvent{{country: "Syria", fatal: -1, claims: []wantClaim{{kind: "killed", count: 11, who: "gunmen"}}}}},
	{name: "the count inside the inclusion is no toll of its own", pub: "2025-04-02", n: 1,
		noCount: []int{2},
		text:    "Nine villagers, including two women, died in the raid on Konduga.",
		want:    []wantEvent{{country: "Nigeria", fatal: -1, claims: []wantClaim{{kind: "killed", count: 9}}}}},
}

func TestInclusions(t *testing.T) { runReports(t, inclusionReports) }

// A count that is a verb's object belongs to that verb, not to the next
// clause's verb past the comma: "kills 4, wounds 9" is 4 killed and 9
// wounded.
var objectCountReports = []report{
	{name: "wire headline, two verbs of one subject", pub: "2025-04-02", n: 1,
		text: "Suicide bomber kills 4, wounds 9 in Baidoa.",
		want: []wantEvent{{country: "Somalia", fatal: 4, claims: []wantClaim{{kind: "killed", count: 4}, {kind: "wounded", count: 9}}}}},
	{name: "the object with its noun, then a lone victim", pub: "2025-04-02", n: 1,
		text: "Troops kill 12 bandits, wound gang leader in Zamfara.",
		want: []wantEvent{{country: "Nigeria", fatal: 12, claims: []wantClaim{{kind: "killed", count: 12, who: "bandits"}, {kind: "wounded", count: 1}}}}},
	{name: "a subject count still takes its verb past the comma", pub: "2025-04-02", n: 1,
		text: "Three soldiers, two civilians killed in Kirkuk blast.",
		want: []wantEvent{{country: "Iraq", fatal: -1, claims: []wantClaim{{kind: "killed", count: 3}, {kind: "killed", count: 2}}}}},
}

func TestObjectCounts(t *testing.T) { runReports(t, objectCountReports) }

// A defence ministry's bulletin "destroys" people as it destroys tanks:
// with people as the object the verb counts the dead; with things, no one.
var destroyedReports = []report{
	{name: "ministry bulletin, people destroyed", pub: "2025-04-02", n: 1,
		text: "Army units destroyed 40 militants and two pickup trucks near Gao, the ministry said.",
		want: []wantEvent{{country: "Mali", fatal: 40, claims: []wantClaim{{kind: "killed", count: 40, who: "militants"}}}}},
	{name: "things destroyed count no one", pub: "2025-04-02", n: 1,
		text: "Soldiers clashed with rebels near Gao and destroyed 3 trucks.",
		want: []wantEvent{{country: "Mali", fatal: 0}}, noCount: []int{3}},
}

func TestDestroyedPeople(t *testing.T) { runReports(t, destroyedReports) }

// Crime reports count a killing by its noun ("double homicide") and
// burning people alive is killing them, told actively or passively.
var killingNounReports = []report{
	{name: "translated crime headline, a double killing", pub: "2025-04-02", n: 1,
		text: "Double murder reported in rural Cauca",
		want: []wantEvent{{country: "Colombia", fatal: 2, claims: []wantClaim{{kind: "killed", count: 2}}}}},
	{name: "burnt alive, passive", pub: "2025-04-02", n: 1,
		text: "Five herders burnt alive in raid near Mopti.",
		want: []wantEvent{{country: "Mali", fatal: 5, claims: []wantClaim{{kind: "killed", count: 5}}}}},
	{name: "burnt alive, active with the object between", pub: "2025-04-02", n: 1,
		text: "Militia fighters burn three traders alive near Kani.",
		want: []wantEvent{{country: "Myanmar", fatal: 3, claims: []wantClaim{{kind: "killed", count: 3}}}}},
	{name: "burnt houses are no dead", pub: "2025-04-02", n: 1,
		text: "Rioters burned 12 houses in Mopti.",
		want: []wantEvent{{country: "Mali", fatal: 0}}, noCount: []int{12}},
}

func TestKillingNouns(t *testing.T) { runReports(t, killingNounReports) }

// A killing phrase of several words after its counted victims ("were shot
// dead", "were beaten to death", "were fatally shot") counts them as
// killed, as "were killed" does.
var passiveKillPhraseReports = []report{
	{name: "wire, shot dead by a named force", pub: "2025-04-02", n: 1,
		text: "Four miners were shot dead by soldiers near Tessalit on Monday, residents said.",
		want: []wantEvent{{country: "Mali", fatal: 4, claims: []wantClaim{{kind: "killed", count: 4, who: "miners"}}}}},
	{name: "agency, beaten to death", pub: "2025-04-02", n: 1,
		text: "Two traders were beaten to death by a mob in Kirkuk, police said.",
		want: []wantEvent{{country: "Iraq", fatal: 2, claims: []wantClaim{{kind: "killed", count: 2, who: "traders"}}}}},
	{name: "coder's note, fatally shot", pub: "2025-04-02", n: 1,
		text: "On 30 March 2025, 3 herders were fatally shot by bandits in Zamfara.",
		want: []wantEvent{{country: "Nigeria", fatal: 3, claims: []wantClaim{{kind: "killed", count: 3, who: "herders"}}}}},
}

func TestPassiveKillPhrases(t *testing.T) { runReports(t, passiveKillPhraseReports) }

// Military bulletins of South Asia tell their own dead as having
// "embraced martyrdom" and the militants' as "sent to hell".
var bulletinKillReports = []report{
	{name: "bulletin, both sides' dead", pub: "2025-04-02", n: 1,
		text: "Two soldiers embraced shahadat while five terrorists were sent to hell in an exchange of fire near Kirkuk, the military said.",
		want: []wantEvent{{country: "Iraq", fatal: -1, claims: []wantClaim{{kind: "killed", count: 2, who: "soldiers"}, {kind: "killed", count: 5, who: "terrorists"}}}}},
}

func TestBulletinKills(t *testing.T) { runReports(t, bulletinKillReports) }

// A night runs into the next morning: the wounded a hospital received
// "overnight" are the ones of the clash before dawn, told in the same
// report.
var nightSpanReports = []report{
	{name: "wire, a clash before dawn and the night's wounded", pub: "2025-04-08", n: 1,
		text: "Gunmen and soldiers exchanged fire in Kirkuk before dawn on Tuesday, killing three soldiers, officials said.\n\n" +
			"A doctor at the city's hospital said it had received eight wounded overnight.",
		want: []wantEvent{{country: "Iraq", date: "2025-04-08", fatal: 3, claims: []wantClaim{{kind: "killed", count: 3}, {kind: "wounded", count: 8}}}}},
}

func TestNightSpan(t *testing.T) { runReports(t, nightSpanReports) }

// A plural subject before a killing verb is its doer when a count of the
// verb's object follows, qualified or not ("Gunmen killed at least seven
// worshippers", "killed over 20"); with a time or place after the verb
// the plural is the dead ("Soldiers killed at dawn").
var pluralDoerReports = []report{
	{name: "wire, at least", pub: "2025-04-02", n: 1,
		text: "Gunmen killed at least seven worshippers at a church in Kirkuk on Sunday.",
		want: []wantEvent{{country: "Iraq", fatal: 7, claims: []wantClaim{{kind: "killed", count: 7, who: "worshippers"}}}}},
	{name: "agency, over", pub: "2025-04-02", n: 1,
		text: "Bandits killed over 20 villagers in Zamfara on Monday.",
		want: []wantEvent{{country: "Nigeria", fatal: 20, claims: []wantClaim{{kind: "killed", count: 20, who: "villagers"}}}}},
}

func TestPluralDoers(t *testing.T) { runReports(t, pluralDoerReports) }

// A force's full name is a long "of" chain whose "for" joins capitalised
// words of one name: the count's people run through it to their verb
// (maxCountedPhrase, inName).
var longForceNameReports = []report{
	{name: "state agency, a border serviceman named by his service's full name", pub: "2025-03-20", n: 1,
		text: "One serviceman of the Border Troops of the State Committee for National Security of Tajikistan was killed near Isfara on Tuesday.",
		want: []wantEvent{{country: "Tajikistan", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
	{name: "a lower-case for still ends the phrase", pub: "2025-03-20", n: 1,
		text: "Two men were detained for questioning after the ambush near Isfara on Tuesday.",
		want: []wantEvent{{claims: []wantClaim{{kind: "detained", count: 2, who: "men"}}}}},
}

func TestLongForceName(t *testing.T) { runReports(t, longForceNameReports) }

// "Feared" hedges a toll as "believed" does: the count stands, and the
// people counted end before it ("12 people are feared dead").
var fearedTollReports = []report{
	{name: "sahel wire, a toll feared", pub: "2025-03-20", n: 1,
		text: "At least 12 people are feared dead after gunmen attacked a village near Menaka on Sunday.",
		want: []wantEvent{{fatal: 12, claims: []wantClaim{{kind: "killed", count: 12, who: "people"}}}}},
	{name: "headline, feared dead", pub: "2025-03-20", n: 1,
		text: "Nine feared dead as gunmen storm village near Menaka",
		want: []wantEvent{{fatal: 9}}},
}

func TestFearedToll(t *testing.T) { runReports(t, fearedTollReports) }

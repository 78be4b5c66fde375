package extract

import "testing"

// Two acts joined by "and" befall the same victims: "abducted and
// killed", "chased and shot dead" count the dead (killedAfterAnd), and an
// abduction in which people are killed or hurt is an attack, as the
// codebook keeps abductions for those without further violence
// (abductionUnlessHurt). Headlines' present tense of the forces' words for
// killing ("neutralise", "eliminate") counts the dead as the past does.
var coordinatedReports = []report{
	{name: "latin america wire, passive count abducted and killed", pub: "2025-08-04", n: 1,
		text: "Two taxi drivers were abducted and killed in Culiacan on Saturday, state prosecutors said.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", country: "Mexico", fatal: 2,
			claims: []wantClaim{{kind: "killed", count: 2}}}}},
	{name: "sahel headline, bare victim kidnapped and executed", pub: "2025-08-04", n: 1,
		text: "Village chief kidnapped and executed near Menaka.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", country: "Mali", fatal: 1}}},
	{name: "west africa coder note, chased and shot dead", pub: "2025-08-04", n: 1,
		text: "On 2 August 2025, a motorcyclist was chased and shot dead by unidentified gunmen in Kaduna.",
		want: []wantEvent{{date: "2025-08-02", typ: "Violence against civilians", sub: "Attack", fatal: 1}}},
	{name: "abduction without harm stays an abduction", pub: "2025-08-04", n: 1,
		text: "Gunmen abducted 14 farmers in Zamfara on Sunday, residents said.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Abduction/forced disappearance", country: "Nigeria", fatal: 0}}},
	{name: "a raid that kills a guard and abducts pupils is an attack", pub: "2025-08-04", n: 1,
		text: "Bandits killed a security guard and abducted 20 pupils from a school in Kebbi on Thursday.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", fatal: 1}}},
	{name: "nigerian headline, present tense neutralise", pub: "2025-08-04", n: 1,
		text: "Troops neutralise 9 insurgents, recover weapons in Borno.",
		want: []wantEvent{{typ: "Battles", country: "Nigeria", fatal: 9, claims: []wantClaim{{kind: "killed", count: 9}}}}},
	{name: "latin america headline, present tense eliminate", pub: "2025-08-04", n: 1,
		text: "Soldiers eliminate four gunmen in Michoacan clash.",
		want: []wantEvent{{typ: "Battles", country: "Mexico", fatal: 4}}},
	{name: "sahel coder note, a count's next act is no more people", pub: "2025-08-04", n: 1,
		text: "On 1 August 2025, Dozo hunters attacked a Fulani hamlet near Djenne, killing 9 and burning granaries.",
		want: []wantEvent{{date: "2025-08-01", typ: "Violence against civilians", fatal: 9}}},
	{name: "latin america wire, counted people and the next act's object", pub: "2025-08-04", n: 1,
		text: "Gunmen killed six farmhands and torched two trucks on a ranch in Michoacan on Sunday, prosecutors said.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", fatal: 6}}},
	{name: "middle east wire, an act's second object after a possessive", pub: "2025-08-04", n: 1,
		text: "A drone struck a house in Bayda on Sunday, killing a woman and her two children, medics said.",
		want: []wantEvent{{fatal: 3}}},
	{name: "a lone victim and his kin", pub: "2025-08-04", n: 1,
		text: "Gunmen killed a schoolteacher and his wife in Kohat on Sunday, police said.",
		want: []wantEvent{{typ: "Violence against civilians", fatal: 2}}},
	{name: "south asian bulletin, paramilitary rangers are the state's forces", pub: "2025-08-04", n: 1,
		text: "Two Rangers were martyred and three terrorists killed in an operation in Khyber Pakhtunkhwa, the military said.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Military Forces of"}, fatal: 5}}},
	{name: "headline, a lone victim and his kin before the participle", pub: "2025-08-04", n: 1,
		text: "Shepherd and his son shot dead near Menaka",
		want: []wantEvent{{typ: "Violence against civilians", fatal: 2}}},
	{name: "wire, the dead who lost their lives", pub: "2025-08-04", n: 1,
		text: "At least five soldiers lost their lives when a roadside bomb hit their truck near Menaka on Sunday.",
		want: []wantEvent{{fatal: 5, claims: []wantClaim{{kind: "killed", count: 5}}}}},
	{name: "headline, a dozen without its article", pub: "2025-08-04", n: 1,
		text: "Airstrikes kill dozen Houthi fighters in Bayda",
		want: []wantEvent{{fatal: 12}}},
	{name: "south asian flash, an inclusion without its closing comma", pub: "2025-08-04", n: 1,
		text: "Four BLA terrorists, including a key commander were killed during an operation in Kohat.",
		want: []wantEvent{{fatal: 4, claims: []wantClaim{{kind: "killed", count: 4}}}}},
	{name: "a modifier naming the counted people's group", pub: "2025-08-04", n: 1,
		text: "At least 3 fighters affiliated with a local militia were killed near Menaka on Sunday.",
		want: []wantEvent{{fatal: 3, claims: []wantClaim{{kind: "killed", count: 3}}}}},
	{name: "headline, a lone victim who dies", pub: "2025-08-04", n: 1,
		text: "Conscript dies in attack on border post near Menaka",
		want: []wantEvent{{fatal: 1}}},
	{name: "headline, killed and wounded written with a comma are casualties", pub: "2025-08-04", n: 1,
		text: "Dozens of insurgents killed, wounded in Kunduz operations: MoD",
		want: []wantEvent{{fatal: 0, claims: []wantClaim{{kind: "casualties", count: 24}}}}},
	{name: "a plan to neutralise is no event", pub: "2025-08-04", n: 0,
		text: "The governor vowed to neutralise every bandit in Katsina before the rains."},
}

func TestCoordinatedActs(t *testing.T) { runReports(t, coordinatedReports) }

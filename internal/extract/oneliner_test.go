package extract

import "testing"

// A one-line report of a lone victim takes its type from who the victim
// is, by the codebook: a civilian killed by anyone but the forces of a
// clash is an attack on civilians (the civilians its target, named or
// not); forces or fighters killed are a clash.
var onelinerTypeReports = []report{
	{name: "sahel coder summary, farmer killed by unknown men", pub: "2025-05-12", n: 1,
		text: "A farmer was killed by unidentified gunmen near Djibo.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Civilians (Burkina Faso)"}, country: "Burkina Faso", fatal: 1}}},
	{name: "south asia flash, health worker as object", pub: "2025-05-12", n: 1,
		text: "Gunmen kill vaccinator in Bannu: police.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Unidentified Armed Group", "Civilians (Pakistan)"}, country: "Pakistan", fatal: 1}}},
	{name: "latin america wire, teacher with an article", pub: "2025-05-12", n: 1,
		text: "Gunmen shot dead a teacher in Apatzingan on Sunday, state prosecutors said.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Civilians (Mexico)"}, country: "Mexico", fatal: 1}}},
	{name: "middle east headline, police constable is a clash", pub: "2025-05-12", n: 1,
		text: "Police constable killed in Kirkuk.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", country: "Iraq", fatal: 1}}},
	{name: "south asia headline, a police officer shot dead by unnamed hands", pub: "2025-05-12", n: 1,
		text: "Police inspector shot dead in Miranshah.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"Unidentified Armed Group", "Police Forces of Pakistan"}, fatal: 1}}},
	{name: "central asia, border guard shot by smugglers", pub: "2025-05-12", n: 1,
		text: "Smugglers kill border guard near Khorog.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", country: "Tajikistan", fatal: 1}}},
	{name: "middle east wire, a civilian driver among fighters killed by a roadside bomb is no attack on civilians", pub: "2025-05-12", n: 1,
		title: "Roadside bomb kills Houthi security personnel in Marib's Sirwah district",
		text:  "A roadside bomb struck a pickup carrying Houthi security personnel in Sirwah district of Marib on Sunday, killing three of them, local officials said. Tribal elders said five people were killed, among them the civilian driver of a second car.",
		want:  []wantEvent{{actors: []string{"Ansar Allah"}, country: "Yemen", fatal: -1, notCiv: true}}},
	{name: "south asia headline, a bare person arrested", pub: "2025-05-12", n: 1,
		text: "Police arrest journalist in Chaman.",
		want: []wantEvent{{typ: "Strategic developments", sub: "Arrests", actors: []string{"Police Forces of Pakistan"}, country: "Pakistan",
			claims: []wantClaim{{kind: "detained", count: 1}}}}},
	{name: "compound noun: the last noun is the victim", pub: "2025-05-12", n: 1,
		text: "Militia commander killed in Ituri.",
		want: []wantEvent{{country: "Democratic Republic of Congo", fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
}

func TestOnelinerTypes(t *testing.T) { runReports(t, onelinerTypeReports) }

// One-line reports tell an incident in forms running text seldom uses: a
// noun phrase or a passive with no verb of its own, the act named by a
// noun ("claims killing of"), a possessive or "the head of" as the object,
// a victim by name alone, a nationality as the victim, a quoted verb, and
// the plurals and present tense of the event words.
var onelinerIncidentReports = []report{
	{name: "agency headline, nationality and role as subject", pub: "2025-05-12", n: 1,
		text: "Tajik volunteer killed in Sagaing - agency.",
		want: []wantEvent{{country: "Myanmar", admin1: "Sagaing", fatal: 1}}},
	{name: "noun-phrase headline, plural explosions hit forces", pub: "2025-05-12", n: 1,
		text: "Mogadishu blasts target army convoy.",
		want: []wantEvent{{typ: "Explosions/Remote violence", country: "Somalia"}}},
	{name: "coder summary, a name and a participle", pub: "2025-05-12", n: 1,
		text: "Juan Carlos Ortega, killed in Culiacan.",
		want: []wantEvent{{country: "Mexico", fatal: 1}}},
	{name: "bodies found, counted", pub: "2025-05-12", n: 1,
		text: "Nine bodies found in Michoacan.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", country: "Mexico", fatal: 9}}},
	{name: "bodies recovered, verb before", pub: "2025-05-12", n: 1,
		text: "ALERT: Levies have recovered three bullet-riddled bodies near Chaman.",
		want: []wantEvent{{typ: "Violence against civilians", country: "Pakistan", fatal: 3}}},
	{name: "body of a lone victim found", pub: "2025-05-12", n: 1,
		text: "Deir ez-Zor | Shepherds find body of young man near Mosul.",
		want: []wantEvent{{typ: "Violence against civilians", country: "Iraq", fatal: 1}}},
	{name: "plural nationality found dead, source after colon", pub: "2025-05-12", n: 1,
		text: "Yemenis found dead with gunshot wounds in Hodeidah: medics.",
		want: []wantEvent{{typ: "Violence against civilians", country: "Yemen", fatal: 2}}},
	{name: "casualties among forces, no count", pub: "2025-05-12", n: 1,
		text: "Vehicle losses and casualties among government forces in Idlib.",
		want: []wantEvent{{typ: "Battles", country: "Syria", admin1: "Idlib"}}},
	{name: "forces sustain casualties", pub: "2025-05-12", n: 1,
		text: "Afghan forces sustain casualties in Kunduz - news agency.",
		want: []wantEvent{{typ: "Battles", country: "Afghanistan", admin1: "Kunduz"}}},
	{name: "plural raids with a count of raids", pub: "2025-05-12", n: 1,
		text: "At least five raids on villages near Tessalit.",
		want: []wantEvent{{country: "Mali", fatal: 0}}},
	{name: "quoted verb with a wanted fugitive", pub: "2025-05-12", n: 1,
		text: "Somali army 'kills wanted militant' in Jilib.",
		want: []wantEvent{{typ: "Battles", country: "Somalia", fatal: 1}}},
	{name: "group claims the killing of a constable", pub: "2025-05-12", n: 1,
		text: "TTP claims killing of police constable in Bannu.",
		want: []wantEvent{{typ: "Battles", country: "Pakistan", claims: []wantClaim{{kind: "killed", count: 1}}, fatal: -1}}},
	{name: "possessive object, relative of an official", pub: "2025-05-12", n: 1,
		text: "Gunmen kill former mayor's brother in Tame, say police.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", country: "Colombia", fatal: 1}}},
	{name: "army says it killed the head of a group", pub: "2025-05-12", n: 1,
		text: "Army says it killed the head of the militia in Ituri.",
		want: []wantEvent{{country: "Democratic Republic of Congo", fatal: 1}}},
	{name: "country's official as object", pub: "2025-05-12", n: 1,
		text: "Turkey says killed PKK's intelligence chief in Basra.",
		want: []wantEvent{{country: "Iraq", fatal: 1}}},
	{name: "present tense gun down", pub: "2025-05-12", n: 1,
		text: "Unknown attackers gun down tribal elder in Kandahar.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", country: "Afghanistan", fatal: 1}}},
	{name: "fatally shoot, named youth", pub: "2025-05-12", n: 1,
		text: "Border guards fatally shoot Baloch youth Karim Baksh near Chaman.",
		want: []wantEvent{{typ: "Violence against civilians", country: "Pakistan", fatal: 1}}},
	{name: "victim by name after a killing verb", pub: "2025-05-12", n: 1,
		text: "The Taliban have killed Rahmatullah Nazari in Kunduz.",
		want: []wantEvent{{country: "Afghanistan", fatal: 1}}},
	{name: "nationality as the victim", pub: "2025-05-12", n: 1,
		text: "Israeli drone kills Syrian in Idlib.",
		want: []wantEvent{{typ: "Explosions/Remote violence", country: "Syria", fatal: 1}}},
	{name: "targeted in an air strike is the air strike", pub: "2025-05-12", n: 1,
		text: "Two houses were targeted in an airstrike in Kunduz.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", country: "Afghanistan"}}},
	{name: "posts destroyed of an armed group are fighting", pub: "2025-05-12", n: 1,
		text: "Pakistani troops destroy Taliban posts near Chaman.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", country: "Pakistan"}}},
	{name: "arrest raids are arrests", pub: "2025-05-12", n: 1,
		text: "Police arrest 14 suspects in raids in Osh.",
		want: []wantEvent{{typ: "Strategic developments", sub: "Arrests", country: "Kyrgyzstan"}}},
}

func TestOnelinerIncidents(t *testing.T) { runReports(t, onelinerIncidentReports) }

// Lines that tell no incident stay uncoded: report and book titles, dates,
// digests, lists of names, statements and the situation somewhere, even
// when they hold an event word or capitalised names.
func TestOnelinerNonIncidents(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"Quarterly Report on the Protection of Civilians in Mali: January to March 2024.",
		"Tuesday 4 March 2025.",
		"Kabul media highlights 12 Mar 25.",
		"Abdul Rahman Karimi Mohammad Yusuf Hakimi.",
		"Statement of the Front Regarding the Crimes Against the Bodies of Resistance Fighters.",
		"The situation in Mopti at the beginning of 2024.",
		"Yemen Weekly Security Digest: 3-9 March.",
		"Human Rights Watch: Killings Without Consequence in the Sahel.",
		"Police warn they will target smugglers in Osh.",
		"Names of the victims: Karim Jan, Rahim Gul.",
	} {
		if evs := x.Extract(Article{ID: "n", Text: text, Published: mustDay("2025-05-12")}); len(evs) != 0 {
			t.Errorf("%q: %d events (%s/%s), want none", text, len(evs), evs[0].EventType, evs[0].SubEventType)
		}
	}
}

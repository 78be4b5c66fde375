package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/fuse"
)

type wantClaim struct {
	kind     string
	count    int
	attr     string // substring of AttributedTo ("" = any)
	who      string // substring of Who ("" = any)
	headline bool
}

type wantEvent struct {
	date    string
	prec    int
	typ     string
	sub     string
	actors  []string // each a substring of actor1/actor2/assoc
	country string
	admin1  string
	admin2  string
	loc     string
	bg      bool
	civ     bool
	claims  []wantClaim
	denials []string // substrings of Denial.By
	fatal   int      // -1: don't check
	geo     int      // geo_precision (0: don't check)
	notLoc  string   // the location must not be this
	notCiv  bool     // no actor is civilians
}

type report struct {
	name    string
	pub     string
	title   string
	text    string
	n       int // exact number of events
	want    []wantEvent
	noCount []int  // no claim of any kind with these counts
	lang    string // the article's language as cleaning names it ("" not named)
}

// reports are short made-up reports in new wording about other places.
var reports = []report{
	{name: "wire dateline names where the story was filed, not the place", pub: "2026-07-15",
		title: "Three guards killed in Batken shootout",
		text:  `Bishkek, July 15 (Steppe Wire) - Kyrgyz and Tajik border guards exchanged fire near the village of Ak-Sai in Batken region on Tuesday, killing three Kyrgyz servicemen, Kyrgyzstan's border service said.`,
		n:     1,
		want: []wantEvent{{date: "2026-07-14", prec: 1, typ: "Battles", country: "Kyrgyzstan", admin1: "Batken", loc: "Ak-Sai", fatal: 3,
			claims: []wantClaim{{kind: "killed", count: 3, attr: "border service"}, {kind: "killed", count: 3, headline: true}}}},
	},
	{name: "pakistan checkpoint, On August 26th, he said, N of the attackers", pub: "2023-08-28",
		title: "Militants attack checkpoint in North Waziristan",
		text: `On August 26th, TTP militants attacked a security checkpoint near Miranshah in North Waziristan, killing four soldiers. Two other soldiers were wounded, according to the Inter-Services Public Relations.

A military spokesman said troops killed seven of the attackers in the exchange of fire. "They came from across the border," he said, adding that two more soldiers died later in hospital.`,
		n: 1,
		want: []wantEvent{{date: "2023-08-26", prec: 1, typ: "Battles", sub: "Armed clash", actors: []string{"TTP", "Military Forces of Pakistan"},
			country: "Pakistan", admin1: "Khyber Pakhtunkhwa", loc: "Miranshah", fatal: -1,
			claims: []wantClaim{{kind: "killed", count: 4, who: "soldiers"}, {kind: "wounded", count: 2, attr: "Inter-Services"},
				{kind: "killed", count: 7, attr: "military spokesman", who: "attackers"}, {kind: "killed", count: 2, attr: "military spokesman"}}}},
	},
	{name: "syria air strike, on Wednesday, November 6, denial", pub: "2019-11-08",
		text: `Unidentified warplanes struck a market in Ariha in Idlib province on Wednesday, November 6, killing at least 11 civilians, the Syrian Observatory for Human Rights said.

Russia's defence ministry denied that its aircraft had carried out any strikes in the area.`,
		n: 1,
		want: []wantEvent{{date: "2019-11-06", prec: 1, typ: "Explosions/Remote violence", sub: "Air/drone strike",
			actors: []string{"Unidentified Military Forces", "Civilians (Syria)"}, admin1: "Idlib", loc: "Ariha", civ: true, fatal: 11,
			claims:  []wantClaim{{kind: "killed", count: 11, attr: "Syrian Observatory"}},
			denials: []string{"Russia"}}},
	},
	{name: "mali abduction, June 27, responsibility", pub: "2022-06-30",
		text: `Gunmen abducted 12 villagers near Djenne in the Mopti region on June 27, local officials said. JNIM claimed responsibility for the kidnapping in a statement.`,
		n:    1,
		want: []wantEvent{{date: "2022-06-27", prec: 1, typ: "Violence against civilians", sub: "Abduction/forced disappearance",
			actors: []string{"JNIM", "Civilians (Mali)"}, admin1: "Mopti", loc: "Djenne", fatal: -1,
			claims: []wantClaim{{kind: "captured", count: 12, attr: "local officials", who: "villagers"}}}},
	},
	{name: "myanmar shelling, in May, fled", pub: "2023-06-15",
		text: `In May, more than 3,000 villagers fled into India after the military shelled Kani township in Sagaing region, a local aid group said.`,
		n:    1,
		want: []wantEvent{{date: "2023-05-01", prec: 3, typ: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack",
			actors: []string{"Military Forces of Myanmar"}, admin1: "Sagaing", admin2: "Kani", fatal: -1,
			claims: []wantClaim{{kind: "fled", count: 3000, attr: "aid group"}}}},
	},
	{name: "kyrgyz-tajik border, early September, denial, two events", pub: "2022-09-20",
		title: "Border clashes between Kyrgyzstan and Tajikistan",
		text: `In early September, Kyrgyz border guards and Tajik troops exchanged fire near Kok-Tash in Batken region, leaving three Kyrgyz servicemen dead, the Kyrgyz border service said. Tajikistan denied that its forces had opened fire first.

Separately, on September 16, Kyrgyz police detained five men in Batken on suspicion of smuggling weapons.`,
		n: 2,
		want: []wantEvent{
			{date: "2022-09-01", typ: "Battles", sub: "Armed clash", actors: []string{"Military Forces of Kyrgyzstan", "Military Forces of Tajikistan"},
				country: "Kyrgyzstan", admin1: "Batken", fatal: 3,
				claims:  []wantClaim{{kind: "killed", count: 3, attr: "Kyrgyz border service"}},
				denials: []string{"Tajikistan"}},
			{date: "2022-09-16", prec: 1, typ: "Strategic developments", sub: "Arrests", actors: []string{"Police Forces of Kyrgyzstan"},
				admin1: "Batken", fatal: -1, claims: []wantClaim{{kind: "detained", count: 5}}},
		},
	},
	{name: "yemen, last week, killed or wounded", pub: "2021-03-10",
		text: `Last week, Houthi fighters launched an assault on government positions in Sirwah district of Marib province. A military source said 30 soldiers were killed or wounded in the fighting.`,
		n:    1,
		want: []wantEvent{{date: "2021-03-01", prec: 2, typ: "Battles", actors: []string{"Ansar Allah", "Military Forces of Yemen"},
			admin1: "Marib", admin2: "Sirwah", fatal: 0,
			claims: []wantClaim{{kind: "casualties", count: 30, attr: "military source"}}}},
	},
	{name: "kunduz deployment, in the past week", pub: "2021-07-10",
		text: `In the past week, the Taliban have deployed about 2,000 fighters to Imam Sahib district in Kunduz province, a provincial council member said.`,
		n:    1,
		want: []wantEvent{{prec: 2, typ: "Strategic developments", sub: "Change to group/activity", actors: []string{"Taliban"},
			admin1: "Kunduz", admin2: "Imam Sahib", fatal: -1,
			claims: []wantClaim{{kind: "deployed", count: 2000, attr: "council member"}}}},
	},
	{name: "mogadishu suicide bomb, a few hours ago", pub: "2022-10-29",
		text: `A few hours ago, a suicide bomber blew himself up at a restaurant in Mogadishu, killing nine people and injuring 17, police said. Al-Shabaab claimed the attack.`,
		n:    1,
		want: []wantEvent{{date: "2022-10-29", prec: 1, typ: "Explosions/Remote violence", sub: "Suicide bomb", actors: []string{"Al Shabaab"},
			loc: "Mogadishu", fatal: 9,
			claims: []wantClaim{{kind: "killed", count: 9, attr: "police"}, {kind: "wounded", count: 17, attr: "police"}}}},
	},
	{name: "borno, In July 2018 background, two events", pub: "2023-04-02",
		text: `Boko Haram fighters killed 14 farmers near Maiduguri in Borno state on Saturday, residents said. In July 2018, the group killed more than 40 people in a similar attack on a village in Borno.`,
		n:    2,
		want: []wantEvent{
			{date: "2023-04-01", prec: 1, typ: "Violence against civilians", sub: "Attack", actors: []string{"Boko Haram", "Civilians (Nigeria)"},
				loc: "Maiduguri", fatal: 14, claims: []wantClaim{{kind: "killed", count: 14, attr: "residents", who: "farmers"}}},
			{date: "2018-07-01", prec: 3, bg: true, actors: []string{"Boko Haram"}, admin1: "Borno", fatal: -1,
				claims: []wantClaim{{kind: "killed", count: 40}}},
		},
	},
	{name: "speculation, opinion and the future make no event", pub: "2023-01-10",
		text: `Analysts suggested that the militants may have been planning an attack on Peshawar. It is likely that more clashes will follow.

The army will deploy 5,000 troops to Batken next week. If the talks fail, fighting could resume.`,
		n: 0,
	},
	{name: "misleading headline number", pub: "2023-05-11",
		title: "300 militants killed in massive operation",
		text:  `Security forces killed 12 militants in a raid on a hideout near Peshawar on Tuesday, the army said. The operation involved 300 troops.`,
		n:     1,
		// the army counting the militants it killed is an official claim:
		// the toll, as nobody else gives one (FatalitiesRule)
		want: []wantEvent{{date: "2023-05-09", prec: 1, typ: "Battles", actors: []string{"Military Forces of Pakistan"}, loc: "Peshawar", fatal: 12,
			claims: []wantClaim{{kind: "killed", count: 12, attr: "army"}}}},
		noCount: []int{300},
	},
	{name: "headline number the body supports", pub: "2023-03-07",
		title: "7 killed in Gao market attack",
		text:  `Gunmen killed seven civilians at a market in Gao on Monday, officials said.`,
		n:     1,
		want: []wantEvent{{date: "2023-03-06", typ: "Violence against civilians", loc: "Gao", fatal: 7,
			claims: []wantClaim{{kind: "killed", count: 7, attr: "officials"}, {kind: "killed", count: 7, headline: true}}}},
	},
	{name: "captured soldiers are a battle", pub: "2022-06-10",
		text: `JNIM fighters captured 20 Malian soldiers near Menaka on June 3, a security source told AFP.`,
		n:    1,
		want: []wantEvent{{date: "2022-06-03", typ: "Battles", sub: "Armed clash", actors: []string{"JNIM", "Military Forces of Mali"}, loc: "Menaka", fatal: 0,
			claims: []wantClaim{{kind: "captured", count: 20, attr: "security source"}}}},
	},
	{name: "civil war told as history", pub: "2021-05-01",
		text: `Tajikistan fought a civil war from 1992 to 1997 in which tens of thousands of people died. Today the country is calm.`,
		n:    1,
		want: []wantEvent{{date: "1992-01-01", bg: true, fatal: -1, claims: []wantClaim{{kind: "killed", count: 20000}}}},
	},
	{name: "singular victims, IED", pub: "2021-02-17",
		text: `A policeman and a civilian were killed when a roadside bomb exploded in Spin Boldak district of Kandahar on Monday, a police spokesman said.`,
		n:    1,
		want: []wantEvent{{date: "2021-02-15", typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", admin1: "Kandahar", admin2: "Spin Boldak", fatal: 2,
			claims: []wantClaim{{kind: "killed", count: 2, attr: "police spokesman", who: "policeman"}}}},
	},
	{name: "group sizes and populations are not casualties", pub: "2022-02-01",
		text: `A group of about 1,500 fighters gathered near Menaka, a town of 20,000 people, on Sunday. Some 2,000 Kyrgyz citizens have joined militant groups abroad.`,
		n:    0,
	},
	{name: "ministry statement, neutralized, the ministry said", pub: "2020-10-05",
		text: `Kyrgyz security forces clashed with an armed gang near Kok-Tash on Saturday, the Ministry of Interior said.

"As a result of the operation, six members of the gang were neutralized and three were detained," the ministry said. Two attackers fled across the border, according to the statement.`,
		n: 1,
		want: []wantEvent{{date: "2020-10-03", typ: "Battles", actors: []string{"Military Forces of Kyrgyzstan"}, loc: "Kok-Tash", fatal: 6,
			claims: []wantClaim{{kind: "killed", count: 6, attr: "Ministry of Interior"}, {kind: "detained", count: 3, attr: "Ministry of Interior"},
				{kind: "fled", count: 2, attr: "Ministry of Interior"}}}},
	},
}

func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New(fakeGeo{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func actorText(e event.Event) string {
	return strings.Join([]string{e.Actor1, e.Actor2, e.AssocActor1, e.AssocActor2}, " | ")
}

func matchEvent(w wantEvent, e event.Event) bool {
	if w.date != "" && e.EventDate != w.date {
		return false
	}
	if w.typ != "" && e.EventType != w.typ {
		return false
	}
	return true
}

func checkEvent(w wantEvent, e event.Event) []string {
	var errs []string
	f := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	if w.prec != 0 && e.TimePrecision != w.prec {
		f("time_precision %d, want %d", e.TimePrecision, w.prec)
	}
	if w.sub != "" && e.SubEventType != w.sub {
		f("sub_event_type %q, want %q", e.SubEventType, w.sub)
	}
	at := actorText(e)
	for _, a := range w.actors {
		if !strings.Contains(at, a) {
			f("actors %q lack %q", at, a)
		}
	}
	for _, c := range [][3]string{{"country", e.Country, w.country}, {"admin1", e.Admin1, w.admin1}, {"admin2", e.Admin2, w.admin2}, {"location", e.Location, w.loc}} {
		if c[2] != "" && c[1] != c[2] {
			f("%s %q, want %q", c[0], c[1], c[2])
		}
	}
	if w.geo != 0 && e.GeoPrecision != w.geo {
		f("geo_precision %d, want %d", e.GeoPrecision, w.geo)
	}
	if w.notLoc != "" && (e.Location == w.notLoc || e.Admin1 == w.notLoc) {
		f("placed in %q (%s)", w.notLoc, e.Admin1)
	}
	if e.Background != w.bg {
		f("background %v, want %v", e.Background, w.bg)
	}
	if w.civ && e.CivilianTargeting == "" {
		f("civilian targeting not set")
	}
	if w.notCiv && strings.Contains(actorText(e), "Civilians") {
		f("civilians as a party: %s", actorText(e))
	}
	// The toll is fuse's rule applied to the claims: the event as stored
	// while this article alone reports it.
	if got := fuse.Alone(e).Fatalities; w.fatal >= 0 && got != w.fatal {
		f("fatalities %d, want %d", got, w.fatal)
	}
	for _, wc := range w.claims {
		ok := false
		for _, c := range e.Claims {
			if c.Kind == wc.kind && c.Count == wc.count && strings.Contains(c.AttributedTo, wc.attr) &&
				strings.Contains(c.Who, wc.who) && c.Headline == wc.headline && c.Quote != "" {
				ok = true
			}
		}
		if !ok {
			f("no claim %+v in %s", wc, claimsString(e.Claims))
		}
	}
	for _, by := range w.denials {
		ok := false
		for _, d := range e.Denials {
			if strings.Contains(d.By, by) && d.Quote != "" {
				ok = true
			}
		}
		if !ok {
			f("no denial by %q in %+v", by, e.Denials)
		}
	}
	if len(e.Articles) != 1 {
		f("articles %v", e.Articles)
	}
	return errs
}

func claimsString(cs []event.Claim) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "[%s %d who=%q by=%q head=%v] ", c.Kind, c.Count, c.Who, c.AttributedTo, c.Headline)
	}
	return b.String()
}

func TestReports(t *testing.T) { runReports(t, reports) }

func runReports(t *testing.T, reports []report) {
	x := testExtractor(t)
	for _, r := range reports {
		t.Run(r.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "t", Origin: "t.txt", Outlet: "Test", Title: r.title, Text: r.text, Published: mustDay(r.pub), Language: r.lang})
			for _, e := range evs {
				// Event IDs and exports are keyed on the ISO code: an
				// event placed in a country always carries it.
				if e.Country != "" && e.ISO == "" {
					t.Errorf("event in %s (%s) has no ISO code", e.Country, e.Location)
				}
			}
			if len(evs) != r.n {
				for _, e := range evs {
					t.Logf("got %s %s/%s %s", e.EventDate, e.EventType, e.SubEventType, e.Notes)
				}
				t.Errorf("%d events, want %d", len(evs), r.n)
			}
			used := map[int]bool{}
			for _, w := range r.want {
				found := -1
				for i, e := range evs {
					if !used[i] && matchEvent(w, e) {
						found = i
						break
					}
				}
				if found < 0 {
					t.Errorf("no event dated %q of type %q", w.date, w.typ)
					for _, e := range evs {
						t.Logf("  have %s %s/%s %s", e.EventDate, e.EventType, e.SubEventType, e.Notes)
					}
					continue
				}
				used[found] = true
				for _, err := range checkEvent(w, evs[found]) {
					t.Errorf("event %s %s: %s", evs[found].EventDate, evs[found].EventType, err)
				}
			}
			for _, e := range evs {
				if e.EventDate == r.pub && e.Background {
					t.Errorf("background event dated to publication day")
				}
				for _, c := range e.Claims {
					for _, n := range r.noCount {
						if c.Count == n {
							t.Errorf("claim %s %d should not exist (%q)", c.Kind, n, c.Quote)
						}
					}
				}
			}
		})
	}
}

func BenchmarkExtract(b *testing.B) {
	x := testExtractor(b)
	var arts []Article
	for _, r := range reports {
		arts = append(arts, Article{ID: "t", Title: r.title, Text: r.text, Published: mustDay(r.pub)})
	}
	// articles of 3-5 KB: the reports joined in fours
	var big []Article
	for i := 0; i+4 <= len(arts); i += 4 {
		a := arts[i]
		for _, o := range arts[i+1 : i+4] {
			a.Text += "\n\n" + o.Text
		}
		big = append(big, a)
	}
	n := 0
	for _, a := range big {
		n += len(a.Text)
	}
	b.SetBytes(int64(n / len(big)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(big[i%len(big)])
	}
}

// Generalisation tests: one report per kind of error seen on the team's
// examples, told in new words about other places.

// A wire dateline names where the story was filed: never the event's place,
// even when the only other place of the sentence is a province.
func TestDatelineIsNotThePlace(t *testing.T) {
	runReports(t, []report{{name: "dateline city and a province", pub: "2024-03-04",
		text: `DAMASCUS, March 4 (Levant Wire) - Government troops and rebel fighters clashed in Idlib province on Sunday, killing at least 12 fighters, a monitoring group said.`,
		n:    1,
		want: []wantEvent{{date: "2024-03-03", typ: "Battles", country: "Syria", admin1: "Idlib", notLoc: "Damascus", geo: 3, fatal: 12}},
	}, {name: "dateline city only gives the country", pub: "2024-03-04",
		text: `Damascus, March 4 (Levant Wire) - Gunmen killed four soldiers at a checkpoint on Sunday, a monitoring group said.`,
		n:    1,
		want: []wantEvent{{date: "2024-03-03", typ: "Battles", country: "Syria", notLoc: "Damascus", fatal: 4}},
	}})
}

// Where a speaker spoke is not where the event happened: "In X, the army
// said ...", "said in a statement in X", "told journalists in X".
func TestSpeakerPlaceIsNotThePlace(t *testing.T) {
	runReports(t, []report{{name: "In X, the army said ... in Y district", pub: "2024-05-11",
		text: `In Bamako, the army said five soldiers were killed when militants ambushed a patrol in Djenne district on Friday.`,
		n:    1,
		want: []wantEvent{{date: "2024-05-10", typ: "Battles", country: "Mali", admin1: "Mopti", admin2: "Djenne", notLoc: "Bamako", geo: 2, fatal: 5}},
	}, {name: "said in a statement in X", pub: "2024-05-11",
		text: `Houthi fighters attacked government positions in Marib province on Thursday, killing six soldiers, a military spokesman said in a statement in Aden.`,
		n:    1,
		want: []wantEvent{{date: "2024-05-09", typ: "Battles", admin1: "Marib", notLoc: "Aden", fatal: 6}},
	}, {name: "told journalists in X", pub: "2024-05-11",
		text: `Gunmen killed three policemen in Sughd province on Thursday, a police spokesman told journalists in Taiz.`,
		n:    1,
		want: []wantEvent{{date: "2024-05-09", admin1: "Sughd", notLoc: "Taiz", fatal: 3}},
	}, {name: "a capital that denies is the government", pub: "2024-05-11",
		text: `Niger says Malian drone strike killed 12 herders near Tillaberi, Bamako rejects claim`,
		n:    1,
		want: []wantEvent{{country: "Niger", admin1: "Tillaberi", notLoc: "Bamako", fatal: 12}},
	}, {name: "the denier's city, a finer place than the event's province", pub: "2024-05-11",
		text: `Sanaa says Saudi jets killed 9 fishermen in Hodeidah province, Riyadh denies`,
		n:    1,
		want: []wantEvent{{country: "Yemen", admin1: "Al Hudaydah", notLoc: "Riyadh", fatal: 9}},
	}, {name: "a town's police speak of their own town when nothing else places it", pub: "2024-05-11",
		text: `Police in Miranshah said unidentified men on a motorcycle shot dead a shopkeeper on Friday.`,
		n:    1,
		want: []wantEvent{{date: "2024-05-10", loc: "Miranshah", geo: 2, fatal: 1}},
	}, {name: "a ministry in the capital speaks of the whole country", pub: "2024-05-11",
		text: `The defence ministry in Bamako said five soldiers were killed in an ambush on Friday.`,
		n:    1,
		want: []wantEvent{{date: "2024-05-10", country: "Mali", notLoc: "Bamako", geo: 3, fatal: 5}},
	}, {name: "a title's denier is the words after its clause's opener", pub: "2024-05-11",
		text: `Herder Shot Dead in Menaka as Army Denies Involvement`,
		n:    1,
		want: []wantEvent{{country: "Mali", loc: "Menaka", fatal: 1}},
	}})
}

// Two dated clauses with their own tolls are two events.
func TestTwoDatedClausesTwoEvents(t *testing.T) {
	runReports(t, []report{{name: "background with two dated tolls", pub: "2024-02-01",
		text: `Jihadist violence has plagued the region for years. In May 2019 an ambush near Menaka killed 12 soldiers, and in January 2020 gunmen killed about 30 villagers in an attack near Gao.`,
		n:    2,
		want: []wantEvent{
			{date: "2019-05-01", bg: true, loc: "Menaka", fatal: 12, claims: []wantClaim{{kind: "killed", count: 12}}},
			{date: "2020-01-01", bg: true, loc: "Gao", fatal: 30, claims: []wantClaim{{kind: "killed", count: 30}}},
		},
	}})
}

// A group's propaganda claim is the group's; known media wings get their
// full names; "the same X" is who the text spoke of before, never a phrase
// with an auxiliary verb.
func TestAttributionToGroupsAndMediaWings(t *testing.T) {
	runReports(t, []report{{name: "propaganda wing, the same propagandists", pub: "2024-06-12",
		text: `Islamic State's propaganda outlet published a statement on its channels claiming that its fighters had killed 15 Syrian soldiers near Palmyra on Monday. The army said two soldiers were wounded. The same propagandists had claimed 40 killed in Ariha last month when nobody was hurt.`,
		n:    2,
		want: []wantEvent{
			{date: "2024-06-10", typ: "Battles", loc: "Palmyra", fatal: 0, claims: []wantClaim{{kind: "killed", count: 15, attr: "Islamic State"}, {kind: "wounded", count: 2, attr: "army"}}},
			{date: "2024-05-01", typ: "Battles", loc: "Ariha", fatal: -1, claims: []wantClaim{{kind: "killed", count: 40, attr: "Islamic State"}}},
		},
	}, {name: "according to a media wing", pub: "2024-06-12",
		text: `Four soldiers were killed in an exchange of fire with militants in North Waziristan on Sunday, according to ISPR.`,
		n:    1,
		want: []wantEvent{{date: "2024-06-09", typ: "Battles", admin2: "North Waziristan", fatal: 4,
			claims: []wantClaim{{kind: "killed", count: 4, attr: "ISPR (Inter-Services Public Relations, Pakistan military media wing)"}}}},
	}})
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "t", Text: `Militants attacked a police post in Kalaya tehsil of Orakzai district on Monday, killing two policemen, the police said. The same militants had claimed a bigger attack.`, Published: mustDay("2024-06-12")})
	for _, e := range evs {
		for _, c := range e.Claims {
			if strings.Contains(c.AttributedTo, " had") || strings.HasPrefix(c.AttributedTo, "the same") {
				t.Errorf("junk attribution %q", c.AttributedTo)
			}
		}
	}
}

// Alternative reports of the same dead do not add up: two sides' own losses
// (3 + 2) are the whole of an "at least five" toll.
func TestFatalitiesPartialReportsBySide(t *testing.T) {
	runReports(t, []report{{name: "each side reports its own dead", pub: "2024-09-03",
		text: `Afghan and Pakistani border forces exchanged fire near Chaman on Monday, killing at least five soldiers, officials on both sides said.

Pakistan's army said three of its soldiers had been killed and seven wounded. Afghanistan's defence ministry said two Afghan soldiers had died in Spin Boldak district.`,
		n: 1,
		want: []wantEvent{{date: "2024-09-02", typ: "Battles", country: "Pakistan", loc: "Chaman", fatal: 5,
			claims: []wantClaim{{kind: "killed", count: 5}, {kind: "killed", count: 3}, {kind: "killed", count: 2}}}},
	}})
}

// A bomb followed by gunfire is one incident; undated, unplaced follow-up
// arrests belong to it; a group's "killed or wounded" claim after them goes
// to the attack, not to the arrests.
func TestBombThenAmbushOneEvent(t *testing.T) {
	runReports(t, []report{{name: "landmine then gunfire, arrests, group claim", pub: "2024-10-05",
		text: `A landmine exploded under a police vehicle in Spin Boldak district of Kandahar on Friday and gunmen then opened fire on the wounded officers, killing four policemen, a provincial spokesman said.

Police later detained three suspects in connection with the attack.

The Islamic State claimed responsibility, saying its fighters had killed or wounded 9 policemen.`,
		n: 1,
		want: []wantEvent{{date: "2024-10-04", admin2: "Spin Boldak", fatal: 4,
			claims: []wantClaim{{kind: "killed", count: 4}, {kind: "detained", count: 3}, {kind: "casualties", count: 9}}}},
	}, {name: "a car bomb at the gate, then the storming", pub: "2024-10-05",
		text: `Militants overran an army camp near Tessalit on Friday, killing 12 soldiers, the army said. The attackers first detonated a car bomb at the gate of the camp before storming it.`,
		n:    1,
		want: []wantEvent{{date: "2024-10-04", typ: "Battles", country: "Mali", fatal: 12}},
	}, {name: "separately dated arrests are their own event", pub: "2024-10-05",
		text: `A roadside bomb killed two soldiers in Spin Boldak district of Kandahar on Wednesday, officials said. On Friday police detained four suspects in Kandahar.`,
		n:    2,
		want: []wantEvent{
			{date: "2024-10-02", typ: "Explosions/Remote violence", fatal: 2},
			{date: "2024-10-04", typ: "Strategic developments", sub: "Arrests", claims: []wantClaim{{kind: "detained", count: 4}}},
		},
	}})
}

// Found while fixing the above: a time of a named day dates the event, an
// all-caps dateline with a dash is a dateline, and "no group claimed" is
// nobody's word.
func TestDashDatelineTimeOfDayNoClaimant(t *testing.T) {
	runReports(t, []report{{name: "DATELINE - ... on Friday night", pub: "2024-11-09",
		text: `PESHAWAR — Gunmen attacked a police post in North Waziristan on Friday night, killing two policemen, officials said. In August, three soldiers were killed in a similar attack for which no group claimed responsibility.`,
		n:    2,
		want: []wantEvent{
			{date: "2024-11-08", prec: 1, typ: "Battles", admin2: "North Waziristan", notLoc: "Peshawar", fatal: 2},
			{date: "2024-08-01", typ: "Battles", fatal: 3, claims: []wantClaim{{kind: "killed", count: 3, attr: ""}}},
		},
	}})
	x := testExtractor(t)
	for _, e := range x.Extract(Article{ID: "t", Text: `In August, three soldiers were killed in an attack near Miranshah for which no group claimed responsibility.`, Published: mustDay("2024-11-09")}) {
		for _, c := range e.Claims {
			if c.AttributedTo != "" {
				t.Errorf("attributed to %q", c.AttributedTo)
			}
		}
	}
}

// TestPartyClaimsSetHighNotBest: an armed group counting the soldiers it
// killed is kept as a claim and sets the high figure, never the best; the
// state counting the militants it killed is the toll only when nobody
// else gives one; a side counting its own dead is credible.
func TestPartyClaimsSetHighNotBest(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		text            string
		best, low, high int
	}{
		{"Troops killed 20 insurgents in a raid near Gao on Sunday, the army said.", 20, 20, 20},
		{"Troops killed 20 insurgents in a raid near Gao on Sunday, the army said. Residents said 12 people died in the raid.", 12, 12, 20},
		{"Militants said they killed 9 soldiers in an ambush near Menaka on Sunday.", 0, 0, 9},
		{"Militants killed 6 soldiers in an ambush near Menaka on Sunday, the army said.", 6, 6, 6},
		{"Militants said they killed 9 soldiers in an ambush near Menaka on Sunday. Local officials said 4 soldiers died.", 4, 4, 9},
	} {
		evs := x.Extract(Article{ID: "p", Text: tc.text, Published: mustDay("2025-04-08")})
		if len(evs) != 1 {
			t.Errorf("%q: %d events", tc.text, len(evs))
			continue
		}
		e := fuse.Alone(evs[0])
		if e.Fatalities != tc.best || e.FatalitiesLow != tc.low || e.FatalitiesHigh != tc.high {
			t.Errorf("%q: %d (%d-%d), want %d (%d-%d); claims %+v", tc.text, e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh, tc.best, tc.low, tc.high, e.Claims)
		}
	}
}

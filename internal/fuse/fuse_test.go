package fuse

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// ids returns the clusters as mention IDs.
func clusterIDs(ms []event.Event) [][]string {
	var out [][]string
	for _, c := range Cluster(ms) {
		var g []string
		for _, i := range c {
			g = append(g, ms[i].ID)
		}
		out = append(out, g)
	}
	return out
}

// sameGroups compares groupings as sets of sets.
func sameGroups(a, b [][]string) bool {
	norm := func(x [][]string) []string {
		var s []string
		for _, g := range x {
			g = append([]string(nil), g...)
			sort.Strings(g)
			s = append(s, strings.Join(g, ","))
		}
		sort.Strings(s)
		return s
	}
	return reflect.DeepEqual(norm(a), norm(b))
}

func TestCluster(t *testing.T) {
	tests := []struct {
		name string
		ms   []event.Event
		want [][]string
	}{
		{"three outlets, one clash", []event.Event{kokTash24, kokTashAsiaPlus, kokTashReuters},
			[][]string{{"m-24kg-1", "m-asiaplus-1", "m-reuters-1"}}},
		{"same day, across the border (different country)", []event.Event{kokTash24, sughdClash},
			[][]string{{"m-24kg-1"}, {"m-asiaplus-2"}}},
		{"same day, neighbouring provinces", []event.Event{bannuAP, zhobClash},
			[][]string{{"m-ap-1"}, {"m-ap-2"}}},
		{"same day, same province, 130 km apart", []event.Event{bannuAP, dikhanClash},
			[][]string{{"m-ap-1"}, {"m-dawn-8"}}},
		{"same article, identical", []event.Event{bannuTwinA, bannuTwinB},
			[][]string{{"m-ary-1"}, {"m-ary-2"}}},
		{"same article with a third report that fits both", []event.Event{bannuTwinA, bannuTwinB, bannuAP},
			[][]string{{"m-ap-1", "m-ary-1"}, {"m-ary-2"}}},
		{"same town a year apart", []event.Event{azaz2025, azaz2026},
			[][]string{{"m-sana-1"}, {"m-enab-1"}}},
		{"wire copies and an own report", []event.Event{bannuTribune, bannuGeo, bannuAP, bannuDawn, dikhanClash, zhobClash},
			[][]string{{"m-ap-1", "m-dawn-7", "m-et-3", "m-geo-2"}, {"m-dawn-8"}, {"m-ap-2"}}},
		{"different perpetrators named", []event.Event{ogossagouRFI, ogossagouStudio, ogossagouClaim},
			[][]string{{"m-rfi-1", "m-studio-1", "m-alakhbar-1"}}},
		{"chain: B fits A and C, A and C 70 km apart", []event.Event{kawlinA, sagaingB, banmaukC},
			[][]string{{"m-irrawaddy-1", "m-mizzima-1"}, {"m-rfa-1"}}},
		{"strategic development never with a battle", []event.Event{kawlinA, sagaingSD},
			[][]string{{"m-irrawaddy-1"}, {"m-irrawaddy-2"}}},
		// History is told by its own reports: a later article recalling
		// the clash must not lend it its figures, even when the dates fit.
		{"history never with a current report, even when the dates fit", []event.Event{kokTash24, func() event.Event {
			e := kokTashReuters
			e.Background = true
			return e
		}()}, [][]string{{"m-24kg-1"}, {"m-reuters-1"}}},
		{"history never with a report whose date is a guess", []event.Event{func() event.Event {
			e := kokTash24
			e.DateGuessed, e.TimePrecision = true, 3
			return e
		}(), func() event.Event {
			e := kokTashReuters
			e.Background = true
			return e
		}()}, [][]string{{"m-24kg-1"}, {"m-reuters-1"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := clusterIDs(tc.ms)
			if !sameGroups(got, tc.want) {
				t.Errorf("Cluster = %v, want %v", got, tc.want)
				for i := range tc.ms {
					for j := i + 1; j < len(tc.ms); j++ {
						_, why, _ := Match(&tc.ms[i], &tc.ms[j])
						t.Logf("%s ~ %s: %s", tc.ms[i].ID, tc.ms[j].ID, why)
					}
				}
			}
		})
	}
}

func TestClusterEveryIndexOnce(t *testing.T) {
	ms := benchNeighbourhood(50)
	seen := make([]int, len(ms))
	for _, c := range Cluster(ms) {
		arts := map[string]bool{}
		for _, i := range c {
			seen[i]++
			a := ms[i].Articles[0].ID
			if arts[a] {
				t.Errorf("cluster %v holds two mentions of article %s", c, a)
			}
			arts[a] = true
		}
		// average link: no pair blocked, and the pairs' mean at Threshold
		sum, pairs := 0.0, 0
		for x := range c {
			for y := x + 1; y < len(c); y++ {
				s, why, ok := Match(&ms[c[x]], &ms[c[y]])
				if !ok {
					t.Errorf("cluster %v holds a pair that never merges: %s", c, why)
				}
				sum += s
				pairs++
			}
		}
		if pairs > 0 && sum/float64(pairs) < Threshold-1e-9 {
			t.Errorf("cluster %v: mean pair score %.3f < %.2f", c, sum/float64(pairs), Threshold)
		}
	}
	for i, n := range seen {
		if n != 1 {
			t.Errorf("mention %d appears %d times", i, n)
		}
	}
}

// permutations calls f with every ordering of ms.
func permutations(ms []event.Event, f func([]event.Event)) {
	var rec func(k int)
	rec = func(k int) {
		if k == len(ms) {
			f(ms)
			return
		}
		for i := k; i < len(ms); i++ {
			ms[k], ms[i] = ms[i], ms[k]
			rec(k + 1)
			ms[k], ms[i] = ms[i], ms[k]
		}
	}
	rec(0)
}

// fuseAll clusters and fuses, returning the events as JSON.
func fuseAll(ms []event.Event, synd func(a, b string) bool) string {
	var evs []event.Event
	for _, c := range Cluster(ms) {
		sub := make([]event.Event, len(c))
		for i, k := range c {
			sub[i] = ms[k]
		}
		evs = append(evs, Fuse(sub, synd))
	}
	b, _ := json.MarshalIndent(evs, "", " ")
	return string(b)
}

func TestOrderIndependence(t *testing.T) {
	sets := []struct {
		name string
		ms   []event.Event
	}{
		// A~B, B~C, A≁C, D~A, E a strategic development.
		{"chain in Sagaing", []event.Event{kawlinA, sagaingB, banmaukC, kawlinD, sagaingSD}},
		{"Kok-Tash with a look-alike", []event.Event{kokTash24, kokTashAsiaPlus, kokTashReuters, kokTashAKI, sughdClash}},
		{"Bannu with copies", []event.Event{bannuAP, bannuDawn, bannuTribune, bannuGeo, dikhanClash}},
		{"Ogossagou", []event.Event{ogossagouRFI, ogossagouStudio, ogossagouClaim, azaz2026}},
	}
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			want := fuseAll(s.ms, wireCopies)
			n := 0
			permutations(append([]event.Event(nil), s.ms...), func(p []event.Event) {
				n++
				if got := fuseAll(p, wireCopies); got != want {
					t.Fatalf("permutation %d gives a different result:\n%s\nwant\n%s", n, got, want)
				}
			})
			t.Logf("%d permutations agree", n)
		})
	}
	// The chain resolves the documented way: D–A (same town) merge first;
	// B ties between {A,D} and C at 0.80 and goes with {A,D}, whose first
	// member (Myanmar Now, published 10 Feb) comes before C (RFA, 12 Feb).
	got := clusterIDs([]event.Event{banmaukC, sagaingSD, kawlinD, sagaingB, kawlinA})
	want := [][]string{{"m-myanmarnow-1", "m-irrawaddy-1", "m-mizzima-1"}, {"m-irrawaddy-2"}, {"m-rfa-1"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("chain = %v, want %v", got, want)
	}
}

// wireCopies: AP's Bannu story reprinted by Dawn and The Express Tribune.
func wireCopies(a, b string) bool {
	copies := map[string]bool{"a-ap-1": true, "a-dawn-7": true, "a-et-3": true}
	return copies[a] && copies[b]
}

func TestFuseThreeOutlets(t *testing.T) {
	e := Fuse([]event.Event{kokTashReuters, kokTashAsiaPlus, kokTash24}, nil)
	if e.ID != "m-24kg-1" {
		t.Errorf("ID = %q, want m-24kg-1 (earliest article, then article ID)", e.ID)
	}
	kills := 0
	for _, c := range e.Claims {
		if c.Kind == event.Killed {
			kills++
		}
		if c.ArticleID == "" || c.Outlet == "" {
			t.Errorf("claim without article/outlet: %+v", c)
		}
	}
	if kills != 3 || len(e.Claims) != 4 {
		t.Errorf("claims: %d killed of %d, want 3 of 4", kills, len(e.Claims))
	}
	if e.Fatalities != 3 || e.FatalitiesLow != 3 || e.FatalitiesHigh != 5 {
		t.Errorf("fatalities best/low/high = %d/%d/%d, want 3/3/5", e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh)
	}
	if e.SourcesCount != 3 || !reflect.DeepEqual(e.Outlets, []string{"24.kg", "Asia-Plus", "Reuters"}) {
		t.Errorf("sources %d outlets %v", e.SourcesCount, e.Outlets)
	}
	if !reflect.DeepEqual(e.Contested, []string{"toll"}) {
		t.Errorf("contested = %v, want [toll] (5 > 1.5×3)", e.Contested)
	}
	if e.Location != "Kok-Tash" || e.GeoPrecision != 1 || e.Admin1 != "Batken" || e.Latitude != 39.951 {
		t.Errorf("place = %q %q p%d %v", e.Location, e.Admin1, e.GeoPrecision, e.Latitude)
	}
	if e.Actor1 != kgArmy || e.Actor2 != tjArmy || e.Interaction != 18 {
		t.Errorf("actors = %q / %q (%d)", e.Actor1, e.Actor2, e.Interaction)
	}
	if e.EventDate != "2026-03-09" || e.TimePrecision != 1 || e.EventType != "Battles" || e.SubEventType != "Armed clash" {
		t.Errorf("date/type = %s p%d %s/%s", e.EventDate, e.TimePrecision, e.EventType, e.SubEventType)
	}
	want := "On 9 March 2026, Military Forces of Kyrgyzstan clashed with Military Forces of Tajikistan in Kok-Tash (Batken, Kyrgyzstan). Fatalities: 3–5 reported (best 3). Contested: toll."
	if e.Notes != want {
		t.Errorf("notes =\n%s\nwant\n%s", e.Notes, want)
	}
	if len(e.Articles) != 3 || e.Articles[2].ID != "a-reuters-1" {
		t.Errorf("articles = %+v", e.Articles)
	}
}

func TestFuseTollNotContested(t *testing.T) {
	// 3 and 4: a factor of 1.33, not contested.
	e := Fuse([]event.Event{kokTash24, kokTashAKI}, nil)
	if e.Fatalities != 3 || e.FatalitiesHigh != 4 || len(e.Contested) != 0 {
		t.Errorf("best %d high %d contested %v", e.Fatalities, e.FatalitiesHigh, e.Contested)
	}
}

func TestFuseSyndicated(t *testing.T) {
	tests := []struct {
		name        string
		ms          []event.Event
		synd        func(a, b string) bool
		sources     int
		outlets     []string
		best, hi    int
		wantContest []string
	}{
		{"wire story and two reprints", []event.Event{bannuTribune, bannuDawn, bannuAP}, wireCopies,
			1, []string{"AP", "Dawn", "The Express Tribune"}, 6, 6, nil},
		{"without the syndication check", []event.Event{bannuTribune, bannuDawn, bannuAP}, nil,
			3, []string{"AP", "Dawn", "The Express Tribune"}, 6, 6, nil},
		{"two reprints without the original", []event.Event{bannuTribune, bannuDawn}, wireCopies,
			1, []string{"Dawn", "The Express Tribune"}, 6, 6, nil},
		// Geo: police say 4 militants; the TTP claims 20 soldiers (its own
		// attack: left out of best, kept in high).
		{"reprints plus an own report with a perpetrator claim", []event.Event{bannuGeo, bannuTribune, bannuDawn, bannuAP}, wireCopies,
			2, []string{"AP", "Dawn", "The Express Tribune", "Geo News"}, 4, 20, []string{"toll"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := Fuse(tc.ms, tc.synd)
			if e.SourcesCount != tc.sources {
				t.Errorf("SourcesCount = %d, want %d", e.SourcesCount, tc.sources)
			}
			if !reflect.DeepEqual(e.Outlets, tc.outlets) {
				t.Errorf("Outlets = %v, want %v", e.Outlets, tc.outlets)
			}
			if e.Fatalities != tc.best || e.FatalitiesHigh != tc.hi {
				t.Errorf("best/high = %d/%d, want %d/%d", e.Fatalities, e.FatalitiesHigh, tc.best, tc.hi)
			}
			if !reflect.DeepEqual(e.Contested, tc.wantContest) {
				t.Errorf("Contested = %v, want %v", e.Contested, tc.wantContest)
			}
			if e.ID != "m-ap-1" && e.ID != "m-dawn-7" {
				t.Errorf("ID = %s", e.ID)
			}
		})
	}
}

func TestStableID(t *testing.T) {
	first := Fuse([]event.Event{kokTashAsiaPlus, kokTash24}, nil)
	more := Fuse([]event.Event{kokTashAKI, kokTashAsiaPlus, kokTashReuters, kokTash24}, nil)
	if first.ID != "m-24kg-1" || more.ID != first.ID {
		t.Errorf("IDs %q then %q, want m-24kg-1 both times", first.ID, more.ID)
	}
	// The later reports join the cluster the store rebuilds.
	got := clusterIDs([]event.Event{kokTashAKI, kokTashAsiaPlus, kokTashReuters, kokTash24})
	if len(got) != 1 {
		t.Errorf("clusters = %v", got)
	}
}

func TestContested(t *testing.T) {
	e := Fuse([]event.Event{ogossagouStudio, ogossagouClaim, ogossagouRFI}, nil)
	if !reflect.DeepEqual(e.Contested, []string{"toll", "responsibility", "denied"}) {
		t.Errorf("Contested = %v", e.Contested)
	}
	if len(e.Denials) != 1 || e.Denials[0].Outlet != "Studio Tamani" || e.Denials[0].ArticleID != "a-studio-1" {
		t.Errorf("Denials = %+v", e.Denials)
	}
	// JNIM's claim of 30 is propaganda: best is the lowest credible (12).
	if e.Fatalities != 12 || e.FatalitiesLow != 12 || e.FatalitiesHigh != 30 {
		t.Errorf("best/low/high = %d/%d/%d, want 12/12/30", e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh)
	}
	if e.Actor1 != jnim || e.Actor2 != "Civilians (Mali)" {
		t.Errorf("actors %q / %q", e.Actor1, e.Actor2)
	}
	// Denial alone.
	d := Fuse([]event.Event{ogossagouStudio}, nil)
	if !reflect.DeepEqual(d.Contested, []string{"denied"}) {
		t.Errorf("single report with a denial: Contested = %v", d.Contested)
	}
	// Same perpetrator, one source naming fewer actors: not contested.
	n := Fuse([]event.Event{ogossagouStudio, ogossagouClaim}, nil)
	for _, c := range n.Contested {
		if c == "responsibility" {
			t.Errorf("JNIM and JNIM contested: %v", n.Contested)
		}
	}
	// Battles with sides swapped are not a responsibility dispute.
	k := Fuse([]event.Event{kokTash24, kokTashAsiaPlus}, nil)
	for _, c := range k.Contested {
		if c == "responsibility" {
			t.Errorf("swapped sides contested: %v", k.Contested)
		}
	}
}

func TestFatalities(t *testing.T) {
	type cl = event.Claim
	mention := func(art string, actor1 string, cs ...cl) event.Event {
		return event.Event{ID: "m-" + art, EventDate: "2026-01-20", TimePrecision: 1, EventType: "Battles",
			Actor1: actor1, Claims: cs, Articles: []event.ArticleRef{{ID: art, Outlet: art, Published: "2026-01-21"}}}
	}
	tests := []struct {
		name            string
		ms              []event.Event
		best, low, high int
		contested       bool
	}{
		{"at least N counts as N", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 7, Qualifier: "at least"}),
			mention("b", "", cl{Kind: "killed", Count: 9})}, 7, 7, 9, false},
		{"range: best is the lower figure, high the upper", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 10, Low: 10, High: 15})}, 10, 10, 15, false},
		{"casualties do not count", []event.Event{
			mention("a", "", cl{Kind: "casualties", Count: 40}),
			mention("b", "", cl{Kind: "killed", Count: 4}),
			mention("c", "", cl{Kind: "wounded", Count: 1})}, 4, 4, 4, false},
		{"perpetrator claim only: a claim, not the toll", []event.Event{
			mention("a", jnim, cl{Kind: "killed", Count: 30, AttributedTo: "JNIM"})}, 0, 0, 30, false},
		{"a side counting the other's losses: a claim, not the toll", []event.Event{
			mention("a", ttp, cl{Kind: "killed", Count: 25, AttributedTo: "army", SpeakerSide: "state", Victims: "armed"}),
			mention("b", ttp, cl{Kind: "killed", Count: 4, AttributedTo: "police", SpeakerSide: "state", Victims: "state"})}, 4, 4, 25, true},
		{"the state's count of militants killed, the only figure, is the toll", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 5, AttributedTo: "police", SpeakerSide: "state", Victims: "armed"}),
			mention("b", "", cl{Kind: "killed", Count: 6, AttributedTo: "provincial army command", SpeakerSide: "state", Victims: "armed"})}, 5, 5, 6, false},
		{"the army as perpetrator counting the armed group's dead: official", []event.Event{
			mention("a", pkArmy, cl{Kind: "killed", Count: 9, AttributedTo: "Military Forces of Pakistan", Victims: "armed"})}, 9, 9, 9, false},
		{"a credible figure beats the official one, even a higher one", []event.Event{
			mention("a", ttp, cl{Kind: "killed", Count: 25, AttributedTo: "army", SpeakerSide: "state", Victims: "armed"}),
			mention("b", ttp, cl{Kind: "killed", Count: 30, AttributedTo: "hospital staff"})}, 30, 30, 30, false},
		{"the official count of the group's dead adds to credible counts of the state's own", []event.Event{
			mention("a", ttp, cl{Kind: "killed", Count: 6, Who: "militants", AttributedTo: "military", SpeakerSide: "state", Victims: "armed", Quote: "q1"},
				cl{Kind: "killed", Count: 2, Who: "soldiers", Victims: "state", Quote: "q2"})}, 8, 8, 8, false},
		{"... also across articles, civilians counted by one, fighters by the army in another", []event.Event{
			mention("a", ttp, cl{Kind: "killed", Count: 3, Who: "villagers", Victims: "civ"}),
			mention("b", ttp, cl{Kind: "killed", Count: 10, Who: "terrorists", AttributedTo: "army", SpeakerSide: "state", Victims: "armed"})}, 13, 13, 13, false},
		{"one side of a battle counting the other's dead, both named, is no toll", func() []event.Event {
			a := mention("a", "Islamic State", cl{Kind: "killed", Count: 9, Who: "Islamic State fighters", AttributedTo: "JNIM", SpeakerSide: "armed", Victims: "armed"})
			a.Actor2 = jnim
			return []event.Event{a}
		}(), 0, 0, 9, false},
		{"... nor in an attack on civilians, whose attackers the troops killed in a pursuit", func() []event.Event {
			a := mention("a", jnim, cl{Kind: "killed", Count: 9, Who: "villagers", Victims: "civ"},
				cl{Kind: "killed", Count: 5, Who: "assailants", AttributedTo: "army", SpeakerSide: "state", Victims: "armed"})
			a.EventType = event.VAC
			return []event.Event{a}
		}(), 9, 9, 9, false},
		{"... not to a credible count of everyone's dead, which may hold them", []event.Event{
			mention("a", ttp, cl{Kind: "killed", Count: 6, Who: "people"}),
			mention("b", ttp, cl{Kind: "killed", Count: 10, Who: "terrorists", AttributedTo: "army", SpeakerSide: "state", Victims: "armed"})}, 6, 6, 10, true},
		{"an armed group counting the soldiers it killed is never the toll", []event.Event{
			mention("a", jnim, cl{Kind: "killed", Count: 40, AttributedTo: "a militant outlet", SpeakerSide: "armed", Victims: "state"})}, 0, 0, 40, false},
		{"a side counting two of its own is credible, whatever it calls them", []event.Event{
			mention("a", ttp, cl{Kind: "killed", Count: 2, Who: "two of their border guards", AttributedTo: "army", SpeakerSide: "armed", Victims: "state"})}, 2, 2, 2, false},
		{"a group counting its own dead is credible", []event.Event{
			mention("a", jnim, cl{Kind: "killed", Count: 3, AttributedTo: "JNIM", Victims: "armed"})}, 3, 3, 3, false},
		{"perpetrator claim left out of best", []event.Event{
			mention("a", ttp, cl{Kind: "killed", Count: 20, AttributedTo: "Tehreek-i-Taliban Pakistan spokesman"}),
			mention("b", ttp, cl{Kind: "killed", Count: 12, AttributedTo: "police"})}, 12, 12, 20, true},
		{"a lower perpetrator figure does not lower best", []event.Event{
			mention("a", pkArmy, cl{Kind: "killed", Count: 2, AttributedTo: "Military Forces of Pakistan"}),
			mention("b", pkArmy, cl{Kind: "killed", Count: 9, AttributedTo: "hospital officials"})}, 9, 9, 9, true},
		{"each side's own dead, told by each side, add up", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 5, Qualifier: "at least", Who: "servicemen", Quote: "q1"},
				cl{Kind: "killed", Count: 3, Who: "guards", Side: "Kyrgyzstan", AttributedTo: "Kyrgyz side", Quote: "q2"},
				cl{Kind: "killed", Count: 2, Who: "guards", Side: "Tajikistan", AttributedTo: "Tajik side", Quote: "q3"}),
			mention("b", "", cl{Kind: "killed", Count: 6})}, 5, 5, 6, false},
		{"one speaker's sentences: the largest, not the sum", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 4, Who: "soldiers", Quote: "lead"}, cl{Kind: "killed", Count: 4, Who: "troops", Quote: "body"})}, 4, 4, 4, false},
		{"one speaker's sentences of different people add up", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 2, Who: "border guards", Victims: "state", Side: "Uzbekistan", Quote: "lead"},
				cl{Kind: "killed", Count: 3, Who: "intruders", Victims: "armed", Quote: "body"})}, 5, 5, 5, false},
		{"one speaker's sentences of the same fighters: the largest", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 3, Who: "militants", Victims: "armed", Quote: "lead"},
				cl{Kind: "killed", Count: 5, Who: "insurgents", Victims: "armed", Quote: "body"})}, 5, 5, 5, false},
		{"a part and another speaker's total stay alternatives", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 3, Who: "fighters", Victims: "armed", AttributedTo: "officials", Quote: "q1"},
				cl{Kind: "killed", Count: 5, Who: "people", AttributedTo: "elders", Quote: "q2"})}, 3, 3, 5, true},
		{"groups in one article add up", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 3, Who: "soldiers"}, cl{Kind: "killed", Count: 2, Who: "border guards"}),
			mention("b", "", cl{Kind: "killed", Count: 5})}, 5, 5, 5, false},
		{"a total with a breakdown is not double counted", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 8, Who: "people"}, cl{Kind: "killed", Count: 3, Who: "soldiers"},
				cl{Kind: "killed", Count: 5, Who: "militants"})}, 8, 8, 8, false},
		{"repeated figure (headline and body)", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 3, Who: "soldiers", Headline: true}, cl{Kind: "killed", Count: 3, Who: "soldiers"})}, 3, 3, 3, false},
		{"two speakers in one article disagree", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 3, AttributedTo: "Kyrgyz side"}, cl{Kind: "killed", Count: 5, AttributedTo: "Tajik side"})}, 3, 3, 5, true},
		{"factor exactly 1.5 is not contested", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 2}), mention("b", "", cl{Kind: "killed", Count: 3})}, 2, 2, 3, false},
		{"zero vs some is contested", []event.Event{
			mention("a", "", cl{Kind: "killed", Count: 0}), mention("b", "", cl{Kind: "killed", Count: 2})}, 0, 0, 2, true},
		{"no killed claims", []event.Event{mention("a", "", cl{Kind: "detained", Count: 12})}, 0, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := Fuse(tc.ms, nil)
			contested := len(e.Contested) > 0 && e.Contested[0] == "toll"
			if e.Fatalities != tc.best || e.FatalitiesLow != tc.low || e.FatalitiesHigh != tc.high || contested != tc.contested {
				t.Errorf("best/low/high/toll = %d/%d/%d/%v, want %d/%d/%d/%v", e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh, contested,
					tc.best, tc.low, tc.high, tc.contested)
			}
		})
	}
}

func TestNotes(t *testing.T) {
	tests := []struct {
		e    event.Event
		want string
	}{
		{event.Event{EventDate: "2026-01-20", TimePrecision: 1, EventType: VAC, SubEventType: "Attack", Actor1: jnim, Actor2: "Civilians (Mali)",
			Country: "Mali", Admin1: "Mopti", Location: "Ogossagou", GeoPrecision: 2},
			"On 20 January 2026, JNIM attacked Civilians (Mali) near Ogossagou (Mopti, Mali)."},
		{event.Event{EventDate: "2025-03-01", TimePrecision: 3, EventType: Explosions, SubEventType: "Air/drone strike", Actor1: "Military Forces of Syria (2024-)",
			Country: "Syria", Admin1: "Idlib"},
			"In March 2025, Military Forces of Syria carried out an air/drone strike in Idlib, Syria."},
		{event.Event{EventDate: "2026-02-09", TimePrecision: 2, EventType: Battles, Country: "Myanmar", Admin1: "Sagaing", Admin2: "Katha"},
			"In the week of 9 February 2026, Unidentified actors engaged in armed clashes in Katha, Sagaing, Myanmar."},
	}
	for _, tc := range tests {
		if got := notes(&tc.e); got != tc.want {
			t.Errorf("notes =\n%s\nwant\n%s", got, tc.want)
		}
	}
}

func TestFuseEmpty(t *testing.T) {
	if e := Fuse(nil, nil); e.ID != "" || e.SourcesCount != 0 {
		t.Errorf("Fuse(nil) = %+v", e)
	}
	if c := Cluster(nil); c != nil {
		t.Errorf("Cluster(nil) = %v", c)
	}
}

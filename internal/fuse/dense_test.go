package fuse

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// A dense stream of our own: in each of five regions, one province where
// several incidents happen each day in different villages (some in the same
// district), by a few recurring armed groups, each told by three outlets:
// a full report placed at the village, a second one placed at the district
// with other wording and a toll a little higher, and a one-line flash
// placed only at the province. Place names are invented. Beside them,
// coders' notes of look-alike incidents told once each (denseNotes).

type denseRegion struct {
	iso, country, admin1 string
	lat, lon             float64
	districts            []string
	actors               []string
	names                []string // people and units the reports name
	outlets              []string
}

var denseRegions = []denseRegion{
	{"ML", "Mali", "Kourandi", 14.5, -3.9, []string{"Sanbéré", "Dioura Kéné", "Tiguila"},
		[]string{"JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", "Dan Na Ambassagou"},
		[]string{"Hamadoun", "Bocoum", "Ag Intalla", "Traoré", "Sidibé", "Koumba", "Yattara", "Diakité", "Ongoïba", "Maïga", "Cissé", "Tembély"},
		[]string{"Studio Tamani", "Sahel Wire", "Bamako Dispatch"}},
	{"CO", "Colombia", "Altoverde", 2.6, -76.9, []string{"San Remigio", "Las Tórtolas", "Puerto Nácar"},
		[]string{"ELN: National Liberation Army", "Clan del Golfo", "FARC Dissidents"},
		[]string{"Arboleda", "Quiñones", "Renjifo", "Mosquera", "Valencia", "Caicedo", "Ibargüen", "Zúñiga", "Lucumí", "Angulo", "Riascos", "Obando"},
		[]string{"Semana Sur", "Radio Pacífico", "El Observador Andino"}},
	{"NP", "Nepal", "Dhaulagiri Pradesh", 28.6, 83.4, []string{"Ghorlek", "Tamsu", "Bhirkot Nayan"},
		[]string{"Maoist Splinter Front", "Madhesi Youth Front", "Unidentified Armed Group (Nepal)"},
		[]string{"Gurung", "Thapa Magar", "Adhikari", "Pun", "Bhandari", "Rokaya", "Shahi", "Kunwar", "Dangi", "Oli", "Budha", "Rawal"},
		[]string{"Himal Post", "Kathmandu Ledger", "Valley Radio"}},
	{"YE", "Yemen", "Wadi Sahim", 15.2, 45.3, []string{"Al Qarn", "Bani Hushaysh Sufla", "Dhi Naim"},
		[]string{"Ansar Allah", "AQAP: Al Qaeda in the Arabian Peninsula", "Southern Transitional Council"},
		[]string{"al-Awlaqi", "Bahaj", "al-Yafei", "Shamsan", "al-Hadi", "Basurah", "al-Maflahi", "Saleh Jaber", "al-Sayyari", "Hubaishi", "al-Kathiri", "Ba Wazir"},
		[]string{"Aden Courier", "Saba Wire", "Hadramout Today"}},
	{"TJ", "Tajikistan", "Kuhistan", 38.9, 70.2, []string{"Darvozak", "Yakhsu Bolo", "Childara"},
		[]string{"Jamaat Ansarullah", "Unidentified Armed Group (Tajikistan)", "Rasht Valley Militia"},
		[]string{"Rahimov", "Nazarshoev", "Davlatov", "Mirzoev", "Sharipov", "Kholov", "Saidov", "Qurbonov", "Nematov", "Jabborov", "Ismoilov", "Zoirov"},
		[]string{"Asia Meridian", "Dushanbe Herald", "Pamir Wire"}},
}

// denseIncident is one incident of the stream and its three reports.
type denseIncident struct {
	id      int
	reports []event.Event
}

// denseStream makes days × perDay incidents in each region.
func denseStream(days, perDay int, rng *rand.Rand) []denseIncident {
	types := []string{Battles, Explosions, VAC}
	subs := map[string][]string{
		Battles:    {"ambush on a patrol", "attack on an army post", "assault on a checkpoint"},
		Explosions: {"roadside bomb under a minibus", "mortar fire on a market", "mine blast on a track"},
		VAC:        {"raid on a wedding party", "abduction and killing of farmers", "shooting of traders"},
	}
	var out []denseIncident
	id := 0
	for _, r := range denseRegions {
		for d := 0; d < days; d++ {
			date := dayString(civil(2026, 4, 10+d))
			pub := dayString(civil(2026, 4, 11+d))
			for k := 0; k < perDay; k++ {
				id++
				dist := r.districts[k%len(r.districts)]
				village := fmt.Sprintf("%s %c", strings.Fields(dist)[0], 'A'+rune(k+perDay*d))
				// villages of one district lie 6 to 15 km apart
				lat := r.lat + 0.35*float64(k%len(r.districts)) + 0.07*float64(k/len(r.districts))
				lon := r.lon + 0.06*float64(d)
				etype := types[(k+d)%len(types)]
				what := subs[etype][(k+d)%3]
				actor := r.actors[(k+d)%len(r.actors)]
				victim := r.names[(k+d*perDay)%len(r.names)]
				chief := r.names[(k+d*perDay+5)%len(r.names)]
				toll := 3 + rng.Intn(12)
				inc := denseIncident{id: id}
				art := func(o int) string { return fmt.Sprintf("a%d-%d", id, o) }
				base := event.Event{
					EventDate: date, TimePrecision: 1, EventType: etype, Actor1: actor,
					ISO: r.iso, Country: r.country, Admin1: r.admin1,
				}
				// 1. the full report, placed at the village
				full := base
				full.ID, full.Admin2, full.Location = art(0)+"-1", dist, village
				full.Latitude, full.Longitude, full.GeoPrecision = lat, lon, 1
				full.Keywords = []string{strings.ToLower(victim), strings.ToLower(chief)}
				title := fmt.Sprintf("%d dead in %s at %s", toll, what, village)
				lead := fmt.Sprintf("Fighters of the %s carried out an %s at %s in %s district on Friday, killing %d people including %s, the local chief %s told reporters.",
					actor, what, village, dist, toll, victim, chief)
				full.Gist = Gist(title, lead)
				full.Claims = []event.Claim{{Kind: event.Killed, Count: toll, AttributedTo: chief, Quote: lead}}
				full.Articles = []event.ArticleRef{{ID: art(0), Outlet: r.outlets[0], Published: pub}}
				// 2. another outlet, placed at the district, its own words
				second := base
				second.ID, second.Admin2 = art(1)+"-1", dist
				second.Latitude, second.Longitude, second.GeoPrecision = r.lat+0.35*float64(k%len(r.districts)), r.lon, 2
				second.Keywords = []string{strings.ToLower(victim)}
				t2 := fmt.Sprintf("%s blamed for %s in %s", actor, what, dist)
				l2 := fmt.Sprintf("At least %d people died when an %s struck near %s; among them was %s, residents said.", toll+1, what, village, victim)
				second.Gist = Gist(t2, l2)
				second.Claims = []event.Claim{{Kind: event.Killed, Count: toll + 1, Qualifier: "at least", Quote: l2}}
				second.Articles = []event.ArticleRef{{ID: art(1), Outlet: r.outlets[1], Published: pub}}
				// 3. a one-line flash, placed only at the province
				flash := base
				flash.ID = art(2) + "-1"
				flash.Latitude, flash.Longitude, flash.GeoPrecision = r.lat, r.lon, 3
				t3 := fmt.Sprintf("FLASH - %d killed in %s, %s among dead", toll, what, victim)
				flash.Gist = Gist(t3, "")
				flash.Keywords = []string{strings.ToLower(victim)}
				flash.Claims = []event.Claim{{Kind: event.Killed, Count: toll, Headline: true, Quote: t3}}
				flash.Articles = []event.ArticleRef{{ID: art(2), Outlet: r.outlets[2], Published: pub}}
				inc.reports = []event.Event{full, second, flash}
				out = append(out, inc)
			}
		}
	}
	return out
}

// denseNotes adds, in each region and day, coders' one-line notes of
// incidents that share everything with others but their kind, their day
// or their village, each told once: at the region's market town a bomb
// and a shooting by unnamed hands (a bomb there every day), a clash told
// only at the province with no toll or name, and two clashes of one group
// in two villages of one district that the geocoder does not know (the
// note is placed at the district; the villages are its keywords).
func denseNotes(days int, next func() int, rng *rand.Rand) []denseIncident {
	var out []denseIncident
	ids := map[string]int{}
	for _, r := range denseRegions {
		army := "Military Forces of " + r.country
		unnamed := "Unidentified Armed Group (" + r.country + ")"
		town := strings.Fields(r.districts[0])[0] + " Bazaar"
		for d := 0; d < days; d++ {
			date := dayString(civil(2026, 4, 10+d))
			pub := dayString(civil(2026, 4, 12+d))
			note := func(etype, a1, a2 string, killed int) event.Event {
				id := next()
				e := event.Event{ID: fmt.Sprintf("n%d-1", id), EventDate: date, TimePrecision: 1, EventType: etype,
					Actor1: a1, Actor2: a2, ISO: r.iso, Country: r.country, Admin1: r.admin1,
					Articles: []event.ArticleRef{{ID: fmt.Sprintf("n%d", id), Outlet: "Coders' notes", Published: pub}}}
				ids[e.ID] = id
				if killed > 0 {
					e.Claims = []event.Claim{{Kind: event.Killed, Count: killed, Quote: fmt.Sprintf("%d killed.", killed)}}
				}
				return e
			}
			atTown := func(e event.Event) event.Event {
				e.Admin2, e.Location, e.GeoPrecision = r.districts[0], town, 1
				e.Latitude, e.Longitude, e.LocationPopulation = r.lat+0.01, r.lon+0.01, 80000
				return e
			}
			bomb := atTown(note(Explosions, unnamed, "Civilians ("+r.country+")", 2+rng.Intn(3)))
			shooting := atTown(note(VAC, unnamed, "Civilians ("+r.country+")", 1))
			vague := note(Battles, r.actors[0], army, 0)
			vague.GeoPrecision, vague.Latitude, vague.Longitude = 3, r.lat, r.lon
			var villages []event.Event
			for v := 0; v < 2; v++ {
				e := note(Battles, r.actors[1], army, 3+rng.Intn(9))
				e.Admin2, e.GeoPrecision = r.districts[1], 2
				e.Latitude, e.Longitude = r.lat+0.35, r.lon
				e.Keywords = []string{fmt.Sprintf("kalay%c%d", 'a'+rune(v), d)}
				villages = append(villages, e)
			}
			for _, e := range append([]event.Event{bomb, shooting, vague}, villages...) {
				out = append(out, denseIncident{id: ids[e.ID], reports: []event.Event{e}})
			}
		}
	}
	return out
}

func TestDenseStream(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	incs := denseStream(3, 6, rng)
	n := 1 << 20 // notes' ids follow the incidents'
	incs = append(incs, denseNotes(3, func() int { n++; return n }, rng)...)
	var ms []event.Event
	owner := map[string]int{}
	for _, inc := range incs {
		for _, m := range inc.reports {
			owner[m.ID] = inc.id
			ms = append(ms, m)
		}
	}
	rng.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
	clusters := Cluster(ms)
	whole := map[int]bool{}
	for _, c := range clusters {
		first := owner[ms[c[0]].ID]
		for _, i := range c[1:] {
			if owner[ms[i].ID] != first {
				a, b := ms[c[0]], ms[i]
				_, why, _ := Match(&a, &b)
				t.Errorf("distinct incidents merged: %s (%s) with %s (%s): %s", a.ID, a.Location, b.ID, b.Location, why)
			}
		}
		if len(c) == 3 {
			whole[first] = true
		}
	}
	for _, inc := range incs {
		if len(inc.reports) == 3 && !whole[inc.id] {
			a, b, c := inc.reports[0], inc.reports[1], inc.reports[2]
			_, w1, _ := Match(&a, &b)
			_, w2, _ := Match(&a, &c)
			t.Errorf("incident %d not in one event: full~district %s; full~flash %s", inc.id, w1, w2)
		}
	}
}

package fuse

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// Reports placed only at country level (the geocoder found no town): an
// ambush in northern Mozambique, invented for the tests, and look-alikes.
func countryOnly(id, article string, quotes ...string) event.Event {
	e := event.Event{
		ID: id, EventDate: "2026-05-04", TimePrecision: 1,
		EventType: "Violence against civilians", SubEventType: "Attack",
		Actor1: "Unidentified Armed Group (Mozambique)",
		ISO:    "MZ", Country: "Mozambique", Location: "Mozambique", GeoPrecision: 3,
		Latitude: -18.25, Longitude: 35.0,
		Articles: []event.ArticleRef{{ID: article, Outlet: article, Published: "2026-05-05"}},
	}
	for _, q := range quotes {
		e.Claims = append(e.Claims, event.Claim{Kind: event.Killed, Count: 1, Quote: q})
	}
	return e
}

// twoForces makes e a clash between two named state forces.
func twoForces(e event.Event) event.Event {
	e.EventType, e.Actor1, e.Actor2 = "Battles", "Military Forces of Mozambique (2025-)", "Military Forces of Rwanda (2000-)"
	return e
}

func TestNameTokens(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Gunmen killed a trader near the Nangade market, Lusa reported on Monday.", []string{"lusa", "nangade"}},
		{"Police said the attackers fled towards Mueda. Residents told Reuters that Amade Saide was among the dead.",
			[]string{"amade", "mueda", "saide"}},
		// A sentence's first word and stop words are not names.
		{"Villagers buried the dead. Later the District Administrator spoke.", []string{"administrator"}},
		// Words for kinds of places name no one.
		{"Gunmen killed two guards in Raymah Governorate, officials in Bajil said.", []string{"bajil", "raymah"}},
		// Shouted headlines give nothing.
		{"GUNMEN KILL FIVE IN NIGHT RAID ON VILLAGE", nil},
	} {
		got := map[string]bool{}
		nameTokens(tc.text, got)
		var ks []string
		for k := range got {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		if !reflect.DeepEqual(ks, tc.want) {
			t.Errorf("nameTokens(%q) = %v, want %v", tc.text, ks, tc.want)
		}
	}
}

func TestLocationNamingTheCountryIsNoPlace(t *testing.T) {
	a := countryOnly("m-1", "a-1")
	b := countryOnly("m-2", "a-2")
	_, why, _ := Match(&a, &b)
	if strings.Contains(why, "same location") || !strings.Contains(why, "same country") {
		t.Errorf("a location that repeats the country counted as a place: %s", why)
	}
}

func TestCorroborationWithoutPlace(t *testing.T) {
	const (
		q1 = "Gunmen shot dead a fisherman at Mocimboa beach, Pinnacle News said."
		q2 = "A fisherman was shot dead near Mocimboa on Monday, according to Pinnacle News."
		q3 = "A shopkeeper was killed by unknown attackers in Montepuez."
	)
	withFig := func(e event.Event, kind string, n int) event.Event {
		e.Claims = append(e.Claims, event.Claim{Kind: kind, Count: n, Quote: "The toll stands."})
		return e
	}
	withActor := func(e event.Event, a string) event.Event {
		e.Actor2 = a
		return e
	}
	const (
		mzArmy  = "Military Forces of Mozambique (2025-)"
		militia = "Naparama Militia"
	)
	tests := []struct {
		name string
		a, b event.Event
		ok   bool // reaches Threshold
		why  string
	}{
		{"date and type alone", countryOnly("m-1", "a-1"), countryOnly("m-2", "a-2"), false,
			"no place, party, name or figure in common"},
		{"quotes name the same people and places", countryOnly("m-1", "a-1", q1), countryOnly("m-2", "a-2", q2), true,
			"quotes share 2 name(s) (mocimboa)"},
		{"quotes name different places", countryOnly("m-1", "a-1", q1), countryOnly("m-2", "a-2", q3), false,
			"no place, party, name or figure in common"},
		// Figures repeat among a province's incidents of a day
		// (TestDenseStream): a figure ties reports only beside a name.
		{"the same figure alone", withFig(countryOnly("m-1", "a-1"), event.Detained, 14), withFig(countryOnly("m-2", "a-2"), event.Detained, 14), false,
			"same figure (14 detained)"},
		{"a small figure is no evidence", withFig(countryOnly("m-1", "a-1"), event.Killed, 2), withFig(countryOnly("m-2", "a-2"), event.Killed, 2), false,
			"no place, party, name or figure in common"},
		{"only the national army in common", withActor(countryOnly("m-1", "a-1"), mzArmy), withActor(countryOnly("m-2", "a-2"), mzArmy), false,
			"no place, party, name or figure in common"},
		{"two forces on the same sides", withFig(twoForces(countryOnly("m-1", "a-1")), event.Killed, 4), withFig(twoForces(countryOnly("m-2", "a-2")), event.Killed, 6), true,
			"actors share"},
		{"a named militia in common", withFig(withActor(countryOnly("m-1", "a-1"), militia), event.Killed, 3), withFig(withActor(countryOnly("m-2", "a-2"), militia), event.Killed, 4), true,
			"actors share Naparama Militia"},
		// "The militia attacked civilians in Mozambique": with no figure,
		// no name and no place below the country, a report ties to none
		// of the group's incidents of the day (vague).
		{"a named militia, nothing else told", withActor(countryOnly("m-1", "a-1"), militia), withActor(countryOnly("m-2", "a-2"), militia), false,
			"no place, party, name or figure in common"},
		{"two forces, nothing else told", twoForces(countryOnly("m-1", "a-1")), twoForces(countryOnly("m-2", "a-2")), false,
			"no place, party, name or figure in common"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, why, ok := Match(&tc.a, &tc.b)
			s2, _, _ := Match(&tc.b, &tc.a)
			if s != s2 {
				t.Errorf("not symmetric: %.2f / %.2f", s, s2)
			}
			if !ok || (s >= Threshold) != tc.ok || !strings.Contains(why, tc.why) {
				t.Errorf("Match = %.2f %v (%s), want merge=%v and %q", s, ok, why, tc.ok, tc.why)
			}
		})
	}
	// Clustered: the two reports naming the same fisherman merge, the
	// look-alike killing the same day stays apart.
	ms := []event.Event{countryOnly("m-1", "a-1", q1), countryOnly("m-3", "a-3", q3), countryOnly("m-2", "a-2", q2)}
	want := [][]string{{"m-1", "m-2"}, {"m-3"}}
	if got := clusterIDs(ms); !sameGroups(got, want) {
		t.Errorf("Cluster = %v, want %v", got, want)
	}
}

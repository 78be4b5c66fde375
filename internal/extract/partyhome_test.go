package extract_test

import (
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/extract"
)

// A town's name that several countries share is read in the country of
// the group the text names, when the text names no country: a reader of
// "NPA rebels raided a post in X" looks for X in the Philippines. Needs
// the real gazetteer: the namesakes are GeoNames'.
func TestPartyHomeReadsSharedNames(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, country string }{
		{"NPA rebels raided a militia detachment in San Roque at dawn, killing two militiamen.", "Philippines"},
		{"Boko Haram fighters stormed a camp for displaced people in Banki overnight, residents said.", "Nigeria"},
		{"SPLA-IO fighters attack army barracks in Leer, three soldiers killed", "South Sudan"},
	} {
		evs := x.Extract(extract.Article{ID: "h", Text: tc.text, Published: pub})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].Country != tc.country {
			t.Errorf("%q: placed in %q (%s), want %q", tc.text, evs[0].Country, evs[0].Location, tc.country)
		}
	}
}

// Pashto reports read end to end with the real gazetteer: the province
// named before its level word or after its preposition, the attacker's
// nationality before its aircraft, the victims as civilians.
func TestPashtoWithGazetteer(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2025, 10, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, admin1, actor1, sub string }{
		{"پاکستاني جټ الوتکو د پکتیکا ولایت په یوه کلي باندې هوايي بریدونه وکړل او ۸ ملکي وګړي ووژل شول، ولسوال وویل.",
			"Paktika", "Military Forces of Pakistan", "Air/drone strike"},
		{"په لغمان کې وسله والو طالبانو په یوه امنیتي پوسته برید وکړ او ۳ پولیس یې ووژل، ولایتي چارواکو وویل.",
			"Laghman", "Taliban", "Armed clash"},
		// the group owning the dead stands before their count ("د داعش
		// څلور غړي": four members of Daesh): the victims', not the doer
		{"د طالبانو ځواکونو په کنړ کې د داعش څلور غړي ووژل.", "Kunar", "Taliban", "Armed clash"},
	} {
		evs := x.Extract(extract.Article{ID: "p", Text: tc.text, Published: pub, Language: "ps"})
		if len(evs) != 1 {
			t.Errorf("%q: %d events, want 1", tc.text, len(evs))
			continue
		}
		e := evs[0]
		if e.Country != "Afghanistan" || e.Admin1 != tc.admin1 || e.Actor1 != tc.actor1 || e.SubEventType != tc.sub {
			t.Errorf("%q: %s/%s %s %s, want Afghanistan/%s %s %s", tc.text, e.Country, e.Admin1, e.Actor1, e.SubEventType, tc.admin1, tc.actor1, tc.sub)
		}
	}
}

// A people in the plural opening its clause as the doer of an act of war
// is its state's forces ("Ethiopians killed"); after a count, or before
// a preposition (a headline's passive), it is the victims.
func TestNationAgents(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, actor1 string }{
		{"Ethiopians killed four farmers near Kassala overnight, residents said.", "Military Forces of Ethiopia"},
		{"The Americans captured two Taliban commanders in Helmand on Sunday.", "Military Forces of United States"},
		{"Three Ethiopians killed near Kassala in a bandit attack.", "Unidentified Armed Group"},
	} {
		evs := x.Extract(extract.Article{ID: "n", Text: tc.text, Published: pub})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].Actor1 != tc.actor1 {
			t.Errorf("%q: actor 1 %q, want %q", tc.text, evs[0].Actor1, tc.actor1)
		}
	}
}

package filter

import (
	"flag"
	"io"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

func TestEvents(t *testing.T) {
	for _, tc := range []struct {
		name string
		q    string
		want store.EventFilter
	}{
		{"nothing", "", store.EventFilter{}},
		{"dates", "from=2026-03-01&to=2026-03-31", store.EventFilter{From: "2026-03-01", To: "2026-03-31"}},
		{"RFC 3339 counts the day as written", "from=2026-03-01T23:30:00%2B04:30", store.EventFilter{From: "2026-03-01"}},
		{"one day", "from=2026-03-01&to=2026-03-01", store.EventFilter{From: "2026-03-01", To: "2026-03-01"}},
		{"event type in any case, stored as the codebook spells it", "event_type=explosions/remote+VIOLENCE", store.EventFilter{EventType: event.Explosions}},
		{"type is event_type", "type=riots", store.EventFilter{EventType: event.Riots}},
		{"sub-event type", "sub_event_type=air/drone+strike", store.EventFilter{SubEventType: event.AirDroneStrike}},
		{"sub-type in its type", "event_type=Battles&sub_event_type=Armed+clash", store.EventFilter{EventType: event.Battles, SubEventType: event.ArmedClash}},
		{"values trimmed", "country=+Mali+&admin1=Mopti", store.EventFilter{Country: "Mali", Admin1: "Mopti"}},
		{"language lower-cased", "language=RU", store.EventFilter{Language: "ru"}},
		{"numbers", "min_fatalities=0&limit=5&offset=10", store.EventFilter{Limit: 5, Offset: 10}},
		{"bbox", "bbox=60,29,75,38", store.EventFilter{BBox: &[4]float64{60, 29, 75, 38}}},
		{"contested true", "contested=yes", store.EventFilter{Contested: "any"}},
		{"contested flag", "contested=Denied", store.EventFilter{Contested: "denied"}},
		{"no background", "no_background=1", store.EventFilter{SkipBackground: true}},
		{"empty values are no filter", "country=&q=+", store.EventFilter{}},
		{"q and outlet", "q=border+guards&outlet=wire", store.EventFilter{Query: "border guards", Outlet: "wire"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := url.ParseQuery(tc.q)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Events(v)
			if err != nil {
				t.Fatalf("Events(%s): %v", tc.q, err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Events(%s) = %+v, want %+v", tc.q, got, tc.want)
			}
		})
	}
}

// TestRefused pins the error texts: the command line, the API, alerts and
// MCP all show these words.
func TestRefused(t *testing.T) {
	for _, tc := range []struct {
		q, want string
	}{
		{"from=1%2F3%2F2026", `from must be a date YYYY-MM-DD (or RFC 3339), not "1/3/2026"`},
		{"from=2026-04-01&to=2026-03-01", "from 2026-04-01 is after to 2026-03-01"},
		{"event_type=Clashes", `event_type must be one of Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments, not "Clashes"`},
		{"sub_event_type=ambush", `sub_event_type must be a sub-event type of the codebook`},
		{"event_type=Protests&sub_event_type=Armed+clash", `sub_event_type "Armed clash" is a sub-type of Battles, not of Protests`},
		{"min_fatalities=-1", `min_fatalities must be a whole number ≥ 0, not "-1"`},
		{"limit=-1", `limit must be a whole number ≥ 1, not "-1"`},
		{"limit=0", `limit must be a whole number ≥ 1, not "0"`},
		{"offset=x", `offset must be a whole number ≥ 0, not "x"`},
		{"bbox=1,2,3", "bbox must be minLon,minLat,maxLon,maxLat"},
		{"bbox=10,0,5,1", "want minLon ≤ maxLon"},
		{"language=Russian", `language must be a two-letter ISO 639-1 code such as en, ru or fa, not "Russian"`},
		{"contested=maybe", "contested must be true, false, toll, responsibility or denied"},
		{"no_background=sometimes", `no_background must be true or false, not "sometimes"`},
		{"contry=Mali", `unknown filter "contry": events take from, to, country`},
		{"q=" + strings.Repeat("word+", 500), "q is 2499 bytes long"},
		{"country=" + strings.Repeat("x", 10000) + "&from=bad", `from must be a date`},
		{"from=" + strings.Repeat("9", 10000), `…"`},
	} {
		v, err := url.ParseQuery(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Events(v)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Events(%.60s) error = %v, want it to contain %q", tc.q, err, tc.want)
		}
		if err != nil && len(err.Error()) > 400 {
			t.Errorf("Events(%.60s): error of %d bytes echoes too much", tc.q, len(err.Error()))
		}
	}
}

func TestArticles(t *testing.T) {
	v := url.Values{"from": {"2026-05-01"}, "to": {"2026-05-31T12:00:00Z"}, "outlet": {"Asia"}, "language": {"FA"}, "limit": {"20"}}
	got, err := Articles(v)
	want := store.ArticleFilter{From: "2026-05-01", To: "2026-05-31", Outlet: "Asia", Language: "fa", Limit: 20}
	if err != nil || got != want {
		t.Errorf("Articles = %+v, %v; want %+v", got, err, want)
	}
	_, err = Articles(url.Values{"country": {"Niger"}})
	if err == nil || !strings.Contains(err.Error(), `unknown filter "country": articles take from, to, outlet, language, limit, offset`) {
		t.Errorf("an event filter given for articles: error %v", err)
	}
}

// TestFlagsAreTheParameters checks that each filter's flag sets its
// parameter, so that a flag is checked as the API checks the parameter.
func TestFlagsAreTheParameters(t *testing.T) {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	q := AddFlags(fs, ForEvents)
	args := []string{"--from", "2026-01-01", "--country", "Syria", "--event-type", "battles", "--sub-type", "armed clash",
		"--min-fatalities", "3", "--no-background", "--language", "ar", "--limit", "7"}
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	got, err := Events(q)
	want := store.EventFilter{From: "2026-01-01", Country: "Syria", EventType: event.Battles, SubEventType: event.ArmedClash,
		MinFatalities: 3, SkipBackground: true, Language: "ar", Limit: 7}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("flags %v gave %+v, %v; want %+v", args, got, err, want)
	}
	for _, p := range Params {
		if p.Scope&ForEvents != 0 && fs.Lookup(p.Flag()) == nil {
			t.Errorf("no flag --%s for filter %s", p.Flag(), p.Name)
		}
	}

	fs = flag.NewFlagSet("articles", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	AddFlags(fs, ForArticles, "limit")
	for _, name := range []string{"country", "limit", "q"} {
		if fs.Lookup(name) != nil {
			t.Errorf("articles got a --%s flag", name)
		}
	}
	if f := fs.Lookup("from"); f == nil || !strings.Contains(f.Usage, "published") {
		t.Errorf("articles' --from should say it is the publication day: %+v", f)
	}
}

// TestEveryFilterFilters guards the table: a filter whose check sets
// nothing would be accepted and silently ignored.
func TestEveryFilterFilters(t *testing.T) {
	good := map[string]string{"from": "2026-01-01", "to": "2026-01-01", "event_type": "Riots", "sub_event_type": "Looting/property destruction",
		"min_fatalities": "2", "bbox": "0,0,1,1", "language": "ps", "contested": "toll", "no_background": "true", "limit": "3", "offset": "4"}
	for _, p := range Params {
		s, ok := good[p.Name]
		if !ok {
			s = "Kidal"
		}
		got, err := Events(url.Values{p.Name: {s}})
		if err != nil {
			t.Errorf("%s=%s: %v", p.Name, s, err)
			continue
		}
		if reflect.DeepEqual(got, store.EventFilter{}) {
			t.Errorf("%s=%s sets nothing", p.Name, s)
		}
	}
}

package store

import (
	"context"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// filterFixture stores six events from two articles of two outlets.
func filterFixture(t *testing.T) Store {
	t.Helper()
	ctx := context.Background()
	s := openTest(t)
	for i, a := range []*Article{art("f000000000000001", "Khovar", 1), art("f000000000000002", "RFE/RL Tajik Service", 2)} {
		a.Language = []string{"ru", "en"}[i]
		if _, err := s.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	subType := map[string]string{"AF1": event.ArmedClash, "AF2": event.RemoteExplosive, "TJ1": event.ArmedClash, "TJ2": event.Attack}
	mk := func(id, date, country, iso, admin1, typ, actor1, actor2 string, fat int, lat, lon float64, contested []string, notes, quote, denial string) event.Event {
		e := event.Event{
			ID: id, EventDate: date, TimePrecision: 1, EventType: typ, Actor1: actor1, Actor2: actor2,
			Country: country, ISO: iso, Admin1: admin1, Latitude: lat, Longitude: lon, Fatalities: fat,
			Contested: contested, Notes: notes,
			Claims: []event.Claim{{Kind: event.Killed, Count: fat, Quote: quote}},
		}
		e.SubEventType = subType[id]
		if denial != "" {
			e.Denials = []event.Denial{{By: "Ministry", Quote: denial}}
		}
		return e
	}
	a1 := []event.Event{
		mk("AF1", "2021-06-27", "Afghanistan", "AF", "Takhar", "Battles", "Taliban", "Military Forces of Afghanistan", 12, 36.7, 69.5,
			[]string{"toll"}, "Clash near Taloqan.", "Twelve soldiers were killed, the 100% reliable police said.", ""),
		mk("AF2", "2021-06-20", "Afghanistan", "AF", "Badakhshan", "Explosions/Remote violence", "Unidentified Armed Group", "", 3, 37.1, 70.6,
			nil, "IED on a road.", "Three civilians died in the blast.", ""),
		mk("TJ1", "2021-07-01", "Tajikistan", "TJ", "Khatlon", "Battles", "Military Forces of Tajikistan", "Taliban", 0, 37.5, 68.8,
			[]string{"denied", "responsibility"}, "Border incident.", "No one was hurt.", "The ministry denied any exchange of fire at the <post>."),
	}
	a2 := []event.Event{
		mk("TJ2", "2019-11-06", "Tajikistan", "TJ", "Dushanbe", "Battles", "Islamic State", "Military Forces of Tajikistan", 32, 38.5, 68.8,
			nil, "Attack on a border post.", "Seventeen attackers were killed.", ""),
		mk("XX1", "2019-01-01", "", "", "", "Strategic developments", "Taliban", "", 0, 0, 0, nil, "No place known.", "Nothing.", ""),
		mk("UZ1", "2021-06-23", "Uzbekistan", "UZ", "Surxondaryo", "Strategic developments", "Military Forces of Afghanistan", "", 0, 37.2, 67.3,
			nil, "Soldiers crossed the bridge at_Termez.", "53 soldiers fled.", ""),
	}
	if err := s.ReplaceArticleEvents(ctx, "f000000000000001", a1, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.ReplaceArticleEvents(ctx, "f000000000000002", a2, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestEventFilters(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := filterFixture(t)
		for _, tc := range []struct {
			name string
			f    EventFilter
			want string // IDs in list order (date descending)
		}{
			{"none", EventFilter{}, "TJ1 AF1 UZ1 AF2 TJ2 XX1"},
			{"from-to inclusive", EventFilter{From: "2021-06-20", To: "2021-06-27"}, "AF1 UZ1 AF2"},
			{"country name any case", EventFilter{Country: "afghanistan"}, "AF1 AF2"},
			{"country ISO", EventFilter{Country: "tj"}, "TJ1 TJ2"},
			{"country+dates", EventFilter{Country: "Tajikistan", From: "2020-01-01"}, "TJ1"},
			{"admin1", EventFilter{Admin1: "TAKHAR"}, "AF1"},
			{"type", EventFilter{EventType: "battles"}, "TJ1 AF1 TJ2"},
			{"sub-event type any case", EventFilter{SubEventType: "armed CLASH"}, "TJ1 AF1"},
			{"language of an article", EventFilter{Language: "ru"}, "TJ1 AF1 AF2"},
			{"language any case", EventFilter{Language: "EN"}, "UZ1 TJ2 XX1"},
			{"language none reported in", EventFilter{Language: "fa"}, ""},
			{"actor either side", EventFilter{Actor: "taliban"}, "TJ1 AF1 XX1"},
			{"min fatalities", EventFilter{MinFatalities: 12}, "AF1 TJ2"},
			{"bbox", EventFilter{BBox: &[4]float64{69, 36, 71, 38}}, "AF1 AF2"},
			{"bbox around 0,0 skips unplaced", EventFilter{BBox: &[4]float64{-1, -1, 1, 1}}, ""},
			{"q notes", EventFilter{Query: "taloqan"}, "AF1"},
			{"q claim quote", EventFilter{Query: "blast"}, "AF2"},
			{"q denial quote", EventFilter{Query: "exchange of fire"}, "TJ1"},
			{"q with characters JSON escapes", EventFilter{Query: "the <post>"}, "TJ1"},
			{"q all words", EventFilter{Query: "soldiers killed"}, "AF1"},
			{"q words anywhere", EventFilter{Query: "soldiers"}, "AF1 UZ1"},
			{"q punctuation is no word", EventFilter{Query: "100%"}, "AF1"},
			{"q punctuation separates words", EventFilter{Query: "at_termez"}, "UZ1"},
			{"q any case", EventFilter{Query: "TALOQAN"}, "AF1"},
			{"q word beginnings", EventFilter{Query: "sold"}, "AF1 UZ1"},
			{"q not inside words", EventFilter{Query: "oqan"}, ""},
			{"q short word whole", EventFilter{Query: "no"}, "TJ1 XX1"},
			{"q short word no prefix", EventFilter{Query: "bo"}, ""},
			{"q matches no JSON keys", EventFilter{Query: "quote"}, ""},
			{"outlet substring", EventFilter{Outlet: "rfe/rl"}, "UZ1 TJ2 XX1"},
			{"contested any", EventFilter{Contested: "any"}, "TJ1 AF1"},
			{"contested none", EventFilter{Contested: "none"}, "UZ1 AF2 TJ2 XX1"},
			{"contested flag", EventFilter{Contested: "denied"}, "TJ1"},
			{"article", EventFilter{ArticleID: "f000000000000002"}, "UZ1 TJ2 XX1"},
			{"combined", EventFilter{Country: "AF", EventType: "Battles", Contested: "toll", From: "2021-01-01", Query: "police"}, "AF1"},
			{"limit offset", EventFilter{Limit: 2, Offset: 1}, "AF1 UZ1"},
			{"after key", EventFilter{AfterDate: "2021-06-23", AfterID: "UZ1"}, "AF2 TJ2 XX1"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				evs, err := s.ListEvents(ctx, tc.f)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, e := range evs {
					got = append(got, e.ID)
				}
				if strings.Join(got, " ") != tc.want {
					t.Errorf("got %q, want %q", strings.Join(got, " "), tc.want)
				}
				// CountEvents agrees with an unpaged list.
				f := tc.f
				f.Limit, f.Offset, f.AfterDate, f.AfterID = 0, 0, "", ""
				all, err := s.ListEvents(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				n, err := s.CountEvents(ctx, tc.f)
				if err != nil || n != len(all) {
					t.Errorf("count %d (err %v), list %d", n, err, len(all))
				}
			})
		}
	})
}

// TestKeysetPagingCoversAll pages through every event two at a time by
// key and finds each once, in list order, including ties on the date.
func TestKeysetPagingCoversAll(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		if _, err := s.PutArticle(ctx, art("f000000000000003", "X", 1)); err != nil {
			t.Fatal(err)
		}
		var ms []event.Event
		for i, d := range []string{"2020-01-02", "2020-01-02", "2020-01-02", "2020-01-01", "2020-01-03"} {
			ms = append(ms, ev(string(rune('a'+i))+"E", d, "Afghanistan", "Battles", "T", i))
		}
		if err := s.ReplaceArticleEvents(ctx, "f000000000000003", ms, nil); err != nil {
			t.Fatal(err)
		}
		var got []string
		f := EventFilter{Limit: 2}
		for {
			page, err := s.ListEvents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			for _, e := range page {
				got = append(got, e.ID)
			}
			last := page[len(page)-1]
			f.AfterDate, f.AfterID = last.EventDate, last.ID
		}
		want := []string{"eE", "aE", "bE", "cE", "dE"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("paged %v, want %v", got, want)
		}
		sorted := append([]string(nil), got...)
		sort.Strings(sorted)
		for i := 1; i < len(sorted); i++ {
			if sorted[i] == sorted[i-1] {
				t.Errorf("%s twice", sorted[i])
			}
		}
	})
}

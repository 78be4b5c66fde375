package store

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

func ev(id, date, country, typ, actor string, fat int) event.Event {
	return event.Event{
		ID: id, EventDate: date, TimePrecision: 1, EventType: typ, Actor1: actor, Country: country,
		Fatalities: fat, Claims: []event.Claim{{Kind: event.Killed, Count: fat, Quote: "q " + id}},
	}
}

// standIn is a stand-in fusion rule in the shape of fuse.Plan: the
// windows and bucket it looks up, which stored mentions it relates to a
// new one, and how it groups what it read. (This package cannot use the
// real one: internal/fuse imports it.)
type standIn struct {
	windows func(m *event.Event) []DateRange
	bucket  func(m *event.Event) string
	related func(a, b *event.Event) bool
	group   func(ms []event.Event) []Group
}

func (f standIn) plan(ctx context.Context, nb Neighbourhood) (Plan, error) {
	ms := nb.Mentions()
	p := Plan{Buckets: make([]string, len(ms))}
	rebuild := map[string]bool{}
	for _, id := range nb.Previous() {
		rebuild[id] = true
	}
	for i := range ms {
		m := &ms[i]
		if f.bucket != nil {
			p.Buckets[i] = f.bucket(m)
		}
		for _, w := range f.windows(m) {
			err := nb.Candidates(ctx, Query{Country: m.Country, Bucket: p.Buckets[i], Window: w, Skip: rebuild}, func(c Candidate) {
				if f.related(m, c.Mention) {
					rebuild[c.EventID] = true
				}
			})
			if err != nil {
				return Plan{}, err
			}
		}
	}
	var all []event.Event
	for _, id := range slices.Sorted(maps.Keys(rebuild)) {
		members, err := nb.Members(ctx, id)
		if err != nil {
			return Plan{}, err
		}
		for _, mb := range members {
			all = append(all, mb.Mention)
		}
	}
	p.Groups = f.group(append(all, ms...))
	return p, nil
}

func oneDay(m *event.Event) []DateRange { return []DateRange{{From: m.EventDate, To: m.EventDate}} }

func sameCountryDay(a, b *event.Event) bool {
	return a.Country == b.Country && a.EventDate == b.EventDate
}

// sameDay: mentions of one country and day are one event, named after its
// smallest mention ID, its claims pooled.
var sameDay = standIn{
	windows: oneDay,
	related: sameCountryDay,
	group:   groupSameDay,
}.plan

func groupSameDay(ms []event.Event) []Group {
	byKey := map[string]int{}
	var out []Group
	for _, m := range ms {
		k := m.Country + "|" + m.EventDate
		gi, ok := byKey[k]
		if !ok {
			gi = len(out)
			byKey[k] = gi
			out = append(out, Group{Event: m})
		}
		g := &out[gi]
		g.Members = append(g.Members, m.ID)
		if m.ID < g.Event.ID {
			g.Event.ID = m.ID
		}
		if ok {
			g.Event.Claims = append(g.Event.Claims, m.Claims...)
		}
	}
	return out
}

func TestReplaceArticleEvents(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		for _, id := range []string{"a000000000000001", "a000000000000002"} {
			if _, err := s.PutArticle(ctx, art(id, "X", 1)); err != nil {
				t.Fatal(err)
			}
		}
		put := func(article string, ms ...event.Event) {
			t.Helper()
			if err := s.ReplaceArticleEvents(ctx, article, ms, sameDay); err != nil {
				t.Fatal(err)
			}
		}
		list := func() string {
			t.Helper()
			all, err := s.ListEvents(ctx, EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, e := range all {
				ids = append(ids, fmt.Sprintf("%s(%d)", e.ID, len(e.Claims)))
			}
			return strings.Join(ids, ",")
		}
		put("a000000000000001",
			ev("KG-a1-1", "2026-03-09", "Kyrgyzstan", "Battles", "Military Forces of Kyrgyzstan", 3),
			ev("TJ-a1-2", "2026-03-09", "Tajikistan", "Battles", "Military Forces of Tajikistan", 2))
		// A second article tells the Tajik side of the same day: one event, two claims.
		put("a000000000000002", ev("TJ-a2-1", "2026-03-09", "Tajikistan", "Battles", "Military Forces of Tajikistan", 3))
		if got := list(); got != "KG-a1-1(1),TJ-a1-2(2)" {
			t.Fatalf("after two articles: %s", got)
		}
		ms, err := s.EventMentions(ctx, "KG-a1-1")
		if err != nil || len(ms) != 1 || ms[0].ID != "KG-a1-1" {
			t.Errorf("mentions of KG-a1-1: %v %v", ms, err)
		}
		if ms, _ := s.EventMentions(ctx, "TJ-a1-2"); len(ms) != 2 {
			t.Errorf("mentions of the fused Tajik event: %d, want 2", len(ms))
		}
		// Re-extracting the first article now yields one different event: its
		// Kyrgyz event goes; the Tajik event lives on from the second article
		// alone, under that article's mention ID.
		put("a000000000000001", ev("PK-a1-1", "2026-02-16", "Pakistan", "Explosions/Remote violence", "Tehrik-i-Taliban Pakistan", 4))
		if got := list(); got != "TJ-a2-1(1),PK-a1-1(1)" {
			t.Errorf("after re-extraction: %s", got)
		}
		got, err := s.GetEvent(ctx, "PK")
		if err != nil || len(got.Claims) != 1 || got.Claims[0].Quote != "q PK-a1-1" {
			t.Errorf("GetEvent: %+v, %v", got, err)
		}
		for _, stale := range []string{"KG-a1-1", "TJ-a1-2"} {
			if _, err := s.GetEvent(ctx, stale); !errors.Is(err, ErrNotFound) {
				t.Errorf("stale event %s still there: %v", stale, err)
			}
		}
		// Without a fuser every mention is its own event.
		if err := s.ReplaceArticleEvents(ctx, "a000000000000001", []event.Event{
			ev("TJ-a1-9", "2026-03-09", "Tajikistan", "Battles", "X", 1)}, nil); err != nil {
			t.Fatal(err)
		}
		if got := list(); got != "TJ-a1-9(1),TJ-a2-1(1)" {
			t.Errorf("without fuser: %s", got)
		}
	})
}

func TestListEventsFilters(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		if _, err := s.PutArticle(ctx, art("b000000000000001", "X", 1)); err != nil {
			t.Fatal(err)
		}
		old := ev("TJ-0", "1995-06-01", "Tajikistan", "Battles", "Military Forces of Tajikistan", 100)
		old.Background = true
		evs := []event.Event{
			ev("AF-1", "2026-04-14", "Afghanistan", "Explosions/Remote violence", "Islamic State Khorasan Province", 3),
			ev("AF-2", "2026-04-02", "Afghanistan", "Battles", "Taliban", 5),
			ev("ML-1", "2026-05-04", "Mali", "Violence against civilians", "JNIM: Group for Support of Islam and Muslims", 14),
			old,
		}
		evs[0].ISO = "AF"
		if err := s.ReplaceArticleEvents(ctx, "b000000000000001", evs, nil); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name string
			f    EventFilter
			want string
		}{
			{"all", EventFilter{}, "ML-1,AF-1,AF-2,TJ-0"},
			{"without background", EventFilter{SkipBackground: true}, "ML-1,AF-1,AF-2"},
			{"date range inclusive", EventFilter{From: "2026-04-02", To: "2026-04-14"}, "AF-1,AF-2"},
			{"country by name", EventFilter{Country: "afghanistan"}, "AF-1,AF-2"},
			{"country by iso", EventFilter{Country: "af"}, "AF-1"},
			{"type", EventFilter{EventType: "battles", SkipBackground: true}, "AF-2"},
			{"actor substring", EventFilter{Actor: "khorasan"}, "AF-1"},
			{"page", EventFilter{Limit: 1, Offset: 1}, "AF-1"},
		}
		for _, tt := range tests {
			got, err := s.ListEvents(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			if strings.Join(ids, ",") != tt.want {
				t.Errorf("%s: %v, want %s", tt.name, ids, tt.want)
			}
		}
	})
}

// wideWindow looks a month around each mention but relates only same-day
// reports, as the real fuser's window is wider than what matches.
var wideWindow = standIn{
	windows: func(m *event.Event) []DateRange {
		return []DateRange{{From: m.EventDate[:8] + "01", To: m.EventDate[:8] + "31"}}
	},
	related: sameCountryDay,
	group:   groupSameDay,
}.plan

func TestOnlyRelatedEventsAreRebuilt(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		for _, id := range []string{"c000000000000001", "c000000000000002"} {
			if _, err := s.PutArticle(ctx, art(id, "X", 1)); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.ReplaceArticleEvents(ctx, "c000000000000001", []event.Event{
			ev("ML-c1-1", "2026-05-02", "Mali", "Battles", "JNIM", 4),
			ev("ML-c1-2", "2026-05-20", "Mali", "Battles", "JNIM", 9)}, wideWindow); err != nil {
			t.Fatal(err)
		}
		stamp := func(id string) string {
			var u string
			if err := s.(*DB).r().queryRow(ctx, `SELECT updated_at FROM events WHERE id = ?`, id).Scan(&u); err != nil {
				t.Fatal(err)
			}
			return u
		}
		before := stamp("ML-c1-2")
		if err := s.ReplaceArticleEvents(ctx, "c000000000000002", []event.Event{
			ev("ML-c2-1", "2026-05-02", "Mali", "Battles", "JNIM", 5)}, wideWindow); err != nil {
			t.Fatal(err)
		}
		if got := stamp("ML-c1-2"); got != before {
			t.Errorf("an event no new report relates to was rewritten (%s -> %s)", before, got)
		}
		if ms, _ := s.EventMentions(ctx, "ML-c1-1"); len(ms) != 2 {
			t.Errorf("the related event should hold both reports, has %d", len(ms))
		}
	})
}

// looseCountry is a stand-in fuser under which a report without a country
// may join a report of any country on its day (it joins the first country
// in name order), as a vague report can in real fusion.
var looseCountry = standIn{
	windows: oneDay,
	related: func(a, b *event.Event) bool {
		return a.EventDate == b.EventDate && (a.Country == "" || b.Country == "" || a.Country == b.Country)
	},
	group: func(ms []event.Event) []Group {
		var countries []string
		for _, m := range ms {
			if m.Country != "" && !slices.Contains(countries, m.Country) {
				countries = append(countries, m.Country)
			}
		}
		slices.Sort(countries)
		var out []Group
		for _, m := range ms {
			k := m.Country
			if k == "" && len(countries) > 0 {
				k = countries[0]
			}
			gi := slices.IndexFunc(out, func(g Group) bool { return g.Event.Country == k || (g.Event.Country == "" && k == "") })
			if gi < 0 {
				e := m
				e.Country = k
				out = append(out, Group{Event: e})
				gi = len(out) - 1
			}
			g := &out[gi]
			g.Members = append(g.Members, m.ID)
			if m.ID < g.Event.ID {
				g.Event.ID = m.ID
			}
		}
		return out
	},
}.plan

// A report without a country ties an event to no country's lock; fusing a
// report of a third country that relates to it must see the whole event
// (on PostgreSQL: take the global lock and start again).
func TestFusionAcrossACountrylessReport(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		put := func(aid, mid, country string) {
			t.Helper()
			if _, err := s.PutArticle(ctx, art(aid, "X", 1)); err != nil {
				t.Fatal(err)
			}
			if err := s.ReplaceArticleEvents(ctx, aid, []event.Event{ev(mid, "2026-04-09", country, "Battles", "JNIM", 2)}, looseCountry); err != nil {
				t.Fatal(err)
			}
		}
		put("a100000000000001", "XX-a1", "")
		put("a100000000000002", "ML-a2", "Mali")
		put("a100000000000003", "NE-a3", "Niger")
		evs, err := s.ListEvents(ctx, EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			ms, _ := s.EventMentions(ctx, e.ID)
			var ids []string
			for _, m := range ms {
				ids = append(ids, m.ID)
			}
			slices.Sort(ids)
			got = append(got, e.Country+":"+strings.Join(ids, ","))
		}
		slices.Sort(got)
		if want := []string{"Mali:ML-a2,XX-a1", "Niger:NE-a3"}; !slices.Equal(got, want) {
			t.Errorf("events = %v, want %v", got, want)
		}
	})
}

// byProvince is sameDay with the province as its bucket: the store must not
// even read reports of another province (sameDay would group them).
var byProvince = standIn{
	windows: oneDay,
	bucket:  func(m *event.Event) string { return m.Admin1 },
	related: sameCountryDay,
	group:   groupSameDay,
}.plan

func TestLookUpReadsOnlyTheBucket(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		put := func(aid, mid, admin1 string) {
			t.Helper()
			if _, err := s.PutArticle(ctx, art(aid, "X", 1)); err != nil {
				t.Fatal(err)
			}
			m := ev(mid, "2026-04-09", "Mali", "Battles", "JNIM", 2)
			m.Admin1 = admin1
			if err := s.ReplaceArticleEvents(ctx, aid, []event.Event{m}, byProvince); err != nil {
				t.Fatal(err)
			}
		}
		count := func() int {
			n, err := s.CountEvents(ctx, EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		put("b100000000000001", "ML-b1", "Mopti")
		put("b100000000000002", "ML-b2", "Gao")
		if n := count(); n != 2 {
			t.Fatalf("reports in two provinces: %d events, want 2 (the second must not see the first)", n)
		}
		// A report placed only in the country reads both provinces.
		put("b100000000000003", "ML-b3", "")
		if n := count(); n != 1 {
			t.Errorf("after a country-level report: %d events, want 1", n)
		}
	})
}

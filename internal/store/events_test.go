package store

import (
	"context"
	"errors"
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

func TestReplaceArticleEvents(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	for _, id := range []string{"a000000000000001", "a000000000000002"} {
		if _, err := s.PutArticle(ctx, art(id, "X", 1)); err != nil {
			t.Fatal(err)
		}
	}
	first := []event.Event{
		ev("KG-1", "2026-03-09", "Kyrgyzstan", "Battles", "Military Forces of Kyrgyzstan", 3),
		ev("TJ-1", "2026-03-09", "Tajikistan", "Battles", "Military Forces of Tajikistan", 2),
	}
	if err := s.ReplaceArticleEvents(ctx, "a000000000000001", first); err != nil {
		t.Fatal(err)
	}
	// A second article backs TJ-1 too.
	if err := s.ReplaceArticleEvents(ctx, "a000000000000002", []event.Event{first[1]}); err != nil {
		t.Fatal(err)
	}
	// Re-extracting the first article now yields one different event:
	// KG-1 (its alone) goes, TJ-1 stays because the second article backs it.
	if err := s.ReplaceArticleEvents(ctx, "a000000000000001", []event.Event{ev("PK-1", "2026-02-16", "Pakistan", "Explosions/Remote violence", "Tehrik-i-Taliban Pakistan", 4)}); err != nil {
		t.Fatal(err)
	}
	all, err := s.ListEvents(ctx, EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range all {
		ids = append(ids, e.ID)
	}
	if strings.Join(ids, ",") != "TJ-1,PK-1" {
		t.Errorf("events after re-extraction: %v, want TJ-1,PK-1", ids)
	}
	got, err := s.GetEvent(ctx, "PK")
	if err != nil || len(got.Claims) != 1 || got.Claims[0].Quote != "q PK-1" {
		t.Errorf("GetEvent: %+v, %v", got, err)
	}
	if _, err := s.GetEvent(ctx, "KG-1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("stale event still there: %v", err)
	}
}

func TestListEventsFilters(t *testing.T) {
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
	if err := s.ReplaceArticleEvents(ctx, "b000000000000001", evs); err != nil {
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
}

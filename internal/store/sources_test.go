package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestSourcesAddListRemove(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		a := &Source{URL: "https://a.example/feed.xml", Name: "alpha", Every: 15 * time.Minute}
		if err := s.AddSource(ctx, a); err != nil || a.ID == 0 {
			t.Fatalf("add: id %d, err %v", a.ID, err)
		}
		b := &Source{URL: "https://b.example/news", Every: time.Hour}
		if err := s.AddSource(ctx, b); err != nil {
			t.Fatal(err)
		}
		c := &Source{URL: "https://c.example/rss", Every: time.Hour}
		if err := s.AddSource(ctx, c); err != nil {
			t.Fatalf("a second source without a name: %v", err)
		}
		if err := s.AddSource(ctx, &Source{URL: a.URL, Every: time.Hour}); !errors.Is(err, ErrExists) {
			t.Errorf("same URL again: %v, want ErrExists", err)
		}
		if err := s.AddSource(ctx, &Source{URL: "https://d.example/", Name: "alpha", Every: time.Hour}); !errors.Is(err, ErrExists) {
			t.Errorf("same name again: %v, want ErrExists", err)
		}
		list, err := s.ListSources(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 3 || list[0].URL != a.URL || list[0].Name != "alpha" || list[0].Every != 15*time.Minute || list[0].Added.IsZero() {
			t.Fatalf("list: %+v", list)
		}
		if !list[0].NextDue.IsZero() || !list[0].LastPoll.IsZero() {
			t.Errorf("a new source is due at once and never polled: %+v", list[0])
		}

		got, err := s.RemoveSource(ctx, "alpha")
		if err != nil || got.URL != a.URL {
			t.Fatalf("remove by name: %+v %v", got, err)
		}
		if _, err := s.RemoveSource(ctx, b.URL); err != nil {
			t.Fatalf("remove by URL: %v", err)
		}
		if _, err := s.RemoveSource(ctx, "alpha"); !errors.Is(err, ErrNotFound) {
			t.Errorf("remove again: %v, want ErrNotFound", err)
		}
		list, _ = s.ListSources(ctx)
		if len(list) != 1 || list[0].URL != c.URL {
			t.Errorf("after removals: %+v", list)
		}
	})
}

func TestSourcesDueAndRecordPoll(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		t0 := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
		a := &Source{URL: "https://a.example/feed.xml", Every: 15 * time.Minute}
		b := &Source{URL: "https://b.example/feed.xml", Every: 15 * time.Minute}
		for _, src := range []*Source{a, b} {
			if err := s.AddSource(ctx, src); err != nil {
				t.Fatal(err)
			}
		}
		due, next, err := s.DueSources(ctx, t0)
		if err != nil || len(due) != 2 || !next.IsZero() {
			t.Fatalf("both new sources are due: %d due, next %v, err %v", len(due), next, err)
		}
		// a polled: due again in 15 minutes; b failed: due in 30.
		a.ETag, a.LastModified, a.LastPoll, a.LastNew = `"v1"`, "Fri, 01 May 2026 11:00:00 GMT", t0, t0
		a.NextDue = t0.Add(15*time.Minute + 500*time.Millisecond)
		b.LastPoll, b.LastError, b.Failures, b.NextDue = t0, "HTTP 500", 1, t0.Add(30*time.Minute)
		for _, src := range []*Source{a, b} {
			if err := s.RecordPoll(ctx, src); err != nil {
				t.Fatal(err)
			}
		}
		due, next, err = s.DueSources(ctx, t0.Add(time.Minute))
		if err != nil || len(due) != 0 || !next.Equal(a.NextDue) {
			t.Fatalf("none due a minute later: %d due, next %v (want %v), err %v", len(due), next, a.NextDue, err)
		}
		// Within the same second, order must still be time order.
		due, _, _ = s.DueSources(ctx, t0.Add(15*time.Minute+600*time.Millisecond))
		if len(due) != 1 || due[0].URL != a.URL || due[0].ETag != `"v1"` || due[0].LastModified == "" || !due[0].LastNew.Equal(t0) {
			t.Fatalf("a due after 15m0.6s: %+v", due)
		}
		due, _, _ = s.DueSources(ctx, t0.Add(time.Hour))
		if len(due) != 2 || due[0].URL != a.URL || due[1].Failures != 1 || due[1].LastError != "HTTP 500" {
			t.Fatalf("both due after an hour, most overdue first: %+v", due)
		}
	})
}

func TestSourceItems(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		src := &Source{URL: "https://a.example/feed.xml", Every: time.Hour}
		if err := s.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		t0 := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
		if err := s.AddSourceItems(ctx, src.ID, []string{"https://a.example/1", "https://a.example/2"}, t0); err != nil {
			t.Fatal(err)
		}
		// Seen again much later: 1 is refreshed; 2, not seen for longer than
		// the TTL, is forgotten.
		later := t0.Add(SourceItemTTL + time.Hour)
		if err := s.AddSourceItems(ctx, src.ID, []string{"https://a.example/1", "https://a.example/3"}, later); err != nil {
			t.Fatal(err)
		}
		seen, err := s.SourceItems(ctx, src.ID)
		if err != nil || len(seen) != 2 || !seen["https://a.example/1"] || !seen["https://a.example/3"] {
			t.Fatalf("seen: %v %v", seen, err)
		}
		if _, err := s.RemoveSource(ctx, src.URL); err != nil {
			t.Fatal(err)
		}
		if seen, _ := s.SourceItems(ctx, src.ID); len(seen) != 0 {
			t.Errorf("items outlive their source: %v", seen)
		}
		if err := s.AddSourceItems(ctx, src.ID, []string{"https://a.example/4"}, later); err != nil {
			t.Errorf("items for a removed source: %v", err)
		}
		if seen, _ := s.SourceItems(ctx, src.ID); len(seen) != 0 {
			t.Errorf("a removed source took items: %v", seen)
		}
	})
}

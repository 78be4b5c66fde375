package store

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

func TestAlertsAddListRemove(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		a := &Alert{Name: "sahel-deaths", Filter: "country=ML&min_fatalities=1", Webhook: "https://hooks.example/in", Secret: "k1"}
		if err := s.AddAlert(ctx, a); err != nil || a.ID == 0 {
			t.Fatalf("add: id %d, err %v", a.ID, err)
		}
		if err := s.AddAlert(ctx, &Alert{Name: "andes", Filter: "country=PE"}); err != nil {
			t.Fatal(err)
		}
		if err := s.AddAlert(ctx, &Alert{Name: "sahel-deaths"}); !errors.Is(err, ErrExists) {
			t.Errorf("same name again: %v, want ErrExists", err)
		}
		list, err := s.ListAlerts(ctx)
		if err != nil || len(list) != 2 || list[0].Name != "andes" || list[1].Secret != "k1" || list[1].Created.IsZero() {
			t.Fatalf("list: %+v %v", list, err)
		}
		got, err := s.GetAlert(ctx, "sahel-deaths")
		if err != nil || got.Filter != a.Filter || got.Webhook != a.Webhook {
			t.Fatalf("get: %+v %v", got, err)
		}
		if _, err := s.GetAlert(ctx, "nowhere"); !errors.Is(err, ErrNotFound) {
			t.Errorf("get unknown: %v", err)
		}
		if _, err := s.QueueDeliveries(ctx, a.ID, []Delivery{{EventID: "e1", Digest: "d1", Payload: []byte("{}")}}, time.Now()); err != nil {
			t.Fatal(err)
		}
		if _, err := s.RemoveAlert(ctx, "sahel-deaths"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.RemoveAlert(ctx, "sahel-deaths"); !errors.Is(err, ErrNotFound) {
			t.Errorf("remove again: %v", err)
		}
		counts, _ := s.CountDeliveries(ctx)
		if len(counts) != 0 {
			t.Errorf("a removed alert's queue stays: %v", counts)
		}
	})
}

func TestChangedEventsFilterAndPages(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		before := time.Now().Add(-time.Second)
		for i, c := range []string{"Mali", "Peru", "Mali", "Nepal", "Mali"} {
			id := fmt.Sprintf("a%015d", i)
			if _, err := s.PutArticle(ctx, art(id, "Outlet", i+1)); err != nil {
				t.Fatal(err)
			}
			e := ev(fmt.Sprintf("ev%d", i), fmt.Sprintf("2026-03-%02d", i+1), c, "Battles", "militia", i)
			e.Notes = "report " + c
			if err := s.ReplaceArticleEvents(ctx, id, []event.Event{e}, nil); err != nil {
				t.Fatal(err)
			}
		}
		var got []string
		after := MarkAt(before)
		for page := 0; page < 5; page++ {
			cs, err := s.ChangedEvents(ctx, EventFilter{Country: "Mali"}, after, 2)
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) == 0 {
				break
			}
			for _, c := range cs {
				if c.Country != "Mali" || c.Changed.Before(before) {
					t.Errorf("event %s of %s changed %v", c.ID, c.Country, c.Changed)
				}
				got = append(got, c.ID)
			}
			after = cs[len(cs)-1].Mark
		}
		if fmt.Sprint(got) != "[ev0 ev2 ev4]" {
			t.Errorf("Mali's changed events in change order: %v", got)
		}
		if cs, _ := s.ChangedEvents(ctx, EventFilter{}, MarkAt(time.Now().Add(time.Hour)), 10); len(cs) != 0 {
			t.Errorf("nothing changed after now: %v", cs)
		}
		at, err := s.EventsChanged(ctx, []string{"ev1", "ev3", "missing"})
		if err != nil || len(at) != 2 || at["ev1"].IsZero() {
			t.Errorf("change times: %v %v", at, err)
		}
	})
}

func TestDeliveryQueue(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		a := &Alert{Name: "punjab", Filter: "admin1=Punjab", Webhook: "https://hooks.example/x", Secret: "s"}
		if err := s.AddAlert(ctx, a); err != nil {
			t.Fatal(err)
		}
		now := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
		ds := []Delivery{
			{EventID: "e1", Digest: "v1", Payload: []byte(`{"n":1}`), NextTry: now},
			{EventID: "e2", Digest: "v1", Payload: []byte(`{"n":2}`), NextTry: now},
		}
		if n, err := s.QueueDeliveries(ctx, a.ID, ds, now); err != nil || n != 2 {
			t.Fatalf("queue: %d %v", n, err)
		}
		// The same versions again queue nothing; a changed one does.
		ds[1].Digest = "v2"
		if n, err := s.QueueDeliveries(ctx, a.ID, ds, now.Add(time.Minute)); err != nil || n != 1 {
			t.Fatalf("queue again: %d %v, want 1 (e2 changed)", n, err)
		}
		dig, _ := s.AlertDigests(ctx, a.ID, []string{"e1", "e2", "e3"})
		if dig["e1"] != "v1" || dig["e2"] != "v2" || len(dig) != 2 {
			t.Errorf("digests: %v", dig)
		}
		if got, _ := s.GetAlert(ctx, "punjab"); !got.ScannedTo.Equal(now.Add(time.Minute)) {
			t.Errorf("scanned to %v", got.ScannedTo)
		}

		claimed, err := s.ClaimDeliveries(ctx, now, time.Minute, 2)
		if err != nil || len(claimed) != 2 || claimed[0].Attempts != 1 || claimed[0].Secret != "s" || claimed[0].Alert != "punjab" || string(claimed[0].Payload) != `{"n":1}` {
			t.Fatalf("claim: %+v %v", claimed, err)
		}
		if more, _ := s.ClaimDeliveries(ctx, now, time.Minute, 10); len(more) != 1 {
			t.Errorf("the leased two are not claimed again, the third is: %+v", more)
		}
		if again, _ := s.ClaimDeliveries(ctx, now.Add(2*time.Minute), time.Minute, 10); len(again) != 3 || again[0].Attempts != 2 {
			t.Errorf("after the lease, a sender that died is replaced: %+v", again)
		}
		claimed[0].State, claimed[0].SentAt = DeliverySent, now
		claimed[1].State, claimed[1].LastError = DeliveryFailed, "HTTP 500"
		for i := range claimed {
			if err := s.RecordDelivery(ctx, &claimed[i]); err != nil {
				t.Fatal(err)
			}
		}
		counts, _ := s.CountDeliveries(ctx)
		if c := counts[a.ID]; c[DeliverySent] != 1 || c[DeliveryFailed] != 1 || c[DeliveryPending] != 1 {
			t.Errorf("counts: %v", counts)
		}
		if n, err := s.RetryDeliveries(ctx, a.ID, now); err != nil || n != 1 {
			t.Errorf("retry: %d %v", n, err)
		}
		if n, err := s.PruneDeliveries(ctx, now.Add(time.Hour)); err != nil || n != 1 {
			t.Errorf("prune: %d %v", n, err)
		}
	})
}

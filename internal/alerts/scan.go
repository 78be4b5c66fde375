package alerts

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// Lookback is how far before its mark a scan reads again. An ingest
// stamps its events when it writes them and commits later, so an event
// can become visible with a change time before the last scan's mark:
// reading the last minutes again finds it, and the digests keep the
// events already queued from being queued twice. Ten minutes is far
// longer than any ingest transaction.
const Lookback = 10 * time.Minute

// ScanPage is how many changed events one query of a scan reads: a few
// hundred JSON documents, a fraction of a second.
const ScanPage = 200

// ScanMaxPages bounds one alert's scan in one round (ScanPage × this
// events), so that the first scan after a large ingest does not hold the
// others up; the next round goes on from where it stopped.
const ScanMaxPages = 25

// Change kinds, as the webhook's payload says them.
const (
	ChangeNew     = "new"     // the first time the alert sends this event
	ChangeChanged = "changed" // sent before, and it has changed since
)

// Payload is the JSON body a webhook receives: one event.
type Payload struct {
	Alert    string      `json:"alert"`
	Change   string      `json:"change"` // ChangeNew or ChangeChanged
	EventURL string      `json:"event_url"`
	Event    event.Event `json:"event"`
}

// EventPath is the API path of an event, which payloads and feed entries
// link to.
func EventPath(id string) string { return "/api/events/" + id }

// Scan queues, for each alert with a webhook, the events that newly
// match it or have changed since its last scan. It returns how many it
// queued; an alert whose scan fails is logged and the others go on.
func (n *Notifier) Scan(ctx context.Context) (int, error) {
	n.init()
	as, err := n.Store.ListAlerts(ctx)
	if err != nil {
		return 0, err
	}
	total := 0
	for i := range as {
		a := &as[i]
		if a.Webhook == "" {
			continue
		}
		q, err := n.scanAlert(ctx, a)
		total += q
		if err != nil {
			if ctx.Err() != nil {
				return total, ctx.Err()
			}
			n.Log.Error("alerts: scan", "alert", a.Name, "err", err)
		}
	}
	return total, nil
}

func (n *Notifier) scanAlert(ctx context.Context, a *store.Alert) (int, error) {
	f, err := Filter(a)
	if err != nil {
		return 0, err
	}
	mark := store.MarkAt(a.Created) // a new alert sends what changes from then on
	if !a.ScannedTo.IsZero() {
		mark = store.MarkAt(a.ScannedTo.Add(-Lookback))
	}
	scannedTo := a.ScannedTo
	queued := 0
	for range ScanMaxPages {
		cs, err := n.Store.ChangedEvents(ctx, f, mark, ScanPage)
		if err != nil || len(cs) == 0 {
			return queued, err
		}
		ds, err := n.deliveries(ctx, a, cs)
		if err != nil {
			return queued, err
		}
		last := cs[len(cs)-1]
		if last.Changed.After(scannedTo) {
			scannedTo = last.Changed
		}
		q, err := n.Store.QueueDeliveries(ctx, a.ID, ds, scannedTo)
		queued += q
		if err != nil || len(cs) < ScanPage {
			return queued, err
		}
		mark = last.Mark
	}
	return queued, nil
}

// deliveries are the changed events cs as deliveries of alert a, leaving
// out those whose version the alert has queued already.
func (n *Notifier) deliveries(ctx context.Context, a *store.Alert, cs []store.ChangedEvent) ([]store.Delivery, error) {
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	seen, err := n.Store.AlertDigests(ctx, a.ID, ids)
	if err != nil {
		return nil, err
	}
	now := n.Clock.Now()
	var ds []store.Delivery
	for _, c := range cs {
		e := c.Event
		api.PublicEvent(&e)
		doc, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		sum := sha256.Sum256(doc)
		digest := hex.EncodeToString(sum[:16])
		prev, known := seen[e.ID]
		if prev == digest {
			continue
		}
		p := Payload{Alert: a.Name, Change: ChangeNew, EventURL: EventPath(e.ID), Event: e}
		if known {
			p.Change = ChangeChanged
		}
		body, err := json.Marshal(p)
		if err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		ds = append(ds, store.Delivery{AlertID: a.ID, EventID: e.ID, Digest: digest, Payload: body, NextTry: now})
	}
	return ds, nil
}

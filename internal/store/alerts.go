package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

// Alert is a saved event filter: it has an Atom feed, and optionally a
// webhook that is sent each event that newly matches it or changes.
type Alert struct {
	ID   int64
	Name string
	// Filter is the filter as URL query parameters, the API's spelling
	// (country=TJ&min_fatalities=1), read back by filter.Events.
	Filter  string
	Webhook string // "" for a feed only
	Secret  string // the key of the webhook's HMAC signatures
	Created time.Time
	// ScannedTo is how far the webhook's scan of changed events has got:
	// the change time of the last event it queued or passed over.
	ScannedTo time.Time
}

// Where a webhook delivery stands.
const (
	DeliveryPending = "pending" // waiting for its first or next try
	DeliverySent    = "sent"    // the receiver answered 2xx
	DeliveryFailed  = "failed"  // every try allowed failed
)

// Delivery is one event queued for an alert's webhook.
type Delivery struct {
	ID      int64
	AlertID int64
	EventID string
	Digest  string // of the event as queued (QueueDeliveries)
	Payload []byte // the body to send, fixed when queued
	State   string // a Delivery constant
	// Attempts counts the tries so far, the one under way included.
	Attempts  int
	NextTry   time.Time
	LastError string
	Created   time.Time
	SentAt    time.Time

	// Filled by ClaimDeliveries from the alert, as it is now.
	Alert, Webhook, Secret string
}

// ChangeMark is a place in the order in which events last changed
// (ChangedEvents): their change time as stored, then their ID.
type ChangeMark struct{ At, ID string }

// MarkAt is the place of the first event changed at or after t.
func MarkAt(t time.Time) ChangeMark { return ChangeMark{At: formatTime(t)} }

// ChangedEvent is an event with when it last changed.
type ChangedEvent struct {
	event.Event
	Changed time.Time
	Mark    ChangeMark // its place, for the next page
}

// AlertStore keeps alerts and their webhook queue. It stores and looks
// up; package alerts decides what to queue, when to send and when to
// give up.
type AlertStore interface {
	// AddAlert stores a new alert and sets its ID; a name in use is an
	// error wrapping ErrExists.
	AddAlert(ctx context.Context, a *Alert) error
	// ListAlerts lists every alert by name.
	ListAlerts(ctx context.Context) ([]Alert, error)
	// GetAlert finds an alert by name; ErrNotFound if none.
	GetAlert(ctx context.Context, name string) (*Alert, error)
	// RemoveAlert deletes an alert with its queue and returns it;
	// ErrNotFound if none.
	RemoveAlert(ctx context.Context, name string) (*Alert, error)

	// ChangedEvents lists up to n events that match f (its Limit, Offset
	// and After keys aside) and come after mark in the order of their last
	// change, oldest change first.
	ChangedEvents(ctx context.Context, f EventFilter, after ChangeMark, n int) ([]ChangedEvent, error)
	// EventsChanged says when each of the events ids last changed; IDs
	// not stored are left out.
	EventsChanged(ctx context.Context, ids []string) (map[string]time.Time, error)
	// AlertDigests returns the digests last queued for the alert of those
	// of eventIDs it has seen.
	AlertDigests(ctx context.Context, alertID int64, eventIDs []string) (map[string]string, error)
	// QueueDeliveries, in one transaction, queues each of ds (AlertID,
	// EventID, Digest, Payload, NextTry) whose digest is not the one last
	// queued for its event and alert, records the digests, and sets the
	// alert's ScannedTo. It returns how many it queued.
	QueueDeliveries(ctx context.Context, alertID int64, ds []Delivery, scannedTo time.Time) (int, error)
	// ClaimDeliveries takes up to n pending deliveries due at now (NextTry
	// not after it), earliest first: each counts an attempt and is not
	// due again before now+lease, so that no two senders send one at once
	// and one whose sender died is sent again.
	ClaimDeliveries(ctx context.Context, now time.Time, lease time.Duration, n int) ([]Delivery, error)
	// RecordDelivery saves the outcome of a try: State, NextTry,
	// LastError, SentAt.
	RecordDelivery(ctx context.Context, d *Delivery) error
	// CountDeliveries counts each alert's deliveries by state.
	CountDeliveries(ctx context.Context) (map[int64]map[string]int, error)
	// RetryDeliveries puts an alert's failed deliveries (all alerts' when
	// alertID is 0) back in the queue, due at now; it returns how many.
	RetryDeliveries(ctx context.Context, alertID int64, now time.Time) (int, error)
	// PruneDeliveries deletes the deliveries sent before t.
	PruneDeliveries(ctx context.Context, before time.Time) (int, error)
}

const alertCols = `id, name, filter, webhook, secret, created_at, scanned_to`

func scanAlert(row interface{ Scan(...any) error }) (Alert, error) {
	var a Alert
	var created, scanned string
	err := row.Scan(&a.ID, &a.Name, &a.Filter, &a.Webhook, &a.Secret, &created, &scanned)
	a.Created, a.ScannedTo = parseTime(created), parseTime(scanned)
	return a, err
}

func (s *DB) AddAlert(ctx context.Context, a *Alert) error {
	if a.Name == "" {
		return errors.New("add alert: no name")
	}
	if a.Created.IsZero() {
		a.Created = time.Now().UTC()
	}
	tx, t, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("add alert %s: %w", a.Name, err)
	}
	defer tx.Rollback()
	var n int
	if err := t.queryRow(ctx, `SELECT COUNT(*) FROM alerts WHERE name = ?`, a.Name).Scan(&n); err != nil {
		return fmt.Errorf("add alert %s: %w", a.Name, err)
	}
	if n > 0 {
		return fmt.Errorf("alert %s: %w", a.Name, ErrExists)
	}
	err = t.queryRow(ctx, `INSERT INTO alerts (name, filter, webhook, secret, created_at, scanned_to)
		VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
		a.Name, a.Filter, a.Webhook, a.Secret, fixedTime(a.Created), fixedTime(a.ScannedTo)).Scan(&a.ID)
	if err != nil {
		return fmt.Errorf("add alert %s: %w", a.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add alert %s: %w", a.Name, err)
	}
	return nil
}

func (s *DB) ListAlerts(ctx context.Context) ([]Alert, error) {
	rows, err := s.r().query(ctx, `SELECT `+alertCols+` FROM alerts ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list alerts: %w", err)
	}
	defer rows.Close()
	var out []Alert
	for rows.Next() {
		a, err := scanAlert(rows)
		if err != nil {
			return nil, fmt.Errorf("list alerts: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list alerts: %w", err)
	}
	return out, nil
}

func (s *DB) GetAlert(ctx context.Context, name string) (*Alert, error) {
	a, err := scanAlert(s.read().queryRow(ctx, `SELECT `+alertCols+` FROM alerts WHERE name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("alert %s: %w", name, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("alert %s: %w", name, err)
	}
	return &a, nil
}

func (s *DB) RemoveAlert(ctx context.Context, name string) (*Alert, error) {
	tx, t, err := s.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("remove alert %s: %w", name, err)
	}
	defer tx.Rollback()
	a, err := scanAlert(t.queryRow(ctx, `SELECT `+alertCols+` FROM alerts WHERE name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("alert %s: %w", name, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("remove alert %s: %w", name, err)
	}
	// Gone by ON DELETE CASCADE too; deleted here in case foreign keys are off.
	for _, q := range []string{`DELETE FROM alert_deliveries WHERE alert_id = ?`, `DELETE FROM alert_events WHERE alert_id = ?`, `DELETE FROM alerts WHERE id = ?`} {
		if _, err := t.exec(ctx, q, a.ID); err != nil {
			return nil, fmt.Errorf("remove alert %s: %w", name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("remove alert %s: %w", name, err)
	}
	return &a, nil
}

func (s *DB) ChangedEvents(ctx context.Context, f EventFilter, after ChangeMark, n int) ([]ChangedEvent, error) {
	where, args, _, err := s.eventWhere(ctx, f, false) // a capped search still holds the most recent matches, the ones a scan wants
	if err != nil {
		return nil, fmt.Errorf("changed events: %w", err)
	}
	if where == "" {
		where = " WHERE "
	} else {
		where += " AND "
	}
	where += "(updated_at > ? OR (updated_at = ? AND id > ?))"
	args = append(args, after.At, after.At, after.ID, n)
	rows, err := s.read().query(ctx, `SELECT data, updated_at, id FROM events`+where+` ORDER BY updated_at, id LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("changed events: %w", err)
	}
	defer rows.Close()
	var out []ChangedEvent
	for rows.Next() {
		var data string
		var c ChangedEvent
		if err := rows.Scan(&data, &c.Mark.At, &c.Mark.ID); err != nil {
			return nil, fmt.Errorf("changed events: %w", err)
		}
		if err := json.Unmarshal([]byte(data), &c.Event); err != nil {
			return nil, fmt.Errorf("changed events: event %s: %w", c.Mark.ID, err)
		}
		c.Changed = parseTime(c.Mark.At)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("changed events: %w", err)
	}
	return out, nil
}

func (s *DB) EventsChanged(ctx context.Context, ids []string) (map[string]time.Time, error) {
	out := map[string]time.Time{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.read().query(ctx, `SELECT id, updated_at FROM events WHERE id IN (`+placeholders(len(ids))+`)`, anys(ids)...)
	if err != nil {
		return nil, fmt.Errorf("events' change times: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, at string
		if err := rows.Scan(&id, &at); err != nil {
			return nil, fmt.Errorf("events' change times: %w", err)
		}
		out[id] = parseTime(at)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events' change times: %w", err)
	}
	return out, nil
}

// anys is vs as query arguments.
func anys(vs []string) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func (s *DB) AlertDigests(ctx context.Context, alertID int64, eventIDs []string) (map[string]string, error) {
	out := map[string]string{}
	if len(eventIDs) == 0 {
		return out, nil
	}
	rows, err := s.read().query(ctx, `SELECT event_id, digest FROM alert_events WHERE alert_id = ? AND event_id IN (`+
		placeholders(len(eventIDs))+`)`, append([]any{alertID}, anys(eventIDs)...)...)
	if err != nil {
		return nil, fmt.Errorf("alert digests: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, d string
		if err := rows.Scan(&id, &d); err != nil {
			return nil, fmt.Errorf("alert digests: %w", err)
		}
		out[id] = d
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("alert digests: %w", err)
	}
	return out, nil
}

func (s *DB) QueueDeliveries(ctx context.Context, alertID int64, ds []Delivery, scannedTo time.Time) (int, error) {
	tx, t, err := s.begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("queue deliveries: %w", err)
	}
	defer tx.Rollback()
	now := fixedTime(time.Now())
	queued := 0
	for _, d := range ds {
		// The digest changes only when it differs: no row changed means
		// this version of the event was queued before.
		res, err := t.exec(ctx, `INSERT INTO alert_events (alert_id, event_id, digest, seen_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (alert_id, event_id) DO UPDATE SET digest = excluded.digest, seen_at = excluded.seen_at
			WHERE alert_events.digest <> excluded.digest`, alertID, d.EventID, d.Digest, now)
		if err != nil {
			return 0, fmt.Errorf("queue deliveries: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			continue
		}
		if _, err := t.exec(ctx, `INSERT INTO alert_deliveries (alert_id, event_id, payload, state, next_try, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, alertID, d.EventID, string(d.Payload), DeliveryPending, fixedTime(d.NextTry), now); err != nil {
			return 0, fmt.Errorf("queue deliveries: %w", err)
		}
		queued++
	}
	if _, err := t.exec(ctx, `UPDATE alerts SET scanned_to = ? WHERE id = ?`, fixedTime(scannedTo), alertID); err != nil {
		return 0, fmt.Errorf("queue deliveries: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("queue deliveries: %w", err)
	}
	return queued, nil
}

const deliveryCols = `d.id, d.alert_id, d.event_id, d.payload, d.state, d.attempts, d.next_try, d.last_error, d.created_at, d.sent_at, a.name, a.webhook, a.secret`

func (s *DB) ClaimDeliveries(ctx context.Context, now time.Time, lease time.Duration, n int) ([]Delivery, error) {
	tx, t, err := s.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	defer tx.Rollback()
	// Rows another sender is claiming right now are skipped, not waited for.
	rows, err := t.query(ctx, `SELECT id FROM alert_deliveries WHERE state = ? AND next_try <= ?
		ORDER BY next_try, id LIMIT ?`+s.d.skipLocked, DeliveryPending, fixedTime(now), n)
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	var ids []any
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("claim deliveries: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	in := ` IN (` + placeholders(len(ids)) + `)`
	if _, err := t.exec(ctx, `UPDATE alert_deliveries SET attempts = attempts + 1, next_try = ? WHERE id`+in,
		append([]any{fixedTime(now.Add(lease))}, ids...)...); err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	rows, err = t.query(ctx, `SELECT `+deliveryCols+` FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
		WHERE d.id`+in+` ORDER BY d.id`, ids...)
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	var out []Delivery
	for rows.Next() {
		var d Delivery
		var payload, next, created, sent string
		if err := rows.Scan(&d.ID, &d.AlertID, &d.EventID, &payload, &d.State, &d.Attempts, &next, &d.LastError,
			&created, &sent, &d.Alert, &d.Webhook, &d.Secret); err != nil {
			rows.Close()
			return nil, fmt.Errorf("claim deliveries: %w", err)
		}
		d.Payload = []byte(payload)
		d.NextTry, d.Created, d.SentAt = parseTime(next), parseTime(created), parseTime(sent)
		out = append(out, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	return out, nil
}

func (s *DB) RecordDelivery(ctx context.Context, d *Delivery) error {
	_, err := s.r().exec(ctx, `UPDATE alert_deliveries SET state = ?, next_try = ?, last_error = ?, sent_at = ? WHERE id = ?`,
		d.State, fixedTime(d.NextTry), d.LastError, fixedTime(d.SentAt), d.ID)
	if err != nil {
		return fmt.Errorf("record delivery %d: %w", d.ID, err)
	}
	return nil
}

func (s *DB) CountDeliveries(ctx context.Context) (map[int64]map[string]int, error) {
	rows, err := s.read().query(ctx, `SELECT alert_id, state, COUNT(*) FROM alert_deliveries GROUP BY alert_id, state`)
	if err != nil {
		return nil, fmt.Errorf("count deliveries: %w", err)
	}
	defer rows.Close()
	out := map[int64]map[string]int{}
	for rows.Next() {
		var id int64
		var state string
		var n int
		if err := rows.Scan(&id, &state, &n); err != nil {
			return nil, fmt.Errorf("count deliveries: %w", err)
		}
		if out[id] == nil {
			out[id] = map[string]int{}
		}
		out[id][state] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count deliveries: %w", err)
	}
	return out, nil
}

func (s *DB) RetryDeliveries(ctx context.Context, alertID int64, now time.Time) (int, error) {
	q := `UPDATE alert_deliveries SET state = ?, next_try = ?, attempts = 0 WHERE state = ?`
	args := []any{DeliveryPending, fixedTime(now), DeliveryFailed}
	if alertID != 0 {
		q += ` AND alert_id = ?`
		args = append(args, alertID)
	}
	res, err := s.r().exec(ctx, q, args...)
	if err != nil {
		return 0, fmt.Errorf("retry deliveries: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

func (s *DB) PruneDeliveries(ctx context.Context, before time.Time) (int, error) {
	res, err := s.r().exec(ctx, `DELETE FROM alert_deliveries WHERE state = ? AND sent_at < ?`, DeliverySent, fixedTime(before))
	if err != nil {
		return 0, fmt.Errorf("prune deliveries: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

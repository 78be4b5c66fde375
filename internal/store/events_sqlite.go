package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

func (s *SQLite) ReplaceArticleEvents(ctx context.Context, articleID string, ms []event.Event, f Fuser) (err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace events of %s: %w", articleID, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
			err = fmt.Errorf("replace events of %s: %w", articleID, err)
		}
	}()
	// The events this article's old mentions belonged to must be rebuilt.
	affected := map[string]bool{}
	if err = collect(ctx, tx, affected, `SELECT event_id FROM mentions WHERE article_id = ?`, articleID); err != nil {
		return err
	}
	if _, err = tx.ExecContext(ctx, `DELETE FROM mentions WHERE article_id = ?`, articleID); err != nil {
		return err
	}
	for i := range ms {
		m := &ms[i]
		if m.ID == "" {
			return fmt.Errorf("mention without ID")
		}
		data, err := json.Marshal(m)
		if err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, `INSERT INTO mentions (id, article_id, country, event_date, data) VALUES (?, ?, ?, ?, ?)`,
			m.ID, articleID, m.Country, m.EventDate, string(data)); err != nil {
			return err
		}
		// Stored mentions that could be the same incident: an indexed
		// look-up on (country, event_date), never a scan.
		if f == nil {
			continue
		}
		from, to := f.Window(m)
		if from == "" {
			continue
		}
		if m.Country == "" {
			err = collect(ctx, tx, affected, `SELECT event_id FROM mentions WHERE event_date >= ? AND event_date <= ? AND article_id <> ?`, from, to, articleID)
		} else {
			err = collect(ctx, tx, affected, `SELECT event_id FROM mentions WHERE country IN (?, '') AND event_date >= ? AND event_date <= ? AND article_id <> ?`, m.Country, from, to, articleID)
		}
		if err != nil {
			return err
		}
	}
	delete(affected, "")

	// Everything the affected events held, plus the new mentions, is
	// grouped afresh: the result depends on the set, not on the order in
	// which articles came.
	var all []event.Event
	var allArticle []string
	for id := range affected {
		rows, err := tx.QueryContext(ctx, `SELECT article_id, data FROM mentions WHERE event_id = ?`, id)
		if err != nil {
			return err
		}
		for rows.Next() {
			var aid, data string
			var m event.Event
			if err = rows.Scan(&aid, &data); err == nil {
				err = json.Unmarshal([]byte(data), &m)
			}
			if err != nil {
				rows.Close()
				return err
			}
			all = append(all, m)
			allArticle = append(allArticle, aid)
		}
		rows.Close()
		if err = rows.Err(); err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
			return err
		}
	}
	for i := range ms {
		all = append(all, ms[i])
		allArticle = append(allArticle, articleID)
	}
	var groups []Group
	if f == nil {
		for i := range all {
			groups = append(groups, Group{Event: all[i], Members: []int{i}})
		}
	} else {
		hashes := map[string]uint64{}
		for _, aid := range allArticle {
			if _, ok := hashes[aid]; ok {
				continue
			}
			var h int64
			if err = tx.QueryRowContext(ctx, `SELECT simhash FROM articles WHERE id = ?`, aid).Scan(&h); err != nil && err != sql.ErrNoRows {
				return err
			}
			hashes[aid] = uint64(h)
		}
		groups = f.Group(all, hashes)
	}
	now := formatTime(time.Now())
	for gi := range groups {
		e := &groups[gi].Event
		if _, err = tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, e.ID); err != nil {
			return err
		}
		if err = putEvent(ctx, tx, e, now); err != nil {
			return err
		}
		for _, mi := range groups[gi].Members {
			if _, err = tx.ExecContext(ctx, `UPDATE mentions SET event_id = ? WHERE id = ?`, e.ID, all[mi].ID); err != nil {
				return err
			}
			if _, err = tx.ExecContext(ctx, `INSERT INTO event_articles (event_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, e.ID, allArticle[mi]); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// collect adds the first column of every row of the query to set.
func collect(ctx context.Context, tx *sql.Tx, set map[string]bool, q string, args ...any) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return err
		}
		set[v] = true
	}
	return rows.Err()
}

func putEvent(ctx context.Context, tx *sql.Tx, e *event.Event, now string) error {
	if e.ID == "" {
		return fmt.Errorf("event without ID")
	}
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO events
		(id, event_date, time_precision, background, event_type, sub_event_type, actor1, actor2,
		 country, iso, admin1, admin2, location, latitude, longitude, geo_precision, fatalities, updated_at, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
		 event_date = excluded.event_date, time_precision = excluded.time_precision, background = excluded.background,
		 event_type = excluded.event_type, sub_event_type = excluded.sub_event_type, actor1 = excluded.actor1,
		 actor2 = excluded.actor2, country = excluded.country, iso = excluded.iso, admin1 = excluded.admin1,
		 admin2 = excluded.admin2, location = excluded.location, latitude = excluded.latitude,
		 longitude = excluded.longitude, geo_precision = excluded.geo_precision, fatalities = excluded.fatalities,
		 updated_at = excluded.updated_at, data = excluded.data`,
		e.ID, e.EventDate, e.TimePrecision, boolInt(e.Background), e.EventType, e.SubEventType, e.Actor1, e.Actor2,
		e.Country, e.ISO, e.Admin1, e.Admin2, e.Location, e.Latitude, e.Longitude, e.GeoPrecision, e.Fatalities, now, string(data))
	return err
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *SQLite) GetEvent(ctx context.Context, id string) (*event.Event, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		return nil, fmt.Errorf("event %q: %w", id, ErrNotFound)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT data FROM events WHERE id >= ? AND id < ? LIMIT 2`, id, id+"\U0010FFFF")
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	switch len(evs) {
	case 0:
		return nil, fmt.Errorf("event %s: %w", id, ErrNotFound)
	case 1:
		return &evs[0], nil
	}
	return nil, fmt.Errorf("event %s: %w", id, ErrAmbiguous)
}

func (s *SQLite) ListEvents(ctx context.Context, f EventFilter) ([]event.Event, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if f.From != "" {
		add("event_date >= ?", f.From)
	}
	if f.To != "" {
		// Dates are YYYY-MM-DD; "~" sorts after any suffix so To is inclusive.
		add("event_date <= ?", f.To+"~")
	}
	if f.Country != "" {
		add("(lower(country) = lower(?) OR lower(iso) = lower(?))", f.Country, f.Country)
	}
	if f.EventType != "" {
		add("lower(event_type) = lower(?)", f.EventType)
	}
	if f.Actor != "" {
		like := "%" + strings.ToLower(f.Actor) + "%"
		add("(lower(actor1) LIKE ? OR lower(actor2) LIKE ?)", like, like)
	}
	if f.SkipBackground {
		add("background = 0")
	}
	q := `SELECT data FROM events`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	if f.Limit <= 0 {
		f.Limit = 1000
	}
	q += " ORDER BY event_date DESC, id LIMIT ? OFFSET ?"
	args = append(args, f.Limit, f.Offset)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	return evs, nil
}

func (s *SQLite) EventMentions(ctx context.Context, eventID string) ([]event.Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.data FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = ? ORDER BY a.published, m.id`, eventID)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", eventID, err)
	}
	ms, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", eventID, err)
	}
	return ms, nil
}

func scanEvents(rows *sql.Rows) ([]event.Event, error) {
	defer rows.Close()
	var out []event.Event
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var e event.Event
		if err := json.Unmarshal([]byte(data), &e); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

const sourceCols = `id, url, name, every_seconds, added_at, etag, last_modified, last_poll, last_new, last_error, failures, next_due`

func scanSource(row interface{ Scan(...any) error }) (Source, error) {
	var s Source
	var every int64
	var added, poll, lastNew, due string
	err := row.Scan(&s.ID, &s.URL, &s.Name, &every, &added, &s.ETag, &s.LastModified, &poll, &lastNew, &s.LastError, &s.Failures, &due)
	s.Every = time.Duration(every) * time.Second
	s.Added, s.LastPoll, s.LastNew, s.NextDue = parseTime(added), parseTime(poll), parseTime(lastNew), parseTime(due)
	return s, err
}

func (s *DB) AddSource(ctx context.Context, src *Source) error {
	if src.URL == "" {
		return errors.New("add source: no URL")
	}
	if src.Added.IsZero() {
		src.Added = time.Now().UTC()
	}
	// One transaction, so the checks and the insert see the same table.
	tx, t, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("add source %s: %w", src.URL, err)
	}
	defer tx.Rollback()
	var n int
	if err := t.queryRow(ctx, `SELECT COUNT(*) FROM sources WHERE url = ?`, src.URL).Scan(&n); err != nil {
		return fmt.Errorf("add source %s: %w", src.URL, err)
	}
	if n > 0 {
		return fmt.Errorf("source %s: %w", src.URL, ErrExists)
	}
	if src.Name != "" {
		if err := t.queryRow(ctx, `SELECT COUNT(*) FROM sources WHERE name = ?`, src.Name).Scan(&n); err != nil {
			return fmt.Errorf("add source %s: %w", src.URL, err)
		}
		if n > 0 {
			return fmt.Errorf("source name %q: %w", src.Name, ErrExists)
		}
	}
	err = t.queryRow(ctx, `INSERT INTO sources
		(url, name, every_seconds, added_at, etag, last_modified, last_poll, last_new, last_error, failures, next_due)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		src.URL, src.Name, int64(src.Every/time.Second), fixedTime(src.Added), src.ETag, src.LastModified,
		fixedTime(src.LastPoll), fixedTime(src.LastNew), src.LastError, src.Failures, fixedTime(src.NextDue)).Scan(&src.ID)
	if err != nil {
		return fmt.Errorf("add source %s: %w", src.URL, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add source %s: %w", src.URL, err)
	}
	return nil
}

func querySources(ctx context.Context, r runner, q string, args ...any) ([]Source, error) {
	rows, err := r.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, src)
	}
	return out, rows.Err()
}

func (s *DB) ListSources(ctx context.Context) ([]Source, error) {
	out, err := querySources(ctx, s.r(), `SELECT `+sourceCols+` FROM sources ORDER BY name = '', name, url`)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	return out, nil
}

func (s *DB) RemoveSource(ctx context.Context, key string) (*Source, error) {
	key = strings.TrimSpace(key)
	if key == "" {
		return nil, fmt.Errorf("source %q: %w", key, ErrNotFound)
	}
	tx, t, err := s.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("remove source %s: %w", key, err)
	}
	defer tx.Rollback()
	// A URL match wins over a name match.
	src, err := scanSource(t.queryRow(ctx, `SELECT `+sourceCols+` FROM sources
		WHERE url = ? OR name = ? ORDER BY url = ? DESC LIMIT 1`, key, key, key))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("source %s: %w", key, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("remove source %s: %w", key, err)
	}
	// source_items goes by ON DELETE CASCADE; deleted explicitly too in
	// case foreign keys are off.
	if _, err := t.exec(ctx, `DELETE FROM source_items WHERE source_id = ?`, src.ID); err != nil {
		return nil, fmt.Errorf("remove source %s: %w", key, err)
	}
	if _, err := t.exec(ctx, `DELETE FROM sources WHERE id = ?`, src.ID); err != nil {
		return nil, fmt.Errorf("remove source %s: %w", key, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("remove source %s: %w", key, err)
	}
	return &src, nil
}

func (s *DB) DueSources(ctx context.Context, now time.Time) ([]Source, time.Time, error) {
	due, next, err := dueSources(ctx, s.r(), now, "")
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("due sources: %w", err)
	}
	return due, next, nil
}

func (s *DB) ClaimDueSources(ctx context.Context, now time.Time, lease time.Duration) (due []Source, next time.Time, err error) {
	tx, t, err := s.begin(ctx)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("claim due sources: %w", err)
	}
	defer tx.Rollback()
	// Rows another poller is claiming right now are skipped, not waited for.
	if due, next, err = dueSources(ctx, t, now, s.d.skipLocked); err != nil {
		return nil, time.Time{}, fmt.Errorf("claim due sources: %w", err)
	}
	until := fixedTime(now.Add(lease))
	for _, src := range due {
		if _, err := t.exec(ctx, `UPDATE sources SET next_due = ? WHERE id = ?`, until, src.ID); err != nil {
			return nil, time.Time{}, fmt.Errorf("claim due sources: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, time.Time{}, fmt.Errorf("claim due sources: %w", err)
	}
	return due, next, nil
}

func dueSources(ctx context.Context, r runner, now time.Time, lock string) ([]Source, time.Time, error) {
	t := fixedTime(now)
	due, err := querySources(ctx, r, `SELECT `+sourceCols+` FROM sources WHERE next_due <= ? ORDER BY next_due, id`+lock, t)
	if err != nil {
		return nil, time.Time{}, err
	}
	var next string
	if err := r.queryRow(ctx, `SELECT COALESCE(MIN(next_due), '') FROM sources WHERE next_due > ?`, t).Scan(&next); err != nil {
		return nil, time.Time{}, err
	}
	return due, parseTime(next), nil
}

func (s *DB) RecordPoll(ctx context.Context, src *Source) error {
	_, err := s.r().exec(ctx, `UPDATE sources SET etag = ?, last_modified = ?, last_poll = ?, last_new = ?,
		last_error = ?, failures = ?, next_due = ? WHERE id = ?`,
		src.ETag, src.LastModified, fixedTime(src.LastPoll), fixedTime(src.LastNew), src.LastError,
		src.Failures, fixedTime(src.NextDue), src.ID)
	if err != nil {
		return fmt.Errorf("record poll of %s: %w", src.URL, err)
	}
	return nil
}

func (s *DB) SourceItems(ctx context.Context, sourceID int64) (map[string]bool, error) {
	rows, err := s.r().query(ctx, `SELECT link FROM source_items WHERE source_id = ?`, sourceID)
	if err != nil {
		return nil, fmt.Errorf("source items: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			return nil, fmt.Errorf("source items: %w", err)
		}
		out[l] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("source items: %w", err)
	}
	return out, nil
}

func (s *DB) AddSourceItems(ctx context.Context, sourceID int64, links []string, at time.Time) error {
	tx, t, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("add source items: %w", err)
	}
	defer tx.Rollback()
	// A source removed meanwhile takes no items.
	var n int
	if err := t.queryRow(ctx, `SELECT COUNT(*) FROM sources WHERE id = ?`, sourceID).Scan(&n); err != nil {
		return fmt.Errorf("add source items: %w", err)
	}
	if n == 0 {
		return nil
	}
	seen := fixedTime(at)
	for _, l := range links {
		if _, err := t.exec(ctx, `INSERT INTO source_items (source_id, link, seen_at) VALUES (?, ?, ?)
			ON CONFLICT (source_id, link) DO UPDATE SET seen_at = excluded.seen_at`, sourceID, l, seen); err != nil {
			return fmt.Errorf("add source items: %w", err)
		}
	}
	if _, err := t.exec(ctx, `DELETE FROM source_items WHERE source_id = ? AND seen_at < ?`,
		sourceID, fixedTime(at.Add(-SourceItemTTL))); err != nil {
		return fmt.Errorf("add source items: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add source items: %w", err)
	}
	return nil
}

// fixedTime writes a time in UTC with nine fraction digits, so that string
// order is time order even within a second (formatTime drops trailing
// zeros: "…:00Z" sorts after "…:00.5Z"). Empty for the zero time.
func fixedTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z")
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"
)

// defaultWorker names this process in the leases it takes.
func defaultWorker() string {
	h, err := os.Hostname()
	if err != nil || h == "" {
		h = "localhost"
	}
	return h + ":" + strconv.Itoa(os.Getpid())
}

func (s *DB) SetWorker(name string, lease time.Duration) {
	if name != "" {
		s.worker = name
	}
	if lease > 0 {
		s.lease = lease
	}
}

func (s *DB) ClaimJobs(ctx context.Context, kind, ref string, n int) ([]Job, error) {
	if n <= 0 {
		n = 1
	}
	tx, t, err := s.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
	}
	defer tx.Rollback()
	now := time.Now()
	// An empty lease_until sorts before every time: never leased.
	q := `SELECT ref, attempts FROM jobs WHERE kind = ? AND state = 'ready' AND lease_until <= ?`
	args := []any{kind, fixedTime(now)}
	if ref != "" {
		q += ` AND ref = ?`
		args = append(args, ref)
	}
	q += ` ORDER BY created_at, ref LIMIT ?` + s.d.skipLocked
	rows, err := t.query(ctx, q, append(args, n)...)
	if err != nil {
		return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
	}
	var jobs []Job
	for rows.Next() {
		j := Job{Kind: kind}
		if err := rows.Scan(&j.Ref, &j.Attempts); err != nil {
			rows.Close()
			return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
		}
		j.Attempts++
		jobs = append(jobs, j)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
	}
	until := fixedTime(now.Add(s.lease))
	for _, j := range jobs {
		if _, err := t.exec(ctx, `UPDATE jobs SET worker = ?, lease_until = ?, attempts = ? WHERE kind = ? AND ref = ?`,
			s.worker, until, j.Attempts, kind, j.Ref); err != nil {
			return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
	}
	return jobs, nil
}

func (s *DB) TakeJob(ctx context.Context, kind, ref string) (Job, JobState, error) {
	j := Job{Kind: kind, Ref: ref}
	tx, t, err := s.begin(ctx)
	if err != nil {
		return j, JobHeld, fmt.Errorf("take %s job %s: %w", kind, ref, err)
	}
	defer tx.Rollback()
	now := time.Now()
	if _, err := t.exec(ctx, `INSERT INTO jobs (kind, ref, created_at) VALUES (?, ?, ?) ON CONFLICT (kind, ref) DO NOTHING`,
		kind, ref, fixedTime(now)); err != nil {
		return j, JobHeld, fmt.Errorf("take %s job %s: %w", kind, ref, err)
	}
	var state, until string
	err = t.queryRow(ctx, `SELECT state, lease_until, attempts FROM jobs WHERE kind = ? AND ref = ?`+s.d.skipLocked, kind, ref).
		Scan(&state, &until, &j.Attempts)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return j, JobHeld, nil // another worker is claiming it this instant
	case err != nil:
		return j, JobHeld, fmt.Errorf("take %s job %s: %w", kind, ref, err)
	case state != "ready":
		return j, JobDone, nil
	case until > fixedTime(now):
		return j, JobHeld, nil
	}
	j.Attempts++
	if _, err := t.exec(ctx, `UPDATE jobs SET worker = ?, lease_until = ?, attempts = ? WHERE kind = ? AND ref = ?`,
		s.worker, fixedTime(now.Add(s.lease)), j.Attempts, kind, ref); err != nil {
		return j, JobHeld, fmt.Errorf("take %s job %s: %w", kind, ref, err)
	}
	if err := tx.Commit(); err != nil {
		return j, JobHeld, fmt.Errorf("take %s job %s: %w", kind, ref, err)
	}
	return j, JobTaken, nil
}

func (s *DB) FinishJob(ctx context.Context, j Job) error {
	if err := finishJob(ctx, s.r(), j.Kind, j.Ref); err != nil {
		return fmt.Errorf("finish %s job %s: %w", j.Kind, j.Ref, err)
	}
	return nil
}

// finishJob marks a job done (if there is one: stores from before the
// queue have none for their articles).
func finishJob(ctx context.Context, t runner, kind, ref string) error {
	_, err := t.exec(ctx, `UPDATE jobs SET state = 'done', worker = '', lease_until = '', last_error = '' WHERE kind = ? AND ref = ?`, kind, ref)
	return err
}

// jobRetry is how long a failed job waits before it is tried again: 30 s,
// doubling with each attempt; a fetch job not at all, as the source's
// next poll, which finds the item again, is spaced by its own schedule.
func jobRetry(kind string, attempts int) time.Duration {
	if kind == JobFetch {
		return 0
	}
	return 30 * time.Second << min(max(attempts-1, 0), 10)
}

func (s *DB) FailJob(ctx context.Context, j Job, cause error) error {
	state := "ready"
	if j.Attempts >= MaxAttempts {
		state = "failed"
	}
	msg := ""
	if cause != nil {
		msg = oneLine(cause.Error())
	}
	if _, err := s.r().exec(ctx, `UPDATE jobs SET state = ?, worker = '', lease_until = ?, last_error = ? WHERE kind = ? AND ref = ?`,
		state, fixedTime(time.Now().Add(jobRetry(j.Kind, j.Attempts))), msg, j.Kind, j.Ref); err != nil {
		return fmt.Errorf("fail %s job %s: %w", j.Kind, j.Ref, err)
	}
	return nil
}

func (s *DB) PendingJobs(ctx context.Context, kind string) (int, error) {
	var n int
	if err := s.r().queryRow(ctx, `SELECT COUNT(*) FROM jobs WHERE kind = ? AND state = 'ready'`, kind).Scan(&n); err != nil {
		return 0, fmt.Errorf("count %s jobs: %w", kind, err)
	}
	return n, nil
}

// queueExtract queues the extract job of a new article, leased to this
// worker: it is about to do it.
func (s *DB) queueExtract(ctx context.Context, t runner, articleID string) error {
	now := time.Now()
	_, err := t.exec(ctx, `INSERT INTO jobs (kind, ref, worker, lease_until, created_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (kind, ref) DO NOTHING`, JobExtract, articleID, s.worker, fixedTime(now.Add(s.lease)), fixedTime(now))
	return err
}

func oneLine(s string) string {
	for i, c := range s {
		if c == '\n' || c == '\r' {
			return s[:i]
		}
	}
	return s
}

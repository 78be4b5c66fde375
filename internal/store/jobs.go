package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

func (s *DB) SetWorker(name string, lease time.Duration) {
	if name != "" {
		s.worker = name
	}
	if lease > 0 {
		s.lease = lease
	}
}

// Stored job states. A ready job waits for a worker, or is leased to one
// until lease_until; a job set aside has had all its attempts and waits
// for `sitrep jobs retry` (its rows have said 'failed' since migration 7).
const (
	stateReady    = "ready"
	stateDone     = "done"
	stateSetAside = "failed"
)

// spent tells whether a job has had every attempt it is allowed: the one
// rule for setting a job aside, whether its last attempt failed (FailJob)
// or its worker stopped during it (found by the next claim).
func spent(attempts int) bool { return attempts >= MaxAttempts }

// unreported is the error kept for an attempt whose worker never said how
// it went: the process stopped (killed, out of memory) or overran its lease.
func unreported(worker string, attempt int) string {
	return fmt.Sprintf("attempt %d by %s never reported (process stopped, or ran past its lease)", attempt, worker)
}

// claimedError is the last_error a job keeps when it is claimed: its old
// one, or, when the previous attempt's worker still held it when its
// lease ran out, a note that that attempt never reported.
func claimedError(prevWorker string, prevAttempts int, lastErr string) string {
	if prevWorker == "" {
		return lastErr
	}
	return unreported(prevWorker, prevAttempts)
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
	if err := s.setAsideSpent(ctx, t, kind, ref, fixedTime(now)); err != nil {
		return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
	}
	// An empty lease_until sorts before every time: never leased. Jobs
	// tried least come first, so one that failed or crashed before waits
	// behind every fresh one and a poison job holds up no other.
	q := `SELECT ref, attempts, worker, last_error FROM jobs WHERE kind = ? AND state = 'ready' AND lease_until <= ? AND attempts < ?`
	args := []any{kind, fixedTime(now), MaxAttempts}
	if ref != "" {
		q += ` AND ref = ?`
		args = append(args, ref)
	}
	q += ` ORDER BY attempts, created_at, ref LIMIT ?` + s.d.skipLocked
	rows, err := t.query(ctx, q, append(args, n)...)
	if err != nil {
		return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
	}
	var jobs []Job
	var lastErrs []string
	for rows.Next() {
		j := Job{Kind: kind}
		var prevWorker, lastErr string
		if err := rows.Scan(&j.Ref, &j.Attempts, &prevWorker, &lastErr); err != nil {
			rows.Close()
			return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
		}
		lastErrs = append(lastErrs, claimedError(prevWorker, j.Attempts, lastErr))
		j.Attempts++
		jobs = append(jobs, j)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
	}
	for i, j := range jobs {
		if err := s.leaseJob(ctx, t, j, lastErrs[i], now); err != nil {
			return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim %s jobs: %w", kind, err)
	}
	return jobs, nil
}

// leaseJob gives j (its Attempts already counting this claim) to this worker:
// the attempt is counted when the job is claimed, in the same
// transaction, so an attempt during which the process dies still counts.
func (s *DB) leaseJob(ctx context.Context, t runner, j Job, lastErr string, now time.Time) error {
	_, err := t.exec(ctx, `UPDATE jobs SET worker = ?, lease_until = ?, attempts = ?, last_error = ? WHERE kind = ? AND ref = ?`,
		s.worker, fixedTime(now.Add(s.lease)), j.Attempts, lastErr, j.Kind, j.Ref)
	return err
}

// setAsideSpent sets aside the ready jobs of kind (all kinds if ""; with
// ref set, only that one) that have had all their attempts and whose lease
// has run out: their worker stopped during the last attempt allowed (a job
// whose last attempt failed is set aside by FailJob). Claims call it, and
// so do the listings, so that they never show such a job as waiting.
func (s *DB) setAsideSpent(ctx context.Context, t runner, kind, ref, now string) error {
	q := `SELECT kind, ref, attempts, worker, last_error FROM jobs WHERE state = 'ready' AND lease_until <= ? AND attempts >= ?`
	args := []any{now, MaxAttempts}
	if kind != "" {
		q += ` AND kind = ?`
		args = append(args, kind)
	}
	if ref != "" {
		q += ` AND ref = ?`
		args = append(args, ref)
	}
	rows, err := t.query(ctx, q+s.d.skipLocked, args...)
	if err != nil {
		return err
	}
	type spentJob struct{ kind, ref, msg string }
	var found []spentJob
	for rows.Next() {
		var j spentJob
		var attempts int
		var worker, lastErr string
		if err := rows.Scan(&j.kind, &j.ref, &attempts, &worker, &lastErr); err != nil {
			rows.Close()
			return err
		}
		j.msg = claimedError(worker, attempts, lastErr)
		found = append(found, j)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, j := range found {
		if err := setAside(ctx, t, j.kind, j.ref, j.msg); err != nil {
			return err
		}
	}
	return nil
}

// settle applies setAsideSpent to every kind in a transaction of its own,
// before a listing or a retry reads the jobs set aside.
func (s *DB) settle(ctx context.Context) error {
	tx, t, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.setAsideSpent(ctx, t, "", "", fixedTime(time.Now())); err != nil {
		return err
	}
	return tx.Commit()
}

func setAside(ctx context.Context, t runner, kind, ref, msg string) error {
	_, err := t.exec(ctx, `UPDATE jobs SET state = ?, worker = '', lease_until = '', last_error = ? WHERE kind = ? AND ref = ?`,
		stateSetAside, msg, kind, ref)
	return err
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
	var state, until, prevWorker, lastErr string
	err = t.queryRow(ctx, `SELECT state, lease_until, attempts, worker, last_error FROM jobs WHERE kind = ? AND ref = ?`+s.d.skipLocked, kind, ref).
		Scan(&state, &until, &j.Attempts, &prevWorker, &lastErr)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return j, JobHeld, nil // another worker is claiming it this instant
	case err != nil:
		return j, JobHeld, fmt.Errorf("take %s job %s: %w", kind, ref, err)
	case state != stateReady:
		return j, JobDone, nil
	case until > fixedTime(now):
		return j, JobHeld, nil
	}
	lastErr = claimedError(prevWorker, j.Attempts, lastErr)
	if spent(j.Attempts) {
		if err := setAside(ctx, t, kind, ref, lastErr); err != nil {
			return j, JobHeld, fmt.Errorf("take %s job %s: %w", kind, ref, err)
		}
		if err := tx.Commit(); err != nil {
			return j, JobHeld, fmt.Errorf("take %s job %s: %w", kind, ref, err)
		}
		return j, JobDone, nil
	}
	j.Attempts++
	if err := s.leaseJob(ctx, t, j, lastErr, now); err != nil {
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
	_, err := t.exec(ctx, `UPDATE jobs SET state = ?, worker = '', lease_until = '', last_error = '' WHERE kind = ? AND ref = ?`, stateDone, kind, ref)
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
	msg := ""
	if cause != nil {
		msg = oneLine(cause.Error())
	}
	var err error
	if spent(j.Attempts) {
		err = setAside(ctx, s.r(), j.Kind, j.Ref, msg)
	} else {
		_, err = s.r().exec(ctx, `UPDATE jobs SET worker = '', lease_until = ?, last_error = ? WHERE kind = ? AND ref = ? AND state = ?`,
			fixedTime(time.Now().Add(jobRetry(j.Kind, j.Attempts))), msg, j.Kind, j.Ref, stateReady)
	}
	if err != nil {
		return fmt.Errorf("fail %s job %s: %w", j.Kind, j.Ref, err)
	}
	return nil
}

func (s *DB) PendingJobs(ctx context.Context, kind string) (int, error) {
	var n int
	if err := s.r().queryRow(ctx, `SELECT COUNT(*) FROM jobs WHERE kind = ? AND state = ?`, kind, stateReady).Scan(&n); err != nil {
		return 0, fmt.Errorf("count %s jobs: %w", kind, err)
	}
	return n, nil
}

// queueExtract queues the extract job of a new article, leased to this
// worker: it is about to do it, and that is the job's first attempt
// (QueuedJob).
func (s *DB) queueExtract(ctx context.Context, t runner, articleID string) error {
	now := time.Now()
	j := QueuedJob(JobExtract, articleID)
	_, err := t.exec(ctx, `INSERT INTO jobs (kind, ref, worker, lease_until, attempts, created_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (kind, ref) DO NOTHING`, j.Kind, j.Ref, s.worker, fixedTime(now.Add(s.lease)), j.Attempts, fixedTime(now))
	return err
}

// QueuedJob is the job that PutArticle queues with a new article (kind
// JobExtract, ref its ID), as its worker holds it: on its first attempt.
func QueuedJob(kind, ref string) Job { return Job{Kind: kind, Ref: ref, Attempts: 1} }

// statusSQL is a job's Status in SQL, from its state and its lease at the
// time given as its two ? arguments.
const statusSQL = `CASE WHEN state = '` + stateSetAside + `' THEN '` + StatusSetAside + `'
	WHEN worker <> '' AND lease_until > ? THEN '` + StatusLeased + `'
	ELSE '` + StatusWaiting + `' END`

func (s *DB) ListJobs(ctx context.Context, f JobFilter) ([]JobInfo, error) {
	if err := s.settle(ctx); err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	now := fixedTime(time.Now())
	q := `SELECT kind, ref, ` + statusSQL + `, worker, lease_until, attempts, last_error, created_at
		FROM jobs WHERE state IN (?, ?)`
	args := []any{now, stateReady, stateSetAside}
	if f.Kind != "" {
		q += ` AND kind = ?`
		args = append(args, f.Kind)
	}
	if f.Status != "" {
		q += ` AND ` + statusSQL + ` = ?`
		args = append(args, now, f.Status)
	}
	if f.Limit <= 0 {
		f.Limit = 100
	}
	q += ` ORDER BY created_at, kind, ref LIMIT ?`
	rows, err := s.r().query(ctx, q, append(args, f.Limit)...)
	if err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	defer rows.Close()
	var out []JobInfo
	for rows.Next() {
		var j JobInfo
		var until, created string
		if err := rows.Scan(&j.Kind, &j.Ref, &j.Status, &j.Worker, &until, &j.Attempts, &j.LastError, &created); err != nil {
			return nil, fmt.Errorf("list jobs: %w", err)
		}
		j.LeaseUntil, j.Created = parseTime(until), parseTime(created)
		if j.Status != StatusLeased {
			j.Worker = "" // the holder of a lease that ran out holds nothing
		}
		out = append(out, j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	return out, nil
}

func (s *DB) CountJobs(ctx context.Context, kind string) ([]JobCount, error) {
	if err := s.settle(ctx); err != nil {
		return nil, fmt.Errorf("count %s jobs: %w", kind, err)
	}
	now := fixedTime(time.Now())
	holder := `CASE WHEN state = ? AND worker <> '' AND lease_until > ? THEN worker ELSE '' END`
	rows, err := s.r().query(ctx, `SELECT `+statusSQL+`, `+holder+`, COUNT(*), MAX(lease_until)
		FROM jobs WHERE kind = ? AND state IN (?, ?) GROUP BY 1, 2 ORDER BY 1, 2`,
		now, stateReady, now, kind, stateReady, stateSetAside)
	if err != nil {
		return nil, fmt.Errorf("count %s jobs: %w", kind, err)
	}
	defer rows.Close()
	var out []JobCount
	for rows.Next() {
		var c JobCount
		var until string
		if err := rows.Scan(&c.Status, &c.Worker, &c.N, &until); err != nil {
			return nil, fmt.Errorf("count %s jobs: %w", kind, err)
		}
		c.Until = parseTime(until)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count %s jobs: %w", kind, err)
	}
	return out, nil
}

// retryAttempts is where a job put back by RetryJobs starts: one attempt
// short of its limit, so that it gets one more try and, if it fails again
// (or crashes its worker again), is set aside again rather than taking
// down several more runs.
const retryAttempts = MaxAttempts - 1

func (s *DB) RetryJobs(ctx context.Context, ref string) (int, error) {
	if err := s.settle(ctx); err != nil {
		return 0, fmt.Errorf("retry jobs: %w", err)
	}
	if ref != "" {
		var err error
		if ref, err = s.setAsideRef(ctx, ref); err != nil {
			return 0, err
		}
	}
	q := `UPDATE jobs SET state = ?, worker = '', lease_until = '', attempts = ? WHERE state = ?`
	args := []any{stateReady, retryAttempts, stateSetAside}
	if ref != "" {
		q += ` AND ref = ?`
		args = append(args, ref)
	}
	res, err := s.r().exec(ctx, q, args...)
	if err != nil {
		return 0, fmt.Errorf("retry jobs: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("retry jobs: %w", err)
	}
	return int(n), nil
}

// setAsideRef finds the set-aside job whose ref is ref or, failing that,
// starts with it (article IDs are often given by a prefix).
func (s *DB) setAsideRef(ctx context.Context, ref string) (string, error) {
	rows, err := s.r().query(ctx, `SELECT ref FROM jobs WHERE state = ? AND substr(ref, 1, ?) = ? ORDER BY ref LIMIT 2`,
		stateSetAside, len(ref), ref)
	if err != nil {
		return "", fmt.Errorf("job %s: %w", ref, err)
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return "", fmt.Errorf("job %s: %w", ref, err)
		}
		if r == ref {
			return r, nil
		}
		found = append(found, r)
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("job %s: %w", ref, err)
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("no job set aside is %s: %w", ref, ErrNotFound)
	case 1:
		return found[0], nil
	default:
		return "", fmt.Errorf("job %s: %w", ref, ErrAmbiguous)
	}
}

func (s *DB) ReleaseJobs(ctx context.Context, worker string) (int, error) {
	now := fixedTime(time.Now())
	// The worker stays named: the next claim records that its attempt
	// never reported.
	res, err := s.r().exec(ctx, `UPDATE jobs SET lease_until = ? WHERE state = ? AND worker = ? AND lease_until > ?`,
		now, stateReady, worker, now)
	if err != nil {
		return 0, fmt.Errorf("release the jobs of %s: %w", worker, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("release the jobs of %s: %w", worker, err)
	}
	return int(n), nil
}

func oneLine(s string) string {
	for i, c := range s {
		if c == '\n' || c == '\r' {
			return s[:i]
		}
	}
	return s
}

package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"
)

// openTwo opens two stores on one new database, as two workers would.
func openTwo(t *testing.T) (Store, Store) {
	t.Helper()
	dsn := testDSN(t)
	var out [2]Store
	for i := range out {
		s, err := Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		out[i] = s
	}
	return out[0], out[1]
}

func TestExtractJobFollowsTheArticle(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		a, b := openTwo(t)
		a.SetWorker("worker-a", 300*time.Millisecond)
		b.SetWorker("worker-b", time.Minute)
		if _, err := a.PutArticle(ctx, art("d000000000000001", "X", 1)); err != nil {
			t.Fatal(err)
		}
		if _, err := a.PutArticle(ctx, art("d000000000000002", "X", 2)); err != nil {
			t.Fatal(err)
		}
		// Stored and leased to a: nobody else may code them yet.
		if jobs, err := b.ClaimJobs(ctx, JobExtract, "", 10); err != nil || len(jobs) != 0 {
			t.Fatalf("claimed a job still leased to its worker: %v %v", jobs, err)
		}
		if n, _ := b.PendingJobs(ctx, JobExtract); n != 2 {
			t.Fatalf("pending = %d, want 2", n)
		}
		// a codes the first one; the second is left as if a had died.
		if err := a.ReplaceArticleEvents(ctx, "d000000000000001", nil, nil); err != nil {
			t.Fatal(err)
		}
		time.Sleep(400 * time.Millisecond)
		jobs, err := b.ClaimJobs(ctx, JobExtract, "", 10)
		// a's attempt counted: the one that stores an article is its first.
		if err != nil || len(jobs) != 1 || jobs[0].Ref != "d000000000000002" || jobs[0].Attempts != 2 {
			t.Fatalf("after the lease: claimed %v %v, want the unfinished article once, on its 2nd attempt", jobs, err)
		}
		// Now b holds it for a minute.
		if again, _ := a.ClaimJobs(ctx, JobExtract, "d000000000000002", 1); len(again) != 0 {
			t.Fatalf("a job was claimed twice: %v", again)
		}
		if err := b.ReplaceArticleEvents(ctx, "d000000000000002", nil, nil); err != nil {
			t.Fatal(err)
		}
		if n, _ := a.PendingJobs(ctx, JobExtract); n != 0 {
			t.Errorf("pending after both were coded = %d", n)
		}
		// Storing a known article queues nothing.
		if created, _ := b.PutArticle(ctx, art("d000000000000002", "Y", 3)); created {
			t.Error("a known article was stored again")
		}
		if n, _ := a.PendingJobs(ctx, JobExtract); n != 0 {
			t.Errorf("a known article queued a job: pending = %d", n)
		}
	})
}

func TestFailedJobBacksOffThenGivesUp(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		s.SetWorker("w", time.Millisecond)
		if _, err := s.PutArticle(ctx, art("e100000000000001", "X", 1)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
		jobs, err := s.ClaimJobs(ctx, JobExtract, "", 1)
		if err != nil || len(jobs) != 1 {
			t.Fatalf("claim: %v %v", jobs, err)
		}
		if err := s.FailJob(ctx, jobs[0], errors.New("disk full\nsecond line")); err != nil {
			t.Fatal(err)
		}
		// Backing off: still pending, not claimable now.
		if n, _ := s.PendingJobs(ctx, JobExtract); n != 1 {
			t.Errorf("pending after a failure = %d, want 1", n)
		}
		if again, _ := s.ClaimJobs(ctx, JobExtract, "", 1); len(again) != 0 {
			t.Errorf("a failed job was retried without waiting")
		}
		var msg string
		if err := s.(*DB).r().queryRow(ctx, `SELECT last_error FROM jobs WHERE ref = ?`, "e100000000000001").Scan(&msg); err != nil || msg != "disk full" {
			t.Errorf("last_error = %q, %v", msg, err)
		}
		// The last allowed attempt fails for good.
		if err := s.FailJob(ctx, Job{Kind: JobExtract, Ref: "e100000000000001", Attempts: MaxAttempts}, errors.New("still full")); err != nil {
			t.Fatal(err)
		}
		if n, _ := s.PendingJobs(ctx, JobExtract); n != 0 {
			t.Errorf("pending after the last attempt = %d, want 0", n)
		}
	})
}

func TestConcurrentClaimsNeverShareAJob(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		a, b := openTwo(t)
		for _, s := range []Store{a, b} {
			s.SetWorker("", time.Millisecond)
		}
		const n = 60
		for i := 0; i < n; i++ {
			if _, err := a.PutArticle(ctx, art(fmt.Sprintf("f1%014x", i), "X", 1)); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(5 * time.Millisecond)
		for _, s := range []Store{a, b} {
			s.SetWorker("", time.Minute)
		}
		var mu sync.Mutex
		var got []string
		var wg sync.WaitGroup
		for w := 0; w < 4; w++ {
			s := []Store{a, b}[w%2]
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					jobs, err := s.ClaimJobs(ctx, JobExtract, "", 3)
					if err != nil {
						t.Error(err)
						return
					}
					if len(jobs) == 0 {
						return
					}
					mu.Lock()
					for _, j := range jobs {
						got = append(got, j.Ref)
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		sort.Strings(got)
		for i := 1; i < len(got); i++ {
			if got[i] == got[i-1] {
				t.Fatalf("job %s claimed twice", got[i])
			}
		}
		if len(got) != n {
			t.Errorf("claimed %d jobs, want %d", len(got), n)
		}
	})
}

func TestClaimDueSourcesSplitsTheWork(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		a, b := openTwo(t)
		now := time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC)
		for i := 0; i < 6; i++ {
			src := &Source{URL: fmt.Sprintf("https://news%d.example.org/feed", i), Every: time.Hour, NextDue: now.Add(-time.Minute)}
			if err := a.AddSource(ctx, src); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		seen := map[int64]int{}
		var wg sync.WaitGroup
		for _, s := range []Store{a, b, a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				due, _, err := s.ClaimDueSources(ctx, now, 10*time.Minute)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				for _, d := range due {
					seen[d.ID]++
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
		if len(seen) != 6 {
			t.Errorf("%d of 6 due sources claimed", len(seen))
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("source %d claimed %d times", id, n)
			}
		}
		// Claimed: not due for anyone until the lease runs out.
		due, next, err := b.DueSources(ctx, now.Add(5*time.Minute))
		if err != nil || len(due) != 0 || !next.Equal(now.Add(10*time.Minute)) {
			t.Errorf("during the lease: due %d, next %v, err %v", len(due), next, err)
		}
		// Handing one back unchanged makes it due again.
		all, _ := a.ListSources(ctx)
		back := all[0]
		back.NextDue = now.Add(-time.Minute)
		if err := a.RecordPoll(ctx, &back); err != nil {
			t.Fatal(err)
		}
		if due, _, _ := b.ClaimDueSources(ctx, now, time.Minute); len(due) != 1 || due[0].ID != back.ID {
			t.Errorf("handed-back source not claimable: %v", due)
		}
	})
}

func TestTakeJob(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		a, b := openTwo(t)
		a.SetWorker("a", 200*time.Millisecond)
		b.SetWorker("b", time.Minute)
		const link = "https://news.example.org/2026/07/ferry.html"
		j, state, err := a.TakeJob(ctx, JobFetch, link)
		if err != nil || state != JobTaken || j.Attempts != 1 {
			t.Fatalf("first take: %+v %v %v", j, state, err)
		}
		if _, state, _ := b.TakeJob(ctx, JobFetch, link); state != JobHeld {
			t.Fatalf("taken by a, b got %v", state)
		}
		// a dies; once its lease ends b takes the job over and finishes it.
		time.Sleep(300 * time.Millisecond)
		j, state, err = b.TakeJob(ctx, JobFetch, link)
		if err != nil || state != JobTaken || j.Attempts != 2 {
			t.Fatalf("after the lease: %+v %v %v", j, state, err)
		}
		if err := b.FinishJob(ctx, j); err != nil {
			t.Fatal(err)
		}
		if _, state, _ := a.TakeJob(ctx, JobFetch, link); state != JobDone {
			t.Errorf("after it was done: %v", state)
		}
		// A fetch that failed is ready again at once (the source's next
		// poll spaces the retries), until it has failed MaxAttempts times.
		j2, _, _ := a.TakeJob(ctx, JobFetch, link+"?2")
		if err := a.FailJob(ctx, j2, errors.New("503")); err != nil {
			t.Fatal(err)
		}
		if _, state, _ := b.TakeJob(ctx, JobFetch, link+"?2"); state != JobTaken {
			t.Errorf("failed fetch not retried: %v", state)
		}
		if err := b.FailJob(ctx, Job{Kind: JobFetch, Ref: link + "?2", Attempts: MaxAttempts}, errors.New("503")); err != nil {
			t.Fatal(err)
		}
		if _, state, _ := a.TakeJob(ctx, JobFetch, link+"?2"); state != JobDone {
			t.Errorf("after the last attempt: %v, want done (given up)", state)
		}
	})
}

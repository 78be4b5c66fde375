package store

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// lastError reads a job's stored last_error and state.
func lastError(t *testing.T, s Store, ref string) (state, msg string) {
	t.Helper()
	if err := s.(*DB).r().queryRow(context.Background(), `SELECT state, last_error FROM jobs WHERE ref = ?`, ref).Scan(&state, &msg); err != nil {
		t.Fatal(err)
	}
	return state, msg
}

// A job whose processing kills its worker every time (never FailJob, never
// done) is claimed MaxAttempts times in all, counting the attempt of the
// worker that stored the article, and then set aside with a note of why;
// other jobs go on being claimed.
func TestCrashingJobIsSetAsideAfterMaxAttempts(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		const lease = 2 * time.Millisecond
		s.SetWorker("storer", lease)
		const poison = "a900000000000001"
		if _, err := s.PutArticle(ctx, art(poison, "Gao Herald", 1)); err != nil {
			t.Fatal(err)
		}
		attempts := 1 // the storer's, which "crashed"
		for run := 2; attempts < MaxAttempts; run++ {
			time.Sleep(3 * lease)
			s.SetWorker("run-"+strconv.Itoa(run), lease)
			jobs, err := s.ClaimJobs(ctx, JobExtract, "", 4)
			if err != nil || len(jobs) != 1 || jobs[0].Attempts != attempts+1 {
				t.Fatalf("run %d: claimed %+v, %v; want attempt %d", run, jobs, err, attempts+1)
			}
			attempts++ // and this run dies too
		}
		time.Sleep(3 * lease)
		// Listed as set aside before any claim notices, and never claimed
		// again.
		if list, _ := s.ListJobs(ctx, JobFilter{Status: StatusSetAside}); len(list) != 1 || list[0].Ref != poison {
			t.Errorf("set-aside jobs listed: %+v", list)
		}
		if jobs, err := s.ClaimJobs(ctx, JobExtract, "", 4); err != nil || len(jobs) != 0 {
			t.Errorf("claimed %+v, %v after %d attempts", jobs, err, MaxAttempts)
		}
		state, msg := lastError(t, s, poison)
		if state != stateSetAside || !strings.Contains(msg, "attempt 5 by run-5 never reported") {
			t.Errorf("after the last crash: state %q, last error %q", state, msg)
		}
		// Set aside, it blocks nobody: a new article's job is claimed.
		s.SetWorker("storer", lease)
		if _, err := s.PutArticle(ctx, art("a900000000000002", "Gao Herald", 2)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(3 * lease)
		jobs, err := s.ClaimJobs(ctx, JobExtract, "", 4)
		if err != nil || len(jobs) != 1 || jobs[0].Ref != "a900000000000002" {
			t.Fatalf("after the set-aside: claimed %v %v, want only the new job", jobs, err)
		}
		if again, _ := s.ClaimJobs(ctx, JobExtract, poison, 1); len(again) != 0 {
			t.Errorf("a set-aside job was claimed by its ref")
		}
	})
}

// A job that failed or crashed before waits behind fresh ones, so one
// claim of one job never picks the suspect first.
func TestClaimTakesTheLeastTriedFirst(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		s.SetWorker("w", time.Millisecond)
		for _, id := range []string{"b100000000000001", "b100000000000002"} {
			if _, err := s.PutArticle(ctx, art(id, "Khorog Today", 1)); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(5 * time.Millisecond)
		// The older job crashes a second time.
		if j, err := s.ClaimJobs(ctx, JobExtract, "b100000000000001", 1); err != nil || len(j) != 1 {
			t.Fatalf("claim: %v %v", j, err)
		}
		time.Sleep(5 * time.Millisecond)
		j, err := s.ClaimJobs(ctx, JobExtract, "", 1)
		if err != nil || len(j) != 1 || j[0].Ref != "b100000000000002" {
			t.Errorf("claimed %v %v, want the job tried once before the one tried twice", j, err)
		}
	})
}

func TestTakeJobSetsAsideASpentFetch(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		s.SetWorker("w", time.Millisecond)
		const link = "https://news.example.org/2026/08/market-blast.html"
		for k := 1; k <= MaxAttempts; k++ {
			j, state, err := s.TakeJob(ctx, JobFetch, link)
			if err != nil || state != JobTaken || j.Attempts != k {
				t.Fatalf("take %d: %+v %v %v", k, j, state, err)
			}
			time.Sleep(5 * time.Millisecond) // the watcher dies while fetching
		}
		if _, state, err := s.TakeJob(ctx, JobFetch, link); err != nil || state != JobDone {
			t.Fatalf("after %d crashes: %v %v, want done (set aside)", MaxAttempts, state, err)
		}
		if state, msg := lastError(t, s, link); state != stateSetAside || !strings.Contains(msg, "never reported") {
			t.Errorf("state %q, last error %q", state, msg)
		}
	})
}

func TestListRetryAndCountJobs(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		s.SetWorker("holder", time.Hour)
		for _, id := range []string{"c100000000000001", "c100000000000002", "c200000000000003"} {
			if _, err := s.PutArticle(ctx, art(id, "Termez Post", 1)); err != nil {
				t.Fatal(err)
			}
		}
		// One set aside after its last attempt failed, one failed once.
		if _, err := s.(*DB).r().exec(ctx, `UPDATE jobs SET attempts = ?, lease_until = '' WHERE ref = ?`, MaxAttempts-1, "c100000000000001"); err != nil {
			t.Fatal(err)
		}
		last, err := s.ClaimJobs(ctx, JobExtract, "c100000000000001", 1)
		if err != nil || len(last) != 1 || last[0].Attempts != MaxAttempts {
			t.Fatalf("last claim: %v %v", last, err)
		}
		if err := s.FailJob(ctx, last[0], errors.New("gazetteer missing\nmore")); err != nil {
			t.Fatal(err)
		}
		if err := s.FailJob(ctx, QueuedJob(JobExtract, "c100000000000002"), errors.New("database locked")); err != nil {
			t.Fatal(err)
		}
		list, err := s.ListJobs(ctx, JobFilter{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]JobInfo{}
		for _, j := range list {
			got[j.Ref] = j
		}
		want := map[string]struct {
			status, worker, err string
			attempts            int
		}{
			"c100000000000001": {StatusSetAside, "", "gazetteer missing", MaxAttempts},
			"c100000000000002": {StatusWaiting, "", "database locked", 1},
			"c200000000000003": {StatusLeased, "holder", "", 1},
		}
		if len(got) != len(want) {
			t.Fatalf("listed %d jobs, want %d: %+v", len(got), len(want), list)
		}
		for ref, w := range want {
			j := got[ref]
			if j.Status != w.status || j.Worker != w.worker || j.LastError != w.err || j.Attempts != w.attempts {
				t.Errorf("%s: %+v, want %+v", ref, j, w)
			}
			if w.status != StatusSetAside && !j.LeaseUntil.After(time.Now()) {
				t.Errorf("%s: no lease or back-off end: %v", ref, j.LeaseUntil)
			}
		}
		if only, _ := s.ListJobs(ctx, JobFilter{Status: StatusSetAside}); len(only) != 1 || only[0].Ref != "c100000000000001" {
			t.Errorf("set-aside only: %+v", only)
		}
		counts, err := s.CountJobs(ctx, JobExtract)
		if err != nil {
			t.Fatal(err)
		}
		var summary []string
		for _, c := range counts {
			summary = append(summary, c.Status+"/"+c.Worker+"="+strconv.Itoa(c.N))
		}
		if strings.Join(summary, " ") != "leased/holder=1 set aside/=1 waiting/=1" {
			t.Errorf("counts: %v", summary)
		}

		if _, err := s.RetryJobs(ctx, "c2"); !errors.Is(err, ErrNotFound) {
			t.Errorf("retry of a job not set aside: %v", err)
		}
		if n, err := s.RetryJobs(ctx, "c1"); err != nil || n != 1 {
			t.Fatalf("retry by prefix: %d %v", n, err)
		}
		// Put back for one more attempt: claimable now, and set aside
		// again if that attempt crashes too.
		s.SetWorker("again", time.Millisecond)
		j, err := s.ClaimJobs(ctx, JobExtract, "c100000000000001", 1)
		if err != nil || len(j) != 1 || j[0].Attempts != MaxAttempts {
			t.Fatalf("claim after retry: %v %v", j, err)
		}
		time.Sleep(5 * time.Millisecond)
		s.ClaimJobs(ctx, JobExtract, "", 5)
		if state, _ := lastError(t, s, "c100000000000001"); state != stateSetAside {
			t.Errorf("a retried job that crashed again is %q, want set aside", state)
		}
		if n, err := s.RetryJobs(ctx, ""); err != nil || n != 1 {
			t.Errorf("retry all: %d %v", n, err)
		}
	})
}

// deadPID is the pid of a process that has exited.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

func TestReleaseJobsOfAStoppedWorker(t *testing.T) {
	host, _ := os.Hostname()
	dead := host + ":" + strconv.Itoa(deadPID(t))
	for _, w := range []struct {
		name    string
		stopped bool
	}{
		{dead, true},
		{defaultWorker(), false}, // ourselves
		{host + ":" + strconv.Itoa(os.Getppid()), false}, // running
		{"elsewhere.example.org:1234", false},            // another machine: cannot tell
		{"worker-a", false},
		{host + ":x", false},
	} {
		if got := WorkerStopped(w.name); got != w.stopped {
			t.Errorf("WorkerStopped(%q) = %v", w.name, got)
		}
	}
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		s.SetWorker(dead, time.Hour)
		if _, err := s.PutArticle(ctx, art("d900000000000001", "Mopti Voice", 1)); err != nil {
			t.Fatal(err)
		}
		s.SetWorker("", time.Hour)
		if j, _ := s.ClaimJobs(ctx, JobExtract, "", 1); len(j) != 0 {
			t.Fatal("claimed a job under another worker's lease")
		}
		if n, err := s.ReleaseJobs(ctx, dead); err != nil || n != 1 {
			t.Fatalf("release: %d %v", n, err)
		}
		j, err := s.ClaimJobs(ctx, JobExtract, "", 1)
		if err != nil || len(j) != 1 || j[0].Attempts != 2 {
			t.Fatalf("after release: %v %v", j, err)
		}
		if _, msg := lastError(t, s, "d900000000000001"); !strings.Contains(msg, "attempt 1 by "+dead) {
			t.Errorf("last error %q", msg)
		}
	})
}

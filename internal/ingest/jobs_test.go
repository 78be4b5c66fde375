package ingest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

// oneEvent is an extraction that codes one event per article.
func oneEvent(a *store.Article) []event.Event {
	return []event.Event{{EventDate: "2026-05-02", Country: "Pakistan", ISO: "PK", EventType: "Battles"}}
}

// jobsByStatus counts the extract jobs not done by status.
func jobsByStatus(t *testing.T, st store.Store) map[string]int {
	t.Helper()
	counts, err := st.CountJobs(context.Background(), store.JobExtract)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, c := range counts {
		out[c.Status] += c.N
	}
	return out
}

// A defect that one article triggers (a panic in extraction) fails that
// article alone, and its job waits for a retry instead of staying leased.
func TestPanickingExtractionFailsOnlyItsArticle(t *testing.T) {
	dir := t.TempDir()
	inputs := writeCorpus(t, dir, 3, false)
	p, st := newPipeline(t, dir)
	p.Extract = func(a *store.Article) []event.Event {
		if strings.Contains(a.Text, "Report number 1:") {
			var counts []int
			_ = counts[len(a.Text)] // index out of range
		}
		return oneEvent(a)
	}
	var sum Summary
	var failure error
	p.Run(context.Background(), inputs, func(r Result) {
		sum.Add(r)
		if r.Outcome == Failed {
			failure = r.Err
		}
	}, nil)
	if sum.New != 2 || sum.Failed != 1 || failure == nil || !strings.Contains(failure.Error(), "panic: runtime error: index out of range") {
		t.Fatalf("summary %s, failure %v; want 2 new and the panic as 1 failure", sum, failure)
	}
	jobs, err := st.ListJobs(context.Background(), store.JobFilter{})
	if err != nil || len(jobs) != 1 {
		t.Fatalf("jobs %+v %v, want the failed article's", jobs, err)
	}
	if j := jobs[0]; j.Status != store.StatusWaiting || j.Attempts != 1 || !strings.Contains(j.LastError, "panic") {
		t.Errorf("the failed article's job: %+v", j)
	}
}

// A job whose processing kills the process (simulated: the goroutine
// exits mid-job, reporting nothing) leaves no other job claimed beside
// it, and the next run codes the others before it tries it again.
func TestPoisonJobHoldsUpNoOther(t *testing.T) {
	dir := t.TempDir()
	inputs := writeCorpus(t, dir, 5, false)
	stored, st := newPipeline(t, dir)
	stored.Workers = 1 // stored in input order: the poison first
	// long enough that the poison's lease outlives the check after each
	// run on a loaded machine (30 ms expired before it at load 5)
	const lease = 400 * time.Millisecond
	st.SetWorker("killed-before-coding", lease)
	var sum Summary
	stored.Run(context.Background(), inputs, sum.Add, nil) // no Extract: as if killed before it
	if sum.New != 5 {
		t.Fatalf("setup: %s", sum)
	}
	coded := 0
	p := &Pipeline{Store: st, Loader: stored.Loader, Extract: func(a *store.Article) []event.Event {
		if strings.Contains(a.Text, "Report number 0:") {
			runtime.Goexit() // the process dies here
		}
		coded++
		return oneEvent(a)
	}}
	for run := 1; run <= 2; run++ {
		time.Sleep(2 * lease)
		st.SetWorker("run-"+strconv.Itoa(run), lease)
		done := make(chan struct{})
		go func() {
			defer close(done)
			p.Recover(context.Background())
		}()
		<-done
		if got := jobsByStatus(t, st)[store.StatusLeased]; got != 1 {
			t.Errorf("run %d: %d jobs leased after the crash, want only the poison", run, got)
		}
	}
	if coded != 4 {
		t.Errorf("%d innocent articles coded, want 4", coded)
	}
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

// The articles of a process on this machine that has gone are coded by
// the next run at once, not after their lease.
func TestStoppedLocalWorkerIsTakenOver(t *testing.T) {
	dir := t.TempDir()
	inputs := writeCorpus(t, dir, 3, false)
	stored, st := newPipeline(t, dir)
	host, _ := os.Hostname()
	st.SetWorker(host+":"+strconv.Itoa(deadPID(t)), time.Hour)
	var sum Summary
	stored.Run(context.Background(), inputs, sum.Add, nil)
	st.SetWorker("", time.Hour)
	p := &Pipeline{Store: st, Loader: stored.Loader, Extract: oneEvent}
	n, err := p.Recover(context.Background())
	if err != nil || n != 3 {
		t.Fatalf("recovered %d, %v; want the 3 articles of the stopped process", n, err)
	}
	// A lease held on another machine is waited for.
	other := filepath.Join(dir, "other.txt")
	if err := os.WriteFile(other, []byte(synthArticle(99, false)), 0o644); err != nil {
		t.Fatal(err)
	}
	st.SetWorker("ingest-7.example.org:4242", time.Hour)
	stored.Run(context.Background(), []source.Input{{Origin: other}}, nil, nil)
	st.SetWorker("", time.Hour)
	if n, err := p.Recover(context.Background()); err != nil || n != 0 {
		t.Errorf("recovered %d, %v; want 0: the other machine's lease has not run out", n, err)
	}
	if got := jobsByStatus(t, st)[store.StatusLeased]; got != 1 {
		t.Errorf("%d jobs leased, want the other machine's 1", got)
	}
}

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// leftOver stores an article as a process that then died would: with its
// job leased to worker for lease (one under a second: run out), after
// attempts claims in all.
func leftOver(t *testing.T, db, id, worker string, lease time.Duration, attempts int) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.SetWorker(worker, lease)
	a := &store.Article{ID: id, Origin: "/srv/in/" + id + ".txt", Title: "Left over", Text: "Left over " + id + ".",
		Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC), FetchedAt: time.Now(), MediaType: "text/plain"}
	if _, err := st.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if lease > time.Second {
		return // a lease still running
	}
	// A lease that has run out, after each of attempts claims.
	for k := 1; k < attempts; k++ {
		time.Sleep(2 * lease)
		if j, err := st.ClaimJobs(ctx, store.JobExtract, id, 1); err != nil || len(j) != 1 {
			t.Fatalf("claim %d: %v %v", k, j, err)
		}
	}
	time.Sleep(2 * lease)
}

// After runs that died: an ingest of an unrelated file stores and codes
// its own article, sets aside the job that had all its attempts, and says
// what is left rather than exiting quietly; `jobs` lists both and `jobs
// retry` puts the set-aside one back.
func TestIngestAfterCrashedRuns(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	const poison, held = "9a00000000000001", "9b00000000000002"
	leftOver(t, db, poison, "ingest-1.example.org:101", time.Millisecond, store.MaxAttempts)
	leftOver(t, db, held, "ingest-2.example.org:202", time.Hour, 1)
	in := writeFile(t, filepath.Join(dir, "in", "tillaberi.txt"),
		"Gunmen attacked a market near Tillaberi on Sunday, killing seven traders, local officials said on Monday.\n")

	code, out, errs := sitrep(t, db, "ingest", in)
	if code != 0 || !strings.HasPrefix(out, "new") || !strings.Contains(errs, "1 input: 1 new") {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	wait := regexp.MustCompile(`(?m)^1 article waits for the lease of another process until (\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d; if it stopped, run again then$`)
	if !wait.MatchString(errs) {
		t.Errorf("no line about the article waiting for a lease:\n%s", errs)
	}
	if !strings.Contains(errs, "1 article set aside after 5 attempts, without events: see sitrep jobs") {
		t.Errorf("no line about the article set aside:\n%s", errs)
	}

	code, out, errs = sitrep(t, db, "jobs")
	if code != 0 {
		t.Fatalf("jobs: exit %d: %s", code, errs)
	}
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) != 3 || !strings.HasPrefix(rows[0], "KIND") {
		t.Fatalf("jobs table:\n%s", out)
	}
	for _, want := range []string{
		poison + `\s+set aside\s+5/5\s+-\s+-\s+attempt 5 by ingest-1.example.org:101 never reported`,
		held + `\s+leased\s+1/5\s+(\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d\s+ingest-2.example.org:202\s+-`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("no row like %q in\n%s", want, out)
		}
	}

	if code, _, errs := sitrep(t, db, "jobs", "retry", "9b"); code != 1 || !strings.Contains(errs, `no job set aside has ID "9b"`) {
		t.Errorf("retry of a leased job: exit %d: %s", code, errs)
	}
	code, out, errs = sitrep(t, db, "jobs", "retry", "9a")
	if code != 0 || !strings.Contains(out, "1 job put back for one more attempt") {
		t.Fatalf("retry: exit %d: %s%s", code, out, errs)
	}
	// The next ingest codes it.
	code, _, errs = sitrep(t, db, "ingest", in)
	if code != 0 || !strings.Contains(errs, "1 article left without events by a stopped worker: coded now") || strings.Contains(errs, "set aside") {
		t.Errorf("ingest after the retry: exit %d\n%s", code, errs)
	}
	if code, _, errs := sitrep(t, db, "jobs", "--status", "set aside"); code != 0 || !strings.Contains(errs, "no such jobs") {
		t.Errorf("set-aside jobs after the retry: exit %d: %s", code, errs)
	}
}

func TestJobsUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	for _, args := range [][]string{
		{"jobs", "--status", "stuck"},
		{"jobs", "--kind", "email"},
		{"jobs", "everything"},
		{"jobs", "retry"},
		{"jobs", "retry", "9a", "--all"},
	} {
		if code, _, errs := sitrep(t, db, args...); code != 2 || !strings.Contains(errs, "see sitrep jobs --help") {
			t.Errorf("%v: exit %d: %s", args, code, errs)
		}
	}
	// a database that is not there is named, not created empty
	if code, _, errs := sitrep(t, db, "jobs"); code != 1 || !strings.Contains(errs, "no database") {
		t.Errorf("jobs on a missing database: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("jobs created %s", db)
	}
	emptyDB(t, db)
	if code, _, errs := sitrep(t, db, "jobs"); code != 0 || !strings.Contains(errs, "no jobs waiting") {
		t.Errorf("jobs on an empty database: exit %d: %s", code, errs)
	}
}

// A re-run right after a process on this machine was killed codes the
// articles it left without events at once, rather than exiting quietly
// while they wait two minutes for its lease.
func TestRerunRightAfterALocalProcessDied(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	worker := host + ":" + strconv.Itoa(dead.Process.Pid)
	leftOver(t, db, "9d00000000000004", worker, store.DefaultLease, 1)
	leftOver(t, db, "9d00000000000005", worker, store.DefaultLease, 1)
	in := writeFile(t, filepath.Join(dir, "kunduz.txt"),
		"A roadside bomb struck a police vehicle outside Kunduz on Thursday, wounding three officers, a provincial spokesman said.\n")
	code, _, errs := sitrep(t, db, "ingest", in)
	if code != 0 || !strings.Contains(errs, "2 articles left without events by a stopped worker: coded now") || strings.Contains(errs, "lease") {
		t.Errorf("re-run: exit %d\n%s", code, errs)
	}
	if code, _, errs := sitrep(t, db, "jobs"); code != 0 || !strings.Contains(errs, "no jobs waiting") {
		t.Errorf("jobs after the re-run: exit %d: %s", code, errs)
	}
}

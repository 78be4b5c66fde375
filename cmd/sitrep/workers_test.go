package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// TestMain lets the test binary stand in for the sitrep binary, so the
// many-process tests run real processes without building one.
func TestMain(m *testing.M) {
	if os.Getenv("SITREP_TEST_AS_CLI") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// cli is `sitrep ARGS...` as a separate process.
func cli(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Env = append(os.Environ(), "SITREP_TEST_AS_CLI=1")
	return cmd
}

// pgDatabase gives a test a new empty schema on the test PostgreSQL server
// (skipping the test when there is none).
func pgDatabase(t *testing.T) string { return storetest.PostgresDSN(t) }

// eventsDump is every stored event as JSON, one per line, sorted: equal
// dumps mean the same grouping, the same claims, the same IDs.
func eventsDump(t *testing.T, db string) string {
	t.Helper()
	code, out, errs := sitrep(t, db, "events", "--format", "jsonl", "--limit", "1000000")
	if code != 0 {
		t.Fatalf("events: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func countArticles(t *testing.T, db string) int {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := st.CountArticles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func corpusSize(t *testing.T) int {
	if s := os.Getenv("SITREP_TEST_CORPUS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if testing.Short() {
		return 300
	}
	return 2000
}

// diffDumps says where two event dumps first differ.
func diffDumps(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return fmt.Sprintf("%d vs %d events; first difference:\n  %s\n  %s", len(la), len(lb), la[i], lb[i])
		}
	}
	return fmt.Sprintf("%d vs %d events", len(la), len(lb))
}

// Four ingest processes over overlapping parts of a corpus, sharing one
// PostgreSQL, store each article once and give exactly the events one
// SQLite process gives; a worker killed mid-run loses nothing.
func TestManyWorkersOnPostgres(t *testing.T) {
	dsn := pgDatabase(t)
	n := corpusSize(t)
	dir := t.TempDir()
	lines, err := makeCorpus(dir, n, 7)
	if err != nil {
		t.Fatal(err)
	}
	all, err := writeManifest(dir, "all.jsonl", lines)
	if err != nil {
		t.Fatal(err)
	}

	ref := filepath.Join(t.TempDir(), "ref.db")
	if code, _, errs := sitrep(t, ref, "ingest", "--quiet", "--manifest", all); code != 0 {
		t.Fatalf("sqlite ingest: exit %d: %s", code, errs)
	}
	want := eventsDump(t, ref)
	if strings.Count(want, "\n") < n/5 {
		t.Fatalf("the corpus gave only %d events", strings.Count(want, "\n")+1)
	}

	// Parts overlap by a tenth of the corpus on each side, and every
	// process reads its part in its own order.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var cmds []*exec.Cmd
	for k := 0; k < 4; k++ {
		lo, hi := max(k*n/4-n/10, 0), min((k+1)*n/4+n/10, n)
		part := append([]string(nil), lines[lo:hi]...)
		if k%2 == 1 {
			for i, j := 0, len(part)-1; i < j; i, j = i+1, j-1 {
				part[i], part[j] = part[j], part[i]
			}
		}
		m, err := writeManifest(dir, fmt.Sprintf("part%d.jsonl", k), part)
		if err != nil {
			t.Fatal(err)
		}
		cmd := cli(ctx, "--db", dsn, "ingest", "--quiet", "--manifest", m)
		var errb strings.Builder
		cmd.Stderr = &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
		t.Cleanup(func() {
			if t.Failed() && errb.Len() > 0 {
				t.Logf("worker %d stderr: %s", k, errb.String())
			}
		})
	}
	for k, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("worker %d: %v", k, err)
		}
	}
	if got := countArticles(t, dsn); got != n {
		t.Errorf("PostgreSQL holds %d articles, want %d (each once)", got, n)
	}
	if got := eventsDump(t, dsn); got != want {
		t.Errorf("4 PostgreSQL workers and one SQLite process disagree: %s", diffDumps(want, got))
	}

	// A worker killed with SIGKILL mid-run: the next run finishes its
	// work once its lease has run out, and a run after that changes nothing.
	dsn2 := pgDatabase(t)
	cmd := cli(ctx, "--db", dsn2, "ingest", "--quiet", "--lease", "1s", "--manifest", all)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for countArticles(t, dsn2) < n/4 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	stored := countArticles(t, dsn2)
	if stored >= n {
		t.Fatalf("the worker finished (%d articles) before it could be killed: use a bigger corpus", stored)
	}
	time.Sleep(1100 * time.Millisecond)
	code, _, errs := sitrep(t, dsn2, "ingest", "--manifest", all)
	if code != 0 {
		t.Fatalf("re-run after the kill: exit %d: %s", code, errs)
	}
	t.Logf("killed after %d of %d articles; re-run: %s", stored, n, strings.TrimSpace(errs))
	if got := eventsDump(t, dsn2); got != want {
		t.Errorf("after a killed worker and a re-run the events differ from one clean run: %s", diffDumps(want, got))
	}
	code, _, errs = sitrep(t, dsn2, "ingest", "--manifest", all)
	if code != 0 || !strings.Contains(errs, fmt.Sprintf("%s inputs: 0 new, %s already known", source.Thousands(n), source.Thousands(n))) || strings.Contains(errs, "coded now") {
		t.Errorf("a second re-run should change nothing: exit %d: %s", code, errs)
	}
	if got := eventsDump(t, dsn2); got != want {
		t.Errorf("a second re-run changed the events: %s", diffDumps(want, got))
	}
}

// TestWorkersThroughput reports (not asserts) articles per second for 1, 2
// and 4 ingest processes on PostgreSQL and one on SQLite, and the time
// from a feed serving a new item to GET /api/events returning its event.
// Set SITREP_BENCH_WORKERS=1 (and SITREP_TEST_POSTGRES) to run it.
func TestWorkersThroughput(t *testing.T) {
	if os.Getenv("SITREP_BENCH_WORKERS") == "" {
		t.Skip("set SITREP_BENCH_WORKERS=1 to measure")
	}
	n := corpusSize(t)
	dir := t.TempDir()
	lines, err := makeCorpus(dir, n, 11)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	run := func(db string, workers int) float64 {
		var cmds []*exec.Cmd
		start := time.Now()
		for k := 0; k < workers; k++ {
			m, err := writeManifest(dir, fmt.Sprintf("w%d-%d.jsonl", workers, k), lines[k*n/workers:(k+1)*n/workers])
			if err != nil {
				t.Fatal(err)
			}
			cmd := cli(ctx, "--db", db, "ingest", "--quiet", "--manifest", m)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			cmds = append(cmds, cmd)
		}
		for _, c := range cmds {
			if err := c.Wait(); err != nil {
				t.Fatal(err)
			}
		}
		return float64(n) / time.Since(start).Seconds()
	}
	t.Logf("corpus: %d articles", n)
	t.Logf("SQLite, 1 process: %.0f articles/s", run(filepath.Join(t.TempDir(), "w.db"), 1))
	for _, w := range []int{1, 2, 4} {
		t.Logf("PostgreSQL, %d processes: %.0f articles/s", w, run(pgDatabase(t), w))
	}
	feedToAPI(t, pgDatabase(t))
}

// feedToAPI measures, on db, the time from a feed first serving an item
// to the event of that item being returned by a running `sitrep serve`,
// with a running `sitrep watch` in between.
func feedToAPI(t *testing.T, db string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	lines, err := makeCorpus(dir, 12, 23)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var items []string               // paths served in the feed
	served := map[string]time.Time{} // first time the feed listed each
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>`)
			for _, it := range items {
				if _, ok := served[it]; !ok {
					served[it] = time.Now()
				}
				fmt.Fprintf(w, `<item><title>%s</title><link>http://%s/%s</link><pubDate>Mon, 01 Jan 2024 08:00:00 GMT</pubDate></item>`, it, r.Host, it)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		b, err := os.ReadFile(filepath.Join(dir, strings.TrimPrefix(r.URL.Path, "/")))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(b)
	}))
	defer srv.Close()
	var paths []string
	for _, l := range lines {
		var m struct{ Path string }
		json.Unmarshal([]byte(l), &m)
		// First reports only: two reports of one incident make one event.
		if strings.HasSuffix(m.Path, "-r0.txt") && len(paths) < 2 {
			paths = append(paths, m.Path)
		}
	}
	if code, _, errs := sitrep(t, db, "sources", "add", "--every", "1m", srv.URL+"/feed.xml"); code != 0 {
		t.Fatal(errs)
	}
	serve := cli(ctx, "--db", db, "serve", "--addr", "127.0.0.1:0")
	serveErr, _ := serve.StderrPipe()
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer serve.Process.Signal(syscall.SIGTERM)
	var base string
	sc := bufio.NewScanner(serveErr)
	for sc.Scan() {
		if i := strings.Index(sc.Text(), "listening on "); i >= 0 {
			base = strings.TrimSpace(sc.Text()[i+len("listening on "):])
			break
		}
	}
	go io.Copy(io.Discard, serveErr)
	items = append(items, paths[0]) // an empty feed would count as a failed poll
	watch := cli(ctx, "--db", db, "watch", "--allow-private", "--gap", "0")
	if err := watch.Start(); err != nil {
		t.Fatal(err)
	}
	defer watch.Process.Signal(syscall.SIGTERM)
	count := func() int {
		resp, err := http.Get(base + "/api/events?limit=1000")
		if err != nil {
			return -1
		}
		defer resp.Body.Close()
		var body struct{ Events []json.RawMessage }
		json.NewDecoder(resp.Body).Decode(&body)
		return len(body.Events)
	}
	for i, p := range paths {
		if i > 0 {
			mu.Lock()
			items = append(items, p)
			mu.Unlock()
		}
		deadline := time.Now().Add(3 * time.Minute)
		for count() < i+1 && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		mu.Lock()
		at, ok := served[p]
		mu.Unlock()
		if !ok || count() < i+1 {
			t.Fatalf("item %d never reached the API", i+1)
		}
		t.Logf("item %d: feed served it → GET /api/events returned its event in %v", i+1, time.Since(at).Round(time.Millisecond))
	}
}

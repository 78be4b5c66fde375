package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// startServe runs `sitrep serve` in-process on a free loopback port and
// returns its base URL; the server stops when the test ends.
func startServe(t *testing.T, db string, env map[string]string, args ...string) string {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"--db", db, "serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	urlc := make(chan string, 1)
	var mu sync.Mutex
	var log strings.Builder
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			mu.Lock()
			log.WriteString(sc.Text() + "\n")
			mu.Unlock()
			if _, u, ok := strings.Cut(sc.Text(), "listening on "); ok {
				urlc <- u
			}
		}
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				mu.Lock()
				t.Errorf("serve exited %d:\n%s", code, log.String())
				mu.Unlock()
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not shut down within 15 s of cancellation")
		}
	})
	select {
	case u := <-urlc:
		return u
	case code := <-done:
		t.Fatalf("serve exited %d before listening", code)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not start")
	}
	return ""
}

func TestServeShutsDownAndServes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	seedEvents(t, db)
	base := startServe(t, db, map[string]string{"SITREP_TOKEN": ""})
	resp, err := http.Get(base + "/api/events?country=KG")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var page struct {
		Total  int               `json:"total"`
		Events []json.RawMessage `json:"events"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil || page.Total != 1 || len(page.Events) != 1 {
		t.Fatalf("events: %v %+v", err, page)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	resp, err = http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `<div id="map">`) {
		t.Errorf("page: %d %.200s", resp.StatusCode, body)
	}
}

func TestServeRejectsBadTiles(t *testing.T) {
	code, _, errs := sitrep(t, filepath.Join(t.TempDir(), "x.db"), "serve", "--addr", "127.0.0.1:0", "--tiles", "javascript:alert(1)")
	if code != 2 || !strings.Contains(errs, "--tiles") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// TestBrowser runs internal/web/browser_test.mjs in headless Chromium
// against `sitrep serve` over the seed articles, and over an empty database. Without Chromium or
// playwright-core it is skipped, unless SITREP_REQUIRE_BROWSER is set
// (make test sets it, so CI cannot pass by skipping).
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	missing := ""
	if _, err := os.Stat(chromium); err != nil {
		missing = chromium + " (apt-get install chromium)"
	} else if _, err := exec.LookPath("node"); err != nil {
		missing = "node"
	} else if _, err := os.Stat("../../node_modules/playwright-core/package.json"); err != nil {
		missing = "node_modules/playwright-core (npm ci)"
	}
	if missing != "" {
		if os.Getenv("SITREP_REQUIRE_BROWSER") != "" {
			t.Fatalf("browser test needs %s", missing)
		}
		t.Skipf("no %s", missing)
	}
	db := filepath.Join(t.TempDir(), "seeds.db")
	if code, _, errs := sitrep(t, db, "ingest", "--quiet", "--manifest", filepath.Join(seedsDir, "manifest.jsonl")); code != 0 {
		t.Fatalf("ingest seeds: exit %d\n%s", code, errs)
	}
	const token = "browser-test-token"
	base := startServe(t, db, map[string]string{"SITREP_TOKEN": token})
	emptyBase := startServe(t, filepath.Join(t.TempDir(), "empty.db"), nil)
	shots := os.Getenv("SITREP_SHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", "../../internal/web/browser_test.mjs")
	cmd.Env = append(os.Environ(), "SITREP_URL="+base, "SITREP_EMPTY_URL="+emptyBase, "SITREP_TOKEN="+token, "SITREP_SHOTS="+shots, "CHROMIUM="+chromium)
	out, err := cmd.CombinedOutput()
	t.Logf("screenshots in %s\n%s", shots, out)
	if err != nil {
		t.Fatalf("browser tests failed: %v", err)
	}
}

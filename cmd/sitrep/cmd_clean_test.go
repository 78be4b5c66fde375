package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const cleanTestPage = `<!DOCTYPE html><html lang="en"><head><title>Clashes near Kurram | Test Daily</title>
<meta property="og:title" content="Clashes near Kurram"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Clashes near Kurram</h1>
<p>Fighting between two tribes near Parachinar in the Kurram district entered its third day on Sunday, officials said, with at least twelve people killed.</p>
<p>The district administration imposed a curfew and suspended mobile phone service while elders from neighbouring districts tried to negotiate a ceasefire.</p>
<p>Roads to Peshawar remained closed and traders said food and medicine were running short in the main bazaar.</p>
</article>
<div id="comments"><h3>2 Comments</h3><p>Reader one: when will this end?</p></div>
</body></html>`

const cleanTestText = "Ceasefire holds in Batken\n\nSupport Valley Monitor\n\n" +
	"The ceasefire between Kyrgyz and Tajik border units held overnight, officials in Batken said on Monday morning.\n\n" +
	"Notify of\n\nReader: good news at last\n"

func runCleanCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeCleanInput(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCleanPrints(t *testing.T) {
	dir := t.TempDir()
	page := writeCleanInput(t, dir, "kurram.html", cleanTestPage)
	code, out, errs := runCleanCmd(t, "", "clean", page)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "Clashes near Kurram\n\nFighting between two tribes near Parachinar") {
		t.Errorf("want title, blank line, paragraphs; got %q", out)
	}
	for _, bad := range []string{"when will this end", "Sport", "2 Comments"} {
		if strings.Contains(out, bad) {
			t.Errorf("output keeps %q", bad)
		}
	}
}

func TestCleanStdinSniffs(t *testing.T) {
	code, out, errs := runCleanCmd(t, cleanTestPage, "clean", "-")
	if code != 0 || !strings.Contains(out, "imposed a curfew") {
		t.Fatalf("html on stdin: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, errs = runCleanCmd(t, cleanTestText, "clean", "-")
	if code != 0 || !strings.HasPrefix(out, "Ceasefire holds in Batken\n\nThe ceasefire between") {
		t.Fatalf("text on stdin: exit %d, out %q, err %q", code, out, errs)
	}
	if strings.Contains(out, "Notify of") || strings.Contains(out, "Support Valley") {
		t.Errorf("text boilerplate kept: %q", out)
	}
}

func TestCleanOutDir(t *testing.T) {
	dir := t.TempDir()
	in := []string{
		writeCleanInput(t, dir, "a.html", cleanTestPage),
		writeCleanInput(t, dir, "b.txt", cleanTestText),
		writeCleanInput(t, dir, "broken.txt", "\x00\x01\x02binary"),
		filepath.Join(dir, "missing.html"),
	}
	out := filepath.Join(dir, "out", "nested")
	code, stdout, errs := runCleanCmd(t, "", append([]string{"clean", "--out", out, "--workers", "3"}, in...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1 when an input fails", code)
	}
	if stdout != "" {
		t.Errorf("stdout %q, want nothing with --out", stdout)
	}
	for _, name := range []string{"broken.txt", "missing.html"} {
		if !strings.Contains(errs, name) {
			t.Errorf("stderr %q does not name failed input %s", errs, name)
		}
	}
	if strings.Count(strings.TrimSpace(errs), "\n") != 2 {
		t.Errorf("want one line per failure plus a summary, got %q", errs)
	}
	a, err := os.ReadFile(filepath.Join(out, "a.txt"))
	if err != nil || !strings.Contains(string(a), "Roads to Peshawar remained closed") {
		t.Errorf("a.txt = %q, %v", a, err)
	}
	b, err := os.ReadFile(filepath.Join(out, "b.txt"))
	if err != nil || !strings.HasPrefix(string(b), "Ceasefire holds in Batken\n\n") {
		t.Errorf("b.txt = %q, %v", b, err)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 2 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("output folder holds %v, want only a.txt and b.txt (no temp files)", names)
	}
}

func TestCleanUsage(t *testing.T) {
	dir := t.TempDir()
	a := writeCleanInput(t, dir, "x.html", cleanTestPage)
	b := writeCleanInput(t, filepath.Join(dir), "x.txt", cleanTestText)
	for name, args := range map[string][]string{
		"no inputs":       {"clean"},
		"bad workers":     {"clean", "--workers", "0", a},
		"stdin twice":     {"clean", "-", "-"},
		"colliding names": {"clean", "--out", filepath.Join(dir, "o"), a, b},
		"unknown flag":    {"clean", "--bogus", a},
		"overwrite input": {"clean", "--out", dir, b},
	} {
		if code, _, _ := runCleanCmd(t, "", args...); code != 2 {
			t.Errorf("%s: exit %d, want 2", name, code)
		}
	}
}

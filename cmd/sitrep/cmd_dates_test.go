package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runDatesCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), append([]string{"dates"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

type datesLine struct {
	ID    string `json:"id"`
	Dates []struct {
		Start, End                   int
		Text, Value, Type, Precision string
	} `json:"dates"`
}

func TestDatesTasks(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "tasks.jsonl")
	lines := []string{
		`{"id":"a","dct":"2022-02-18","text":"Shelling hit Shchastia on Friday and last week."}`,
		`{"id":"b","dct":"not a date","text":"x"}`,
		`this is not json`,
		``,
		`{"id":"c","dct":"2021-01-05","text":"Café owners in Khorugh said clashes on December 30 killed two."}`,
		`{"id":"d","dct":"2021-01-05"}`,
	}
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runDatesCLI(t, "", "--in", in)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (bad lines)", code)
	}
	for _, want := range []string{"tasks.jsonl:2:", "tasks.jsonl:3:", "tasks.jsonl:6:"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "tasks.jsonl:4:") {
		t.Errorf("blank line reported as bad:\n%s", stderr)
	}
	var got []datesLine
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var d datesLine
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		got = append(got, d)
	}
	if len(got) != 2 || got[0].ID != "a" || got[1].ID != "c" {
		t.Fatalf("output ids %+v, want a, c", got)
	}
	a := got[0].Dates
	if len(a) != 2 || a[0].Text != "Friday" || a[0].Value != "2022-02-18" || a[0].Precision != "day" ||
		a[1].Value != "2022-W06" || a[1].Precision != "week" || a[1].Type != "DATE" {
		t.Errorf("doc a: %+v", a)
	}
	// code point offsets: "Café" has a two-byte é before the date
	c := got[1].Dates
	text := []rune("Café owners in Khorugh said clashes on December 30 killed two.")
	if len(c) != 1 || c[0].Value != "2020-12-30" || string(text[c[0].Start:c[0].End]) != "December 30" {
		t.Errorf("doc c: %+v", c)
	}
}

func TestDatesFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "report.txt")
	text := "Troops entered the town in early September and will leave next month."
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runDatesCLI(t, "", "--published", "2019-09-20", "--format", "jsonl", f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`"text":"early September","value":"2019-09","type":"DATE","precision":"month","mod":"START"`,
		`"text":"next month","value":"2019-10"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %s:\n%s", want, stdout)
		}
	}
	code, stdout, _ = runDatesCLI(t, "Rebels attacked on Friday.", "--published", "2024-05-10", "-")
	if code != 0 || !strings.Contains(stdout, "2024-05-10") || !strings.Contains(stdout, "VALUE") {
		t.Errorf("table from stdin: exit %d\n%s", code, stdout)
	}
}

func TestDatesUsage(t *testing.T) {
	if code, _, _ := runDatesCLI(t, ""); code != 2 {
		t.Errorf("no input: exit %d, want 2", code)
	}
	if code, _, _ := runDatesCLI(t, "", "--published", "yesterday", "x.txt"); code != 2 {
		t.Errorf("bad --published: exit %d, want 2", code)
	}
	if code, _, _ := runDatesCLI(t, "", "--format", "xml", "x.txt"); code != 2 {
		t.Errorf("bad --format: exit %d, want 2", code)
	}
	if code, _, stderr := runDatesCLI(t, "", "--published", "2020-01-01", filepath.Join(t.TempDir(), "missing.txt")); code != 1 || stderr == "" {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
}

package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

type wantInput struct {
	origin, url, line, source, title string
	published                        time.Time
}

func checkInputs(t *testing.T, got []Input, want []wantInput) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d inputs %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Origin != w.origin || g.URL != w.url || g.Line != w.line || g.Meta.Source != w.source ||
			g.Meta.Title != w.title || !g.Meta.Published.Equal(w.published) {
			t.Errorf("input %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

func checkErrs(t *testing.T, errs []error, want []string) {
	t.Helper()
	if len(errs) != len(want) {
		t.Fatalf("got errors %q, want %d matching %q", errs, len(want), want)
	}
	for i, e := range errs {
		if !strings.Contains(e.Error(), want[i]) {
			t.Errorf("error %d %q does not contain %q", i, e, want[i])
		}
	}
}

func TestReadManifestFixtures(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	art := func(p string) string { return filepath.Join("testdata", "articles", filepath.FromSlash(p)) }
	t.Run("jsonl", func(t *testing.T) {
		m := filepath.Join("testdata", "manifests", "manifest.jsonl")
		ins, errs := ReadManifestWith(m, ManifestOptions{Anywhere: true})
		checkInputs(t, ins, []wantInput{
			{origin: art("mali-mopti.txt"), line: m + ":1", source: "Sahel Wire", published: day(2026, 6, 23)},
			{origin: art("border/kyrgyz-tajik.html"), line: m + ":2", source: "Steppe Monitor", title: "Clashes near Batken",
				published: time.Date(2026, 6, 25, 10, 40, 0, 0, time.UTC)},
			{origin: "https://news.example/mali/boni-ambush", line: m + ":5", published: time.Date(2026, 6, 22, 9, 30, 0, 0, time.UTC)},
			{origin: art("border/briefing.md"), url: "https://news.example/briefing", line: m + ":9", published: day(2026, 6, 27)},
		})
		checkErrs(t, errs, []string{
			m + `:6: published: unrecognised date "yesterday"`,
			m + ":7: no path or url",
			m + ":8: bad JSON: unexpected end of JSON",
		})
	})
	t.Run("csv", func(t *testing.T) {
		m := filepath.Join("testdata", "manifests", "manifest.csv")
		ins, errs := ReadManifestWith(m, ManifestOptions{Anywhere: true})
		checkInputs(t, ins, []wantInput{
			{origin: art("mali-mopti.txt"), line: m + ":2", source: "Sahel Wire", title: "Gunmen kill villagers near Bandiagara", published: day(2026, 6, 23)},
			{origin: "https://news.example/vorukh/road", line: m + ":3", source: "Steppe Monitor", published: day(2026, 6, 27)},
			{origin: art("border/briefing.md"), line: m + ":6", source: "Steppe Monitor, Bishkek", title: "Weekly briefing", published: day(2026, 6, 27)},
			{origin: "https://news.example/mali/gao-curfew", line: m + ":9", source: "Sahel Wire", title: "Curfew extended in Gao", published: day(2026, 6, 24)},
		})
		checkErrs(t, errs, []string{
			m + `:4: published: unrecognised date "27/06/2026"`,
			m + ":5: no path or url",
			m + `:7: published: unrecognised date "not-a-date"`,
			m + `:8: bare " in non-quoted-field`,
		})
	})
	t.Run("jsonl confined", func(t *testing.T) {
		// The fixture's paths all climb out of testdata/manifests.
		m := filepath.Join("testdata", "manifests", "manifest.jsonl")
		ins, errs := ReadManifest(m)
		checkInputs(t, ins, []wantInput{
			{origin: "https://news.example/mali/boni-ambush", line: m + ":5", published: time.Date(2026, 6, 22, 9, 30, 0, 0, time.UTC)},
		})
		checkErrs(t, errs, []string{
			m + `:1: path "../articles/mali-mopti.txt": outside the manifest's folder`,
			m + `:2: path "../articles/border/kyrgyz-tajik.html": outside the manifest's folder`,
			m + `:6: path "../articles/NOTES": outside the manifest's folder`,
			m + ":7: no path or url",
			m + ":8: bad JSON: unexpected end of JSON",
			m + `:9: path "../articles/border/briefing.md": outside the manifest's folder`,
		})
	})
}

// TestManifestConfined: a manifest reads its own folder and below; paths
// and links leading elsewhere are refused one line each, the rest read.
func TestManifestConfined(t *testing.T) {
	top := t.TempDir()
	dir := filepath.Join(top, "batch")
	outside := filepath.Join(top, "secret.txt")
	mustWrite(t, outside, "Not for the manifest to read.\n")
	mustWrite(t, filepath.Join(dir, "sub", "kabul.txt"), "Shelling was reported in the west of the city on Tuesday.\n")
	mustWrite(t, filepath.Join(dir, "quito.txt"), "Protesters blocked the highway to the coast for a second day.\n")
	if err := os.Symlink(outside, filepath.Join(dir, "escape.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "quito.txt"), filepath.Join(dir, "sub", "inside.txt")); err != nil {
		t.Fatal(err)
	}
	m := filepath.Join(dir, "m.jsonl")
	mustWrite(t, m, strings.Join([]string{
		`{"path": "/etc/passwd"}`,
		`{"path": "../../../../etc/shadow"}`,
		`{"path": "sub/kabul.txt"}`,
		`{"path": ` + quote(outside) + `}`,
		`{"path": "escape.txt"}`,
		`{"path": "sub/../sub/inside.txt"}`,
		`{"path": ` + quote(filepath.Join(dir, "quito.txt")) + `}`,
		`{"path": "sub/../../batch/quito.txt"}`,
	}, "\n"))

	ins, errs := ReadManifest(m)
	checkErrs(t, errs, []string{
		m + `:1: path "/etc/passwd": outside the manifest's folder`,
		m + `:2: path "../../../../etc/shadow": outside the manifest's folder`,
		m + `:4: path "` + Shown(outside) + `": outside the manifest's folder`,
	})
	for _, err := range errs {
		if !errors.Is(err, ErrOutsideManifest) {
			t.Errorf("%v does not wrap ErrOutsideManifest", err)
		}
	}
	// The link is only seen for what it is when the file is opened.
	var l Loader
	var read []string
	for _, in := range ins {
		docs, lerrs := l.Load(context.Background(), in)
		if in.Line == m+":5" {
			if len(docs) != 0 || len(lerrs) != 1 || !errors.Is(lerrs[0], ErrOutsideManifest) ||
				!strings.Contains(lerrs[0].Error(), "links outside the manifest's folder") {
				t.Errorf("escaping link: docs %d, errors %v", len(docs), lerrs)
			}
			continue
		}
		if len(lerrs) != 0 {
			t.Errorf("%s: %v", in.Line, lerrs)
		}
		for _, d := range docs {
			read = append(read, filepath.Base(d.Origin))
		}
	}
	if want := "kabul.txt inside.txt quito.txt quito.txt"; strings.Join(read, " ") != want {
		t.Errorf("read %q, want %q", read, want)
	}

	// With Anywhere, the user vouches for the manifest.
	ins, errs = ReadManifestWith(m, ManifestOptions{Anywhere: true})
	if len(errs) != 0 || len(ins) != 8 {
		t.Fatalf("anywhere: %d inputs, errors %v", len(ins), errs)
	}
	for _, in := range ins {
		if in.Root != "" {
			t.Errorf("anywhere: %s has root %q", in.Line, in.Root)
		}
	}
}

func mustWrite(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadManifestCases(t *testing.T) {
	dir := t.TempDir()
	abs := filepath.Join(dir, "abs.txt")
	tests := []struct {
		name, file, content string
		want                []string // origins
		wantErr             []string
	}{
		{"jsonl relative and absolute", "m.jsonl", `{"path":"a/b.txt"}` + "\n" + `{"path":` + quote(abs) + `}`,
			[]string{filepath.Join(dir, "a", "b.txt"), abs}, nil},
		{"aliases and case", "m.jsonl", `{"File":"x.txt","Date":"2026-01-02","Outlet":"O"}`, []string{filepath.Join(dir, "x.txt")}, nil},
		{"url in path column", "m.jsonl", `{"path":"https://news.example/a"}`, []string{"https://news.example/a"}, nil},
		{"CRLF and BOM", "m.jsonl", "\xEF\xBB\xBF{\"path\":\"a.txt\"}\r\n{\"path\":\"b.txt\"}\r\n", []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}, nil},
		{"not an object", "m.jsonl", `["a.txt"]` + "\n" + `"a.txt"` + "\n" + "null", nil,
			[]string{"m.jsonl:1: want a JSON object, not array", "m.jsonl:2: want a JSON object, not string", "m.jsonl:3: want a JSON object, not null"}},
		{"non-string field", "m.jsonl", `{"path":"a.txt","published":20260102}`, nil, []string{`m.jsonl:1: field "published" must be a string`}},
		{"null field is absent", "m.jsonl", `{"path":"a.txt","published":null}`, []string{filepath.Join(dir, "a.txt")}, nil},
		{"bad url", "m.jsonl", `{"url":"ftp://x/y"}` + "\n" + `{"url":"https://"}`, nil, []string{"want http or https", "has no host"}},
		{"json array", "m.json", "[\n  {\"path\": \"a.txt\"},\n  {\"title\": \"no path\"},\n  {\"url\": \"https://news.example/b\"}\n]\n",
			[]string{filepath.Join(dir, "a.txt"), "https://news.example/b"}, []string{"m.json:3: no path or url"}},
		{"json array syntax error", "m.json", "[\n{\"path\": \"a.txt\"},\n{\"path\": }\n]", []string{filepath.Join(dir, "a.txt")}, []string{"m.json:3: invalid character '}'"}},
		{"csv no path column", "m.csv", "title,source\nA,B\n", nil, []string{"m.csv:1: header has no path or url column"}},
		{"csv empty", "m.csv", "", nil, []string{"empty manifest"}},
		{"csv extra and missing fields", "m.csv", "path,title\na.txt\nb.txt,T,extra\nc.txt,T,\n", []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "c.txt")},
			[]string{"m.csv:3: 3 fields, header has 2"}},
		{"csv blank row skipped", "m.csv", "url\n\n,\nhttps://news.example/x\n", []string{"https://news.example/x"}, nil},
		{"tsv", "m.tsv", "path\tsource\na.txt\tKhovar\n", []string{filepath.Join(dir, "a.txt")}, nil},
		{"sniffed json", "manifest", `{"path":"a.txt"}`, []string{filepath.Join(dir, "a.txt")}, nil},
		{"sniffed csv", "manifest", "path\na.txt\n", []string{filepath.Join(dir, "a.txt")}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.file)
			if err := os.WriteFile(p, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			ins, errs := ReadManifest(p)
			got := origins(ins)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("origins %q, want %q", got, tc.want)
			}
			checkErrs(t, errs, tc.wantErr)
		})
	}
}

func TestReadManifestMissing(t *testing.T) {
	ins, errs := ReadManifest(filepath.Join(t.TempDir(), "none.jsonl"))
	if len(ins) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "none.jsonl: no such file") {
		t.Fatalf("got %v, %v", ins, errs)
	}
}

func quote(s string) string {
	return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + `"`
}

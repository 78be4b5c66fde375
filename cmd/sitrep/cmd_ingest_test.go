package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/store"
)

const seedsDir = "../../../shared/seeds"

// sitrep runs the command in-process against db and returns exit code,
// stdout and stderr.
func sitrep(t *testing.T, db string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"--db", db}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// emptyDB creates a database with nothing stored in it.
func emptyDB(t *testing.T, db string) {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
}

func writeFile(t *testing.T, path, body string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func listArticles(t *testing.T, db string) []api.Article {
	t.Helper()
	code, out, errs := sitrep(t, db, "articles", "--format", "json", "--limit", "1000")
	if code != 0 {
		t.Fatalf("articles: exit %d: %s", code, errs)
	}
	var list []api.Article
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("articles json: %v\n%s", err, out)
	}
	return list
}

func TestIngestSeedsManifest(t *testing.T) {
	manifest := filepath.Join(seedsDir, "manifest.jsonl")
	if _, err := os.Stat(manifest); err != nil {
		t.Fatalf("seeds not found at %s: %v", seedsDir, err)
	}
	db := filepath.Join(t.TempDir(), "s.db")
	code, _, errs := sitrep(t, db, "ingest", "--manifest", manifest)
	if code != 0 || !strings.Contains(errs, "5 inputs: 5 new, 0 already known, 0 failed") {
		t.Fatalf("first ingest: exit %d\n%s", code, errs)
	}
	code, _, errs = sitrep(t, db, "ingest", "--manifest", manifest)
	if code != 0 || !strings.Contains(errs, "5 inputs: 0 new, 5 already known, 0 failed") {
		t.Fatalf("second ingest should add nothing: exit %d\n%s", code, errs)
	}
	// Dates and outlets come from the manifest, as given.
	want := map[string]string{}
	lines, _ := os.ReadFile(manifest)
	for _, l := range strings.Split(strings.TrimSpace(string(lines)), "\n") {
		var m struct{ Published, Source string }
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		want[m.Source] = m.Published
	}
	list := listArticles(t, db)
	if len(list) != 5 {
		t.Fatalf("%d articles stored, want 5", len(list))
	}
	for _, a := range list {
		if want[a.Outlet] == "" || !strings.HasPrefix(a.Published, want[a.Outlet]) || a.DateSource != "given" {
			t.Errorf("article %s: outlet %q published %s (%s); manifest says %v", a.ID, a.Outlet, a.Published, a.DateSource, want)
		}
		code, text, errs := sitrep(t, db, "show", a.ID)
		if code != 0 {
			t.Fatalf("show %s: %s", a.ID, errs)
		}
		for _, junk := range []string{"Notify of", "You can call me Al", "Back to top button", "Accessibility links", "Newest Most Voted", "Post a Comment"} {
			if strings.Contains(text, junk) {
				t.Errorf("article %s (%s) kept boilerplate %q", a.ID, a.Outlet, junk)
			}
		}
		if strings.Count(text, "\n\n") < 4 {
			t.Errorf("article %s lost its paragraphs:\n%s", a.ID, text)
		}
	}
}

func TestIngestBadInputsDoNotStopTheRest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	good := writeFile(t, filepath.Join(dir, "in", "good.txt"),
		"Border post shelled near Isfara\n\nTwo guards were wounded when mortar rounds hit a post near Isfara on Monday night, the regional border office said.\n\nThe office said the fire came from across the river and lasted an hour.\n")
	bin := filepath.Join(dir, "in", "photo.txt")
	if err := os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0xff, 0xfe}, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "nope.txt")
	code, _, errs := sitrep(t, db, "ingest", good, bin, missing)
	if code != 1 {
		t.Errorf("exit %d, want 1 when an input failed", code)
	}
	for _, name := range []string{"photo.txt", "nope.txt"} {
		if !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	if !strings.Contains(errs, "1 new") || !strings.Contains(errs, "2 failed") {
		t.Errorf("summary wrong:\n%s", errs)
	}
	if list := listArticles(t, db); len(list) != 1 || list[0].Title != "Border post shelled near Isfara" {
		t.Errorf("stored %+v, want the good article only", list)
	}
}

func TestIngestURL(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Checkpoint attacked in Bajaur | Frontier Wire</title>
<meta property="og:site_name" content="Frontier Wire"><meta property="article:published_time" content="2026-04-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Checkpoint attacked in Bajaur</h1>
<p>Gunmen attacked a police checkpoint in the Bajaur district of Khyber Pakhtunkhwa before dawn on Wednesday, killing three officers, a district police officer said.</p>
<p>Two attackers were killed in the exchange of fire and a third was detained, the officer added, speaking on condition of anonymity because he was not authorised to talk to reporters.</p>
<p>No group immediately claimed the attack, which came a day after a roadside bomb wounded four soldiers in the neighbouring district.</p></article>
<footer>Copyright Frontier Wire</footer></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "sitrep/") {
			http.Error(w, "no UA", 400)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "u.db")

	code, _, errs := sitrep(t, db, "ingest", srv.URL+"/news/1")
	if code != 1 || !strings.Contains(errs, srv.URL) {
		t.Errorf("a loopback URL must be refused by default: exit %d\n%s", code, errs)
	}
	code, _, errs = sitrep(t, db, "ingest", "--allow-private", srv.URL+"/news/1")
	if code != 0 {
		t.Fatalf("ingest with --allow-private: exit %d\n%s", code, errs)
	}
	list := listArticles(t, db)
	if len(list) != 1 {
		t.Fatalf("stored %d articles", len(list))
	}
	a := list[0]
	if a.Outlet != "Frontier Wire" || !strings.HasPrefix(a.Published, "2026-04-02") || a.DateSource != "page" {
		t.Errorf("metadata from the page not used: %+v", a)
	}
	code, text, _ := sitrep(t, db, "show", a.ID[:6])
	if code != 0 || !strings.Contains(text, "killing three officers") || strings.Contains(text, "Copyright Frontier Wire") {
		t.Errorf("show: exit %d\n%s", code, text)
	}
}

func TestIngestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	emptyDB(t, db)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"ingest"}, 2, "nothing to ingest"},
		{[]string{"ingest", "--published", "someday", "x.txt"}, 2, "--published"},
		{[]string{"ingest", "--no-such-flag"}, 2, "no-such-flag"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"show"}, 2, "one article ID"},
		{[]string{"show", "abcdef"}, 1, "no article with ID abcdef"},
	}
	for _, tt := range tests {
		code, _, errs := sitrep(t, db, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.msg) {
			t.Errorf("sitrep %v: exit %d, stderr %q; want exit %d containing %q", tt.args, code, errs, tt.code, tt.msg)
		}
	}
}

func TestHelpForEveryCommand(t *testing.T) {
	for name := range commands {
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{name, "--help"}, strings.NewReader(""), &out, &errb)
		if code != 0 || !strings.Contains(errb.String(), "Usage: sitrep "+name) {
			t.Errorf("%s --help: exit %d\n%s", name, code, errb.String())
		}
	}
}

// TestIngestManifestConfined: a manifest naming files outside its folder
// gets one line per such row (manifest, line, reason, the flag that lifts
// it), and its other rows still go in.
func TestIngestManifestConfined(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	secret := writeFile(t, filepath.Join(dir, "private", "notes.txt"),
		"Private notes\n\nThe meeting with the district council moved to Thursday afternoon, after the market closes.\n")
	writeFile(t, filepath.Join(dir, "batch", "cusco.txt"),
		"Road blockade near Cusco\n\nFarmers blocked the main road into Cusco on Friday over fuel prices, and police cleared it by evening, a regional official said.\n")
	m := writeFile(t, filepath.Join(dir, "batch", "m.jsonl"), strings.Join([]string{
		`{"path": "/etc/passwd"}`,
		`{"path": "../private/notes.txt"}`,
		`{"path": "cusco.txt", "source": "Andes Desk"}`,
	}, "\n")+"\n")

	code, _, errs := sitrep(t, db, "ingest", "--manifest", m)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		m + `:1: path "/etc/passwd": outside the manifest's folder (use --manifest-anywhere to read it anyway)`,
		m + `:2: path "../private/notes.txt": outside the manifest's folder`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	list := listArticles(t, db)
	if len(list) != 1 || list[0].Outlet != "Andes Desk" {
		t.Fatalf("stored %+v, want the Cusco article only", list)
	}

	// The user vouches for the manifest: every row is read.
	code, _, errs = sitrep(t, db, "ingest", "--manifest-anywhere", "--manifest", m, secret)
	if code != 0 || strings.Contains(errs, "outside the manifest's folder") {
		t.Errorf("--manifest-anywhere: exit %d\n%s", code, errs)
	}
}

// TestIngestLongURLLine: a 5 MB URL gets one short line, not itself back.
func TestIngestLongURLLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "l.db")
	code, _, errs := sitrep(t, db, "ingest", "https://news.example/"+strings.Repeat("q", 5<<20))
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if code != 1 || len(lines) != 2 || len(lines[0]) > 600 || !strings.Contains(lines[0], "…") || !strings.Contains(lines[0], "over the 8000 limit") {
		t.Errorf("exit %d, %d bytes of stderr: %.700s", code, len(errs), errs)
	}
}

// TestIngestHugeLinklessFeed: a feed of 50,000 link-less items beside
// ordinary files gives a few lines and a summary counting inputs and items
// apart.
func TestIngestHugeLinklessFeed(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bulletins</title>`)
	for i := range 50000 {
		fmt.Fprintf(&b, "<item><title>Bulletin %d</title></item>\n", i+1)
	}
	b.WriteString("</channel></rss>")
	feed := writeFile(t, filepath.Join(dir, "in", "bulletins.rss"), b.String())
	good := writeFile(t, filepath.Join(dir, "in", "tumbes.txt"),
		"Clash at a border market near Tumbes\n\nTraders and customs officers clashed at a market near Tumbes on Saturday, leaving four people injured, the regional police said.\n")
	code, _, errs := sitrep(t, db, "ingest", feed, good)
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if code != 1 || len(lines) != 2 {
		t.Fatalf("exit %d, %d lines:\n%.2000s", code, len(lines), errs)
	}
	if want := feed + ": 50,000 items (1, 2, 3, …): no link, and it has no content of its own"; !strings.Contains(lines[0], want) {
		t.Errorf("line %q, want %q", lines[0], want)
	}
	if want := "2 inputs, 50,000 feed items: 1 new, 0 already known, 50,000 failed"; lines[1] != want {
		t.Errorf("summary %q, want %q", lines[1], want)
	}
}

// TestIngestFolderSkipsProjectFiles: a folder's README and LICENSE are not
// articles unless named; a Markdown article's title loses its "#".
func TestIngestFolderSkipsProjectFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "README.md"), "# About these files\n\nRun sitrep ingest on this folder to load the reports, then list the events it coded from them.\n")
	writeFile(t, filepath.Join(in, "LICENSE"), "Permission is hereby granted to copy these reports, provided this notice is kept in every copy made.\n")
	writeFile(t, filepath.Join(in, "convoy.md"), "# **Convoy** ambushed on the road to Gao\n\nGunmen ambushed a supply convoy on the road between Gao and Ansongo on Thursday, killing three drivers, a local official said.\n")

	code, _, errs := sitrep(t, db, "ingest", in)
	if code != 0 || !strings.Contains(errs, "1 new") {
		t.Fatalf("folder: exit %d\n%s", code, errs)
	}
	if list := listArticles(t, db); len(list) != 1 || list[0].Title != "Convoy ambushed on the road to Gao" {
		t.Errorf("stored %+v, want the convoy article only, its title without Markdown", list)
	}
	// Named explicitly, a README goes in.
	code, _, errs = sitrep(t, db, "ingest", filepath.Join(in, "README.md"))
	if code != 0 || !strings.Contains(errs, "1 new") {
		t.Errorf("README named: exit %d\n%s", code, errs)
	}
	// The help says so.
	if _, _, help := sitrep(t, db, "ingest", "--help"); !strings.Contains(help, "README") || !strings.Contains(help, "LICENSE") {
		t.Errorf("ingest --help does not mention the skipped files:\n%s", help)
	}
}

// TestIngestFolderNamesWhatItLeavesOut: every file of a folder that is not
// stored gets one line naming it, random bytes are refused whatever their
// name, and the summary counts them all.
func TestIngestFolderNamesWhatItLeavesOut(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	in := filepath.Join(dir, "in")
	noise := make([]byte, 8192)
	for i := range noise {
		noise[i] = byte(i*7919%251 + i/13)
	}
	writeFile(t, filepath.Join(in, "market.txt"), "Grenade attack on a market in Bangui\n\nAn attacker threw a grenade into a crowded market in Bangui on Saturday, wounding five traders, police said.\n")
	writeFile(t, filepath.Join(in, "dump.xml"), string(noise))
	writeFile(t, filepath.Join(in, "sub", "capture"), string(noise))
	writeFile(t, filepath.Join(in, "sub", "sitemap.xml"), `<?xml version="1.0"?><urlset><url><loc>https://news.example/a</loc></url></urlset>`)
	writeFile(t, filepath.Join(in, "photo.png"), string(noise))
	writeFile(t, filepath.Join(in, "NOTICE"), "Reports copied with permission.\n")

	code, _, errs := sitrep(t, db, "ingest", in)
	if code != 1 {
		t.Errorf("exit %d, want 1 (binary files refused)\n%s", code, errs)
	}
	for _, tc := range []struct{ file, says string }{
		{"dump.xml", "binary content"},
		{filepath.Join("sub", "capture"), "binary content"},
		{filepath.Join("sub", "sitemap.xml"), "skipped"},
		{"photo.png", "skipped"},
		{"NOTICE", "skipped"},
	} {
		var lines []string
		for _, l := range strings.Split(errs, "\n") {
			if strings.Contains(l, filepath.Join(in, tc.file)+":") {
				lines = append(lines, l)
			}
		}
		if len(lines) != 1 || !strings.Contains(lines[0], tc.says) {
			t.Errorf("%s: lines %q, want one saying %q", tc.file, lines, tc.says)
		}
	}
	if !strings.Contains(errs, "6 inputs: 1 new, 0 already known, 2 failed, 3 skipped") {
		t.Errorf("summary:\n%s", errs)
	}
}

package source

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// writeTree creates files (path → content) under a temp dir.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, content := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func origins(ins []Input) []string {
	var out []string
	for _, in := range ins {
		out = append(out, in.Origin)
	}
	return out
}

func TestExpand(t *testing.T) {
	root := writeTree(t, map[string]string{
		"b.txt":                 "text",
		"a.html":                "<p>html</p>",
		"sub/z.md":              "# md",
		"sub/deeper/y.htm":      "<p>x</p>",
		"sub/deeper/feed.xml":   `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`,
		"sub/sitemap.xml":       `<?xml version="1.0"?><urlset></urlset>`,
		"sub/noext":             "plain words without an extension\n",
		"sub/blob":              "\x00\x01\x02binary",
		"sub/photo.jpg":         "\xff\xd8\xff",
		"sub/manifest.jsonl":    `{"path":"a"}`,
		".hidden.txt":           "hidden",
		".git/config.txt":       "hidden dir",
		"sub/.cache/x.html":     "hidden dir",
		"empty/.keep":           "",
		"sub/deeper/feed2.atom": `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`,
		"sub/UPPER.TXT":         "upper-case extension",
		"README.md":             "# How to use these files",
		"sub/License.txt":       "Permission is granted",
		"sub/LICENSE-MIT":       "Permission is granted",
		"sub/CHANGELOG":         "v1: first release",
		"sub/deeper/NOTICE.md":  "Parts written by others",
		"sub/CONTRIBUTING.md":   "Send patches",
		"sub/readme_fr.txt":     "Mode d'emploi",
		"sub/readmeish.txt":     "an article whose name only starts like one",
		"sub/deeper/noise.xml":  "\x89\x00\x1f\xfe\x03\x00\x10\x81\x07\x00\x02\x9c\x00\x11\x05\x00",
	})
	j := func(p string) string { return filepath.Join(root, filepath.FromSlash(p)) }
	meta := Meta{Source: "Flag Outlet", Published: time.Date(2026, 6, 27, 0, 0, 0, 0, time.UTC)}

	tests := []struct {
		name    string
		args    []string
		want    []string
		wantErr []string // substrings, one per error
		skipped []string // files and folders left out, each with a line
	}{
		{"file as given, any extension", []string{j("sub/photo.jpg")}, []string{j("sub/photo.jpg")}, nil, nil},
		{"hidden file named explicitly", []string{j(".hidden.txt")}, []string{j(".hidden.txt")}, nil, nil},
		{"directory walked in lexical order", []string{root}, []string{
			j("a.html"), j("b.txt"),
			j("sub/UPPER.TXT"),
			j("sub/deeper/feed.xml"), j("sub/deeper/feed2.atom"), j("sub/deeper/y.htm"),
			j("sub/noext"), j("sub/readmeish.txt"), j("sub/z.md"),
		}, []string{"blob: binary content", "noise.xml: binary content"}, []string{
			j(".git"), j(".hidden.txt"), j("README.md"), j("empty/.keep"), j("sub/.cache"), j("sub/CHANGELOG"),
			j("sub/CONTRIBUTING.md"), j("sub/LICENSE-MIT"), j("sub/License.txt"), j("sub/deeper/NOTICE.md"),
			j("sub/manifest.jsonl"), j("sub/photo.jpg"), j("sub/readme_fr.txt"), j("sub/sitemap.xml"),
		}},
		{"project file named explicitly", []string{j("README.md"), j("sub/LICENSE-MIT")}, []string{j("README.md"), j("sub/LICENSE-MIT")}, nil, nil},
		{"nested directory", []string{j("sub/deeper")}, []string{j("sub/deeper/feed.xml"), j("sub/deeper/feed2.atom"), j("sub/deeper/y.htm")},
			[]string{"noise.xml: binary content"}, []string{j("sub/deeper/NOTICE.md")}},
		{"path is cleaned", []string{root + "/sub/../b.txt"}, []string{j("b.txt")}, nil, nil},
		{"missing path", []string{j("nope.txt"), j("b.txt")}, []string{j("b.txt")}, []string{"nope.txt: no such file or directory"}, nil},
		{"empty directory", []string{j("empty")}, nil, []string{"empty: folder has no articles"}, []string{j("empty/.keep")}},
		{"URL passthrough", []string{"https://news.example/a?b=1", "HTTP://News.Example/x"}, []string{"https://news.example/a?b=1", "HTTP://News.Example/x"}, nil, nil},
		{"URL without host", []string{"http:///path"}, nil, []string{"has no host"}, nil},
		{"unsupported scheme", []string{"ftp://news.example/a.txt"}, nil, []string{`unsupported URL scheme "ftp"`}, nil},
		{"file URL", []string{"file://" + filepath.ToSlash(j("b.txt"))}, []string{j("b.txt")}, nil, nil},
		{"empty arg", []string{"  "}, nil, []string{"empty input"}, nil},
		{"mixed", []string{j("sub/deeper"), "https://news.example/a", j("b.txt")}, []string{
			j("sub/deeper/feed.xml"), j("sub/deeper/feed2.atom"), j("sub/deeper/y.htm"), "https://news.example/a", j("b.txt"),
		}, []string{"noise.xml: binary content"}, []string{j("sub/deeper/NOTICE.md")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ins, skips, errs := Expand(tc.args, meta)
			if got := origins(ins); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("origins:\n got %q\nwant %q", got, tc.want)
			}
			var skipped []string
			for _, s := range skips {
				skipped = append(skipped, s.Path)
				if line := s.String(); !strings.HasPrefix(line, s.Path+": skipped, ") || len(line) > len(s.Path)+100 {
					t.Errorf("skip line %q", line)
				}
			}
			if !reflect.DeepEqual(skipped, tc.skipped) {
				t.Errorf("skipped:\n got %q\nwant %q", skipped, tc.skipped)
			}
			for _, in := range ins {
				if in.Meta != meta {
					t.Errorf("%s: meta %+v, want %+v", in.Origin, in.Meta, meta)
				}
			}
			if len(errs) != len(tc.wantErr) {
				t.Fatalf("errors %v, want %d matching %q", errs, len(tc.wantErr), tc.wantErr)
			}
			for i, e := range errs {
				if !strings.Contains(e.Error(), tc.wantErr[i]) {
					t.Errorf("error %q does not contain %q", e, tc.wantErr[i])
				}
			}
		})
	}
}

func TestExpandMissingIsNotExist(t *testing.T) {
	_, _, errs := Expand([]string{filepath.Join(t.TempDir(), "gone.txt")}, Meta{})
	if len(errs) != 1 || !errors.Is(errs[0], fs.ErrNotExist) {
		t.Fatalf("errs = %v, want one wrapping fs.ErrNotExist", errs)
	}
}

func TestExpandTestdata(t *testing.T) {
	ins, _, errs := Expand([]string{"testdata/articles"}, Meta{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := []string{
		filepath.FromSlash("testdata/articles/NOTES"),
		filepath.FromSlash("testdata/articles/border/briefing.md"),
		filepath.FromSlash("testdata/articles/border/kyrgyz-tajik.html"),
		filepath.FromSlash("testdata/articles/mali-mopti.txt"),
	}
	if got := origins(ins); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestExpandSymlinks(t *testing.T) {
	root := writeTree(t, map[string]string{"real/a.txt": "a", "other/b.txt": "b"})
	if err := os.Symlink(filepath.Join(root, "real", "a.txt"), filepath.Join(root, "other", "link.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := os.Symlink(filepath.Join(root, "real"), filepath.Join(root, "other", "linkdir")); err != nil {
		t.Fatal(err)
	}
	ins, _, errs := Expand([]string{filepath.Join(root, "other")}, Meta{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := []string{filepath.Join(root, "other", "b.txt"), filepath.Join(root, "other", "link.txt")}
	if got := origins(ins); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q (file links followed, folder links not)", got, want)
	}
}

func TestIsProjectFile(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"README.md", true}, {"readme.txt", true}, {"README", true}, {"README.fr.md", true}, {"README_es.md", true},
		{"LICENSE", true}, {"LICENCE.txt", true}, {"LICENSE-APACHE", true}, {"COPYING", true},
		{"CHANGELOG.md", true}, {"CONTRIBUTING.md", true}, {"NOTICE", true}, {"AUTHORS.txt", true}, {"CODE_OF_CONDUCT.md", true},
		{"readmeish.txt", false}, {"licensed-traders-kabul.txt", false}, {"notices-from-gao.md", false},
		{"news.txt", false}, {"batken-clash.md", false}, {".readme", false}, {"-readme.md", false},
	} {
		if got := isProjectFile(tc.name); got != tc.want {
			t.Errorf("isProjectFile(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

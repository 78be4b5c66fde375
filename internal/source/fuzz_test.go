package source

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzManifestLine feeds one manifest line to the JSON Lines parser and, as
// the row after a fixed header, to the CSV parser. Neither may panic, and
// any input they accept must be well formed.
func FuzzManifestLine(f *testing.F) {
	for _, s := range []string{
		`{"path": "a.txt", "published": "2026-06-27", "source": "Khovar"}`,
		`{"url": "https://news.example/a", "title": "T"}`,
		`{"path": "../x.html", "url": "https://news.example/x", "date": "June 27, 2026"}`,
		`{"path": "/abs/x.txt", "published": null}`,
		`{"path": 3}`,
		`{"path": "a", "Path": "b"}`,
		`[1,2]`,
		`{"url": "https://"}`,
		`{"path": "a.txt", "published": "27/06/2026"}`,
		`a.txt,,2026-06-27,Khovar,Title`,
		`,https://news.example/a,,,`,
		`"a, b.txt",,"Mon, 22 Jun 2026 09:30:00 +0000",,`,
		`a.txt,,2026-06-27,Bad "quote,`,
		`{"path": "/etc/passwd"}`,
		`{"path": "../../../../etc/shadow"}`,
		`{"path": "sub/../../manifests-other/x.txt"}`,
		`{"file": "a/./b/../../../x"}`,
		`..\..\x.txt,,,,`,
	} {
		f.Add(s)
	}
	dir := filepath.FromSlash("/manifests")
	confined := manifestDir{dir: dir}
	f.Fuzz(func(t *testing.T, line string) {
		in, err := parseJSONLine([]byte(line), confined)
		checkFuzzInput(t, "json", in, err, dir)
		in, err = parseJSONLine([]byte(line), manifestDir{dir: dir, anywhere: true})
		checkFuzzInput(t, "json anywhere", in, err, "")

		data := "path,url,published,source,title\n" + line + "\n"
		ins, _ := readCSVManifest("m.csv", confined, []byte(data), ',')
		for _, in := range ins {
			checkFuzzInput(t, "csv", in, nil, dir)
			if !strings.HasPrefix(in.Line, "m.csv:") {
				t.Errorf("csv: Line %q", in.Line)
			}
		}
		jins, _ := readJSONManifest("m.jsonl", confined, []byte(line), false)
		if len(jins) > 1 && !strings.ContainsAny(line, "\r\n") {
			t.Errorf("one line gave %d inputs", len(jins))
		}
	})
}

// checkFuzzInput checks an accepted input is well formed and, when dir is
// not "", confined to dir.
func checkFuzzInput(t *testing.T, kind string, in Input, err error, dir string) {
	t.Helper()
	if err != nil {
		if msg := err.Error(); msg == "" || strings.Contains(msg, "\n") {
			t.Errorf("%s: error %q should be one non-empty line", kind, msg)
		}
		return
	}
	switch {
	case in.Origin == "":
		t.Errorf("%s: accepted with no origin: %+v", kind, in)
	case isHTTPURL(in.Origin):
		if in.URL != "" {
			t.Errorf("%s: URL input with URL %q", kind, in.URL)
		}
	default:
		if !filepath.IsAbs(in.Origin) {
			t.Errorf("%s: path %q not joined to the manifest's folder", kind, in.Origin)
		}
		if dir != "" && (in.Root != dir || !strings.HasPrefix(in.Origin, dir+string(filepath.Separator)) && in.Origin != dir) {
			t.Errorf("%s: path %q (root %q) escapes %q", kind, in.Origin, in.Root, dir)
		}
		if in.Origin != filepath.Clean(in.Origin) {
			t.Errorf("%s: path %q not clean", kind, in.Origin)
		}
		if in.URL != "" && !isHTTPURL(in.URL) {
			t.Errorf("%s: URL %q", kind, in.URL)
		}
	}
	if y := in.Meta.Published.Year(); !in.Meta.Published.IsZero() && (y < minYear || y > maxYear) {
		t.Errorf("%s: published %v", kind, in.Meta.Published)
	}
}

// FuzzSniffFeed checks SniffFeed never panics, ignores what lies past its
// window, and does not depend on leading white space or a UTF-8 BOM.
func FuzzSniffFeed(f *testing.F) {
	for _, s := range []string{
		`<rss version="2.0">`, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`,
		`<!DOCTYPE rss [<!ENTITY a "b">]><rss>`, `<!-- x --><rdf:RDF>`, `{"version":"https://jsonfeed.org/version/1"}`,
		`<!DOCTYPE html><html>`, "\xFF\xFE<\x00r\x00s\x00s\x00>\x00", "<", "<!", "<?", "<!--", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got := SniffFeed(b)
		if got < NotFeed || got > FeedJSON {
			t.Fatalf("SniffFeed = %d", got)
		}
		if len(b) < sniffLen-8 && !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) && !bytes.HasPrefix(b, []byte("\xFE\xFF")) && !bytes.HasPrefix(b, []byte("\xFF\xFE")) {
			if g := SniffFeed(append([]byte(" \n\t"), b...)); g != got {
				t.Errorf("leading space changed %v to %v", got, g)
			}
			if g := SniffFeed(append([]byte("\xEF\xBB\xBF"), b...)); g != got {
				t.Errorf("BOM changed %v to %v", got, g)
			}
		}
		if len(b) > sniffLen {
			if g := SniffFeed(b[:sniffLen]); g != got {
				t.Errorf("bytes past the window changed the result")
			}
		}
	})
}

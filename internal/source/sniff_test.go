package source

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestSniffFeed(t *testing.T) {
	utf16le := func(s string) string {
		var b bytes.Buffer
		b.WriteString("\xFF\xFE")
		for _, u := range utf16.Encode([]rune(s)) {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
		return b.String()
	}
	tests := []struct {
		name, body string
		want       FeedFormat
	}{
		{"rss", `<rss version="2.0"><channel/></rss>`, FeedRSS},
		{"rss with prolog", "\xEF\xBB\xBF\n<?xml version=\"1.0\"?>\n<!-- generated -->\n<?xml-stylesheet href=\"s.xsl\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\">\n<rss>", FeedRSS},
		{"doctype with subset", `<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]><rss version="2.0">`, FeedRSS},
		{"RSS upper case", `<RSS>`, FeedRSS},
		{"atom", `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">`, FeedAtom},
		{"prefixed atom", `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">`, FeedAtom},
		{"rdf", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">`, FeedRDF},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}`, FeedJSON},
		{"utf-16 rss", utf16le(`<?xml version="1.0" encoding="utf-16"?><rss version="2.0">`), FeedRSS},
		{"html", `<!DOCTYPE html><html><head><title>rss feed</title></head>`, NotFeed},
		{"xhtml", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, NotFeed},
		{"html mentioning rss", `<p>subscribe: <rss>`, NotFeed},
		{"sitemap", `<?xml version="1.0"?><urlset>`, NotFeed},
		{"feedback element", `<feedback>`, NotFeed},
		{"plain text", "Clashes near <rss> are not a feed", NotFeed},
		{"other json", `{"path": "a.txt"}`, NotFeed},
		{"empty", "", NotFeed},
		{"unterminated comment", "<!-- <rss>", NotFeed},
		{"unterminated declaration", "<?xml <rss>", NotFeed},
		{"lone angle", "<", NotFeed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SniffFeed([]byte(tc.body)); got != tc.want {
				t.Errorf("SniffFeed(%q) = %v, want %v", tc.body, got, tc.want)
			}
		})
	}
}

func TestSniffFeedFixtures(t *testing.T) {
	for name, want := range map[string]FeedFormat{"feeds/sahel.rss": FeedRSS, "feeds/border.atom": FeedAtom, "articles/border/kyrgyz-tajik.html": NotFeed, "articles/sitemap.xml": NotFeed} {
		b, err := os.ReadFile(filepath.Join("testdata", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if got := SniffFeed(b); got != want {
			t.Errorf("%s: %v, want %v", name, got, want)
		}
	}
}

func TestKindOf(t *testing.T) {
	tests := []struct {
		name, ct, body string
		want           Kind
	}{
		{"a.html", "", "plain", KindHTML},
		{"a.XHTML", "", "plain", KindHTML},
		{"a.txt", "", "<html><body>", KindText},
		{"a.md", "", "# t", KindText},
		{"noext", "", "<!DOCTYPE html><html>", KindHTML},
		{"noext", "", "  <p>para</p>", KindHTML},
		{"noext", "", "just words about <b> tags", KindText},
		{"https://x.example/a.txt", "text/html; charset=utf-8", "words", KindHTML},
		{"https://x.example/a.html", "text/plain", "<p>x</p>", KindText},
		{"https://x.example/a.html?x=1", "application/octet-stream", "words", KindHTML},
		{"https://x.example/story", "", "<div>x</div>", KindHTML},
		{"https://x.example/story", "bogus;;", "words", KindText},
	}
	for _, tc := range tests {
		if got := KindOf(tc.name, tc.ct, []byte(tc.body)); got != tc.want {
			t.Errorf("KindOf(%q, %q, %q) = %v, want %v", tc.name, tc.ct, tc.body, got, tc.want)
		}
	}
}

func TestLooksText(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"plain words\n", true},
		{"Sévaré, Мали, 马里\n", true},
		{"cut rune \xd0", true},
		{"bad \xff byte here", false},
		{"nul \x00", false},
		{"bell \a", false},
		{"", false},
		{strings.Repeat("a", 511) + "\xe2\x80", true},
	}
	for _, tc := range tests {
		if got := looksText([]byte(tc.in)); got != tc.want {
			t.Errorf("looksText(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestFormatBytes(t *testing.T) {
	for n, want := range map[int64]string{300: "300 bytes", 1024: "1 KiB", 1536: "1.5 KiB", 10 << 20: "10 MiB", 3 << 30: "3 GiB"} {
		if got := formatBytes(n); got != want {
			t.Errorf("formatBytes(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestSizeErrorMessage: the message never says a size is over a limit it
// prints as the same number.
func TestSizeErrorMessage(t *testing.T) {
	for _, tc := range []struct {
		err  SizeError
		want string
	}{
		{SizeError{Limit: 10 << 20, Size: 10<<20 + 1}, "10485761 bytes is over the 10 MiB (10485760 bytes) size limit"},
		{SizeError{Limit: 10 << 20, Size: 10<<20 + 40<<10}, "10526720 bytes is over the 10 MiB (10485760 bytes) size limit"},
		{SizeError{Limit: 10 << 20, Size: 12 << 20}, "12 MiB is over the 10 MiB size limit"},
		{SizeError{Limit: 1 << 10}, "larger than the 1 KiB size limit"},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.err, got, tc.want)
		}
	}
}

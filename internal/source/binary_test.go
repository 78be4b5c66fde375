package source

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// randomBytes is n bytes of noise, the same for the same seed.
func randomBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func encode(t *testing.T, enc *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16WithBOM(s string, littleEndian bool) []byte {
	b := []byte{0xFE, 0xFF}
	if littleEndian {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if littleEndian {
			b = append(b, byte(u), byte(u>>8))
		} else {
			b = append(b, byte(u>>8), byte(u))
		}
	}
	return b
}

const (
	// Our own wording: a Russian and an Arabic news sentence.
	russianPage = "<html><head><title>Обстрел в приграничном районе</title></head><body><p>В среду вечером в приграничном районе были обстреляны два села, сообщили местные власти. Пострадавших нет, повреждены дома и линия электропередачи.</p></body></html>"
	arabicText  = "أفادت مصادر محلية بأن اشتباكات اندلعت صباح الثلاثاء قرب الحدود، وأسفرت عن إصابة ثلاثة أشخاص.\n"
	frenchText  = "Des affrontements ont éclaté près de Ménaka, où l'armée a déployé des renforts dès l'aube.\n"
)

func TestSniffBinary(t *testing.T) {
	damaged := []byte(strings.Repeat(arabicText, 20))
	damaged[100], damaged[900] = 0xFF, 0xC0 // two corrupt bytes in a UTF-8 page
	tests := []struct {
		name   string
		body   []byte
		binary bool
	}{
		{"random 256 bytes", randomBytes(1, 256), true},
		{"random 4 KiB", randomBytes(2, 4096), true},
		{"random 1 MiB", randomBytes(3, 1<<20), true},
		{"random after an html head", append([]byte("<!DOCTYPE html><html><head><title>x</title></head><body>"), randomBytes(4, 4096)...), true},
		{"random after a UTF-8 BOM", append([]byte("\xEF\xBB\xBF"), randomBytes(5, 4096)...), true},
		{"PNG", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), randomBytes(6, 2000)...), true},
		{"UTF-16 without BOM", utf16WithBOM(strings.Repeat(frenchText, 5), true)[2:], true},
		{"tenth of text is controls", []byte(strings.Repeat("Convoy hit\x07\x1b near Kidal. ", 40)), true},

		{"empty", nil, false},
		{"ASCII", []byte("Flooding cut the road between Sylhet and Sunamganj on Monday.\n"), false},
		{"UTF-8 Arabic", []byte(arabicText), false},
		{"windows-1251", encode(t, charmap.Windows1251, russianPage), false},
		{"KOI8-R", encode(t, charmap.KOI8R, russianPage), false},
		{"windows-1252", encode(t, charmap.Windows1252, frenchText), false},
		{"UTF-16LE with BOM", utf16WithBOM(russianPage, true), false},
		{"UTF-16BE with BOM", utf16WithBOM(arabicText, false), false},
		{"UTF-8 with two bad bytes", damaged, false},
		{"a stray escape and form feed", []byte(strings.Repeat(frenchText, 3) + "\x1b\f" + frenchText), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := SniffBinary(tc.body)
			if got := err != nil; got != tc.binary {
				t.Fatalf("SniffBinary = %v, want binary %v (share %.3f)", err, tc.binary, controlShare(tc.body))
			}
			if err != nil && (!errors.Is(err, ErrBinary) || !strings.HasPrefix(err.Error(), "binary content, not text (")) {
				t.Errorf("error %q", err)
			}
		})
	}
}

// TestLoadRefusesBinary: noise is refused by its content, whatever it is
// called, however it comes (file, manifest, URL, feed item link).
func TestLoadRefusesBinary(t *testing.T) {
	dir := t.TempDir()
	noise := randomBytes(7, 8192)
	var lines []string
	for _, name := range []string{"report.html", "report.txt", "report.xml", "report.rss", "report"} {
		if err := os.WriteFile(filepath.Join(dir, name), noise, 0o644); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, `{"path": "`+name+`"}`)
	}
	mustWrite(t, filepath.Join(dir, "m.jsonl"), strings.Join(lines, "\n"))
	ins, errs := ReadManifest(filepath.Join(dir, "m.jsonl"))
	if len(errs) != 0 || len(ins) != 5 {
		t.Fatalf("manifest: %d inputs, %v", len(ins), errs)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, ".xml"):
			w.Header().Set("Content-Type", "application/rss+xml")
		case strings.HasSuffix(r.URL.Path, ".txt"):
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		w.Write(noise)
	}))
	defer srv.Close()
	for _, p := range []string{"/a.html", "/b.txt", "/c.xml", "/d"} {
		ins = append(ins, Input{Origin: srv.URL + p})
	}
	loader := &Loader{Fetcher: NewHTTPFetcher(FetchOptions{AllowPrivate: true})}
	for _, in := range ins {
		docs, errs := loader.Load(context.Background(), in)
		if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrBinary) ||
			!strings.HasPrefix(errs[0].Error(), in.Origin+": binary content, not text") {
			t.Errorf("%s: %d documents, errors %v", in.Origin, len(docs), errs)
		}
	}

	// A feed item whose link serves noise is not an article either.
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Noise</title><link>` + srv.URL + `/e.html</link></item></channel></rss>`
	p := filepath.Join(dir, "wire.rss")
	mustWrite(t, p, feed)
	docs, errs := loader.Load(context.Background(), Input{Origin: p})
	if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrBinary) {
		t.Errorf("feed item: %d documents, errors %v", len(docs), errs)
	}

	// Real pages in legacy charsets still come through.
	for name, body := range map[string][]byte{
		"cp1251.html": encode(t, charmap.Windows1251, russianPage),
		"koi8.html":   encode(t, charmap.KOI8R, russianPage),
		"utf16.html":  utf16WithBOM(russianPage, true),
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
		if docs, errs := loader.Load(context.Background(), Input{Origin: p}); len(docs) != 1 || len(errs) != 0 {
			t.Errorf("%s: %d documents, errors %v", name, len(docs), errs)
		}
	}
}

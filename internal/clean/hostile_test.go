package clean

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/source"
)

// TestBinaryRefusedWhateverTheKind: noise is refused by HTML as by Text,
// with the source stage's reason.
func TestBinaryRefusedWhateverTheKind(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(r.Uint32())
	}
	if _, err := HTML(noise, "", ""); !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), "binary content, not text") {
		t.Errorf("HTML(noise): %v", err)
	}
	if _, err := HTML(noise, "windows-1251", ""); !errors.Is(err, ErrBinary) {
		t.Errorf("HTML(noise, windows-1251): %v", err)
	}
	if _, err := Text(noise); !errors.Is(err, ErrBinary) {
		t.Errorf("Text(noise): %v", err)
	}
}

// TestControlCharactersDropped: a few stray control characters are
// cleaned out of what is kept, rather than the article refused.
func TestControlCharactersDropped(t *testing.T) {
	body := "Floods displaced\x00 hundreds of families\x07 along the river near Jacobabad on Tuesday, district officials said,\x1b and more rain is forecast for the coming days across the lower Indus plain.\x7f"
	want := "Floods displaced hundreds of families along the river near Jacobabad on Tuesday, district officials said, and more rain is forecast for the coming days across the lower Indus plain."
	p, err := Text([]byte("River floods in Sindh\n\n" + body + "\n"))
	if err != nil || p.Text != want {
		t.Errorf("Text: %q, %v", p.Text, err)
	}
	page := "<html><head><title>River floods in Sindh</title></head><body><article><h1>River floods in Sindh</h1><p>" +
		strings.Repeat(body+" ", 3) + "</p></article></body></html>"
	p, err = HTML([]byte(page), "", "")
	if err != nil || strings.IndexFunc(p.Text, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f || r == '\uFFFD' }) >= 0 ||
		!strings.Contains(p.Text, "displaced hundreds") {
		t.Errorf("HTML: %q, %v", p.Text, err)
	}
}

// TestEmptyPageMessage: a page without text says so in words, not in the
// extractor's internals.
func TestEmptyPageMessage(t *testing.T) {
	for _, page := range []string{
		"<html><body></body></html>",
		"<html><head><title>Menu</title></head><body><nav><a href=/>Home</a></nav></body></html>",
	} {
		_, err := HTML([]byte(page), "", "")
		if !errors.Is(err, ErrEmpty) || strings.Contains(err.Error(), "0 0") || strings.Contains(err.Error(), "comments") ||
			!strings.HasPrefix(err.Error(), "clean html: no main text found") {
			t.Errorf("%s: %v", page, err)
		}
	}
}

// TestDeepPagesFlattened: a page nesting past the parser's 512 levels is
// cleaned, its text kept, rather than refused.
func TestDeepPagesFlattened(t *testing.T) {
	article := "<h1>Curfew lifted in Osh</h1><p>Authorities lifted the overnight curfew in Osh on Thursday after a week without clashes, the city administration said in a statement.</p>" +
		"<p>Markets reopened in the morning and buses returned to the main routes, though police checkpoints stayed on the roads to the border.</p>" +
		"<p>The administration said the curfew could be brought back if violence resumed, and asked residents to report weapons to the police.</p>"
	deep := func(open, close string, n int) string {
		return "<html><head><title>Curfew lifted in Osh</title></head><body>" + strings.Repeat(open, n) + article + strings.Repeat(close, n) + "</body></html>"
	}
	tests := map[string]string{
		"600 divs":             deep("<div>", "</div>", 600),
		"5000 spans":           deep("<span>", "</span>", 5000),
		"600 unclosed fonts":   deep(`<font size="2">`, "", 600),
		"600 self-closed divs": deep("<div/>", "", 600),
		"deep with stray ends": deep("<div></b>", "</i></div>", 700),
	}
	for name, page := range tests {
		p, err := HTML([]byte(page), "utf-8", "")
		if err != nil || !strings.Contains(p.Text, "Markets reopened in the morning") || !strings.Contains(p.Text, "report weapons to the police") {
			t.Errorf("%s: %v\n%q", name, err, p.Text)
		}
	}
}

func TestFlattenDeep(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<a><b><c>x</c></b></a>", "<a><b>x</b></a>"},
		{"<a><b><c><d>x</d>y</c>z</b></a>", "<a><b>xyz</b></a>"},
		{"<a><b></a><c>x</c>", "<a><b></a><c>x</c>"},
		{"<a><b><br><img src=x><script>if (a<b) {}</script></b></a>", "<a><b><br><img src=x><script>if (a<b) {}</script></b></a>"},
		{"<a></q><b><c>x</c></b></a>", "<a></q><b>x</b></a>"},
	}
	for _, tc := range tests {
		if got := flattenDeep(tc.in, 2); got != tc.want {
			t.Errorf("flattenDeep(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// hasControl, read byte by byte, finds exactly the runes
// source.IsControl names, in valid and broken UTF-8 alike.
func TestHasControlMatchesRunes(t *testing.T) {
	for _, s := range []string{
		"plain text\twith tabs\nand lines\r\n", "bell\x07", "del\x7f", "c1 \u0085 next line", "c1 \u009f",
		"nbsp\u00a0 is text", "broken \xc2 byte", "lone \x85 continuation", "\xc2\x85", "Кабул ۱۲ کابل",
		"", "\x00", "é à ü", "\xf0\x9f\x98\x80 emoji",
	} {
		want := strings.IndexFunc(s, source.IsControl) >= 0
		if got := hasControl(s); got != want {
			t.Errorf("hasControl(%q) = %v, want %v", s, got, want)
		}
	}
}

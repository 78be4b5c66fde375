package clean

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
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

package clean

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/sitrep/sitrep/internal/source"
)

// ErrBinary reports input that is not text at all: the source stage's
// rule (source.SniffBinary), so that whatever reads bytes refuses the same.
var ErrBinary = source.ErrBinary

// ErrNotText reports bytes that decode to no plausible text in any charset
// we can detect.
var ErrNotText = errors.New("not text")

// decodeHTML turns page bytes into UTF-8. The order follows what browsers
// do: BOM, then the transport charset, then a <meta> prescan; a page that
// declares nothing but is valid UTF-8 is read as UTF-8, because that is what
// undeclared pages mostly are today, and windows-1252 is the last resort.
func decodeHTML(raw []byte, headerCharset string) (string, error) {
	if enc, name := bomEncoding(raw); enc != nil {
		return decodeWith(enc, name, raw)
	}
	hc := strings.TrimSpace(headerCharset)
	if i := strings.Index(strings.ToLower(hc), "charset="); i >= 0 {
		// A whole Content-Type value rather than its charset parameter.
		hc = strings.Trim(strings.TrimSpace(hc[i+len("charset="):]), `"'`)
		if j := strings.IndexByte(hc, ';'); j >= 0 {
			hc = hc[:j]
		}
	}
	if hc != "" {
		if enc, name := charset.Lookup(hc); enc != nil && !isUTF16Label(name) {
			if name == "utf-8" {
				return utf8Text(raw), nil
			}
			return decodeWith(enc, name, raw)
		}
	}
	head := raw
	if len(head) > 4096 {
		head = head[:4096]
	}
	enc, name, certain := charset.DetermineEncoding(head, "text/html")
	if certain && name != "" && name != "windows-1252" && name != "utf-8" && !isUTF16Label(name) {
		// A declared legacy charset is usually right, but some pages declare
		// one while serving UTF-8; valid multi-byte UTF-8 settles that.
		if utf8.Valid(raw) && hasMultibyte(raw) {
			return utf8Text(raw), nil
		}
		return decodeWith(enc, name, raw)
	}
	if !certain {
		// The standard prescan stops at 1024 bytes; archived and
		// script-heavy pages declare their charset further down.
		if enc, name := laterMetaCharset(raw); enc != nil && name != "utf-8" && !isUTF16Label(name) {
			if utf8.Valid(raw) && hasMultibyte(raw) {
				return utf8Text(raw), nil
			}
			return decodeWith(enc, name, raw)
		}
	}
	if utf8.Valid(raw) {
		return utf8Text(raw), nil
	}
	if certain && name == "windows-1252" {
		return decodeWith(enc, name, raw)
	}
	// Undeclared and not UTF-8: mostly-valid UTF-8 with a few stray bytes is
	// a UTF-8 page with damage, anything else a single-byte legacy page.
	if mostlyUTF8(raw) {
		return utf8Text(raw), nil
	}
	return decodeWith(guessSingleByte(raw), "guessed", raw)
}

var rxMetaCharset = regexp.MustCompile(`(?i)<meta\s[^>]*charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// laterMetaCharset finds a <meta> charset declaration in the first 64 KB.
func laterMetaCharset(raw []byte) (encoding.Encoding, string) {
	head := raw
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	m := rxMetaCharset.FindSubmatch(head)
	if m == nil {
		return nil, ""
	}
	return charset.Lookup(string(m[1]))
}

// isUTF16Label catches <meta charset=utf-16> on pages that are in fact
// ASCII-compatible: the meta could not have been read otherwise.
func isUTF16Label(name string) bool { return strings.HasPrefix(name, "utf-16") }

func bomEncoding(raw []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return xunicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE, 0, 0}):
		return utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM), "utf-32le"
	case bytes.HasPrefix(raw, []byte{0, 0, 0xFE, 0xFF}):
		return utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM), "utf-32be"
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), "utf-16be"
	}
	return nil, ""
}

func decodeWith(enc encoding.Encoding, name string, raw []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("decoding %s: %w", name, err)
	}
	return utf8Text(out), nil
}

// utf8Text converts to a string, replacing invalid sequences so everything
// downstream can assume valid UTF-8.
func utf8Text(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// mostlyUTF8 is true when non-ASCII bytes mostly form valid UTF-8
// sequences, i.e. the page is UTF-8 with a few corrupt bytes.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for len(b) > 0 {
		if b[0] < 0x80 {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			bad++
			b = b[1:]
			continue
		}
		good++
		b = b[n:]
	}
	return good > 0 && good >= 4*bad
}

// guessSingleByte picks among windows-1251 and KOI8-R (Cyrillic) and
// windows-1252 (Western) by what the high bytes look like. Cyrillic text is
// mostly high bytes, nearly all letters (0xC0-0xFF in both Cyrillic
// charsets); running text is mostly lower case, which windows-1251 puts at
// 0xE0-0xFF and KOI8-R at 0xC0-0xDF, so the busier half names the charset.
// Western text is mostly ASCII letters with a few accented ones.
func guessSingleByte(b []byte) encoding.Encoding {
	high, upperHalf, lowerHalf, letters := 0, 0, 0, 0
	for _, c := range b {
		switch {
		case c >= 0xE0:
			high++
			upperHalf++
		case c >= 0xC0:
			high++
			lowerHalf++
		case c >= 0x80:
			high++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		}
	}
	if high == 0 || high*2 <= letters || (upperHalf+lowerHalf)*4 < high*3 {
		return charmap.Windows1252
	}
	if lowerHalf > upperHalf {
		return charmap.KOI8R
	}
	return charmap.Windows1251
}

func decodeText(raw []byte) (string, error) {
	if err := source.SniffBinary(raw); err != nil {
		return "", err
	}
	var s string
	if enc, name := bomEncoding(raw); enc != nil {
		var err error
		if s, err = decodeWith(enc, name, raw); err != nil {
			return "", err
		}
	} else {
		switch {
		case utf8.Valid(raw):
			s = string(raw)
		case mostlyUTF8(raw):
			s = utf8Text(raw)
		default:
			var err error
			if s, err = decodeWith(guessSingleByte(raw), "single-byte", raw); err != nil {
				return "", err
			}
		}
	}
	s = dropControls(s)
	if reason := notTextReason(s); reason != "" {
		return "", fmt.Errorf("%w: %s", ErrNotText, reason)
	}
	return s, nil
}

// dropControls removes the control characters (source.IsControl) that
// text passing source.SniffBinary may still hold: they mean nothing to a
// reader and break terminals, CSV and JSON consumers downstream.
func dropControls(s string) string {
	if !hasControl(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if source.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// hasControl: s holds a rune source.IsControl drops, found byte by byte
// (a page is nearly always clean, and decoding every rune of it to look
// was a twentieth of cleaning's time): an ASCII control other than
// whitespace, DEL, or a C1 control (UTF-8 0xC2 0x80–0x9F).
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20:
			if c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
				return true
			}
		case c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xa0:
			return true
		}
	}
	return false
}

// notTextReason says why decoded text is implausible, or "" if it is fine.
func notTextReason(s string) string {
	total, bad, letters := 0, 0, 0
	for _, r := range s {
		total++
		switch {
		case r == utf8.RuneError:
			bad++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if total == 0 {
		return ""
	}
	if bad*10 > total {
		return "more than a tenth of the bytes are not valid in any detected charset"
	}
	if total >= 16 && letters*5 < total {
		return "too few letters for text"
	}
	return ""
}

package source

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// ErrBinary is wrapped by the error for bytes that are not text in any
// charset (images, archives, random data), whatever their name or
// Content-Type says.
var ErrBinary = errors.New("binary content, not text")

// MaxControlShare is the share of control characters and undecodable bytes
// above which a body is binary. Text, in any charset, has next to none (a
// stray form feed or escape in a page scraped from a terminal); random
// bytes have about 11% ASCII control bytes, which every ASCII-compatible
// charset reads as controls, and UTF-8 with that much damage is not worth
// reading. 5% keeps a wide margin on both sides.
const MaxControlShare = 0.05

// mostlyUTF8Ratio: bytes with valid multi-byte UTF-8 sequences at least
// this many times as often as invalid bytes are UTF-8 with damage; fewer,
// and they are a single-byte legacy charset (windows-1251, KOI8-R, ...),
// whose high bytes are all letters and so tell nothing.
const mostlyUTF8Ratio = 4

// SniffBinary returns an error wrapping ErrBinary when body is not text:
// decoded by its BOM (UTF-8, UTF-16, UTF-32), else as UTF-8 when it mostly
// is, else byte by byte as a single-byte charset, more than
// MaxControlShare of its characters are control characters (tab, line
// breaks and form feed aside) or cannot be decoded. Empty bodies pass.
func SniffBinary(body []byte) error {
	share := controlShare(body)
	if share > MaxControlShare {
		return fmt.Errorf("%w (%.0f%% control characters or undecodable bytes)", ErrBinary, 100*share)
	}
	return nil
}

// controlShare is the share SniffBinary judges by.
func controlShare(body []byte) float64 {
	if enc := bomEncoding(body); enc != nil {
		decoded, err := enc.NewDecoder().Bytes(body)
		if err != nil {
			return 1
		}
		body = decoded
	}
	var chars, ctrl, asciiCtrl, good, bad int
	for i := 0; i < len(body); {
		c := body[i]
		if c < utf8.RuneSelf {
			chars++
			if IsControl(rune(c)) {
				ctrl++
				asciiCtrl++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(body[i:])
		chars++
		switch {
		case r == utf8.RuneError:
			bad++
		case IsControl(r):
			ctrl++
			good++
		default:
			good++
		}
		i += n
	}
	if chars == 0 {
		return 0
	}
	if bad > 0 && good < mostlyUTF8Ratio*bad {
		// A single-byte charset: each byte a character, and only the
		// ASCII controls mean the same in all of them.
		return float64(asciiCtrl) / float64(len(body))
	}
	return float64(ctrl+bad) / float64(chars)
}

// IsControl reports the C0 and C1 control characters and DEL, white space
// (tab, line feed, vertical tab, form feed, carriage return) aside: the
// characters SniffBinary counts, and that the clean stage drops from what
// it keeps.
func IsControl(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r':
		return false
	}
	return r < 0x20 || r >= 0x7f && r < 0xa0
}

// bomEncoding is the encoding a byte order mark names, or nil.
func bomEncoding(b []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return xunicode.UTF8BOM
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		return utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
		return utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM)
	}
	return nil
}

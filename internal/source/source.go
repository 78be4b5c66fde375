package source

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// DefaultMaxBytes is the size cap for a local file or a fetched body when
// none is configured.
const DefaultMaxBytes int64 = 10 << 20

// Meta is per-document metadata given by the user (flags, manifest) or by a
// feed.
type Meta struct {
	Title     string
	Published time.Time // zero = unknown
	Source    string    // outlet name
}

// Input is one thing to read: a file path or an http(s) URL, with the
// metadata known for it before reading.
type Input struct {
	// Origin is a cleaned file path (relative if the user gave it relative;
	// manifest paths are joined to the manifest's folder) or an http(s)
	// URL as given.
	Origin string
	// URL is the canonical URL of a local copy: set from a manifest row that
	// has both path and url. The file is read; URL becomes Document.URL.
	URL  string
	Meta Meta
	// Root, when set, is the folder Origin must stay in, symbolic links
	// followed: a confined manifest's folder (see ManifestOptions).
	Root string
	// Line is "manifest.jsonl:3" when the input came from a manifest, for
	// error messages; "" otherwise.
	Line string
}

// IsURL reports whether the input is fetched rather than read from disk.
func (in Input) IsURL() bool { return isHTTPURL(in.Origin) }

// Document is one raw article as read.
type Document struct {
	// Origin is the file path or URL it was read from; for a feed item, the
	// item's link, or "<feed origin>#<guid>" when it has none.
	Origin string
	// URL is the canonical URL: the final URL after redirects when fetched,
	// the item's link for a feed item, the manifest's url for a local copy,
	// "" for other local files.
	URL  string
	Body []byte // raw bytes (HTML or text)
	Kind Kind
	// Charset is the charset parameter of the HTTP Content-Type ("" when
	// none); the clean stage decodes with it.
	Charset string
	// ContentType is the media type of the HTTP Content-Type, lower case,
	// without parameters ("" for local files).
	ContentType string
	Meta        Meta
	FetchedAt   time.Time // when the bytes were read (UTC)

	// ETag and LastModified are the response's validators, to be given back
	// to HTTPFetcher.FetchConditional on the next poll.
	ETag         string
	LastModified string

	// Feed is the origin of the feed this document is an item of ("" when
	// it is not a feed item).
	Feed string
	// Fallback, for a feed item, is why its link was not used and the
	// document was made from the item's own content instead (nil otherwise).
	Fallback error
}

// Kind says how the clean stage should read a document's bytes.
type Kind int

const (
	KindText Kind = iota // plain text or Markdown
	KindHTML             // HTML or XHTML
)

func (k Kind) String() string {
	switch k {
	case KindText:
		return "text"
	case KindHTML:
		return "html"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Extension lists: what a directory walk picks up and how a name maps to a
// Kind.
var (
	textExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true}
	htmlExts = map[string]bool{".html": true, ".htm": true, ".xhtml": true, ".shtml": true}
	feedExts = map[string]bool{".rss": true, ".atom": true, ".xml": true}
)

// KindOf decides a document's Kind: from contentType when it names HTML or
// plain text/Markdown, then from the extension of name (a path or a URL),
// then by sniffing body. Pass "" for what is unknown. For local files the
// lead is the extension (contentType is ""); for fetched bodies the server's
// Content-Type comes first, since URL paths often have no extension or a
// misleading one.
func KindOf(name, contentType string, body []byte) Kind {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		switch mt {
		case "text/html", "application/xhtml+xml":
			return KindHTML
		case "text/plain", "text/markdown", "text/x-markdown":
			return KindText
		}
	}
	ext := strings.ToLower(extOf(name))
	switch {
	case htmlExts[ext]:
		return KindHTML
	case textExts[ext]:
		return KindText
	}
	if looksHTML(body) {
		return KindHTML
	}
	return KindText
}

// extOf returns the extension of a path or of a URL's path.
func extOf(name string) string {
	if isHTTPURL(name) {
		if u, err := url.Parse(name); err == nil {
			return path.Ext(u.Path)
		}
	}
	return filepath.Ext(name)
}

// looksHTML sniffs the first KiB for HTML markup.
func looksHTML(body []byte) bool {
	head := body
	if len(head) > 1024 {
		head = head[:1024]
	}
	if strings.HasPrefix(http.DetectContentType(head), "text/html") {
		return true
	}
	lower := bytes.ToLower(head)
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<meta ", "<p>", "<div"} {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	return false
}

// looksText reports whether the start of a file reads as text: valid UTF-8
// (a cut final rune allowed) with no NUL or other C0 control characters but
// tab, newline, carriage return and form feed. Legacy 8-bit encodings fail
// it; give such files an extension.
func looksText(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n <= 1 {
			if len(head)-i < utf8.UTFMax && !utf8.FullRune(head[i:]) {
				break // rune cut by the sniff window
			}
			return false
		}
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f {
			return false
		}
		i += n
	}
	return true
}

// isHTTPURL reports whether s starts with http:// or https:// (any case).
func isHTTPURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// SizeError is returned for a file or a response body over the size cap.
type SizeError struct {
	Limit int64 // the cap, in bytes
	Size  int64 // the size when known (Content-Length or file size), else 0
}

func (e *SizeError) Error() string {
	if e.Size > 0 {
		size, limit := formatBytes(e.Size), formatBytes(e.Limit)
		if size == limit { // rounding hid the difference
			size, limit = fmt.Sprintf("%d bytes", e.Size), fmt.Sprintf("%s (%d bytes)", limit, e.Limit)
		}
		return fmt.Sprintf("%s is over the %s size limit", size, limit)
	}
	return fmt.Sprintf("larger than the %s size limit", formatBytes(e.Limit))
}

// formatBytes writes n as "10 MiB", "512 KiB", "1.5 MiB" or "300 bytes".
func formatBytes(n int64) string {
	const k = 1024
	switch {
	case n >= k*k*k:
		return trimZero(float64(n)/(k*k*k)) + " GiB"
	case n >= k*k:
		return trimZero(float64(n)/(k*k)) + " MiB"
	case n >= k:
		return trimZero(float64(n)/k) + " KiB"
	}
	return fmt.Sprintf("%d bytes", n)
}

func trimZero(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	return strings.TrimSuffix(s, ".0")
}

package source

import (
	"bytes"
)

// FeedFormat is what SniffFeed found.
type FeedFormat int

const (
	NotFeed  FeedFormat = iota
	FeedRSS             // <rss>: RSS 0.9x/2.0
	FeedRDF             // <rdf:RDF>: RSS 1.0
	FeedAtom            // <feed>: Atom
	FeedJSON            // JSON Feed (jsonfeed.org)
)

func (f FeedFormat) String() string {
	switch f {
	case FeedRSS:
		return "RSS"
	case FeedRDF:
		return "RSS 1.0"
	case FeedAtom:
		return "Atom"
	case FeedJSON:
		return "JSON Feed"
	}
	return "not a feed"
}

// sniffLen is how much of a body SniffFeed looks at.
const sniffLen = 4096

// SniffFeed says whether body is a feed, from its start: the root element
// of an XML document (after the XML declaration, comments, processing
// instructions and DOCTYPE) is rss, feed or RDF (any prefix); or a JSON
// object naming a jsonfeed.org version. An HTML or XHTML page, any other
// XML, text, or JSON is NotFeed. It looks at the first 4 KiB only.
func SniffFeed(body []byte) FeedFormat {
	b := body
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		b = b[3:]
	case bytes.HasPrefix(b, []byte("\xFE\xFF")), bytes.HasPrefix(b, []byte("\xFF\xFE")):
		b = narrowUTF16(b[2:], b[0] == 0xFF)
	}
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 {
		return NotFeed
	}
	if b[0] == '{' {
		if bytes.Contains(b, []byte("jsonfeed.org/version")) {
			return FeedJSON
		}
		return NotFeed
	}
	name := xmlRootName(b)
	if i := bytes.LastIndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	switch string(bytes.ToLower(name)) {
	case "rss":
		return FeedRSS
	case "rdf":
		return FeedRDF
	case "feed":
		return FeedAtom
	}
	return NotFeed
}

// xmlRootName returns the name of the first element of b, skipping the
// prolog; nil when there is none in b.
func xmlRootName(b []byte) []byte {
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		if len(b) < 2 || b[0] != '<' {
			return nil
		}
		switch {
		case b[1] == '?': // XML declaration, processing instruction
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return nil
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b[4:], []byte("-->"))
			if i < 0 {
				return nil
			}
			b = b[4+i+3:]
		case b[1] == '!': // DOCTYPE, possibly with an internal subset
			end := bytes.IndexByte(b, '>')
			if open := bytes.IndexByte(b, '['); open >= 0 && (end < 0 || open < end) {
				i := bytes.Index(b[open:], []byte("]>"))
				if i < 0 {
					return nil
				}
				end = open + i + 1
			}
			if end < 0 {
				return nil
			}
			b = b[end+1:]
		default:
			n := 1
			for n < len(b) && isNameByte(b[n]) {
				n++
			}
			if n == 1 {
				return nil
			}
			return b[1:n]
		}
	}
}

func isNameByte(c byte) bool {
	return c == ':' || c == '_' || c == '-' || c == '.' ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// narrowUTF16 keeps the low byte of each UTF-16 code unit: enough to read
// ASCII markup.
func narrowUTF16(b []byte, littleEndian bool) []byte {
	out := make([]byte, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		hi, lo := b[i], b[i+1]
		if littleEndian {
			hi, lo = lo, hi
		}
		if hi != 0 {
			lo = 0x80 // not ASCII
		}
		out = append(out, lo)
	}
	return out
}

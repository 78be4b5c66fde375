package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/source"
)

// How bad requests are told apart from good ones, and how they are
// answered: a 4xx status and one short line.

// maxErrorRunes is the longest error message sent, whatever produced it.
const maxErrorRunes = 300

// maxDecodeRunes is how much of a JSON decoding error is told: the
// decoder's own words, which may quote the input.
const maxDecodeRunes = 80

// clip and echo cut and quote what a client sent, as the filters do.
var (
	clip = filter.Clip
	echo = filter.Echo
)

// requestError is a request refused: the status to answer and why.
type requestError struct {
	status int
	msg    string
}

func (e *requestError) Error() string { return e.msg }

func badRequest(format string, a ...any) *requestError {
	return &requestError{http.StatusBadRequest, fmt.Sprintf(format, a...)}
}

// controlChar finds the first control character in s other than the
// white space text may hold (tab, line and page breaks): NUL and the like
// are never text, and the cleaner refuses them as binary input.
func controlChar(s string) (r rune, at int, found bool) {
	for i, c := range s {
		if (c < 0x20 && !strings.ContainsRune("\t\n\v\f\r", c)) || c == 0x7f {
			return c, i, true
		}
	}
	return 0, 0, false
}

// postRequest is a checked POST /api/articles body.
type postRequest struct {
	in   PostArticle
	meta source.Meta
	kind source.Kind // of in.Text; unset for a URL
	url  *url.URL    // http(s), when a URL was given
}

// parsePost reads and checks a POST /api/articles body (at most maxBody
// bytes: body is a MaxBytesReader or the like): one JSON object of known
// fields, checked by checkPost. Every refusal is a *requestError.
func parsePost(body io.Reader, maxBody int64) (*postRequest, error) {
	tooBig := &requestError{http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is over the limit of %d bytes", maxBody)}
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var p postRequest
	if err := dec.Decode(&p.in); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, tooBig
		}
		return nil, badRequest("bad JSON: %s", clip(err.Error(), maxDecodeRunes))
	}
	if _, err := io.Copy(io.Discard, body); err != nil {
		return nil, tooBig
	}
	return checkPost(p.in)
}

// checkPost checks an article to ingest, however it came (a POST body, an
// MCP tool call): either text (without control characters) or an http(s)
// URL, a known format, a date that parses. Every refusal is a
// *requestError.
func checkPost(a PostArticle) (*postRequest, error) {
	p := postRequest{in: a}
	in := &p.in
	for _, fld := range []struct{ name, val string }{{"text", in.Text}, {"title", in.Title}, {"source", in.Source}, {"url", in.URL}, {"published", in.Published}} {
		if c, at, ok := controlChar(fld.val); ok {
			return nil, badRequest("%s has a control character (U+%04X) at byte %d: send plain text or HTML", fld.name, c, at)
		}
	}
	p.meta.Title, p.meta.Source = strings.TrimSpace(in.Title), strings.TrimSpace(in.Source)
	if in.Published != "" {
		t, err := source.ParseDate(in.Published)
		if err != nil {
			return nil, badRequest("published %s: want YYYY-MM-DD or RFC 3339", echo(in.Published))
		}
		p.meta.Published = t
	}
	hasText, hasURL := strings.TrimSpace(in.Text) != "", strings.TrimSpace(in.URL) != ""
	if hasText == hasURL {
		return nil, badRequest(`give either "text" or "url"`)
	}
	if hasURL {
		u, err := url.Parse(strings.TrimSpace(in.URL))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, badRequest("url must be an http(s) URL, not %s", echo(in.URL))
		}
		p.url = u
		return &p, nil
	}
	switch in.Format {
	case "", "text":
		p.kind = source.KindText
	case "html":
		p.kind = source.KindHTML
	default:
		return nil, badRequest(`format must be "text" or "html", not %s`, echo(in.Format))
	}
	return &p, nil
}

// validPaths serves only well-formed file names: a name that is not
// valid UTF-8 or not a clean relative path (%c0%ae, "..") is not found,
// where http.FileServerFS would answer 500 for the error fs.FS gives.
type validPaths struct{ fs.FS }

func (v validPaths) Open(name string) (fs.File, error) {
	if !utf8.ValidString(name) || !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return v.FS.Open(name)
}

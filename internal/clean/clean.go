// Package clean turns raw inputs (HTML pages, plain-text copies of web
// pages) into the main text of an article plus its metadata, dropping
// menus, share bars, notices and reader comments. It is the step between
// source and extract in the ingest pipeline, and `sitrep clean` runs the
// same two functions, HTML and Text.
//
// The word lists in boiler.go describe kinds of page furniture; they are
// matched against short lines only, so article sentences that happen to
// mention a newsletter or a comment are kept. How much of a huge page is
// read is bounded in limits.go.
package clean

import (
	"time"
)

// Page is what cleaning keeps of one input.
type Page struct {
	Title        string
	Text         string // main text: paragraphs separated by "\n\n"; title not repeated inside
	Author       string
	SiteName     string // outlet, from og:site_name / publisher metadata
	CanonicalURL string
	Language     string    // ISO 639-1 when known
	Published    time.Time // zero when the page has no date
	Description  string
}

package watch

import (
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// SourceInfo is the public JSON shape of a watched source, as
// `sitrep sources list --format json` and the MCP server show it.
type SourceInfo struct {
	Name         string `json:"name"`
	URL          string `json:"url"`
	Every        string `json:"every"`
	EverySeconds int64  `json:"every_seconds"`
	Added        string `json:"added"`
	LastPoll     string `json:"last_poll,omitempty"`
	LastNew      string `json:"last_new,omitempty"`
	LastError    string `json:"last_error,omitempty"`
	Failures     int    `json:"failures"`
	NextDue      string `json:"next_due,omitempty"`
}

// Info is s's public shape: times in RFC 3339 UTC, "" for never.
func Info(s *store.Source) SourceInfo {
	ts := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format(time.RFC3339)
	}
	return SourceInfo{
		Name: s.Name, URL: s.URL, Every: FormatInterval(s.Every), EverySeconds: int64(s.Every / time.Second),
		Added: ts(s.Added), LastPoll: ts(s.LastPoll), LastNew: ts(s.LastNew), LastError: s.LastError,
		Failures: s.Failures, NextDue: ts(s.NextDue),
	}
}

// FormatInterval writes 15m, 1h30m, 2h, 45s: time.Duration's form without
// the zero units.
func FormatInterval(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

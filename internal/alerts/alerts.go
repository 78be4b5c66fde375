// Package alerts turns saved event filters into Atom feeds and webhooks,
// so that nobody has to keep the page open. An alert is a name and the
// event filter of package filter (filter.Events reads it; there is no
// other parser).
// Its feed is read on demand (feed.go). Its webhook, if any, is sent each
// event that newly matches it or changes: a scan after each round of
// `watch` queues them in the store (scan.go), and a sender posts them,
// signed and retried (send.go), apart from ingest, so that a slow
// receiver never holds it up and a crash loses nothing.
package alerts

import (
	"fmt"
	"net/url"
	"regexp"
	"time"

	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/store"
)

// QueryFeed is the name of the feed that takes its filter from the
// query (/feeds/events.atom?country=…), so no alert may take it.
const QueryFeed = "events"

// nameRule is what an alert's name may be: it is a URL path segment
// (/feeds/NAME.atom) and a command-line argument, so plain lower-case
// letters, digits, '-' and '_'.
var nameRule = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

// CheckName says why name cannot name an alert, or nil.
func CheckName(name string) error {
	if !nameRule.MatchString(name) {
		return fmt.Errorf("alert name %q: use 1 to 64 lower-case letters, digits, '-' or '_', starting with a letter or digit", name)
	}
	if name == QueryFeed {
		return fmt.Errorf("alert name %q is taken by the feed /feeds/%s.atom?FILTERS", name, QueryFeed)
	}
	return nil
}

// Filter is an alert's filter, read by the API's parser. Paging
// (limit, offset) is not part of an alert: CheckFilter refuses it.
func Filter(a *store.Alert) (store.EventFilter, error) {
	q, err := url.ParseQuery(a.Filter)
	if err != nil {
		return store.EventFilter{}, fmt.Errorf("alert %s: filter %q: %w", a.Name, a.Filter, err)
	}
	f, err := filter.Events(q)
	if err != nil {
		return f, fmt.Errorf("alert %s: %w", a.Name, err)
	}
	return f, nil
}

// CheckFilter checks the filter of a new alert and returns it in the
// form stored (sorted, encoded query parameters).
func CheckFilter(q url.Values) (string, error) {
	for _, k := range []string{"limit", "offset"} {
		if q.Has(k) {
			return "", fmt.Errorf("an alert takes filters only, not %s", k)
		}
	}
	if _, err := filter.Events(q); err != nil {
		return "", err
	}
	return q.Encode(), nil
}

// CheckWebhook checks a webhook URL: http or https, with a host. Whether
// its address is public is checked when it is sent to (send.go), on the
// address actually dialled.
func CheckWebhook(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("webhook %q: want an http(s) URL", raw)
	}
	return nil
}

// Clock is the time the scan and the sender see; tests swap in a fake
// so that retries and back-off need no sleeping.
type Clock interface{ Now() time.Time }

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

package alerts

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/store"
)

// FeedEntries is how many events a feed holds, the most recent by event
// date: more than a reader shows between two polls, few enough that a
// poll of a feed over a million events costs one indexed page.
const FeedEntries = 100

// feedEpoch is the updated time of a feed with no entries and no alert to
// date it: fixed, so that its ETag stays the same.
var feedEpoch = time.Unix(0, 0).UTC()

// Feeds serves the Atom feeds: /feeds/NAME.atom for the alert NAME, and
// /feeds/events.atom?FILTERS for any filter of the API. Answers carry an
// ETag and Last-Modified, and a conditional GET that matches is
// answered 304.
type Feeds struct {
	Store store.Store // read as api.PublicStore
	Log   *slog.Logger
}

func (h *Feeds) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/feeds/"), ".atom")
	if !ok || strings.Contains(name, "/") {
		api.WriteError(w, http.StatusNotFound, "no such feed: feeds are /feeds/NAME.atom or /feeds/events.atom?FILTERS")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), api.QueryTimeout)
	defer cancel()
	st := api.PublicStore(h.Store)
	fd := feedDef{name: name, updated: feedEpoch}
	var q url.Values
	if name == QueryFeed {
		q = r.URL.Query()
		fd.title, fd.id = "sitrep events", "urn:sitrep:feed:events"
		if len(q) > 0 {
			sum := sha256.Sum256([]byte(q.Encode()))
			fd.title += " (" + q.Encode() + ")"
			fd.id += ":" + hex.EncodeToString(sum[:8])
		}
	} else {
		if r.URL.RawQuery != "" {
			api.WriteError(w, http.StatusBadRequest, "an alert's feed takes no filters: they are the alert's (sitrep alerts list)")
			return
		}
		a, err := st.GetAlert(ctx, name)
		if err != nil {
			h.fail(w, err)
			return
		}
		if q, err = url.ParseQuery(a.Filter); err != nil {
			h.fail(w, err)
			return
		}
		fd.title, fd.id, fd.updated = "sitrep alert "+a.Name, "urn:sitrep:alert:"+a.Name, a.Created
	}
	f, err := filter.Events(q)
	if err != nil {
		api.WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	if f.Limit == 0 || f.Limit > FeedEntries {
		f.Limit = FeedEntries
	}
	body, updated, err := feed(ctx, st, fd, f, requestBase(r), r.URL.RequestURI())
	if err != nil {
		h.fail(w, err)
		return
	}
	sum := sha256.Sum256(body)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:16])+`"`)
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", updated, bytes.NewReader(body))
}

// fail answers a store failure: 404 for an unknown alert, 503 for a query
// past its time, 500 otherwise (logged).
func (h *Feeds) fail(w http.ResponseWriter, err error) {
	var qe *store.QueryError
	switch {
	case errors.Is(err, store.ErrNotFound):
		api.WriteError(w, http.StatusNotFound, "no such alert (sitrep alerts list)")
	case errors.As(err, &qe):
		api.WriteError(w, http.StatusBadRequest, qe.Error())
	case errors.Is(err, context.DeadlineExceeded):
		api.WriteError(w, http.StatusServiceUnavailable, "the query took too long: try again later")
	default:
		if h.Log != nil {
			h.Log.Error("feed", "err", err)
		}
		api.WriteError(w, http.StatusInternalServerError, "internal error")
	}
}

// requestBase is the scheme and host the request came to, which entry
// links are made absolute with.
func requestBase(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// feedDef is what names a feed.
type feedDef struct {
	name, title, id string
	updated         time.Time // when there are no entries
}

// feed writes the Atom document of f's events and returns it with its
// updated time (the latest change of its entries).
func feed(ctx context.Context, st store.Store, fd feedDef, f store.EventFilter, base, self string) ([]byte, time.Time, error) {
	evs, err := st.ListEvents(ctx, f)
	if err != nil {
		return nil, time.Time{}, err
	}
	ids := make([]string, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
	}
	changed, err := st.EventsChanged(ctx, ids)
	if err != nil {
		return nil, time.Time{}, err
	}
	doc := atomFeed{
		ID: fd.id, Title: fd.title, Generator: "sitrep",
		Links:  []atomLink{{Rel: "self", Type: "application/atom+xml", Href: base + self}},
		Author: atomPerson{Name: "sitrep"},
	}
	updated := fd.updated
	for _, e := range evs {
		at := changed[e.ID]
		if at.IsZero() {
			at = fd.updated // removed between the two reads
		}
		if at.After(updated) {
			updated = at
		}
		doc.Entries = append(doc.Entries, entry(&e, at, base))
	}
	doc.Updated = stamp(updated)
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		return nil, time.Time{}, fmt.Errorf("feed %s: %w", fd.name, err)
	}
	b.WriteByte('\n')
	return b.Bytes(), updated, nil
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// entry is an event as a feed entry: a title that says what, when and
// where; the notes, date, place, actors and outlets as text; a link to
// the event in the API.
func entry(e *event.Event, changed time.Time, base string) atomEntry {
	place := placeOf(e)
	kind := e.EventType
	if e.SubEventType != "" {
		kind = e.SubEventType
	}
	title := e.EventDate + " · " + kind
	if place != "" {
		title += " · " + place
	}
	if e.Fatalities > 0 {
		title += fmt.Sprintf(" · %d killed", e.Fatalities)
	}
	var c strings.Builder
	if e.Notes != "" {
		c.WriteString(e.Notes + "\n\n")
	}
	fmt.Fprintf(&c, "Date: %s\n", e.EventDate)
	if place != "" {
		fmt.Fprintf(&c, "Place: %s\n", place)
	}
	if actors := strings.Trim(e.Actor1+" / "+e.Actor2, " /"); actors != "" {
		fmt.Fprintf(&c, "Actors: %s\n", actors)
	}
	fmt.Fprintf(&c, "Fatalities: %d\n", e.Fatalities)
	if len(e.Outlets) > 0 {
		fmt.Fprintf(&c, "Reported by: %s\n", strings.Join(e.Outlets, ", "))
	}
	en := atomEntry{
		ID: "urn:sitrep:event:" + e.ID, Title: title, Updated: stamp(changed),
		Links:   []atomLink{{Rel: "alternate", Type: "application/json", Href: base + EventPath(e.ID)}},
		Content: atomText{Type: "text", Body: strings.TrimSpace(c.String())},
	}
	if e.EventType != "" {
		en.Categories = append(en.Categories, atomCategory{Term: e.EventType})
	}
	return en
}

// placeOf is the event's place from the finest name to the country.
func placeOf(e *event.Event) string {
	var parts []string
	for _, p := range []string{e.Location, e.Admin2, e.Admin1, e.Country} {
		if p != "" && (len(parts) == 0 || parts[len(parts)-1] != p) {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// The Atom 1.0 document (RFC 4287), as much of it as the feeds use.
type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      string         `xml:"title"`
	Updated    string         `xml:"updated"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Content    atomText       `xml:"content"`
}

package filter

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// Scope is the listings a filter applies to.
type Scope uint8

const (
	ForEvents Scope = 1 << iota
	ForArticles
)

// Param is one filter. Its check reads a value (trimmed, never empty) into
// f, or says what the value must be; Parse puts the name in front.
type Param struct {
	Name  string // the query parameter; the flag is Name with "-" for "_"
	Arg   string // what the value is, for --help; "" for a yes/no flag
	Usage string // what it keeps, said of events
	// ArticleUsage is what it keeps said of articles, for the filters
	// that apply to both.
	ArticleUsage string
	Scope        Scope
	check        func(s string, f *store.EventFilter) error
}

// Flag is the parameter's command-line flag.
func (p Param) Flag() string { return strings.ReplaceAll(p.Name, "_", "-") }

// Params are the filters, in the order --help and the API's
// documentation list them.
var Params = []Param{
	{Name: "from", Arg: "DATE", Scope: ForEvents | ForArticles,
		Usage:        "only events on or after `DATE` (YYYY-MM-DD or RFC 3339)",
		ArticleUsage: "only articles published on or after `DATE` (YYYY-MM-DD or RFC 3339)",
		check:        func(s string, f *store.EventFilter) (err error) { f.From, err = day(s); return }},
	{Name: "to", Arg: "DATE", Scope: ForEvents | ForArticles,
		Usage:        "only events on or before `DATE` (inclusive)",
		ArticleUsage: "only articles published on or before `DATE` (inclusive)",
		check:        func(s string, f *store.EventFilter) (err error) { f.To, err = day(s); return }},
	{Name: "country", Arg: "NAME", Scope: ForEvents,
		Usage: "only events in this country (`NAME` or ISO code)",
		check: func(s string, f *store.EventFilter) error { f.Country = s; return nil }},
	{Name: "admin1", Arg: "NAME", Scope: ForEvents,
		Usage: "only events in this first-level division (`NAME` of a province, region)",
		check: func(s string, f *store.EventFilter) error { f.Admin1 = s; return nil }},
	{Name: "event_type", Arg: "TYPE", Scope: ForEvents,
		Usage: "only events of this ACLED event `TYPE`: " + strings.Join(event.EventTypes, ", "),
		check: eventType},
	{Name: "sub_event_type", Arg: "SUBTYPE", Scope: ForEvents,
		Usage: "only events of this ACLED sub-event `TYPE`, e.g. \"Armed clash\" (sitrep codebook lists them)",
		check: subEventType},
	{Name: "actor", Arg: "NAME", Scope: ForEvents,
		Usage: "only events whose actor1 or actor2 contains `NAME`",
		check: func(s string, f *store.EventFilter) error { f.Actor = s; return nil }},
	{Name: "min_fatalities", Arg: "N", Scope: ForEvents,
		Usage: "only events with at least `N` fatalities",
		check: func(s string, f *store.EventFilter) (err error) { f.MinFatalities, err = whole(s, 0); return }},
	{Name: "bbox", Arg: "BOX", Scope: ForEvents,
		Usage: "only events inside `minLon,minLat,maxLon,maxLat`",
		check: func(s string, f *store.EventFilter) (err error) { f.BBox, err = bbox(s); return }},
	{Name: "q", Arg: "WORDS", Scope: ForEvents,
		Usage: "only events whose notes or quotes contain all these `WORDS`",
		check: func(s string, f *store.EventFilter) error { f.Query = s; return store.CheckQuery(s) }},
	{Name: "outlet", Arg: "NAME", Scope: ForEvents | ForArticles,
		Usage:        "only events reported by an outlet whose name contains `NAME`",
		ArticleUsage: "only articles from an outlet whose name contains `NAME`",
		check:        func(s string, f *store.EventFilter) error { f.Outlet = s; return nil }},
	{Name: "language", Arg: "CODE", Scope: ForEvents | ForArticles,
		Usage:        "only events reported in this language (ISO 639-1 `CODE`: en, ru, fa …)",
		ArticleUsage: "only articles in this language (ISO 639-1 `CODE`: en, ru, fa …)",
		check:        func(s string, f *store.EventFilter) (err error) { f.Language, err = language(s); return }},
	{Name: "contested", Arg: "HOW", Scope: ForEvents,
		Usage: "only events contested (`HOW`: true, false, or one flag: toll, responsibility, denied)",
		check: contested},
	{Name: "no_background", Scope: ForEvents,
		Usage: "leave out events told as history (a war decades ago)",
		check: func(s string, f *store.EventFilter) (err error) { f.SkipBackground, err = yesNo(s); return }},
	{Name: "limit", Arg: "N", Scope: ForEvents | ForArticles,
		Usage: "at most `N` of them",
		check: func(s string, f *store.EventFilter) (err error) { f.Limit, err = whole(s, 1); return }},
	{Name: "offset", Arg: "N", Scope: ForEvents | ForArticles,
		Usage: "skip the first `N`",
		check: func(s string, f *store.EventFilter) (err error) { f.Offset, err = whole(s, 0); return }},
}

// aliases are other names a filter is known by, kept because they were
// documented once: the page's early links and scripts use them.
var aliases = map[string]string{"type": "event_type", "sub_type": "sub_event_type"}

// eventType takes one of the codebook's six event types, in any case, and
// stores its codebook spelling.
func eventType(s string, f *store.EventFilter) error {
	for _, t := range event.EventTypes {
		if strings.EqualFold(t, s) {
			f.EventType = t
			return nil
		}
	}
	return fmt.Errorf("must be one of %s, not %s", strings.Join(event.EventTypes, ", "), Echo(s))
}

// subEventType takes one of the codebook's sub-event types, in any case.
func subEventType(s string, f *store.EventFilter) error {
	for _, st := range event.Codebook {
		if strings.EqualFold(st.Name, s) {
			f.SubEventType = st.Name
			return nil
		}
	}
	return fmt.Errorf("must be a sub-event type of the codebook (sitrep codebook lists them), not %s", Echo(s))
}

func contested(s string, f *store.EventFilter) error {
	switch c := strings.ToLower(s); c {
	case "true", "1", "yes", "any":
		f.Contested = "any"
	case "false", "0", "no", "none":
		f.Contested = "none"
	case "toll", "responsibility", "denied":
		f.Contested = c
	default:
		return fmt.Errorf("must be true, false, toll, responsibility or denied, not %s", Echo(s))
	}
	return nil
}

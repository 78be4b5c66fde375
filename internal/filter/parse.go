package filter

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// Events reads the event filters in v. Limit and Offset are left 0 when
// not given: each listing has its own default page.
func Events(v url.Values) (store.EventFilter, error) {
	return parse(v, ForEvents)
}

// Articles reads the article filters in v; an event-only filter is
// refused by name.
func Articles(v url.Values) (store.ArticleFilter, error) {
	f, err := parse(v, ForArticles)
	return store.ArticleFilter{From: f.From, To: f.To, Outlet: f.Outlet, Language: f.Language, Limit: f.Limit, Offset: f.Offset}, err
}

// Names lists the filters of a scope, as the API documents them.
func Names(scope Scope) []string {
	var out []string
	for _, p := range Params {
		if p.Scope&scope != 0 {
			out = append(out, p.Name)
		}
	}
	return out
}

func parse(v url.Values, scope Scope) (store.EventFilter, error) {
	var f store.EventFilter
	if err := unknown(v, scope); err != nil {
		return f, err
	}
	for _, p := range Params {
		if p.Scope&scope == 0 {
			continue
		}
		s := value(v, p.Name)
		if s == "" {
			continue
		}
		if err := p.check(s, &f); err != nil {
			var qe *store.QueryError
			if errors.As(err, &qe) {
				return f, err // the store's words name q already
			}
			return f, fmt.Errorf("%s %w", p.Name, err)
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, fmt.Errorf("from %s is after to %s", f.From, f.To)
	}
	if f.EventType != "" && f.SubEventType != "" {
		if st, _ := event.LookupSubType(f.SubEventType); st.Type != f.EventType {
			return f, fmt.Errorf("sub_event_type %q is a sub-type of %s, not of %s", f.SubEventType, st.Type, f.EventType)
		}
	}
	return f, nil
}

// value is the trimmed value of the filter name, or of its alias.
func value(v url.Values, name string) string {
	if s := strings.TrimSpace(v.Get(name)); s != "" {
		return s
	}
	for alias, n := range aliases {
		if n == name {
			if s := strings.TrimSpace(v.Get(alias)); s != "" {
				return s
			}
		}
	}
	return ""
}

// unknown refuses a parameter that is no filter of scope, so that a
// misspelt filter is never silently ignored.
func unknown(v url.Values, scope Scope) error {
	var bad []string
	for k := range v {
		name := k
		if n, ok := aliases[k]; ok {
			name = n
		}
		if !known(name, scope) {
			bad = append(bad, k)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	what := "events"
	if scope == ForArticles {
		what = "articles"
	}
	return fmt.Errorf("unknown filter %s: %s take %s", Echo(bad[0]), what, strings.Join(Names(scope), ", "))
}

func known(name string, scope Scope) bool {
	for _, p := range Params {
		if p.Name == name {
			return p.Scope&scope != 0
		}
	}
	return false
}

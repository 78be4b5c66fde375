package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/store"
)

// whyNoEvents says why a listing with filter f came back empty: nothing
// stored yet, an offset past the end, or filters that match nothing (with
// the size of the database, so an empty answer is never mistaken for an
// empty database). A --country that names no country at all is an error,
// not an empty answer.
func whyNoEvents(ctx context.Context, st store.Store, f store.EventFilter) (string, error) {
	total, err := st.CountEvents(ctx, store.EventFilter{})
	if err != nil {
		return "", err
	}
	if total == 0 {
		return "no events (ingest articles with: sitrep ingest PATH)", nil
	}
	matching, err := st.CountEvents(ctx, f)
	if err != nil {
		return "", err
	}
	if matching > 0 {
		return fmt.Sprintf("no events past offset %d; %d match these filters", f.Offset, matching), nil
	}
	if c := strings.TrimSpace(f.Country); c != "" {
		if msg, err := checkCountry(ctx, st, c); msg != "" || err != nil {
			return msg, err
		}
	}
	return fmt.Sprintf("no events match these filters; the database holds %d", total), nil
}

// checkCountry is called when no stored event is in country c. A name the
// gazetteer does not know as a country is refused; a country known by
// another name than the one stored gets a hint with its ISO code. Without
// a gazetteer there is nothing to check against and c passes.
func checkCountry(ctx context.Context, st store.Store, c string) (string, error) {
	in, err := st.CountEvents(ctx, store.EventFilter{Country: c})
	if err != nil || in > 0 {
		return "", err
	}
	// Two letters are an ISO code (the store's rule); the gazetteer
	// indexes names, so a code cannot be checked here.
	if len(c) == 2 {
		return "", nil
	}
	gz, err := openGazetteer("")
	if err != nil {
		return "", nil
	}
	iso, name, err := countryNamed(gz, c)
	if err != nil {
		return "", err
	}
	if strings.EqualFold(name, c) {
		return "", nil
	}
	n, err := st.CountEvents(ctx, store.EventFilter{Country: iso})
	if err != nil || n == 0 {
		return "", err
	}
	return fmt.Sprintf("no events are stored under the name %q, but %d are in %s: try --country %s", c, n, name, iso), nil
}

// countryNamed finds the country a user means by name (any case, the
// gazetteer's other names too), or refuses the name with a hint.
func countryNamed(gz *gazetteer.Gazetteer, c string) (iso, name string, err error) {
	for _, cand := range gz.Lookup(c, gazetteer.LookupOptions{Level: gazetteer.KindCountry, NoFuzzy: true}) {
		if cand.Kind == gazetteer.KindCountry {
			return cand.CountryCode, cand.Name, nil
		}
	}
	return "", "", usageErr("unknown country %q: give a country's name or its ISO code (e.g. Mali or ML)", c)
}

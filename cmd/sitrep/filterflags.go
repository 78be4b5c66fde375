package main

import (
	"flag"
	"net/url"
)

// addFilterFlags defines the event filter flags that export and
// alerts share. Each sets the API's query parameter of the same meaning,
// so that api.FilterFromQuery reads and checks them, one parser for the
// command line and the API.
func addFilterFlags(fs *flag.FlagSet) url.Values {
	q := url.Values{}
	str := func(name, param, usage string) {
		fs.Func(name, usage, func(s string) error { q.Set(param, s); return nil })
	}
	str("from", "from", "only events on or after `DATE` (YYYY-MM-DD)")
	str("to", "to", "only events on or before `DATE`")
	str("country", "country", "only events in this country (name or ISO code)")
	str("admin1", "admin1", "only events in this province")
	str("type", "event_type", "only events of this ACLED event type, e.g. Battles")
	str("actor", "actor", "only events whose actor1 or actor2 contains this")
	str("min-fatalities", "min_fatalities", "only events with at least `N` fatalities")
	str("bbox", "bbox", "only events inside `minLon,minLat,maxLon,maxLat`")
	str("q", "q", "only events whose notes or quotes contain all these `WORDS`")
	str("outlet", "outlet", "only events reported by an outlet whose name contains this")
	str("contested", "contested", "true, false, or a flag: toll, responsibility, denied")
	fs.BoolFunc("no-background", "leave out events told as history", func(s string) error {
		if s == "true" {
			q.Set("no_background", "true")
		} else {
			q.Del("no_background")
		}
		return nil
	})
	return q
}

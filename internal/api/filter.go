package api

import (
	"fmt"
	"math"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// MaxLimit is the most events one /api/events page returns.
const MaxLimit = 1000

// DefaultLimit is the page size when none is asked for.
const DefaultLimit = 100

// filterParams are the query parameters FilterFromQuery understands; any
// other is refused, so that a misspelt filter is not silently ignored.
var filterParams = map[string]bool{
	"from": true, "to": true, "country": true, "admin1": true, "event_type": true, "type": true,
	"actor": true, "min_fatalities": true, "bbox": true, "q": true, "outlet": true, "contested": true,
	"no_background": true, "limit": true, "offset": true,
}

// FilterFromQuery reads the event filters shared by /api/events, the
// exports and `sitrep export`: from, to (YYYY-MM-DD, inclusive), country
// (name or ISO code), admin1, event_type, actor, min_fatalities, bbox
// (minLon,minLat,maxLon,maxLat), q (checked by store.CheckQuery), outlet, contested (true/false or a
// flag: toll, responsibility, denied), no_background, limit, offset. Limit
// is left 0 when not given.
func FilterFromQuery(v url.Values) (store.EventFilter, error) {
	var f store.EventFilter
	var unknown []string
	for k := range v {
		if !filterParams[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return f, fmt.Errorf("unknown parameter %s", echo(unknown[0]))
	}
	get := func(k string) string { return strings.TrimSpace(v.Get(k)) }
	var err error
	if f.From, err = day(get("from")); err != nil {
		return f, fmt.Errorf("from: %w", err)
	}
	if f.To, err = day(get("to")); err != nil {
		return f, fmt.Errorf("to: %w", err)
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, fmt.Errorf("from %s is after to %s", f.From, f.To)
	}
	f.Country, f.Admin1, f.Actor, f.Query, f.Outlet = get("country"), get("admin1"), get("actor"), get("q"), get("outlet")
	if err := store.CheckQuery(f.Query); err != nil {
		return f, err
	}
	f.EventType = get("event_type")
	if f.EventType == "" {
		f.EventType = get("type")
	}
	if s := get("min_fatalities"); s != "" {
		if f.MinFatalities, err = strconv.Atoi(s); err != nil || f.MinFatalities < 0 {
			return f, fmt.Errorf("min_fatalities must be a whole number ≥ 0, not %s", echo(s))
		}
	}
	if s := get("bbox"); s != "" {
		if f.BBox, err = parseBBox(s); err != nil {
			return f, err
		}
	}
	switch s := strings.ToLower(get("contested")); s {
	case "":
	case "true", "1", "yes", "any":
		f.Contested = "any"
	case "false", "0", "no", "none":
		f.Contested = "none"
	case "toll", "responsibility", "denied":
		f.Contested = s
	default:
		return f, fmt.Errorf("contested must be true, false, toll, responsibility or denied, not %s", echo(s))
	}
	switch s := strings.ToLower(get("no_background")); s {
	case "", "false", "0", "no":
	case "true", "1", "yes":
		f.SkipBackground = true
	default:
		return f, fmt.Errorf("no_background must be true or false, not %s", echo(s))
	}
	if s := get("limit"); s != "" {
		if f.Limit, err = strconv.Atoi(s); err != nil || f.Limit < 1 {
			return f, fmt.Errorf("limit must be a whole number ≥ 1, not %s", echo(s))
		}
	}
	if s := get("offset"); s != "" {
		if f.Offset, err = strconv.Atoi(s); err != nil || f.Offset < 0 {
			return f, fmt.Errorf("offset must be a whole number ≥ 0, not %s", echo(s))
		}
	}
	return f, nil
}

func day(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return "", fmt.Errorf("want a date YYYY-MM-DD, not %s", echo(s))
	}
	return t.Format("2006-01-02"), nil
}

func parseBBox(s string) (*[4]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return nil, fmt.Errorf("bbox must be minLon,minLat,maxLon,maxLat, not %s", echo(s))
	}
	var b [4]float64
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("bbox: %s is not a number", echo(p))
		}
		b[i] = x
	}
	if b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3] {
		return nil, fmt.Errorf("bbox %s: want minLon ≤ maxLon in [-180,180] and minLat ≤ maxLat in [-90,90]", echo(s))
	}
	return &b, nil
}

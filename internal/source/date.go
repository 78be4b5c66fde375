package source

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// dateLayouts are tried in order by ParseDate. Layouts without a zone are
// read as UTC. Day-first and month-first slash forms (01/02/2006) are
// deliberately absent: they are ambiguous.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC822Z,
	time.RFC822,
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"2006/01/02",
	"2006.01.02",
	"02.01.2006", // day.month.year, the usual dotted form
	"20060102",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Mon, Jan 2, 2006",
	"Monday, 2 January 2006",
	"Mon, 2 Jan 2006",
}

// Years outside this range are taken for typos.
const minYear, maxYear = 1800, 2200

// ParseDate reads a publication date: YYYY-MM-DD, RFC 3339 (with or without
// a zone; none means UTC), RFC 1123/822/850 and their usual variants,
// YYYY/MM/DD, YYYY.MM.DD, DD.MM.YYYY, YYYYMMDD, and written-out forms such
// as "June 27, 2026", "27 June 2026" and "Jun 27 2026". Surrounding space
// is ignored. Ambiguous forms (01/02/2026) are refused.
func ParseDate(s string) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, errors.New("empty date")
	}
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if y := t.Year(); y < minYear || y > maxYear {
			return time.Time{}, fmt.Errorf("date %q: year %d out of range", s, y)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q (want YYYY-MM-DD or RFC 3339)", s)
}

package filter

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// maxEchoRunes is how much of a bad value an error quotes: enough to
// recognise it, never a whole megabyte URL.
const maxEchoRunes = 80

// Echo quotes a value given by the user for an error message, cut to
// maxEchoRunes; every refusal of user input (filters, API requests)
// quotes with it.
func Echo(s string) string { return strconv.Quote(Clip(s, maxEchoRunes)) }

// Clip cuts s to n runes, marking the cut with "…".
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// dateLayouts are the forms a from or to date may take: a day, or an
// RFC 3339 time (what other tools and feeds write), of which the day as
// written counts, since events are dated by the day.
var dateLayouts = []string{"2006-01-02", time.RFC3339}

// day reads a date into YYYY-MM-DD.
func day(s string) (string, error) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("must be a date YYYY-MM-DD (or RFC 3339), not %s", Echo(s))
}

// whole reads a whole number of at least lo.
func whole(s string, lo int) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < lo {
		return 0, fmt.Errorf("must be a whole number ≥ %d, not %s", lo, Echo(s))
	}
	return n, nil
}

// yesNo reads a yes/no value.
func yesNo(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "true", "1", "yes":
		return true, nil
	case "false", "0", "no":
		return false, nil
	}
	return false, fmt.Errorf("must be true or false, not %s", Echo(s))
}

// bbox reads minLon,minLat,maxLon,maxLat.
func bbox(s string) (*[4]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return nil, fmt.Errorf("must be minLon,minLat,maxLon,maxLat, not %s", Echo(s))
	}
	var b [4]float64
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("%s is not a number", Echo(p))
		}
		b[i] = x
	}
	if b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3] {
		return nil, fmt.Errorf("%s: want minLon ≤ maxLon in [-180,180] and minLat ≤ maxLat in [-90,90]", Echo(s))
	}
	return &b, nil
}

// language reads an ISO 639-1 code, the form articles' languages are
// stored in.
func language(s string) (string, error) {
	c := strings.ToLower(s)
	if len(c) == 2 && c[0] >= 'a' && c[0] <= 'z' && c[1] >= 'a' && c[1] <= 'z' {
		return c, nil
	}
	return "", fmt.Errorf("must be a two-letter ISO 639-1 code such as en, ru or fa, not %s", Echo(s))
}

package dates

import "time"

// The Solar Hijri calendar, which Afghanistan and Iran date their news by:
// the year begins at the March equinox (1 Hamal = 1 Farvardin, Nowruz);
// months 1–6 have 31 days, 7–11 have 30 and the twelfth 29, or 30 in a
// leap year. Over the years news is written in, the astronomical leap years
// follow the 33-year arithmetic cycle of Borkowski ("The Persian calendar
// for 3000 years", 1996): year y is leap when (25y+11) mod 33 < 8.
const (
	hijriMinYear = 1300 // 1921: older dates are not news, and the cycle was not yet official
	hijriMaxYear = 1499 // 2121: far beyond any report; keeps the cycle rule in its valid span (to 1634)

	// hijriAnchorYear began on hijriAnchor (1 Hamal 1403 = 20 March 2024).
	hijriAnchorYear = 1403
	hijriOffset     = 621 // a Hijri year y runs from March of y+621 to March of y+622
)

var hijriAnchor = time.Date(2024, time.March, 20, 0, 0, 0, 0, time.UTC)

func hijriLeap(y int) bool { return mod(25*y+11, 33) < 8 }

func hijriMonthDays(y, m int) int {
	switch {
	case m <= 6:
		return 31
	case m <= 11:
		return 30
	case hijriLeap(y):
		return 30
	}
	return 29
}

func validHijri(y, m, d int) bool {
	return y >= hijriMinYear && y <= hijriMaxYear && m >= 1 && m <= 12 && d >= 1 && d <= hijriMonthDays(y, m)
}

// hijriYearLen is the length of Hijri year y in days.
func hijriYearLen(y int) int {
	if hijriLeap(y) {
		return 366
	}
	return 365
}

// hijriDate is the Gregorian day of Hijri y-m-d in loc; ok is false when
// the date does not exist or lies outside the supported years.
func hijriDate(y, m, d int, loc *time.Location) (time.Time, bool) {
	if !validHijri(y, m, d) {
		return time.Time{}, false
	}
	days := 0
	for k := hijriAnchorYear; k < y; k++ {
		days += hijriYearLen(k)
	}
	for k := y; k < hijriAnchorYear; k++ {
		days -= hijriYearLen(k)
	}
	for k := 1; k < m; k++ {
		days += hijriMonthDays(y, k)
	}
	days += d - 1
	t := hijriAnchor.AddDate(0, 0, days)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc), true
}

// hijriYearOf is the Hijri year containing the Gregorian day t.
func hijriYearOf(t time.Time) int {
	y := t.Year() - hijriOffset
	if nowruz, ok := hijriDate(y, 1, 1, t.Location()); ok && t.Before(nowruz) {
		y--
	}
	return y
}

// hijriSpan is the value of a Hijri month (m 1–12) or year (m 0): its
// exact Gregorian range, named by the Gregorian month or year that holds
// most of it (1 Hamal–31 Hamal is 21 March–20 April: "April").
func (s *scanner) hijriSpan(y, m int) (val, bool) {
	first, last := 1, 12
	if m > 0 {
		first, last = m, m
	}
	from, ok1 := hijriDate(y, first, 1, s.loc)
	end, ok2 := hijriDate(y, last, hijriMonthDays(y, last), s.loc)
	if !ok1 || !ok2 {
		return val{}, false
	}
	to := end.AddDate(0, 0, 1)
	mid := from.Add(to.Sub(from) / 2)
	v := val{g: gSpan, hh: -1, rf: from, rt: to, spanOf: gMonth}
	name := s.monthVal(mid.Year(), int(mid.Month()))
	if m == 0 {
		v.spanOf = gYear
		name = s.yearVal(mid.Year())
	}
	v.ref = name.format()
	return v, true
}

// hijriDayYear picks the Hijri year of a day and month written without
// one, as monthDayYear does for Gregorian dates.
func (s *scanner) hijriDayYear(m, d, dir int) int {
	hy := hijriYearOf(s.dct)
	t, ok := hijriDate(hy, m, min(d, hijriMonthDays(hy, m)), s.loc)
	if !ok {
		return hy
	}
	diff := t.Sub(s.dct).Hours() / 24
	switch {
	case dir < 0 && diff > 31, dir == 0 && diff > 62:
		return hy - 1 // a report of what happened: last year's
	case dir > 0 && diff < 0, dir == 0 && diff < -183:
		return hy + 1
	}
	return hy
}

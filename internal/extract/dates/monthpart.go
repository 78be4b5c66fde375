package dates

import "time"

// Parts of a named month: "the first week of April", "the last week of
// May", "the second half of March", "the first week of Ramadan". A week
// of a month is the seven days it counts (the first week is days 1-7,
// the last the month's final seven); its value is the ISO week holding
// the middle of those days, which is where most of them fall. A half of
// a month has no TimeML value of its own: the month, with the mod of the
// half (START or END).

// weekMidOffset is how many days past the first of a seven-day stretch
// its middle day lies; the ISO week holding it holds at least four of the
// seven days.
const weekMidOffset = 3

// maxWeekOfMonth is the last ordinal a week of a month can take ("the
// fifth week of March" exists in a 31-day month that starts late in the
// week; "the sixth week" does not).
const maxWeekOfMonth = 5

// monthOf reads "of <month> [year]" at token k, the month Gregorian
// ("of April") or lunar ("of Ramadan", lunar.go): its value, the token
// after it and the days it covers.
func (s *scanner) monthOf(k int) (r res, from, to time.Time, ok bool) {
	if !s.is(k, "of") {
		return res{}, from, to, false
	}
	switch s.tok(k + 1).cls {
	case wMonth:
		r, ok = s.parseMonth(k+1, 0)
	case wLunar:
		r, ok = s.parseLunar(k + 1)
	}
	switch {
	case !ok:
		return res{}, from, to, false
	case r.v.g == gMonth:
		return r, r.v.t, r.v.t.AddDate(0, 1, 0), true
	case r.v.g == gSpan && r.v.spanOf == gMonth:
		return r, r.v.rf, r.v.rt, true
	}
	return res{}, from, to, false
}

// weekOfMonth reads "first|second|...|last week of <month>" with the
// ordinal at token k (after "the").
func (s *scanner) weekOfMonth(k int) (res, bool) {
	n := s.tok(k)
	ord := 0
	switch {
	case n.lw == "last" || n.lw == "final":
		ord = -1
	case n.lw == "second":
		ord = 2
	case n.cls == wOrdinal:
		ord = n.cv
	default:
		return res{}, false
	}
	if ord == 0 || ord > maxWeekOfMonth || !s.is(k+1, "week") {
		return res{}, false
	}
	r, from, to, ok := s.monthOf(k + 2)
	if !ok {
		return res{}, false
	}
	start := from.AddDate(0, 0, 7*(ord-1))
	if ord < 0 {
		start = to.AddDate(0, 0, -7)
	}
	if start.AddDate(0, 0, weekMidOffset).After(to) || start.Before(from) {
		return res{}, false
	}
	r.v = s.weekVal(start.AddDate(0, 0, weekMidOffset))
	return r, true
}

// halfOfMonth reads "first|second half of <month>" with "half" at token
// k.
func (s *scanner) halfOfMonth(k, half int) (res, bool) {
	if !s.is(k, "half") {
		return res{}, false
	}
	r, _, _, ok := s.monthOf(k + 1)
	if !ok {
		return res{}, false
	}
	r.mod = "START"
	if half == 2 {
		r.mod = "END"
	}
	return r, true
}

package dates

// Parts of a named month: "the first week of April", "the last week of
// May", "the second half of March". A week of a month is the seven days
// it counts (the first week is days 1-7, the last the month's final
// seven); its value is the ISO week holding the middle of those days,
// which is where most of them fall. A half of a month has no TimeML value
// of its own: the month, with the mod of the half (START or END).

// weekMidOffset is how many days past the first of a seven-day stretch
// its middle day lies; the ISO week holding it holds at least four of the
// seven days.
const weekMidOffset = 3

// maxWeekOfMonth is the last ordinal a week of a month can take ("the
// fifth week of March" exists in a 31-day month that starts late in the
// week; "the sixth week" does not).
const maxWeekOfMonth = 5

// monthOf reads "of <month> [year]" at token k: the month's value and the
// token after it.
func (s *scanner) monthOf(k int) (res, bool) {
	if !s.is(k, "of") || s.tok(k+1).cls != wMonth {
		return res{}, false
	}
	r, ok := s.parseMonth(k+1, 0)
	if !ok || r.v.g != gMonth {
		return res{}, false
	}
	return r, true
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
	r, ok := s.monthOf(k + 2)
	if !ok {
		return res{}, false
	}
	first := r.v.t
	start := first.AddDate(0, 0, 7*(ord-1))
	if ord < 0 {
		start = first.AddDate(0, 1, -7)
	}
	if start.Month() != first.Month() {
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
	r, ok := s.monthOf(k + 1)
	if !ok {
		return res{}, false
	}
	r.mod = "START"
	if half == 2 {
		r.mod = "END"
	}
	return r, true
}

package dates

// A weekday and a date that name the same day side by side in
// parentheses: "Sunday (June 2)", "2 June (Sunday)". The date decides
// the weekday's day when the two agree; each keeps its own span, as
// TimeML marks them. ("Wednesday, November 6" is one expression,
// parseWeekday.)

// weekdayByParenDate resolves the weekday at token i (its span ending
// before token k) from a date in parentheses after it, or from the date
// just before it when the weekday itself stands in parentheses.
func (s *scanner) weekdayByParenDate(i, k int) (res, bool) {
	wd := s.toks[i].cv
	if s.is(k, "(") {
		if r, ok := s.dayCore(k + 1); ok && int(r.v.t.Weekday()) == wd && s.is(r.end, ")") {
			return res{end: k, v: s.dayVal(r.v.t)}, true
		}
	}
	if s.is(i-1, "(") && s.lastEnd == i-1 && s.lastDay.g == gDay && s.lastDay.hh < 0 &&
		int(s.lastDay.t.Weekday()) == wd && s.is(k, ")") {
		return res{end: k, v: s.dayVal(s.lastDay.t)}, true
	}
	return res{}, false
}

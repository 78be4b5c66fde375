package dates

// A range of days that names its month once, after the last day: "from
// 2 to 5 June", "between 14 and 16 July", "2-5 June". The first day
// borrows the month and year of the last. Joined by a word, the two days
// are two expressions, as TimeML marks them; joined by a hyphen they are
// one, valued by its first day like "June 2-5" (parseMonth).

// dayRangeJoin holds the words that join the two days of a range.
var dayRangeJoin = map[string]bool{"to": true, "and": true, "through": true, "until": true, "till": true, "or": true}

// firstOfDayRange reads the first day of such a range at token i.
func (s *scanner) firstOfDayRange(i int) (res, bool) {
	t := s.tok(i)
	if t.kind != tkNum || t.nd > 2 || t.n < 1 || !isOrdSuffix(t.suf) || t.comma {
		return res{}, false
	}
	j := s.tok(i + 1)
	hyphen := j.lw == "-" && s.adj(i+1) && s.adj(i+2)
	if !hyphen && !dayRangeJoin[j.lw] {
		return res{}, false
	}
	if n := s.tok(i + 2); n.kind != tkNum || s.tok(i+3).cls != wMonth {
		return res{}, false // the later day must name the month right after it
	}
	r, ok := s.anchorDay(i + 2)
	if !ok || r.v.t.Day() <= t.n {
		return res{}, false
	}
	v := s.dayVal(r.v.t.AddDate(0, 0, t.n-r.v.t.Day()))
	if hyphen {
		return res{end: r.end, v: v}, true
	}
	return res{end: i + 1, v: v}, true
}

// rangeEndJoin holds the words before the end of a range whose start was
// just told ("from Monday to Thursday", "November through February").
var rangeEndJoin = map[string]bool{"to": true, "through": true, "until": true, "till": true, "-": true}

// runForward moves the end of a range at token i past its start when the
// two were resolved apart: each is placed on its own from the clause's
// tense, and "talks will run from Friday to Monday" would otherwise end
// before it begins. A weekday moves a week, a month or a day of a month
// without a year moves a year. Told in the past, the start would have to
// move back instead, and it has already been given out: the pair is left
// as resolved.
func (s *scanner) runForward(i int, r *res) {
	if i < 1 || s.lastEnd != i-1 || !rangeEndJoin[s.toks[i-1].lw] || s.lastDay.g != r.v.g || !r.v.t.Before(s.lastDay.t) {
		return
	}
	for k := i; k < r.end; k++ {
		if s.isYearNum(k) {
			return // the year is written: the range is as told
		}
	}
	if s.tense(i, r.end) < 0 {
		return
	}
	switch {
	case r.v.g == gDay && s.toks[i].cls == wWeekday:
		r.v.t = r.v.t.AddDate(0, 0, 7)
	case r.v.g == gDay || r.v.g == gMonth:
		r.v.t = r.v.t.AddDate(1, 0, 0)
	}
}

package dates

// ordinalOfMonth reads "first of March", "the twentieth of May" with the
// ordinal word at token k (after "the"): that day of the month, its year
// from the clause's tense like "March 1".
func (s *scanner) ordinalOfMonth(k int) (res, bool) {
	n := s.tok(k)
	if n.cls != wOrdinal || !s.is(k+1, "of") {
		return res{}, false
	}
	mt := s.tok(k + 2)
	if mt.cls != wMonth || !mt.cap {
		return res{}, false
	}
	e := k + 3
	y, e := s.trailingYear(e)
	if y == 0 {
		y = s.monthDayYear(mt.cv, n.cv, s.tense(k, e), n.sent)
	}
	if !validDay(y, mt.cv, n.cv) {
		return res{}, false
	}
	return res{end: e, v: s.dayVal(s.day(y, mt.cv, n.cv))}, true
}

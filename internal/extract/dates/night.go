package dates

// Nights and the hours around midnight, which straddle two days: "the
// night of 3 to 4 March", "the night between Saturday and Sunday",
// "overnight Tuesday", "the early hours of Friday", "late on Monday".
// TimeML writes a night as the evening it begins on ("2024-03-03TNI");
// a night named by both its days is resolved from the later one, the
// morning the report is usually written from, as the Russian "ночь на
// вторник" is (parse_ru.go).

// nightEndingOn is the night that ends on the day of r.
func (s *scanner) nightEndingOn(r res) res {
	v := s.dayVal(r.v.t.AddDate(0, 0, -1))
	v.part = pNI
	return res{end: r.end, v: v, typ: TypeTime}
}

// nightConnector holds the words between the two days of a night.
var nightConnector = map[string]bool{"to": true, "into": true, "and": true, "-": true}

// parseNight reads "night of|between|from ..." with "night" at token k
// (after "the").
func (s *scanner) parseNight(k int) (res, bool) {
	if !s.is(k, "night") {
		return res{}, false
	}
	switch s.tok(k + 1).lw {
	case "of", "between", "from":
	default:
		return res{}, false
	}
	a := k + 2
	if n := s.tok(a); n.kind == tkNum && n.nd <= 2 && nightConnector[s.tok(a+1).lw] {
		// "3 to 4 March", "3-4 March": the later day carries the month
		if r, ok := s.anchorDay(a + 2); ok && r.v.t.AddDate(0, 0, -1).Day() == n.n {
			return s.nightEndingOn(r), true
		}
		return res{}, false
	}
	first, ok := s.anchorDay(a)
	if !ok {
		return res{}, false
	}
	if nightConnector[s.tok(first.end).lw] {
		if r, ok := s.anchorDay(first.end + 1); ok && r.v.t.Sub(first.v.t) > 0 {
			return s.nightEndingOn(r), true
		}
	}
	if s.tok(k+1).lw != "of" {
		return res{}, false
	}
	first.v.part = pNI
	first.typ = TypeTime
	return first, true
}

// overnightDay reads the day after "overnight" at token k ("overnight
// Tuesday", "overnight on Friday"): the night of that day.
func (s *scanner) overnightDay(k int) (res, bool) {
	if s.is(k, "on") || s.is(k, "into") {
		k++
	}
	r, ok := s.dayCore(k)
	if !ok {
		return res{}, false
	}
	r.v.part = pNI
	r.typ = TypeTime
	return r, true
}

// smallHours reads "early|small|wee hours of <day>" at token k (after
// "the"): that day.
func (s *scanner) smallHours(k int) (res, bool) {
	switch s.tok(k).lw {
	case "early", "small", "wee":
	default:
		return res{}, false
	}
	if !s.is(k+1, "hours") || !s.is(k+2, "of") {
		return res{}, false
	}
	return s.dayCore(k + 3)
}

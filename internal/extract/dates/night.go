package dates

// Nights, which straddle two days: "the night of 3 to 4 March", "the
// night between Saturday and Sunday", "overnight Tuesday". A night or the
// hours around it named by one date ("the night of 3 March", "the early
// hours of Friday", "late on Monday") are left to that date, which
// TimeML marks alone and values as the day.
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
var nightConnector = map[string]bool{"to": true, "into": true, "and": true, "-": true, "/": true} // "12/13 March", as Pakistani bulletins write it

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
	// "the night of 3 March" is left to the date: TimeML marks the day
	// alone and values it as the day
	return res{}, false
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

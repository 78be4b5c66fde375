package dates

// Expressions that name their own anchor: "the day before Tuesday's
// vote", "two days after 3 March", "the week of 11 March", "the weekend
// of 1-2 June". The shift counts from the date written in the span, not
// from the DCT or the last date mentioned. A shift from an event ("two days after the attack")
// stays a duration: there is no date to count from.

// anchorDay reads a day-level date at token k that a span counts from.
func (s *scanner) anchorDay(k int) (res, bool) {
	if k >= len(s.toks) || !s.toks[k].start {
		return res{}, false
	}
	r, ok := s.parse(k)
	if !ok || r.v.g != gDay || r.v.hh >= 0 || r.v.part != 0 || r.v.fuzzy {
		return res{}, false
	}
	return r, true
}

// shiftFromDay reads "before|after <day>" at token k, for a shift of n
// units from i: the point n units from that day.
func (s *scanner) shiftFromDay(i, k, n, unit int) (res, bool) {
	sign := 0
	switch s.tok(k).lw {
	case "before":
		sign = -1
	case "after":
		sign = 1
	default:
		return res{}, false
	}
	r, ok := s.anchorDay(k + 1)
	if !ok {
		return res{}, false
	}
	return s.shifted(i, r.end, r.v.t, sign, n, unit)
}

// weekOfDay reads "the week of <day>" or "the weekend of <day>" with
// "week"/"weekend" at token k: the ISO week holding that day, or its
// weekend.
func (s *scanner) weekOfDay(k int) (res, bool) {
	if !s.is(k, "week") && !s.is(k, "weekend") || !s.is(k+1, "of") {
		return res{}, false
	}
	r, ok := s.anchorDay(k + 2)
	if !ok {
		return res{}, false
	}
	v := s.weekVal(r.v.t)
	if s.is(k, "weekend") {
		v.g = gWeekend
	}
	return res{end: r.end, v: v}, true
}

// unitBeforeAfter reads "the day before," / "the week after," with the
// unit at token k: one unit from the last date mentioned. Only with
// nothing after the signal: "the day before the vote" counts from an
// event whose date is not in the span.
func (s *scanner) unitBeforeAfter(i, k int) (res, bool) {
	u := s.tok(k)
	if u.cls == wPart && u.kind == tkWord {
		// "the night before,": that part of the day before
		switch s.tok(k + 1).lw {
		case "before", "after":
			if s.tok(k+2).kind == tkPunct {
				step := -1
				if s.is(k+1, "after") {
					step = 1
				}
				r, ok := s.anaphor(i, k+2, uDay, step)
				r.v.part = u.cv
				r.typ = TypeTime
				return r, ok
			}
		}
		return res{}, false
	}
	if u.cls != wUnit || u.lw[len(u.lw)-1] == 's' {
		return res{}, false
	}
	step := 0
	switch s.tok(k + 1).lw {
	case "before":
		step = -1
	case "after":
		step = 1
	default:
		return res{}, false
	}
	if s.tok(k+2).kind != tkPunct {
		return res{}, false
	}
	return s.anaphor(i, k+2, u.cv, step)
}

// vagueShift reads a bare plural unit before a shift, "days later",
// "weeks ago", "months earlier", at token i: an unspecified few units
// from the last date told (or the DCT for "ago"), at the coarser
// precision shifted gives a vague count.
func (s *scanner) vagueShift(i int) (res, bool) {
	u := s.toks[i]
	if u.cls != wUnit || u.lw[len(u.lw)-1] != 's' {
		return res{}, false
	}
	switch s.tok(i - 1).lw {
	case "the", "few", "several", "many", "some", "couple", "of":
		return res{}, false // counted elsewhere, or "the days after"
	}
	if p := s.tok(i - 1); p.kind == tkNum || p.cls == wNumWord {
		return res{}, false
	}
	ref, sign := s.refDay, -1
	switch s.tok(i + 1).lw {
	case "ago":
		ref = s.dct
	case "later":
		sign = 1
	case "earlier":
	default:
		return res{}, false
	}
	if ref.IsZero() {
		ref = s.dct
	}
	return s.shifted(i, i+2, ref, sign, -1, u.cv)
}

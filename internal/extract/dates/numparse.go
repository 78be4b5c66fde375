package dates

import "time"

// parseNum reads expressions that start with a number: numeric dates,
// clock times, "26 August", years, decades, "58" after "1957-", quantities.
// It also handles "noon"/"midnight" (clock words).
func (s *scanner) parseNum(i int) (res, bool) {
	if c, ok := s.parseClock(i); ok {
		return s.clockWithDay(i, c), true
	}
	t := &s.toks[i]
	if t.kind != tkNum {
		return res{}, false
	}
	if r, ok := s.numericDate(i); ok {
		return r, true
	}
	// day before month: "26 August 2013", "26th of August"
	if t.nd <= 2 && t.n >= 1 && t.n <= 31 && isOrdSuffix(t.suf) && !t.comma {
		k := i + 1
		if s.is(k, "of") {
			k++
		}
		if s.tok(k).cls == wHijri {
			return s.hijriDay(i, k)
		}
		if mt := s.tok(k); mt.cls == wMonth && mt.cap && !(mt.strict && !mt.sp) {
			// (a homograph month glued to its number is Pashto's
			// ordinal ending: "۵مه" is the fifth, not 5 May)
			m := mt.cv
			e := k + 1
			if !fullMonthWord(mt.lw) && s.is(e, ".") && s.adj(e) {
				e++
			}
			y, e := s.trailingYear(e)
			if y == 0 {
				y = s.monthDayYear(m, t.n, s.tense(i, e), t.sent)
			}
			if validDay(y, m, t.n) {
				return res{end: e, v: s.dayVal(s.day(y, m, t.n))}, true
			}
		}
	}
	// decades: 1990s, 1990's
	if t.nd == 4 && !t.comma && t.n >= 1000 && t.n <= 2090 && t.n%10 == 0 {
		if e, ok := s.russianDecade(i); ok {
			return res{end: e, v: val{g: gDecade, y: t.n, hh: -1}}, true
		}
		if t.suf == "s" {
			if t.n%100 == 0 && t.n < 2000 {
				// "the 1800s" is the century; "the 2000s" keeps its
				// usual reading, the decade
				return res{end: i + 1, v: val{g: gCentury, y: t.n, hh: -1}}, true
			}
			return res{end: i + 1, v: val{g: gDecade, y: t.n, hh: -1}}, true
		}
		if t.suf == "" && s.is(i+1, "'s") && s.adj(i+1) && s.tok(i+2).cls != wCountNoun {
			switch s.tok(i - 1).lw {
			case "the", "early", "late", "mid", "-":
				return res{end: i + 2, v: val{g: gDecade, y: t.n, hh: -1}}, true
			}
		}
	}
	// centuries "20th century" (the ordinal path)
	if t.nd <= 2 && t.suf != "" && isOrdSuffix(t.suf) {
		if r, ok := s.parseOrdinal(i, i); ok {
			return r, true
		}
	}
	if r, ok := s.firstOfDayRange(i); ok {
		return r, true
	}
	// "April 24 and 25", "March 3 or 4": a second day of the same month
	if t.nd <= 2 && t.n >= 1 && t.n <= 31 && isOrdSuffix(t.suf) && s.lastEnd == i-1 && s.lastDay.g == gDay &&
		(s.is(i-1, "and") || s.is(i-1, "or") || s.is(i-1, "to") || s.is(i-1, "through")) && s.tok(i+1).cls != wMonth {
		y, m, _ := s.lastDay.t.Date()
		if validDay(y, int(m), t.n) {
			return res{end: i + 1, v: s.dayVal(s.day(y, int(m), t.n))}, true
		}
	}
	if r, ok := s.pashtoYearMonthDay(i); ok {
		return r, true
	}
	if r, ok := s.hijriYearNum(i); ok {
		return r, true
	}
	if r, ok := s.parseShortDecade(i); ok {
		return r, true
	}
	if s.standaloneYear(i) {
		return res{end: s.yearWords(i + 1), v: s.yearVal(t.n)}, true
	}
	// second year of a range: 1957-58, 2012/13
	if t.nd == 2 && t.suf == "" && !t.sp && (s.is(i-1, "-") || s.is(i-1, "/") && s.splitYear(i-2)) && s.isYearNum(i-2) && s.adj(i-1) &&
		s.tok(i+1).kind != tkNum && !(s.is(i+1, "-") && s.adj(i+1)) {
		base := s.tok(i - 2).n
		y := century(base) + t.n
		if y <= base {
			y += 100
		}
		return res{end: i + 1, v: s.yearVal(y)}, true
	}
	return s.parseQuantity(i, i, 0)
}

// numericDate reads 2013-03-22, 22/03/2013, 03/22/2013, 22.03.2013.
func (s *scanner) numericDate(i int) (res, bool) {
	t := s.tok(i)
	sep := s.tok(i + 1)
	if !s.adj(i+1) || !s.adj(i+2) || !s.adj(i+3) || !s.adj(i+4) {
		return res{}, false
	}
	if sep.lw != "-" && sep.lw != "/" && sep.lw != "." {
		return res{}, false
	}
	a, b, c := t, s.tok(i+2), s.tok(i+4)
	if s.tok(i+3).lw != sep.lw || a.suf != "" || b.suf != "" || c.suf != "" || b.kind != tkNum || c.kind != tkNum || a.comma || b.comma || c.comma {
		return res{}, false
	}
	// trailing digits glued on (a phone number, an IP) spoil it
	if n := s.tok(i + 5); s.adj(i+5) && (n.kind == tkNum || (n.lw == sep.lw && s.tok(i+6).kind == tkNum && s.adj(i+6))) {
		return res{}, false
	}
	var y, m, d int
	switch {
	case a.nd == 4 && b.nd <= 2 && c.nd <= 2 && sep.lw != ".":
		y, m, d = a.n, b.n, c.n
	case a.nd <= 2 && b.nd <= 2 && (c.nd == 4 || c.nd == 2):
		y = c.n
		if c.nd == 2 {
			y = s.twoDigitYear(c.n)
		}
		// day-first or month-first: take whichever is valid; when both are,
		// the one nearer the DCT (not in the future), day-first on a tie
		df, mf := validDay(y, b.n, a.n), validDay(y, a.n, b.n)
		switch {
		case df && mf && a.n != b.n:
			t1, t2 := s.day(y, b.n, a.n), s.day(y, a.n, b.n)
			if dist(t2, s.dct) < dist(t1, s.dct) {
				m, d = a.n, b.n
			} else {
				m, d = b.n, a.n
			}
		case df:
			m, d = b.n, a.n
		case mf:
			m, d = a.n, b.n
		default:
			return res{}, false
		}
	default:
		return res{}, false
	}
	if y >= hijriMinYear && y <= hijriMaxYear {
		if t, ok := hijriDate(y, m, d, s.loc); ok {
			return res{end: i + 5, v: s.dayVal(t)}, true // "۱۴۰۳/۰۱/۰۱"
		}
		return res{}, false
	}
	if y < 1000 || !validDay(y, m, d) {
		return res{}, false
	}
	return res{end: i + 5, v: s.dayVal(s.day(y, m, d))}, true
}

// dist is how far t lies from dct, dates after the DCT counting triple.
func dist(t, dct time.Time) time.Duration {
	d := t.Sub(dct)
	if d < 0 {
		return -d
	}
	return 3 * d
}

type clock struct {
	hh, mm int
	end    int // token after the clock expression
	skip   int // token after a parenthetical conversion "(2230 GMT)", or 0
}

// parseClock reads 3:30, 3:30 p.m., 8 PM, 3pm, 15:00 GMT, 2230 GMT, noon, midnight.
// dotClock reports whether token e, a full stop between two numbers,
// separates hours from minutes, as British and South Asian copy writes
// them ("11.30 am"): only with a.m. or p.m. after, since "11.30" alone
// is as often a decimal.
func (s *scanner) dotClock(e int) bool {
	if !s.is(e, ".") {
		return false
	}
	m := s.tok(e + 1)
	return m.suf == "am" || m.suf == "pm" || s.tok(e+2).cls == wAmPm && s.tok(e+2).kind == tkWord
}

func (s *scanner) parseClock(i int) (clock, bool) {
	t := s.tok(i)
	c := clock{hh: -1}
	e := i + 1
	switch {
	case t.kind == tkWord:
		switch t.lw {
		case "noon", "midday":
			c.hh, c.mm = 12, 0
		case "midnight":
			c.hh, c.mm = 24, 0
		default:
			return c, false
		}
		c.end = e
		return c, true
	case t.kind != tkNum || t.comma:
		return c, false
	case t.nd <= 2 && t.suf == "" && (s.is(e, ":") || s.dotClock(e)) && s.adj(e) && s.tok(e+1).kind == tkNum && s.adj(e+1) && s.tok(e+1).nd == 2:
		c.hh, c.mm = t.n, s.tok(e+1).n
		suf := s.tok(e + 1).suf
		e += 2
		if c.hh > 24 || c.mm > 59 {
			return c, false
		}
		if s.is(e, ":") && s.adj(e) && s.tok(e+1).kind == tkNum && s.tok(e+1).nd == 2 {
			return c, false // 3:07:35 is a duration or a score
		}
		switch {
		case suf == "am" || suf == "pm":
			c.hh = ampm(c.hh, suf)
		case suf != "":
			return c, false
		case s.tok(e).cls == wAmPm && s.tok(e).kind == tkWord:
			c.hh = ampm(c.hh, s.tok(e).lw)
			e++
		}
	case t.nd <= 2 && (t.suf == "am" || t.suf == "pm") && t.n >= 1 && t.n <= 12:
		c.hh, c.mm = ampm(t.n, t.suf), 0
	case t.nd <= 2 && t.suf == "" && t.n >= 1 && t.n <= 12 && s.tok(e).cls == wAmPm && s.tok(e).kind == tkWord:
		c.hh, c.mm = ampm(t.n, s.tok(e).lw), 0
		e++
	case t.nd <= 2 && t.suf == "" && t.n >= 1 && t.n <= 12 && s.is(e, "in") && s.is(e+1, "the") && s.tok(e+2).cls == wPart:
		c.hh, c.mm = t.n, 0
	case t.nd == 4 && t.suf == "" && t.n/100 <= 23 && t.n%100 <= 59 && (s.tok(e).cls == wTZ || (s.tok(e).lw == "hrs" || s.tok(e).lw == "hours") && s.clockSignal(i) || s.is(e, "local") && s.is(e+1, "time") && !(s.is(e+2, "-") && s.adj(e+2))):
		c.hh, c.mm = t.n/100, t.n%100
	default:
		return c, false
	}
	// "4 in the morning", "8 in the evening"
	if c.hh >= 1 && c.hh <= 12 && e == i+1 && s.is(e, "in") && s.is(e+1, "the") && s.tok(e+2).cls == wPart {
		if p := s.tok(e + 2).cv; p != pMO && c.hh < 12 {
			c.hh += 12
		}
		e += 3
	}
	// time zone
	if z := s.tok(e); z.cls == wTZ && z.kind == tkWord {
		e++
		if (s.is(e, "+") || s.is(e, "-")) && s.adj(e) && s.tok(e+1).kind == tkNum && s.adj(e+1) {
			e += 2
		}
	} else if s.is(e, "local") && s.is(e+1, "time") {
		e += 2
	} else if s.is(e, "hrs") || s.is(e, "hours") && t.nd == 4 {
		e++
	}
	c.end = e
	// "3:30 a.m. (2230 GMT)": the conversion keeps the local date
	if s.is(e, "(") {
		if c2, ok := s.parseClock(e + 1); ok && s.is(c2.end, ")") {
			c.skip = c2.end + 1
		}
	}
	return c, true
}

func ampm(h int, w string) int {
	if w == "pm" && h < 12 {
		return h + 12
	}
	if w == "am" && h == 12 {
		return 0
	}
	return h
}

// clockWithDay attaches a clock time to a day named after it ("9 a.m.
// Tuesday", "15:00 GMT Saturday", "10 p.m. on Friday"), or else to the day
// clockRefDay (clockday.go) reads it on.
func (s *scanner) clockWithDay(i int, c clock) res {
	k := c.end
	if c.skip > 0 {
		k = c.skip
	}
	k2 := k
	if s.is(k2, "on") || s.is(k2, ",") {
		k2++
	}
	if r, ok := s.dayCore(k2); ok {
		r.v.hh, r.v.mm, r.v.part = c.hh, c.mm, 0
		r.typ = TypeTime
		return r
	}
	v := s.dayVal(s.clockRefDay(i, c.end, c.hh))
	v.hh, v.mm = c.hh, c.mm
	r := res{end: c.end, skip: c.skip, v: v, typ: TypeTime}
	return r
}

// dayCore reads a day-level expression: weekday, today/yesterday/tomorrow,
// month-day, day-month.
func (s *scanner) dayCore(k int) (res, bool) {
	t := s.tok(k)
	var r res
	var ok bool
	switch {
	case t.cls == wWeekday:
		r, ok = s.parseWeekday(k, 0)
	case t.cls == wRelDay:
		r, ok = s.parseWord(k)
	case t.cls == wMonth:
		r, ok = s.parseMonth(k, 0)
	case t.kind == tkNum && t.nd <= 2:
		r, ok = s.parseNum(k)
	}
	if ok && r.v.g == gDay && r.v.hh < 0 {
		return r, true
	}
	return res{}, false
}

// withClock extends a day expression with a following clock time:
// "Friday at 3 p.m.", "June 27, 10:30 GMT".
func (s *scanner) withClock(r res) res {
	if r.v.g != gDay || r.v.hh >= 0 {
		return r
	}
	if r.v.part != 0 {
		return r
	}
	k := r.end
	if s.is(k, ",") {
		k++
	}
	c, ok := s.parseClock(k)
	if !ok || s.tok(k).kind == tkWord {
		return r
	}
	r.v.hh, r.v.mm, r.v.part = c.hh, c.mm, 0
	r.typ = TypeTime
	r.end = c.end
	r.skip = c.skip
	return r
}

// clockSignal reports whether the word before token i makes "2300
// hours" a clock time rather than a count: "at", "until", "since",
// "before", "after", also with "about" or "around" between ("at about
// 0300 hours").
func (s *scanner) clockSignal(i int) bool {
	k := i - 1
	switch s.tok(k).lw {
	case "about", "around", "approximately", "roughly", "exactly", "precisely":
		k--
	}
	switch s.tok(k).lw {
	case "at", "until", "till", "since", "before", "after":
		return true
	}
	return false
}

func (s *scanner) tokSentAt(off int) int {
	// binary search the token starting at off
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[m].s < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(s.toks) {
		return s.toks[lo].sent
	}
	return -1
}

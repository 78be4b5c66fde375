package dates

import "github.com/sitrep/sitrep/internal/extract/count/script"

// Pashto constructions the English grammar has no counterpart for: the
// day after its month ("د حمل ۱۵مه", "د مارچ په ۱۵مه نېټه"), with its year
// before ("د ۱۴۰۳ کال د حمل ۱۵مه", "د ۱۴۰۲ کال په لړم کې"); a month inside
// "په ... کې" (in); the day named with "په ورځ/شپه" after
// it ("د دوشنبې په شپه": on Monday night); "تېر کال" (last year), whose
// "تېر" is spelt as the Persian month Tir; "سږکال" (this year).

// parsePashto reads the Pashto constructions that start at the foreign
// word i.
func (s *scanner) parsePashto(i int) (res, bool) {
	t := s.tok(i)
	switch {
	case (t.cls == wMonth || t.cls == wHijri) && s.raw(i-1) == "د":
		return s.pashtoMonthDay(i, 0)
	case (t.cls == wMonth || t.cls == wHijri && !pashtoWeakMonths[t.lw]) && s.raw(i-1) == "په" && s.raw(i+1) == "کی":
		return s.pashtoInMonth(i)
	case t.cls == wHijri && t.lw == "تیر" && s.pashtoUnit(i+1):
		return s.relAt(i, i+1, "last")
	case t.cls == wWeekday && s.raw(i+1) == "په":
		return s.pashtoWeekday(i)
	case t.lw == "سږکال":
		if v, ok := s.unitRel(uYear, 0, s.dct); ok {
			return res{end: i + 1, v: v}, true
		}
	}
	return res{}, false
}

// raw returns token k as script.Fold spells it, before any reading as
// an English word ("مخکې" is "مخکی", not "ago"); "" when it is no word.
func (s *scanner) raw(k int) string {
	t := s.tok(k)
	if t.kind != tkWord || !t.foreign {
		return ""
	}
	return script.Fold(s.text[t.s:t.e])
}

// pashtoUnit: a Pashto unit word at k ("کال", "اونۍ", "میاشت"); Persian
// "تیر ماه" is the month of Tir.
func (s *scanner) pashtoUnit(k int) bool {
	switch s.raw(k) {
	case "کال", "اونی", "اوونی", "میاشت":
		return true
	}
	return false
}

// pashtoMonthDay reads the day written after its month, which "د" (of)
// opens: "د حمل ۱۵مه", "د مارچ په ۱۵مه نېټه", "د کب میاشتې په ۳مه". y is
// the year written before ("د ۱۴۰۳ کال د ..."), 0 for none.
func (s *scanner) pashtoMonthDay(i, y int) (res, bool) {
	k := i + 1
	if r := s.raw(k); r == "میاشتی" || r == "میاشت" {
		k++
	}
	if s.raw(k) == "په" {
		k++
	}
	n := s.tok(k)
	if n.kind != tkNum || n.nd > 2 || n.n < 1 || n.n > 31 || n.suf != "" || n.comma {
		return s.pashtoMonthOnly(i, y)
	}
	d, m := n.n, s.tok(i).cv
	e := k + 1
	if r := s.raw(e); r == "مه" || r == "م" {
		e++ // the ordinal ending: "۱۵مه" is the 15th
	}
	if r := s.raw(e); r == "نیټه" || r == "نیټی" || r == "ورځ" {
		e++ // "نېټه": date; "۱۰مه ورځ": the tenth day
	}
	if s.tok(i).cls == wHijri {
		if y == 0 {
			y = s.hijriDayYear(m, d, s.tense(i, e))
		}
		t, ok := hijriDate(y, m, d, s.loc)
		if !ok {
			return res{}, false
		}
		return res{end: e, v: s.dayVal(t)}, true
	}
	if y == 0 {
		y = s.monthDayYear(m, d, s.tense(i, e), s.tok(i).sent)
	}
	if !validDay(y, m, d) {
		return res{}, false
	}
	return res{end: e, v: s.dayVal(s.day(y, m, d))}, true
}

// pashtoMonthOnly reads a month after "د" with no day, only when its year
// was written before it ("د ۱۴۰۳ کال د حمل میاشت"); without one the
// month word after it decides (monthWordAfter, in parseMonth and
// parseHijriMonth).
func (s *scanner) pashtoMonthOnly(i, y int) (res, bool) {
	if y == 0 {
		return res{}, false
	}
	m := s.tok(i).cv
	if s.tok(i).cls == wHijri {
		v, ok := s.hijriSpan(y, m)
		return res{end: s.monthWordEnd(i + 1), v: v}, ok
	}
	return res{end: s.monthWordEnd(i + 1), v: s.monthVal(y, m)}, true
}

// pashtoInMonth reads a month inside "په ... کې" (in): "په مارچ کې", "په
// لړم کې". The homograph months are left out: "په کب کې" is in the fish.
func (s *scanner) pashtoInMonth(i int) (res, bool) {
	t := s.tok(i)
	if t.cls == wHijri {
		y := s.hijriDayYear(t.cv, hijriMidMonth, s.tense(i, i+1))
		v, ok := s.hijriSpan(y, t.cv)
		return res{end: i + 1, v: v}, ok
	}
	y := s.monthDayYear(t.cv, 0, s.tense(i, i+1), t.sent)
	return res{end: i + 1, v: s.monthVal(y, t.cv)}, true
}

// pashtoYearMonthDay reads a year with its Pashto year word and the date
// after it, "۱۴۰۳ کال د حمل ۱۵مه", "د ۲۰۲۴ کال د مارچ ۱۵مه", as one
// expression at the year (token i).
func (s *scanner) pashtoYearMonthDay(i int) (res, bool) {
	t := s.tok(i)
	if t.nd != 4 || t.suf != "" || t.comma {
		return res{}, false
	}
	e := s.yearWords(i + 1)
	if r := s.raw(e); e == i+1 || r != "د" && r != "په" {
		return res{}, false
	}
	switch mt := s.tok(e + 1); {
	case mt.cls == wHijri && t.n >= hijriMinYear && t.n <= hijriMaxYear:
	case mt.cls == wMonth && s.isYearNum(i):
	default:
		return res{}, false
	}
	return s.pashtoMonthDay(e+1, t.n)
}

// monthWordAfter: Pashto names the month before its word, "د سلواغې
// میاشت", "د مارچ په میاشت کې" (in the month of March).
func (s *scanner) monthWordAfter(i int) bool {
	return s.monthWordEnd(i+1) > i+1
}

// monthWordEnd returns the token after the Pashto word for month that
// follows at k, with its "په"; k when there is none.
func (s *scanner) monthWordEnd(k int) int {
	j := k
	if s.raw(j) == "په" {
		j++
	}
	switch s.raw(j) {
	case "میاشت", "میاشتی":
		return j + 1
	}
	return k
}

// pashtoWeekday reads a weekday with "په ورځ" (on the day) or "په شپه"
// (on the night) after it: "د دوشنبې په ورځ", "د جمعې په شپه".
func (s *scanner) pashtoWeekday(i int) (res, bool) {
	r, ok := s.parseWeekday(i, 0)
	if !ok || r.end != i+1 {
		return r, ok
	}
	switch p := s.tok(i + 2); {
	case p.cls == wUnit && p.cv == uDay && p.foreign:
		r.end = i + 3
	case p.cls == wPart && p.foreign:
		r.v.part = p.cv
		r.typ = TypeTime
		r.end = i + 3
	}
	return r, true
}

// pashtoGoverned: an oblique weekday counts after the words that govern
// the oblique, the prepositions "د", "په", "له", "تر", "پر" and a
// determiner ("تېرې جمعې": last Friday).
func (s *scanner) pashtoGoverned(i int) bool {
	switch p := s.tok(i - 1); {
	case !p.foreign:
		return false
	case p.lw == "last" || p.lw == "next" || p.lw == "this" || p.lw == "current":
		return true
	}
	switch s.raw(i - 1) {
	case "د", "په", "له", "تر", "پر":
		return true
	}
	return false
}

package dates

// Persian constructions: the determiner after the noun ("هفته گذشته",
// "جمعه گذشته"), weekdays written as two words ("سه شنبه"), years and
// decades after their noun ("سال ۱۴۰۳", "دهه ۱۹۸۰") and the Solar Hijri
// calendar (solarhijri.go). Russian ones are in parse_ru.go.

// parseForeign reads the constructions of other languages (Persian here,
// Russian in parse_ru.go) that start at a word of theirs.
func (s *scanner) parseForeign(i int) (res, bool) {
	if r, ok := s.parsePashto(i); ok {
		return r, true
	}
	t := &s.toks[i]
	switch {
	case t.cls == wPart && t.cv == pNI && !uncased(s.text, t):
		if r, ok := s.nightBefore(i); ok {
			return r, true
		}
	case t.cls == wNumWord && t.cv >= 1 && t.cv <= maxShanbe && s.is(i+1, "saturday") && s.tok(i+1).foreign:
		// "سه شنبه": Sunday is "one-Saturday", Tuesday "three-Saturday"
		return s.weekdayAfter(i, i+2, t.cv-1)
	case t.cls == wUnit && (t.cv == uYear || t.cv == uDecade):
		if r, ok := s.yearAfterNoun(i); ok {
			return r, true
		}
	}
	switch s.tok(i + 1).lw {
	case "last", "next", "this", "current", "ago":
		if s.tok(i+1).foreign && !pashtoPreDets[s.raw(i+1)] {
			return s.postDet(i)
		}
	}
	return res{}, false
}

// maxShanbe: "پنج شنبه" (Thursday) is the last weekday counted from Saturday.
const maxShanbe = 5

// postDet reads a unit, part of day or month followed by its determiner:
// "هفته گذشته" (last week), "ماه آینده", "سال جاری", "شب گذشته", "هفته
// پیش" (a week ago: last week).
func (s *scanner) postDet(i int) (res, bool) {
	det := s.tok(i + 1).lw
	t := s.tok(i)
	if det == "ago" {
		if t.cls != wUnit {
			return res{}, false
		}
		return s.shifted(i, i+2, s.dct, -1, 1, t.cv)
	}
	r, ok := s.relAt(i, i, det)
	if ok && r.end <= i+1 {
		r.end = i + 2
	}
	return r, ok
}

// weekdayAfter resolves weekday wd whose name ends before token k, with
// an optional determiner after it ("جمعه گذشته": last Friday).
func (s *scanner) weekdayAfter(i, k, wd int) (res, bool) {
	dir := 0
	if n := s.tok(k); n.foreign {
		switch n.lw {
		case "last":
			dir = -2
		case "next":
			dir = 2
		}
	}
	end := k
	if dir != 0 {
		end++
	} else if dir = s.tense(i, k); dir == 0 {
		dir = -1
	}
	v := s.dayVal(s.weekday(wd, dir))
	typ := ""
	if p := s.tok(end); p.cls == wPart && p.kind == tkWord {
		v.part = p.cv
		typ = TypeTime
		end++
	}
	return res{end: end, v: v, typ: typ}, true
}

// yearAfterNoun reads "سال ۱۴۰۳" (a Solar Hijri year), "سال ۲۰۲۴" and
// "دهه ۱۹۸۰" (the 1980s).
func (s *scanner) yearAfterNoun(i int) (res, bool) {
	n := s.tok(i + 1)
	if n.kind != tkNum || n.nd != 4 || n.suf != "" || n.comma {
		return res{}, false
	}
	if s.tok(i).cv == uDecade {
		if !s.isYearNum(i+1) || n.n%10 != 0 || n.n < 1500 {
			return res{}, false
		}
		return res{end: i + 2, v: val{g: gDecade, y: n.n, hh: -1}}, true
	}
	if n.n >= hijriMinYear && n.n <= hijriMaxYear {
		v, ok := s.hijriSpan(n.n, 0)
		return res{end: s.yearWords(i + 2), v: v}, ok
	}
	if s.isYearNum(i + 1) {
		return res{end: s.yearWords(i + 2), v: s.yearVal(n.n)}, true
	}
	return res{}, false
}

// hijriYearNum reads a Solar Hijri year standing alone: four digits from
// 1300 to 1499 after a Persian word ("در ۱۴۰۲") or written in Persian
// digits, or followed by an era name ("۱۴۰۲ هجری شمسی").
func (s *scanner) hijriYearNum(i int) (res, bool) {
	t := s.tok(i)
	if t.nd != 4 || t.suf != "" || t.comma || t.n < hijriMinYear || t.n > hijriMaxYear {
		return res{}, false
	}
	era := uncased(s.text, s.tok(i+1)) && yearSuffix[s.tok(i+1).lw]
	if !era && !t.eastern && !uncased(s.text, s.tok(i-1)) {
		return res{}, false
	}
	e := s.yearWords(i + 1)
	if c := s.tok(e); c.cls == wCountNoun || c.kind == tkWord && c.foreign && c.cls == wUnit {
		return res{}, false // "۱۴۰۰ نفر": a count
	}
	if p := s.tok(i - 1); p.kind == tkNum || !t.sp && p.kind != tkWord {
		return res{}, false
	}
	v, ok := s.hijriSpan(t.n, 0)
	return res{end: e, v: v}, ok
}

// parseHijriMonth reads a Solar Hijri month with its year ("حمل ۱۴۰۳") or
// after the word for month ("ماه حمل").
func (s *scanner) parseHijriMonth(i int) (res, bool) {
	m := s.tok(i).cv
	if n := s.tok(i + 1); n.kind == tkNum && n.nd == 4 && n.n >= hijriMinYear && n.n <= hijriMaxYear {
		v, ok := s.hijriSpan(n.n, m)
		return res{end: s.yearWords(i + 2), v: v}, ok
	}
	if !s.monthWordBefore(i) && !s.monthWordAfter(i) {
		return res{}, false
	}
	y := s.hijriDayYear(m, hijriMidMonth, s.tense(i, i+1))
	v, ok := s.hijriSpan(y, m)
	return res{end: s.monthWordEnd(i + 1), v: v}, ok
}

// hijriMidMonth stands for a whole month when picking its year.
const hijriMidMonth = 15

// hijriDay reads "۱ حمل ۱۴۰۳", "۲۵ اسد": the day number at i, the month at k.
func (s *scanner) hijriDay(i, k int) (res, bool) {
	d, m := s.tok(i).n, s.tok(k).cv
	e := k + 1
	y := 0
	if n := s.tok(e); n.kind == tkNum && n.nd == 4 && n.suf == "" {
		y = n.n
		e = s.yearWords(e + 1)
	} else if pashtoWeakMonths[s.tok(k).lw] {
		return res{}, false // "۳ تله": three traps
	} else {
		y = s.hijriDayYear(m, d, s.tense(i, e))
	}
	t, ok := hijriDate(y, m, d, s.loc)
	if !ok {
		return res{}, false
	}
	return res{end: e, v: s.dayVal(t)}, true
}

// monthWordBefore: "ماه سپتامبر", "ماه حمل" (the month of ...).
func (s *scanner) monthWordBefore(i int) bool {
	p := s.tok(i - 1)
	return p.foreign && p.cls == wUnit && p.cv == uMonth
}

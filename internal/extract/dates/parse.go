package dates

import (
	"strconv"
	"time"
)

// parse tries to read one expression starting at token i.
func (s *scanner) parse(i int) (res, bool) {
	t := &s.toks[i]
	switch t.kind {
	case tkNum:
		return s.parseNum(i)
	case tkPunct:
		if t.lw == "'" && !s.quoteMark(i) { // '98, the '90s
			n := s.tok(i + 1)
			if s.adj(i+1) && n.kind == tkNum && n.nd == 2 {
				y := s.twoDigitYear(n.n)
				if n.suf == "s" && n.n%10 == 0 {
					return res{end: i + 2, v: val{g: gDecade, y: y, hh: -1}}, true
				}
				if n.suf == "" && s.tok(i+2).kind != tkNum {
					return res{end: i + 2, v: s.yearVal(y)}, true
				}
			}
		}
		return res{}, false
	}
	if r, ok := s.parseMod(i); ok {
		return r, true
	}
	if r, ok := s.parseWord(i); ok {
		return s.withClock(r), true
	}
	return res{}, false
}

// ---------------------------------------------------------------- modifiers

// parseMod reads "early/late/mid/earlier/later X", "the beginning/end/middle of X",
// "the first/second half of YEAR".
func (s *scanner) parseMod(i int) (res, bool) {
	t := &s.toks[i]
	mod, clip, j := "", 0, i+1
	switch t.lw {
	case "early":
		mod = "START"
	case "late":
		mod = "END"
	case "mid":
		mod = "MID"
		if s.is(j, "-") && s.adj(j) {
			j++
		}
	case "earlier":
		clip = -1
	case "later":
		clip = 1
	case "the", "at", "by", "until":
		k := i + 1
		if t.lw != "the" {
			if !s.is(k, "the") {
				return res{}, false
			}
			k++
		}
		switch s.tok(k).lw {
		case "beginning", "start":
			mod = "START"
		case "end":
			mod = "END"
		case "middle":
			mod = "MID"
		case "first", "second":
			if s.is(k+1, "half") && s.is(k+2, "of") {
				q := 1
				if s.tok(k).lw == "second" {
					q = 2
				}
				if r, ok := s.halfOfMonth(k+1, q); ok {
					return r, true
				}
				if s.isYearNum(k + 3) {
					return res{end: k + 4, v: val{g: gHalf, y: s.tok(k + 3).n, q: q, hh: -1}}, true
				}
				if y, e, ok := s.halfYear(i, k+3, q); ok {
					return res{end: e, v: val{g: gHalf, y: y, q: q, hh: -1}}, true
				}
			}
			return res{}, false
		default:
			return res{}, false
		}
		if !s.is(k+1, "of") {
			return res{}, false
		}
		j = k + 2
		lead := 0
		if t.lw != "the" {
			lead = 1 // the span starts at "the"
		}
		if u := j + 1; s.is(j, "the") && s.tok(u).cv == uYear && s.tok(u).cls == wUnit || s.is(j, "year") {
			// "the end of the year": this year, or last year when told in
			// the past tense and this year's end is still ahead
			if !s.is(j, "the") {
				u = j
			}
			y := s.dy
			if mod != "START" && s.tense(i, u+1) < 0 {
				y--
			}
			return res{end: u + 1, lead: lead, v: s.yearVal(y), mod: mod}, true
		}
		if lead > 0 {
			return res{}, false // "by the end of X": parsed from "the"
		}
		if r, ok := s.partOfUnit(i, j, mod); ok {
			return r, true
		}
	default:
		return res{}, false
	}
	if j >= len(s.toks) {
		return res{}, false
	}
	var r res
	var ok bool
	n := s.tok(j)
	switch {
	case clip != 0:
		// earlier/later this month, that day, today
		switch n.lw {
		case "this", "that", "today", "tonight":
			r, ok = s.parseWord(j)
		default:
			return res{}, false
		}
		if !ok || r.v.g == gDur || r.v.g == gRef {
			return res{}, false
		}
		r.v.clip = clip
		return r, true
	case n.kind == tkNum:
		r, ok = s.parseNum(j)
		if ok && (r.v.g == gYear || r.v.g == gDecade) && (t.lw == "mid" || mod != "") {
			r.mod = mod
			return r, true
		}
		return res{}, false
	default:
		r, ok = s.parseWord(j)
		if !ok {
			return res{}, false
		}
		switch r.v.g {
		case gMonth, gYear, gDecade, gCentury, gSeason, gQuarter, gWeek, gHalf:
			r.mod = mod
			return r, true
		case gDay:
			if r.v.hh < 0 && r.v.part == 0 && t.lw != "mid" {
				return r, true // "early Friday": the day
			}
		}
	}
	return res{}, false
}

// ---------------------------------------------------------------- words

func (s *scanner) parseWord(i int) (res, bool) {
	t := &s.toks[i]
	if t.foreign {
		if r, ok := s.parseForeign(i); ok {
			return r, true
		}
	}
	if t.lw == "second" {
		// "second-quarter": the ordinal, which the lexicon holds as a unit
		if r, ok := s.parseOrdinal(i, i); ok && r.v.g == gQuarter {
			return r, true
		}
	}
	if r, ok := s.vagueShift(i); ok {
		return r, true
	}
	switch t.cls {
	case wHijri:
		return s.parseHijriMonth(i)
	case wMonth:
		return s.parseMonth(i, 0)
	case wWeekday:
		return s.parseWeekday(i, 0)
	case wRelDay:
		if s.genericToday(i) {
			return res{end: i + 2, v: s.refVal("PRESENT_REF")}, true
		}
		j := i + 1
		d := s.dct.AddDate(0, 0, t.cv)
		v := s.dayVal(d)
		typ := ""
		if n := s.tok(j); n.cls == wPart && n.kind == tkWord {
			v.part = n.cv
			typ = TypeTime
			j++
		} else if s.is(j, "'s") {
			j++
		}
		return res{end: j, v: v, typ: typ}, true
	case wPresent:
		if s.is(i+1, "-") && s.adj(i+1) {
			return res{}, false // now-defunct
		}
		return res{end: i + 1, v: s.refVal("PRESENT_REF")}, true
	case wNumWord:
		return s.parseQuantity(i, i, 0)
	case wOrdinal:
		return s.parseOrdinal(i, i)
	case wSeason:
		// "summer 2012", "summer of 2012"
		k := i + 1
		if s.is(k, "of") {
			k++
		}
		if s.isYearNum(k) {
			return res{end: k + 1, v: val{g: gSeason, y: s.tok(k).n, q: t.cv, hh: -1}}, true
		}
		return res{}, false
	case wHoliday:
		return s.parseHoliday(i, i, 0)
	case wLunar:
		return s.parseLunar(i)
	case wVague:
		if t.lw == "several" || t.lw == "many" || t.lw == "few" {
			return s.parseQuantity(i, i, 0)
		}
		return res{}, false
	}
	switch t.lw {
	case "tonight":
		v := s.dayVal(s.dct)
		v.part = pNI
		return res{end: i + 1, v: v, typ: TypeTime}, true
	case "overnight":
		if n := s.tok(i + 1); n.kind == tkWord && !n.sp {
			return res{}, false
		}
		if r, ok := s.overnightDay(i + 1); ok {
			return r, true
		}
		v := s.dayVal(s.dct.AddDate(0, 0, -1))
		v.part = pNI
		return res{end: i + 1, v: v, typ: TypeTime}, true
	case "recently", "lately":
		return res{end: i + 1, v: s.refVal("PAST_REF")}, true
	case "this", "last", "next", "past", "coming", "previous", "current":
		if r, ok := s.parseThisTime(i); ok {
			return r, true
		}
		return s.parseRel(i, t.lw)
	case "the":
		return s.parseThe(i)
	case "that":
		return s.parseThat(i, i+1)
	case "a", "an", "one", "some":
		return s.parseQuantity(i, i, 0)
	case "at":
		switch {
		case s.is(i+1, "the") && s.is(i+2, "time"):
			return res{end: i + 3, v: s.refVal("PAST_REF")}, true
		case s.is(i+1, "present"):
			return res{end: i + 2, v: s.refVal("PRESENT_REF")}, true
		case s.is(i+1, "the") && s.is(i+2, "moment"):
			return res{end: i + 3, v: s.refVal("PRESENT_REF")}, true
		}
	case "these":
		if s.is(i+1, "days") {
			return res{end: i + 2, v: s.refVal("PRESENT_REF")}, true
		}
	case "every", "each":
		return s.parseSet(i)
	case "daily", "weekly", "monthly", "annually", "yearly":
		v := map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y"}[t.lw]
		return res{end: i + 1, v: val{g: gSet, ref: v, hh: -1}, typ: TypeSet}, true
	case "recent":
		if n := s.tok(i + 1); n.cls == wUnit && len(n.lw) > 1 && n.lw[len(n.lw)-1] == 's' {
			return res{end: i + 2, v: val{g: gDur, ref: durValue(-1, n.cv), hh: -1}, typ: TypeDuration}, true
		}
	case "fiscal", "fy":
		k := i + 1
		if t.lw == "fiscal" && s.is(k, "year") {
			k++
		}
		if s.isYearNum(k) {
			return res{end: k + 1, v: s.yearVal(s.tok(k).n)}, true
		}
		if t.lw == "fy" {
			return s.shortFiscal(k)
		}
	case "q":
		if n := s.tok(i + 1); s.adj(i+1) && n.kind == tkNum && n.nd == 1 && n.n >= 1 && n.n <= 4 && n.suf == "" {
			k := i + 2
			var y int
			if s.isYearNum(k) {
				y = s.tok(k).n
				k++
			} else {
				y = s.quarterYear(i, k, n.n)
			}
			return res{end: k, v: val{g: gQuarter, y: y, q: n.n, hh: -1}}, true
		}
	case "new":
		// New Year's Day / Eve
		if t.cap && s.is(i+1, "year") && s.is(i+2, "'s") {
			switch s.tok(i + 3).lw {
			case "day":
				return s.parseHoliday(i, i+3, hNewYearsDay)
			case "eve":
				return s.parseHoliday(i, i+3, hNewYearsEve)
			}
		}
	case "noon", "midday", "midnight":
		return s.parseNum(i)
	}
	return res{}, false
}

func (s *scanner) refVal(ref string) val {
	v := val{g: gRef, ref: ref, hh: -1}
	if ref == "PRESENT_REF" {
		v.rf, v.rt = s.dct, s.dct.AddDate(0, 0, 1)
	}
	return v
}

// mayMonth: capitalised "May" or "March" only count as months with a date
// context around them.
func (s *scanner) monthContext(i int) bool {
	switch s.tok(i - 1).lw {
	case "in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of", "from",
		"through", "during", "before", "after", "-", "and", "or", "between", "to", "end", "beginning", "start",
		"middle", "that", "each", "every", "on", "throughout", "for", "late-", "mid-", "early-", "around", "in-", "the":
		return true
	}
	return false
}

// fullMonthWord reports whether a month word is written in full, so
// that a full stop after it ends the sentence ("on 3 June.") rather than
// an abbreviation ("Aug.").
func fullMonthWord(lw string) bool {
	return len(lw) >= 5 || lw == "may" || lw == "june" || lw == "july"
}

// parseMonth reads "June", "June 27", "June 27, 2013", "June 2013", "Aug. 7".
// rel: 0 plain, -2 "last June", +2 "next June", 1 "this June".
func (s *scanner) parseMonth(i, rel int) (res, bool) {
	t := &s.toks[i]
	if !t.cap || t.strict && !s.monthWordBefore(i) && !s.monthWordAfter(i) && !s.isYearNum(i+1) {
		return res{}, false
	}
	m := t.cv
	k := i + 1
	full := fullMonthWord(t.lw)
	if !full {
		if s.is(k, ".") && s.adj(k) {
			k++
		} else if s.tok(k).kind != tkNum {
			return res{}, false
		}
	}
	n := s.tok(k)
	if n.kind == tkNum && !n.comma && n.sp {
		// day of month
		if n.nd <= 2 && n.n >= 1 && n.n <= 31 && isOrdSuffix(n.suf) && !(s.is(k+1, ":") && s.adj(k+1) && s.tok(k+2).kind == tkNum && s.adj(k+2)) &&
			!(s.is(k+1, "-") && s.adj(k+1) && s.tok(k+2).kind == tkWord) {
			d := n.n
			e := k + 1
			// optional "-27" range: keep the first day
			if s.is(e, "-") && s.adj(e) && s.tok(e+1).kind == tkNum && s.adj(e+1) && s.tok(e+1).nd <= 2 {
				e += 2
			}
			y, e := s.trailingYear(e)
			if y == 0 {
				y = s.monthDayYear(m, d, s.dirFor(i, e, rel), t.sent)
			}
			if !validDay(y, m, d) {
				return res{}, false
			}
			return res{end: e, v: s.dayVal(s.day(y, m, d))}, true
		}
		if s.isYearNum(k) {
			return res{end: k + 1, v: s.monthVal(n.n, m)}, true
		}
	}
	if s.is(k, "of") && s.isYearNum(k+1) {
		return res{end: k + 2, v: s.monthVal(s.tok(k+1).n, m)}, true
	}
	if (t.lw == "may" || t.lw == "march") && rel == 0 && !s.monthContext(i) {
		return res{}, false
	}
	if n.kind == tkWord && n.cap && n.cls == wNone && n.sp && rel == 0 && !s.monthContext(i) {
		return res{}, false // a name ("April Jones")
	}
	// "October this year", "April next year"
	if d := s.tok(k).lw; (d == "this" || d == "last" || d == "next") && s.is(k+1, "year") && rel == 0 {
		y := s.dy
		if d == "last" {
			y--
		} else if d == "next" {
			y++
		}
		return res{end: k + 2, v: s.monthVal(y, m)}, true
	}
	var y int
	switch rel {
	case -2: // last June
		y = s.dy
		if m >= s.dm {
			y--
		}
	case 2:
		y = s.dy
		if m <= s.dm {
			y++
		}
	case 1:
		y = s.dy
	default:
		y = s.monthDayYear(m, 0, s.dirFor(i, k, 0), t.sent)
	}
	return res{end: k, v: s.monthVal(y, m)}, true
}

// dirFor turns the clause's tense into a resolution direction.
func (s *scanner) dirFor(a, b, rel int) int {
	if rel != 0 {
		return rel
	}
	return s.tense(a, b)
}

// parseWeekday reads "Friday", "Friday's", "Friday night", "Wednesday, November 6".
// rel: 0 from tense, -2 last, +2 next, 1 this.
func (s *scanner) parseWeekday(i, rel int) (res, bool) {
	t := &s.toks[i]
	if !t.cap || t.strict && !s.pashtoGoverned(i) {
		return res{}, false
	}
	k := i + 1
	if len(t.lw) < 6 {
		if !s.is(k, ".") || !s.adj(k) {
			return res{}, false
		}
		k++
	}
	if r, ok := s.weekdayByParenDate(i, k); ok {
		return r, true
	}
	// explicit date after the weekday
	k2 := k
	if s.is(k2, ",") {
		k2++
	}
	if mt := s.tok(k2); mt.cls == wMonth && mt.cap {
		if r, ok := s.parseMonth(k2, 0); ok && r.v.g == gDay {
			// prefer the year in which the weekday matches
			if time.Weekday(t.cv) != r.v.t.Weekday() && r.end-k2 <= 3 {
				_, m, d := r.v.t.Date()
				for _, y := range []int{s.dy, s.dy - 1, s.dy + 1} {
					if validDay(y, int(m), d) && s.day(y, int(m), d).Weekday() == time.Weekday(t.cv) {
						r.v.t = s.day(y, int(m), d)
						break
					}
				}
			}
			r.end = max(r.end, k2+1)
			return r, true
		}
	}
	if nt := s.tok(k2); nt.kind == tkNum && nt.nd <= 2 && nt.n >= 1 && nt.n <= 31 && isOrdSuffix(nt.suf) {
		// "Friday 26 August"
		if mt := s.tok(k2 + 1); mt.cls == wMonth || (s.is(k2+1, "of") && s.tok(k2+2).cls == wMonth) {
			if r, ok := s.parseNum(k2); ok && r.v.g == gDay {
				return r, true
			}
		}
	}
	dir := rel
	if dir == 0 && s.is(k, "'s") && s.adj(k) {
		dir = -1 // "Friday's attack"
	}
	if dir == 0 {
		dir = s.tense(i, k)
		if dir == 0 {
			dir = -1
		}
	} else if dir == 1 { // "this Friday"
		dir = s.tense(i, k)
		if dir == 0 {
			dir = 1
		}
	}
	v := s.dayVal(s.weekday(t.cv, dir))
	if day, end, ok := s.weekdayOfWeek(t.cv, k); ok {
		v, k = s.dayVal(day), end // "Tuesday last week"
	}
	typ := ""
	if n := s.tok(k); n.cls == wPart && n.kind == tkWord {
		v.part = n.cv
		typ = TypeTime
		k++
	} else if s.is(k, "'s") && s.adj(k) {
		k++
	}
	return res{end: k, v: v, typ: typ}, true
}

// weekdayOfWeek reads, at k after weekday wd, the week it falls in: "of
// last week", "last week", "на прошлой неделе", "هفته گذشته" (the
// determiner after the noun); it returns that weekday of that week (weeks
// run Monday to Sunday) and the end of the phrase.
func (s *scanner) weekdayOfWeek(wd, k int) (time.Time, int, bool) {
	j := k
	if w := s.tok(j).lw; w == "of" || w == "on" || w == "in" || w == "на" {
		j++
	}
	isWeek := func(i int) bool { u := s.tok(i); return u.cls == wUnit && u.cv == uWeek && u.lw == "week" }
	det := ""
	switch {
	case isWeek(j + 1):
		det = s.tok(j).lw
	case isWeek(j):
		det = s.tok(j + 1).lw
	}
	// "the following week" counts from a day told, not from now
	step, ok := detSteps[det]
	if !ok || det == "following" {
		return time.Time{}, 0, false
	}
	end := j + 2
	base := s.dct.AddDate(0, 0, 7*step)
	monday := base.AddDate(0, 0, -((int(base.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, (wd+6)%7), end, true
}

// detSteps are how many units a relative determiner moves from now
// ("last week": -1).
var detSteps = map[string]int{"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1,
	"next": 1, "coming": 1, "following": 1}

// parseRel reads this/last/next/past/coming/previous/current + unit, weekday,
// month, season, part of day, quantity.
func (s *scanner) parseRel(i int, det string) (res, bool) {
	return s.relAt(i, i+1, det)
}

// relAt reads the unit, weekday, month... at k under the determiner det;
// the span starts at i (i == k when the determiner follows, as in Persian).
func (s *scanner) relAt(i, k int, det string) (res, bool) {
	n := s.tok(k)
	step := detSteps[det]
	if det == "this" && s.tok(i-1).lw == "the" {
		return res{}, false
	}
	switch n.cls {
	case wUnit:
		if len(n.lw) > 1 && n.lw[len(n.lw)-1] == 's' && n.cv != uDay {
			return res{}, false
		}
		if n.lw == "days" && !n.foreign {
			// "the coming days", "the past days": some days, not one
			// (a Russian genitive "дня" reads as "days" and is one day)
			return s.durationOnly(k+1, -1, uDay), step != 0
		}
		v, ok := s.unitRel(n.cv, step, s.dct)
		if !ok {
			return res{}, false
		}
		if n.cv == uWeekend {
			v = s.weekendRel(step, i, k+1)
		}
		return res{end: k + 1, v: v}, true
	case wWeekday:
		rel := 1
		if step < 0 {
			rel = -2
		} else if step > 0 {
			rel = 2
		}
		if det == "past" || det == "current" || det == "previous" || det == "coming" {
			return res{}, false
		}
		r, ok := s.parseWeekday(k, rel)
		if ok {
			r.v.fuzzy = false
		}
		return r, ok
	case wMonth:
		if det == "past" || det == "current" || det == "previous" || det == "coming" {
			return res{}, false
		}
		rel := 1
		if step < 0 {
			rel = -2
		} else if step > 0 {
			rel = 2
		}
		r, ok := s.parseMonth(k, rel)
		if ok && r.v.g == gDay {
			return res{}, false
		}
		return r, ok
	case wSeason:
		return res{end: k + 1, v: s.seasonRel(n.cv, step, k)}, true
	case wPart:
		switch {
		case det == "this" && n.cv != pNI:
			v := s.dayVal(s.dct)
			v.part = n.cv
			return res{end: k + 1, v: v, typ: TypeTime}, true
		case det == "last" && n.cv == pNI:
			v := s.dayVal(s.dct.AddDate(0, 0, -1))
			v.part = pNI
			return res{end: k + 1, v: v, typ: TypeTime}, true
		}
		return res{}, false
	case wHoliday:
		return s.parseHoliday(i, k, 0)
	case wNumWord, wVague:
		if det == "this" || det == "current" {
			return res{}, false
		}
		return s.parseQuantity(i, k, step)
	}
	if n.kind == tkNum && !n.comma && n.suf == "" && n.n > 0 && n.n < 1000 && det != "this" && det != "current" {
		return s.parseQuantity(i, k, step)
	}
	if n.lw == "fiscal" && s.is(k+1, "year") {
		v, _ := s.unitRel(uYear, step, s.dct)
		return res{end: k + 2, v: v}, true
	}
	if det == "this" && n.lw == "time" {
		return res{}, false
	}
	if det == "next" && n.lw == "few" { // "the next few months"
		return s.parseQuantity(i, k, step)
	}
	return res{}, false
}

// unitRel is the unit containing t shifted by step units.
func (s *scanner) unitRel(unit, step int, t time.Time) (val, bool) {
	switch unit {
	case uDay:
		return s.dayVal(t.AddDate(0, 0, step)), true
	case uWeek:
		return s.weekVal(t.AddDate(0, 0, 7*step)), true
	case uMonth:
		y, m, _ := t.Date()
		f := s.day(y, int(m), 1).AddDate(0, step, 0)
		return val{g: gMonth, t: f, hh: -1}, true
	case uQuarter:
		y, m, _ := t.Date()
		q := (int(m)-1)/3 + step
		y += floorDiv(q, 4)
		q = mod(q, 4)
		return val{g: gQuarter, y: y, q: q + 1, hh: -1}, true
	case uYear:
		return s.yearVal(t.Year() + step), true
	case uDecade:
		y := t.Year() - t.Year()%10 + 10*step
		return val{g: gDecade, y: y, hh: -1}, true
	case uCentury:
		y := century(t.Year()) + 100*step
		return val{g: gCentury, y: y, hh: -1}, true
	case uWeekend:
		return val{}, true
	}
	return val{}, false
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func mod(a, b int) int { return a - floorDiv(a, b)*b }

// weekendRel resolves "this/last/next weekend" and "the weekend".
func (s *scanner) weekendRel(step, a, b int) val {
	wd := int(s.dct.Weekday())
	// Monday of the DCT's week
	mon := s.dct.AddDate(0, 0, -((wd + 6) % 7))
	switch {
	case step < 0:
		if wd == 0 || wd == 6 {
			mon = mon.AddDate(0, 0, -7)
		} else {
			mon = mon.AddDate(0, 0, -7)
		}
	case step > 0:
		mon = mon.AddDate(0, 0, 7)
	default:
		// this/the weekend: the past one in a past-tense clause told on a
		// weekday ("killed at the weekend", told on a Thursday)
		if wd >= 1 && wd <= 5 && s.tense(a, b) < 0 {
			mon = mon.AddDate(0, 0, -7)
		}
	}
	return val{g: gWeekend, t: mon, hh: -1}
}

// seasonRel resolves "this/last/next summer" and "the summer".
func (s *scanner) seasonRel(season, step, k int) val {
	m := s.dm
	cy, cs := s.dy, 0
	switch {
	case m >= 3 && m <= 5:
		cs = 0
	case m >= 6 && m <= 8:
		cs = 1
	case m >= 9 && m <= 11:
		cs = 2
	case m == 12:
		cs = 3
	default:
		cs, cy = 3, s.dy-1
	}
	cur := cy*4 + cs
	var abs int
	switch step {
	case -1:
		abs = cur - 1
		for mod(abs, 4) != season {
			abs--
		}
	case 1:
		abs = cur + 1
		for mod(abs, 4) != season {
			abs++
		}
	default:
		// this summer: the one in the DCT's year (winter: the one starting in December)
		abs = s.dy*4 + season
		if season == 3 && m <= 2 {
			abs = (s.dy-1)*4 + season
		}
		if step == 0 && s.tok(k-1).lw == "the" {
			if d := s.tense(k-1, k+1); d < 0 && abs > cur {
				abs -= 4
			} else if d > 0 && abs < cur {
				abs += 4
			}
		}
	}
	return val{g: gSeason, y: floorDiv(abs, 4), q: mod(abs, 4), hh: -1}
}

// parseThe reads expressions introduced by "the".
func (s *scanner) parseThe(i int) (res, bool) {
	k := i + 1
	n := s.tok(k)
	if r, ok := s.weekOfDay(k); ok {
		return r, true
	}
	if r, ok := s.weekOfMonth(k); ok {
		return r, true
	}
	if r, ok := s.parseNight(k); ok {
		return r, true
	}
	if r, ok := s.parseDecadeWord(k); ok {
		return r, true
	}
	if r, ok := s.ordinalOfMonth(k); ok {
		return r, true
	}
	if r, ok := s.parseYearAgo(k); ok {
		return r, true
	}
	if r, ok := s.partOfRefDay(i, k); ok {
		return r, true
	}
	if n.lw == "day" {
		if r, ok := s.shiftFromDay(i, k+1, 1, uDay); ok {
			return r, true
		}
	}
	if r, ok := s.unitBeforeAfter(i, k); ok {
		return r, true
	}
	switch n.lw {
	case "past", "last":
		u := s.tok(k + 1)
		if u.cls == wUnit && u.lw[len(u.lw)-1] != 's' {
			switch u.cv {
			case uWeek, uMonth, uWeekend:
				r, ok := s.parseRel(k, "last")
				if ok {
					return res{end: r.end, v: r.v}, true
				}
			case uYear, uDecade, uCentury, uDay, uHour, uQuarter:
				v := val{g: gDur, ref: durValue(1, u.cv), hh: -1}
				v.rf, v.rt = s.back(1, u.cv), s.dct.AddDate(0, 0, 1)
				return res{end: k + 2, v: v, typ: TypeDuration}, true
			}
			return res{}, false
		}
		if n.lw == "past" && u.kind != tkNum && u.cls != wNumWord && u.cls != wVague && u.cls != wUnit {
			return res{end: k + 1, v: s.refVal("PAST_REF")}, true
		}
		return s.parseQuantity(i, k+1, -1)
	case "future":
		return res{end: k + 1, v: s.refVal("FUTURE_REF")}, true
	case "near", "foreseeable", "distant", "recent":
		if s.is(k+1, "future") {
			return res{end: k + 2, v: s.refVal("FUTURE_REF")}, true
		}
		if s.is(k+1, "past") {
			return res{end: k + 2, v: s.refVal("PAST_REF")}, true
		}
	case "next", "coming", "following", "previous", "preceding", "prior":
		u := s.tok(k + 1)
		if u.cls == wPart && n.lw != "coming" {
			// "the next morning": the day after the last date mentioned;
			// "the previous evening" the day before it
			step := 1
			if n.lw == "previous" || n.lw == "preceding" || n.lw == "prior" {
				step = -1
			}
			r, ok := s.anaphor(i, k+2, uDay, step)
			r.v.part = u.cv
			r.typ = TypeTime
			return r, ok
		}
		if u.cls == wUnit && u.lw[len(u.lw)-1] != 's' {
			step := 1
			if n.lw == "previous" || n.lw == "preceding" || n.lw == "prior" {
				step = -1
			}
			if n.lw == "coming" || (n.lw == "next" && u.cv != uDay) {
				if u.cv == uWeekend {
					return res{end: k + 2, v: s.weekendRel(1, i, k+2)}, true
				}
				v, ok := s.unitRel(u.cv, step, s.dct)
				return res{end: k + 2, v: v}, ok
			}
			// anaphoric: relative to the last date mentioned
			return s.anaphor(i, k+2, u.cv, step)
		}
		if n.lw == "next" || n.lw == "coming" || n.lw == "past" {
			return s.parseQuantity(i, k+1, 1)
		}
	case "same":
		u := s.tok(k + 1)
		if u.cls == wUnit && u.lw[len(u.lw)-1] != 's' {
			return s.anaphor(i, k+2, u.cv, 0)
		}
	case "current":
		u := s.tok(k + 1)
		if u.cls == wUnit && u.lw[len(u.lw)-1] != 's' {
			v, ok := s.unitRel(u.cv, 0, s.dct)
			return res{end: k + 2, v: v}, ok && u.cv != uWeekend
		}
	case "weekend":
		return res{end: k + 1, v: s.weekendRel(0, i, k+1)}, true
	}
	switch {
	case n.cls == wOrdinal, n.lw == "second":
		if r, ok := s.parseOrdinal(i, k); ok && r.v.g != gCentury {
			return r, true
		}
		return res{}, false
	case n.cls == wSeason:
		v := s.seasonRel(n.cv, 0, k)
		e := k + 1
		if s.is(e, "of") && s.isYearNum(e+1) {
			v = val{g: gSeason, y: s.tok(e + 1).n, q: n.cv, hh: -1}
			e += 2
		} else if n.lw == "fall" {
			return res{}, false
		}
		return res{end: e, v: v}, true
	case n.cls == wNumWord:
		return res{}, false
	}
	if n.kind == tkNum && n.nd <= 2 && isOrdSuffix(n.suf) && n.suf != "" {
		// "the 26th of August", "the 20th century"
		if s.is(k+1, "of") && s.tok(k+2).cls == wMonth {
			r, ok := s.parseNum(k)
			if ok {
				return r, true
			}
		}
		if r, ok := s.parseOrdinal(i, k); ok && r.v.g != gCentury {
			return r, true
		}
	}
	return res{}, false
}

// back is the DCT moved back by n units.
func (s *scanner) back(n, unit int) time.Time {
	switch unit {
	case uDay:
		return s.dct.AddDate(0, 0, -n)
	case uWeek:
		return s.dct.AddDate(0, 0, -7*n)
	case uFortnight:
		return s.dct.AddDate(0, 0, -14*n)
	case uMonth:
		return s.dct.AddDate(0, -n, 0)
	case uQuarter:
		return s.dct.AddDate(0, -3*n, 0)
	case uYear:
		return s.dct.AddDate(-n, 0, 0)
	case uDecade:
		return s.dct.AddDate(-10*n, 0, 0)
	case uCentury:
		return s.dct.AddDate(-100*n, 0, 0)
	}
	return s.dct
}

// anaphor resolves "the next day", "that week", "the same year" against the
// last date mentioned (the DCT when there is none).
func (s *scanner) anaphor(i, end, unit, step int) (res, bool) {
	ref := s.dct
	switch unit {
	case uDay, uWeek, uMonth:
		if unit == uDay && (s.lastDay.g == gMonth || s.lastDay.g == gWeek) {
			// "killed last October ... that same day": a day inside the
			// period last told, which is all that is known of it
			return res{end: end, v: s.lastDay}, true
		}
		if !s.refDay.IsZero() {
			ref = s.refDay
		}
	case uYear:
		if s.refYear != 0 {
			ref = s.day(s.refYear, 1, 1)
		}
	case uWeekend, uHour, uMinute, uSecond:
		return res{}, false
	}
	v, ok := s.unitRel(unit, step, ref)
	return res{end: end, v: v}, ok
}

// parseThat reads "that day", "that same day", "that week", "that year".
func (s *scanner) parseThat(i, k int) (res, bool) {
	if s.is(k, "same") {
		k++
	}
	u := s.tok(k)
	switch {
	case u.cls == wUnit && u.lw[len(u.lw)-1] != 's':
		if u.cv == uWeekend {
			return res{}, false
		}
		return s.anaphor(i, k+1, u.cv, 0)
	case u.cls == wPart:
		r, ok := s.anaphor(i, k+1, uDay, 0)
		r.v.part = u.cv
		r.typ = TypeTime
		return r, ok
	}
	return res{}, false
}

// quarterYear is the year of a quarter named without one: the quarter
// nearest the DCT in the tense of the clause around tokens [i, e).
func (s *scanner) quarterYear(i, e, q int) int {
	y := s.dy
	cq := (s.dm-1)/3 + 1
	switch d := s.tense(i, e); {
	case d < 0 && q > cq:
		y--
	case d > 0 && q < cq:
		y++
	}
	return y
}

// parseOrdinal reads "first quarter [of 2012]", "20th century", "first-quarter".
func (s *scanner) parseOrdinal(i, k int) (res, bool) {
	n := s.tok(k)
	ord := 0
	if n.cls == wOrdinal {
		ord = n.cv
	} else if n.lw == "second" {
		ord = 2 // the lexicon holds it as the unit; before a unit it counts
	} else if n.kind == tkNum && n.suf != "" && isOrdSuffix(n.suf) {
		ord = n.n
	} else {
		return res{}, false
	}
	u := k + 1
	if s.is(u, "-") && s.adj(u) {
		u++
	}
	ut := s.tok(u)
	if ut.cls != wUnit {
		return res{}, false
	}
	switch ut.cv {
	case uCentury:
		if ord < 1 || ord > 21 {
			return res{}, false
		}
		return res{end: u + 1, v: val{g: gCentury, y: (ord - 1) * 100, hh: -1}}, true
	case uQuarter:
		if ord < 1 || ord > 4 {
			return res{}, false
		}
		e := u + 1
		y := 0
		if s.is(e, "of") && s.isYearNum(e+1) {
			y = s.tok(e + 1).n
			e += 2
		} else if s.isYearNum(e) {
			y = s.tok(e).n
			e++
		} else {
			y = s.quarterYear(i, e, ord)
		}
		return res{end: e, v: val{g: gQuarter, y: y, q: ord, hh: -1}}, true
	}
	return res{}, false
}

// parseQuantity reads "two years", "a few days ago", "three-month",
// "the past two days", "the next five years". i is the span start, k the
// quantity; step -1/+1 anchors a duration before/after the DCT.
func (s *scanner) parseQuantity(i, k, step int) (res, bool) {
	n := -1 // vague
	t := s.tok(k)
	j := k + 1
	switch {
	case t.kind == tkNum:
		if t.suf != "" || t.n == 0 || s.quotedTitle(k) {
			return res{}, false
		}
		n = t.n
		if t.nd > 6 {
			return res{}, false
		}
	case t.cls == wNumWord:
		n = t.cv
		if n >= 20 && s.is(j, "-") && s.adj(j) && s.tok(j+1).cls == wNumWord && s.tok(j+1).cv < 10 {
			n += s.tok(j + 1).cv
			j += 2
		}
	case t.lw == "a" || t.lw == "an":
		n = 1
		switch s.tok(j).lw {
		case "few":
			n = -1
			j++
		case "couple":
			n = 2
			j++
			if s.is(j, "of") {
				j++
			}
		}
	case t.lw == "one":
		n = 1
	case t.lw == "few" || t.lw == "several" || t.lw == "many" || t.lw == "some":
		n = -1
	default:
		return res{}, false
	}
	hyph := false
	if s.is(j, "-") && s.adj(j) {
		j++
		hyph = true
	}
	u := s.tok(j)
	if u.cls != wUnit || u.kind != tkWord {
		return res{}, false
	}
	if t.lw == "some" && u.lw[len(u.lw)-1] != 's' {
		return res{}, false
	}
	if u.cv == uWeekend {
		return res{}, false
	}
	e := j + 1
	if hyph && (s.is(e, "-") || s.is(e, "old")) {
		return res{}, false // ages: 25-year-old
	}
	if s.is(e, "old") {
		return res{}, false
	}
	if u.cv == uSecond && (t.lw == "a" || t.lw == "an") && !hyph && s.ordinalSecond(e) {
		return res{}, false // "a second blast"
	}
	unit := u.cv
	switch s.tok(e).lw {
	case "ago", "earlier", "later", "before", "after":
		w := s.tok(e).lw
		if step != 0 {
			break
		}
		if (w == "before" || w == "after") && s.tok(e+1).kind != tkPunct {
			if r, ok := s.shiftFromDay(i, e, n, unit); ok {
				return r, true
			}
			break // "two days after the attack": a duration and a signal
		}
		var ref time.Time
		sign := -1
		switch w {
		case "ago":
			ref = s.dct
		default:
			ref = s.refDay
			if unit >= uMonth && s.refYear != 0 && (ref.IsZero() || ref.Year() != s.refYear) {
				ref = s.day(s.refYear, 1, 1)
			}
			later := w == "later" || w == "after"
			if ref.IsZero() {
				if later && s.tense(i, e+1) <= 0 {
					// "three days later, the town fell" with no day
					// told: counted from the DCT it would lie ahead of
					// the report, which only a future clause means; a
					// duration and a signal
					return s.durationOnly(e, n, unit), true
				}
				ref = s.dct
			}
			if later {
				sign = 1
			}
		}
		return s.shifted(i, e+1, ref, sign, n, unit)
	case "from":
		if s.is(e+1, "now") && step == 0 {
			return s.shifted(i, e+2, s.dct, 1, n, unit)
		}
	}
	if step == 0 {
		return s.durationOnly(e, n, unit), true
	}
	v := val{g: gDur, ref: durValue(n, unit), hh: -1}
	if n > 0 {
		if step < 0 {
			v.rf, v.rt = s.back(n, unit), s.dct.AddDate(0, 0, 1)
		} else {
			v.rf, v.rt = s.dct, s.back(-n, unit).AddDate(0, 0, 1)
		}
	}
	return res{end: e, v: v, typ: TypeDuration}, true
}

// durationOnly is n units ending before token e, anchored nowhere.
func (s *scanner) durationOnly(e, n, unit int) res {
	return res{end: e, v: val{g: gDur, ref: durValue(n, unit), hh: -1}, typ: TypeDuration}
}

// shifted is a point n units away from ref, at the unit's granularity.
func (s *scanner) shifted(i, end int, ref time.Time, sign, n, unit int) (res, bool) {
	fuzzy := n < 0
	if n < 0 {
		n = 3
	}
	if n > 5000 {
		return res{}, false
	}
	var v val
	switch unit {
	case uSecond, uMinute, uHour:
		v = s.dayVal(ref)
		if unit == uHour && n >= 12 && sign < 0 {
			v = s.dayVal(ref.AddDate(0, 0, -(n+12)/24))
		}
	case uDay:
		v = s.dayVal(ref.AddDate(0, 0, sign*n))
		if fuzzy {
			v = s.weekVal(ref.AddDate(0, 0, sign*n))
		}
	case uWeek, uFortnight:
		d := 7 * n
		if unit == uFortnight {
			d = 14 * n
		}
		v = s.weekVal(ref.AddDate(0, 0, sign*d))
		if fuzzy {
			v = val{g: gMonth, t: s.day(ref.AddDate(0, 0, sign*d).Year(), int(ref.AddDate(0, 0, sign*d).Month()), 1), hh: -1}
		}
	case uMonth:
		if fuzzy {
			v = s.refVal(map[bool]string{true: "PAST_REF", false: "FUTURE_REF"}[sign < 0])
			break
		}
		t := ref.AddDate(0, sign*n, 0)
		v = s.monthVal(t.Year(), int(t.Month()))
	case uQuarter:
		v, _ = s.unitRel(uQuarter, sign*n, ref)
	case uYear:
		if fuzzy {
			v = s.refVal(map[bool]string{true: "PAST_REF", false: "FUTURE_REF"}[sign < 0])
			break
		}
		v = s.yearVal(ref.Year() + sign*n)
	case uDecade:
		if fuzzy {
			v = s.refVal(map[bool]string{true: "PAST_REF", false: "FUTURE_REF"}[sign < 0])
			break
		}
		v = s.yearVal(ref.Year() + sign*10*n)
	case uCentury:
		if fuzzy {
			v = s.refVal("PAST_REF")
			break
		}
		v = val{g: gCentury, y: century(ref.Year()) + sign*100*n, hh: -1}
	default:
		return res{}, false
	}
	v.fuzzy = fuzzy && unit == uDay
	return res{end: end, v: v}, true
}

// durValue is the ISO 8601 duration for n units (n < 0: unspecified "X").
func durValue(n, unit int) string {
	q := "X"
	if n >= 0 {
		q = strconv.Itoa(n)
	}
	switch unit {
	case uSecond:
		return "PT" + q + "S"
	case uMinute:
		return "PT" + q + "M"
	case uHour:
		return "PT" + q + "H"
	case uDay:
		return "P" + q + "D"
	case uWeek:
		return "P" + q + "W"
	case uFortnight:
		if n >= 0 {
			return "P" + strconv.Itoa(2*n) + "W"
		}
		return "PXW"
	case uMonth:
		return "P" + q + "M"
	case uQuarter:
		if n >= 0 {
			return "P" + strconv.Itoa(3*n) + "M"
		}
		return "PXM"
	case uYear:
		return "P" + q + "Y"
	case uDecade:
		if n >= 0 {
			return "P" + strconv.Itoa(10*n) + "Y"
		}
		return "PXDE"
	case uCentury:
		if n >= 0 {
			return "P" + strconv.Itoa(100*n) + "Y"
		}
		return "PXCE"
	}
	return "PX"
}

// parseSet reads "every day", "each week", "every Friday", "every morning".
func (s *scanner) parseSet(i int) (res, bool) {
	n := s.tok(i + 1)
	var v string
	switch n.cls {
	case wUnit:
		if n.lw[len(n.lw)-1] == 's' {
			return res{}, false
		}
		v = durValue(1, n.cv)
	case wWeekday:
		v = "XXXX-WXX-" + strconv.Itoa((n.cv+6)%7+1)
	case wPart:
		v = "XXXX-XX-XXT" + partCode[n.cv]
	case wMonth:
		if !n.cap {
			return res{}, false
		}
		v = "XXXX-" + twoDigits(n.cv)
	default:
		return res{}, false
	}
	return res{end: i + 2, v: val{g: gSet, ref: v, hh: -1}, typ: TypeSet}, true
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// parseHoliday reads Christmas (Day/Eve), Easter (Sunday), Thanksgiving (Day),
// New Year's Day/Eve. i is the span start, k the holiday word (for New Year's,
// k is "day"/"eve" and h is given).
func (s *scanner) parseHoliday(i, k, h int) (res, bool) {
	rel := 0
	switch s.tok(i).lw {
	case "last":
		rel = -2
	case "next":
		rel = 2
	case "this":
		rel = 1
	}
	e := k + 1
	if h == 0 {
		t := s.tok(k)
		if !t.cap {
			return res{}, false
		}
		h = t.cv
		switch s.tok(e).lw {
		case "day", "sunday":
			e++
		case "eve":
			if h == hChristmas {
				h = hChristmasEve
				e++
			}
		}
	}
	date := func(y int) time.Time {
		switch h {
		case hChristmas:
			return s.day(y, 12, 25)
		case hChristmasEve:
			return s.day(y, 12, 24)
		case hNewYearsDay:
			return s.day(y, 1, 1)
		case hNewYearsEve:
			return s.day(y, 12, 31)
		case hEaster:
			return easter(y, s.loc)
		case hThanksgiving:
			d := s.day(y, 11, 1)
			off := (int(time.Thursday) - int(d.Weekday()) + 7) % 7
			return d.AddDate(0, 0, off+21)
		}
		return s.dct
	}
	// "Christmas week", "the Eid week": the ISO week holding the
	// holiday; it has begun when its Monday has passed, so the tense is
	// read against that Monday
	week := s.is(e, "week")
	start := func(y int) time.Time {
		d := date(y)
		if week {
			d = d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
		}
		return d
	}
	if week {
		e++
	}
	y := 0
	if s.isYearNum(e) {
		y = s.tok(e).n
		e++
	} else {
		dir := rel
		if dir == 0 {
			dir = s.tense(i, e)
		}
		this := start(s.dy)
		switch {
		case dir < 0 && this.After(s.dct), dir == -2 && !this.Before(s.dct):
			y = s.dy - 1
		case dir > 0 && this.Before(s.dct), dir == 2 && !this.After(s.dct):
			y = s.dy + 1
		default:
			y = s.dy
			if dir == 0 {
				if d := this.Sub(s.dct).Hours() / 24; d > 183 {
					y--
				} else if d < -183 {
					y++
				}
			}
		}
	}
	if week {
		return res{end: e, v: s.weekVal(date(y))}, true
	}
	return res{end: e, v: s.dayVal(date(y))}, true
}

// easter is Easter Sunday (Gregorian, anonymous algorithm).
func easter(y int, loc *time.Location) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, loc)
}

package dates

import "time"

// The Islamic (lunar Hijri) calendar's month of fasting and its feasts,
// by the tabular calendar: the observed start, fixed by sighting the
// moon, may differ by a day or two, so a feast day is reported at week
// precision ("fuzzy") and Ramadan keeps its exact tabular range, named
// by the Gregorian month holding most of it (as solarhijri.go does).

const (
	lRamadan = iota
	lEid
	lAshura
)

// lunarEpoch is the Julian day number of 1 Muharram 1 AH (16 July 622,
// Julian calendar), the civil epoch of the tabular calendar.
const lunarEpoch = 1948440

// unixJDN is the Julian day number of 1 January 1970.
const unixJDN = 2440588

// lunarJDN is the Julian day number of day d of month m (1–12) of
// lunar Hijri year y: months alternate 30 and 29 days, and 11 years in
// 30 add a day to the last month.
func lunarJDN(y, m, d int) int {
	return d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + lunarEpoch - 1
}

// lunarDate is that day in the Gregorian calendar.
func lunarDate(y, m, d int, loc *time.Location) time.Time {
	return time.Date(1970, 1, 1+lunarJDN(y, m, d)-unixJDN, 0, 0, 0, 0, loc)
}

// lunarYearOf is the lunar Hijri year holding t.
func lunarYearOf(t time.Time) int {
	jdn := int(t.Unix()/86400) + unixJDN
	y := (30*(jdn-lunarEpoch)+10646)/10631 - 1
	for lunarJDN(y+1, 1, 1) <= jdn {
		y++
	}
	for y > 1 && lunarJDN(y, 1, 1) > jdn {
		y--
	}
	return y
}

// lunarFeast is the month and day a lunar word names, with the length
// in days; ok is false for "eid" without its name.
func (s *scanner) lunarFeast(i int) (m, d, days, end int, ok bool) {
	switch s.toks[i].cv {
	case lRamadan:
		return 9, 1, 0, i + 1, true
	case lAshura:
		return 1, 10, 1, i + 1, true
	}
	// "Eid al-Fitr", "Eid ul-Adha", "Eid-ul-Azha", "Eid el-Kebir"
	k := i + 1
	for n := 0; n < 3 && (s.is(k, "al") || s.is(k, "ul") || s.is(k, "el") || s.is(k, "-")); n++ {
		k++
	}
	switch s.tok(k).lw {
	case "fitr", "fitri":
		return 10, 1, 1, k + 1, true
	case "adha", "azha", "kebir", "kabir":
		return 12, 10, 1, k + 1, true
	}
	return 0, 0, 0, 0, false
}

// parseLunar reads Ramadan, Ashura and the two Eids, with an optional
// year after them; without one, the occurrence the clause's tense
// points to, as for a month name.
func (s *scanner) parseLunar(i int) (res, bool) {
	if !s.toks[i].cap {
		return res{}, false
	}
	m, d, days, e, ok := s.lunarFeast(i)
	if !ok {
		return res{}, false
	}
	var start time.Time
	if s.isYearNum(e) {
		// a Gregorian year: the occurrence starting in it
		y := s.tok(e).n
		hy := lunarYearOf(s.day(y, 1, 1))
		start = lunarDate(hy, m, d, s.loc)
		if start.Year() < y {
			start = lunarDate(hy+1, m, d, s.loc)
		}
		e++
	} else {
		hy := lunarYearOf(s.dct)
		start = lunarDate(hy, m, d, s.loc)
		diff := start.Sub(s.dct).Hours() / 24
		switch dir := s.tense(i, e); {
		case dir < 0 && diff > 0:
			// told in the past and not yet begun: last year's
			start = lunarDate(hy-1, m, d, s.loc)
		case dir > 0 && diff < -29:
			start = lunarDate(hy+1, m, d, s.loc)
		case dir == 0 && diff > untensedAheadDays:
			start = lunarDate(hy-1, m, d, s.loc)
		case dir == 0 && diff < untensedAheadDays-354:
			start = lunarDate(hy+1, m, d, s.loc)
		}
	}
	if days > 0 {
		v := s.dayVal(start)
		v.fuzzy = true
		return res{end: e, v: v}, true
	}
	hy := lunarYearOf(start)
	to := lunarDate(hy, m+1, 1, s.loc)
	mid := start.Add(to.Sub(start) / 2)
	v := val{g: gSpan, hh: -1, rf: start, rt: to, spanOf: gMonth}
	name := s.monthVal(mid.Year(), int(mid.Month()))
	v.ref = name.format()
	return res{end: e, v: v}, true
}

package dates

// "This time last year", "at this time last month", "this time a year
// ago": the same point of the calendar one unit back. It is a comparison,
// not a date told to the day, so it is named one granularity finer than
// the unit it steps back (a year back: the DCT's month of that year).

// thisTimeFiner is the granularity "this time last <unit>" is named at.
var thisTimeFiner = map[int]gran{uYear: gMonth, uMonth: gWeek, uWeek: gDay}

// parseThisTime reads "this time last <unit>" or "this time a <unit>
// ago" with "this" at token i.
func (s *scanner) parseThisTime(i int) (res, bool) {
	if !s.is(i, "this") || !s.is(i+1, "time") {
		return res{}, false
	}
	k, e := i+3, i+4
	switch s.tok(i + 2).lw {
	case "last":
	case "a", "one":
		if !s.is(i+4, "ago") {
			return res{}, false
		}
		e++
	default:
		return res{}, false
	}
	u := s.tok(k)
	g, ok := thisTimeFiner[u.cv]
	if u.cls != wUnit || !ok || u.lw[len(u.lw)-1] == 's' {
		return res{}, false
	}
	var t = s.dct
	switch u.cv {
	case uYear:
		t = t.AddDate(-1, 0, 0)
	case uMonth:
		t = t.AddDate(0, -1, 0)
	case uWeek:
		t = t.AddDate(0, 0, -7)
	}
	var v val
	switch g {
	case gMonth:
		v = s.monthVal(t.Year(), int(t.Month()))
	case gWeek:
		v = s.weekVal(t)
	default:
		v = s.dayVal(t)
	}
	return res{end: e, v: v}, true
}

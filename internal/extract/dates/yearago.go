package dates

// The period a year before the one just told, as business and economic
// reports compare: "the year-earlier quarter", "the year-ago period",
// "the year-earlier month". It counts from the last period mentioned;
// with none, from the last complete quarter or the DCT's month or year.

// parseYearAgo reads "year-earlier|year-ago <unit>" at token k (after
// "the").
func (s *scanner) parseYearAgo(k int) (res, bool) {
	if !s.is(k, "year") || !s.is(k+1, "-") || !s.adj(k+1) || !s.adj(k+2) {
		return res{}, false
	}
	switch s.tok(k + 2).lw {
	case "earlier", "ago":
	default:
		return res{}, false
	}
	u := s.tok(k + 3)
	last := s.lastDay
	if s.agoEnd > 0 && s.agoEnd == s.lastEnd {
		// a second comparison ("... and from the year-ago period")
		// counts from the same period as the first
		last = unshiftYear(last)
	}
	var v val
	switch {
	case u.lw == "quarter" || u.lw == "period" && last.g == gQuarter:
		if last.g == gQuarter {
			v = val{g: gQuarter, y: last.y - 1, q: last.q, hh: -1}
		} else {
			// the quarter a report tells is the last one complete
			q := (s.dm-1)/3 - 1
			y := s.dy - 1
			if q < 0 {
				q, y = 3, y-1
			}
			v = val{g: gQuarter, y: y, q: q + 1, hh: -1}
		}
	case u.lw == "month" || u.lw == "period" && last.g == gMonth:
		t := s.dct
		if last.g == gMonth {
			t = last.t
		}
		v = s.monthVal(t.Year()-1, int(t.Month()))
	case u.lw == "year" || u.lw == "period":
		y := s.dy
		if last.g == gYear {
			y = last.t.Year()
		}
		v = s.yearVal(y - 1)
	default:
		return res{}, false
	}
	s.agoEnd = k + 4
	return res{end: k + 4, v: v}, true
}

// unshiftYear is v a year later: the period a year-earlier one was
// compared with.
func unshiftYear(v val) val {
	switch v.g {
	case gQuarter:
		v.y++
	case gMonth, gYear:
		v.t = v.t.AddDate(1, 0, 0)
	}
	return v
}

package dates

import (
	"time"
)

type gran uint8

const (
	gNone gran = iota
	gDay
	gWeek
	gWeekend
	gMonth
	gQuarter
	gHalf
	gSeason
	gYear
	gDecade
	gCentury
	gRef // PRESENT_REF, PAST_REF, FUTURE_REF
	gDur
	gSet
	gSpan // a calendar range that is no Gregorian unit (a Hijri month or year): rf..rt, named by ref
)

// val is a resolved temporal value before formatting.
type val struct {
	g      gran
	t      time.Time // first day of the period (day, week, weekend, month, year)
	y, q   int       // year (quarter, half, season, decade start, century start) and index
	part   int       // part of day (pMO...) for gDay
	hh     int       // clock hour, -1 if none
	mm     int       // clock minute
	ref    string    // PRESENT_REF / PAST_REF / FUTURE_REF / duration or set value
	clip   int       // -1: "earlier this X" (up to the DCT), +1: "later this X" (from the DCT)
	rf     time.Time // explicit range for anchored durations and refs
	rt     time.Time
	fuzzy  bool // approximate ("a few days ago")
	spanOf gran // gSpan: the granularity it is reported at (gMonth, gYear)
}

var seasonCode = [...]string{"SP", "SU", "FA", "WI"}

// pad appends n in decimal, zero-padded to w digits.
func pad(b []byte, n, w int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	for len(d)-i < w && i > 0 {
		i--
		d[i] = '0'
	}
	return append(b, d[i:]...)
}

// format renders the TimeML value.
func (v *val) format() string {
	var b [24]byte
	o := b[:0]
	switch v.g {
	case gDay:
		y, m, d := v.t.Date()
		o = pad(o, y, 4)
		o = append(o, '-')
		o = pad(o, int(m), 2)
		o = append(o, '-')
		o = pad(o, d, 2)
		if v.hh >= 0 {
			o = append(o, 'T')
			o = pad(o, v.hh, 2)
			o = append(o, ':')
			o = pad(o, v.mm, 2)
		} else if v.part > 0 {
			o = append(o, 'T')
			o = append(o, partCode[v.part]...)
		}
	case gWeek, gWeekend:
		y, w := v.t.ISOWeek()
		o = pad(o, y, 4)
		o = append(o, '-', 'W')
		o = pad(o, w, 2)
		if v.g == gWeekend {
			o = append(o, "-WE"...)
		}
	case gMonth:
		o = pad(o, v.t.Year(), 4)
		o = append(o, '-')
		o = pad(o, int(v.t.Month()), 2)
	case gQuarter:
		o = pad(o, v.y, 4)
		o = append(o, '-', 'Q', byte('0'+v.q))
	case gHalf:
		o = pad(o, v.y, 4)
		o = append(o, '-', 'H', byte('0'+v.q))
	case gSeason:
		o = pad(o, v.y, 4)
		o = append(o, '-')
		o = append(o, seasonCode[v.q&3]...)
	case gYear:
		o = pad(o, v.t.Year(), 4)
	case gDecade:
		o = pad(o, v.y/10, 3)
	case gCentury:
		o = pad(o, v.y/100, 2)
	default:
		return v.ref
	}
	return string(o)
}

func (v *val) precision() Precision {
	switch v.g {
	case gDay:
		return Day
	case gWeek, gWeekend:
		return Week
	case gMonth:
		return Month
	case gQuarter, gHalf:
		return Quarter
	case gSeason:
		return Season
	case gYear:
		return Year
	case gDecade:
		return Decade
	case gCentury:
		return Century
	case gSpan:
		return (&val{g: v.spanOf}).precision()
	}
	return Unknown
}

// span returns the calendar range of the value (before mods and clipping).
func (v *val) span(loc *time.Location) (from, to time.Time) {
	switch v.g {
	case gDay:
		return v.t, v.t.AddDate(0, 0, 1)
	case gWeek:
		return v.t, v.t.AddDate(0, 0, 7)
	case gWeekend:
		return v.t.AddDate(0, 0, 5), v.t.AddDate(0, 0, 7)
	case gMonth:
		return v.t, v.t.AddDate(0, 1, 0)
	case gQuarter:
		f := time.Date(v.y, time.Month(3*(v.q-1)+1), 1, 0, 0, 0, 0, loc)
		return f, f.AddDate(0, 3, 0)
	case gHalf:
		f := time.Date(v.y, time.Month(6*(v.q-1)+1), 1, 0, 0, 0, 0, loc)
		return f, f.AddDate(0, 6, 0)
	case gSeason:
		// SP Mar–May, SU Jun–Aug, FA Sep–Nov, WI Dec–Feb (WI of Y starts in December of Y)
		f := time.Date(v.y, time.Month(3+3*(v.q&3)), 1, 0, 0, 0, 0, loc)
		return f, f.AddDate(0, 3, 0)
	case gYear:
		return v.t, v.t.AddDate(1, 0, 0)
	case gDecade:
		f := time.Date(v.y, 1, 1, 0, 0, 0, 0, loc)
		return f, f.AddDate(10, 0, 0)
	case gCentury:
		f := time.Date(v.y, 1, 1, 0, 0, 0, 0, loc)
		return f, f.AddDate(100, 0, 0)
	}
	return v.rf, v.rt
}

// narrow applies a START/MID/END mod: the corresponding third of the range.
func narrow(from, to time.Time, mod string) (time.Time, time.Time) {
	days := int(to.Sub(from).Hours()/24 + 0.5)
	if days < 3 {
		return from, to
	}
	third := days / 3
	switch mod {
	case "START":
		return from, from.AddDate(0, 0, third)
	case "MID":
		return from.AddDate(0, 0, third), to.AddDate(0, 0, -third)
	case "END":
		return to.AddDate(0, 0, -third), to
	}
	return from, to
}

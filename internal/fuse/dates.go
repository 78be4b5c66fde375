package fuse

import (
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

// Date slack, in days, between the periods of two mentions.
const (
	slackDay   = 1 // both day-precise
	slackWeek  = 4 // the coarser is a week
	slackMonth = 0 // either is a month: the periods must overlap
)

// weekNearDays: week reports whose start dates are at most this far apart
// score as near in time (see dateFit).
const weekNearDays = 3

// period is the span of days (days since 1970-01-01, inclusive) a mention
// covers, and its precision (1 day, 2 week, 3 month).
type period struct {
	start, end int
	prec       int
	ok         bool
	guessed    bool // the date is the day the article was read, not the event's
	pub        bool // a week dated by its publication day (weekBefore)
}

// dayNum parses YYYY-MM-DD (a longer timestamp is cut to its date).
func dayNum(s string) (int, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	return civil(y, m, d), true
}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if leap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// civil returns days since 1970-01-01 (Howard Hinnant's days_from_civil).
func civil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func dayString(n int) string {
	return time.Unix(int64(n)*86400, 0).UTC().Format("2006-01-02")
}

func dayTime(n int) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

// guessedBackDays is how far before a guessed date (the day the article
// was read or published) the other report's incident may lie: a year. An
// incident older than that is history the text would have dated ("the
// April 2021 clash"), and an article read in January still tells of the
// last days of December.
const guessedBackDays = 366

// guessFits: when g's date is a guess, it is an upper bound, so the other
// report's incident lies before it (a day's slack for time zones) and
// within guessedBackDays. The calendar year is no bound: a crime of 31
// December and its trial's report of 2 January are one story.
// Two guesses are two upper bounds of one unknown day: they fit within
// guessedBackDays of each other.
func guessFits(g, o period) bool {
	switch {
	case !g.guessed:
		return true
	case o.guessed:
		return max(o.start-g.start, g.start-o.start) <= guessedBackDays
	}
	return o.start <= g.start+slackDay && o.end >= g.start-guessedBackDays
}

// periodOf returns the period m covers: from event_date, or failing that
// the article's publication date at month precision.
func periodOf(m *event.Event) period {
	prec := m.TimePrecision
	d, ok := dayNum(m.EventDate)
	if !ok && len(m.Articles) > 0 {
		d, ok = dayNum(m.Articles[0].Published)
		prec = 3
	}
	if !ok {
		return period{}
	}
	p := periodAt(d, prec)
	if p.prec == 2 && datedByPublication(m) {
		p = weekBefore(d)
	}
	p.guessed = m.DateGuessed
	return p
}

// datedByPublication: a week report whose date is its article's
// publication day was dated by it (the extractor found no date in the
// text: a headline, a flash): its incident happened in the week up to
// that day, not after it.
func datedByPublication(m *event.Event) bool {
	if len(m.Articles) == 0 || len(m.Articles[0].Published) < 10 || len(m.EventDate) < 10 {
		return false
	}
	return m.Articles[0].Published[:10] == m.EventDate[:10]
}

// weekBefore is the period of a week report dated by its publication
// day d: the seven days up to d.
func weekBefore(d int) period {
	return period{start: d - 6, end: d, prec: 2, ok: true, pub: true}
}

// periodAt is the period of a mention dated day d at precision prec.
func periodAt(d, prec int) period {
	p := period{start: d, end: d, prec: prec, ok: true}
	switch {
	case prec == 2:
		p.end = d + 6
	case prec >= 3:
		p.prec = 3
		t := dayTime(d)
		p.end = d + daysIn(t.Year(), int(t.Month())) - t.Day()
	default:
		p.prec = 1
	}
	return p
}

// dateFit scores two periods: points (hundredths), a label, and ok.
func dateFit(a, b period) (int, string, bool) {
	if !a.ok || !b.ok {
		return 0, "no usable date", false
	}
	// A guessed date says nothing of when the incident was: neither for
	// nor against, within the year before it (guessFits).
	if a.guessed || b.guessed {
		if !guessFits(a, b) || !guessFits(b, a) {
			return 0, "date unknown, the other not in the year up to it", false
		}
		return 0, "date unknown", true
	}
	prec := max(a.prec, b.prec)
	slack := slackDay
	switch {
	case prec == 3:
		slack = slackMonth
	case a.pub || b.pub:
		// the week up to the publication day already holds every day the
		// report can tell of: an incident before it is an earlier one
		slack = 0
	case prec == 2:
		slack = slackWeek
	}
	gap := max(a.start, b.start) - min(a.end, b.end)
	if gap > slack {
		return 0, "dates " + itoa(gap) + "d apart", false
	}
	d := a.start - b.start
	if d < 0 {
		d = -d
	}
	switch prec {
	case 1:
		if d == 0 {
			return 35, "date Δ0d", true
		}
		return 25, "date Δ1d", true
	case 2:
		// A week report is most often dated by its publication: two
		// published days apart may tell one incident, but where dozens
		// happen a week, the farther apart, the less the dates say. Two
		// weeks compare by their starts, a day by its distance to the
		// week.
		if a.prec != b.prec {
			d = max(gap, 0)
		}
		switch {
		case d <= slackDay:
			return 20, "dates overlap (week)", true
		case d <= weekNearDays:
			return 10, "dates overlap (week, " + itoa(d) + "d apart)", true
		}
		return 0, "dates overlap (week, " + itoa(d) + "d apart)", true
	}
	return 10, "dates overlap (month)", true
}

// Span is a range of event dates, both ends YYYY-MM-DD inclusive, for
// stored mentions of time_precision MinPrecision or coarser.
type Span struct {
	From, To     string
	MinPrecision int
}

// Windows are the date ranges in which stored mentions can match m: Plan
// asks the store for mentions of the same country (or with no country)
// whose event_date lies in one of them with at least its precision. Every
// mention that Match accepts with m lies in one (stored mentions dated
// only by publication date are the store's to add). Each day near m is
// read at the finest precision dateFit accepts there: day reports only a
// day either side of a day report, week reports a little further, month
// reports (the long look back) back to the start of m's month. The spans
// do not overlap, so no stored mention is read twice, and the cost of a
// look-up stays that of a few days' reports. nil when m has no usable
// date.
func Windows(m *event.Event) []Span {
	p := periodOf(m)
	if !p.ok {
		return nil
	}
	// A stored mention starting more than a month (plus the week slack)
	// before m, or more than the week slack after it, matches nothing.
	type span struct{ from, to, prec int }
	var spans []span
	// A stored week report dated by its publication covers the week up
	// to its date (weekBefore), so week reports are looked for up to a
	// week later too.
	for d := p.start - 31 - slackWeek - 6; d <= p.end+slackWeek+1+6; d++ {
		// The finest stored precision at which a mention dated d can fit
		// m (as Span.MinPrecision: 0 takes every row, periodOf reading
		// precision 0 as a day); rows of that precision or coarser are read.
		prec := -1
		for _, q := range []int{3, 2, 1} {
			if _, _, ok := dateFit(p, periodAt(d, q)); ok {
				prec = q
			} else if q == 2 {
				if _, _, ok := dateFit(p, weekBefore(d)); ok {
					prec = q
				}
			}
		}
		switch {
		case prec < 0:
			continue
		case prec == 1:
			prec = 0
		}
		if n := len(spans); n > 0 && spans[n-1].prec == prec && spans[n-1].to == d-1 {
			spans[n-1].to = d
			continue
		}
		spans = append(spans, span{d, d, prec})
	}
	out := make([]Span, len(spans))
	for i, s := range spans {
		out[i] = Span{From: dayString(s.from), To: dayString(s.to), MinPrecision: s.prec}
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// dayApartNeed is what two reports that date their incident to days one
// apart leave the text to show: each names its day, and they disagree.
// Where incidents come daily, the same group's attack in the same district
// the next day is another incident; two reports of one incident that
// disagree on its day (one dated it by the night's end, or by its
// publication) name the same place or the same people. So unless both name
// one place, only a textual tie merges them; at one place, a shared party
// (with tolls that fit) may too.
func dayApartNeed(a, b period, need int) int {
	if a.guessed || b.guessed || a.prec > 1 || b.prec > 1 || a.start == b.start {
		return need
	}
	if need == needNothing {
		// at one named town the next day's incident by unnamed hands is
		// another: a party, a name or the words must tie them
		return needParty
	}
	return needTextDays
}

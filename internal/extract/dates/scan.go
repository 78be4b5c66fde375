package dates

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"
)

type scanner struct {
	text  string
	lower string
	toks  []token
	loc   *time.Location
	dct   time.Time // DCT's day at midnight
	dy    int
	dm    int
	out   []Expr

	refDay  time.Time // last day-level date mentioned (for "that day", "two days later")
	refYear int       // last explicit year mentioned
	ctxYear int       // explicit year mentioned earlier in the current sentence
	ctxSent int

	monthYear [13]int // year each month was last placed in (monthagain.go)

	lastEnd   int // token after the last expression emitted
	lastDay   val // its value
	leftStart int // start of the expression whose tense is being read
	agoEnd    int // token after the last "year-earlier" expression (yearago.go)
	curStart  int // first token of the expression being parsed
}

// res is one parsed expression: tokens [i, end), value, type, mod.
type res struct {
	end  int // token index after the expression
	skip int // token index to resume scanning at (>= end); 0 = end
	lead int // leading tokens read but not part of the span ("by" in "by the end of")
	v    val
	typ  string
	mod  string
}

type bufs struct {
	lower []byte
	toks  []token
}

var bufPool = sync.Pool{New: func() any { return new(bufs) }}

func (s *scanner) init(dct time.Time) {
	s.loc = dct.Location()
	y, m, d := dct.Date()
	s.dct = time.Date(y, m, d, 0, 0, 0, 0, s.loc)
	s.dy, s.dm = y, int(m)
	s.ctxSent = -1
	s.lastEnd = -1
}

func (s *scanner) run() []Expr {
	b := bufPool.Get().(*bufs)
	if s.lower == "" {
		b.lower = asciiLower(s.text, b.lower)
		// The lower-case copy is only read while b is held; tokens keep
		// substrings of it, so it must not be reused until run returns.
		s.lower = unsafeString(b.lower)
	}
	s.toks = tokenize(s.text, s.lower, b.toks[:0])
	for i := 0; i < len(s.toks); {
		if !s.toks[i].start {
			i++
			continue
		}
		s.curStart = i
		r, ok := s.parse(i)
		if !ok {
			i++
			continue
		}
		s.runForward(i, &r)
		s.emit(i, &r)
		if r.skip > r.end {
			i = r.skip
		} else {
			i = r.end
		}
	}
	b.toks = s.toks[:0]
	s.toks = nil
	s.lower = ""
	bufPool.Put(b)
	return s.out
}

func (s *scanner) emit(i int, r *res) {
	st, en := s.toks[i+r.lead].s, s.toks[r.end-1].e
	e := Expr{Start: st, End: en, Text: s.text[st:en], Value: r.v.format(), Type: r.typ, Mod: r.mod, Precision: r.v.precision()}
	if e.Type == "" {
		e.Type = TypeDate
	}
	if r.v.g == gDur || r.v.g == gSet {
		e.Precision = Unknown
	}
	from, to := r.v.span(s.loc)
	if !from.IsZero() {
		if r.v.g != gRef && r.v.g != gDur {
			from, to = narrow(from, to, r.mod)
		}
		switch r.v.clip {
		case -1:
			if end := s.dct.AddDate(0, 0, 1); end.Before(to) && end.After(from) {
				to = end
			}
		case 1:
			if s.dct.After(from) && s.dct.Before(to) {
				from = s.dct
			}
		}
		e.from, e.to = from, to
		e.Past = !to.After(s.dct)
	}
	if r.v.g == gRef && r.v.ref == "PAST_REF" {
		e.Past = true
	}
	if r.v.fuzzy && e.Precision == Day {
		e.Precision = Week
	}
	// explicit years set the context for month names later in the sentence
	for k := i; k < r.end; k++ {
		if t := &s.toks[k]; t.kind == tkNum && t.nd == 4 && !t.comma {
			s.ctxYear, s.ctxSent = t.n, t.sent
		}
	}
	s.noteMonth(&r.v)
	// reference time for anaphora
	switch r.v.g {
	case gDay:
		s.refDay = r.v.t
		s.refYear = r.v.t.Year()
	case gMonth, gYear:
		s.refYear = r.v.t.Year()
	}
	s.out = append(s.out, e)
	s.lastEnd, s.lastDay = r.end, r.v
}

// ---------------------------------------------------------------- helpers

func (s *scanner) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &nilTok
	}
	return &s.toks[i]
}

var nilTok = token{kind: tkPunct, lw: "\x00"}

func (s *scanner) is(i int, w string) bool { return i >= 0 && i < len(s.toks) && s.toks[i].lw == w }

// adj reports whether token i follows token i-1 without space.
func (s *scanner) adj(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].sp }

func (s *scanner) day(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, s.loc)
}

func (s *scanner) dayVal(t time.Time) val { return val{g: gDay, t: t, hh: -1} }

func (s *scanner) monthVal(y, m int) val { return val{g: gMonth, t: s.day(y, m, 1), hh: -1} }

func (s *scanner) yearVal(y int) val { return val{g: gYear, t: s.day(y, 1, 1), hh: -1} }

func (s *scanner) weekVal(t time.Time) val {
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	return val{g: gWeek, t: t.AddDate(0, 0, -wd), hh: -1}
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// isOrdSuffix reports whether suf is empty or an ordinal suffix.
func isOrdSuffix(suf string) bool {
	switch suf {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// ---------------------------------------------------------------- tense

// untilVerbReach is how many tokens after a sentence-opening "until
// Friday" the clause's verb is looked for: the subject of a short clause
// and a negation ("the two sides had not") fit in it.
const untilVerbReach = 8

// tense looks for the nearest tense cue around tokens [a, b) within the
// sentence: +1 future, -1 past, 0 none. Cues on the left win ties.
func (s *scanner) tense(a, b int) int {
	if s.curStart < a && a-s.curStart < 8 {
		a = s.curStart
	}
	if s.is(a-1, "until") || s.is(a-1, "till") {
		// "given them until Tuesday": ahead, unless a past verb governs
		// it ("fighting lasted until Friday")
		for k := a - 2; k >= a-3 && k >= 0 && s.toks[k].sent == s.toks[a].sent; k-- {
			if c := s.cue(k, true); c != 0 {
				return c
			}
		}
		// fronted: "Until Friday, the envoys had refused to meet" is
		// told by the verb that follows
		if a < 2 || s.toks[a-2].sent != s.toks[a-1].sent {
			for k := b; k < b+untilVerbReach && k < len(s.toks) && s.toks[k].sent == s.toks[a].sent; k++ {
				if c := s.cue(k, false); c != 0 {
					return c
				}
			}
		}
		return 1
	}
	sent := s.tok(a).sent
	s.leftStart = a
	best, dist := 0, 1<<30
	for k := a - 1; k >= 0 && a-k <= 12 && s.toks[k].sent == sent; k-- {
		if s.clauseJoin(k) {
			break
		}
		if c := s.cue(k, true); c != 0 {
			best, dist = c, a-k
			break
		}
	}
	// the governing verb usually comes first: a cue on the right must be
	// less than half as far away as the one on the left
	for k := b; k < len(s.toks) && 2*(k-b+1) < dist && k-b < 12 && s.toks[k].sent == sent; k++ {
		if c := s.cue(k, false); c != 0 {
			switch s.toks[k].lw {
			case "said", "told", "added", "reported", "stated", "announced", "noted", "claimed":
				continue // the reporting clause, not the event's
			}
			return c
		}
	}
	return best
}

// clauseJoin reports whether token k, ", and" or ", but", joins two
// clauses: a cue left of it governs the clause before ("the boy must be
// returned, and set Friday as the deadline" is not told in the future).
func (s *scanner) clauseJoin(k int) bool {
	return (s.toks[k].lw == "and" || s.toks[k].lw == "but") && s.is(k-1, ",")
}

// cue is the tense signalled by token k (left: k precedes the expression).
func (s *scanner) cue(k int, left bool) int {
	t := &s.toks[k]
	if t.kind != tkWord {
		return 0
	}
	if s.pastOfIntent(k) {
		// after the expression it is a side clause ("arrested at dawn as
		// he was about to leave"): neither tense
		if left {
			return 1
		}
		return 0
	}
	if left && s.intentTo(k) {
		return 1
	}
	if !left {
		if c, ok := s.voicedIntent(k); ok && c != 0 {
			return c
		}
	}
	c, ok := tenseCue[t.lw]
	if !ok && len(t.lw) >= 5 && strings.HasSuffix(t.lw, "ed") && !notPastEd[t.lw] && !t.cap {
		c, ok = -1, true
	}
	if ok {
		switch t.lw {
		case "due":
			if !s.is(k+1, "to") {
				return 0
			}
		case "early":
			if !s.is(k-1, "as") {
				return 0
			}
		case "next":
			if s.is(k+1, "to") {
				return 0
			}
		case "scheduled", "planned", "slated", "expected":
			if s.attributive(k) {
				return 0
			}
			return 1
		case "postponed", "delayed", "adjourned", "deferred", "extended", "rescheduled", "suspended", "moved", "pushed":
			// "postponed until Saturday" looks ahead
			switch s.tok(k + 1).lw {
			case "until", "till", "to", "for":
				return 1
			}
		}
		if c < 0 && t.lw != "been" && t.lw != "was" && t.lw != "were" && t.lw != "had" && t.lw != "did" {
			// participles: "will be held", "is expected to", "are scheduled"
			switch s.tok(k - 1).lw {
			case "be":
				switch s.tok(k - 2).lw {
				case "will", "would", "to", "'ll", "shall", "may", "might", "must", "should", "can":
					return 1
				}
				return 0
			case "is", "are", "'re", "being":
				switch t.lw {
				case "scheduled", "expected", "planned", "set", "slated", "due":
					return 1
				}
				return 0
			}
		}
		return c
	}
	if t.lw == "won" && s.is(k+1, "'t") {
		return 1
	}
	// infinitive "to run", "to meet": looking ahead
	if left && t.lw == "to" && s.tok(k).s >= 0 && k >= s.leftStart-4 {
		if n := s.tok(k + 1); n.kind == tkWord && !n.cap && n.cls == wNone && !notVerbAfterTo[n.lw] {
			return 1
		}
	}
	return 0
}

// ---------------------------------------------------------------- resolution

// weekday resolves a weekday name. dir: -1 past (on or before the DCT),
// +1 future (on or after), -2 strictly before, +2 strictly after.
func (s *scanner) weekday(wd, dir int) time.Time {
	cur := int(s.dct.Weekday())
	switch dir {
	case 1, 2:
		d := (wd - cur + 7) % 7
		if d == 0 && dir == 2 {
			d = 7
		}
		return s.dct.AddDate(0, 0, d)
	default:
		d := (cur - wd + 7) % 7
		if d == 0 && dir == -2 {
			d = 7
		}
		return s.dct.AddDate(0, 0, -d)
	}
}

// untensedAheadDays is how far past the DCT an untensed month or day
// may lie and still be this year's: about two months covers what a
// report announces ahead; the rest of the year lies behind.
const untensedAheadDays = 62

// monthDayYear picks the year of a month/day without one.
func (s *scanner) monthDayYear(m, d, dir int, sent int) int {
	if s.ctxSent == sent && s.ctxYear != 0 && dir <= 0 {
		return s.ctxYear
	}
	if d > 0 && d > daysIn(s.dy, m) && m == 2 {
		// Feb 29: pick a leap year near the DCT
		for y := s.dy; y > s.dy-4; y-- {
			if daysIn(y, 2) == 29 {
				return y
			}
		}
	}
	dd := d
	if dd == 0 {
		dd = 15
	}
	this := s.day(s.dy, m, min(dd, daysIn(s.dy, m)))
	if d == 0 && m == s.dm {
		return s.dy
	}
	diff := this.Sub(s.dct).Hours() / 24
	switch {
	case dir < 0:
		if this.After(s.dct) && !(d > 0 && diff <= 31) {
			// a day a few weeks ahead is still this year's (a deadline
			// reported in the past tense); further ahead, last year's
			return s.dy - 1
		}
		return s.dy
	case dir > 0:
		if this.Before(s.dct) {
			return s.dy + 1
		}
		return s.dy
	}
	if y := s.monthToldBefore(m); y != 0 {
		return y
	}
	// no tense: the occurrence in the year-long window that reaches
	// untensedAheadDays past the DCT, leaning to the past (news reports
	// what happened): further ahead it is last year's, and only a month
	// more than a year minus that window back is next year's
	if diff > untensedAheadDays {
		return s.dy - 1
	}
	if diff < untensedAheadDays-365 {
		return s.dy + 1
	}
	return s.dy
}

func (s *scanner) isYearNum(k int) bool {
	t := s.tok(k)
	return t.kind == tkNum && t.nd == 4 && !t.comma && t.suf == "" && t.n >= 1000 && t.n <= 2099
}

// trailingYear reads an optional year after a day and month ("June 27,
// 2019", "27 June 2019") starting at token e: the year (0 if none) and the
// token after it.
func (s *scanner) trailingYear(e int) (year, next int) {
	switch {
	case s.is(e, ",") && s.isYearNum(e+1):
		return s.tok(e + 1).n, s.yearWords(e + 2)
	case s.isYearNum(e):
		return s.tok(e).n, s.yearWords(e + 1)
	}
	return 0, e
}

// yearSuffix: the words written after a year that yearWords skips besides
// the foreign words for "year" ("2026 года"): the abbreviation "г." and the
// Persian era names.
var yearSuffix = map[string]bool{"г": true, "میلادی": true, "هجری": true, "شمسی": true, "خورشیدی": true}

// yearWords skips the words other languages write after a year: "2026
// года", "2026 г.", "۱۴۰۳ هجری شمسی", "۲۰۲۴ میلادی".
func (s *scanner) yearWords(e int) int {
	for n := 0; n < maxYearWords; n++ {
		t := s.tok(e)
		if !t.foreign || !yearSuffix[t.lw] && !(t.cls == wUnit && t.cv == uYear) {
			break
		}
		e++
		if s.is(e, ".") && s.adj(e) && t.lw == "г" {
			e++
		}
	}
	return e
}

// maxYearWords: "هجری شمسی" is the longest such suffix.
const maxYearWords = 2

// splitYear reports whether the year at k opens a split year written
// with a slash, "2023/24" (a fiscal year, a season): the two digits after
// the slash are the next year's, and nothing numeric follows them.
func (s *scanner) splitYear(k int) bool {
	nn := s.tok(k + 2)
	if nn.nd != 2 || nn.suf != "" || nn.n != (s.tok(k).n+1)%100 {
		return false
	}
	if n3 := s.tok(k + 3); s.adj(k+3) && (n3.kind == tkNum || n3.lw == "/" || n3.lw == "-") {
		return false
	}
	return true
}

// verbAfterYear holds the count words that are also verbs: after a
// preposition of time the number before them is a year and they are the
// clause's verb ("the floods of 2022 killed 1,700", "between 1998 and
// 2002 killed"), while "2022 killed" alone is a toll.
var verbAfterYear = map[string]bool{"killed": true, "wounded": true, "injured": true}

// yearPreposition holds the words that put a number after them in time.
var yearPreposition = map[string]bool{"in": true, "of": true, "since": true, "during": true, "until": true, "by": true, "from": true}

// standaloneYear decides whether the 4-digit number at k is a year.
func (s *scanner) standaloneYear(k int) bool {
	if !s.isYearNum(k) {
		return false
	}
	t := s.tok(k)
	if t.n < 1900 && (t.eastern || uncased(s.text, s.tok(k-1))) {
		return false // a Solar Hijri year (hijriYearNum) or a count
	}
	if t.n < 1900 {
		switch s.tok(k - 1).lw {
		case "in", "since", "of", "from", "by", "until", "till", "before", "after", "during", "year", "around", "circa", "c":
		default:
			return false
		}
	}
	p := s.tok(k - 1)
	if !t.sp {
		switch p.lw {
		case "$", "£", "€", "#", "/", ".", ",", ":", "+", "=", "%":
			return false
		case "-", "'":
			if pp := s.tok(k - 2); !p.sp && pp.kind == tkNum && !s.isYearNum(k-2) {
				return false
			}
		}
		if p.kind == tkWord && p.lw != "mid" && p.lw != "post" && p.lw != "pre" && p.lw != "fy" {
			return false
		}
		if p.kind == tkNum {
			return false
		}
	}
	switch p.lw {
	case "no", "number", "nos", "resolution", "route", "flight", "highway", "page", "pages", "article", "model",
		"room", "code", "unit", "battalion", "brigade", "regiment", "squadron", "division", "hill", "height", "heights",
		"about", "some", "nearly", "almost", "approximately", "roughly", "than", "least", "only", "just", "another":
		return false
	}
	n := s.tok(k + 1)
	if !n.sp {
		switch n.lw {
		case ":", "/", "%", ".", ",":
			if nn := s.tok(k + 2); !nn.sp && nn.kind == tkNum && !(n.lw == "/" && s.splitYear(k)) {
				return false
			}
			if n.lw == "%" {
				return false
			}
		case "-":
			if nn := s.tok(k + 2); !nn.sp && nn.kind == tkWord && nn.cls == wCountNoun {
				return false
			}
		}
	}
	if n.kind == tkWord && n.cls == wCountNoun && !n.cap && !(verbAfterYear[n.lw] && (yearPreposition[p.lw] || p.lw == "and" && s.standaloneYear(k-2))) {
		return false
	}
	if n.kind == tkWord && (n.lw == "hours" || n.lw == "hrs") {
		return false
	}
	return true
}

func century(y int) int { return y - y%100 }

// twoDigitYear maps 'yy onto the century nearest the DCT (not far in the future).
func (s *scanner) twoDigitYear(yy int) int {
	y := century(s.dy) + yy
	if y > s.dy+10 {
		y -= 100
	}
	return y
}

// unsafeString views b as a string without copying. The string is only
// used while the pooled buffer is held, and no Expr refers to it.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

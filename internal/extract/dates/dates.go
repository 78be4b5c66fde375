// Package dates finds date and time expressions in news text in English,
// Russian, Persian (Dari and Iranian usage) and Pashto and resolves them
// against the document creation time (DCT), the publication date of the
// article.
//
// The grammar is English; the other languages are vocabularies read into
// it (lexicon_ru.go, lexicon_fa.go, lexicon_ps.go: "сентября" is read as
// "september", "گذشته" and "تېره" as "last"), plus the few constructions
// English lacks (parse_ru.go: "в ночь на вторник", "1980-е"; parse_fa.go:
// determiners after the noun, "سه شنبه", the Solar Hijri calendar of
// solarhijri.go; parse_ps.go: the day after its month, "د حمل ۱۵مه", and
// "د جمعې په شپه"; Pashto names the Hijri months by the zodiac, "سلواغه").
// Digits may be Persian or Arabic-Indic (۱۴۰۳, ١٤٠٣). Solar Hijri dates
// come out in Gregorian values; a Hijri month or year, which straddles two
// Gregorian ones, is named by the one holding most of its days and keeps
// its exact range.
//
// Values follow TimeML TIMEX3 conventions at the expression's own
// granularity: "2013-03-22" (day), "2013-W12" (ISO week), "2013-03" (month),
// "2013-Q1" (quarter), "2013-SU" (season), "2013" (year), "199" (decade),
// "19" (century), "2013-03-22T14:30" and "2013-03-22TNI" (times of day),
// "PRESENT_REF", "PAST_REF", "FUTURE_REF", and ISO durations such as "P3D".
//
// The resolver is a hand-written tokenizer and pattern scanner; it reads the
// tense of the surrounding clause to decide whether a bare weekday or month
// lies before or after the DCT ("Friday" in a report of what happened means
// the most recent Friday on or before the DCT; "will meet on Friday" means
// the next one).
//
// Where the rules live: tokens (token.go), words (lexicon.go), the
// scanner, tense reading and year picking (scan.go), the grammar
// (parse.go, numparse.go), verbs of intention that look ahead
// (intent.go), spans that name their own anchor, "the day before
// Tuesday's vote", "the week of 11 March" (anchored.go), a year-earlier
// period (yearago.go), halves of a year (half.go), two-digit fiscal
// years (fiscal.go), decades in words and "the 80s" (decadeword.go),
// "the first of March" (ordmonth.go), quoted titles that are no dates
// (quote.go), generic "today's" and parts of the day last told
// (generic.go), the Islamic feasts and Ramadan (lunar.go), weeks and
// halves of a named month (monthpart.go), the night between two days
// and "overnight Tuesday" (night.go), "from 2 to 5 June" (dayrange.go),
// "the end of the month" (periodpart.go), "a second blast"
// (secondord.go), "Sunday (June 2)" (weekdayparen.go), the day of a bare
// clock time (clockday.go), a month named again (monthagain.go), "this
// time last year" (thistime.go), values (value.go).
package dates

import (
	"strconv"
	"time"
)

// Precision is how finely an expression pins down a point in time.
type Precision int

// Precisions from finest to coarsest.
const (
	Day Precision = iota
	Week
	Month
	Quarter // also half years
	Season
	Year
	Decade
	Century
	Unknown // PRESENT_REF, PAST_REF, FUTURE_REF, durations, sets
)

var precisionNames = [...]string{"day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"}

// String returns the lower-case name: "day", "week", "month", "quarter",
// "season", "year", "decade", "century" or "unknown".
func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return "unknown"
	}
	return precisionNames[p]
}

// Expression types (TimeML TIMEX3 types).
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Expr is one date or time expression found in a text.
type Expr struct {
	Start, End int    // byte offsets into the text, End exclusive
	Text       string // text[Start:End]
	Value      string // TimeML value, e.g. "2013-03-22", "2013-W12", "PRESENT_REF", "P3D"
	Type       string // DATE, TIME, DURATION or SET
	Precision  Precision
	Mod        string // TimeML mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, BEFORE, AFTER or ""
	Past       bool   // the period lies entirely before the DCT's day

	from, to time.Time // calendar range covered, zero when unknown
}

// Range returns the half-open interval [from, to) of calendar time the
// expression covers, in the DCT's location. ok is false for expressions with
// no calendar extent (PAST_REF, FUTURE_REF, unanchored durations, sets).
// PRESENT_REF covers the DCT's day; "the past two days" covers the two days
// before the DCT and the DCT's day; "earlier this month" runs from the first
// of the month to the end of the DCT's day; a mod narrows the range to the
// corresponding third of the period ("early September" = 1–10 September).
func (e Expr) Range() (from, to time.Time, ok bool) {
	if e.from.IsZero() || e.to.IsZero() {
		return time.Time{}, time.Time{}, false
	}
	return e.from, e.to, true
}

// ACLEDPrecision maps the expression onto ACLED's time_precision code:
// 1 when the day is known (a date or a time of day), 2 when the event is
// placed within a week or a few days, 3 for a month or anything vaguer.
func (e Expr) ACLEDPrecision() int {
	switch e.Precision {
	case Day:
		return 1
	case Week:
		return 2
	}
	if e.Precision == Unknown {
		if from, to, ok := e.Range(); ok {
			switch d := to.Sub(from); {
			case d <= 36*time.Hour:
				return 1
			case d <= 8*24*time.Hour:
				return 2
			}
		}
	}
	return 3
}

// Find returns every date and time expression in text, in text order and
// non-overlapping, resolved against dct (the publication time).
func Find(text string, dct time.Time) []Expr {
	s := scanner{text: text}
	s.init(dct)
	return s.run()
}

// FindLower is Find for a caller that already has text with its ASCII
// letters lower-cased (and nothing else changed): it saves the copy.
func FindLower(text, lower string, dct time.Time) []Expr {
	if len(lower) != len(text) {
		return Find(text, dct)
	}
	s := scanner{text: text, lower: lower}
	s.init(dct)
	return s.run()
}

// Length returns how long a duration expression lasts ("24 hours", "the
// past two days", "a week": PT24H, P2D, P1W), with months and years at 30
// and 365 days. ok is false for other types and for unspecified counts
// ("several days", PXD).
func (e Expr) Length() (time.Duration, bool) {
	if e.Type != TypeDuration || len(e.Value) < 3 || e.Value[0] != 'P' {
		return 0, false
	}
	v := e.Value[1:]
	timePart := v[0] == 'T'
	if timePart {
		v = v[1:]
	}
	n, err := strconv.Atoi(v[:len(v)-1])
	if err != nil || n < 0 {
		return 0, false
	}
	const day = 24 * time.Hour
	var u time.Duration
	switch unit := v[len(v)-1]; {
	case timePart && unit == 'H':
		u = time.Hour
	case timePart && unit == 'M':
		u = time.Minute
	case timePart && unit == 'S':
		u = time.Second
	case timePart:
		return 0, false
	case unit == 'D':
		u = day
	case unit == 'W':
		u = 7 * day
	case unit == 'M':
		u = 30 * day
	case unit == 'Y':
		u = 365 * day
	default:
		return 0, false
	}
	return time.Duration(n) * u, true
}

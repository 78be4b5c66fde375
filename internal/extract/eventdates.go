package extract

import (
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/extract/dates"
)

// ownDate is the sentence's own date for the event: a calendar date not
// spoken of a statement, nearest the token ti. A wire dateline's date is
// when the story was filed: it dates the event only when the sentence
// gives no other ("KABUL, May 3 (Reuters) - ... on Thursday").
func (d *doc) ownDate(st *sent, ti int, speech bool) (sdate, bool) {
	best, bi := sdate{}, -1
	filed, hasFiled := sdate{}, false
	dateline := d.datelineEnd(st)
	for k, sd := range st.dates {
		if !calendar(sd) || sd.speech != speech || sd.from.IsZero() {
			continue
		}
		if st.w(sd.ti-1) == "since" {
			continue
		}
		if d.afterPublication(sd) || backstoryDate(st, ti, sd.ti) {
			continue
		}
		if sd.ti < dateline {
			filed, hasFiled = sd, true
			continue
		}
		if bi < 0 || abs(sd.ti-ti) < abs(best.ti-ti) {
			best, bi = sd, k
		}
	}
	if bi < 0 && hasFiled {
		return filed, true
	}
	return best, bi >= 0
}

// backstoryDate: the date at token at lies in a relative clause in the
// pluperfect after the event word at ti ("killed a teacher who had
// returned to X last year"): it dates the victim's past, not the event.
func backstoryDate(st *sent, ti, at int) bool {
	if ti < 0 || at <= ti {
		return false
	}
	for j := at - 1; j > ti; j-- {
		switch st.w(j) {
		case ",", ";", ":":
			return false
		case "who", "whom", "whose", "which":
			return st.w(j+1) == "had" || st.w(j+2) == "had"
		}
	}
	return false
}

// maxEventLead is how far past the publication day an event's date may
// fall: a report tells what has happened, and a day covers a time zone
// ahead of the outlet's and a story dated the evening before it ran.
const maxEventLead = 48 * time.Hour

// afterPublication: the date starts past the publication by more than
// maxEventLead, so it is no date of the reported event (a plan, a
// deadline, or a number misread as a year, a month in a link read as a year). A
// guessed publication date bounds nothing.
func (d *doc) afterPublication(sd sdate) bool {
	return !d.guessed && !d.dct.IsZero() && sd.from.Sub(d.dct) > maxEventLead
}

// calendar: a date, or a time of a named day ("on Tuesday evening",
// "March 3 at dawn", "last night", "overnight", "this morning"), not a
// bare time ("at 3 pm").
func calendar(sd sdate) bool {
	if sd.x.Value == "PRESENT_REF" {
		return false // "now", "currently": the state of a toll or a front, not when an incident was
	}
	if sd.x.Type == dates.TypeDate {
		return true
	}
	if sd.x.Type != dates.TypeTime || sd.from.IsZero() {
		return false
	}
	t := strings.ToLower(sd.x.Text)
	for _, w := range dayNames {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

var dayNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may ", "june", "july", "august", "september", "october",
	"november", "december", "yesterday", "today", "tonight", "last night", "this morning", "this afternoon",
	"this evening", "overnight", // "an overnight raid": the night before the story, as "last night"
	// Russian weekdays by stem ("в ночь на понедельник", "в среду вечером")
	// and days; Persian and Pashto weekdays (all but Friday end in شنبه,
	// Pashto's oblique in شنبې) and days: yesterday, last night, today
	"понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен", "вчера", "сегодня",
	"прошлой ночью", "شنب", "جمع", "دیروز", "دیشب", "امروز", "گذشته", "پرون", "نن ", "تېره", "تیره"}

func (ev *evb) setDate(sd sdate, tier int) {
	ev.from, ev.to, ev.dated, ev.dateTier = sd.from, sd.to, true, tier
	ev.prec = sd.x.ACLEDPrecision()
	if ev.to.IsZero() {
		ev.to = ev.from.AddDate(0, 0, 1)
	}
}

// dateEvent dates an event from its sentence, else the event told in the
// same sentence, else its paragraph, else the article.
func (d *doc) dateEvent(ev *evb, st *sent, ti int, co *evb) {
	if legalStep(st, ti) {
		// "Thursday", the paragraph's and the article's dates are the
		// court's; the crime keeps only a date that names its year and
		// month ("the April 2012 shooting"), else nobody said when.
		if sd, ok := d.ownDate(st, ti, false); ok && namesYear(sd.x.Text) && len(sd.x.Value) > 4 {
			ev.setDate(sd, 0)
			return
		}
		day := time.Date(d.dct.Year(), d.dct.Month(), d.dct.Day(), 0, 0, 0, 0, d.dct.Location())
		ev.from, ev.to, ev.prec, ev.dated, ev.dateTier = day, day.AddDate(0, 0, 1), 3, true, 3
		ev.undated = true
		return
	}
	if sd, ok := d.ownDate(st, ti, false); ok {
		ev.setDate(sd, 0)
		return
	}
	if sd, ok := d.ownDate(st, ti, true); ok {
		ev.setDate(sd, 0)
		return
	}
	if co != nil && co.dated {
		ev.from, ev.to, ev.prec, ev.dated, ev.dateTier = co.from, co.to, co.prec, true, 1
		ev.undated = co.undated
		return
	}
	// the paragraph: nearest sentence first, earlier before later
	var para []*sent
	for _, o := range d.sents {
		if o.para == st.para && o != st && !o.spec {
			para = append(para, o)
		}
	}
	sort.SliceStable(para, func(a, b int) bool {
		da, db := abs(para[a].i-st.i), abs(para[b].i-st.i)
		if da != db {
			return da < db
		}
		return para[a].i < para[b].i
	})
	for _, o := range para {
		if sd, ok := d.ownDate(o, 0, false); ok {
			ev.setDate(sd, 2)
			return
		}
	}
	// the article: its first recent calendar date, else the publication day
	now := d.dct
	if d.guessed {
		now = d.anchor
	}
	for _, o := range d.sents {
		for _, sd := range o.dates {
			if !now.IsZero() && calendar(sd) && !sd.from.IsZero() && !sd.speech && sd.x.Precision <= dates.Week &&
				!sd.from.After(now) && now.Sub(sd.from) < 31*24*time.Hour {
				ev.setDate(sd, 3)
				if ev.prec < 2 {
					ev.prec = 2
				}
				return
			}
		}
	}
	day := time.Date(d.dct.Year(), d.dct.Month(), d.dct.Day(), 0, 0, 0, 0, d.dct.Location())
	ev.from, ev.to, ev.prec, ev.dated, ev.dateTier = day, day.AddDate(0, 0, 1), 2, true, 3
	ev.undated = d.guessed
}

// yearDated keeps the date expressions that name their year: against a
// guessed publication date, "on Monday" or "December 8" could be any
// week or year, while "December 8, 2008" is what it says. The latest of
// them stands in for the publication date as the article's own "now".
func (d *doc) yearDated(exprs []dates.Expr) []dates.Expr {
	d.guessed = true
	out := exprs[:0]
	for _, x := range exprs {
		if !namesYear(x.Text) {
			continue
		}
		out = append(out, x)
		if from, _, ok := x.Range(); ok && x.Type == dates.TypeDate && from.After(d.anchor) {
			d.anchor = from
		}
	}
	return out
}

// namesYear: the text holds a four-digit year (1800-2199).
func namesYear(s string) bool {
	run, v := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			v = v*10 + int(s[i]-'0')
			continue
		}
		if run == 4 && v >= 1800 && v < 2200 {
			return true
		}
		run, v = 0, 0
	}
	return false
}

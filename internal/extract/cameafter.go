package extract

import (
	"slices"
	"strconv"
)

// Wire copy ties a new incident to the one it reports by its distance in
// days: "The shelling came a day after warplanes struck a market",
// "The attack comes two days after gunmen killed a police officer". The
// words after "after" tell another incident, that many days before the
// one just told (the anaphor before "came"): the sentence is cut there
// (clauses) and the second part's events are dated back from it.

// cameVerbs tie an incident told before them to one after "after".
var cameVerbs = set("came", "comes", "follows", "followed", "happened", "occurred")

// spanDays are the units of a distance "N <unit> after", in days.
var spanDays = map[string]int{"day": 1, "days": 1, "week": 7, "weeks": 7}

// smallCounts are the number words a distance in days is written with.
var smallCounts = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10}

// maxCameGap is how many words may stand between the verb and "after"
// ("came just two days after").
const maxCameGap = 4

// cameAfter finds "came N days after": the token of "after" and the
// distance in days; ok is false when the sentence has no such tie.
func cameAfter(st *sent) (cut, days int, ok bool) {
	if !slices.ContainsFunc(st.toks, func(t token) bool { return t.w == "after" }) {
		return 0, 0, false // most sentences: no word of them is looked up
	}
	for i := 1; i+2 < len(st.toks); i++ {
		if !cameVerbs[st.w(i)] {
			continue
		}
		for j := i + 1; j <= i+maxCameGap && j < len(st.toks); j++ {
			if st.w(j) != "after" {
				continue
			}
			unit, ok := spanDays[st.w(j-1)]
			if !ok {
				return 0, 0, false
			}
			n, ok := smallCounts[st.w(j-2)]
			if !ok {
				n, _ = strconv.Atoi(st.w(j - 2))
			}
			if n <= 0 || j+1 >= len(st.toks) {
				return 0, 0, false
			}
			return j, n * unit, true
		}
	}
	return 0, 0, false
}

// splitAt cuts st before token cut: the part after it tells a new
// incident, days before the one the part before it tells.
func splitAt(st *sent, cut, days int) []*sent {
	a, b := *st, *st
	for k, part := range []*sent{&a, &b} {
		lo, hi := 0, cut
		if k == 1 {
			lo, hi = cut+1, len(st.toks)
		}
		part.trigs = inSpan(st.trigs, lo, hi, func(x strig) int { return x.ti })
		part.claims = inSpan(st.claims, lo, hi, func(x sclaim) int { return x.kw })
		part.dates = inSpan(st.dates, lo, hi, func(x sdate) int { return x.ti })
		part.places = inSpan(st.places, lo, hi, func(x splace) int { return x.ti })
		part.ments = inSpan(st.ments, lo, hi, func(x mention) int { return x.ti })
	}
	b.newMark, b.daysBefore = true, days
	return []*sent{&a, &b}
}

// dateBefore dates an event of the part after "came N days after" back
// from the event the sentence's first part told, unless its own words
// date it.
func (d *doc) dateBefore(ev *evb, st *sent) {
	ownDate := ev.dated && ev.dateTier == 0 && len(st.dates) > 0
	if st.daysBefore == 0 || d.cur == nil || !d.cur.dated || ownDate {
		return
	}
	ev.from = d.cur.from.AddDate(0, 0, -st.daysBefore)
	ev.to, ev.prec, ev.dated, ev.dateTier, ev.undated = ev.from.AddDate(0, 0, 1), d.cur.prec, true, 1, d.cur.undated
}

package extract

import (
	"time"

	"github.com/sitrep/sitrep/internal/extract/dates"
)

// maxTallyPeriod is the longest period a count may cover and still be told
// as one event. Ministries, militaries and wires give the figures of a
// short spell of fighting as "in 24 hours", "in 2 days", "in the last 40
// hours": one report of recent fighting in one area, which coders code as
// an event (UCDP codes "22 killed in 2 days" as one). Three days is where
// such spells end in the reports; longer periods ("in 40 days of war", "in
// recent weeks", "in a month") sum many incidents, which no coder codes as
// one event.
const maxTallyPeriod = 72 * time.Hour

// maxSincePeriod is how far back a "since" date may start and still count
// a spell of violence still going on ("18 dead since Sunday"): a weekday
// named alone reaches back at most a week, and a city's toll since then is
// one report of its current violence. "Since May", "since last year" start
// further back and sum a campaign.
const maxSincePeriod = 7 * 24 * time.Hour

// aggregate tells whether a sentence sums a period or several incidents
// instead of telling an event: it counts "in separate attacks"
// (severalIncidents), or it gives dates, and all of them are durations
// longer than a reporting period or spans that start with "since" longer
// ago than a week ("since May").
func (d *doc) aggregate(st *sent) bool {
	if severalIncidents(st) && st.i+minRoundupRest < d.nSents {
		return true
	}
	hasDate, allDur := false, true
	for _, sd := range st.dates {
		since := st.w(sd.ti-1) == "since"
		if sd.x.Type == dates.TypeDuration {
			hasDate = true
			if d.relativeSpan(st, sd) || seriesSpan(st, sd) || (shortPeriod(sd) && !since) {
				allDur = false
			}
			continue
		}
		if !calendar(sd) || sd.speech {
			continue
		}
		hasDate = true
		if !since || d.recentStart(sd) {
			allDur = false
		}
	}
	return hasDate && allDur
}

// shortPeriod: a duration of one short spell of fighting (maxTallyPeriod).
func shortPeriod(sd sdate) bool {
	n, ok := sd.x.Length()
	return ok && n <= maxTallyPeriod
}

// recentStart: a "since" date that starts within maxSincePeriod before
// the publication.
func (d *doc) recentStart(sd sdate) bool {
	if sd.from.IsZero() || sd.from.After(d.dct) {
		return false
	}
	return d.dct.Sub(sd.from) <= maxSincePeriod
}

// relativeSpan: a duration that measures the distance to another event
// ("a few days after arrest", "two days after the attack", "a week
// later") dates the incident; it sums no period. After a preposition of
// extent it is a period again, one that ends or starts at the other event
// ("in the three weeks before the vote", "over two weeks after").
func (d *doc) relativeSpan(st *sent, sd sdate) bool {
	switch st.w(d.tokAt(st, sd.x.End)) {
	case "after", "before", "later", "earlier":
	default:
		return false
	}
	p := sd.ti - 1
	if st.w(p) == "the" {
		p--
	}
	return !extentWords[st.w(p)]
}

// extentWords open a period a count sums ("in", "over the", "during").
var extentWords = set("in", "over", "during", "within", "for", "throughout", "across")

// maxSeriesReach is how many words an ordinal may stand before the "in"
// of its span: "third attack in", "second suicide bombing in".
const maxSeriesReach = 3

// seriesOrdinals number an incident within a series.
var seriesOrdinals = set("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th")

// seriesSpan: a span that numbers the incident told within a series
// ("third attack in a week", "second bombing in a month") measures the
// series, not a sum the sentence tells: the sentence reports its latest
// incident.
func seriesSpan(st *sent, sd sdate) bool {
	in := sd.ti - 1
	if w := st.w(in); w != "in" && w != "within" {
		return false
	}
	for k := in - 1; k >= 0 && k >= in-maxSeriesReach; k-- {
		if seriesOrdinals[st.toks[k].w] {
			return true
		}
	}
	return false
}

// minRoundupRest is how many sentences must follow a sum of incidents for
// it to be a round-up's lead, which the rest tells one by one; a headline
// or a flash that sums ("Two suicide attacks kill 12 troops") is the
// report's one event.
const minRoundupRest = 2

// severalWords and incidentNouns: "in separate attacks", "in several
// clashes", "in a series of bombings" sum incidents the report then tells
// one by one; the sum is no event of its own.
var (
	severalWords  = set("separate", "several", "multiple", "various", "different", "series")
	incidentNouns = set("attacks", "incidents", "clashes", "bombings", "strikes", "airstrikes", "raids", "assaults", "explosions", "blasts", "ambushes")
)

// severalIncidents: the sentence sums several incidents ("At least 11
// people were killed in separate attacks across Afghanistan").
func severalIncidents(st *sent) bool {
	for i := 1; i < len(st.toks); i++ {
		if !incidentNouns[st.w(i)] {
			continue
		}
		// "separate attacks", "two separate attacks", "a series of
		// attacks"; not "several days of clashes", a span
		if severalWords[st.w(i-1)] || st.w(i-1) == "of" && st.w(i-2) == "series" {
			return true
		}
	}
	return false
}

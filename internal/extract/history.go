package extract

import "time"

// Which events are told as history (event.Event.Background): an incident
// that ended long before the article's own time ("in 2019 a similar
// attack killed five"), told as the setting of today's news, not as the
// news. A crime a court tries, convicts or sentences for today is the
// news of that article however long ago it happened: the trial is about
// it, and the reports of the crime itself tell the same incident.

// historyAge is how long before the article's time an incident must have
// ended to be told as history: a year, the span over which "last
// month"-style references to the same incident still come up in follow-up
// reports, while anniversaries and comparisons reach further back.
const historyAge = 365 * 24 * time.Hour

// toldAsHistory: ev ended more than historyAge before the article's own
// time (its publication, or when that is only a fetch time, the latest
// date the text gives with its year), and is not the crime a court's step
// in its first sentence, or in the article's lead, is about. An article
// whose time is unknown tells no history.
func (d *doc) toldAsHistory(ev *evb) bool {
	now := d.dct
	if d.guessed {
		now = d.anchor
	}
	if now.IsZero() || !ev.to.Before(now.Add(-historyAge)) {
		return false
	}
	return !d.courtNews(ev, now) && !(crimeTold(ev) && d.courtReport())
}

// crimeTold: ev is told with a crime's word (a shooting, murder, slaying,
// stabbing), as its family or beside another word in the sentence that
// introduced it ("the ambush slaying of a deputy").
func crimeTold(ev *evb) bool {
	if ev.fam == "crime" {
		return true
	}
	if len(ev.sents) == 0 || !ev.sents[0].main {
		return false
	}
	for _, tr := range ev.sents[0].st.trigs {
		if tr.info.fam == "crime" && !tr.off {
			return true
		}
	}
	return false
}

// courtReport: the article's lead (its first leadSents sentences) tells a court's step (a trial, a
// verdict, a sentence). Such a report retells the crime on trial in its
// body with the crime's own date ("she was shot dead in October 2011"):
// a shooting, murder or stabbing it tells is that crime, not history.
func (d *doc) courtReport() bool {
	for _, st := range d.sents {
		if st.i >= leadSents {
			break
		}
		for _, t := range st.toks {
			if legalWords[t.w] {
				return true
			}
		}
	}
	return false
}

// courtNews: the sentence that introduced ev tells it as the object of a
// court's step ("sentenced for the 2019 killing", "the murder trial of a
// man who shot ...") and does not date that step itself long ago ("in
// 2015 a court convicted him of ..."): the court's step is today's news
// and ev is what it is about.
func (d *doc) courtNews(ev *evb, now time.Time) bool {
	if len(ev.sents) == 0 || !ev.sents[0].main {
		return false
	}
	st, ti := ev.sents[0].st, ev.sents[0].trig
	c := courtWordAt(st, ti)
	if c < 0 {
		return false
	}
	for _, sd := range st.dates {
		if sd.ti < c && !sd.to.IsZero() && sd.to.Before(now.Add(-historyAge)) {
			return false
		}
	}
	return true
}

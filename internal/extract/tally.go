package extract

import (
	"time"

	"github.com/sitrep/sitrep/internal/extract/dates"
)

// maxTallyPeriod is the longest period a count may cover and still be told
// as one event. Ministries, militaries and wires give a day's figures as
// "in 24 hours", "in a day": that is the fighting of one reporting period,
// coded like an event the report dates. Longer periods ("in 40 days of
// war", "in recent weeks") sum many incidents, which ACLED does not code as
// one event. One day, not two: measured on headline streams, two-day
// tallies ("the last 48 hours") sum a province's separate incidents and
// then absorb their own reports.
const maxTallyPeriod = 24 * time.Hour

// aggregate tells whether a sentence sums a period instead of telling an
// event: it gives dates, and all of them are durations longer than a
// reporting period or spans that start with "since" ("since May").
func (d *doc) aggregate(st *sent) bool {
	hasDate, allDur := false, true
	for _, sd := range st.dates {
		if sd.x.Type == dates.TypeDuration {
			hasDate = true
			if n, ok := sd.x.Length(); ok && n <= maxTallyPeriod && st.w(sd.ti-1) != "since" {
				allDur = false
			}
			continue
		}
		if !calendar(sd) || sd.speech {
			continue
		}
		hasDate = true
		if st.w(sd.ti-1) != "since" {
			allDur = false
		}
	}
	return hasDate && allDur
}

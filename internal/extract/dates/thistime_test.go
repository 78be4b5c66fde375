package dates

import "testing"

// "This time last year" is the same point one unit back, named one
// granularity finer than the unit.
func TestThisTimeLast(t *testing.T) {
	runCases(t, []findCase{
		{"2024-06-12", "This time last year, the road from Peshawar to Torkham was closed.",
			[]want{{"This time last year", "2023-06", Month}}},
		{"2024-06-12", "Bread in Aden costs twice what it did at this time a year ago.",
			[]want{{"this time a year ago", "2023-06", Month}}},
		{"2024-06-12", "This time last month the ferry to Lamu still ran.",
			[]want{{"This time last month", "2024-W19", Week}}},
		// "this time" alone is no date
		{"2024-06-12", "This time, last year's truce in Tigray held.",
			[]want{{"last year", "2023", Year}}},
	})
}

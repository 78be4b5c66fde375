package dates

import "testing"

// The first day of a range that names its month once takes that month
// and year; a hyphenated range is one expression valued by its first day;
// the end of a range told outside the past runs forward from its start.
func TestDayRanges(t *testing.T) {
	runCases(t, []findCase{
		// DCT Wednesday 12 June 2024
		{"2024-06-12", "Between 2 and 5 June, at least 40 civilians were killed in El Fasher, the UN said.",
			[]want{{"2", "2024-06-02", Day}, {"5 June", "2024-06-05", Day}}},
		{"2024-06-12", "Curfews were imposed in Manipur from 28 to 31 May.",
			[]want{{"28", "2024-05-28", Day}, {"31 May", "2024-05-31", Day}}},
		{"2024-06-12", "Peace talks in Doha will run from 14 to 16 July.",
			[]want{{"14", "2024-07-14", Day}, {"16 July", "2024-07-16", Day}}},
		{"2024-06-12", "Kurdish fighters held the ridge on 3-5 May 2023, a commander said.",
			[]want{{"3-5 May 2023", "2023-05-03", Day}}},
		// the end of a range runs forward from its start
		{"2024-06-12", "The curfew in Kano runs from Monday to Thursday.",
			[]want{{"Monday", "2024-06-10", Day}, {"Thursday", "2024-06-13", Day}}},
		{"2024-06-12", "The rainy season in Juba runs from November to February.",
			[]want{{"November", "2023-11", Month}, {"February", "2024-02", Month}}},
		// counts before a date are no days
		{"2024-06-12", "Police in Lima detained 2 to 5 protesters on 6 June.",
			[]want{{"6 June", "2024-06-06", Day}}},
	})
}

package dates

import "testing"

// A month named again without a tense takes the year the story gave it
// first.
func TestMonthToldAgain(t *testing.T) {
	runCases(t, []findCase{
		// DCT 5 December 2024: an untensed April alone would be last April
		{"2024-12-05", "Talks between Kabul and Islamabad are expected to resume in April. With their seats secure, delegates also can take part in planning for the round in April.",
			[]want{{"April", "2025-04", Month}, {"April", "2025-04", Month}}},
		{"2024-12-05", "The Malian junta first set the vote for February 2022. A census in February is a condition of the vote, the mediators say.",
			[]want{{"February 2022", "2022-02", Month}, {"February", "2022-02", Month}}},
		{"2024-12-05", "Fighting around Bakhmut began on 3 August 2022. Shelling on 9 August cut the water supply.",
			[]want{{"3 August 2022", "2022-08-03", Day}, {"9 August", "2022-08-09", Day}}},
		// a tense still decides
		{"2024-12-05", "Elections in Chad were first set for February 2022. Officials then spoke of a vote in February.",
			[]want{{"February 2022", "2022-02", Month}, {"February", "2024-02", Month}}},
	})
}

package dates

import "testing"

// A weekday beside a date in parentheses takes that date when the two
// agree; a clock time may separate hours and minutes with a full stop
// when a.m. or p.m. follows.
func TestWeekdayParenAndDotClock(t *testing.T) {
	runCases(t, []findCase{
		// DCT Wednesday 12 June 2024; 2 June 2024 is a Sunday
		{"2024-06-12", "Bandits raided a village in Katsina on Sunday (June 2), police said.",
			[]want{{"Sunday", "2024-06-02", Day}, {"June 2", "2024-06-02", Day}}},
		{"2024-06-12", "Bandits raided a village in Katsina on 2 June (Sunday).",
			[]want{{"2 June", "2024-06-02", Day}, {"Sunday", "2024-06-02", Day}}},
		// they disagree: each is read on its own
		{"2024-06-12", "The rally in Dhaka was held on Monday (June 2).",
			[]want{{"Monday", "2024-06-10", Day}, {"June 2", "2024-06-02", Day}}},
		{"2024-06-12", "The blast in Quetta came at 11.30 am local time on Tuesday.",
			[]want{{"11.30 am local time on Tuesday", "2024-06-11T11:30", Day}}},
	})
	for _, e := range Find("Inflation in Lahore hit 11.30 percent.", day("2024-06-12")) {
		t.Errorf("a decimal read as a clock time: %s", dump([]Expr{e}))
	}
}

package dates

import "testing"

// "The end of the week/month" is the DCT's, or the one before when told
// in the past tense and that part has not begun.
func TestPartOfUnit(t *testing.T) {
	runCases(t, []findCase{
		// DCT Wednesday 12 June 2024
		{"2024-06-12", "By the end of the week, the jihadists had taken Djibo, residents said.",
			[]want{{"the end of the week", "2024-W23", Week}}},
		{"2024-06-12", "UN food aid to Gaza is expected by the end of the month.",
			[]want{{"the end of the month", "2024-06", Month}}},
		{"2024-06-12", "By the end of the month, the army had retaken Kidal.",
			[]want{{"the end of the month", "2024-05", Month}}},
		// the start of this month has begun: this month's, in any tense
		{"2024-06-12", "Fighting in Sudan's Kordofan eased at the beginning of the month.",
			[]want{{"the beginning of the month", "2024-06", Month}}},
		{"2024-06-12", "Mediators will meet in Nairobi at the end of next week.",
			[]want{{"the end of next week", "2024-W25", Week}}},
	})
	got := Find("Aid to Tigray is expected by the end of the month.", day("2024-06-12"))
	if len(got) != 1 || got[0].Mod != "END" {
		t.Errorf("want mod END, got %s", dump(got))
	}
}

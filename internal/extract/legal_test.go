package extract

import "testing"

// A crime told through a court's step (a conviction, a charge, a trial)
// is dated by the crime's own date when the sentence gives one with its
// year and month; the court's day ("on Tuesday", the article's date) is
// not the crime's, so without such a date nobody said when.
func TestCourtStepDates(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text string
		guessed    bool
		date       string
	}{
		{"convicted on a weekday: the weekday is the verdict's",
			`A Tromso ferry mechanic was convicted on Tuesday of stabbing his landlord to death.`,
			true, "2024-03-08"},
		{"charged with, the crime dated with month and year",
			`Prosecutors in Ghent on Monday charged a baker with the October 2022 shooting of a courier.`,
			false, "2022-10-01"},
		{"a year alone dates no crime",
			`A jury in Ghent found a courier guilty on Wednesday of the 2021 stabbing of a cashier.`,
			true, "2024-03-08"},
		{"no court: the weekday is the crime's",
			`A ferry mechanic stabbed his landlord to death in Tromso on Tuesday, police said.`,
			false, "2024-03-05"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "l", Text: tc.text, Published: mustDay("2024-03-08")})
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			e := evs[0]
			if e.DateGuessed != tc.guessed || e.EventDate != tc.date {
				t.Errorf("got %s guessed %v, want %s guessed %v", e.EventDate, e.DateGuessed, tc.date, tc.guessed)
			}
		})
	}
}

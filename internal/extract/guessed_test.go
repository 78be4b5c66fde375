package extract

import "testing"

// An article whose publication date is a guess (the time it was read)
// cannot date "on Thursday"; a date with its year it can.
func TestGuessedPublicationDate(t *testing.T) {
	x := testExtractor(t)
	read := mustDay("2031-06-01")
	for _, tc := range []struct {
		name, text string
		guessed    bool
		date       string
		prec       int
		bg         bool
	}{
		{"weekday against a guessed date", `Gunmen attacked a ferry in Tromso on Thursday, police said.`,
			true, "2031-06-01", 3, false},
		{"a date with its year", `Gunmen attacked a ferry in Tromso on March 4, 2019, police said.`,
			false, "2019-03-04", 1, false},
		{"history told against the article's own latest date",
			`Gunmen attacked a ferry in Tromso on March 4, 2019. In 2001, gunmen attacked a bakery in Ghent.`,
			false, "2019-03-04", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "g", Text: tc.text, Published: read, DateGuessed: true})
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			e := evs[0]
			if e.DateGuessed != tc.guessed || e.EventDate != tc.date || e.TimePrecision != tc.prec || e.Background != tc.bg {
				t.Errorf("got date %s~%d guessed %v background %v, want %s~%d guessed %v background %v",
					e.EventDate, e.TimePrecision, e.DateGuessed, e.Background, tc.date, tc.prec, tc.guessed, tc.bg)
			}
			for _, o := range evs[1:] {
				if o.EventDate == "2001-01-01" && !o.Background {
					t.Errorf("the 2001 killing is not background")
				}
			}
		})
	}
}

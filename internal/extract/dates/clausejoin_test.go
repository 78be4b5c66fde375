package dates

import "testing"

// A tense cue before ", and" or ", but" belongs to the clause before it,
// not to a date in the clause after.
func TestClauseJoinBoundsTense(t *testing.T) {
	runCases(t, []findCase{
		// DCT Saturday 15 January 2000
		{"2000-01-15", "The tribunal in Arusha had ruled that the detainees must be freed, and named Friday as the deadline.",
			[]want{{"Friday", "2000-01-14", Day}}},
		{"2000-01-15", "The junta said the border would stay shut, but reopened it on Thursday.",
			[]want{{"Thursday", "2000-01-13", Day}}},
		// without the join the modal still looks ahead
		{"2000-01-15", "The detainees in Goma must be freed by Friday.",
			[]want{{"Friday", "2000-01-21", Day}}},
	})
}

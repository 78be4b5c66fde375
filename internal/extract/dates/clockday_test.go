package dates

import "testing"

// A bare clock time belongs to the day told in its sentence, or, told in
// the past tense, to the past day last told in its paragraph; otherwise
// to the DCT, or the day after it for a pre-dawn hour ahead.
func TestClockDay(t *testing.T) {
	runCases(t, []findCase{
		// DCT Wednesday 12 June 2024
		{"2024-06-12", "Gunmen raided the cattle market in Djibasso on Sunday. They opened fire at 10 p.m., villagers said.",
			[]want{{"Sunday", "2024-06-09", Day}, {"10 p.m.", "2024-06-09T22:00", Day}}},
		{"2024-06-12", "Troops entered Kidal on 3 June. The first shots were heard at 0300 GMT.",
			[]want{{"3 June", "2024-06-03", Day}, {"0300 GMT", "2024-06-03T03:00", Day}}},
		// a paragraph break: another episode, told from the DCT
		{"2024-06-12", "Militiamen burned houses in Ituri on Sunday.\n\nA second group attacked a clinic at 10 p.m., the UN said.",
			[]want{{"Sunday", "2024-06-09", Day}, {"10 p.m.", "2024-06-12T22:00", Day}}},
		// a present or future clause speaks from the DCT
		{"2024-06-12", "Soldiers cleared the road to Jalalabad on Monday. The curfew starts at 6 p.m.",
			[]want{{"Monday", "2024-06-10", Day}, {"6 p.m.", "2024-06-12T18:00", Day}}},
		{"2024-06-12", "Protesters in Quetta were dispersed at 9 p.m., police said.",
			[]want{{"9 p.m.", "2024-06-12T21:00", Day}}},
		// a pre-dawn hour ahead is the next day's; an evening one today's
		{"2024-06-12", "The evacuation convoy will leave Herat at 4 a.m., the governor said.",
			[]want{{"4 a.m.", "2024-06-13T04:00", Day}}},
		{"2024-06-12", "Aid trucks are due to cross at Rafah at 0400 GMT.",
			[]want{{"0400 GMT", "2024-06-13T04:00", Day}}},
		{"2024-06-12", "The curfew in Bamako will start at 9 p.m.",
			[]want{{"9 p.m.", "2024-06-12T21:00", Day}}},
		{"2024-06-12", "Fighters stormed the barracks at 3 a.m., residents said.",
			[]want{{"3 a.m.", "2024-06-12T03:00", Day}}},
	})
}

package dates

import "testing"

// Quarters take the clause's tense like months do, whether written "Q3",
// "the third quarter" or "second-quarter"; decades may be named in words.
func TestQuartersAndDecadeWords(t *testing.T) {
	runCases(t, []findCase{
		// DCT in the first quarter of 2024
		{"2024-03-20", "Remittances to Tajikistan fell in Q3, the central bank said.",
			[]want{{"Q3", "2023-Q3", Quarter}}},
		{"2024-03-20", "Wheat imports to Yemen will recover in Q3.",
			[]want{{"Q3", "2024-Q3", Quarter}}},
		{"2024-03-20", "Attacks on aid convoys in Darfur doubled in the second quarter of 2023.",
			[]want{{"the second quarter of 2023", "2023-Q2", Quarter}}},
		{"2024-03-20", "Second-quarter gas exports from Turkmenistan slumped.",
			[]want{{"Second-quarter", "2023-Q2", Quarter}}},
		{"2024-03-20", "Chechnya was at war through much of the nineties.",
			[]want{{"the nineties", "199", Decade}}},
		{"2024-03-20", "Drought returned to the Sahel in the early eighties.",
			[]want{{"the early eighties", "198", Decade}}},
		{"2024-03-20", "Militias have multiplied in Haiti since the twenties began.",
			[]want{{"the twenties", "202", Decade}}},
		{"2024-03-20", "A ceasefire needs a second round of talks; the monitor waited a second.",
			[]want{{"a second", "PT1S", Unknown}}},
	})
}

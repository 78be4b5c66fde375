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

// "the day before," counts from the last date told; "at 2300 hours" is a
// clock time, "1500 hours of" a count; a split year "2023/24" is two
// years, like "2019-20", and a slash between unrelated numbers is none.
func TestAnaphoraClockSplitYear(t *testing.T) {
	runCases(t, []findCase{
		{"2024-03-20", "Jihadists seized Djibo on 4 March. The day before, gunmen had burned the market.",
			[]want{{"4 March", "2024-03-04", Day}, {"The day before", "2024-03-03", Day}}},
		{"2024-03-20", "The border post at Ishkashim fell on 2 March. The week after, the guards returned.",
			[]want{{"The week after", "2024-W10", Week}}},
		{"2024-03-20", "Shelling of Khan Younis resumed at about 2300 hours, the agency said.",
			[]want{{"2300 hours", "2024-03-20T23:00", Day}}},
		{"2024-03-20", "Engineers in Balochistan put in 1500 hours of work on the bridge.",
			[]want{{"1500 hours", "PT1500H", Unknown}}},
		{"2024-03-20", "Wheat output in Punjab fell in the 2023/24 season.",
			[]want{{"2023", "2023", Year}, {"24", "2024", Year}}},
	})
	for _, text := range []string{
		"The assembly adopted resolution 2023/25 on Haiti.",
		"Residents of Aleppo paid the day before the vote in cash.",
	} {
		for _, e := range Find(text, day("2024-03-20")) {
			if e.Type == TypeDate {
				t.Errorf("%q: want no date, got %s", text, dump([]Expr{e}))
			}
		}
	}
}

// A year-earlier period counts from the last period told; a second
// comparison counts from the same one.
func TestYearEarlier(t *testing.T) {
	runCases(t, []findCase{
		{"2024-03-20", "Third-quarter output at the Bukhara refinery rose 9% from the year-earlier quarter, and sales beat the year-ago period.",
			[]want{{"the year-earlier quarter", "2022-Q3", Quarter}, {"the year-ago period", "2022-Q3", Quarter}}},
		{"2024-03-20", "Remittances to Nepal in January were up on the year-earlier month.",
			[]want{{"the year-earlier month", "2023-01", Month}}},
		{"2024-03-20", "Cotton exports from Mali fell short of the year-ago quarter.",
			[]want{{"the year-ago quarter", "2022-Q4", Quarter}}},
	})
}

// "in the afternoon" is that part of the day last told; "today's youth"
// is the present age, not the DCT's day.
func TestPartOfDayAndGenericToday(t *testing.T) {
	runCases(t, []findCase{
		{"2024-03-20", "Militants entered Ati on Tuesday. In the afternoon, the army shelled their positions.",
			[]want{{"Tuesday", "2024-03-19", Day}, {"the afternoon", "2024-03-19TAF", Day}}},
		{"2024-03-20", "Curfew in Srinagar was lifted in the morning, police said.",
			[]want{{"the morning", "2024-03-20TMO", Day}}},
		{"2024-03-20", "For today's youth in Kabul, jobs are scarce.",
			[]want{{"today's", "PRESENT_REF", Unknown}}},
		{"2024-03-20", "Today's attack on the Quetta market killed four.",
			[]want{{"Today's", "2024-03-20", Day}}},
	})
}

// A half of "the year" is this year's, or last year's when told in the
// past and not yet begun; short pasts such as "died" are tense cues.
func TestHalfYearAndShortPasts(t *testing.T) {
	runCases(t, []findCase{
		{"2024-03-20", "Kidnappings in Zamfara rose in the first half of the year.",
			[]want{{"the first half of the year", "2024-H1", Quarter}}},
		{"2024-03-20", "In the second half of the year, fighting in Sagaing died down.",
			[]want{{"the second half of the year", "2023-H2", Quarter}}},
		{"2024-03-20", "Aid flights to Kandahar will resume in the second half of next year.",
			[]want{{"the second half of next year", "2025-H2", Quarter}}},
		{"2024-03-20", "Two peacekeepers died in Goma on Friday.",
			[]want{{"Friday", "2024-03-15", Day}}},
	})
}

// Centuries written as "the 1800s", decades as "the 80s", days as "the
// first of March", and "the prior year".
func TestCenturiesDecadesOrdinalDays(t *testing.T) {
	runCases(t, []findCase{
		{"2024-03-20", "Caravan towns of the Sahel flourished in the 1800s.",
			[]want{{"1800s", "18", Century}}},
		{"2024-03-20", "Kabul's population doubled in the 2000s.",
			[]want{{"2000s", "200", Decade}}},
		{"2024-03-20", "Famine struck Ethiopia in the 80s and again in the late 80s.",
			[]want{{"80s", "198", Decade}, {"late 80s", "198", Decade}}},
		{"2024-03-20", "The first of March was calm in Rafah, residents said.",
			[]want{{"The first of March", "2024-03-01", Day}}},
		{"2024-03-20", "The prior year, 300 people died on the Darien route.",
			[]want{{"The prior year", "2023", Year}}},
	})
	if got := Find("The commander of the brigade is in his 80s.", day("2024-03-20")); len(got) > 0 {
		t.Errorf("an age is no decade: got %s", dump(got))
	}
}

// A four-digit clock with "local time" after it is a time of day.
func TestLocalTimeClock(t *testing.T) {
	runCases(t, []findCase{
		{"2024-03-20", "The raid on the camp near Jenin began at 0300 local time Monday.",
			[]want{{"0300 local time Monday", "2024-03-18T03:00", Day}}},
	})
}

// Fiscal years written with two digits.
func TestShortFiscalYear(t *testing.T) {
	runCases(t, []findCase{
		{"2024-01-20", "Pakistan's defence budget rose in FY24, the ministry said.",
			[]want{{"FY24", "2024", Year}}},
		{"2024-01-20", "Kenya's security spending for FY 25 was cut.",
			[]want{{"FY 25", "2025", Year}}},
	})
	if got := Find("The convoy used route FY 12-3 near Garissa.", day("2024-01-20")); len(got) > 0 {
		t.Errorf("a route code is no year: got %s", dump(got))
	}
}

// A year before a verb that is also a count word ("killed") is a year
// when a preposition of time or another year puts it in time; alone it
// is a toll.
func TestYearBeforeKilled(t *testing.T) {
	runCases(t, []findCase{
		{"2024-06-12", "The floods of 2022 killed 1,700 people in Sindh.",
			[]want{{"2022", "2022", Year}}},
		{"2024-06-12", "Fighting in Chechnya between 1994 and 1996 killed tens of thousands.",
			[]want{{"1994", "1994", Year}, {"1996", "1996", Year}}},
	})
	for _, e := range Find("Rebels in Ituri said 2022 killed and 300 wounded.", day("2024-06-12")) {
		if e.Value == "2022" {
			t.Errorf("a toll read as a year: %s", dump([]Expr{e}))
		}
	}
}

package dates

import "testing"

// "That day", "the same day", "the following day", "the next morning"
// and "a year earlier" count from the time last told; a day told after a
// month or a week only is known to that month or week; "three days later"
// outside a future clause with no day told counts from nothing.
func TestAnaphoraAfterCoarserPeriod(t *testing.T) {
	runCases(t, []findCase{
		// DCT Wednesday 12 June 2024
		{"2024-06-12", "M23 rebels entered Bunagana last October. That same day, the customs post was looted.",
			[]want{{"last October", "2023-10", Month}, {"That same day", "2023-10", Month}}},
		{"2024-06-12", "Soldiers withdrew from Ber this week; the same day, the camp was burned.",
			[]want{{"this week", "2024-W24", Week}, {"the same day", "2024-W24", Week}}},
		{"2024-06-12", "Protesters blocked the road to Sucre on 2 June. The following day, police cleared it.",
			[]want{{"2 June", "2024-06-02", Day}, {"The following day", "2024-06-03", Day}}},
		{"2024-06-12", "An IED struck a bus near Peshawar on Saturday. The next morning, the army sealed the district.",
			[]want{{"Saturday", "2024-06-08", Day}, {"The next morning", "2024-06-09TMO", Day}}},
		// "the previous evening" is the day before, as "the next morning" the day after
		{"2024-06-12", "Gunmen stormed a checkpoint near Kotli on Saturday. The previous evening, two shops were burned.",
			[]want{{"Saturday", "2024-06-08", Day}, {"The previous evening", "2024-06-07TEV", Day}}},
		{"2024-06-12", "The previous night, drones struck a depot near Zarafshan, the governor said.",
			[]want{{"The previous night", "2024-06-11TNI", Day}}},
		// Russian "накануне" (the day before) as a report tells it
		{"2024-06-12", "Накануне вечером неизвестные напали на пост полиции в Навои.",
			[]want{{"Накануне вечером", "2024-06-11TEV", Day}}},
		{"2024-06-12", "Kyrgyz and Tajik guards clashed at Batken on 14 September 2022. A year earlier, a similar clash killed 55.",
			[]want{{"14 September 2022", "2022-09-14", Day}, {"A year earlier", "2021", Year}}},
		{"2024-06-12", "Grain stocks in Niamey ran out on 5 May. That day, prices doubled.",
			[]want{{"5 May", "2024-05-05", Day}, {"That day", "2024-05-05", Day}}},
		// "later" with no day told, outside a future clause: no date to count from
		{"2024-06-12", "Three days later, the garrison in Tessalit surrendered.",
			[]want{{"Three days", "P3D", Unknown}}},
		{"2024-06-12", "Три дня спустя гарнизон сдался.",
			[]want{{"Три дня", "P3D", Unknown}}},
		{"2024-06-12", "Three days later, the envoys will return to Juba.",
			[]want{{"Three days later", "2024-06-15", Day}}},
	})
}

// "The coming days", "the past days" are some days, not one.
func TestSomeDays(t *testing.T) {
	runCases(t, []findCase{
		{"2024-06-12", "UN convoys will reach Kadugli in the coming days.",
			[]want{{"coming days", "PXD", Unknown}}},
		{"2024-06-12", "Over the past days, drone strikes hit Sumy repeatedly.",
			[]want{{"past days", "PXD", Unknown}}},
	})
}

// A weekday told with its week ("Tuesday last week", "во вторник на
// прошлой неделе", "سه‌شنبه هفته گذشته") is that week's day, not the
// nearest one.
func TestWeekdayOfWeek(t *testing.T) {
	runCases(t, []findCase{
		// DCT Thursday 12 February 2026; last week ran 2 to 8 February
		{"2026-02-12", "Gunmen raided a market near Kidal on Tuesday last week, elders said.",
			[]want{{"Tuesday last week", "2026-02-03", Day}}},
		{"2026-02-12", "The convoy will leave Termez on Monday of next week.",
			[]want{{"Monday of next week", "2026-02-16", Day}}},
		{"2026-02-12", "Боевики атаковали пост во вторник на прошлой неделе.",
			[]want{{"вторник на прошлой неделе", "2026-02-03", Day}}},
		{"2026-02-12", "افراد مسلح روز سه‌شنبه هفته گذشته به یک پاسگاه حمله کردند.",
			[]want{{"سه‌شنبه هفته گذشته", "2026-02-03", Day}}},
		// "دیشب" (last night) in one word
		{"2026-02-12", "دیشب افراد مسلح به یک پاسگاه پولیس حمله کردند.",
			[]want{{"دیشب", "2026-02-11", Day}}},
	})
}

package dates

import "testing"

// Spans that carry their own anchor count from it; a holiday's week is
// the ISO week that holds it; a quoted title is neither year nor duration.
func TestAnchoredSpans(t *testing.T) {
	runCases(t, []findCase{
		// 2024-03-20 is a Wednesday
		{"2024-03-20", "Gunmen fired on a polling station in Sindh the day before Tuesday's by-election.",
			[]want{{"the day before Tuesday's", "2024-03-18", Day}}},
		{"2024-03-20", "The convoy reached Kidal two days after March 3, a spokesman said.",
			[]want{{"two days after March 3", "2024-03-05", Day}}},
		{"2024-03-20", "Talks in Doha were held in the week of 11 March.",
			[]want{{"the week of 11 March", "2024-W11", Week}}},
		// 2-3 March 2024 is a Saturday and Sunday
		{"2024-03-20", "Herders and farmers clashed near Jos on the weekend of 2-3 March.",
			[]want{{"the weekend of 2-3 March", "2024-W09-WE", Week}}},
		{"2024-03-20", "Opposition rallies in Karachi are planned for the weekend of 30 March.",
			[]want{{"the weekend of 30 March", "2024-W13-WE", Week}}},
		{"2025-04-16", "The Christmas week truce in the Sahel collapsed within days.",
			[]want{{"Christmas week", "2024-W52", Week}}},
		// a shift from an event stays a duration
		{"2024-03-20", "Troops left Gao two days after the ambush.",
			[]want{{"two days", "P2D", Unknown}}},
		{"2024-03-20", "Veterans of the class of '60 met in Lahore.",
			[]want{{"'60", "1960", Year}}},
	})
	// titles in wire-style quotation marks
	for _, text := range []string{
		"The minister told ''48 Hours'' that the Wakhan border would stay open.",
		"The Dari service of the broadcaster airs “24 Hours” from Kabul.",
	} {
		if got := Find(text, day("2024-03-20")); len(got) > 0 {
			t.Errorf("%q: want no expressions, got %s", text, dump(got))
		}
	}
}

// Bare plural units before a shift are a vague few units from the last
// date told; "the night before," is that part of the day before it.
func TestVagueShiftAndPartBefore(t *testing.T) {
	runCases(t, []findCase{
		{"2024-03-20", "Rebels took Menaka on 4 March. Days later, troops came back.",
			[]want{{"Days later", "2024-W10", Week}}},
		{"2024-03-20", "Weeks ago, the road to Herat was closed by floods.",
			[]want{{"Weeks ago", "2024-02", Month}}},
		{"2024-03-20", "The port of Hodeidah was hit on 10 March. The night before, drones had struck.",
			[]want{{"The night before", "2024-03-09TNI", Day}}},
	})
	for _, text := range []string{
		"Aid stocks in Goma last for days, officials said.",
		"In the weeks before the vote in Dhaka, arrests rose.",
	} {
		for _, e := range Find(text, day("2024-03-20")) {
			t.Errorf("%q: want nothing, got %s", text, dump([]Expr{e}))
		}
	}
}

// "The weekend" told in the past tense on a weekday is the one just gone,
// late in the week as early in it; told of what is planned, the next.
func TestWeekendByTense(t *testing.T) {
	runCases(t, []findCase{
		// 2024-03-21 is a Thursday
		{"2024-03-21", "Bandits raided a village in Katsina at the weekend, police said.",
			[]want{{"the weekend", "2024-W11-WE", Week}}},
		{"2024-03-22", "Two soldiers were killed near Menaka over the weekend.",
			[]want{{"the weekend", "2024-W11-WE", Week}}},
		{"2024-03-21", "Rallies are planned in Multan at the weekend.",
			[]want{{"the weekend", "2024-W12-WE", Week}}},
	})
}

package dates

import "testing"

// The Islamic feasts fall by the tabular lunar calendar; the clause's
// tense picks the occurrence; Ramadan keeps its exact range.
func TestLunarFeasts(t *testing.T) {
	runCases(t, []findCase{
		{"2024-05-20", "During Ramadan, attacks fell in Mogadishu.",
			[]want{{"Ramadan", "2024-03", Month}}},
		{"2024-05-20", "A bomb exploded near a mosque in Kabul on Eid al-Fitr.",
			[]want{{"Eid al-Fitr", "2024-04-10", Week}}},
		{"2024-05-20", "Pilgrims from Bamako will travel to Mecca for Eid ul-Adha.",
			[]want{{"Eid ul-Adha", "2024-06-17", Week}}},
		{"2024-05-20", "Ashura processions were attacked in Quetta.",
			[]want{{"Ashura", "2023-07-28", Week}}},
		{"2024-05-20", "The truce in Sanaa held through Ramadan 2023.",
			[]want{{"Ramadan 2023", "2023-04", Month}}},
	})
	es := Find("Shelling of Deir ez-Zor eased during Ramadan.", day("2024-05-20"))
	if len(es) != 1 {
		t.Fatalf("want Ramadan, got %s", dump(es))
	}
	from, to, ok := es[0].Range()
	if !ok || from != day("2024-03-11") || to != day("2024-04-10") {
		t.Errorf("Ramadan 1445 range %v–%v (%v), want 2024-03-11–2024-04-10", from, to, ok)
	}
	for y, want := range map[int]int{1445: 1445, 1446: 1446} {
		if got := lunarYearOf(lunarDate(y, 1, 1, day("2024-01-01").Location())); got != want {
			t.Errorf("lunarYearOf(1 Muharram %d) = %d", y, got)
		}
	}
	if got := Find("Officials checked every ID card and the eid of the clan.", day("2024-05-20")); len(got) > 0 {
		t.Errorf("want nothing, got %s", dump(got))
	}
}

package dates

import "testing"

// A week or a half of a named month: the ISO week holding most of that
// week's days, or the month with the half's mod.
func TestPartsOfMonth(t *testing.T) {
	runCases(t, []findCase{
		// DCT Wednesday 12 June 2024; 1 April 2024 is a Monday
		{"2024-06-12", "Jihadists overran two army posts near Menaka in the first week of April, residents said.",
			[]want{{"the first week of April", "2024-W14", Week}}},
		{"2024-06-12", "Cartel gunmen blocked the highway to Culiacan during the last week of May.",
			[]want{{"the last week of May", "2024-W22", Week}}},
		{"2024-06-12", "The electoral commission in Dhaka will publish the results in the third week of July.",
			[]want{{"the third week of July", "2024-W29", Week}}},
		{"2024-06-12", "Aid convoys reached Rafah only in the second week of January 2023.",
			[]want{{"the second week of January 2023", "2023-W02", Week}}},
		{"2024-06-12", "Turkish drones struck Qamishli repeatedly in the second half of March.",
			[]want{{"the second half of March", "2024-03", Month}}},
		{"2024-06-12", "Wheat arrived in Dushanbe in the first half of February, the ministry said.",
			[]want{{"the first half of February", "2024-02", Month}}},
		// a lunar month: Ramadan 1445 began on 11 March 2024
		{"2024-06-12", "Suicide attacks in Mogadishu rose in the first week of Ramadan.",
			[]want{{"the first week of Ramadan", "2024-W11", Week}}},
		// February 2024 has no fifth week
		{"2024-06-12", "Shelling of Avdiivka eased in the fifth week of February.",
			[]want{{"February", "2024-02", Month}}},
		// no month after "of": the week before the DCT's, as before
		{"2024-06-12", "Fighting in Khartoum eased in the last week.",
			[]want{{"the last week", "2024-W23", Week}}},
		// a sixth week of a month does not exist
		{"2024-06-12", "Talks in Bogota stalled in the sixth week of May, the mediators said.",
			[]want{{"May", "2024-05", Month}}},
	})
	got := Find("Protesters in Lahore marched in the second half of March.", day("2024-06-12"))
	if len(got) != 1 || got[0].Mod != "END" {
		t.Errorf("second half of a month: want mod END, got %s", dump(got))
	}
}

// "early", "mid" and "late" keep the month's value and carry the part as
// a mod, which narrows the range to that third of the month.
func TestMonthThirds(t *testing.T) {
	dct := day("2024-06-12")
	for _, c := range []struct {
		text, span, value, mod string
		from, to               string
	}{
		{"Floods cut the road to Sehwan in early June, officials in Sindh said.", "early June", "2024-06", "START", "2024-06-01", "2024-06-11"},
		{"Herders and farmers clashed near Bauchi in mid-May.", "mid-May", "2024-05", "MID", "2024-05-11", "2024-05-22"},
		{"The vote in Tegucigalpa is due in late July.", "late July", "2024-07", "END", "2024-07-22", "2024-08-01"},
	} {
		got := Find(c.text, dct)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value || got[0].Mod != c.mod {
			t.Errorf("%q: want %s=%s mod %s, got %s", c.text, c.span, c.value, c.mod, dump(got))
			continue
		}
		from, to, ok := got[0].Range()
		if !ok || from.Format("2006-01-02") != c.from || to.Format("2006-01-02") != c.to {
			t.Errorf("%q: range %v..%v, want %s..%s", c.text, from, to, c.from, c.to)
		}
	}
}

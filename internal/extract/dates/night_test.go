package dates

import "testing"

// A night named by its two days is the evening it begins on; "overnight"
// takes the day named after it; a night or the early hours named by one
// date are that date.
func TestNights(t *testing.T) {
	runCases(t, []findCase{
		// DCT Wednesday 12 June 2024
		{"2024-06-12", "Gunmen stormed a church in Dori on the night of 3 to 4 March, the diocese said.",
			[]want{{"the night of 3 to 4 March", "2024-03-03TNI", Day}}},
		{"2024-06-12", "Militants attacked a post in Kurram on the night of 4/5 June, the military said.",
			[]want{{"the night of 4/5 June", "2024-06-04TNI", Day}}},
		{"2024-06-12", "ELN fighters raided an army base in Arauca on the night of 31 May to 1 June.",
			[]want{{"the night of 31 May to 1 June", "2024-05-31TNI", Day}}},
		{"2024-06-12", "Israeli jets struck targets near Homs in the night between Saturday and Sunday, state media said.",
			[]want{{"the night between Saturday and Sunday", "2024-06-08TNI", Day}}},
		{"2024-06-12", "Residents of Khost fled during the night from Monday into Tuesday.",
			[]want{{"the night from Monday into Tuesday", "2024-06-10TNI", Day}}},
		{"2024-06-12", "Police in Karachi said the blast happened on the night of June 9.",
			[]want{{"June 9", "2024-06-09", Day}}},
		{"2024-06-12", "Two checkpoints near Kidal were attacked overnight Tuesday, the army said.",
			[]want{{"overnight Tuesday", "2024-06-11TNI", Day}}},
		{"2024-06-12", "Shelling resumed overnight on Sunday in Marib.",
			[]want{{"overnight on Sunday", "2024-06-09TNI", Day}}},
		{"2024-06-12", "A convoy was ambushed late on Monday south of Timbuktu.",
			[]want{{"Monday", "2024-06-10", Day}}},
		{"2024-06-12", "Rockets hit Jalalabad airport in the early hours of Friday (AFP).",
			[]want{{"Friday", "2024-06-07", Day}}},
		{"2024-06-12", "Troops moved into Tillaberi in the small hours of 2 June.",
			[]want{{"2 June", "2024-06-02", Day}}},
		// a bare "overnight" is the night before the DCT
		{"2024-06-12", "Sirens sounded in Erbil overnight.",
			[]want{{"overnight", "2024-06-11TNI", Day}}},
	})
	// days that do not follow each other make no night
	for _, e := range Find("Curfew held on the night of 3 to 9 March in Ouagadougou.", day("2024-06-12")) {
		if e.Value == "2024-03-03TNI" || e.Value == "2024-03-08TNI" {
			t.Errorf("want no night for days six apart, got %s", dump([]Expr{e}))
		}
	}
}

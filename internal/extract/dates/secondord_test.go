package dates

import "testing"

// "A second" before a noun is the ordinal; elsewhere one second.
func TestOrdinalSecond(t *testing.T) {
	for _, c := range []struct {
		text string
		dur  bool
	}{
		{"Hours later, a second blast tore through the market in Peshawar.", false},
		{"Protests in Dhaka entered a second week.", false},
		{"Police in Santiago fired tear gas a second time.", false},
		{"The crowd in Bamako fell silent for a second, then surged forward.", true},
		{"The tremor near Herat lasted a second or two.", true},
		{"The guard hesitated a second.", true},
	} {
		got := false
		for _, e := range Find(c.text, day("2024-06-12")) {
			if e.Value == "PT1S" {
				got = true
			}
		}
		if got != c.dur {
			t.Errorf("%q: duration PT1S %v, want %v", c.text, got, c.dur)
		}
	}
}

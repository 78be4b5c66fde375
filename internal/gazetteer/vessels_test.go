package gazetteer

import (
	"slices"
	"testing"
)

// TestVessels: a ship named after a port or a city ("the tanker Marlin
// Nyeri", "the frigate Berbera") is no place, nor are the bare repeats of
// its name; the ports it sails between still are.
func TestVessels(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text string
		want []string // mentions found, in order
	}{
		{"A missile struck the tanker Marlin Nyeri in the Red Sea. The Nyeri was towed away.", []string{"Red Sea"}},
		{"The frigate Berbera and the destroyer USS Halsey escorted a convoy from Mombasa.", []string{"Mombasa"}},
		{"Pirates boarded the merchant vessel Lamu Star off Bosaso.", []string{"Bosaso"}},
	} {
		if got := mentionTexts(g, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: mentions %q, want %q", tc.text, got, tc.want)
		}
	}
}

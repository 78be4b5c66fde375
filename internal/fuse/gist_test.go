package fuse

import (
	"strings"
	"testing"
)

// The gist reads the title and lead only: the work it does must not grow
// with the rest of the text (a hostile input may be megabytes of words).
func TestGistReadsOnlyTheLead(t *testing.T) {
	lead := "Gunmen on motorbikes attacked a market near Tillaberi on Sunday, the regional governor said. "
	tests := []struct {
		name, body string
	}{
		{"wire prose", strings.Repeat("Soldiers returned fire and the attackers fled towards the border, a security source said. ", 20000)},
		{"words without punctuation", strings.Repeat("convoy patrol village ambush ", 60000)},
		{"one long list", strings.Repeat("3 killed, ", 150000)},
	}
	short := Gist("Market attack", lead)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := lead + tc.body
			got := Gist("Market attack", text)
			if len(got) < len(short) || strings.Join(got[:len(short)], " ") != strings.Join(short, " ") {
				t.Fatalf("gist of the long text %q does not start with the lead's %q", got, short)
			}
			allocs := testing.AllocsPerRun(3, func() { Gist("Market attack", text) })
			// a few per word of title and lead (maxGist, leadWords), none per word beyond
			if limit := float64(4 * (maxGist + leadWords)); allocs > limit {
				t.Errorf("Gist of a %d-byte text made %.0f allocations, want at most %.0f", len(text), allocs, limit)
			}
		})
	}
}

// Two forms of one word are one gist word, and the plural of a word that
// says nothing says nothing either.
func TestGistWordForms(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"shells", "shell"}, // a stop word's plural: both dropped
		{"airstrikes", "airstrike"},
		{"ambushes", "ambush"},
		{"torched", "torch"},
		{"looted", "looting"},
		{"barges", "barge"},
		{"hijacked", "hijack"},
		{"mosques", "mosque"},
	} {
		if ga, gb := gistWord(tc.a), gistWord(tc.b); ga != gb {
			t.Errorf("gistWord(%q) = %q, gistWord(%q) = %q: want one word", tc.a, ga, tc.b, gb)
		}
	}
	for _, w := range []string{"airstrikes", "pakistanis", "malians", "colombia's"} {
		if g := gistWord(strings.Join(words(w), "")); g != "" {
			t.Errorf("gistWord(%q) = %q, want nothing", w, g)
		}
	}
	for _, w := range []string{"witness", "mosques", "convoy"} {
		if g := gistWord(w); g == "" || g != gistWord(g) {
			t.Errorf("gistWord(%q) = %q, and again %q: want a stable word", w, g, gistWord(g))
		}
	}
}

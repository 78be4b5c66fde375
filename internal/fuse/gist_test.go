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

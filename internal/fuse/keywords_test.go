package fuse

import (
	"strings"
	"testing"
)

// Keywords (proper names and ages from the sentences that tell the event)
// count as names the reports share, even when no claim was read.
func TestKeywordsAreNames(t *testing.T) {
	a := countryOnly("m-1", "a-1")
	b := countryOnly("m-2", "a-2")
	c := countryOnly("m-3", "a-3")
	a.Keywords = []string{"mocimboa", "pinnacle", "34-year-old"}
	b.Keywords = []string{"pinnacle", "34-year-old"}
	c.Keywords = []string{"montepuez", "51-year-old"}
	if s, why, _ := Match(&a, &b); s < Threshold || !strings.Contains(why, "share 2 name(s)") {
		t.Errorf("same names: %.2f %s", s, why)
	}
	if s, why, _ := Match(&a, &c); s >= Threshold {
		t.Errorf("different names merged: %.2f %s", s, why)
	}
}

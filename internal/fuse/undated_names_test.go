package fuse

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// With no date to compare, two shared proper names carry a match that
// dated reports would reach with their dates; one shared name does not,
// and dated reports keep the ordinary weight.
func TestNamesStandInForUnknownDate(t *testing.T) {
	undated := func(id, art string, kw ...string) event.Event {
		e := countryOnly(id, art)
		e.EventDate, e.TimePrecision, e.DateGuessed = "2026-10-02", 3, true
		e.Keywords = kw
		return e
	}
	cases := []struct {
		name   string
		a, b   []string
		merge  bool
		reason string
	}{
		{"two names", []string{"kessler", "marrowfield", "41-year-old"}, []string{"kessler", "marrowfield"}, true, "share 2 name(s)"},
		{"one name", []string{"kessler", "marrowfield"}, []string{"kessler", "tollbridge"}, false, "share 1 name(s)"},
		{"none", []string{"kessler"}, []string{"tollbridge"}, false, "date unknown"},
	}
	for _, c := range cases {
		a, b := undated("m-1", "a-1", c.a...), undated("m-2", "a-2", c.b...)
		s, why, ok := Match(&a, &b)
		if !ok || (s >= Threshold) != c.merge || !strings.Contains(why, c.reason) {
			t.Errorf("%s: %.2f %v %s", c.name, s, ok, why)
		}
	}
	// Dated on the same day, two names are the usual +0.20.
	a, b := countryOnly("m-1", "a-1"), countryOnly("m-2", "a-2")
	a.Keywords, b.Keywords = []string{"kessler", "marrowfield"}, []string{"kessler", "marrowfield"}
	if _, why, _ := Match(&a, &b); !strings.Contains(why, "share 2 name(s) (kessler) +0.20") {
		t.Errorf("dated: %s", why)
	}
}

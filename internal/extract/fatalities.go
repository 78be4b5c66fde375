package extract

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// fatalities applies ACLED's conservative rule to the killed claims:
//
//   - each source's figure is the largest it gives for the event, where
//     numbers of different people in one sentence add up ("15 assailants ...
//     a soldier and a policeman also died" is 17) and "in addition to"/
//     "others" counts add to the sentence's first;
//   - a figure from the perpetrator (a source naming actor 1, such as the
//     group's spokesman) is set aside when any other source gives one;
//   - Fatalities is the lowest remaining figure; FatalitiesLow and
//     FatalitiesHigh span all sources, the perpetrator's included.
//
// Lumped "killed or wounded" counts and headline numbers are not deaths.
func fatalities(ev *evb, e *event.Event) {
	type key struct {
		src  string
		sent int
	}
	sums := map[key]int{}
	sides := map[key]string{} // the one side a sentence's count is of; "*" several or unknown
	for _, sc := range ev.claims {
		if sc.c.Kind != event.Killed || sc.c.Headline {
			continue
		}
		k := key{sc.c.AttributedTo, sc.sent}
		sums[k] += sc.c.Count
		side := sc.side
		if side == "" {
			side = "*"
		}
		if o, ok := sides[k]; ok && o != side {
			side = "*"
		}
		sides[k] = side
	}
	perSrc := map[string]int{}
	srcSide := map[string]string{}
	for k, v := range sums {
		if v > perSrc[k.src] {
			perSrc[k.src] = v
			srcSide[k.src] = sides[k]
		}
	}
	if len(perSrc) == 0 {
		return
	}
	perp := func(src string) bool {
		if src == "" || e.Actor1 == "" {
			return false
		}
		ls, la := strings.ToLower(src), strings.ToLower(e.Actor1)
		if i := strings.Index(la, ":"); i > 0 {
			la = la[:i]
		}
		if strings.Contains(ls, la) {
			return true
		}
		for _, w := range strings.Fields(la) {
			if len(w) > 4 && strings.Contains(ls, w) && !strings.Contains(la, "forces") {
				return true
			}
		}
		return false
	}
	indep := false
	for s := range perSrc {
		if !perp(s) {
			indep = true
		}
	}
	lo, hi, best := -1, 0, -1
	srcs := make([]string, 0, len(perSrc))
	for s := range perSrc {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	for _, s := range srcs {
		v := perSrc[s]
		if lo < 0 || v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
		if indep && perp(s) {
			continue
		}
		if srcSide[s] != "*" {
			continue // one side's own dead: added up below
		}
		if best < 0 || v < best {
			best = v
		}
	}
	// sources that each count one side's dead ("three of its soldiers",
	// "two Afghan soldiers") are parts of the toll, not alternatives to
	// it: the lowest figure for each side, added up, is a floor
	part := map[string]int{}
	for _, s := range srcs {
		sd := srcSide[s]
		if sd == "*" || (indep && perp(s)) {
			continue
		}
		if v, ok := part[sd]; !ok || perSrc[s] < v {
			part[sd] = perSrc[s]
		}
	}
	if len(part) > 0 {
		sum := 0
		for _, v := range part {
			sum += v
		}
		if sum > best {
			best = sum
		}
		if sum > hi {
			hi = sum
		}
	}
	e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh = best, lo, hi
}

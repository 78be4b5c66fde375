package extract

import "github.com/sitrep/sitrep/internal/event"

// A toll told as the toll ("death toll rises to 85", "the toll from the
// blast now stands at 40", "death toll of 12") counts the dead: the count
// follows the noun of the toll, with no noun of its own after it. A
// "casualty toll" counts the dead and wounded together.

// tollReach is how many words may stand between "toll" and its count:
// "the death toll from Sunday's bombing of the market has risen to".
const tollReach = 12

// tollLinks stand right before a toll's count.
var tollLinks = set("to", "at", "now", "of", "reaches", "reached", "hits", "hit", "tops", "topped", "passes", "passed", "is", "was")

// tollUpdate reads the count at token a as a toll told before it: the
// kind (killed, or casualties for a casualty toll) and the token of
// "toll"; "" when no toll is told.
func tollUpdate(st *sent, a int) (string, int) {
	if !tollLinks[st.w(a-1)] {
		return "", -1
	}
	for j := a - 1; j >= 0 && j >= a-tollReach; j-- {
		w := st.w(j)
		if st.toks[j].number() || w == ";" || w == "." {
			return "", -1 // another count, or another clause
		}
		if w != "toll" {
			continue
		}
		switch st.w(j - 1) {
		case "casualty", "injury":
			return event.Casualties, j
		}
		return event.Killed, j
	}
	return "", -1
}

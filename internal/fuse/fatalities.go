package fuse

import (
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// FatalitiesRule is the rule Fuse applies, for the README.
const FatalitiesRule = `Fatalities follow ACLED's conservative rule. Only claims of people killed count ("casualties", killed and wounded lumped together, do not). A report is what one article says, split into the article's own credible claims and its perpetrator claims. Within a report, claims about the same group ("soldiers") give a range from the smallest to the largest figure, claims about different groups ("3 soldiers", "2 border guards") add up, and a figure for everyone ("8 people") counts as a total that the groups cannot exceed. Best (fatalities) is the lowest figure among credible reports; "at least N" counts as N, a range "N to M" as N. A perpetrator claim, attributed to the group named as actor1 (a militant group claiming its own attack), is left out of best unless perpetrator claims are the only reports. Low is the lowest and high the highest figure over all reports, perpetrator claims included (high also takes a stated upper bound such as "3 to 5"). The toll is contested when the largest figure any report gives is more than 1.5 times the smallest (3 vs 5 is contested; 2 vs 3 is not; 0 vs any is).`

// tollFactor: tolls differing by more than this factor are contested.
const tollFactor = 1.5

// genericWho are Claim.Who values that count everyone.
var genericWho = map[string]bool{
	"": true, "people": true, "persons": true, "person": true, "individuals": true,
	"dead": true, "killed": true, "bodies": true, "lives": true, "victims": true,
}

type tollReport struct {
	lo, top, hi int // lowest reading, highest stated figure, highest incl. bounds
	perp        bool
}

type whoGroup struct{ lo, top, hi int }

// tolls reads the killed claims of the mentions (in canonical order) into
// reports: one per article and credibility.
func tolls(ms []*event.Event, perpKeys [][]string) []tollReport {
	type key struct {
		article string
		perp    bool
	}
	var order []key
	groups := map[key]map[string]*whoGroup{}
	for mi, m := range ms {
		art := ""
		if len(m.Articles) > 0 {
			art = m.Articles[0].ID
		}
		for _, c := range m.Claims {
			// A headline figure is kept only where the body gives the
			// same one: counting it again would double the toll.
			if c.Kind != event.Killed || c.Count < 0 || c.Headline {
				continue
			}
			a := c.ArticleID
			if a == "" {
				a = art
			}
			k := key{a, perpetratorClaim(c.AttributedTo, perpKeys[mi])}
			g := groups[k]
			if g == nil {
				g = map[string]*whoGroup{}
				groups[k] = g
				order = append(order, k)
			}
			who := strings.Join(words(c.Who), " ")
			if genericWho[who] {
				who = ""
			}
			hi := max(c.Count, c.High)
			if w := g[who]; w == nil {
				g[who] = &whoGroup{c.Count, c.Count, hi}
			} else {
				w.lo, w.top, w.hi = min(w.lo, c.Count), max(w.top, c.Count), max(w.hi, hi)
			}
		}
	}
	// The extractor has already read each article's own figure (which
	// counts are one side's, which are totals): where it did, that figure
	// is the article's credible report, so the two stages agree.
	own := map[string]*event.Event{}
	for _, m := range ms {
		if len(m.Articles) > 0 && (m.Fatalities > 0 || m.FatalitiesHigh > 0) {
			own[m.Articles[0].ID] = m
		}
	}
	var out []tollReport
	for _, k := range order {
		if m := own[k.article]; m != nil && !k.perp {
			out = append(out, tollReport{lo: m.Fatalities, top: m.Fatalities, hi: max(m.Fatalities, m.FatalitiesHigh)})
			continue
		}
		var sum whoGroup
		var total *whoGroup
		for who, w := range groups[k] {
			if who == "" {
				total = w
				continue
			}
			sum.lo += w.lo
			sum.top += w.top
			sum.hi += w.hi
		}
		r := tollReport{lo: sum.lo, top: sum.top, hi: sum.hi, perp: k.perp}
		if total != nil {
			r.lo, r.top, r.hi = max(r.lo, total.lo), max(r.top, total.top), max(r.hi, total.hi)
		}
		out = append(out, r)
	}
	return out
}

// perpetratorClaim reports whether a claim's speaker is the perpetrator:
// the attribution names one of the actor1 keys (whole words).
func perpetratorClaim(attributedTo string, keys []string) bool {
	if attributedTo == "" || len(keys) == 0 {
		return false
	}
	ws := words(attributedTo)
	for _, k := range keys {
		if len(k) < 3 {
			continue
		}
		// a key is words joined without spaces: look for a run of words
		// whose concatenation is the key.
		for i := range ws {
			s := ""
			for j := i; j < len(ws) && len(s) < len(k); j++ {
				s += ws[j]
				if s == k {
					return true
				}
			}
		}
	}
	return false
}

// fatalities applies FatalitiesRule: best, low, high and whether the toll
// is contested.
func fatalities(reports []tollReport) (best, low, high int, contested bool) {
	if len(reports) == 0 {
		return 0, 0, 0, false
	}
	credible := false
	for _, r := range reports {
		if !r.perp {
			credible = true
		}
	}
	best, low, high = -1, -1, 0
	minLo, maxTop := -1, 0
	for _, r := range reports {
		if !r.perp || !credible {
			if best < 0 || r.lo < best {
				best = r.lo
			}
		}
		if low < 0 || r.lo < low {
			low = r.lo
		}
		high = max(high, r.hi, r.top)
		if minLo < 0 || r.lo < minLo {
			minLo = r.lo
		}
		maxTop = max(maxTop, r.top)
	}
	contested = float64(maxTop) > tollFactor*float64(minLo)
	return best, low, high, contested
}

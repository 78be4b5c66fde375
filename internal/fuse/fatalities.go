package fuse

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// FatalitiesRule is the one fatality rule of sitrep: an event reported by
// one article (what `sitrep extract` shows) and an event merged from many
// get their toll from it alike.
const FatalitiesRule = `Fatalities follow ACLED's conservative rule. Only claims of people killed count ("casualties", killed and wounded lumped together, do not; nor a headline's figure, which the body repeats). A report is what one article says. Within a report, the numbers of different people in one sentence add up ("15 assailants ... a soldier and a policeman also died" is 17), and a figure for everyone ("8 people") is a total that the sentence's groups are part of; each speaker's figure is the largest its sentences give, save that its sentences counting different people (one side's soldiers, the fighters, the civilians) add up; the report's figure is the lowest speaker's figure, and speakers who each count one side's own dead ("three of its soldiers", "two Afghan guards") add up as a floor. A party's own claim is not a credible toll: a perpetrator (the speaker names the group that is actor 1) counting anyone but its own dead, an armed group counting the state forces it fought, or one side of a battle, named, counting the other side's dead, named ("NRF claims 12 Taliban killed"). It stays a claim and sets high, but counts 0 in best. The state counting the armed group's dead (the army's or police's figure of militants killed) is an official claim: it counts in best only when no credible report gives a figure, as official statements are most reports' only source, or when every credible figure counts only the state's or the civilians' dead, whom it adds to ("six militants killed, the army said; two soldiers were also killed" is 8), save in an attack on civilians, where the group's dead fell in another engagement (a pursuit). Best (fatalities) is the lowest figure among credible reports ("at least N" counts as N, "N to M" as N), else among official claims; low the same figure; high the highest figure of any report, party claims and stated upper bounds included. The toll is contested when the largest figure any report gives is more than 1.5 times the smallest (3 vs 5 is contested; 2 vs 3 is not).`

// tollFactor: tolls differing by more than this factor are contested.
const tollFactor = 1.5

// anySide marks a sentence whose count is not of one side's own dead.
const anySide = "*"

// genericWho are Claim.Who values that count everyone: a total, which the
// groups a sentence also counts ("8 people: 3 soldiers and 5 militants")
// are part of, not added to.
var genericWho = map[string]bool{
	"": true, "people": true, "persons": true, "person": true, "individuals": true,
	"dead": true, "killed": true, "bodies": true, "lives": true, "victims": true,
}

// trust is how far a claim's figure is believed (FatalitiesRule).
type trust int

const (
	credible trust = iota // nobody's claim about an enemy
	official              // the state counting the armed group's dead
	partisan              // a perpetrator's or armed group's count of its enemy
)

type tollReport struct {
	lo, top, hi int // lowest reading, highest stated figure, highest incl. bounds
	trust       trust
	// otherDead: every figure counts the state's or the civilians' dead,
	// none the armed group's (nor everyone's): what an official count
	// of the group's dead adds to, not replaces
	otherDead bool
}

// tolls reads each mention's killed claims into reports: an article's
// credible figure and, apart, its official and its partisan claims.
func tolls(ms []*event.Event, actor1 string, perpKeys [][]string, sides [2][]string) []tollReport {
	var out []tollReport
	for i, m := range ms {
		judge := func(c *event.Claim) trust { return claimTrust(c, actor1, perpKeys[i], sides) }
		for _, t := range []trust{credible, official, partisan} {
			if r, ok := articleToll(m.Claims, judge, t); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// articleToll is one article's reading of its killed claims of trust
// want; ok is false when there are none.
func articleToll(cs []event.Claim, judge func(*event.Claim) trust, want trust) (tollReport, bool) {
	sums, highs := map[sentKey]int{}, map[sentKey]int{}
	totals, totalHighs := map[sentKey]int{}, map[sentKey]int{} // counts of everyone
	sides := map[sentKey]string{}                              // the one side a sentence counts; anySide several or unknown
	parts := map[sentKey]string{}                              // whose dead a sentence counts (claimSide), for its speaker's sum
	otherDead := true
	for i := range cs {
		c := &cs[i]
		if c.Kind != event.Killed || c.Headline || c.Count < 0 || judge(c) != want {
			continue
		}
		k := sentKey{c.AttributedTo, c.Quote}
		generic := genericWho[strings.Join(words(c.Who), " ")]
		if generic || c.Victims != "state" && c.Victims != "civ" {
			otherDead = false
		}
		if generic {
			totals[k], totalHighs[k] = max(totals[k], c.Count), max(totalHighs[k], c.Count, c.High)
		} else {
			sums[k] += c.Count
			highs[k] += max(c.Count, c.High)
		}
		side := c.Side
		if side == "" {
			side = anySide
		}
		mergeSide(sides, k, side)
		mergeSide(parts, k, claimSide(c))
	}
	for k, v := range totals {
		sums[k], highs[k] = max(sums[k], v), max(highs[k], totalHighs[k])
	}
	if len(sums) == 0 {
		return tollReport{}, false
	}
	perSrc, srcHigh, srcSide := speakerTolls(sums, highs, sides, parts)
	srcs := make([]string, 0, len(perSrc))
	for s := range perSrc {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	r := tollReport{lo: -1, trust: want, otherDead: otherDead}
	part := map[string]int{} // lowest figure for each side's own dead
	for _, s := range srcs {
		v := perSrc[s]
		r.top, r.hi = max(r.top, v), max(r.hi, v, srcHigh[s])
		if sd := srcSide[s]; sd != anySide {
			if o, ok := part[sd]; !ok || v < o {
				part[sd] = v
			}
			continue
		}
		if r.lo < 0 || v < r.lo {
			r.lo = v
		}
	}
	// Speakers that each count one side's dead tell parts of the toll, not
	// alternatives: added up, they are a floor.
	sum := 0
	for _, v := range part {
		sum += v
	}
	r.lo = max(r.lo, sum)
	r.top, r.hi = max(r.top, sum), max(r.hi, sum)
	return r, true
}

// mergeSide records side s for key k: the one side all of k's counts
// share, anySide once two differ.
func mergeSide[K comparable](m map[K]string, k K, s string) {
	if o, ok := m[k]; ok && o != s {
		s = anySide
	}
	m[k] = s
}

// sentKey is one sentence of one speaker.
type sentKey struct{ src, sent string }

// claimSide is whose dead a claim counts, for adding up the parts of a
// toll: the counted people's country when the text gives it ("two Tajik
// guards"), else the fighters or the civilians as such (a sentence's
// "three intruders" and another's "two guards" are different people);
// anySide when unknown.
func claimSide(c *event.Claim) string {
	switch {
	case c.Side != "":
		return c.Side
	case c.Victims == "armed" || c.Victims == "civ":
		return "victims:" + c.Victims
	}
	return anySide
}

// speakerTolls is each speaker's figure: its sentences that count
// different people ("two border guards were killed" ... "three of the
// intruders were killed": parts, by claimSide) add up, the largest of
// each part's; a sentence of everyone's dead or of no known part is an
// alternative reading, the largest of which stands unless the parts add
// up to more. srcSide is the one country whose own dead a speaker counts
// (across speakers those add up as a floor), anySide when several or
// unknown.
func speakerTolls(sums, highs map[sentKey]int, sides, parts map[sentKey]string) (perSrc, srcHigh map[string]int, srcSide map[string]string) {
	type sk struct{ src, part string }
	byPart := map[sk]int{}
	perSrc, srcHigh, srcSide = map[string]int{}, map[string]int{}, map[string]string{}
	for k, v := range sums {
		byPart[sk{k.src, parts[k]}] = max(byPart[sk{k.src, parts[k]}], v)
		srcHigh[k.src] = max(srcHigh[k.src], highs[k])
		mergeSide(srcSide, k.src, sides[k])
	}
	sum := map[string]int{}
	for k, v := range byPart {
		if k.part == anySide {
			perSrc[k.src] = max(perSrc[k.src], v)
		} else {
			sum[k.src] += v
		}
	}
	for s, v := range sum {
		perSrc[s] = max(perSrc[s], v)
		srcHigh[s] = max(srcHigh[s], v)
	}
	return perSrc, srcHigh, srcSide
}

// claimTrust: whether a claim is one that one of the parties makes about
// the other's losses, and which party (FatalitiesRule). A perpetrator is
// known by name (its spokesman names actor 1); a side by the forces or
// group its speaker stands for.
func claimTrust(c *event.Claim, actor1 string, perpKeys []string, sides [2][]string) trust {
	if ownDead(c.Who) {
		return credible // "two of their guards": a side counting its own dead
	}
	if enemyCount(c, sides) {
		// "NRF claims 12 Taliban killed": one side of a battle counting
		// the other's dead, whichever side the event lists first
		if c.SpeakerSide == "state" && c.Victims == "armed" {
			return official
		}
		return partisan
	}
	own := func(side string) bool { return c.Victims != "" && c.Victims == side }
	if perpetratorClaim(c.AttributedTo, perpKeys) && !own(event.ActorClass(actor1)) {
		if event.ActorClass(actor1) == "state" && c.Victims == "armed" {
			return official
		}
		return partisan
	}
	switch {
	case c.SpeakerSide == "state" && c.Victims == "armed":
		return official
	case c.SpeakerSide == "armed" && c.Victims == "state":
		return partisan
	}
	return credible
}

// enemyCount: the claim's speaker names one side of a battle (sides:
// the keys of its two named actors) and its dead name the other, not
// its own.
func enemyCount(c *event.Claim, sides [2][]string) bool {
	for s := range sides {
		o := 1 - s
		if len(sides[s]) > 0 && len(sides[o]) > 0 && perpetratorClaim(c.AttributedTo, sides[s]) &&
			perpetratorClaim(c.Who, sides[o]) && !perpetratorClaim(c.Who, sides[s]) {
			return true
		}
	}
	return false
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
// is contested. In a one-sided attack (Violence against civilians) the
// group's dead that the state counts fell in another engagement, the
// pursuit or the raid in reply: no part of the attack's toll.
func fatalities(reports []tollReport, oneSided bool) (best, low, high int, contested bool) {
	if len(reports) == 0 {
		return 0, 0, 0, false
	}
	best = -1
	lowest := map[trust]int{}
	for _, r := range reports {
		if o, ok := lowest[r.trust]; !ok || r.lo < o {
			lowest[r.trust] = r.lo
		}
		high = max(high, r.hi, r.top)
	}
	for _, t := range []trust{credible, official} {
		if v, ok := lowest[t]; ok {
			best = v
			break
		}
	}
	off, others := lowest[official]
	others = others && best >= 0 && credibleOthersOnly(reports) // counts of other people: no reading of the toll
	if others && !oneSided {
		// "six militants killed, the army said ... two soldiers were
		// also killed": the credible figures count only the state's or
		// the civilians' dead, so the official count of the group's
		// dead is the rest of the toll, not another reading of it
		best += off
		high = max(high, best)
	}
	best = max(best, 0)
	return best, best, high, tollsDisagree(reports, others)
}

// tollsDisagree: the largest figure of the reports is more than
// tollFactor times the smallest; official counts of other people than
// the credible reports count (fatalities) are no readings of it.
func tollsDisagree(reports []tollReport, officialOthers bool) bool {
	minLo, maxTop := -1, 0
	for _, r := range reports {
		if officialOthers && r.trust == official {
			continue
		}
		if minLo < 0 || r.lo < minLo {
			minLo = r.lo
		}
		maxTop = max(maxTop, r.top)
	}
	return float64(maxTop) > tollFactor*float64(minLo)
}

// credibleOthersOnly: there are credible reports and every one counts
// only the state's or the civilians' dead.
func credibleOthersOnly(reports []tollReport) bool {
	n := 0
	for _, r := range reports {
		if r.trust != credible {
			continue
		}
		if !r.otherDead {
			return false
		}
		n++
	}
	return n > 0
}

// ownDead: the counted people are the speaker's own ("two of their border
// guards", "its soldiers", "our men").
func ownDead(who string) bool {
	for _, w := range words(who) {
		if event.OwnWord(w) {
			return true
		}
	}
	return false
}

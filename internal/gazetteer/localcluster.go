package gazetteer

import "math"

// Local clusters: a local paper names a town with its neighbours, and a
// town may share its name with a world capital or a big city ("Lisbon"
// in a story that also names two villages beside a small American
// Lisbon).
// Coherence (coherence.go) only weighs readings within cohWindow of a
// name's best, so a capital's rank and size keep the small namesake out
// of reach; widening that window costs texts that name big places. The
// signal here is narrower: several of the text's other names each have
// a town within a neighbour's distance of the same small namesake, and
// fewer have any reading in the famous one's region. Three names meeting by
// chance within a few tens of kilometres is rare, and a world-news text
// names places that lie near the big reading (its country, its
// neighbours), which vetoes the rule.

const (
	// clusterAgree: other names that must each have a town beside the
	// namesake (two: with the name itself, three names in one small
	// area)
	clusterAgree = 2
	// clusterBonus lifts the namesake over a capital's rank and size (the
	// most standing gives a reading, cf. cohWindow + cohCap)
	clusterBonus = 9.0
	// clusterMaxHits bounds the readings examined per name (a saint's or
	// a president's name has hundreds of towns); the work is quadratic
	// in them
	clusterMaxHits = 200
	// clusterLatDeg: a cheap box before the great-circle distance
	// (cohNearKm is under half a degree of latitude)
	clusterLatDeg = 0.5
)

// localTown: a reading that can stand in a local cluster (a town or a
// district matched by its own name, not by sound).
func (g *Gazetteer) localTown(h hit) bool {
	k := g.places[h.place].Kind
	return h.tier == tierFold && (k == KindCity || k == KindAdmin2)
}

// near reports whether some local reading of hs lies within cohNearKm
// of place p (p itself excluded).
func (g *Gazetteer) nearAny(p uint32, hs []hit) bool {
	r := &g.places[p]
	for k, h := range hs {
		if k == clusterMaxHits {
			break
		}
		if h.place == p || !g.localTown(h) {
			continue
		}
		q := &g.places[h.place]
		if math.Abs(float64(q.Lat-r.Lat)) > clusterLatDeg {
			continue
		}
		if haversineKm(float64(r.Lat), float64(r.Lon), float64(q.Lat), float64(q.Lon)) < cohNearKm {
			return true
		}
	}
	return false
}

// support counts the other names with a plausible reading within
// cohRegionKm of p (or in a unit p is): the text's other places that
// already speak for p.
func (g *Gazetteer) support(p uint32, names []cohName, self int) int {
	n := 0
	for b := range names {
		if b == self {
			continue
		}
		for _, o := range names[b].cands {
			if g.vouch(p, o.place) > 0 {
				n++
				break
			}
		}
	}
	return n
}

// localCluster adds clusterBonus to a name's small namesake when
// clusterAgree other names have towns beside it and fewer speak for the
// name's best reading. Names read as a country or a
// first-level division make no cluster (a story naming "Cuba" and
// "Albania" is about the countries, whatever American towns share them).
// weak are names that may be words ("Bath", "Franklin"): they do not
// vouch in coherence, but a town of theirs beside the namesake agrees.
func (g *Gazetteer) localCluster(names, weak []cohName, bonus []map[uint32]float64) {
	if len(names)+len(weak) < clusterAgree+1 {
		return
	}
	for a := range names {
		cs := names[a].cands
		if len(cs) == 0 {
			continue
		}
		famous := g.support(cs[0].place, names, a)
		for k, h := range names[a].hits {
			if k == clusterMaxHits {
				break
			}
			if h.place == cs[0].place || !g.localTown(h) {
				continue
			}
			agree := 0
			for b := range names {
				if b == a || len(names[b].cands) == 0 || !g.localTown(hit{place: names[b].cands[0].place, tier: tierFold}) {
					continue
				}
				if g.nearAny(h.place, names[b].hits) {
					agree++
				}
			}
			for _, w := range weak {
				if g.nearAny(h.place, w.hits) {
					agree++
				}
			}
			if agree >= clusterAgree && agree > famous {
				if bonus[a] == nil {
					bonus[a] = map[uint32]float64{}
				}
				bonus[a][h.place] = math.Max(bonus[a][h.place], clusterBonus)
			}
		}
	}
}

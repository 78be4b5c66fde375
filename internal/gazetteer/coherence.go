package gazetteer

import (
	"math"
	"sort"
)

// Document coherence: a text names places that lie together. Of the
// readings of a shared name ("Perth", "Aberdeen", "Kingston"), the one
// near the readings of the text's other names is meant, though a
// namesake elsewhere is far bigger: local news names a town with its
// neighbours, its county and its state, and only a coincidence would put
// another name's reading next to the wrong namesake. Confident readings
// already make context (resolveMentions); coherence also lets two
// ambiguous names that stand together vouch for each other, before
// either is sure.

const (
	// cohWindow: readings within this score of a name's best are
	// plausible enough to vouch for others or to be vouched for (a
	// town of a few tens of thousands against a namesake of two
	// million with a capital's rank).
	cohWindow = 3.5
	// cohTop: plausible readings kept per name (a name such as a colour
	// or a saint's has a dozen districts and towns); more are noise and
	// cost
	cohTop = 10
	// cohNames: names of a text that vouch (the first ones); the work is
	// quadratic in them, so a long list of places stays cheap
	cohNames = 24
	// cohNearKm, cohRegionKm: another name's reading this close is a
	// neighbour (the same town's suburbs, the next town) or in the same
	// region
	cohNearKm   = 50
	cohRegionKm = 200
	// the bonus one other name gives: a neighbour outweighs a big
	// namesake's size and rank, a region less so; a division that holds
	// the reading counts as a neighbour, a country as a region
	cohNear, cohRegion = 3.0, 1.5
	// cohTemp: how fast a reading's word weakens as it falls behind
	// its name's best (a point behind: 0.6 of it)
	cohTemp = 2.0
	// cohCap bounds the bonus from all other names together
	cohCap = 4.5
)

// cohName: a name of the text, its plausible readings (best first) and
// all its readings.
type cohName struct {
	text  string
	cands []cohCand
	hits  []hit
}

type cohCand struct {
	place uint32
	s     float64
	own   bool // matched by the place's own name
}

// coherence returns, for each mention, a bonus per place from the
// plausible readings of the text's other names (nil when nothing
// vouches). extra are mentions that only vouch (names the text has
// outside the spans being resolved).
func (g *Gazetteer) coherence(ms, extra []Mention, ctx *Context) []map[uint32]float64 {
	var names []cohName
	idx := make([]int, len(ms)) // mention -> name, -1 none
	byText := map[string]int{}
	var weak []cohName // names that may be words: they only join local clusters
	add := func(m *Mention) int {
		if m.weak && len(m.hits) > 0 && len(weak) < cohNames {
			weak = append(weak, cohName{text: m.Text, hits: m.hits})
		}
		if len(m.hits) == 0 || m.weak || m.Demonym {
			return -1
		}
		if k, ok := byText[m.Text]; ok {
			return k
		}
		if len(names) >= cohNames {
			return -1
		}
		byText[m.Text] = len(names)
		names = append(names, cohName{m.Text, g.plausible(m, ctx), m.hits})
		return len(names) - 1
	}
	for i := range ms {
		idx[i] = add(&ms[i])
	}
	for i := range extra {
		add(&extra[i])
	}
	if len(names)+len(weak) < 2 || len(names) == 0 {
		return nil
	}
	bonus := make([]map[uint32]float64, len(names))
	for a := range names {
		if !g.spread(names[a].cands) {
			continue // one reading, or all in one place: nothing to choose
		}
		for _, c := range names[a].cands {
			sum := 0.0
			for b := range names {
				if b == a {
					continue
				}
				best := 0.0
				for _, o := range names[b].cands {
					// a reading vouches as much as it is likely
					w := math.Exp((o.s - names[b].cands[0].s) / cohTemp)
					if v := w * g.vouch(c.place, o.place); v > best {
						best = v
					}
				}
				sum += best
			}
			if sum > 0 {
				if bonus[a] == nil {
					bonus[a] = map[uint32]float64{}
				}
				bonus[a][c.place] = math.Min(cohCap, sum)
			}
		}
	}
	g.localCluster(names, weak, bonus)
	for a := range names {
		g.sameUnitBonus(names[a].cands, bonus[a])
	}
	out := make([]map[uint32]float64, len(ms))
	for i, k := range idx {
		if k >= 0 {
			out[i] = bonus[k]
		}
	}
	return out
}

// plausible scores a mention's readings in the context and keeps the
// best few places within cohWindow of the best.
func (g *Gazetteer) plausible(m *Mention, ctx *Context) []cohCand {
	opts := LookupOptions{Level: m.Level, Context: ctx, the: m.the}
	opts.owners = g.owners(m.hits, nil)
	cs := make([]cohCand, 0, len(m.hits))
	for _, h := range m.hits {
		cs = append(cs, cohCand{h.place, g.score(h, &opts, nil), h.flags&flagPrimary != 0 && h.tier == tierFold})
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].s > cs[j].s })
	// a place matched under several of its names keeps its best score
	out := cs[:0]
	for _, c := range cs {
		if len(out) == cohTop || c.s < cs[0].s-cohWindow {
			break
		}
		dup := false
		for _, o := range out {
			dup = dup || o.place == c.place
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// spread: the readings lie far enough apart for the choice to matter.
func (g *Gazetteer) spread(cs []cohCand) bool {
	if len(cs) < 2 {
		return false
	}
	a := &g.places[cs[0].place]
	for _, c := range cs[1:] {
		b := &g.places[c.place]
		if haversineKm(float64(a.Lat), float64(a.Lon), float64(b.Lat), float64(b.Lon)) >= cohRegionKm {
			return true
		}
	}
	return false
}

// vouch is what reading o of another name says for reading p: a
// neighbour or the division holding it, a place in the same region or
// the country holding it.
func (g *Gazetteer) vouch(p, o uint32) float64 {
	if p == o {
		return 0 // one place under two names vouches for nothing
	}
	r, q := &g.places[p], &g.places[o]
	switch {
	case q.Kind == KindContinent || q.Kind == KindRegion || r.Kind == KindContinent || r.Kind == KindRegion:
		return 0
	case q.Kind == KindCountry:
		return 0 // a country named makes context already (Context)
	case r.Kind == KindCountry:
		// a country holding the other name's reading is as near it as
		// any of its towns (as in ctxPointBonus), or a town known by the
		// country's name would win wherever the text names its towns
		if q.Country == p {
			return cohNear
		}
		return 0
	case q.Kind == KindAdmin1 && r.Admin1 == o, r.Kind == KindAdmin1 && q.Admin1 == p,
		q.Kind == KindAdmin2 && r.Admin2 == o, r.Kind == KindAdmin2 && q.Admin2 == p:
		return cohNear
	case q.Kind == KindAdmin1 || r.Kind == KindAdmin1:
		return 0 // a province's centre says little of where its towns are
	}
	d := haversineKm(float64(r.Lat), float64(r.Lon), float64(q.Lat), float64(q.Lon))
	switch {
	case d < cohNearKm:
		return cohNear
	case d < cohRegionKm:
		return cohRegion
	}
	return 0
}

// unitKind: a country or a first-level division.
func unitKind(k Kind) bool { return k == KindCountry || k == KindAdmin1 }

// sameUnitBonus gives a unit's reading and the readings that lie in it
// ("X" the country and "X" its capital, a province and its namesake
// seat) the same bonus, the higher: the text's other places say where a
// name is, not which of its ranks is meant there; that is for the
// level words and the names' own standing.
func (g *Gazetteer) sameUnitBonus(cs []cohCand, b map[uint32]float64) {
	if b == nil {
		return
	}
	for _, u := range cs {
		ur := &g.places[u.place]
		if !unitKind(ur.Kind) {
			continue
		}
		for _, c := range cs {
			r := &g.places[c.place]
			if c.place == u.place || !(ur.Kind == KindCountry && r.Country == u.place || ur.Kind == KindAdmin1 && r.Admin1 == u.place) {
				continue
			}
			if v := math.Max(b[u.place], b[c.place]); v > 0 {
				b[u.place], b[c.place] = v, v
			}
		}
	}
}

// sameRank keeps the bonus of the places of the rank the name has
// without coherence (top, its best reading in the article's context):
// coherence says which namesake, not which rank. A name read as a
// country's or a province's own name stays a unit (a town named like it
// is the namesake, however near the text's other places), and one read
// as a town or district stays one (an island's name for its country is
// no rank of its own). A local cluster's namesake (clusterBonus, above
// any sum cohCap allows) is kept whatever its rank: three names meeting
// there say which place, and a parish abroad sharing the name is no
// rank the text gives it.
func (g *Gazetteer) sameRank(b map[uint32]float64, top hit) map[uint32]float64 {
	unit := unitKind(g.places[top.place].Kind)
	if len(b) == 0 || unit && (top.flags&flagPrimary == 0 || top.tier != tierFold) {
		return b
	}
	var out map[uint32]float64
	for p, v := range b {
		if unitKind(g.places[p].Kind) == unit || v >= clusterBonus {
			if out == nil {
				out = make(map[uint32]float64, len(b))
			}
			out[p] = v
		}
	}
	return out
}

package fuse

import (
	"encoding/json"
	"sort"

	"github.com/sitrep/sitrep/internal/event"
)

// canonLess orders mentions independently of their input order: earliest
// article published, then article ID, then mention ID, then the JSON of the
// whole mention (so even identical keys have a fixed order).
func canonLess(a, b *event.Event) bool {
	ap, aid := firstArticle(a)
	bp, bid := firstArticle(b)
	if ap != bp {
		return ap < bp
	}
	if aid != bid {
		return aid < bid
	}
	if a.ID != b.ID {
		return a.ID < b.ID
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) < string(jb)
}

// firstArticle is the earliest-published article of a mention (a mention
// has one; a fused event passed back in has several).
func firstArticle(m *event.Event) (published, id string) {
	for i, a := range m.Articles {
		if i == 0 || a.Published < published || (a.Published == published && a.ID < id) {
			published, id = a.Published, a.ID
		}
	}
	return published, id
}

// canonOrder returns the indices of ms in canonical order.
func canonOrder(ms []event.Event) []int {
	idx := make([]int, len(ms))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool { return canonLess(&ms[idx[x]], &ms[idx[y]]) })
	return idx
}

// Cluster groups mentions into incidents and returns indices into ms.
//
// It is average-link agglomerative clustering over Match with hard blocks:
// no pair in a cluster is blocked (ok=false), so no cluster holds two
// mentions of one article, places more than 50 km apart (both with
// coordinates at geo_precision ≤ 2), different admin1s or countries, or
// types that never mix; and the mean score of the pairs across two clusters
// must reach Threshold for them to merge. Average rather than complete
// link: among twenty reports of one shooting a few always lack the
// victim's name or the town, and complete link split the incident at every
// one of them, while a look-alike shares little with most of the
// reports. Mentions are first put in canonical order (article published,
// article ID, mention ID); then the two clusters whose mean pair scores
// highest merge, ties going to the clusters whose first members come first,
// until no pair of clusters reaches Threshold. A chain A~B, B~C with A≁C
// becomes {A,B},{C} if A–B scores at least B–C (and A is before C in
// canonical order on a tie) and the mean of A–C and B–C stays below
// Threshold.
//
// The result does not depend on the order of ms: each cluster lists its
// members in canonical order, and clusters are ordered by their first
// member. Every index appears exactly once.
func Cluster(ms []event.Event) [][]int {
	n := len(ms)
	if n == 0 {
		return nil
	}
	order := canonOrder(ms)
	feats := make([]feat, n)
	for i, k := range order {
		feats[i] = featOf(&ms[k])
	}
	// link[i][j] (i<j, cluster ids = canonical index of the first member):
	// the mean pair score between clusters i and j, or -1 if any pair
	// must not merge; sum[i][j] is the sum behind the mean.
	link := make([][]int, n)
	sum := make([][]int, n)
	for i := range link {
		link[i] = make([]int, n)
		sum[i] = make([]int, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			p, ok := match(&feats[i], &feats[j], nil)
			if !ok {
				p = -1
			}
			link[i][j], link[j][i] = p, p
			sum[i][j], sum[j][i] = max(p, 0), max(p, 0)
		}
	}
	members := make([][]int, n)
	alive := make([]bool, n)
	for i := range members {
		members[i] = []int{i}
		alive[i] = true
	}
	for {
		bi, bj, best := -1, -1, thresholdPts-1
		for i := 0; i < n; i++ {
			if !alive[i] {
				continue
			}
			row := link[i]
			for j := i + 1; j < n; j++ {
				if alive[j] && row[j] > best {
					bi, bj, best = i, j, row[j]
				}
			}
		}
		if bi < 0 {
			break
		}
		// j joins i (i < j, so i stays the first member).
		members[bi] = append(members[bi], members[bj]...)
		members[bj] = nil
		alive[bj] = false
		for k := 0; k < n; k++ {
			if !alive[k] || k == bi {
				continue
			}
			sum[bi][k] += sum[bj][k]
			sum[k][bi] = sum[bi][k]
			v := sum[bi][k] / (len(members[bi]) * len(members[k]))
			if link[bi][k] < 0 || link[bj][k] < 0 {
				v = -1
			}
			link[bi][k], link[k][bi] = v, v
		}
	}
	var out [][]int
	for i := 0; i < n; i++ {
		if !alive[i] {
			continue
		}
		c := members[i]
		sort.Ints(c)
		g := make([]int, len(c))
		for x, ci := range c {
			g[x] = order[ci]
		}
		out = append(out, g)
	}
	return out
}

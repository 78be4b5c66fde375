package fuse

import (
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// Fuser is this package's rules in the shape the store asks for when it
// rebuilds the events around a new article.
type Fuser struct{}

var _ store.Fuser = Fuser{}

func (Fuser) Windows(m *event.Event) []store.DateRange {
	var out []store.DateRange
	for _, w := range Windows(m) {
		out = append(out, store.DateRange(w))
	}
	return out
}

// Bucket is the report's first-level division, as Match compares them:
// Match refuses two reports in different divisions, so the store need not
// read reports of other divisions at all.
func (Fuser) Bucket(m *event.Event) string { return placeKey(m.Admin1) }

// Related is Match at the merge threshold.
func (Fuser) Related(a, b *event.Event) bool {
	// Most stored mentions in a look-up's windows are elsewhere in the
	// country, or too far in time: refuse them before the costly part of
	// Match (actors, names and figures in the quotes).
	fa, fb := whenWhere(a), whenWhere(b)
	if !mayMatch(&fa, &fb) {
		return false
	}
	score, _, ok := Match(a, b)
	return ok && score >= Threshold
}

// Group clusters the mentions and fuses each cluster. Two articles are
// syndicated copies when their text fingerprints are near-duplicates.
func (Fuser) Group(ms []event.Event, simhash map[string]uint64) []store.Group {
	syndicated := func(a, b string) bool {
		ha, hb := simhash[a], simhash[b]
		return ha != 0 && hb != 0 && NearDuplicate(ha, hb)
	}
	var out []store.Group
	for _, idx := range Cluster(ms) {
		sub := make([]event.Event, len(idx))
		for i, j := range idx {
			sub[i] = ms[j]
		}
		out = append(out, store.Group{Event: Fuse(sub, syndicated), Members: idx})
	}
	return out
}

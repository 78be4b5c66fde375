package fuse

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

var _ store.Planner = Plan

// Plan decides how an article's new mentions fuse with stored ones; the
// store runs it inside the transaction that replaces them. The events to
// rebuild are those the article's old mentions left and those holding a
// stored mention Related to a new one: complete-link clustering never
// puts a new mention beside a report it does not match, so the rest of
// the neighbourhood cannot change. Everything those events held, plus the
// new mentions, is clustered afresh, so the result depends on the set,
// not on the order in which articles came.
func Plan(ctx context.Context, nb store.Neighbourhood) (store.Plan, error) {
	ms := nb.Mentions()
	p := store.Plan{Buckets: make([]string, len(ms))}
	rebuild := map[string]bool{}
	for _, id := range nb.Previous() {
		rebuild[id] = true
	}
	for i := range ms {
		m := &ms[i]
		p.Buckets[i] = Bucket(m)
		for _, w := range Windows(m) {
			q := store.Query{Country: m.Country, Bucket: p.Buckets[i], Window: store.DateRange(w), Skip: rebuild}
			err := nb.Candidates(ctx, q, func(c store.Candidate) {
				if Related(m, c.Mention) {
					rebuild[c.EventID] = true
				}
			})
			if err != nil {
				return store.Plan{}, fmt.Errorf("neighbours of %s: %w", m.ID, err)
			}
		}
	}
	var all []event.Event
	var articles []string
	for _, id := range slices.Sorted(maps.Keys(rebuild)) {
		members, err := nb.Members(ctx, id)
		if err != nil {
			return store.Plan{}, fmt.Errorf("event %s: %w", id, err)
		}
		for _, mb := range members {
			all = append(all, mb.Mention)
			articles = append(articles, mb.ArticleID)
		}
	}
	for i := range ms {
		all = append(all, ms[i])
		articles = append(articles, nb.ArticleID())
	}
	hashes, err := nb.SimHashes(ctx, slices.Compact(slices.Sorted(slices.Values(articles))))
	if err != nil {
		return store.Plan{}, fmt.Errorf("fingerprints: %w", err)
	}
	p.Groups = group(all, hashes)
	return p, nil
}

// Bucket is the report's first-level division, as Match compares them:
// Match refuses two reports in different divisions, so a look-up need
// not read reports of other divisions at all.
func Bucket(m *event.Event) string { return placeKey(m.Admin1) }

// Related is Match at the merge threshold.
func Related(a, b *event.Event) bool {
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

// group clusters the mentions and fuses each cluster. Two articles are
// syndicated copies when their text fingerprints are near-duplicates.
func group(ms []event.Event, simhash map[string]uint64) []store.Group {
	syndicated := func(a, b string) bool {
		ha, hb := simhash[a], simhash[b]
		return ha != 0 && hb != 0 && NearDuplicate(ha, hb)
	}
	var out []store.Group
	for _, idx := range Cluster(ms) {
		sub := make([]event.Event, len(idx))
		ids := make([]string, len(idx))
		for i, j := range idx {
			sub[i] = ms[j]
			ids[i] = ms[j].ID
		}
		out = append(out, store.Group{Event: Fuse(sub, syndicated), Members: ids})
	}
	return out
}

package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/sitrep/sitrep/internal/event"
)

// neighbourhood is the Neighbourhood of one fusion transaction. It makes
// no choice of its own: it runs the look-ups a planner asks for, and
// remembers which events the planner read (members), which the
// transaction then replaces with the plan's groups.
type neighbourhood struct {
	t         runner
	articleID string
	mentions  []event.Event
	previous  []string
	// locked holds the countries this transaction has locked; nil when
	// it needs no lock or holds them all.
	locked  map[string]bool
	members map[string][]Member     // events read with Members, to rebuild
	decoded map[string]*event.Event // stored mentions read, by ID
}

func (nb *neighbourhood) ArticleID() string       { return nb.articleID }
func (nb *neighbourhood) Mentions() []event.Event { return nb.mentions }
func (nb *neighbourhood) Previous() []string      { return nb.previous }

// bucketQuery is the look-up of a report placed in a province: reports of
// that province, or of the whole country (no bucket), or of no country.
const bucketQuery = `SELECT id, event_id, data FROM mentions WHERE country IN (?, '') AND bucket IN (?, '') AND time_precision IN (?, ?, ?, ?) AND event_date >= ? AND event_date <= ? AND article_id <> ?`

// countryQuery and noCountryQuery are the look-ups by precision: the
// precisions are listed (not a range), so that the index serves the
// date range within each.
const (
	countryQuery   = `SELECT id, event_id, data FROM mentions WHERE country IN (?, '') AND time_precision IN (?, ?, ?, ?) AND event_date >= ? AND event_date <= ? AND article_id <> ?`
	noCountryQuery = `SELECT id, event_id, data FROM mentions WHERE time_precision IN (?, ?, ?, ?) AND event_date >= ? AND event_date <= ? AND article_id <> ?`
)

// precisions lists the time precisions (0, unset, to 3, month) of at
// least min, padded to four by repeating the last.
func precisions(min int) [4]int {
	p := [4]int{3, 3, 3, 3}
	for i, v := 0, max(min, 0); v <= 3 && i < 4; i, v = i+1, v+1 {
		p[i] = v
	}
	return p
}

// Candidates reads by country and bucket, or precision, then date: never
// a scan (TestNeighbourLookupUsesIndex).
func (nb *neighbourhood) Candidates(ctx context.Context, q Query, visit func(Candidate)) error {
	var rows *sql.Rows
	var err error
	w := q.Window
	switch p := precisions(w.MinPrecision); {
	case q.Country != "" && q.Bucket != "":
		rows, err = nb.t.query(ctx, bucketQuery, q.Country, q.Bucket, p[0], p[1], p[2], p[3], w.From, w.To, nb.articleID)
	case q.Country == "":
		rows, err = nb.t.query(ctx, noCountryQuery, p[0], p[1], p[2], p[3], w.From, w.To, nb.articleID)
	default:
		rows, err = nb.t.query(ctx, countryQuery, q.Country, p[0], p[1], p[2], p[3], w.From, w.To, nb.articleID)
	}
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, eid string
		var data sql.RawBytes
		if err := rows.Scan(&id, &eid, &data); err != nil {
			return err
		}
		if q.Skip[eid] {
			continue
		}
		m := nb.decoded[id]
		if m == nil {
			m = new(event.Event)
			if err := json.Unmarshal(data, m); err != nil {
				return fmt.Errorf("mention %s: %w", id, err)
			}
			if nb.decoded == nil {
				nb.decoded = map[string]*event.Event{}
			}
			nb.decoded[id] = m
		}
		visit(Candidate{EventID: eid, Mention: m})
	}
	return rows.Err()
}

// Members reads an event's mentions once. An event reaching into a country
// this transaction has not locked aborts it (errWiderLock): another
// worker may be rebuilding that event.
func (nb *neighbourhood) Members(ctx context.Context, eventID string) ([]Member, error) {
	if ms, ok := nb.members[eventID]; ok {
		return ms, nil
	}
	rows, err := nb.t.query(ctx, `SELECT article_id, data FROM mentions WHERE event_id = ?`, eventID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Member
	for rows.Next() {
		var aid, data string
		var m event.Event
		if err := rows.Scan(&aid, &data); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(data), &m); err != nil {
			return nil, fmt.Errorf("mention of event %s: %w", eventID, err)
		}
		if nb.locked != nil && m.Country != "" && !nb.locked[m.Country] {
			return nil, errWiderLock
		}
		out = append(out, Member{ArticleID: aid, Mention: m})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	nb.members[eventID] = out
	return out, nil
}

func (nb *neighbourhood) SimHashes(ctx context.Context, articleIDs []string) (map[string]uint64, error) {
	hashes := make(map[string]uint64, len(articleIDs))
	err := inChunks(articleIDs, func(p []any) error {
		rows, err := nb.t.query(ctx, `SELECT id, simhash FROM articles WHERE id IN (`+placeholders(len(p))+`)`, p...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var h int64
			if err := rows.Scan(&id, &h); err != nil {
				return err
			}
			hashes[id] = uint64(h)
		}
		return rows.Err()
	})
	return hashes, err
}

// checkPlan makes sure that p accounts for every mention it must, once:
// the new ones and those of the events read with Members. A plan that
// drops or repeats a mention would leave it pointing at a deleted event,
// or at two. It returns the article of each mention.
func (nb *neighbourhood) checkPlan(p Plan) (map[string]string, error) {
	if p.Buckets != nil && len(p.Buckets) != len(nb.mentions) {
		return nil, fmt.Errorf("plan files %d mentions, the article has %d", len(p.Buckets), len(nb.mentions))
	}
	articleOf := map[string]string{}
	for i := range nb.mentions {
		articleOf[nb.mentions[i].ID] = nb.articleID
	}
	for _, ms := range nb.members {
		for i := range ms {
			articleOf[ms[i].Mention.ID] = ms[i].ArticleID
		}
	}
	placed := make(map[string]bool, len(articleOf))
	for _, g := range p.Groups {
		for _, id := range g.Members {
			switch {
			case articleOf[id] == "":
				return nil, fmt.Errorf("plan groups mention %q, which is neither new nor of an event it read", id)
			case placed[id]:
				return nil, fmt.Errorf("plan puts mention %q in two events", id)
			}
			placed[id] = true
		}
	}
	if len(placed) != len(articleOf) {
		for id := range articleOf {
			if !placed[id] {
				return nil, fmt.Errorf("plan leaves mention %q out of every event", id)
			}
		}
	}
	return articleOf, nil
}

// bucket is where new mention i is filed.
func (p *Plan) bucket(i int) string {
	if p.Buckets == nil {
		return ""
	}
	return p.Buckets[i]
}

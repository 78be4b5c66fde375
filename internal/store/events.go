package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

func (s *DB) ReplaceArticleEvents(ctx context.Context, articleID string, ms []event.Event, f Fuser) error {
	err := s.replaceEvents(ctx, articleID, ms, f, false)
	if errors.Is(err, errWiderLock) {
		err = s.replaceEvents(ctx, articleID, ms, f, true)
	}
	if err != nil {
		return fmt.Errorf("replace events of %s: %w", articleID, err)
	}
	return nil
}

// errWiderLock aborts a fusion transaction that met an event reaching
// into a country it holds no lock on; it is run again holding them all.
var errWiderLock = errors.New("fusion needs the global lock")

// replaceEvents is ReplaceArticleEvents in one transaction. On PostgreSQL,
// where workers fuse at once, it first locks the countries whose events it
// may rebuild (every country, if lockAll or a mention has none): reports
// in different countries never share an event, so they fuse in parallel.
func (s *DB) replaceEvents(ctx context.Context, articleID string, ms []event.Event, f Fuser, lockAll bool) (err error) {
	tx, t, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	// The events this article's old mentions belonged to must be rebuilt,
	// and their countries locked.
	affected := map[string]bool{}
	countries := map[string]bool{}
	rows, err := t.query(ctx, `SELECT event_id, country FROM mentions WHERE article_id = ?`, articleID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var eid, c string
		if err = rows.Scan(&eid, &c); err != nil {
			rows.Close()
			return err
		}
		affected[eid], countries[c] = true, true
	}
	rows.Close()
	if err = rows.Err(); err != nil {
		return err
	}
	var locked map[string]bool // nil: no lock needed, or all held
	if s.d.lockFusion != nil {
		for i := range ms {
			countries[ms[i].Country] = true
		}
		if countries[""] {
			lockAll = true
		}
		if err = s.d.lockFusion(ctx, t, countries, lockAll); err != nil {
			return err
		}
		if !lockAll {
			locked = countries
		}
	}
	if _, err = t.exec(ctx, `DELETE FROM mentions WHERE article_id = ?`, articleID); err != nil {
		return err
	}
	nb := &neighbours{t: t, f: f, affected: affected, articleID: articleID}
	for i := range ms {
		m := &ms[i]
		if m.ID == "" {
			return fmt.Errorf("mention without ID")
		}
		data, err := json.Marshal(m)
		if err != nil {
			return err
		}
		bucket := ""
		if f != nil {
			bucket = f.Bucket(m)
		}
		if _, err = t.exec(ctx, `INSERT INTO mentions (id, article_id, country, bucket, event_date, time_precision, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			m.ID, articleID, m.Country, bucket, m.EventDate, m.TimePrecision, string(data)); err != nil {
			return err
		}
		// Stored mentions that could be the same incident: indexed
		// look-ups by country and province or precision, then date; never
		// a scan (TestNeighbourLookupUsesIndex).
		if f == nil {
			continue
		}
		for _, w := range f.Windows(m) {
			if err = nb.related(ctx, m, bucket, w); err != nil {
				return err
			}
		}
	}
	delete(affected, "")
	if err = finishJob(ctx, t, JobExtract, articleID); err != nil {
		return err
	}

	// Everything the affected events held, plus the new mentions, is
	// grouped afresh: the result depends on the set, not on the order in
	// which articles came.
	var all []event.Event
	var allArticle []string
	for id := range affected {
		rows, err := t.query(ctx, `SELECT article_id, data FROM mentions WHERE event_id = ?`, id)
		if err != nil {
			return err
		}
		for rows.Next() {
			var aid, data string
			var m event.Event
			if err = rows.Scan(&aid, &data); err == nil {
				err = json.Unmarshal([]byte(data), &m)
			}
			if err != nil {
				rows.Close()
				return err
			}
			if locked != nil && m.Country != "" && !locked[m.Country] {
				rows.Close()
				return errWiderLock
			}
			all = append(all, m)
			allArticle = append(allArticle, aid)
		}
		rows.Close()
		if err = rows.Err(); err != nil {
			return err
		}
		if _, err = t.exec(ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
			return err
		}
	}
	for i := range ms {
		all = append(all, ms[i])
		allArticle = append(allArticle, articleID)
	}
	var groups []Group
	if f == nil {
		for i := range all {
			groups = append(groups, Group{Event: all[i], Members: []int{i}})
		}
	} else {
		hashes := map[string]uint64{}
		var ids []string
		for _, aid := range allArticle {
			if _, ok := hashes[aid]; !ok {
				hashes[aid] = 0
				ids = append(ids, aid)
			}
		}
		err = inChunks(ids, func(p []any) error {
			rows, err := t.query(ctx, `SELECT id, simhash FROM articles WHERE id IN (`+placeholders(len(p))+`)`, p...)
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
		if err != nil {
			return err
		}
		groups = f.Group(all, hashes)
	}
	now := formatTime(time.Now())
	for gi := range groups {
		// No event of this ID is left: an event is named after one of its
		// mentions, and the events of every mention here were deleted above.
		e := &groups[gi].Event
		if err = putEvent(ctx, t, e, now); err != nil {
			return err
		}
		var mids, pairs []string
		for _, mi := range groups[gi].Members {
			mids = append(mids, all[mi].ID)
			pairs = append(pairs, allArticle[mi])
		}
		err = inChunks(mids, func(p []any) error {
			_, err := t.exec(ctx, `UPDATE mentions SET event_id = ? WHERE id IN (`+placeholders(len(p))+`)`, append([]any{e.ID}, p...)...)
			return err
		})
		if err != nil {
			return err
		}
		err = inChunks(pairs, func(p []any) error {
			args := make([]any, 0, 2*len(p))
			for _, aid := range p {
				args = append(args, e.ID, aid)
			}
			_, err := t.exec(ctx, `INSERT INTO event_articles (event_id, article_id) VALUES `+
				strings.TrimSuffix(strings.Repeat("(?, ?), ", len(p)), ", ")+` ON CONFLICT DO NOTHING`, args...)
			return err
		})
		if err != nil {
			return err
		}
	}
	return tx.Commit()
}

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

// neighbours looks up, for one fusion transaction, the stored mentions
// near each new mention and the events f relates to them. Each stored
// mention is decoded once however many windows and new mentions read it.
type neighbours struct {
	t         runner
	f         Fuser
	affected  map[string]bool
	articleID string
	decoded   map[string]*event.Event // by mention ID
}

// related adds to affected the events of stored mentions in window w that
// f relates to m (whose bucket is bucket). Only events holding a mention that could join m are
// rebuilt: complete-link grouping never puts m beside a report it does not
// match, so the rest of the neighbourhood cannot change.
func (nb *neighbours) related(ctx context.Context, m *event.Event, bucket string, w DateRange) error {
	var rows *sql.Rows
	var err error
	switch p := precisions(w.MinPrecision); {
	case m.Country != "" && bucket != "":
		rows, err = nb.t.query(ctx, bucketQuery, m.Country, bucket, p[0], p[1], p[2], p[3], w.From, w.To, nb.articleID)
	case m.Country == "":
		rows, err = nb.t.query(ctx, noCountryQuery, p[0], p[1], p[2], p[3], w.From, w.To, nb.articleID)
	default:
		rows, err = nb.t.query(ctx, countryQuery, m.Country, p[0], p[1], p[2], p[3], w.From, w.To, nb.articleID)
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
		if nb.affected[eid] {
			continue
		}
		c := nb.decoded[id]
		if c == nil {
			c = new(event.Event)
			if err := json.Unmarshal(data, c); err != nil {
				return err
			}
			if nb.decoded == nil {
				nb.decoded = map[string]*event.Event{}
			}
			nb.decoded[id] = c
		}
		if nb.f.Related(m, c) {
			nb.affected[eid] = true
		}
	}
	return rows.Err()
}

// chunk is how many values inChunks passes at a time: statements with up
// to this many values are one round trip to PostgreSQL, and one prepared
// statement per size serves all.
const chunk = 8

// inChunks calls fn with the values of vs, chunk at a time, each chunk
// padded to a full one by repeating its last value (IN lists and
// ON CONFLICT DO NOTHING inserts do not mind), so that the statements
// built from a chunk come in one size.
func inChunks(vs []string, fn func(p []any) error) error {
	for len(vs) > 0 {
		n := min(len(vs), chunk)
		p := make([]any, chunk)
		for i := range p {
			p[i] = vs[min(i, n-1)]
		}
		if err := fn(p); err != nil {
			return err
		}
		vs = vs[n:]
	}
	return nil
}

// placeholders is "?, ?, …" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func putEvent(ctx context.Context, t runner, e *event.Event, now string) error {
	if e.ID == "" {
		return fmt.Errorf("event without ID")
	}
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	_, err = t.exec(ctx, `INSERT INTO events
		(id, event_date, time_precision, background, event_type, sub_event_type, actor1, actor2,
		 country, iso, admin1, admin2, location, latitude, longitude, geo_precision, fatalities, updated_at, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
		 event_date = excluded.event_date, time_precision = excluded.time_precision, background = excluded.background,
		 event_type = excluded.event_type, sub_event_type = excluded.sub_event_type, actor1 = excluded.actor1,
		 actor2 = excluded.actor2, country = excluded.country, iso = excluded.iso, admin1 = excluded.admin1,
		 admin2 = excluded.admin2, location = excluded.location, latitude = excluded.latitude,
		 longitude = excluded.longitude, geo_precision = excluded.geo_precision, fatalities = excluded.fatalities,
		 updated_at = excluded.updated_at, data = excluded.data`,
		e.ID, e.EventDate, e.TimePrecision, boolInt(e.Background), e.EventType, e.SubEventType, e.Actor1, e.Actor2,
		e.Country, e.ISO, e.Admin1, e.Admin2, e.Location, e.Latitude, e.Longitude, e.GeoPrecision, e.Fatalities, now, string(data))
	return err
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *DB) GetEvent(ctx context.Context, id string) (*event.Event, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		return nil, fmt.Errorf("event %q: %w", id, ErrNotFound)
	}
	rows, err := s.read().query(ctx, `SELECT data FROM events WHERE id >= ? AND id < ? LIMIT 2`, id, id+"\U0010FFFF")
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	switch len(evs) {
	case 0:
		return nil, fmt.Errorf("event %s: %w", id, ErrNotFound)
	case 1:
		return &evs[0], nil
	}
	return nil, fmt.Errorf("event %s: %w", id, ErrAmbiguous)
}

func (s *DB) ListEvents(ctx context.Context, f EventFilter) ([]event.Event, error) {
	where, args, _, err := s.eventWhere(ctx, f, true)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	if f.Limit <= 0 {
		f.Limit = 1000
	}
	q := `SELECT data FROM events` + where + ` ORDER BY event_date DESC, id LIMIT ? OFFSET ?`
	if s.d.listByRowid {
		// Rows are chosen by rowid first, from the indexes alone where the
		// filters allow, and only the page's JSON documents are read.
		q = `SELECT data FROM events WHERE rowid IN (SELECT rowid FROM events` + where +
			` ORDER BY event_date DESC, id LIMIT ? OFFSET ?) ORDER BY event_date DESC, id`
	}
	args = append(args, f.Limit, f.Offset)
	rows, err := s.read().query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	return evs, nil
}

func (s *DB) CountEvents(ctx context.Context, f EventFilter) (int, error) {
	c, err := s.CountEventsUpTo(ctx, f, 0)
	return c.N, err
}

func (s *DB) CountEventsUpTo(ctx context.Context, f EventFilter, max int) (EventCount, error) {
	where, args, searchCapped, err := s.eventWhere(ctx, f, false)
	if err != nil {
		return EventCount{}, fmt.Errorf("count events: %w", err)
	}
	q := `SELECT COUNT(*) FROM events` + where
	if max > 0 {
		// One more than max tells "exactly max" from "more".
		q = `SELECT COUNT(*) FROM (SELECT 1 FROM events` + where + ` LIMIT ?) AS counted`
		args = append(args, max+1)
	}
	var n int
	if err := s.read().queryRow(ctx, q, args...).Scan(&n); err != nil {
		return EventCount{}, fmt.Errorf("count events: %w", err)
	}
	c := EventCount{N: n, SearchCapped: searchCapped}
	if max > 0 && n > max {
		c.N, c.Capped = max, true
	}
	return c, nil
}

// eventWhere turns a filter into a WHERE clause (with a leading space, or
// empty) and its arguments, or a *QueryError for a Query it will not run.
// Equality filters compare with COLLATE NOCASE so that the NOCASE indexes
// of migration 4 serve them; Query reads the full-text index (search.go);
// Contested reads the partial index of contested events (migration 12).
// searchCapped: Query's words match more than SearchMaxMatches events and
// only the most recent of them are searched.
func (s *DB) eventWhere(ctx context.Context, f EventFilter, withKey bool) (_ string, _ []any, searchCapped bool, _ error) {
	d := s.d
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if f.From != "" {
		add("event_date >= ?", f.From)
	}
	if f.To != "" {
		// Dates are YYYY-MM-DD; "~" sorts after any suffix so To is inclusive.
		add("event_date <= ?", f.To+"~")
	}
	if c := strings.TrimSpace(f.Country); c != "" {
		// No country's name has two letters: two letters is an ISO code.
		if len(c) == 2 {
			add(d.nocaseEq("iso"), c)
		} else {
			add(d.nocaseEq("country"), c)
		}
	}
	if f.Admin1 != "" {
		add(d.nocaseEq("admin1"), strings.TrimSpace(f.Admin1))
	}
	if f.EventType != "" {
		add(d.nocaseEq("event_type"), strings.TrimSpace(f.EventType))
	}
	if f.Actor != "" {
		like := "%" + likeEscape(strings.TrimSpace(f.Actor)) + "%"
		add("(actor1 "+d.like+` ? ESCAPE '\' OR actor2 `+d.like+` ? ESCAPE '\')`, like, like)
	}
	if f.SkipBackground {
		add("background = 0")
	}
	if f.MinFatalities > 0 {
		add("fatalities >= ?", f.MinFatalities)
	}
	if b := f.BBox; b != nil {
		add("longitude >= ? AND longitude <= ? AND latitude >= ? AND latitude <= ? AND NOT (latitude = 0 AND longitude = 0)", b[0], b[2], b[1], b[3])
	}
	if f.ArticleID != "" {
		add("id IN (SELECT event_id FROM event_articles WHERE article_id = ?)", f.ArticleID)
	}
	if f.Outlet != "" {
		add(`id IN (SELECT ea.event_id FROM articles a JOIN event_articles ea ON ea.article_id = a.id WHERE a.outlet `+d.like+` ? ESCAPE '\')`,
			"%"+likeEscape(strings.TrimSpace(f.Outlet))+"%")
	}
	switch c := strings.ToLower(strings.TrimSpace(f.Contested)); c {
	case "":
	case "any":
		add(d.contestedAny)
	case "none":
		add(d.contestedNone)
	default:
		// contestedAny first, as the partial index has it, narrows to the
		// contested events; contestedIs then reads their flags.
		add(d.contestedAny)
		add(d.contestedIs, c)
	}
	words, err := queryWords(f.Query)
	if err != nil {
		return "", nil, false, err
	}
	if len(words) > 0 {
		cond, arg, capped, err := d.search(ctx, s.read(), words)
		if err != nil {
			return "", nil, false, err
		}
		add(cond, arg)
		searchCapped = capped
	}
	if withKey && f.AfterDate != "" {
		add("(event_date < ? OR (event_date = ? AND id > ?))", f.AfterDate, f.AfterDate, f.AfterID)
	}
	if len(where) == 0 {
		return "", args, searchCapped, nil
	}
	return " WHERE " + strings.Join(where, " AND "), args, searchCapped, nil
}

// likeEscape makes s match literally inside a LIKE pattern with ESCAPE '\'.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func (s *DB) EventMentions(ctx context.Context, eventID string) ([]event.Event, error) {
	rows, err := s.read().query(ctx, `SELECT m.data FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = ? ORDER BY a.published, m.id`, eventID)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", eventID, err)
	}
	ms, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", eventID, err)
	}
	return ms, nil
}

func scanEvents(rows *sql.Rows) ([]event.Event, error) {
	defer rows.Close()
	var out []event.Event
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var e event.Event
		if err := json.Unmarshal([]byte(data), &e); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

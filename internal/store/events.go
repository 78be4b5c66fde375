package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

func (s *DB) ReplaceArticleEvents(ctx context.Context, articleID string, ms []event.Event, plan Planner) error {
	if plan == nil {
		plan = Apart
	}
	err := s.replaceEvents(ctx, articleID, ms, plan, false)
	if errors.Is(err, errWiderLock) {
		err = s.replaceEvents(ctx, articleID, ms, plan, true)
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
func (s *DB) replaceEvents(ctx context.Context, articleID string, ms []event.Event, plan Planner, lockAll bool) (err error) {
	for i := range ms {
		if ms[i].ID == "" {
			return fmt.Errorf("mention without ID")
		}
	}
	tx, t, err := s.begin(ctx)
	if err != nil {
		return err
	}
	// A no-op after Commit; on an error, or a planner's panic, it frees
	// the transaction and its locks, which other writers wait for.
	defer tx.Rollback()
	// The events this article's old mentions belonged to must be rebuilt,
	// and their countries locked.
	nb := &neighbourhood{t: t, articleID: articleID, mentions: ms, members: map[string][]Member{}}
	countries := map[string]bool{}
	if nb.previous, err = oldMentions(ctx, t, articleID, countries); err != nil {
		return err
	}
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
			nb.locked = countries
		}
	}
	if _, err = t.exec(ctx, `DELETE FROM mentions WHERE article_id = ?`, articleID); err != nil {
		return err
	}
	p, err := plan(ctx, nb)
	if err != nil {
		return err
	}
	// The events that lost the old mentions are rebuilt even if the plan
	// did not read them; checkPlan then finds what it left out.
	for _, id := range nb.previous {
		if _, err = nb.Members(ctx, id); err != nil {
			return err
		}
	}
	articleOf, err := nb.checkPlan(p)
	if err != nil {
		return err
	}
	for i := range ms {
		if err = insertMention(ctx, t, articleID, &ms[i], p.bucket(i)); err != nil {
			return err
		}
	}
	if err = finishJob(ctx, t, JobExtract, articleID); err != nil {
		return err
	}
	for id := range nb.members {
		if _, err = t.exec(ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
			return err
		}
	}
	now := formatTime(time.Now())
	for gi := range p.Groups {
		if err = putGroup(ctx, t, &p.Groups[gi], articleOf, now); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// oldMentions returns the events that hold the article's stored mentions,
// and adds their countries to countries.
func oldMentions(ctx context.Context, t runner, articleID string, countries map[string]bool) ([]string, error) {
	rows, err := t.query(ctx, `SELECT event_id, country FROM mentions WHERE article_id = ?`, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var events []string
	for rows.Next() {
		var eid, c string
		if err := rows.Scan(&eid, &c); err != nil {
			return nil, err
		}
		if eid != "" && !slices.Contains(events, eid) {
			events = append(events, eid)
		}
		countries[c] = true
	}
	return events, rows.Err()
}

func insertMention(ctx context.Context, t runner, articleID string, m *event.Event, bucket string) error {
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	_, err = t.exec(ctx, `INSERT INTO mentions (id, article_id, country, bucket, event_date, time_precision, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		m.ID, articleID, m.Country, bucket, m.EventDate, m.TimePrecision, string(data))
	return err
}

// putGroup stores one event of a plan and points its mentions (of the
// articles articleOf gives) at it.
func putGroup(ctx context.Context, t runner, g *Group, articleOf map[string]string, now string) error {
	// No other event of this ID is left when the planner names an event
	// after one of its mentions: the events of every mention here were
	// deleted.
	e := &g.Event
	if err := putEvent(ctx, t, e, now); err != nil {
		return err
	}
	var pairs []string
	for _, mid := range g.Members {
		pairs = append(pairs, articleOf[mid])
	}
	err := inChunks(g.Members, func(p []any) error {
		_, err := t.exec(ctx, `UPDATE mentions SET event_id = ? WHERE id IN (`+placeholders(len(p))+`)`, append([]any{e.ID}, p...)...)
		return err
	})
	if err != nil {
		return err
	}
	return inChunks(pairs, func(p []any) error {
		args := make([]any, 0, 2*len(p))
		for _, aid := range p {
			args = append(args, e.ID, aid)
		}
		_, err := t.exec(ctx, `INSERT INTO event_articles (event_id, article_id) VALUES `+
			strings.TrimSuffix(strings.Repeat("(?, ?), ", len(p)), ", ")+` ON CONFLICT DO NOTHING`, args...)
		return err
	})
}

// Apart is the Planner that fuses nothing: each mention is its own event,
// and those of the events that lost the article's old mentions too.
func Apart(ctx context.Context, nb Neighbourhood) (Plan, error) {
	var p Plan
	for _, id := range nb.Previous() {
		members, err := nb.Members(ctx, id)
		if err != nil {
			return Plan{}, err
		}
		for _, m := range members {
			p.Groups = append(p.Groups, Group{Event: m.Mention, Members: []string{m.Mention.ID}})
		}
	}
	for _, m := range nb.Mentions() {
		p.Groups = append(p.Groups, Group{Event: m, Members: []string{m.ID}})
	}
	return p, nil
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
	if f.SubEventType != "" {
		add(d.nocaseEq("sub_event_type"), strings.TrimSpace(f.SubEventType))
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
	if f.Language != "" {
		add("id IN (SELECT ea.event_id FROM articles a JOIN event_articles ea ON ea.article_id = a.id WHERE a.language = ?)",
			strings.ToLower(strings.TrimSpace(f.Language)))
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

package store

import (
	"context"
	"database/sql"
	"hash/fnv"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// dialect is everything that differs between SQLite and PostgreSQL. The
// queries are written once, in SQLite's spelling with ? placeholders; the
// few pieces that cannot be shared are here, side by side, so that the
// differences stay small and visible.
type dialect struct {
	name string
	// numbered placeholders ($1, $2…) instead of ?.
	numbered bool
	// schema rewrites a migration written for SQLite for this engine.
	schema func(string) string
	// like is the case-insensitive LIKE operator.
	like string
	// nocaseEq compares a column with a ? argument ignoring case, in the
	// form the case-insensitive indexes of migration 4 serve.
	nocaseEq func(col string) string
	// searchIndex is the migration that builds the full-text index the
	// Query filter searches (see search.go).
	searchIndex string
	// search is the condition (one ? argument) that an event holds every
	// word of words, and its argument; r may be used to choose the plan.
	// capped says the condition searches only some of the matches
	// (SearchMaxMatches).
	search func(ctx context.Context, r runner, words []string) (cond string, arg any, capped bool, err error)
	// contestedAny, contestedNone and contestedIs (one ? argument) read the
	// event's contested flags from its JSON document.
	contestedAny, contestedNone, contestedIs string
	// listByRowid lets ListEvents choose a page's rows from the indexes
	// before reading their documents (SQLite's rowid).
	listByRowid bool
	// lockFusion, run first in a fusion transaction, takes the locks that
	// keep two workers from rebuilding one event at once: the given
	// countries, or all. SQLite's single writer needs none (nil).
	lockFusion func(ctx context.Context, t runner, countries map[string]bool, all bool) error
	// skipLocked ends a SELECT whose rows the transaction will claim:
	// PostgreSQL locks them and skips rows others hold; SQLite's single
	// writer needs nothing.
	skipLocked string

	mu     sync.Mutex
	rebind map[string]string
}

var sqliteDialect = &dialect{
	name:          "sqlite",
	schema:        func(s string) string { return s },
	like:          "LIKE",
	nocaseEq:      func(col string) string { return col + " = ? COLLATE NOCASE" },
	searchIndex:   sqliteSearchIndex,
	search:        sqliteSearch,
	contestedAny:  "json_array_length(data, '$.contested') > 0",
	contestedNone: "COALESCE(json_array_length(data, '$.contested'), 0) = 0",
	contestedIs:   "EXISTS (SELECT 1 FROM json_each(events.data, '$.contested') WHERE value = ?)",
	listByRowid:   true,
}

// fusionLockSpace is the first half of the PostgreSQL advisory locks that
// fusion takes (any number used by nothing else: "sitr" in ASCII); the
// second is 0 for all countries, or a hash of one country's name.
const fusionLockSpace = 0x73697472

// pgLockFusion takes the global fusion lock, exclusive when all, else
// shared, and then each country's lock in a fixed order, so that two
// workers never wait on each other in a cycle. The locks go with the
// transaction.
func pgLockFusion(ctx context.Context, t runner, countries map[string]bool, all bool) error {
	if all {
		_, err := t.exec(ctx, `SELECT pg_advisory_xact_lock(?, 0)`, fusionLockSpace)
		return err
	}
	if _, err := t.exec(ctx, `SELECT pg_advisory_xact_lock_shared(?, 0)`, fusionLockSpace); err != nil {
		return err
	}
	keys := map[int32]bool{}
	for c := range countries {
		h := fnv.New32a()
		h.Write([]byte(c))
		k := int32(h.Sum32())
		if k == 0 {
			k = 1 // 0 is the global lock
		}
		keys[k] = true
	}
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		if _, err := t.exec(ctx, `SELECT pg_advisory_xact_lock(?, ?)`, fusionLockSpace, k); err != nil {
			return err
		}
	}
	return nil
}

var postgresDialect = &dialect{
	name:        "postgres",
	numbered:    true,
	schema:      postgresSchema,
	like:        "ILIKE",
	nocaseEq:    func(col string) string { return "lower(" + col + ") = lower(?)" },
	searchIndex: postgresSearchIndex,
	// The GIN index and PostgreSQL's statistics of words choose the plan;
	// no cap (SearchMaxMatches is SQLite's).
	search: func(_ context.Context, _ runner, words []string) (string, any, bool, error) {
		return "search @@ to_tsquery('simple', ?)", tsQuery(words), false, nil
	},
	// contested is omitted from the document when empty.
	contestedAny:  "(data::jsonb->'contested') IS NOT NULL",
	contestedNone: "(data::jsonb->'contested') IS NULL",
	contestedIs:   "COALESCE(data::jsonb->'contested', '[]'::jsonb) @> to_jsonb(CAST(? AS TEXT))",
	lockFusion:    pgLockFusion,
	skipLocked:    " FOR UPDATE SKIP LOCKED",
}

var (
	nocaseIndexCol = regexp.MustCompile(`(\w+) COLLATE NOCASE`)
	textCol        = regexp.MustCompile(`\bTEXT\b`)
	intPK          = regexp.MustCompile(`\bINTEGER PRIMARY KEY\b`)
)

// contestedAnyCond stands in a migration for the dialect's contestedAny,
// the condition of the partial index of contested events.
const contestedAnyCond = "{contestedAny}"

// migration spells migration m for the dialect.
func (d *dialect) migration(m string) string {
	if m == searchIndexMigration {
		return d.searchIndex
	}
	return d.schema(strings.ReplaceAll(m, contestedAnyCond, d.contestedAny))
}

// postgresSchema spells a migration for PostgreSQL: BLOB is BYTEA, an
// integer primary key is an identity column, NOCASE index columns are
// lower(column), and text compares byte by byte (COLLATE "C") as in
// SQLite, so that ID-prefix ranges and RFC 3339 times sort the same in
// both engines whatever the server's locale.
func postgresSchema(s string) string {
	s = strings.ReplaceAll(s, "BLOB", "BYTEA")
	s = intPK.ReplaceAllString(s, "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
	s = nocaseIndexCol.ReplaceAllString(s, "lower($1)")
	return textCol.ReplaceAllString(s, `TEXT COLLATE "C"`)
}

// q spells query s for the dialect: ? placeholders become $1, $2… for
// PostgreSQL. No query of ours has a ? inside a string literal.
func (d *dialect) q(s string) string {
	if !d.numbered {
		return s
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if r, ok := d.rebind[s]; ok {
		return r
	}
	var b strings.Builder
	n := 0
	for _, c := range s {
		if c == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(c)
	}
	if d.rebind == nil {
		d.rebind = map[string]string{}
	}
	// Filters build queries from a handful of parts, so the map stays small;
	// the bound keeps a pathological caller from growing it without end.
	if len(d.rebind) < 4096 {
		d.rebind[s] = b.String()
	}
	return b.String()
}

// execer is what *sql.DB, *sql.Conn and *sql.Tx have in common.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// runner runs queries written in SQLite's spelling on either engine,
// through prepared statements kept in stmts when it is set.
type runner struct {
	c     execer
	d     *dialect
	tx    *sql.Tx    // the transaction c is, if any
	stmts *stmtCache // nil: every query is prepared anew by the driver
}

// stmt is q's cached prepared statement, bound to the transaction if any;
// nil when q is not cached.
func (r runner) stmt(ctx context.Context, q string) *sql.Stmt {
	if r.stmts == nil {
		return nil
	}
	st := r.stmts.get(ctx, q, r.tx != nil)
	if st != nil && r.tx != nil {
		st = r.tx.StmtContext(ctx, st)
	}
	return st
}

func (r runner) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	q = r.d.q(q)
	if st := r.stmt(ctx, q); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return r.c.ExecContext(ctx, q, args...)
}

func (r runner) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	q = r.d.q(q)
	if st := r.stmt(ctx, q); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return r.c.QueryContext(ctx, q, args...)
}

func (r runner) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	q = r.d.q(q)
	if st := r.stmt(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return r.c.QueryRowContext(ctx, q, args...)
}

// stmtCache keeps prepared statements by query text. The SQLite driver
// parses every query it is given anew, which cost a seventh of the time
// of storing an article and its events; pgx keeps its own cache.
//
// A statement is prepared on the database, never inside a transaction:
// with SQLite's single connection held by the transaction, preparing
// would wait for it forever. A query first met inside a transaction runs
// unprepared and is prepared before the next transaction begins.
type stmtCache struct {
	db     *sql.DB
	mu     sync.Mutex
	m      map[string]*sql.Stmt
	wanted map[string]bool
}

// maxStmts bounds the cache: the store's queries are a few dozen, but
// filters combine into many; past the bound, queries run unprepared.
const maxStmts = 256

func (c *stmtCache) get(ctx context.Context, q string, inTx bool) *sql.Stmt {
	c.mu.Lock()
	st, ok := c.m[q]
	if !ok && len(c.m)+len(c.wanted) < maxStmts {
		if c.wanted == nil {
			c.wanted = map[string]bool{}
		}
		c.wanted[q] = true
	}
	c.mu.Unlock()
	if ok {
		return st
	}
	if inTx {
		return nil
	}
	return c.prepare(ctx, q)
}

// prepare prepares q and keeps it; nil if it does not prepare (the query
// then runs unprepared and reports its own error). It holds no lock while
// preparing, which may wait for the connection.
func (c *stmtCache) prepare(ctx context.Context, q string) *sql.Stmt {
	st, err := c.db.PrepareContext(ctx, q)
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.wanted, q)
	if err != nil {
		return nil
	}
	if old, ok := c.m[q]; ok {
		st.Close()
		return old
	}
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	c.m[q] = st
	return st
}

// prepareWanted prepares the queries met inside transactions; it must
// not be called inside one.
func (c *stmtCache) prepareWanted(ctx context.Context) {
	if c == nil {
		return
	}
	c.mu.Lock()
	qs := slices.Collect(maps.Keys(c.wanted))
	c.mu.Unlock()
	for _, q := range qs {
		c.prepare(ctx, q)
	}
}

func (c *stmtCache) close() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

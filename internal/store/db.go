package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// DB is a store on a SQL engine: SQLite (the embedded default, see
// OpenSQLite) or PostgreSQL (many workers on many machines, see
// OpenPostgres). Both run the same queries and the same migration list;
// what differs is in d.
type DB struct {
	name string // path or redacted DSN, for messages
	db   *sql.DB
	d    *dialect
	// rdb runs the queries that only read (lists, counts, look-ups by ID):
	// on SQLite a pool of its own beside the single writer, so that a
	// slow search never waits for an ingest's transaction, nor it for
	// them; on PostgreSQL, db itself.
	rdb *sql.DB
	// hdb answers Ping on a connection of its own, so that a health check
	// never queues behind searches; opened on the first Ping.
	hdb *sql.DB

	stmts  *stmtCache    // nil where the driver caches statements itself
	rstmts *stmtCache    // rdb's
	worker string        // names this process in job leases
	lease  time.Duration // how long a claimed job is ours
}

func newDB(name string, db *sql.DB, d *dialect) *DB {
	return &DB{name: name, db: db, rdb: db, d: d, worker: defaultWorker(), lease: DefaultLease}
}

func (s *DB) Close() error {
	s.stmts.close()
	s.rstmts.close()
	err := s.db.Close()
	if s.rdb != s.db {
		err = errors.Join(err, s.rdb.Close())
	}
	if s.hdb != nil {
		err = errors.Join(err, s.hdb.Close())
	}
	return err
}

// Ping checks that the database answers, reading its schema version on
// the connection kept for it.
func (s *DB) Ping(ctx context.Context) error {
	var v int
	if err := s.hdb.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return fmt.Errorf("ping %s: %w", s.name, err)
	}
	return nil
}

// r runs queries on the database; tx runs them in the transaction t.
func (s *DB) r() runner { return runner{c: s.db, d: s.d, stmts: s.stmts} }

// read runs queries that only read on the readers' pool (see rdb).
func (s *DB) read() runner { return runner{c: s.rdb, d: s.d, stmts: s.rstmts} }

func (s *DB) tx(t *sql.Tx) runner { return runner{c: t, d: s.d, tx: t, stmts: s.stmts} }

// begin starts a transaction, first preparing the statements that earlier
// transactions met (see stmtCache).
func (s *DB) begin(ctx context.Context) (*sql.Tx, runner, error) {
	s.stmts.prepareWanted(ctx)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, runner{}, err
	}
	return tx, s.tx(tx), nil
}

// migrate applies the migrations the database lacks, each in its own
// transaction, on one connection; lock and unlock (PostgreSQL's advisory
// lock) keep two workers starting at once from applying the same one.
func (s *DB) migrate(ctx context.Context, lock, unlock string) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Close()
	if lock != "" {
		if _, err := conn.ExecContext(ctx, lock); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), unlock)
	}
	c := runner{c: conn, d: s.d}
	if _, err := c.exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var have int
	if err := c.queryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if have > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this sitrep (%d): upgrade sitrep", have, len(migrations))
	}
	for v := have + 1; v <= len(migrations); v++ {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate to %d: %w", v, err)
		}
		t := runner{c: tx, d: s.d}
		if _, err := t.exec(ctx, s.d.migration(migrations[v-1])); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to %d: %w", v, err)
		}
		if _, err := t.exec(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, v, formatTime(time.Now())); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to %d: %w", v, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate to %d: %w", v, err)
		}
	}
	return nil
}

// PutArticle stores a new article and, in the same transaction, queues
// its extract job leased to this worker.
func (s *DB) PutArticle(ctx context.Context, a *Article) (created bool, err error) {
	raw, err := gz(a.Raw)
	if err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	tx, t, err := s.begin(ctx)
	if err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	defer tx.Rollback()
	res, err := t.exec(ctx, `INSERT INTO articles
		(id, origin, url, outlet, title, author, language, published, date_source, fetched_at, media_type, text, raw_gz, simhash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`,
		a.ID, a.Origin, a.URL, a.Outlet, a.Title, a.Author, a.Language, formatTime(a.Published),
		a.DateSource, formatTime(a.FetchedAt), a.MediaType, a.Text, raw, int64(a.SimHash))
	if err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	if n == 0 {
		return false, nil
	}
	if err := s.queueExtract(ctx, t, a.ID); err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	return true, nil
}

const articleCols = `id, origin, url, outlet, title, author, language, published, date_source, fetched_at, media_type`

func (s *DB) GetArticle(ctx context.Context, id string) (*Article, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" || strings.Trim(id, "0123456789abcdef") != "" {
		return nil, fmt.Errorf("article %q: %w (IDs are hexadecimal)", id, ErrNotFound)
	}
	// A prefix range scan on the primary key: IDs are lower-case hex, so
	// every ID starting with id sorts in [id, id+"g").
	rows, err := s.read().query(ctx, `SELECT `+articleCols+`, text, raw_gz FROM articles WHERE id >= ? AND id < ? LIMIT 2`, id, id+"g")
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	defer rows.Close()
	var found []*Article
	for rows.Next() {
		a := &Article{}
		var raw []byte
		var pub, fetched string
		if err := rows.Scan(&a.ID, &a.Origin, &a.URL, &a.Outlet, &a.Title, &a.Author, &a.Language, &pub, &a.DateSource, &fetched, &a.MediaType, &a.Text, &raw); err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		a.Published, a.FetchedAt = parseTime(pub), parseTime(fetched)
		if a.Raw, err = gunzip(raw); err != nil {
			return nil, fmt.Errorf("article %s: raw input: %w", a.ID, err)
		}
		a.TextLen = len(a.Text)
		found = append(found, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("article %s: %w", id, ErrNotFound)
	case 1:
		return found[0], nil
	default:
		return nil, fmt.Errorf("article %s: %w", id, ErrAmbiguous)
	}
}

func (s *DB) ListArticles(ctx context.Context, f ArticleFilter) ([]Article, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if f.Outlet != "" {
		add("outlet "+s.d.like+` ? ESCAPE '\'`, "%"+likeEscape(strings.TrimSpace(f.Outlet))+"%")
	}
	// published is RFC 3339 in UTC, so a day compares as a prefix: "~"
	// sorts after any time of the day, making To inclusive.
	if f.From != "" {
		add("published >= ?", f.From)
	}
	if f.To != "" {
		add("published <> '' AND published <= ?", f.To+"~")
	}
	if f.Language != "" {
		add("language = ?", strings.ToLower(strings.TrimSpace(f.Language)))
	}
	q := `SELECT ` + articleCols + `, length(text) FROM articles`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	if f.Limit <= 0 {
		f.Limit = 100
	}
	q += " ORDER BY published DESC, id LIMIT ? OFFSET ?"
	args = append(args, f.Limit, f.Offset)
	rows, err := s.read().query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []Article
	for rows.Next() {
		var a Article
		var pub, fetched string
		if err := rows.Scan(&a.ID, &a.Origin, &a.URL, &a.Outlet, &a.Title, &a.Author, &a.Language, &pub, &a.DateSource, &fetched, &a.MediaType, &a.TextLen); err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		a.Published, a.FetchedAt = parseTime(pub), parseTime(fetched)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return out, nil
}

func (s *DB) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := s.read().queryRow(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// Times are stored as RFC 3339 text in UTC so that string order is time
// order in both engines and the column needs no dialect-specific type.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// gzWriters are reused: a new compressor allocates about a megabyte, which
// cost more than compressing an article.
var gzWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	return w
}}

func gz(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	w := gzWriters.Get().(*gzip.Writer)
	defer gzWriters.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func gunzip(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(r)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return out, nil
}

package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// OpenSQLite opens (creating if needed) the SQLite database at path and
// brings its schema up to date. WAL mode lets readers never block the
// writer, and a single writer connection makes concurrent ingests queue
// instead of failing with "database is locked"; queries that only read
// run on a pool of their own (sqliteReaders), and Ping on one more.
func OpenSQLite(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	// A 32 MiB page cache (the default is 2 MiB) keeps the indexes that
	// fusion and the API walk in memory on stores of a million events.
	db, err := openSQLite(path, true, "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(ON)", "cache_size(-32768)")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	s := newDB(path, db, sqliteDialect)
	s.stmts = &stmtCache{db: db}
	if err := s.migrate(ctx, "", ""); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// Opened after the writer has made the file and set WAL mode, which
	// is kept in the file. Each reader has a cache of its own, hence a
	// smaller one. query_only: a write by mistake fails instead of
	// bypassing the single writer.
	if s.rdb, err = openSQLite(path, false, "query_only(1)", "cache_size(-16384)"); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.rdb.SetMaxOpenConns(sqliteReaders)
	s.rdb.SetMaxIdleConns(sqliteReaders)
	s.rstmts = &stmtCache{db: s.rdb}
	if s.hdb, err = openSQLite(path, false, "query_only(1)"); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.hdb.SetMaxOpenConns(1)
	return s, nil
}

// sqliteReaders is how many read queries run at once. Searches are
// bound by the CPU, so more than the cores buys little; but a pool a
// little larger than this machine's two cores lets a quick look-up pass
// while slow searches run, and bounds the readers' page caches (16 MiB
// each). Queries past it wait for a reader, within their deadline.
const sqliteReaders = 4

// openSQLite opens a pool on the database file at path (connecting on
// first use) with the given pragmas, run on every new connection, and a
// busy timeout; write makes its transactions take the write lock at once.
func openSQLite(path string, write bool, pragmas ...string) (*sql.DB, error) {
	q := url.Values{}
	for _, p := range append([]string{"busy_timeout(10000)"}, pragmas...) {
		q.Add("_pragma", p)
	}
	if write {
		q.Set("_txlock", "immediate")
	}
	return sql.Open("sqlite", "file:"+path+"?"+q.Encode())
}

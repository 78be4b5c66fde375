package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// migrateLockKey is the advisory lock held while migrating, so that
// workers starting together apply each migration once.
const migrateLockKey = fusionLockSpace<<32 | 1

// OpenPostgres connects to the PostgreSQL database at dsn (a postgres://
// URL; pgx reads the usual PG* variables for what it leaves out) and
// brings its schema up to date. Any number of processes may share it.
func OpenPostgres(ctx context.Context, dsn string) (*DB, error) {
	name := Redact(dsn)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	// A worker needs few connections: one writer, a reader or two for the
	// API; the server's own limit (100 by default) is shared by all.
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	s := newDB(name, db, postgresDialect)
	// Ping's own connection, made on its first use: a server that answers
	// health checks needs one more connection, other processes none.
	if s.hdb, err = sql.Open("pgx", dsn); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	s.hdb.SetMaxOpenConns(1)
	key := strconv.Itoa(migrateLockKey)
	if err := s.migrate(ctx, "SELECT pg_advisory_lock("+key+")", "SELECT pg_advisory_unlock("+key+")"); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	return s, nil
}

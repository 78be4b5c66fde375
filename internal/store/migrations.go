package store

// migrations is the one ordered list of schema changes. Version N is
// migrations[N-1]; a database records the versions it has applied and
// applies the rest in order, each in its own transaction. Never edit a
// released entry: append a new one. Types are written in the subset that
// SQLite and PostgreSQL share (TEXT, BIGINT, BYTEA is spelt BLOB below and
// swapped per dialect) so one list can serve both engines.
var migrations = []string{
	// 1: articles
	`CREATE TABLE articles (
		id          TEXT PRIMARY KEY,
		origin      TEXT NOT NULL,
		url         TEXT NOT NULL DEFAULT '',
		outlet      TEXT NOT NULL DEFAULT '',
		title       TEXT NOT NULL DEFAULT '',
		author      TEXT NOT NULL DEFAULT '',
		language    TEXT NOT NULL DEFAULT '',
		published   TEXT NOT NULL DEFAULT '',
		date_source TEXT NOT NULL DEFAULT '',
		fetched_at  TEXT NOT NULL,
		media_type  TEXT NOT NULL DEFAULT '',
		text        TEXT NOT NULL,
		raw_gz      BLOB
	);
	CREATE INDEX articles_published ON articles (published);
	CREATE INDEX articles_outlet ON articles (outlet);`,
}

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

	// 2: events. The columns that filters use are kept apart and indexed;
	// the whole event (claims, denials, articles) is one JSON document.
	`CREATE TABLE events (
		id             TEXT PRIMARY KEY,
		event_date     TEXT NOT NULL,
		time_precision INTEGER NOT NULL DEFAULT 3,
		background     INTEGER NOT NULL DEFAULT 0,
		event_type     TEXT NOT NULL DEFAULT '',
		sub_event_type TEXT NOT NULL DEFAULT '',
		actor1         TEXT NOT NULL DEFAULT '',
		actor2         TEXT NOT NULL DEFAULT '',
		country        TEXT NOT NULL DEFAULT '',
		iso            TEXT NOT NULL DEFAULT '',
		admin1         TEXT NOT NULL DEFAULT '',
		admin2         TEXT NOT NULL DEFAULT '',
		location       TEXT NOT NULL DEFAULT '',
		latitude       DOUBLE PRECISION NOT NULL DEFAULT 0,
		longitude      DOUBLE PRECISION NOT NULL DEFAULT 0,
		geo_precision  INTEGER NOT NULL DEFAULT 0,
		fatalities     INTEGER NOT NULL DEFAULT 0,
		updated_at     TEXT NOT NULL,
		data           TEXT NOT NULL
	);
	CREATE INDEX events_date ON events (event_date);
	CREATE INDEX events_country_date ON events (country, event_date);
	CREATE INDEX events_type_date ON events (event_type, event_date);
	CREATE TABLE event_articles (
		event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		PRIMARY KEY (event_id, article_id)
	);
	CREATE INDEX event_articles_article ON event_articles (article_id);`,

	// 3: mentions, the events as each article tells them. A fused event in
	// events is rebuilt from its mentions, so re-extraction and any order
	// of ingest give the same events. simhash spots syndicated copies.
	`CREATE TABLE mentions (
		id         TEXT PRIMARY KEY,
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		event_id   TEXT NOT NULL DEFAULT '',
		country    TEXT NOT NULL DEFAULT '',
		event_date TEXT NOT NULL DEFAULT '',
		data       TEXT NOT NULL
	);
	CREATE INDEX mentions_country_date ON mentions (country, event_date);
	CREATE INDEX mentions_article ON mentions (article_id);
	CREATE INDEX mentions_event ON mentions (event_id);
	ALTER TABLE articles ADD COLUMN simhash BIGINT NOT NULL DEFAULT 0;`,

	// 4: indexes for the API's filters, each ending in (event_date, id) so
	// that a filtered page comes straight off the index in list order
	// (event_date descending, then id). Equality filters are
	// case-insensitive, hence NOCASE.
	// events_date_place also serves bbox and min_fatalities within a date
	// range from the index alone.
	`CREATE INDEX events_date_place ON events (event_date, id, longitude, latitude, fatalities);
	CREATE INDEX events_country_nc ON events (country COLLATE NOCASE, event_date, id);
	CREATE INDEX events_iso_nc ON events (iso COLLATE NOCASE, event_date, id);
	CREATE INDEX events_admin1_nc ON events (admin1 COLLATE NOCASE, event_date, id);
	CREATE INDEX events_type_nc ON events (event_type COLLATE NOCASE, event_date, id);
	CREATE INDEX events_fatalities ON events (fatalities, event_date);`,

	// 5: sources that `watch` polls, with their conditional-GET validators
	// and schedule, and the item links already read from each feed (so a
	// changed feed costs one request per new item, not per item).
	`CREATE TABLE sources (
		id            INTEGER PRIMARY KEY,
		url           TEXT NOT NULL UNIQUE,
		name          TEXT NOT NULL DEFAULT '',
		every_seconds BIGINT NOT NULL,
		added_at      TEXT NOT NULL,
		etag          TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		last_poll     TEXT NOT NULL DEFAULT '',
		last_new      TEXT NOT NULL DEFAULT '',
		last_error    TEXT NOT NULL DEFAULT '',
		failures      INTEGER NOT NULL DEFAULT 0,
		next_due      TEXT NOT NULL DEFAULT ''
	);
	CREATE UNIQUE INDEX sources_name ON sources (name) WHERE name <> '';
	CREATE INDEX sources_next_due ON sources (next_due);
	CREATE TABLE source_items (
		source_id BIGINT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
		link      TEXT NOT NULL,
		seen_at   TEXT NOT NULL,
		PRIMARY KEY (source_id, link)
	);`,

	// 6: a mention's time precision, so the long look back for vague
	// (month) reports reads only those, not every report of those weeks.
	`ALTER TABLE mentions ADD COLUMN time_precision INTEGER NOT NULL DEFAULT 1;
	CREATE INDEX mentions_country_prec_date ON mentions (country, time_precision, event_date);`,

	// 7: the work queue that workers on one or many machines share. A job
	// is (kind, ref): ("extract", article ID) is queued with the article,
	// in the same transaction, and done with its events, so an article
	// whose worker died is never left without them. A worker holds a job
	// until lease_until; after that any worker may take it.
	`CREATE TABLE jobs (
		kind        TEXT NOT NULL,
		ref         TEXT NOT NULL,
		state       TEXT NOT NULL DEFAULT 'ready',
		worker      TEXT NOT NULL DEFAULT '',
		lease_until TEXT NOT NULL DEFAULT '',
		attempts    INTEGER NOT NULL DEFAULT 0,
		last_error  TEXT NOT NULL DEFAULT '',
		created_at  TEXT NOT NULL,
		PRIMARY KEY (kind, ref)
	);
	CREATE INDEX jobs_ready ON jobs (kind, state, lease_until);`,

	// 8: a mention's fusion bucket (its province, as the fuser compares
	// them), so that the look-up of a report's neighbours reads its own
	// province and the reports placed no finer than the country, not the
	// whole country: the cost of fusing an article no longer grows with
	// the number of reports elsewhere in the country. Mentions stored
	// before have none, and so are read by every look-up, as before.
	// (country, event_date) goes: the planner preferred it to both better
	// indexes when it had no statistics. A report with no country is
	// looked up by (time_precision, event_date), not by a scan.
	`ALTER TABLE mentions ADD COLUMN bucket TEXT NOT NULL DEFAULT '';
	CREATE INDEX mentions_country_bucket_date ON mentions (country, bucket, event_date);
	CREATE INDEX mentions_prec_date ON mentions (time_precision, event_date);
	DROP INDEX mentions_country_date;`,

	// 9: the province look-up by precision too, so that the long look back
	// for week and month reports reads the province's, not the whole
	// country's (Match refuses another province at any precision). One
	// index serves every look-up of a report placed in a province.
	`CREATE INDEX mentions_country_bucket_prec_date ON mentions (country, bucket, time_precision, event_date);
	DROP INDEX mentions_country_bucket_date;`,

	// 10: jobs by state, so that listing the jobs not done (waiting,
	// leased, set aside after too many attempts) reads those, not the
	// done job of every article ever stored.
	`CREATE INDEX jobs_state ON jobs (state, created_at);`,

	// 11: the full-text index of the text that q searches (an event's notes
	// and quotes), so that a search reads the index instead of every
	// event's JSON. The engines build it differently: search.go.
	searchIndexMigration,

	// 12: alerts, saved event filters with an Atom feed and optionally a
	// webhook. alert_events remembers the digest of each event as last
	// queued for an alert, so that an event rewritten unchanged (fusion
	// rebuilds its neighbours) is not sent again; alert_deliveries is the
	// webhook queue, kept in the database so that a crash loses nothing.
	// events_changed lets the scan read the events changed since its last
	// round instead of every event its filter matches.
	`CREATE TABLE alerts (
		id         INTEGER PRIMARY KEY,
		name       TEXT NOT NULL UNIQUE,
		filter     TEXT NOT NULL DEFAULT '',
		webhook    TEXT NOT NULL DEFAULT '',
		secret     TEXT NOT NULL DEFAULT '',
		created_at TEXT NOT NULL,
		scanned_to TEXT NOT NULL DEFAULT ''
	);
	CREATE TABLE alert_events (
		alert_id BIGINT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
		event_id TEXT NOT NULL,
		digest   TEXT NOT NULL,
		seen_at  TEXT NOT NULL,
		PRIMARY KEY (alert_id, event_id)
	);
	CREATE TABLE alert_deliveries (
		id         INTEGER PRIMARY KEY,
		alert_id   BIGINT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
		event_id   TEXT NOT NULL,
		payload    TEXT NOT NULL,
		state      TEXT NOT NULL DEFAULT 'pending',
		attempts   INTEGER NOT NULL DEFAULT 0,
		next_try   TEXT NOT NULL,
		last_error TEXT NOT NULL DEFAULT '',
		created_at TEXT NOT NULL,
		sent_at    TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX alert_deliveries_due ON alert_deliveries (state, next_try);
	CREATE INDEX alert_deliveries_alert ON alert_deliveries (alert_id);
	CREATE INDEX events_changed ON events (updated_at, id);`,

	// 13: every documented filter served by an index. The contested events
	// (a tenth or less) get a partial index in list order, so a contested
	// filter reads those, not every event's JSON, with the actors, so that
	// actor beside it reads no row either; contestedAnyCond is the
	// dialect's condition, which the filter repeats word for word so that
	// the planner matches it. The equality filters' indexes end in
	// fatalities so that min_fatalities beside them is checked from the
	// index, never by reading each event (admin1 + min_fatalities read
	// 480 ms of rows on 200,000 events); they replace migration 4's.
	`CREATE INDEX events_contested ON events (event_date, id, actor1, actor2) WHERE ` + contestedAnyCond + `;
	CREATE INDEX events_country_fat ON events (country COLLATE NOCASE, event_date, id, fatalities);
	CREATE INDEX events_iso_fat ON events (iso COLLATE NOCASE, event_date, id, fatalities);
	CREATE INDEX events_admin1_fat ON events (admin1 COLLATE NOCASE, event_date, id, fatalities);
	CREATE INDEX events_type_fat ON events (event_type COLLATE NOCASE, event_date, id, fatalities);
	DROP INDEX events_country_nc;
	DROP INDEX events_iso_nc;
	DROP INDEX events_admin1_nc;
	DROP INDEX events_type_nc;`,

	// 14: the filters every listing shares (package filter) that had no
	// index yet: sub_event_type like event_type, and an article's
	// language, through which events in a language are found.
	`CREATE INDEX events_subtype_fat ON events (sub_event_type COLLATE NOCASE, event_date, id, fatalities);
	CREATE INDEX articles_language ON articles (language, published);`,
}

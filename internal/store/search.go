package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How the Query filter (the API's q) searches, in one place: the text
// searched is an event's notes and the quotes of its claims and denials,
// indexed word by word (SQLite FTS5, PostgreSQL tsvector with a GIN
// index; migration 10). A word is a run of letters, digits and marks;
// anything else separates words. Every word of the query must appear,
// ignoring case; a query word of prefixMinRunes or more also matches the
// longer words it begins ("convoy" finds "convoys"), a shorter one only
// itself ("of" is not "offensive").

// The limits of a query. Each word is one more index look-up whose
// results are merged with the others', so the cost grows with the words;
// the search box and the documented examples use a few. A query past
// either limit is refused (QueryError), never cut silently.
const (
	// MaxQueryWords is the most words a query may have.
	MaxQueryWords = 16
	// MaxQueryBytes is the longest query, in bytes: MaxQueryWords words of
	// 16 bytes (most words of any script fit) with their separators.
	MaxQueryBytes = 256
)

// prefixMinRunes is the shortest query word that also matches the words it
// begins: a one- or two-letter prefix matches a large share of all words,
// which costs the index a merge of many lists and tells the user nothing.
const prefixMinRunes = 3

// QueryError is a query refused before it reaches the database: over a
// limit, or without a word to search for. Its message is fit to show.
type QueryError struct{ msg string }

func (e *QueryError) Error() string { return e.msg }

// CheckQuery says whether q is a query the store will run (nil), or why
// not. The API, the CLI and the store itself all check with it.
func CheckQuery(q string) error {
	_, err := queryWords(q)
	return err
}

// queryWords splits q into its lower-cased words, checking the limits.
// An empty q (or all spaces) has no words and no error.
func queryWords(q string) ([]string, error) {
	if len(q) > MaxQueryBytes {
		return nil, &QueryError{fmt.Sprintf("q is %d bytes long; the limit is %d (MaxQueryBytes)", len(q), MaxQueryBytes)}
	}
	if !utf8.ValidString(q) {
		return nil, &QueryError{"q is not valid UTF-8"}
	}
	if strings.TrimSpace(q) == "" {
		return nil, nil
	}
	words := searchWords(q)
	if len(words) == 0 {
		return nil, &QueryError{"q has no word to search for (letters or digits)"}
	}
	if len(words) > MaxQueryWords {
		return nil, &QueryError{fmt.Sprintf("q has %d words; the limit is %d (MaxQueryWords)", len(words), MaxQueryWords)}
	}
	return words, nil
}

// searchWords splits s into lower-cased words: runs of letters, digits
// and marks, the characters both engines' tokenizers keep in a word.
func searchWords(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
	})
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return words
}

// isPrefix says whether a query word matches the words it begins.
func isPrefix(w string) bool { return utf8.RuneCountInString(w) >= prefixMinRunes }

// ftsMatch is words as an FTS5 MATCH expression: each word quoted (it
// holds no quote: see searchWords), starred when it is a prefix, all
// joined by AND.
func ftsMatch(words []string) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = `"` + w + `"`
		if isPrefix(w) {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " AND ")
}

// ftsDriveMax is the most events a search may match and still be read
// from the word index first, one look-up of an event per match. SQLite's
// planner cannot tell how many events a word matches and always starts
// from the index of words, which for a word in most events (killed, said)
// meant hundreds of thousands of look-ups (seconds on 200,000 events).
// Past it, the other filters' indexes choose the rows, each checked
// against the set of matches (up to SearchMaxMatches). 1,000 look-ups
// take a few milliseconds.
const ftsDriveMax = 1000

// SearchMaxMatches bounds the work of a search on SQLite: words matching
// more events than this (a word in most reports: "killed", "said") are
// searched in the SearchMaxMatches most recently stored events that hold
// them, and the answer says so (EventCount.SearchCapped). Without it the
// set of matches, built before any other filter applies, cost time in
// proportion to the matches: 0.9 s for a word in each of 200,000 events,
// however narrow the dates or country beside it. Each match is one look-up
// of its event: 10,000 took 90-150 ms on 200,000 events on a busy 2-core
// machine, too much for a page; 2,000 take 20-30 ms. A user who wants
// older events of a common word adds a rarer one, or dates.
const SearchMaxMatches = 2000

// sqliteSearch is the FTS5 condition for words: it counts the matches,
// up to SearchMaxMatches+1, to decide which index leads and whether the
// matches must be capped (capped: only the most recent are searched).
func sqliteSearch(ctx context.Context, r runner, words []string) (cond string, arg any, capped bool, err error) {
	m := ftsMatch(words)
	var n int
	if err := r.queryRow(ctx, `SELECT COUNT(*) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?)`, m, SearchMaxMatches+1).Scan(&n); err != nil {
		return "", nil, false, fmt.Errorf("search %q: %w", m, err)
	}
	switch {
	case n <= ftsDriveMax:
		return "events.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", m, false, nil
	case n <= SearchMaxMatches:
		// + keeps the planner from looking events up by the matches' rowids.
		return "+events.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", m, false, nil
	}
	// The rowid grows with each event stored, so the highest are the most
	// recently stored; FTS5 reads them from the end of the index.
	return "events.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid DESC LIMIT " +
		strconv.Itoa(SearchMaxMatches) + ")", m, true, nil
}

// tsQuery is words as a PostgreSQL tsquery (to_tsquery's input): each
// word quoted, :* when it is a prefix, joined by &.
func tsQuery(words []string) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = "'" + w + "'"
		if isPrefix(w) {
			parts[i] += ":*"
		}
	}
	return strings.Join(parts, " & ")
}

// searchIndexMigration stands in the migration list for the search index,
// which the two engines build in their own ways (dialect.searchIndex).
const searchIndexMigration = "-- the full-text index that q searches: dialect.searchIndex"

// sqliteSearchText is the text searched, from the JSON document doc: the
// notes and every quote, a line each.
func sqliteSearchText(doc string) string {
	return `COALESCE(json_extract(` + doc + `, '$.notes'), '') || char(10) ||
	COALESCE((SELECT group_concat(json_extract(value, '$.quote'), char(10)) FROM json_each(` + doc + `, '$.claims')), '') || char(10) ||
	COALESCE((SELECT group_concat(json_extract(value, '$.quote'), char(10)) FROM json_each(` + doc + `, '$.denials')), '')`
}

// sqliteSearchIndex is an FTS5 table that keeps only the index (no copy of
// the text), kept in step with events by triggers, so every way of
// writing an event (fusion, tools, an older sitrep's upsert) indexes it.
// Diacritics are kept, as PostgreSQL's simple configuration keeps them.
var sqliteSearchIndex = `CREATE VIRTUAL TABLE events_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
	CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
		INSERT INTO events_fts (rowid, body) VALUES (new.rowid, ` + sqliteSearchText("new.data") + `);
	END;
	CREATE TRIGGER events_fts_update AFTER UPDATE OF data ON events BEGIN
		DELETE FROM events_fts WHERE rowid = old.rowid;
		INSERT INTO events_fts (rowid, body) VALUES (new.rowid, ` + sqliteSearchText("new.data") + `);
	END;
	CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
		DELETE FROM events_fts WHERE rowid = old.rowid;
	END;
	INSERT INTO events_fts (rowid, body) SELECT rowid, ` + sqliteSearchText("events.data") + ` FROM events;`

// postgresSearchIndex is a generated tsvector column (computed on every
// write, filled for the rows already there) with a GIN index. The simple
// configuration lower-cases and neither stems nor drops stop words, as
// FTS5 does. <, > and & become spaces first: PostgreSQL's parser would
// take "<post>" for a tag and "&amp;" for an entity, and index neither.
const postgresSearchIndex = `CREATE FUNCTION events_search_text(doc TEXT) RETURNS TEXT
	LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
		SELECT translate(COALESCE(doc::jsonb->>'notes', '') || chr(10) ||
			COALESCE((SELECT string_agg(v #>> '{}', chr(10)) FROM jsonb_path_query(doc::jsonb, '$.claims[*].quote') v), '') || chr(10) ||
			COALESCE((SELECT string_agg(v #>> '{}', chr(10)) FROM jsonb_path_query(doc::jsonb, '$.denials[*].quote') v), ''),
			'<>&', '   ')
	$$;
	ALTER TABLE events ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, events_search_text(data))) STORED;
	CREATE INDEX events_search ON events USING GIN (search);`

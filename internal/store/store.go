// Package store keeps articles, events and the work queue in a database
// behind the small Store interface, so the embedded SQLite default and a
// shared PostgreSQL server can serve the same commands.
//
// The store persists and looks up; it holds no fusion rule. When an
// article's mentions are replaced (ReplaceArticleEvents), a Planner from
// the caller (fuse.Plan) decides, from a read-only Neighbourhood of
// indexed look-ups, which events to rebuild and how; the store runs it
// inside its transaction, under the locks that keep concurrent writers
// apart, and writes the Plan it returns.
package store

import (
	"context"

	"errors"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

// Article is one cleaned news article as stored.
type Article struct {
	ID         string // hex prefix of SHA-256 of the clean text: the same text is the same article
	Origin     string // path or URL it was read from
	URL        string // canonical URL when known
	Outlet     string
	Title      string
	Author     string
	Language   string
	Published  time.Time
	DateSource string // DateGiven, DatePage or DateGuessed
	FetchedAt  time.Time
	MediaType  string // "text/html" or "text/plain"
	Text       string // clean text
	Raw        []byte // the input as read; stored compressed
	TextLen    int    // filled by ListArticles, which leaves Text and Raw empty
	SimHash    uint64 // fingerprint of Text, for spotting syndicated copies
}

// Where an article's publication date came from.
const (
	DateGiven   = "given"   // by the user: flag, manifest or feed item
	DatePage    = "page"    // from the page's own metadata
	DateGuessed = "guessed" // nothing said: fetch time or file modification time
)

// EventCount is how many events a filter matches, as far as counted.
type EventCount struct {
	N int
	// Capped: counting stopped at the limit asked for; more events match.
	Capped bool
	// SearchCapped: the words of the filter's Query match more than
	// SearchMaxMatches events, and only the SearchMaxMatches most recently
	// stored of them were searched (SQLite; see search.go).
	SearchCapped bool
}

// ArticleFilter narrows ListArticles. Zero values mean no restriction.
type ArticleFilter struct {
	Outlet   string // substring of the outlet, case-insensitive
	From, To string // publication day range, YYYY-MM-DD, both inclusive
	Language string // ISO 639-1 code
	Limit    int    // default 100
	Offset   int
}

// Store is what every stage needs from the database.
type Store interface {
	// PutArticle stores a new article in one transaction. created is false
	// when an article with the same ID was already there (nothing changes).
	PutArticle(ctx context.Context, a *Article) (created bool, err error)
	// GetArticle finds an article by its ID or a unique prefix of it.
	GetArticle(ctx context.Context, id string) (*Article, error)
	ListArticles(ctx context.Context, f ArticleFilter) ([]Article, error)
	CountArticles(ctx context.Context) (int, error)

	// ReplaceArticleEvents makes ms the event mentions coded from article
	// articleID and, in the same transaction, stores the events around
	// them as plan groups them (nil: Apart), so re-extraction never leaves
	// stale events.
	ReplaceArticleEvents(ctx context.Context, articleID string, ms []event.Event, plan Planner) error
	// GetEvent finds an event by its ID or a unique prefix of it.
	GetEvent(ctx context.Context, id string) (*event.Event, error)
	ListEvents(ctx context.Context, f EventFilter) ([]event.Event, error)
	// CountEvents counts the events ListEvents would list without Limit,
	// Offset and the After key.
	CountEvents(ctx context.Context, f EventFilter) (int, error)
	// CountEventsUpTo counts as CountEvents does but stops past max
	// events (max ≤ 0: counts all), so that counting a filter that
	// matches most of a large store costs no more than max rows.
	CountEventsUpTo(ctx context.Context, f EventFilter, max int) (EventCount, error)
	// EventMentions returns the per-article mentions fused into an event,
	// oldest article first.
	EventMentions(ctx context.Context, eventID string) ([]event.Event, error)

	SourceStore
	JobStore
	AlertStore

	// Ping checks that the database answers, on a connection of its own
	// that other queries never hold (health checks).
	Ping(ctx context.Context) error
	Close() error
}

// JobStore is the work queue that workers share. Extract jobs need no
// enqueueing: PutArticle queues one with each new article, leased to the
// process that stored it, and ReplaceArticleEvents marks it done. Fetch
// jobs (feed items) are queued and taken with TakeJob by the watcher that
// finds them.
type JobStore interface {
	// SetWorker names this process in the leases it takes (default
	// host:pid) and sets how long they last (default DefaultLease): how
	// long others wait before taking over the work of a worker that died.
	SetWorker(name string, lease time.Duration)
	// ClaimJobs leases up to n jobs of kind that are ready and whose
	// lease, if any, has run out, least tried first; with ref set, only
	// that job. Each claim counts an attempt. A job whose worker stopped
	// during its last attempt allowed is set aside instead. On
	// PostgreSQL, workers claiming at once get different jobs.
	ClaimJobs(ctx context.Context, kind, ref string, n int) ([]Job, error)
	// FailJob records that a claimed job failed: it is ready again after
	// a back-off (a fetch job at once: its source's polls space the
	// retries), or set aside after MaxAttempts.
	FailJob(ctx context.Context, j Job, cause error) error
	// PendingJobs counts jobs of kind not yet done or set aside.
	PendingJobs(ctx context.Context, kind string) (int, error)
	// TakeJob queues the job (kind, ref) if it is new and leases it to
	// this worker if it is ready and nobody holds it: what a worker calls
	// before work it has found itself (a feed item to fetch). It says
	// whether the job is now ours, held by another worker, or done.
	TakeJob(ctx context.Context, kind, ref string) (Job, JobState, error)
	// FinishJob marks a job done.
	FinishJob(ctx context.Context, j Job) error

	// ListJobs lists the jobs not done (waiting, leased, set aside),
	// oldest first.
	ListJobs(ctx context.Context, f JobFilter) ([]JobInfo, error)
	// CountJobs counts the jobs of kind not done by status and, for leased
	// ones, by the worker that holds them.
	CountJobs(ctx context.Context, kind string) ([]JobCount, error)
	// RetryJobs puts set-aside jobs back for one more attempt: the one
	// whose ref is ref or starts with it (ErrNotFound, ErrAmbiguous), or
	// all of them when ref is "". It returns how many.
	RetryJobs(ctx context.Context, ref string) (int, error)
	// ReleaseJobs ends the leases that worker holds, so that its jobs can
	// be claimed now: for a worker known to have stopped (WorkerStopped).
	ReleaseJobs(ctx context.Context, worker string) (int, error)
}

// Where a job not done stands, as ListJobs and CountJobs say.
const (
	// StatusWaiting: ready to be claimed, or waiting out a back-off after
	// a failure (until LeaseUntil).
	StatusWaiting = "waiting"
	// StatusLeased: held by Worker until LeaseUntil.
	StatusLeased = "leased"
	// StatusSetAside: had all its attempts (MaxAttempts); never claimed
	// again until RetryJobs puts it back.
	StatusSetAside = "set aside"
)

// JobFilter narrows ListJobs. Zero values mean no restriction.
type JobFilter struct {
	Kind   string
	Status string // one of the Status constants
	Limit  int    // default 100
}

// JobInfo is a job not done, as ListJobs lists it.
type JobInfo struct {
	Job
	Status     string    // StatusWaiting, StatusLeased or StatusSetAside
	Worker     string    // the holder of a lease (StatusLeased)
	LeaseUntil time.Time // end of the lease or of the back-off; zero if none
	LastError  string    // why its last attempt failed, if it did
	Created    time.Time
}

// JobCount is how many jobs of one kind have one status (and, leased, one
// holder).
type JobCount struct {
	Status string
	Worker string // the holder, for StatusLeased
	N      int
	Until  time.Time // the latest end of their leases or back-offs
}

// JobState is what TakeJob found.
type JobState int

const (
	JobTaken JobState = iota // leased to this worker now
	JobHeld                  // another worker holds it, or it waits out a back-off
	JobDone                  // done before, or set aside
)

// Job kinds.
const (
	// JobExtract codes and fuses the events of the article Ref.
	JobExtract = "extract"
	// JobFetch fetches and ingests the feed item whose link is Ref.
	JobFetch = "fetch"
)

// Job is one unit of queued work.
type Job struct {
	Kind, Ref string
	Attempts  int // claims so far, this one included
}

// DefaultLease is how long a claimed job is its worker's alone.
const DefaultLease = 2 * time.Minute

// MaxAttempts is how many times a job is tried before it is set aside
// (StatusSetAside, with its last error) for `sitrep jobs retry`. An attempt
// counts when the job is claimed, so a job whose processing kills its
// process is set aside too, and stops taking later runs down with it.
const MaxAttempts = 5

// Planner decides how an article's mentions fuse with stored ones:
// ReplaceArticleEvents calls it inside its transaction, once the article's
// old mentions are gone, and stores the Plan it returns. It reads the store
// only through nb, and only while it runs. fuse.Plan is the real one; nil
// is Apart.
type Planner func(ctx context.Context, nb Neighbourhood) (Plan, error)

// Plan is what a Planner decided: the store writes it as it is.
type Plan struct {
	// Buckets[i] is the bucket new mention i is filed under, for later
	// look-ups (Query.Bucket); nil files them all under "".
	Buckets []string
	// Groups are the events to store. Every new mention and every mention
	// of the events read with Members is in exactly one group; those
	// events are replaced by the groups.
	Groups []Group
}

// Group is one fused event and the IDs of the mentions it holds.
type Group struct {
	Event   event.Event
	Members []string
}

// Neighbourhood is a planner's read-only view of the store during one
// fusion: the article's new mentions, indexed look-ups of stored mentions
// near them, and the stored events they belong to. Mentions it returns are
// shared: a planner must not change them.
type Neighbourhood interface {
	// ArticleID is the article whose mentions are being replaced.
	ArticleID() string
	// Mentions are its new mentions, in the order given.
	Mentions() []event.Event
	// Previous lists the stored events that held the article's old
	// mentions: they lose them, so the plan must rebuild them (Members).
	Previous() []string
	// Candidates calls visit with each stored mention of another article
	// that q selects, through an index (never a scan), decoding each
	// mention once per fusion however many queries read it.
	Candidates(ctx context.Context, q Query, visit func(Candidate)) error
	// Members returns the mentions of a stored event, which this fusion
	// then rebuilds: each must be in one of the plan's groups.
	Members(ctx context.Context, eventID string) ([]Member, error)
	// SimHashes gives the text fingerprints of articles (0 if unknown).
	SimHashes(ctx context.Context, articleIDs []string) (map[string]uint64, error)
}

// Query selects stored mentions by where and when they are filed.
type Query struct {
	// Country: mentions of this country or of none; "" reads every
	// country (and every bucket).
	Country string
	// Bucket: mentions filed under this bucket or under none ("" reads
	// every bucket of Country).
	Bucket string
	Window DateRange
	// Skip holds events whose mentions are passed over undecoded: they
	// are read row by row, so events the visitor adds are skipped from
	// then on.
	Skip map[string]bool
}

// DateRange is a range of event dates (YYYY-MM-DD, inclusive) in which
// stored mentions of time_precision MinPrecision or coarser are read.
type DateRange struct {
	From, To     string
	MinPrecision int
}

// Candidate is a stored mention that a Query found, and its event.
type Candidate struct {
	EventID string
	Mention *event.Event
}

// Member is a mention of a stored event, and the article it came from.
type Member struct {
	ArticleID string
	Mention   event.Event
}

// EventFilter narrows ListEvents. Zero values mean no restriction.
type EventFilter struct {
	From, To  string // event_date range, YYYY-MM-DD, both inclusive
	Country   string // name or ISO code, case-insensitive
	EventType string // ACLED event type, case-insensitive
	// SubEventType is an ACLED sub-event type, case-insensitive.
	SubEventType string
	// Language keeps the events reported by at least one article in this
	// language (ISO 639-1 code).
	Language string
	Actor    string // substring of actor1 or actor2, case-insensitive
	// SkipBackground leaves out events told as history (a 1990s war).
	SkipBackground bool
	Admin1         string // first-level division (province), case-insensitive
	MinFatalities  int    // only events with at least this many fatalities
	// BBox is minLon, minLat, maxLon, maxLat; events without coordinates
	// never match it.
	BBox *[4]float64
	// Query is words that must all appear in the notes or the quotes of
	// the claims and denials: case-insensitive, a word of three letters or
	// more also matching the words it begins (search.go). Past the limits
	// (MaxQueryWords, MaxQueryBytes) it is refused with a *QueryError.
	Query string
	// Outlet is a substring of the outlet of one of the event's articles,
	// case-insensitive.
	Outlet string
	// Contested is "any" (contested in some way), "none" (not contested),
	// or one flag: "toll", "responsibility", "denied".
	Contested string
	// ArticleID keeps only events coded from this article.
	ArticleID string
	// AfterDate and AfterID page by key: only events that come after the
	// event (AfterDate, AfterID) in list order (event_date descending,
	// then id). Unlike Offset, the cost does not grow with the page number.
	AfterDate, AfterID string
	Limit              int // default 1000
	Offset             int
}

// ErrNotFound is returned when no article matches an ID.
var ErrNotFound = errors.New("not found")

// ErrAmbiguous is returned when an ID prefix matches several articles.
var ErrAmbiguous = errors.New("ambiguous ID prefix")

// Open opens the database named by dsn: a postgres:// or postgresql:// URL
// selects PostgreSQL, anything else is a SQLite file path.
func Open(ctx context.Context, dsn string) (Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return OpenPostgres(ctx, dsn)
	}
	return OpenSQLite(ctx, dsn)
}

// Redact hides a password in a DSN so errors can be printed safely.
func Redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return dsn
	}
	userinfo := dsn[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return dsn[:scheme+3] + userinfo[:i] + ":***" + dsn[at:]
	}
	return dsn
}

// Source is a feed or page that `watch` polls: its schedule, its
// conditional-GET validators and how its last polls went.
type Source struct {
	ID           int64
	URL          string
	Name         string        // optional label, unique when set
	Every        time.Duration // polling interval
	Added        time.Time
	ETag         string // validators from the last complete fetch
	LastModified string
	LastPoll     time.Time // zero: never polled
	LastNew      time.Time // last poll that stored a new article
	LastError    string    // "" when the last poll went well
	Failures     int       // consecutive failed polls (backoff exponent)
	NextDue      time.Time // zero: due now
}

// SourceStore keeps the sources `watch` polls.
type SourceStore interface {
	// AddSource stores a new source and sets its ID. A URL or a name
	// already in use is an error wrapping ErrExists.
	AddSource(ctx context.Context, s *Source) error
	// ListSources lists every source by name, then URL.
	ListSources(ctx context.Context) ([]Source, error)
	// RemoveSource deletes the source whose URL or name is key (and what
	// it remembers of its items) and returns it; ErrNotFound if none.
	RemoveSource(ctx context.Context, key string) (*Source, error)
	// DueSources returns the sources due at now (NextDue not after it),
	// most overdue first, and the earliest NextDue after now (zero if
	// none), so a scheduler knows how long it may sleep.
	DueSources(ctx context.Context, now time.Time) (due []Source, next time.Time, err error)
	// ClaimDueSources is DueSources for a poller that shares the store
	// with others: the sources returned are its own until now+lease (their
	// next_due moves there), so no two pollers poll one source at once.
	// RecordPoll then sets the real next due time; the Sources returned
	// keep their old NextDue, so recording one unchanged hands it back.
	ClaimDueSources(ctx context.Context, now time.Time, lease time.Duration) (due []Source, next time.Time, err error)
	// RecordPoll saves a poll's outcome: ETag, LastModified, LastPoll,
	// LastNew, LastError, Failures and NextDue. A source removed
	// meanwhile is not an error.
	RecordPoll(ctx context.Context, s *Source) error
	// SourceItems returns the item links already read from a source.
	SourceItems(ctx context.Context, sourceID int64) (map[string]bool, error)
	// AddSourceItems remembers item links read from a source at at, and
	// forgets those not seen for a long time (SourceItemTTL).
	AddSourceItems(ctx context.Context, sourceID int64, links []string, at time.Time) error
}

// SourceItemTTL is how long an item link is remembered after it was read:
// long past the life of an item in any feed.
const SourceItemTTL = 90 * 24 * time.Hour

// ErrExists is returned when a source's URL or name is already taken.
var ErrExists = errors.New("already exists")

package store_test

// Scale benchmarks for the per-article fusion path: how much does storing
// one new article's events cost when the database already holds 10k, 100k
// or 1M mentions? The external test package lets this file use the real
// fuser (internal/fuse imports internal/store, so package store itself
// cannot import it).
//
//	go test -run '^$' -bench FusePerArticle -benchmem ./internal/store/
//	SITREP_BENCH_1M=1 go test -run '^$' -bench 'FusePerArticle/events=1M' -benchtime=10x -benchmem -timeout 90m ./internal/store/

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/store"
)

// benchCountry is one country of the synthetic data set, with a rough
// centre so that coordinates look plausible.
type benchCountry struct {
	name, iso string
	lat, lon  float64
}

var benchCountries = []benchCountry{
	{"Ukraine", "UA", 49, 32}, {"Syria", "SY", 35, 38}, {"Myanmar", "MM", 21, 96},
	{"Sudan", "SD", 15, 30}, {"Democratic Republic of Congo", "CD", -3, 23}, {"Nigeria", "NG", 9, 8},
	{"Mali", "ML", 17, -4}, {"Burkina Faso", "BF", 12, -1}, {"Somalia", "SO", 5, 46},
	{"Afghanistan", "AF", 34, 66}, {"Pakistan", "PK", 30, 70}, {"Yemen", "YE", 15, 48},
	{"Iraq", "IQ", 33, 44}, {"Ethiopia", "ET", 9, 39}, {"Colombia", "CO", 4, -73},
	{"Mexico", "MX", 23, -102}, {"Libya", "LY", 27, 17}, {"Niger", "NE", 17, 8},
	{"Cameroon", "CM", 6, 12}, {"Mozambique", "MZ", -18, 35}, {"South Sudan", "SS", 7, 30},
	{"Palestine", "PS", 32, 35}, {"Lebanon", "LB", 34, 36}, {"India", "IN", 22, 79},
	{"Philippines", "PH", 12, 122}, {"Haiti", "HT", 19, -72}, {"Central African Republic", "CF", 7, 21},
	{"Chad", "TD", 15, 19}, {"Kyrgyzstan", "KG", 41, 75}, {"Tajikistan", "TJ", 39, 71},
}

const (
	benchAdmin1s   = 16   // first-level divisions per country (480 in all)
	benchTowns     = 10   // locations per division
	benchDays      = 3653 // ten years of event dates (for a million mentions: see spanFor)
	benchChunk     = 1000 // mentions per synthetic bulk article while filling
	benchSeed      = 20260401
	benchNoCountry = 100 // one mention in this many has no country
)

var benchStart = time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)

// benchCountryCDF makes the countries Zipf-distributed (weight 1/rank), as
// conflict data is: the busiest country has about a quarter of all events.
var benchCountryCDF = func() []float64 {
	cdf := make([]float64, len(benchCountries))
	sum := 0.0
	for i := range cdf {
		sum += 1 / float64(i+1)
		cdf[i] = sum
	}
	for i := range cdf {
		cdf[i] /= sum
	}
	return cdf
}()

func pickCountry(r *rand.Rand) int {
	u := r.Float64()
	for i, c := range benchCountryCDF {
		if u < c {
			return i
		}
	}
	return len(benchCountryCDF) - 1
}

// benchType is an ACLED type with a sub-event type and which of the
// country's actors take part (indexes into benchActors).
type benchType struct {
	typ, sub       string
	actor1, actor2 int
	weight         int
}

var benchTypes = []benchType{
	{"Battles", "Armed clash", 0, 2, 30},
	{"Explosions/Remote violence", "Shelling/artillery/missile attack", 0, 2, 15},
	{"Explosions/Remote violence", "Air/drone strike", 0, 2, 10},
	{"Explosions/Remote violence", "Remote explosive/landmine/IED", 3, 1, 8},
	{"Violence against civilians", "Attack", 3, 4, 15},
	{"Protests", "Peaceful protest", 5, -1, 12},
	{"Riots", "Violent demonstration", 5, 1, 5},
	{"Strategic developments", "Arrests", 1, 2, 5},
}

var benchActors = []string{
	"Military Forces of %s", "Police Forces of %s", "%s Liberation Front",
	"Unidentified Armed Group (%s)", "Civilians (%s)", "Protesters (%s)",
}

var benchOutlets = []string{
	"Frontline Wire", "Daily Dispatch", "Regional Monitor", "Crisis Desk",
	"The Border Post", "Evening Courier", "Field Report", "Capital Herald",
}

// mentionSpec is where and when a synthetic mention happened: enough to
// make another mention of the same incident, or of its neighbourhood.
type mentionSpec struct {
	country, admin1, town, typ, day, prec int
}

// spanFor is the number of days over which n mentions are spread. With a
// fixed span, a store ten times bigger is ten times denser: every new
// report then has ten times more real neighbours to fuse with, whatever
// the indexes. With a growing span (as a real store grows: by time going
// on) the density stays that of a million mentions over ten years, and
// only the size of the store changes.
func spanFor(n int, grows bool) int {
	if !grows {
		return benchDays
	}
	return max(1, benchDays*n/1_000_000)
}

// specOf is mention i of a filled database whose dates span days.
func specOf(i, days int) mentionSpec {
	r := rand.New(rand.NewPCG(benchSeed, uint64(i)))
	s := mentionSpec{
		country: pickCountry(r),
		admin1:  r.IntN(benchAdmin1s),
		town:    r.IntN(benchTowns),
		day:     r.IntN(days),
		prec:    1,
	}
	w := r.IntN(100)
	for t, bt := range benchTypes {
		if w < bt.weight {
			s.typ = t
			break
		}
		w -= bt.weight
	}
	switch p := r.IntN(20); {
	case p == 0:
		s.prec = 3
	case p <= 3:
		s.prec = 2
	}
	if i%benchNoCountry == benchNoCountry-1 {
		s.country = -1
	}
	return s
}

// mention builds a stored mention (about 1 KB of JSON) of article articleID.
func (s mentionSpec) mention(id, articleID string, r *rand.Rand) event.Event {
	var c benchCountry // none: a mention without a country
	if s.country >= 0 {
		c = benchCountries[s.country]
	}
	bt := benchTypes[s.typ]
	date := benchStart.AddDate(0, 0, s.day)
	m := event.Event{
		ID:            id,
		EventDate:     date.Format("2006-01-02"),
		TimePrecision: s.prec,
		EventType:     bt.typ,
		SubEventType:  bt.sub,
		Actor1:        fmt.Sprintf(benchActors[bt.actor1], c.name),
		Country:       c.name,
		ISO:           c.iso,
		Fatalities:    r.IntN(12),
		Claims:        []event.Claim{},
		Denials:       []event.Denial{},
		Articles: []event.ArticleRef{{
			ID: articleID, Origin: "bench/" + articleID + ".txt",
			Outlet:    benchOutlets[r.IntN(len(benchOutlets))],
			Published: date.AddDate(0, 0, r.IntN(3)).Format("2006-01-02"),
		}},
	}
	if bt.actor2 >= 0 {
		m.Actor2 = fmt.Sprintf(benchActors[bt.actor2], c.name)
	}
	if c.name != "" {
		m.Admin1 = fmt.Sprintf("%s Province %02d", c.name, s.admin1)
		m.Admin2 = fmt.Sprintf("%s District %02d-%d", c.name, s.admin1, s.town/4)
		m.Location = fmt.Sprintf("%s-%02d-Town-%02d", c.iso, s.admin1, s.town)
		m.Latitude = c.lat + float64(s.admin1/4) + float64(s.town)*0.03
		m.Longitude = c.lon + float64(s.admin1%4) + float64(s.town)*0.02
		m.GeoPrecision = 1 + s.town%2
	}
	if m.Fatalities > 0 {
		m.Claims = append(m.Claims, event.Claim{
			Kind: event.Killed, Count: m.Fatalities, Qualifier: "at least", Who: "people",
			AttributedTo: "a spokesman for the provincial administration",
			Quote: fmt.Sprintf("At least %d people were killed near %s on %s, a spokesman for the provincial administration said.",
				m.Fatalities, m.Location, date.Format("2 January")),
			ArticleID: articleID, Outlet: m.Articles[0].Outlet,
		})
	}
	m.Notes = fmt.Sprintf("On %s, %s clashed with %s near %s (%s, %s). %d reported fatalities; figures could not be independently verified.",
		date.Format("2 January 2006"), m.Actor1, m.Actor2, m.Location, m.Admin2, m.Admin1, m.Fatalities)
	return m
}

func fillArticleID(k int) string { return fmt.Sprintf("f%015x", k) }
func newArticleID(k int) string  { return fmt.Sprintf("e%015x", k) }

func benchArticle(id string, published time.Time, simhash uint64) *store.Article {
	return &store.Article{
		ID: id, Origin: "bench/" + id + ".txt", Outlet: benchOutlets[int(simhash%uint64(len(benchOutlets)))],
		Title: "Synthetic report " + id, Published: published, DateSource: store.DateGiven,
		FetchedAt: published.Add(6 * time.Hour), MediaType: "text/plain",
		Text:    strings.Repeat("Synthetic article text about fighting in the border districts. ", 40),
		SimHash: simhash,
	}
}

// fillPlan stores each mention as its own event, as no fusion would, but
// files it in the real plan's bucket, as real ingest does.
func fillPlan(ctx context.Context, nb store.Neighbourhood) (store.Plan, error) {
	p, err := store.Apart(ctx, nb)
	if err != nil {
		return p, err
	}
	ms := nb.Mentions()
	for i := range ms {
		p.Buckets = append(p.Buckets, fuse.Bucket(&ms[i]))
	}
	return p, nil
}

// fillStore writes n synthetic mentions (each its own event) in bulk
// articles of benchChunk mentions each.
func fillStore(ctx context.Context, path string, n, days int) error {
	s, err := store.OpenSQLite(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	r := rand.New(rand.NewPCG(benchSeed, 1))
	ms := make([]event.Event, 0, benchChunk)
	for k := 0; k*benchChunk < n; k++ {
		aid := fillArticleID(k)
		if _, err := s.PutArticle(ctx, benchArticle(aid, benchStart.AddDate(0, 0, k%days), r.Uint64()|1)); err != nil {
			return err
		}
		ms = ms[:0]
		for i := k * benchChunk; i < min(n, (k+1)*benchChunk); i++ {
			ms = append(ms, specOf(i, days).mention(fmt.Sprintf("M%07d-%s", i, aid[:6]), aid, r))
		}
		if err := s.ReplaceArticleEvents(ctx, aid, ms, fillPlan); err != nil {
			return err
		}
	}
	return s.Close()
}

// countingPlan is fuse.Plan, counting what it groups.
type countingPlan struct{ mentions, groups int }

func (c *countingPlan) plan(ctx context.Context, nb store.Neighbourhood) (store.Plan, error) {
	p, err := fuse.Plan(ctx, nb)
	for _, g := range p.Groups {
		c.mentions += len(g.Members)
	}
	c.groups += len(p.Groups)
	return p, err
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func BenchmarkFusePerArticle(b *testing.B) {
	// The filled databases of this run, built once per size in the parent's
	// temporary directory (so -count=N rebuilds them N times), or kept in
	// $SITREP_BENCH_DIR across runs (only the timed loop then runs, on a
	// fresh copy: handy with -cpuprofile).
	dir := b.TempDir()
	if d := os.Getenv("SITREP_BENCH_DIR"); d != "" {
		dir = d // keep the filled databases across runs
	}
	for _, grows := range []bool{true, false} {
		span := "fixed"
		if grows {
			span = "grows"
		}
		for _, size := range []struct {
			name string
			n    int
		}{{"10k", 10_000}, {"100k", 100_000}, {"1M", 1_000_000}} {
			days := spanFor(size.n, grows)
			b.Run("span="+span+"/events="+size.name, func(b *testing.B) {
				fusePerArticle(b, dir, size.name, size.n, days)
			})
		}
	}
}

// fusePerArticle measures fusing new articles into a store of n mentions
// spread over days (filled once, kept in dir).
func fusePerArticle(b *testing.B, dir, name string, n, days int) {
	if n >= 1_000_000 && os.Getenv("SITREP_BENCH_1M") == "" {
		b.Skip("building 1M mentions takes about twenty minutes; set SITREP_BENCH_1M=1 (and -timeout 90m)")
	}
	ctx := context.Background()
	base := filepath.Join(dir, fmt.Sprintf("base-%s-%dd.db", name, days))
	if _, err := os.Stat(base); err != nil {
		t0 := time.Now()
		if err := fillStore(ctx, base, n, days); err != nil {
			b.Fatalf("fill %d mentions: %v", n, err)
		}
		st, _ := os.Stat(base)
		b.Logf("filled %d mentions in %v (%d MB)", n, time.Since(t0).Round(time.Millisecond), st.Size()>>20)
	}
	// Each run works on a fresh copy, so what earlier runs added
	// does not pile up in the neighbourhoods.
	work := filepath.Join(dir, fmt.Sprintf("work-%s-%dd.db", name, days))
	for _, suf := range []string{"", "-wal", "-shm"} {
		os.Remove(work + suf)
	}
	if err := copyFile(work, base); err != nil {
		b.Fatal(err)
	}
	defer func() {
		for _, suf := range []string{"", "-wal", "-shm"} {
			os.Remove(work + suf)
		}
	}()
	s, err := store.OpenSQLite(ctx, work)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()

	r := rand.New(rand.NewPCG(benchSeed, 2))
	f := &countingPlan{}
	k := 0
	for b.Loop() {
		// A new article reporting (1) an incident already stored,
		// one day later at most, and (2) another incident the same
		// day in the same country but elsewhere.
		var sp mentionSpec
		for {
			sp = specOf(r.IntN(n), days)
			if sp.country >= 0 {
				break
			}
		}
		sp.day += r.IntN(2)
		other := sp
		other.admin1 = (sp.admin1 + 1 + r.IntN(benchAdmin1s-1)) % benchAdmin1s
		other.typ = r.IntN(len(benchTypes))
		aid := newArticleID(k)
		k++
		published := benchStart.AddDate(0, 0, sp.day+1)
		if _, err := s.PutArticle(ctx, benchArticle(aid, published, r.Uint64()|1)); err != nil {
			b.Fatal(err)
		}
		ms := []event.Event{
			sp.mention(benchCountries[sp.country].iso+"-"+aid+"-1", aid, r),
			other.mention(benchCountries[sp.country].iso+"-"+aid+"-2", aid, r),
		}
		if err := s.ReplaceArticleEvents(ctx, aid, ms, f.plan); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(f.mentions-2*b.N)/float64(b.N), "candidates/op")
	b.ReportMetric(float64(f.groups)/float64(b.N), "events-rewritten/op")
}

// neighbourQuery is the candidate look-up of Neighbourhood.Candidates for
// a mention with a country, as written in neighbourhood.go.
const neighbourQuery = `SELECT id, event_id, data FROM mentions WHERE country IN (?, '') AND time_precision IN (?, ?, ?, ?) AND event_date >= ? AND event_date <= ? AND article_id <> ?`

// bucketQuery is the look-up for a mention placed in a province.
const bucketQuery = `SELECT id, event_id, data FROM mentions WHERE country IN (?, '') AND bucket IN (?, '') AND time_precision IN (?, ?, ?, ?) AND event_date >= ? AND event_date <= ? AND article_id <> ?`

// noCountryQuery is the look-up for a mention without a country.
const noCountryQuery = `SELECT id, event_id, data FROM mentions WHERE time_precision IN (?, ?, ?, ?) AND event_date >= ? AND event_date <= ? AND article_id <> ?`

func TestNeighbourLookupUsesIndex(t *testing.T) {
	// The queries checked here must be the ones the store runs.
	src, err := os.ReadFile("neighbourhood.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{neighbourQuery, noCountryQuery, bucketQuery} {
		if !strings.Contains(string(src), q) {
			t.Fatalf("neighbourhood.go no longer contains the query\n\t%s\nupdate this test to the new neighbour look-up", q)
		}
	}

	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "plan.db")
	// As dense as a million reports over ten years, and big enough that
	// statistics (after ANALYZE) show the province index to be the
	// selective one: on a few thousand rows SQLite rightly prefers to read
	// a whole province.
	if err := fillStore(ctx, path, 30*benchChunk, spanFor(30*benchChunk, true)); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	plan := func(q string, args ...any) string {
		t.Helper()
		rows, err := db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var lines []string
		for rows.Next() {
			var id, parent, notused int
			var detail string
			if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, detail)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return strings.Join(lines, "\n")
	}
	check := func(label string) {
		t.Helper()
		for _, c := range []struct {
			what, q, index string
			args           []any
		}{
			{"in a province, reports of any precision", bucketQuery, "mentions_country_bucket_prec_date",
				[]any{"Syria", "idlib", 0, 1, 2, 3, "2020-01-01", "2020-02-04", "e000000000000001"}},
			{"in a province, coarse reports", bucketQuery, "mentions_country_bucket_prec_date",
				[]any{"Syria", "idlib", 2, 3, 3, 3, "2020-01-01", "2020-02-04", "e000000000000001"}},
			// The long look back reads week and month reports only.
			{"in a country (no province), coarse reports", neighbourQuery, "mentions_country_prec_date",
				[]any{"Syria", 2, 3, 3, 3, "2020-01-01", "2020-02-04", "e000000000000001"}},
			{"without a country", noCountryQuery, "mentions_prec_date",
				[]any{0, 1, 2, 3, "2020-01-01", "2020-02-04", "e000000000000001"}},
		} {
			p := plan(c.q, c.args...)
			// The date range must bound the search: an index used on its
			// leading columns alone still reads years of reports.
			if strings.Contains(p, "SCAN mentions") || !strings.Contains(p, c.index+" (") || !strings.Contains(p, "event_date>?") {
				t.Errorf("%s: the look-up %s does not seek %s by date:\n%s", label, c.what, c.index, p)
			} else {
				t.Logf("%s, %s: %s", label, c.what, strings.ReplaceAll(p, "\n", "; "))
			}
		}
	}
	check("without statistics")
	// The planner's choice can change once ANALYZE has run (sitrep never
	// runs it today, but a user or a future migration might).
	if _, err := db.ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	check("after ANALYZE")
}

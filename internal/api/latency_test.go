package api

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// TestEventsLatency measures GET /api/events on a large synthetic database
// (SITREP_BENCH_EVENTS events, e.g. 1000000), built once with batch inserts
// and kept in SITREP_BENCH_DIR (default the system temp folder) for later
// runs. It reports p50/p99 per query shape (the budget for the typical
// query, country + a month, limit 100, is p99 under 50 ms); timings are
// reported, never asserted, since they depend on the machine's load.
//
//	SITREP_BENCH_EVENTS=1000000 go test -run TestEventsLatency -v ./internal/api/
func TestEventsLatency(t *testing.T) {
	st := benchStore(t)
	defer st.Close()
	s, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	shapes := benchShapes(rng)
	for _, sh := range shapes {
		// Warm up: the first queries of a shape read its index pages from disk.
		for i := 0; i < 20; i++ {
			do(t, s, "GET", "/api/events?"+sh.query().Encode(), nil)
		}
		var lat []time.Duration
		total := 0
		for i := 0; i < 300; i++ {
			target := "/api/events?" + sh.query().Encode()
			start := time.Now()
			rec := do(t, s, "GET", target, nil)
			lat = append(lat, time.Since(start))
			if rec.Code != 200 {
				t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
			}
			var page EventPage
			json.Unmarshal(rec.Body.Bytes(), &page)
			total += page.Total
		}
		slices.Sort(lat)
		p50, p99 := lat[len(lat)/2], lat[len(lat)*99/100]
		budget := ""
		if sh.typical {
			budget = "  (budget: p99 < 50 ms)"
		}
		t.Logf("%-20s p50 %6.1f ms  p99 %6.1f ms  (mean total %d)%s", sh.name, ms(p50), ms(p99), total/len(lat), budget)
	}
}

// benchShape is one kind of /api/events query: the documented filters
// alone and mixed, q included.
type benchShape struct {
	name    string
	typical bool
	query   func() url.Values
	// scans: the shape reads rows no index narrows (actor substrings,
	// the contested flags in the JSON, fatalities beside admin1).
	scans bool
}

// benchShapes are the query shapes the latency test and benchmark mix,
// drawing their values from rng.
func benchShapes(rng *rand.Rand) []benchShape {
	day0 := time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)
	window := func(days int) (string, string) {
		from := day0.AddDate(0, 0, rng.IntN(benchDays-days))
		return from.Format("2006-01-02"), from.AddDate(0, 0, days-1).Format("2006-01-02")
	}
	country := func(i int) string { return benchCountries[rng.IntN(len(benchCountries))][i] }
	words := []string{"checkpoint", "convoy", "market", "highway", "spokesman", "gunmen attacked", "border post"}
	word := func() string { return words[rng.IntN(len(words))] }
	return []benchShape{
		{"country+month", true, func() url.Values {
			f, to := window(30)
			return url.Values{"country": {country(0)}, "from": {f}, "to": {to}, "limit": {"100"}}
		}, false},
		{"iso+year", false, func() url.Values {
			f, to := window(365)
			return url.Values{"country": {country(1)}, "from": {f}, "to": {to}, "limit": {"100"}}
		}, false},
		{"type+month", false, func() url.Values {
			f, to := window(30)
			return url.Values{"event_type": {benchTypes[rng.IntN(len(benchTypes))]}, "from": {f}, "to": {to}, "limit": {"100"}}
		}, false},
		{"country+month+q", false, func() url.Values {
			f, to := window(30)
			return url.Values{"country": {country(0)}, "from": {f}, "to": {to}, "q": {word()}, "limit": {"100"}}
		}, false},
		{"q alone", false, func() url.Values { return url.Values{"q": {word()}, "limit": {"100"}} }, false},
		{"q+year", false, func() url.Values {
			f, to := window(365)
			return url.Values{"q": {word()}, "from": {f}, "to": {to}, "limit": {"100"}}
		}, false},
		{"month+bbox", false, func() url.Values {
			f, to := window(30)
			return url.Values{"bbox": {"66,34,72,39"}, "from": {f}, "to": {to}, "limit": {"100"}}
		}, false},
		{"admin1+fatalities", false, func() url.Values {
			return url.Values{"admin1": {country(2)}, "min_fatalities": {"10"}, "limit": {"100"}}
		}, true},
		{"actor+contested", false, func() url.Values {
			return url.Values{"actor": {country(0)}, "contested": {"true"}, "limit": {"100"}}
		}, true},
		{"no filter", false, func() url.Values { return url.Values{"limit": {"100"}} }, false},
		{"no filter, page 50", false, func() url.Values { return url.Values{"limit": {"100"}, "offset": {"5000"}} }, false},
	}
}

// benchStore opens the synthetic database of SITREP_BENCH_EVENTS events,
// building it first if SITREP_BENCH_DIR lacks it; it skips without the
// variable.
func benchStore(tb testing.TB) store.Store {
	n, _ := strconv.Atoi(os.Getenv("SITREP_BENCH_EVENTS"))
	if n <= 0 {
		tb.Skip("set SITREP_BENCH_EVENTS (e.g. 1000000) to run")
	}
	dir := os.Getenv("SITREP_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("sitrep-bench-%d.db", n))
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		if err := buildBenchDB(ctx, path, n); err != nil {
			os.Remove(path)
			tb.Fatal(err)
		}
		tb.Logf("built %d events in %s", n, time.Since(start).Round(time.Second))
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// BenchmarkEventsParallel sends GET /api/events over HTTP from many
// clients at once (b.SetParallelism per core: 50 on two cores), each
// drawing from the query shapes of benchShapes (all: every one; indexed:
// those an index narrows, q included), while one more client asks
// /healthz every 10 ms. It reports the requests' p50 and p99, the
// throughput, the share not answered 200 (503: turned away, waiting then as Retry-After asks, or past QueryTimeout), the p99 and rate of the 200s and
// /healthz's p99 and worst time; the log has p50 and p99 per shape.
//
//	SITREP_BENCH_EVENTS=1000000 go test -run '^$' -bench EventsParallel -benchtime 2000x ./internal/api/
func BenchmarkEventsParallel(b *testing.B) {
	st := benchStore(b)
	defer st.Close()
	b.Run("all", func(b *testing.B) { benchParallel(b, st, true) })
	b.Run("indexed", func(b *testing.B) { benchParallel(b, st, false) })
}

func benchParallel(b *testing.B, st store.Store, scans bool) {
	s, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}}
	// get answers the time and status of a GET; a client turned away
	// waits as long as Retry-After asks, as the API tells clients to.
	get := func(path string) (time.Duration, int) {
		start := time.Now()
		resp, err := client.Get(srv.URL + path)
		if err != nil {
			b.Error(err)
			return 0, 0
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		d := time.Since(start)
		if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && resp.StatusCode == http.StatusServiceUnavailable {
			time.Sleep(time.Duration(s) * time.Second)
		}
		return d, resp.StatusCode
	}
	var mu sync.Mutex
	var lat, okLat []time.Duration
	byShape := map[string][]time.Duration{}
	statuses := map[int]int{}
	var seed atomic.Uint64
	stop := make(chan struct{})
	healthDone := make(chan []time.Duration)
	healthFailed := 0 // read after healthDone
	go func() {
		var h []time.Duration
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				healthDone <- h
				return
			case <-tick.C:
				d, code := get("/healthz")
				if code != 200 {
					healthFailed++
				}
				h = append(h, d)
			}
		}
	}()
	b.SetParallelism(25)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		rng := rand.New(rand.NewPCG(seed.Add(1), 3))
		shapes := slices.DeleteFunc(benchShapes(rng), func(sh benchShape) bool { return sh.scans && !scans })
		var mine, mineOK []time.Duration
		mineShape := map[string][]time.Duration{}
		mineStatus := map[int]int{}
		for pb.Next() {
			sh := shapes[rng.IntN(len(shapes))]
			d, code := get("/api/events?" + sh.query().Encode())
			mine = append(mine, d)
			if code == http.StatusOK {
				mineOK = append(mineOK, d)
			}
			mineShape[sh.name] = append(mineShape[sh.name], d)
			mineStatus[code]++
		}
		mu.Lock()
		lat = append(lat, mine...)
		okLat = append(okLat, mineOK...)
		for k, v := range mineShape {
			byShape[k] = append(byShape[k], v...)
		}
		for k, v := range mineStatus {
			statuses[k] += v
		}
		mu.Unlock()
	})
	elapsed := time.Since(start)
	b.StopTimer()
	close(stop)
	health := <-healthDone
	slices.Sort(lat)
	slices.Sort(okLat)
	slices.Sort(health)
	if len(lat) == 0 || len(health) == 0 {
		return
	}
	for _, name := range slices.Sorted(maps.Keys(byShape)) {
		l := byShape[name]
		slices.Sort(l)
		b.Logf("%-20s %4d requests  p50 %7.1f ms  p99 %7.1f ms", name, len(l), ms(l[len(l)/2]), ms(l[len(l)*99/100]))
	}
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
	if len(okLat) > 0 {
		b.ReportMetric(ms(okLat[len(okLat)*99/100]), "ok-p99-ms")
		b.ReportMetric(float64(len(okLat))/elapsed.Seconds(), "ok/s")
	}
	b.ReportMetric(ms(health[len(health)*99/100]), "healthz-p99-ms")
	b.ReportMetric(ms(health[len(health)-1]), "healthz-max-ms")
	// Under overload, requests turned away (admit.go) or past QueryTimeout
	// get 503: the share that did is part of the result, not a failure of
	// the benchmark.
	b.ReportMetric(float64(len(lat)-statuses[200])/float64(len(lat)), "not-200-share")
	b.ReportMetric(float64(healthFailed), "healthz-failed")
	if len(statuses) > 1 || statuses[200] == 0 {
		b.Logf("statuses: %v", statuses)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

const benchDays = 12 * 365

var benchCountries = [][3]string{
	{"Afghanistan", "AF", "Takhar"}, {"Tajikistan", "TJ", "Khatlon"}, {"Pakistan", "PK", "Khyber Pakhtunkhwa"},
	{"Iran", "IR", "Sistan and Baluchestan"}, {"Uzbekistan", "UZ", "Surxondaryo"}, {"Kyrgyzstan", "KG", "Batken"},
	{"Mali", "ML", "Mopti"}, {"Syria", "SY", "Idlib"}, {"Yemen", "YE", "Taiz"}, {"Somalia", "SO", "Banaadir"},
}

var benchTypes = []string{"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"}

// buildBenchDB makes the schema with store.Open, then writes n events in
// large multi-row INSERTs, a transaction per 20,000.
func buildBenchDB(ctx context.Context, path string, n int) error {
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	st.Close()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(OFF)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	rng := rand.New(rand.NewPCG(7, 7))
	day0 := time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)
	const cols = 19
	const rowsPer = 500
	now := time.Now().UTC().Format(time.RFC3339)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	var args []any
	flush := func() error {
		if len(args) == 0 {
			return nil
		}
		rows := len(args) / cols
		q := `INSERT INTO events (id, event_date, time_precision, background, event_type, sub_event_type, actor1, actor2,
			country, iso, admin1, admin2, location, latitude, longitude, geo_precision, fatalities, updated_at, data) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?),", rows), ",")
		_, err := tx.ExecContext(ctx, q, args...)
		args = args[:0]
		return err
	}
	words := []string{"checkpoint", "convoy", "village", "border post", "market", "district centre", "highway", "base"}
	for i := 0; i < n; i++ {
		c := benchCountries[rng.IntN(len(benchCountries))]
		typ := benchTypes[rng.IntN(len(benchTypes))]
		date := day0.AddDate(0, 0, rng.IntN(benchDays)).Format("2006-01-02")
		fat := 0
		if rng.IntN(3) == 0 {
			fat = rng.IntN(40)
		}
		lat, lon := 20+rng.Float64()*20, 40+rng.Float64()*35
		place := words[rng.IntN(len(words))]
		e := event.Event{
			ID: fmt.Sprintf("%sB%09d", c[1], i), EventDate: date, TimePrecision: 1, EventType: typ, SubEventType: "Armed clash",
			Actor1: "Military Forces of " + c[0], Actor2: "Unidentified Armed Group", Country: c[0], ISO: c[1], Admin1: c[2],
			Location: "Place " + strconv.Itoa(i%5000), Latitude: lat, Longitude: lon, GeoPrecision: 1,
			Fatalities: fat, FatalitiesLow: fat, FatalitiesHigh: fat + rng.IntN(5),
			Notes: fmt.Sprintf("On %s, fighting near a %s in %s (%s). Fatalities: %d reported.", date, place, c[2], c[0], fat),
			Claims: []event.Claim{{Kind: event.Killed, Count: fat, AttributedTo: "a provincial spokesman", Outlet: "Wire",
				Quote: fmt.Sprintf("Gunmen attacked a %s in %s on Monday, killing %d people, a provincial spokesman said.", place, c[2], fat)}},
			Denials:  []event.Denial{},
			Articles: []event.ArticleRef{{ID: fmt.Sprintf("%016x", i), Origin: "bench", Outlet: "Wire", Published: date}},
		}
		if rng.IntN(10) == 0 {
			e.Contested = []string{"toll"}
		}
		data, _ := json.Marshal(&e)
		args = append(args, e.ID, e.EventDate, 1, 0, e.EventType, e.SubEventType, e.Actor1, e.Actor2, e.Country, e.ISO, e.Admin1, "", e.Location,
			e.Latitude, e.Longitude, 1, e.Fatalities, now, string(data))
		if len(args) == rowsPer*cols {
			if err := flush(); err != nil {
				return err
			}
		}
		if (i+1)%20000 == 0 {
			if err := flush(); err != nil {
				return err
			}
			if err := tx.Commit(); err != nil {
				return err
			}
			if tx, err = db.BeginTx(ctx, nil); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, `ANALYZE`)
	return err
}

package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store/storetest"
)

// eachBackend runs a store test on SQLite and, when SITREP_TEST_POSTGRES
// names a PostgreSQL server (tools/pg.sh starts one), on PostgreSQL too.
func eachBackend(t *testing.T, test func(t *testing.T)) {
	t.Run("sqlite", test)
	if os.Getenv(storetest.EnvDSN) != "" {
		t.Run("postgres", test)
	}
}

// testDSN names a new empty database for a test run by eachBackend: a
// SQLite file, or a PostgreSQL schema of its own (dropped afterwards) on
// the server in SITREP_TEST_POSTGRES.
func testDSN(t *testing.T) string {
	t.Helper()
	if !strings.Contains(t.Name(), "/postgres") {
		return filepath.Join(t.TempDir(), "t.db")
	}
	return storetest.PostgresDSN(t)
}

// openTest opens a fresh store for a test. Every store test goes through
// it, so a backend only has to be added here.
func openTest(t *testing.T) Store {
	t.Helper()
	s, err := Open(context.Background(), testDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func art(id, outlet string, day int) *Article {
	return &Article{
		ID: id, Origin: "/tmp/" + id + ".txt", Outlet: outlet, Title: "Title " + id,
		Published: time.Date(2026, 3, day, 0, 0, 0, 0, time.UTC), DateSource: DateGiven,
		FetchedAt: time.Date(2026, 3, 30, 12, 0, 0, 0, time.UTC), MediaType: "text/plain",
		Text: "Body of " + id, Raw: []byte(strings.Repeat("raw bytes of "+id+" ", 50)),
	}
}

func TestPutGetDedup(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		a := art("ab12cd34ef560001", "Batken Daily", 3)
		created, err := s.PutArticle(ctx, a)
		if err != nil || !created {
			t.Fatalf("first put: created=%v err=%v", created, err)
		}
		dup := art("ab12cd34ef560001", "Other Outlet", 9)
		created, err = s.PutArticle(ctx, dup)
		if err != nil || created {
			t.Fatalf("second put of same id: created=%v err=%v", created, err)
		}
		got, err := s.GetArticle(ctx, "AB12CD")
		if err != nil {
			t.Fatal(err)
		}
		if got.Outlet != "Batken Daily" || !got.Published.Equal(a.Published) || string(got.Raw) != string(a.Raw) || got.Text != a.Text {
			t.Errorf("round trip changed the article: %+v", got)
		}
		if n, _ := s.CountArticles(ctx); n != 1 {
			t.Errorf("count = %d, want 1", n)
		}
	})
}

func TestGetArticleErrors(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		for _, id := range []string{"aa00000000000001", "aa00000000000002", "bb00000000000001"} {
			if _, err := s.PutArticle(ctx, art(id, "X", 1)); err != nil {
				t.Fatal(err)
			}
		}
		tests := []struct {
			id   string
			want error
		}{
			{"aa", ErrAmbiguous},
			{"cc", ErrNotFound},
			{"not-hex", ErrNotFound},
			{"", ErrNotFound},
			{"bb", nil},
			{"aa00000000000002", nil},
		}
		for _, tt := range tests {
			_, err := s.GetArticle(ctx, tt.id)
			if !errors.Is(err, tt.want) && !(tt.want == nil && err == nil) {
				t.Errorf("GetArticle(%q) err = %v, want %v", tt.id, err, tt.want)
			}
		}
	})
}

func TestListArticles(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		for i, o := range []string{"Agency A", "B", "Agency A", "C"} {
			a := art(strings.Repeat(string(rune('a'+i)), 16), o, i+1)
			a.Language = []string{"en", "ru", "en", "fa"}[i]
			if _, err := s.PutArticle(ctx, a); err != nil {
				t.Fatal(err)
			}
		}
		tests := []struct {
			name string
			f    ArticleFilter
			want []string
		}{
			{"all newest first", ArticleFilter{}, []string{"dddddddddddddddd", "cccccccccccccccc", "bbbbbbbbbbbbbbbb", "aaaaaaaaaaaaaaaa"}},
			{"outlet, part of the name in any case", ArticleFilter{Outlet: "agency"}, []string{"cccccccccccccccc", "aaaaaaaaaaaaaaaa"}},
			{"from, inclusive", ArticleFilter{From: "2026-03-03"}, []string{"dddddddddddddddd", "cccccccccccccccc"}},
			{"to, inclusive", ArticleFilter{To: "2026-03-02"}, []string{"bbbbbbbbbbbbbbbb", "aaaaaaaaaaaaaaaa"}},
			{"one day", ArticleFilter{From: "2026-03-02", To: "2026-03-02"}, []string{"bbbbbbbbbbbbbbbb"}},
			{"language", ArticleFilter{Language: "en"}, []string{"cccccccccccccccc", "aaaaaaaaaaaaaaaa"}},
			{"page", ArticleFilter{Limit: 2, Offset: 1}, []string{"cccccccccccccccc", "bbbbbbbbbbbbbbbb"}},
		}
		for _, tt := range tests {
			got, err := s.ListArticles(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range got {
				ids = append(ids, a.ID)
				if a.TextLen == 0 || a.Text != "" {
					t.Errorf("%s: list should carry TextLen only, got len %d text %q", tt.name, a.TextLen, a.Text)
				}
			}
			if strings.Join(ids, ",") != strings.Join(tt.want, ",") {
				t.Errorf("%s: got %v, want %v", tt.name, ids, tt.want)
			}
		}
	})
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		path := testDSN(t)
		if !strings.Contains(t.Name(), "/postgres") {
			path = filepath.Join(t.TempDir(), "sub", "re.db") // a folder that Open makes
		}
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.PutArticle(ctx, art("0123456789abcdef", "X", 1)); err != nil {
			t.Fatal(err)
		}
		s.Close()
		s2, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s2.Close()
		var v int
		if err := s2.(*DB).db.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil || v != len(migrations) {
			t.Fatalf("schema version %d err %v, want %d", v, err, len(migrations))
		}
		if n, _ := s2.CountArticles(ctx); n != 1 {
			t.Errorf("count after reopen = %d", n)
		}
		// A database from a newer sitrep is refused rather than misread.
		if _, err := s2.(*DB).db.Exec(`INSERT INTO schema_migrations VALUES (999, 'x')`); err != nil {
			t.Fatal(err)
		}
		s2.Close()
		if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
			t.Errorf("opening a newer schema: err = %v", err)
		}
	})
}

func TestConcurrentPuts(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		var wg sync.WaitGroup
		errs := make(chan error, 40)
		for w := 0; w < 4; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := 0; i < 10; i++ {
					// Every worker writes the same ten IDs: exactly ten rows must result.
					id := strings.Repeat(string(rune('a'+i)), 16)
					if _, err := s.PutArticle(ctx, art(id, "W", 1)); err != nil {
						errs <- err
					}
				}
			}(w)
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if n, _ := s.CountArticles(ctx); n != 10 {
			t.Errorf("count = %d, want 10", n)
		}
	})
}

func TestOpenPostgresErrorHidesPassword(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := Open(ctx, "postgres://u:secret@127.0.0.1:1/x?connect_timeout=2")
	if err == nil || strings.Contains(err.Error(), "secret") || !strings.Contains(err.Error(), "127.0.0.1") {
		t.Fatalf("err = %v: want an error that names the server and hides the password", err)
	}
}

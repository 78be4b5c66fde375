package api

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// TestAdmission: past maxActiveQueries running and maxQueuedQueries
// waiting, a heavy request is turned away at once with 503 and
// Retry-After, while /healthz, which never takes a slot, still answers.
func TestAdmission(t *testing.T) {
	s, _ := fixture(t, "")
	ctx := context.Background()
	var releases []func()
	for range maxActiveQueries {
		release, ok := s.admit.enter(ctx)
		if !ok {
			t.Fatal("a free slot was refused")
		}
		releases = append(releases, release)
	}
	s.admit.waiting.Store(maxQueuedQueries)
	if _, ok := s.admit.enter(ctx); ok {
		t.Fatal("admitted with every slot taken and the queue full")
	}
	rec := do(t, s, "GET", "/api/events", nil)
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("busy: %d, Retry-After %q, want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
	if rec := do(t, s, "GET", "/healthz", nil); rec.Code != http.StatusOK {
		t.Errorf("/healthz while busy: %d %s", rec.Code, rec.Body)
	}
	// A bad request is told so, busy or not.
	if rec := do(t, s, "GET", "/api/events?from=yesterday", nil); rec.Code != http.StatusBadRequest {
		t.Errorf("bad request while busy: %d", rec.Code)
	}
	// Room in the queue, but the client leaves: refused, nothing held.
	s.admit.waiting.Store(0)
	gone, cancel := context.WithCancel(ctx)
	cancel()
	if _, ok := s.admit.enter(gone); ok {
		t.Fatal("admitted with every slot taken")
	}
	if n := s.admit.waiting.Load(); n != 0 {
		t.Errorf("%d left waiting after a refusal", n)
	}
	releases[0]()
	if rec := do(t, s, "GET", "/api/events", nil); rec.Code != http.StatusOK {
		t.Errorf("after a release: %d %s", rec.Code, rec.Body)
	}
	if len(s.admit.slots) != maxActiveQueries-1 {
		t.Errorf("%d slots held after the request, want %d", len(s.admit.slots), maxActiveQueries-1)
	}
}

// pingStore fails its pings while down is set.
type pingStore struct {
	store.Store
	down bool
}

func (p *pingStore) Ping(ctx context.Context) error {
	if p.down {
		return errors.New("database gone")
	}
	return p.Store.Ping(ctx)
}

// TestHealthFromMemory: /healthz trusts a good ping for healthMaxAge
// (refreshing it in the background), and reports a database that has not
// answered for longer as down.
func TestHealthFromMemory(t *testing.T) {
	_, st := fixture(t, "")
	ps := &pingStore{Store: st, down: true}
	s, err := New(Config{Store: ps})
	if err != nil {
		t.Fatal(err)
	}
	if rec := do(t, s, "GET", "/healthz", nil); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("never answered: %d, want 503", rec.Code)
	}
	ps.down = false
	if rec := do(t, s, "GET", "/healthz", nil); rec.Code != http.StatusOK {
		t.Errorf("answering: %d, want 200", rec.Code)
	}
	ps.down = true
	if rec := do(t, s, "GET", "/healthz", nil); rec.Code != http.StatusOK {
		t.Errorf("a good ping just now: %d, want 200 from memory", rec.Code)
	}
	s.healthy.okAt.Store(time.Now().Add(-healthMaxAge).UnixNano())
	if rec := do(t, s, "GET", "/healthz", nil); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("no good ping for %s: %d, want 503", healthMaxAge, rec.Code)
	}
}

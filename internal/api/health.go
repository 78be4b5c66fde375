package api

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"
)

// How /healthz decides, in one place: healthy is "the database answered a
// ping recently". The answer comes from memory, refreshed by a ping on the
// store's own connection for it (store.Ping) in the background, so that a
// health check never waits for the database while searches keep the two
// cores busy (it took 4 s under 50 clients when each check pinged).
const (
	// healthFresh is how old the last good ping may be before a check
	// starts another (in the background).
	healthFresh = time.Second
	// healthMaxAge is how old the last good ping may be and still be
	// trusted: past it, the check waits for a ping of its own, and a
	// database that has not answered for this long is reported down.
	healthMaxAge = 3 * time.Second
	// healthTimeout bounds a ping: a database that does not answer a
	// one-row read in this time is not healthy.
	healthTimeout = 2 * time.Second
)

// healthState is the memory of /healthz.
type healthState struct {
	okAt     atomic.Int64 // UnixNano of the last good ping; 0: none yet
	pinging  atomic.Bool  // a background ping is running
	pingFunc func(context.Context) error
}

// check says whether the database is healthy, pinging at most once per
// healthFresh in the background while the last good ping is recent.
func (h *healthState) check(ctx context.Context) error {
	age := time.Since(time.Unix(0, h.okAt.Load()))
	if age < healthFresh {
		return nil
	}
	if age < healthMaxAge {
		if h.pinging.CompareAndSwap(false, true) {
			go func() {
				defer h.pinging.Store(false)
				ctx, cancel := context.WithTimeout(context.Background(), healthTimeout)
				defer cancel()
				h.ping(ctx)
			}()
		}
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, healthTimeout)
	defer cancel()
	return h.ping(ctx)
}

func (h *healthState) ping(ctx context.Context) error {
	err := h.pingFunc(ctx)
	if err == nil {
		h.okAt.Store(time.Now().UnixNano())
	}
	return err
}

// health answers /healthz; it never waits for the admission of heavy
// requests (admit.go).
func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	if err := s.healthy.check(r.Context()); err != nil {
		s.cfg.Log.Error("health", "err", err)
		writeError(w, http.StatusServiceUnavailable, "database unavailable")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

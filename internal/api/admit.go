package api

import (
	"context"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"
)

// How the server decides which heavy requests (event lists) run now, wait
// or are turned away, in one place. Past the database's readers, more
// queries at once only share the same two cores: each takes longer and
// all of them miss their deadline together (with 50 clients on 200,000
// events, 96% were answered 503 after 5 s and /healthz took 4 s). A few
// run; a short queue absorbs bursts; the rest are told at once to come
// back (503 with Retry-After), which a client can act on.
const (
	// maxActiveQueries is how many heavy requests run at once: the
	// SQLite readers' pool (store.sqliteReaders), so none waits inside
	// the database where its wait cannot be bounded.
	maxActiveQueries = 4
	// maxQueuedQueries is how many more may wait for one of them: a burst
	// of a page's filters (the web map asks for a few pages at once)
	// without a refusal.
	maxQueuedQueries = 8
	// queueWait is the longest a request waits in the queue: longer, and
	// the answer comes too late to be worth the wait.
	queueWait = 100 * time.Millisecond
	// busyRetryAfter is the Retry-After of a refusal, in seconds.
	busyRetryAfter = 1
)

// admission is the semaphore of heavy requests. /healthz never touches it.
type admission struct {
	slots   chan struct{}
	waiting atomic.Int32
}

func newAdmission() *admission {
	return &admission{slots: make(chan struct{}, maxActiveQueries)}
}

// enter takes a slot, waiting in the queue if there is room; it returns
// the function that gives the slot back, or false when the request is
// turned away (queue full, queueWait passed, or ctx ended).
func (a *admission) enter(ctx context.Context) (func(), bool) {
	release := func() { <-a.slots }
	select {
	case a.slots <- struct{}{}:
		return release, true
	default:
	}
	if a.waiting.Add(1) > maxQueuedQueries {
		a.waiting.Add(-1)
		return nil, false
	}
	defer a.waiting.Add(-1)
	t := time.NewTimer(queueWait)
	defer t.Stop()
	select {
	case a.slots <- struct{}{}:
		return release, true
	case <-t.C:
	case <-ctx.Done():
	}
	return nil, false
}

// busy answers a request turned away.
func busy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", strconv.Itoa(busyRetryAfter))
	writeError(w, http.StatusServiceUnavailable, "the server is busy: try again in a second")
}

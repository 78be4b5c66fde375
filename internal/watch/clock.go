package watch

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Clock is the time a Watcher sees. The real one is time's; tests swap in
// a fake so that backoff, jitter and politeness need no real sleeping.
type Clock interface {
	Now() time.Time
	// After sends once d has passed, like time.After.
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// sleep waits d on c, or until ctx is done (then it returns ctx's error).
func sleep(ctx context.Context, c Clock, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	select {
	case <-c.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// hostLimiter keeps to one request at a time per host, with at least gap
// between the end of one and the start of the next.
type hostLimiter struct {
	clock Clock
	gap   time.Duration

	mu    sync.Mutex
	hosts map[string]*hostGate
}

type hostGate struct {
	sem  chan struct{} // one slot: a request in flight
	last time.Time     // when the last request ended
}

func newHostLimiter(c Clock, gap time.Duration) *hostLimiter {
	return &hostLimiter{clock: c, gap: gap, hosts: map[string]*hostGate{}}
}

// hostKey is the host a URL's requests are counted against: its name,
// lower case, without port or a leading "www.".
func hostKey(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// acquire waits for host's turn. Call the returned release when the
// request is over.
func (l *hostLimiter) acquire(ctx context.Context, host string) (release func(), err error) {
	l.mu.Lock()
	g := l.hosts[host]
	if g == nil {
		g = &hostGate{sem: make(chan struct{}, 1)}
		l.hosts[host] = g
	}
	l.mu.Unlock()
	select {
	case g.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if !g.last.IsZero() {
		if err := sleep(ctx, l.clock, g.last.Add(l.gap).Sub(l.clock.Now())); err != nil {
			<-g.sem
			return nil, err
		}
	}
	return func() {
		g.last = l.clock.Now() // g.last is guarded by the slot
		<-g.sem
	}, nil
}

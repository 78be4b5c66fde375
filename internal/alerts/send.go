package alerts

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

// How webhooks are sent and retried.
const (
	// SendTimeout bounds one POST, so that a receiver that hangs costs a
	// try, not the sender.
	SendTimeout = 15 * time.Second
	// SendBatch is how many deliveries the sender claims at a time, and
	// SendLease how long they are its own: long enough for the batch
	// to be sent one after the other at SendTimeout each, after which
	// another sender (or this one, restarted) takes over the deliveries
	// of a sender that died.
	SendBatch = 4
	SendLease = 2 * time.Minute
	// RetryFirst is the wait after the first failed try, doubled after
	// each further one up to RetryMax: a receiver down for a deploy gets
	// its events within a minute or two, one down for hours is not
	// hammered.
	RetryFirst = 30 * time.Second
	RetryMax   = 6 * time.Hour
	// MaxTries is how many times a delivery is tried before it is set
	// aside as failed (about 4 hours with the waits above); `sitrep alerts
	// deliver --retry` puts failed ones back.
	MaxTries = 10
	// SentRetention is how long sent deliveries stay listed before they
	// are deleted; the digests that keep events from being sent twice
	// stay (store.AlertStore).
	SentRetention = 7 * 24 * time.Hour
	// maxErrorBody is how much of a refusing receiver's answer is kept in
	// the delivery's last error.
	maxErrorBody = 200
)

// Headers of a webhook request.
const (
	// SignatureHeader carries "sha256=" and the hex HMAC-SHA256 of the
	// body keyed with the alert's secret.
	SignatureHeader = "X-Sitrep-Signature"
	// DeliveryHeader is the delivery's ID: the same on every retry, so
	// that a receiver can drop a delivery it got twice (a sender that
	// died after the POST and before recording it sends it again).
	DeliveryHeader = "X-Sitrep-Delivery"
	EventHeader    = "X-Sitrep-Event"
)

// Sign is the value of SignatureHeader for body.
func Sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Backoff is how long to wait after a delivery's try number tries
// failed, and whether it should be tried again at all.
func Backoff(tries int) (wait time.Duration, again bool) {
	if tries >= MaxTries {
		return 0, false
	}
	wait = RetryFirst
	for i := 1; i < tries && wait < RetryMax; i++ {
		wait *= 2
	}
	return min(wait, RetryMax), true
}

// NewClient is the HTTP client webhooks are sent with: it refuses to
// connect to addresses that are not public (the fetcher's rule,
// source.PublicAddr) unless allowPrivate, uses no proxy from the
// environment (it would bypass that check) and follows no redirects (a
// receiver that moved must be given its new URL).
func NewClient(allowPrivate bool) *http.Client {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		dialer.Control = refusePrivate
	}
	return &http.Client{
		Transport: &http.Transport{
			Proxy:               nil,
			DialContext:         dialer.DialContext,
			ForceAttemptHTTP2:   true,
			MaxIdleConns:        16,
			IdleConnTimeout:     90 * time.Second,
			TLSHandshakeTimeout: 10 * time.Second,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// refusePrivate runs after the socket is made and before it connects, on
// the address actually dialled, so a name resolving to a private address
// is refused too.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot read address %q", source.ErrPrivateAddress, address)
	}
	if !source.PublicAddr(ap.Addr()) {
		return fmt.Errorf("%w %s (sitrep watch --allow-private sends to it)", source.ErrPrivateAddress, ap.Addr())
	}
	return nil
}

// Notifier scans alerts for changed events and sends their webhooks.
// Fill in Store; the rest has defaults.
type Notifier struct {
	Store  store.Store
	Client *http.Client // nil: NewClient(false)
	Clock  Clock        // nil: the real clock
	Log    *slog.Logger // nil: no logging
	// UserAgent is sent with each request; "" sends source.DefaultUserAgent.
	UserAgent string

	once sync.Once
	kick chan struct{}
	// scanned, if set, is called after each scan of Run (tests).
	scanned func(queued int)
}

func (n *Notifier) init() {
	n.once.Do(func() {
		if n.Client == nil {
			n.Client = NewClient(false)
		}
		if n.Clock == nil {
			n.Clock = realClock{}
		}
		if n.Log == nil {
			n.Log = slog.New(slog.DiscardHandler)
		}
		if n.UserAgent == "" {
			n.UserAgent = source.DefaultUserAgent
		}
		n.kick = make(chan struct{}, 1)
	})
}

// SendStats counts what Deliver did.
type SendStats struct {
	Sent    int // answered 2xx
	Retry   int // failed, to be tried again
	Failed  int // failed their last try allowed
	Errored int // could not be recorded (the store failed)
}

func (s SendStats) String() string {
	return fmt.Sprintf("%d sent, %d to retry, %d failed", s.Sent, s.Retry, s.Failed)
}

// Deliver sends the deliveries due now, SendBatch at a time, until none
// is due or ctx ends. A delivery cut off by ctx is left to its lease: it
// is sent again once the lease has run out.
func (n *Notifier) Deliver(ctx context.Context) (SendStats, error) {
	n.init()
	var st SendStats
	for ctx.Err() == nil {
		ds, err := n.Store.ClaimDeliveries(ctx, n.Clock.Now(), SendLease, SendBatch)
		if err != nil || len(ds) == 0 {
			return st, err
		}
		for i := range ds {
			d := &ds[i]
			err := n.send(ctx, d)
			if ctx.Err() != nil {
				return st, nil
			}
			n.outcome(d, err, &st)
			if err := n.Store.RecordDelivery(context.WithoutCancel(ctx), d); err != nil {
				st.Errored++
				n.Log.Error("alerts: recording a delivery", "alert", d.Alert, "delivery", d.ID, "err", err)
			}
		}
	}
	return st, nil
}

// outcome sets d's state after a try that ended with err.
func (n *Notifier) outcome(d *store.Delivery, err error, st *SendStats) {
	now := n.Clock.Now()
	if err == nil {
		d.State, d.SentAt, d.LastError = store.DeliverySent, now, ""
		st.Sent++
		n.Log.Info("alert sent", "alert", d.Alert, "event", d.EventID, "tries", d.Attempts)
		return
	}
	d.LastError = err.Error()
	wait, again := Backoff(d.Attempts)
	if !again {
		d.State = store.DeliveryFailed
		st.Failed++
		n.Log.Error("alert not delivered: giving up", "alert", d.Alert, "event", d.EventID, "tries", d.Attempts, "err", err)
		return
	}
	d.State, d.NextTry = store.DeliveryPending, now.Add(wait)
	st.Retry++
	n.Log.Warn("alert not delivered: will retry", "alert", d.Alert, "event", d.EventID, "tries", d.Attempts, "retry_in", wait, "err", err)
}

// send POSTs d's payload to its webhook, signed; an answer other than
// 2xx is an error.
func (n *Notifier) send(ctx context.Context, d *store.Delivery) error {
	if d.Webhook == "" {
		return errors.New("the alert has no webhook any more")
	}
	ctx, cancel := context.WithTimeout(ctx, SendTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.Webhook, bytes.NewReader(d.Payload))
	if err != nil {
		return err
	}
	h := req.Header
	h.Set("Content-Type", "application/json")
	h.Set("User-Agent", n.UserAgent)
	h.Set(SignatureHeader, Sign(d.Secret, d.Payload))
	h.Set(DeliveryHeader, strconv.FormatInt(d.ID, 10))
	h.Set(EventHeader, d.EventID)
	resp, err := n.Client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("HTTP %s: %s", resp.Status, bytes.TrimSpace(body))
	}
	return nil
}

// RunEvery is how often Run looks for work when nothing kicks it: the
// retries that fall due, and the changes of other watchers' ingests.
const RunEvery = 30 * time.Second

// Kick tells Run that events may have changed. It never waits: kicks
// that come while Run is busy are one.
func (n *Notifier) Kick() {
	n.init()
	signal(n.kick)
}

func signal(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// Run scans when kicked, and delivers when the scan queued something,
// and both every RunEvery, until ctx ends. It runs beside ingest, never
// in its way: ingest only kicks it. Scanning and sending go on apart,
// so a receiver that hangs delays neither the scan nor other receivers'
// events reaching the queue.
func (n *Notifier) Run(ctx context.Context) {
	n.init()
	queued := make(chan struct{}, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			if _, err := n.Deliver(ctx); err != nil && ctx.Err() == nil {
				n.Log.Error("alerts: delivery", "err", err)
			}
			if _, err := n.Store.PruneDeliveries(ctx, n.Clock.Now().Add(-SentRetention)); err != nil && ctx.Err() == nil {
				n.Log.Warn("alerts: pruning sent deliveries", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-queued:
			case <-time.After(RunEvery):
			}
		}
	}()
	for {
		q, err := n.Scan(ctx)
		if err != nil && ctx.Err() == nil {
			n.Log.Error("alerts: scan", "err", err)
		}
		if q > 0 {
			n.Log.Info("alerts queued", "events", q)
			signal(queued)
		}
		if n.scanned != nil {
			n.scanned(q)
		}
		select {
		case <-ctx.Done():
			<-done
			return
		case <-n.kick:
		case <-time.After(RunEvery):
		}
	}
}

// Round is one scan and one delivery pass, for a command that runs once
// (watch --once, alerts deliver): failures are logged.
func (n *Notifier) Round(ctx context.Context) (queued int, st SendStats) {
	n.init()
	q, err := n.Scan(ctx)
	if err != nil && ctx.Err() == nil {
		n.Log.Error("alerts: scan", "err", err)
	}
	st, err = n.Deliver(ctx)
	if err != nil && ctx.Err() == nil {
		n.Log.Error("alerts: delivery", "err", err)
	}
	if _, err := n.Store.PruneDeliveries(ctx, n.Clock.Now().Add(-SentRetention)); err != nil && ctx.Err() == nil {
		n.Log.Warn("alerts: pruning sent deliveries", "err", err)
	}
	return q, st
}

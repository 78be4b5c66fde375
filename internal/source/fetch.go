package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// Fetcher fetches a URL. HTTPFetcher is the real one; tests and `watch`
// may swap in others.
type Fetcher interface {
	Fetch(ctx context.Context, url string) (*Document, error)
}

// Defaults for FetchOptions' zero values.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "sitrep/dev (+https://github.com/sitrep/sitrep)"
	DefaultAccept       = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.8,text/plain;q=0.8,*/*;q=0.5"
)

// MaxURLLen is the longest URL fetched. Servers and proxies commonly stop
// at 8 KiB (RFC 9110 asks for at least 8000 octets); anything longer is a
// mistake or an attack, and would only be refused further on, after a
// lookup and a connection.
const MaxURLLen = 8000

// maxHostLen is the longest DNS name (RFC 1035); a longer host cannot
// resolve, and the resolver's error would repeat it whole.
const maxHostLen = 253

// ErrNotModified is returned (wrapped) by FetchConditional when the server
// answers 304 Not Modified.
var ErrNotModified = errors.New("not modified")

// ErrPrivateAddress is returned (wrapped; test with errors.Is) when a fetch
// would connect to an address that is not public and
// FetchOptions.AllowPrivate is false. The error reads "refusing to connect
// to loopback address 127.0.0.1".
var ErrPrivateAddress = errors.New("refusing to connect to a non-public address")

// privateAddrError reads "refusing to connect to loopback address
// 127.0.0.1" and is ErrPrivateAddress.
type privateAddrError struct {
	addr netip.Addr
	why  string
}

func (e *privateAddrError) Error() string {
	return fmt.Sprintf("refusing to connect to %s address %s", e.why, e.addr)
}

func (e *privateAddrError) Is(target error) bool { return target == ErrPrivateAddress }

// StatusError is returned (wrapped) for a response that is not 2xx (or 304
// to a conditional request).
type StatusError struct {
	Code   int
	Status string // "404 Not Found"
}

func (e *StatusError) Error() string { return "HTTP " + e.Status }

// FetchOptions configures an HTTPFetcher. Zero values mean the defaults.
type FetchOptions struct {
	Timeout      time.Duration // whole request, body included (default 20s)
	MaxBytes     int64         // body size cap (default 10 MiB); over it is a *SizeError
	MaxRedirects int           // redirects followed (default 5; negative: none)
	UserAgent    string        // default DefaultUserAgent
	Accept       string        // default DefaultAccept
	// AllowPrivate lifts the refusal of loopback, private (RFC 1918),
	// link-local, unspecified, multicast, CGNAT, unique-local and other
	// non-public addresses.
	AllowPrivate bool
}

// HTTPFetcher fetches http(s) URLs with a timeout, a size cap, a redirect
// limit, and — unless AllowPrivate — a guard against non-public addresses.
// The guard runs at dial time on the resolved IP (every address tried,
// every redirect hop), before the connection is attempted, so a host name
// that resolves to a private address, DNS rebinding and redirects to
// private addresses are all refused. Proxies from the environment are not
// used (they would bypass the guard). Make one with NewHTTPFetcher (the
// zero value is not usable); it is safe for concurrent use and reuses
// connections, so share one.
type HTTPFetcher struct {
	opts   FetchOptions
	client *http.Client
	// permit, when set, lets the guard allow an address it would refuse;
	// tests use it to treat one local server as "public".
	permit func(netip.AddrPort) bool
}

// NewHTTPFetcher returns a fetcher with opts, defaults filled in.
func NewHTTPFetcher(opts FetchOptions) *HTTPFetcher {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	} else if opts.MaxRedirects < 0 {
		opts.MaxRedirects = 0
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Accept == "" {
		opts.Accept = DefaultAccept
	}
	f := &HTTPFetcher{opts: opts}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = f.checkDial
	}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	f.client = &http.Client{
		Transport: tr,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", opts.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", Shown(req.URL.Scheme))
			}
			return nil
		},
	}
	return f
}

// Options returns the options in effect, defaults filled in.
func (f *HTTPFetcher) Options() FetchOptions { return f.opts }

// checkDial is the net.Dialer Control hook: it runs after the socket is
// made and before connect, on the literal IP being dialled.
func (f *HTTPFetcher) checkDial(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot read address %q", ErrPrivateAddress, address)
	}
	if f.permit != nil && f.permit(ap) {
		return nil
	}
	if why := nonPublic(ap.Addr()); why != "" {
		return &privateAddrError{addr: ap.Addr(), why: why}
	}
	return nil
}

// PublicAddr reports whether a is a public unicast address: the only kind
// HTTPFetcher connects to unless AllowPrivate.
func PublicAddr(a netip.Addr) bool { return nonPublic(a) == "" }

var nonPublicPrefixes = []struct {
	p   netip.Prefix
	why string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified (\"this network\")"},
	{netip.MustParsePrefix("10.0.0.0/8"), "private"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (CGNAT)"},
	{netip.MustParsePrefix("127.0.0.0/8"), "loopback"},
	{netip.MustParsePrefix("169.254.0.0/16"), "link-local"},
	{netip.MustParsePrefix("172.16.0.0/12"), "private"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved (IETF)"},
	{netip.MustParsePrefix("192.0.2.0/24"), "reserved (documentation)"},
	{netip.MustParsePrefix("192.88.99.0/24"), "reserved (6to4 relay)"},
	{netip.MustParsePrefix("192.168.0.0/16"), "private"},
	{netip.MustParsePrefix("198.18.0.0/15"), "reserved (benchmarking)"},
	{netip.MustParsePrefix("198.51.100.0/24"), "reserved (documentation)"},
	{netip.MustParsePrefix("203.0.113.0/24"), "reserved (documentation)"},
	{netip.MustParsePrefix("224.0.0.0/4"), "multicast"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"}, // includes broadcast
	{netip.MustParsePrefix("::/128"), "unspecified"},
	{netip.MustParsePrefix("::1/128"), "loopback"},
	{netip.MustParsePrefix("::/96"), "reserved (IPv4-compatible)"},
	{netip.MustParsePrefix("100::/64"), "reserved (discard)"},
	{netip.MustParsePrefix("2001::/32"), "reserved (Teredo)"},
	{netip.MustParsePrefix("2001:db8::/32"), "reserved (documentation)"},
	{netip.MustParsePrefix("fc00::/7"), "unique-local"},
	{netip.MustParsePrefix("fe80::/10"), "link-local"},
	{netip.MustParsePrefix("fec0::/10"), "site-local"},
	{netip.MustParsePrefix("ff00::/8"), "multicast"},
}

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	nat64L    = netip.MustParsePrefix("64:ff9b:1::/48")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// nonPublic says why a is not a public address, or "" when it is.
func nonPublic(a netip.Addr) string {
	if !a.IsValid() {
		return "invalid"
	}
	a = a.Unmap() // ::ffff:10.0.0.1 is 10.0.0.1
	if a.Zone() != "" {
		a = a.WithZone("")
	}
	// Addresses that embed an IPv4 address are as public as it.
	if a.Is6() {
		b := a.As16()
		switch {
		case nat64.Contains(a):
			return embedded(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}), "NAT64")
		case nat64L.Contains(a):
			return "reserved (local NAT64)"
		case sixToFour.Contains(a):
			return embedded(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}), "6to4")
		}
	}
	for _, np := range nonPublicPrefixes {
		if np.p.Contains(a) {
			return np.why
		}
	}
	return ""
}

func embedded(v4 netip.Addr, via string) string {
	if why := nonPublic(v4); why != "" {
		return why + " (" + via + " of " + v4.String() + ")"
	}
	return ""
}

// Fetch gets url. It is FetchConditional without validators.
func (f *HTTPFetcher) Fetch(ctx context.Context, url string) (*Document, error) {
	return f.FetchConditional(ctx, url, "", "")
}

// FetchConditional gets url, sending If-None-Match: etag and
// If-Modified-Since: lastModified when they are not empty (pass a
// previous Document's ETag and LastModified). A 304 answer returns an error
// wrapping ErrNotModified and no document. Errors read "fetch URL: reason";
// the reason wraps ErrPrivateAddress, *StatusError, *SizeError or the
// context's error where that is the cause.
func (f *HTTPFetcher) FetchConditional(ctx context.Context, rawURL, etag, lastModified string) (*Document, error) {
	doc, err := f.fetch(ctx, rawURL, etag, lastModified)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", Shown(rawURL), err)
	}
	return doc, nil
}

func (f *HTTPFetcher) fetch(ctx context.Context, rawURL, etag, lastModified string) (*Document, error) {
	if f.client == nil {
		return nil, errors.New("HTTPFetcher not made by NewHTTPFetcher")
	}
	if !isHTTPURL(rawURL) {
		return nil, errors.New("not an http or https URL")
	}
	if len(rawURL) > MaxURLLen {
		return nil, fmt.Errorf("URL of %d characters, over the %d limit", len(rawURL), MaxURLLen)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	if req.URL.Host == "" {
		return nil, errors.New("URL has no host")
	}
	if len(req.URL.Hostname()) > maxHostLen {
		return nil, fmt.Errorf("host name of %d characters, over the %d that DNS allows", len(req.URL.Hostname()), maxHostLen)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", f.opts.Accept)
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.clientErr(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && (etag != "" || lastModified != "") {
		return nil, ErrNotModified
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.CopyN(io.Discard, resp.Body, 4<<10) // let the connection be reused
		return nil, &StatusError{Code: resp.StatusCode, Status: statusText(resp)}
	}
	max := f.opts.MaxBytes
	if resp.ContentLength > max {
		return nil, &SizeError{Limit: max, Size: resp.ContentLength}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("reading body: %w", f.clientErr(ctx, err))
	}
	if int64(len(body)) > max {
		return nil, &SizeError{Limit: max}
	}
	doc := &Document{
		Origin:       rawURL,
		URL:          resp.Request.URL.String(),
		Body:         body,
		FetchedAt:    time.Now().UTC(),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	ct := resp.Header.Get("Content-Type")
	doc.ContentType, doc.Charset = parseContentType(ct)
	doc.Kind = KindOf(doc.URL, ct, body)
	return doc, nil
}

// clientErr strips net/http's "Get URL:" wrapping and names timeouts.
func (f *HTTPFetcher) clientErr(ctx context.Context, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return ctxErr
	}
	err = unwrapURLError(err)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() && !errors.Is(err, ErrPrivateAddress) {
		return fmt.Errorf("timed out after %v: %w", f.opts.Timeout, context.DeadlineExceeded)
	}
	return err
}

func statusText(resp *http.Response) string {
	if resp.Status != "" {
		return resp.Status
	}
	return fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
}

// parseContentType returns the lower-case media type and the charset
// parameter of a Content-Type header, tolerating malformed ones.
func parseContentType(ct string) (mediaType, charset string) {
	if ct == "" {
		return "", ""
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err == nil {
		return mt, strings.TrimSpace(params["charset"])
	}
	mt, rest, _ := strings.Cut(ct, ";")
	mt = strings.ToLower(strings.TrimSpace(mt))
	for _, p := range strings.Split(rest, ";") {
		k, v, ok := strings.Cut(p, "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			charset = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return mt, charset
}

// compile-time check
var _ Fetcher = (*HTTPFetcher)(nil)

package source

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// testServer serves a few routes used by the fetch tests and records the
// last User-Agent and Accept headers.
func testServer(t *testing.T) (*httptest.Server, *atomic.Value) {
	t.Helper()
	var headers atomic.Value
	headers.Store(http.Header{})
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, "<html><body><p>\xc1\xe0\xf2\xea\xe5\xed</p></body></html>")
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "<p>looks like html but the server says text</p>")
	})
	mux.HandleFunc("/untyped.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no sniffing by net/http
		fmt.Fprint(w, "just words")
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/r/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/r/"))
		if n == 0 {
			fmt.Fprint(w, "<p>end of the chain</p>")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		chunk := strings.Repeat("x", 512)
		for range 4 {
			fmt.Fprint(w, chunk)
			w.(http.Flusher).Flush() // chunked: no Content-Length
		}
	})
	mux.HandleFunc("/big-cl", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "2048")
		fmt.Fprint(w, strings.Repeat("x", 2048))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/cond", func(w http.ResponseWriter, r *http.Request) {
		const etag, lm = `"abc"`, "Sat, 27 Jun 2026 10:00:00 GMT"
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lm)
		fmt.Fprint(w, "<p>fresh</p>")
	})
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		headers.Store(r.Header.Clone())
		fmt.Fprint(w, "ok")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &headers
}

func TestHTTPFetcher(t *testing.T) {
	srv, _ := testServer(t)
	f := NewHTTPFetcher(FetchOptions{AllowPrivate: true, MaxBytes: 1024, MaxRedirects: 2, Timeout: 300 * time.Millisecond})
	tests := []struct {
		path        string
		wantKind    Kind
		wantCharset string
		wantURL     string // path of the final URL
		wantErr     string
		wantIs      error
	}{
		{path: "/page", wantKind: KindHTML, wantCharset: "windows-1251", wantURL: "/page"},
		{path: "/plain", wantKind: KindText, wantURL: "/plain"},
		{path: "/untyped.html", wantKind: KindHTML, wantURL: "/untyped.html"},
		{path: "/r/2", wantKind: KindHTML, wantCharset: "utf-8", wantURL: "/r/0"},
		{path: "/missing", wantErr: "HTTP 404 Not Found"},
		{path: "/r/3", wantErr: "stopped after 2 redirects"},
		{path: "/big", wantErr: "larger than the 1 KiB size limit"},
		{path: "/big-cl", wantErr: "2 KiB is over the 1 KiB size limit"},
		{path: "/slow", wantErr: "timed out after 300ms", wantIs: context.DeadlineExceeded},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			u := srv.URL + tc.path
			doc, err := f.Fetch(context.Background(), u)
			if tc.wantErr != "" {
				if err == nil {
					t.Fatalf("no error, want %q", tc.wantErr)
				}
				if want := "fetch " + u + ": " + tc.wantErr; !strings.HasPrefix(err.Error(), want) {
					t.Errorf("error %q, want prefix %q", err, want)
				}
				if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
					t.Errorf("error %v is not %v", err, tc.wantIs)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Origin != u || doc.URL != srv.URL+tc.wantURL || doc.Kind != tc.wantKind || doc.Charset != tc.wantCharset {
				t.Errorf("got origin %s url %s kind %v charset %q", doc.Origin, doc.URL, doc.Kind, doc.Charset)
			}
			if doc.FetchedAt.IsZero() || len(doc.Body) == 0 {
				t.Errorf("FetchedAt %v, body %q", doc.FetchedAt, doc.Body)
			}
		})
	}
}

func TestHTTPFetcherErrors(t *testing.T) {
	srv, _ := testServer(t)
	f := NewHTTPFetcher(FetchOptions{AllowPrivate: true})
	_, err := f.Fetch(context.Background(), srv.URL+"/missing")
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 404 {
		t.Errorf("404: %v, want a *StatusError 404", err)
	}
	for _, u := range []string{"ftp://news.example/x", "http://", "news.example/x"} {
		if _, err := f.Fetch(context.Background(), u); err == nil || !strings.HasPrefix(err.Error(), "fetch "+u+": ") {
			t.Errorf("Fetch(%q) = %v, want an error naming it", u, err)
		}
	}
	// Cancelling stops a fetch: the slow page never finishes on its own, so
	// the cancellation's error is the proof (no timing, which a loaded host
	// would make flaky).
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err = f.Fetch(ctx, srv.URL+"/slow")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled fetch: %v", err)
	}
}

func TestHTTPFetcherHeaders(t *testing.T) {
	srv, headers := testServer(t)
	for _, tc := range []struct{ ua, want string }{
		{"", DefaultUserAgent},
		{"sitrep/1.2.3 (+https://github.com/sitrep/sitrep)", "sitrep/1.2.3 (+https://github.com/sitrep/sitrep)"},
	} {
		f := NewHTTPFetcher(FetchOptions{AllowPrivate: true, UserAgent: tc.ua})
		if _, err := f.Fetch(context.Background(), srv.URL+"/headers"); err != nil {
			t.Fatal(err)
		}
		h := headers.Load().(http.Header)
		if got := h.Get("User-Agent"); got != tc.want {
			t.Errorf("User-Agent %q, want %q", got, tc.want)
		}
		if got := h.Get("Accept"); !strings.Contains(got, "text/html") {
			t.Errorf("Accept %q", got)
		}
	}
}

func TestHTTPFetcherConditional(t *testing.T) {
	srv, _ := testServer(t)
	f := NewHTTPFetcher(FetchOptions{AllowPrivate: true})
	ctx := context.Background()
	doc, err := f.Fetch(ctx, srv.URL+"/cond")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ETag != `"abc"` || doc.LastModified != "Sat, 27 Jun 2026 10:00:00 GMT" {
		t.Fatalf("validators %q %q", doc.ETag, doc.LastModified)
	}
	tests := []struct {
		name, etag, lm string
		notModified    bool
	}{
		{"etag", doc.ETag, "", true},
		{"last-modified", "", doc.LastModified, true},
		{"both", doc.ETag, doc.LastModified, true},
		{"stale etag", `"old"`, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := f.FetchConditional(ctx, srv.URL+"/cond", tc.etag, tc.lm)
			if tc.notModified {
				if !errors.Is(err, ErrNotModified) || d != nil {
					t.Fatalf("got %v, %v; want ErrNotModified", d, err)
				}
				if want := "fetch " + srv.URL + "/cond: not modified"; err.Error() != want {
					t.Errorf("error %q, want %q", err, want)
				}
				return
			}
			if err != nil || string(d.Body) != "<p>fresh</p>" {
				t.Fatalf("got %v, %v", d, err)
			}
		})
	}
}

// countingServer counts the requests it gets.
func countingServer(t *testing.T, h http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func isAFNoSupport(err error) bool {
	return errors.Is(err, syscall.EAFNOSUPPORT) || errors.Is(err, syscall.EADDRNOTAVAIL) || errors.Is(err, syscall.ENETUNREACH)
}

func TestHTTPFetcherRefusesPrivate(t *testing.T) {
	srv, hits := countingServer(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") })
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	f := NewHTTPFetcher(FetchOptions{Timeout: 2 * time.Second})
	urls := []string{
		srv.URL + "/",
		fmt.Sprintf("http://localhost:%d/", port),
		fmt.Sprintf("http://[::1]:%d/", port),
		fmt.Sprintf("http://[::ffff:127.0.0.1]:%d/", port),
		fmt.Sprintf("http://0.0.0.0:%d/", port),
		fmt.Sprintf("http://127.1.2.3:%d/", port),
		"http://169.254.169.254/latest/meta-data/",
		"http://10.0.0.1/",
		"http://192.168.1.1/",
		"http://172.16.0.1/",
		"http://100.64.0.1/",
		"http://224.0.0.1/",
		"http://[fd00::1]/",
		"http://[fe80::1]/",
		"http://[64:ff9b::a00:1]/",
	}
	for _, u := range urls {
		t.Run(u, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), u)
			if err != nil && !errors.Is(err, ErrPrivateAddress) && isAFNoSupport(err) {
				t.Skipf("no IPv6 here: %v", err)
			}
			if !errors.Is(err, ErrPrivateAddress) {
				t.Fatalf("got %v, want ErrPrivateAddress", err)
			}
			if !strings.HasPrefix(err.Error(), "fetch "+u+": ") {
				t.Errorf("error %q does not start with the URL", err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the loopback server got %d requests", n)
	}
}

func TestHTTPFetcherRefusesRedirectToPrivate(t *testing.T) {
	private, privateHits := countingServer(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") })
	var target atomic.Value
	public, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ok" {
			fmt.Fprint(w, "<p>public page</p>")
			return
		}
		http.Redirect(w, r, target.Load().(string), http.StatusFound)
	})
	publicAddr := netip.MustParseAddrPort(public.Listener.Addr().String())
	f := NewHTTPFetcher(FetchOptions{Timeout: 2 * time.Second})
	// Treat the "public" server as public; everything else keeps the guard.
	f.permit = func(ap netip.AddrPort) bool { return ap == publicAddr }

	if _, err := f.Fetch(context.Background(), public.URL+"/ok"); err != nil {
		t.Fatalf("permitted server refused: %v", err)
	}
	for _, to := range []string{private.URL + "/", "http://10.0.0.1/", "http://169.254.169.254/", "http://localhost:" + strconv.Itoa(private.Listener.Addr().(*net.TCPAddr).Port) + "/"} {
		t.Run(to, func(t *testing.T) {
			target.Store(to)
			_, err := f.Fetch(context.Background(), public.URL+"/redirect")
			if !errors.Is(err, ErrPrivateAddress) {
				t.Fatalf("redirect to %s: %v, want ErrPrivateAddress", to, err)
			}
		})
	}
	if n := privateHits.Load(); n != 0 {
		t.Errorf("the private server got %d requests", n)
	}
}

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		addr   string
		public bool
	}{
		{"8.8.8.8", true},
		{"1.1.1.1", true},
		{"100.63.255.255", true},
		{"100.64.0.0", false},
		{"100.127.255.255", false},
		{"172.15.255.255", true},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"172.32.0.1", true},
		{"127.0.0.1", false},
		{"0.0.0.0", false},
		{"255.255.255.255", false},
		{"192.0.2.1", false},
		{"2606:4700:4700::1111", true},
		{"2a00:1450:4001::1", true},
		{"::1", false},
		{"::", false},
		{"::ffff:10.0.0.1", false},
		{"::ffff:8.8.8.8", true},
		{"64:ff9b::a00:1", false},
		{"64:ff9b::808:808", true},
		{"2002:a00:1::", false},
		{"2002:808:808::", true},
		{"fd12:3456::1", false},
		{"fe80::1%eth0", false},
		{"ff02::1", false},
		{"2001:db8::1", false},
	}
	for _, tc := range tests {
		if got := PublicAddr(netip.MustParseAddr(tc.addr)); got != tc.public {
			t.Errorf("PublicAddr(%s) = %v, want %v (%s)", tc.addr, got, tc.public, nonPublic(netip.MustParseAddr(tc.addr)))
		}
	}
}

// Package api serves the event database over HTTP: a JSON API, the ACLED
// compatible exports and the web map (package web's files). Reads are
// open; adding articles needs the bearer token the server was started
// with.
package api

import (
	"context"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

//go:embed openapi.json
var openAPI []byte

// DefaultMaxBody is the largest request body accepted (POST /api/articles).
const DefaultMaxBody = 2 << 20

// QueryTimeout bounds the database work of one request (an export: of
// each page), so that a slow query is answered 503 instead of piling up
// behind others. Indexed queries take milliseconds; a page's user will
// not wait longer than this anyway.
const QueryTimeout = 5 * time.Second

// Config is what a Server needs.
type Config struct {
	Store store.Store
	// Pipeline makes the ingest pipeline POST /api/articles runs (with
	// extraction and fusion). It is called once, on the first POST, so a
	// read-only server never pays for loading the gazetteer. nil disables
	// POST.
	Pipeline func() (*ingest.Pipeline, error)
	// Token is the bearer token POST needs; "" disables POST (403).
	Token string
	// Tiles is a tile URL template ("https://tile.example.org/{z}/{x}/{y}.png")
	// for the map's background; "" draws country outlines only.
	Tiles string
	// Static holds the web page (index.html and its files); nil serves no page.
	Static fs.FS
	// Feeds serves /feeds/ (package alerts' Atom feeds); nil serves none.
	Feeds   http.Handler
	Log     *slog.Logger
	MaxBody int64 // default DefaultMaxBody
}

// Server is the HTTP handler.
type Server struct {
	cfg Config
	mux *http.ServeMux
	csp string

	pipeOnce sync.Mutex
	pipe     *ingest.Pipeline

	admit   *admission   // heavy requests (admit.go)
	healthy *healthState // /healthz (health.go)
}

// New makes a Server. It fails when the tiles URL is not an http(s) URL.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	img := "'self' data:"
	if cfg.Tiles != "" {
		origin, err := TileOrigin(cfg.Tiles)
		if err != nil {
			return nil, err
		}
		img += " " + origin
	}
	cfg.Store = PublicStore(cfg.Store)
	s := &Server{cfg: cfg, mux: http.NewServeMux(), admit: newAdmission()}
	s.healthy = &healthState{pingFunc: func(ctx context.Context) error { return s.cfg.Store.Ping(ctx) }}
	s.csp = "default-src 'self'; img-src " + img + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
	m := s.mux
	m.HandleFunc("GET /healthz", s.health)
	m.HandleFunc("GET /api/events", s.listEvents)
	m.HandleFunc("GET /api/events/{id}", s.getEvent)
	m.HandleFunc("GET /api/articles", s.listArticles)
	m.HandleFunc("GET /api/articles/{id}", s.getArticle)
	m.HandleFunc("POST /api/articles", s.postArticle)
	m.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	m.HandleFunc("GET /api/config", s.config)
	for format := range Formats {
		m.HandleFunc("GET /api/export."+format, s.export(format))
	}
	m.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint (see /api/openapi.json)")
	})
	if cfg.Feeds != nil {
		m.Handle("GET /feeds/", cfg.Feeds)
	}
	if cfg.Static != nil {
		m.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeFileFS(w, r, cfg.Static, "index.html")
		})
		m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(validPaths{cfg.Static})))
	}
	return s, nil
}

// TileOrigin is the CSP source of a tile URL template: its scheme and host,
// with a {s} subdomain as a wildcard.
func TileOrigin(tiles string) (string, error) {
	scheme, rest, ok := strings.Cut(tiles, "://")
	if !ok || (scheme != "https" && scheme != "http") {
		return "", fmt.Errorf("--tiles %q: want an http(s) URL template", tiles)
	}
	host, _, _ := strings.Cut(rest, "/")
	host = strings.ReplaceAll(host, "{s}", "*")
	if host == "" || strings.Trim(host, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:*") != "" {
		return "", fmt.Errorf("--tiles %q: bad host %q", tiles, host)
	}
	return scheme + "://" + host, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	h := w.Header()
	h.Set("Content-Security-Policy", s.csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	rec := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	s.mux.ServeHTTP(rec, r)
	s.cfg.Log.Debug("request", "method", r.Method, "path", r.URL.Path, "query", r.URL.RawQuery,
		"status", rec.status, "bytes", rec.bytes, "duration", time.Since(start))
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) { w.status = code; w.ResponseWriter.WriteHeader(code) }
func (w *statusWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.Encode(v)
}

// writeError answers {"error": msg}, msg cut to maxErrorRunes: errors
// of other packages may quote a whole input.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": clip(msg, maxErrorRunes)})
}

// WriteError answers {"error": msg} with status, as every endpoint of the
// API does, for handlers mounted beside it (the feeds).
func WriteError(w http.ResponseWriter, status int, msg string) { writeError(w, status, msg) }

// storeError answers a store failure: 404 for an unknown ID, 400 for an
// ambiguous prefix or a refused q, 503 for a query past QueryTimeout, 500
// otherwise (logged, not shown).
func (s *Server) storeError(w http.ResponseWriter, r *http.Request, err error) {
	var qe *store.QueryError
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case errors.Is(err, store.ErrAmbiguous):
		writeError(w, http.StatusBadRequest, "ambiguous ID prefix: give more characters")
	case errors.As(err, &qe):
		writeError(w, http.StatusBadRequest, qe.Error())
	case errors.Is(err, context.DeadlineExceeded):
		s.cfg.Log.Warn("query timed out", "path", r.URL.Path, "query", clip(r.URL.RawQuery, maxErrorRunes), "err", err)
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("the query took over %s: narrow it (dates, country) or try again later", QueryTimeout))
	case errors.Is(err, context.Canceled):
		// The client went away.
	default:
		s.cfg.Log.Error("request failed", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

// queryContext is the context of a request's database work: the
// request's, ending at QueryTimeout at the latest.
func queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), QueryTimeout)
}

func (s *Server) config(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"tiles": s.cfg.Tiles, "post": s.cfg.Token != "" && s.cfg.Pipeline != nil})
}

// TotalCap is how far GET /api/events counts the events its filters
// match: counting every match of a filter that matches most of a million
// events read them all for each page (the bulk of a page's time past
// 100,000 matches). Past it, total is TotalCap and total_capped is true;
// the pages themselves go on (offset, or the exports, reach them all).
const TotalCap = 10000

// EventPage is the answer of GET /api/events.
type EventPage struct {
	Total int `json:"total"`
	// TotalCapped: more than Total events match (TotalCap).
	TotalCapped bool `json:"total_capped,omitempty"`
	// SearchCapped: q's words match more than store.SearchMaxMatches
	// events, and only the most recently stored of them were searched.
	SearchCapped bool          `json:"search_capped,omitempty"`
	Limit        int           `json:"limit"`
	Offset       int           `json:"offset"`
	Events       []event.Event `json:"events"`
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
	f, err := filter.Events(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	f.Limit = pageLimit(f.Limit)
	release, ok := s.admit.enter(r.Context())
	if !ok {
		busy(w)
		return
	}
	defer release()
	ctx, cancel := queryContext(r)
	defer cancel()
	c, err := s.cfg.Store.CountEventsUpTo(ctx, f, TotalCap)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	page := EventPage{Total: c.N, TotalCapped: c.Capped, SearchCapped: c.SearchCapped, Limit: f.Limit, Offset: f.Offset, Events: []event.Event{}}
	if f.Offset < c.N || c.Capped {
		evs, err := s.cfg.Store.ListEvents(ctx, f)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		if evs != nil {
			page.Events = evs
		}
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *Server) getEvent(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := queryContext(r)
	defer cancel()
	e, err := s.cfg.Store.GetEvent(ctx, r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// ArticlePage is the answer of GET /api/articles.
type ArticlePage struct {
	Limit    int       `json:"limit"`
	Offset   int       `json:"offset"`
	Articles []Article `json:"articles"`
}

// listArticles lists stored articles' metadata with the article filters
// (package filter), local files by name only as everywhere in the API.
func (s *Server) listArticles(w http.ResponseWriter, r *http.Request) {
	f, err := filter.Articles(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	f.Limit = pageLimit(f.Limit)
	ctx, cancel := queryContext(r)
	defer cancel()
	list, err := s.cfg.Store.ListArticles(ctx, f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	page := ArticlePage{Limit: f.Limit, Offset: f.Offset, Articles: make([]Article, 0, len(list))}
	for i := range list {
		a := NewArticle(&list[i], nil)
		a.Origin = publicOrigin(a.Origin)
		page.Articles = append(page.Articles, a)
	}
	writeJSON(w, http.StatusOK, page)
}

// Article is an article as the API and the CLI show it: metadata, clean
// text and the events coded from it (never the raw input).
type Article struct {
	ID         string        `json:"id"`
	Origin     string        `json:"origin"`
	URL        string        `json:"url,omitempty"`
	Outlet     string        `json:"outlet"`
	Title      string        `json:"title"`
	Author     string        `json:"author,omitempty"`
	Language   string        `json:"language,omitempty"`
	Published  string        `json:"published"`
	DateSource string        `json:"date_source"`
	FetchedAt  string        `json:"fetched_at"`
	MediaType  string        `json:"media_type"`
	TextBytes  int           `json:"text_bytes"`
	Text       string        `json:"text,omitempty"`
	Events     []event.Event `json:"events,omitempty"`
}

// NewArticle is the public shape of a stored article and its events.
func NewArticle(a *store.Article, evs []event.Event) Article {
	n := a.TextLen
	if n == 0 {
		n = len(a.Text)
	}
	return Article{
		ID: a.ID, Origin: a.Origin, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Author: a.Author, Language: a.Language,
		Published: a.Published.Format(time.RFC3339), DateSource: a.DateSource, FetchedAt: a.FetchedAt.Format(time.RFC3339),
		MediaType: a.MediaType, TextBytes: n, Text: a.Text, Events: evs,
	}
}

// LoadArticle is the article with ID (or a unique prefix of it) and its
// events as GET /api/articles/{id} shows it, a local file by its name only.
func LoadArticle(ctx context.Context, st store.Store, id string) (*Article, error) {
	a, err := st.GetArticle(ctx, id)
	if err != nil {
		return nil, err
	}
	evs, err := st.ListEvents(ctx, store.EventFilter{ArticleID: a.ID, Limit: MaxLimit})
	if err != nil {
		return nil, err
	}
	out := NewArticle(a, evs)
	out.Origin = publicOrigin(out.Origin)
	return &out, nil
}

// publicOrigin is an article's origin as the API shows it: a URL or the
// API's own label as stored, a local file by its name only. Where the
// server's files live is no business of the API's readers; whoever holds
// the database sees the full path with `sitrep show`.
func publicOrigin(origin string) string {
	if strings.Contains(origin, "://") || strings.HasPrefix(origin, "api:") {
		return origin
	}
	path, item, isItem := strings.Cut(origin, "#") // an item of a local feed
	name := filepath.Base(path)
	if isItem {
		name += "#" + item
	}
	return name
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := queryContext(r)
	defer cancel()
	out, err := LoadArticle(ctx, s.cfg.Store, r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// PostArticle is the body of POST /api/articles: either text (with
// optional title, published date and source outlet) or a URL to fetch.
type PostArticle struct {
	Text      string `json:"text,omitempty"`
	Format    string `json:"format,omitempty"` // "text" (default) or "html"
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD or RFC 3339
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
}

// PostResult is the answer to POST /api/articles.
type PostResult struct {
	ID     string        `json:"id"`
	New    bool          `json:"new"`
	Events []event.Event `json:"events"`
	// More lists the other articles a posted feed URL gave.
	More []PostResult `json:"more,omitempty"`
}

// authorized checks the bearer token, answering 403 when POST is disabled
// and 401 when the token is missing or wrong.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if s.cfg.Token == "" || s.cfg.Pipeline == nil {
		writeError(w, http.StatusForbidden, "adding articles is disabled: start sitrep serve with --token or SITREP_TOKEN")
		return false
	}
	if !BearerOK(r.Header.Get("Authorization"), s.cfg.Token) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return false
	}
	return true
}

// BearerOK says whether an Authorization header value carries token as a
// bearer token; never when token is "" (writing disabled).
func BearerOK(header, token string) bool {
	scheme, tok, _ := strings.Cut(header, " ")
	return token != "" && strings.EqualFold(scheme, "Bearer") && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(token)) == 1
}

// Pipeline is the ingest pipeline POST /api/articles runs, made on the
// first call (a failure is tried again on the next), so that others
// writing beside the API (the MCP server) share its one gazetteer.
func (s *Server) Pipeline() (*ingest.Pipeline, error) {
	if s.cfg.Pipeline == nil {
		return nil, errors.New("adding articles is disabled")
	}
	s.pipeOnce.Lock()
	defer s.pipeOnce.Unlock()
	if s.pipe != nil {
		return s.pipe, nil
	}
	p, err := s.cfg.Pipeline()
	if err != nil {
		return nil, err
	}
	s.pipe = p
	return p, nil
}

func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "send JSON with Content-Type: application/json")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	req, err := parsePost(r.Body, s.cfg.MaxBody)
	if err != nil {
		var re *requestError
		errors.As(err, &re)
		writeError(w, re.status, re.msg)
		return
	}
	p, err := s.Pipeline()
	if err != nil {
		s.cfg.Log.Error("ingest pipeline", "err", err)
		writeError(w, http.StatusServiceUnavailable, "cannot extract events: "+err.Error())
		return
	}
	res, err := ingestChecked(r.Context(), s.cfg.Store, p, req)
	if err != nil {
		var re *requestError
		if errors.As(err, &re) {
			writeError(w, re.status, re.msg)
		} else {
			s.storeError(w, r, err)
		}
		return
	}
	status := http.StatusOK
	if res.New {
		status = http.StatusCreated
	}
	writeJSON(w, status, res)
}

// Ingest stores an article as POST /api/articles does, for callers other
// than the HTTP handler (the MCP server): in is checked first, so a bad
// request never loads the pipeline. A refusal of the input is an error
// for which Refused is true; its text can be shown as it is.
func Ingest(ctx context.Context, st store.Store, pipeline func() (*ingest.Pipeline, error), in PostArticle) (*PostResult, error) {
	req, err := checkPost(in)
	if err != nil {
		return nil, err
	}
	p, err := pipeline()
	if err != nil {
		return nil, fmt.Errorf("cannot extract events: %w", err)
	}
	return ingestChecked(ctx, st, p, req)
}

// Refused says whether err is Ingest refusing its input (bad input,
// nothing to code, nothing read at the URL) rather than a failure.
func Refused(err error) bool {
	var re *requestError
	return errors.As(err, &re)
}

// ingestChecked reads a checked request's text or URL and sends each
// document through the pipeline. A URL that gives nothing is a 502, text
// with nothing to code a 422; other failures are the store's.
func ingestChecked(ctx context.Context, st store.Store, p *ingest.Pipeline, req *postRequest) (*PostResult, error) {
	var docs []*source.Document
	if req.url == nil {
		docs = []*source.Document{{
			Origin: "api:" + time.Now().UTC().Format(time.RFC3339Nano), Body: []byte(req.in.Text), Kind: req.kind,
			Meta: req.meta, FetchedAt: time.Now().UTC(),
		}}
	} else {
		var errs []error
		loader := p.Loader
		if loader == nil {
			loader = &source.Loader{} // fetches with non-public addresses refused
		}
		docs, errs = loader.Load(ctx, source.Input{Origin: req.url.String(), Meta: req.meta})
		if len(docs) == 0 {
			msg := "nothing read"
			if len(errs) > 0 {
				msg = errs[0].Error()
			}
			return nil, &requestError{http.StatusBadGateway, msg}
		}
	}
	var out []PostResult
	for _, d := range docs {
		res := p.Store1(ctx, d)
		if res.Outcome == ingest.Failed {
			if errors.Is(res.Err, ingest.ErrEmpty) && len(docs) == 1 {
				return nil, &requestError{http.StatusUnprocessableEntity, res.Err.Error()}
			}
			if len(docs) == 1 {
				return nil, res.Err
			}
			continue
		}
		evs, err := st.ListEvents(ctx, store.EventFilter{ArticleID: res.Article.ID, Limit: MaxLimit})
		if err != nil {
			return nil, err
		}
		if evs == nil {
			evs = []event.Event{}
		}
		out = append(out, PostResult{ID: res.Article.ID, New: res.Outcome == ingest.New, Events: evs})
	}
	if len(out) == 0 {
		return nil, &requestError{http.StatusUnprocessableEntity, "no article could be stored"}
	}
	res := out[0]
	res.More = out[1:]
	return &res, nil
}

// export streams an export. Its first page is read before anything is
// written, so a query that fails at once gets a proper error status; one
// that fails later (headers and part of the body gone) aborts the
// connection, which every client sees as a broken transfer (curl: exit
// 18; Go: unexpected EOF), never as a complete file.
func (s *Server) export(format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f, err := filter.Events(r.URL.Query())
		if err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		// A large export may outlast the server's write timeout.
		http.NewResponseController(w).SetWriteDeadline(time.Now().Add(30 * time.Minute))
		body := &firstWrite{w: w, before: func() {
			w.Header().Set("Content-Type", Formats[format])
			w.Header().Set("Content-Disposition", `attachment; filename="sitrep-events.`+format+`"`)
		}}
		_, err = Export(r.Context(), s.cfg.Store, f, format, body)
		switch {
		case err == nil || errors.Is(err, context.Canceled):
		case !body.wrote:
			s.storeError(w, r, err)
		default:
			s.cfg.Log.Error("export broken off", "format", format, "err", err)
			panic(http.ErrAbortHandler)
		}
	}
}

// firstWrite calls before once, just before the first byte is written.
type firstWrite struct {
	w      io.Writer
	before func()
	wrote  bool
}

func (f *firstWrite) Write(b []byte) (int, error) {
	if !f.wrote {
		f.before()
		f.wrote = true
	}
	return f.w.Write(b)
}

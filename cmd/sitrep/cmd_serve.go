package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/sitrep/sitrep/internal/alerts"
	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/mcp"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/web"
)

func init() {
	register(&command{Name: "serve", Summary: "serve the JSON API, the exports and the web map", Run: runServe})
}

const serveAbout = `
Serves the event database over HTTP: the web map at /, the JSON API under
/api/ (described by /api/openapi.json), ACLED-compatible exports
(/api/export.csv, .geojson, .jsonl, with the same filters as /api/events) and
/healthz, Atom feeds of the alerts (/feeds/NAME.atom, see 'sitrep alerts') and
of any filter (/feeds/events.atom?country=…), and the MCP tools for AI assistants at /mcp (streamable HTTP; see
'sitrep mcp'). Everything the page needs is built in; nothing is fetched
from the internet unless --tiles names a tile server for the map's
background.

Reading is open to whoever can reach the address, which is 127.0.0.1 (this
machine only) by default. POST /api/articles (ingest an article's text or URL:
cleaned, extracted and fused as by 'sitrep ingest') needs the header
"Authorization: Bearer TOKEN"; without a token POST is disabled. So does the
MCP tool ingest_article at /mcp. Prefer the environment variable SITREP_TOKEN
to --token: command lines are visible to other users of the machine.

Stops cleanly on Ctrl-C or SIGTERM, letting requests in flight finish.

Examples:
  sitrep serve
  SITREP_TOKEN=$(openssl rand -hex 16) sitrep --db region.db serve --addr 127.0.0.1:9000
  sitrep serve --tiles 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
  curl 'http://127.0.0.1:8080/api/events?country=Afghanistan&from=2021-06-01&limit=10'
`

func runServe(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "serve", "[flags]", serveAbout)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (port 0: any free port)")
	token := fs.String("token", os.Getenv("SITREP_TOKEN"), "bearer `TOKEN` that POST /api/articles needs (env SITREP_TOKEN); none: POST disabled")
	tiles := fs.String("tiles", "", "tile `URL` template for the map background, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png")
	actors := fs.String("actors", "", "extra actor dictionary `FILE` for POSTed articles (TSV: name, inter, country, aliases)")
	maxBody := fs.Int64("max-body", api.DefaultMaxBody, "largest request body accepted, in `bytes`")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := store.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer st.Close()

	srv, err := api.New(api.Config{
		Store: st,
		Token: *token,
		Tiles: *tiles,
		// Loaded on the first POST: a read-only server never loads the gazetteer.
		Pipeline: func() (*ingest.Pipeline, error) { return networkPipeline(g, st, *actors) },
		Static:   web.Static(),
		Feeds:    &alerts.Feeds{Store: st, Log: g.Log},
		Log:      g.Log,
		MaxBody:  *maxBody,
	})
	if err != nil {
		return usageErr("%v", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	// The MCP tools at /mcp share the API's pipeline and token.
	mux := http.NewServeMux()
	mux.Handle("/mcp", mcp.HTTPHandler(mcp.Config{Store: api.PublicStore(st), Pipeline: srv.Pipeline, Version: version, Log: g.Log}, *token, *maxBody))
	mux.Handle("/", srv)
	hs := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      2 * time.Minute, // exports extend their own deadline
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          nil,
	}
	url := "http://" + ln.Addr().String()
	fmt.Fprintf(g.Stderr, "sitrep serve: listening on %s\n", url)
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
		fmt.Fprintf(g.Stderr, "sitrep serve: warning: %s is reachable from other machines; anyone who can reach it can read the database\n", host)
	}
	if *token == "" {
		fmt.Fprintln(g.Stderr, "sitrep serve: no --token or SITREP_TOKEN: adding articles over HTTP is disabled")
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(g.Stderr, "sitrep serve: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

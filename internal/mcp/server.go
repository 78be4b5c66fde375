// Package mcp serves the event database to AI assistants over the Model
// Context Protocol: the tools search_events, get_event, explain_event,
// get_article and list_sources read; ingest_article writes. `sitrep mcp`
// serves them over stdio, `sitrep serve` at /mcp (streamable HTTP), where
// writing needs the API's bearer token.
package mcp

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/store"
)

// Config is what a Server needs.
type Config struct {
	Store store.Store
	// Pipeline makes (or returns the already made) ingest pipeline that
	// ingest_article runs; it is called on the first ingest only, so a
	// server that only reads never loads the gazetteer. nil leaves
	// ingest_article out.
	Pipeline func() (*ingest.Pipeline, error)
	// MayWrite says whether a call may write, with the reason when not;
	// nil lets every call write (stdio: the assistant runs sitrep as the
	// user who owns the database).
	MayWrite func(*sdk.CallToolRequest) error
	Version  string
	Log      *slog.Logger
}

// New makes the MCP server with its tools.
func New(cfg Config) *sdk.Server {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Version == "" {
		cfg.Version = "dev"
	}
	s := sdk.NewServer(&sdk.Implementation{Name: "sitrep", Title: "sitrep conflict events", Version: cfg.Version},
		&sdk.ServerOptions{Instructions: instructions, Logger: cfg.Log})
	addTools(s, &tools{cfg: cfg})
	return s
}

// instructions tell the assistant how the tools fit together.
const instructions = `sitrep holds conflict events (ACLED-style: date, place, actors, event type, fatalities) coded from news articles, each with the claims (who said how many were killed, in which sentence) and denials it rests on. Find events with search_events, then read one with get_event (claims and quotes) or explain_event (why it was coded and merged so). get_article shows an article and the events coded from it; list_sources the feeds being watched. Quote the claims' sentences and outlets rather than restating figures as fact: sources often disagree.`

// errWriteRefused answers a write over HTTP without the API's token.
var errWriteRefused = errors.New("writing needs the API token: send the header \"Authorization: Bearer TOKEN\" (the token sitrep serve was started with)")

// HTTPHandler serves the tools over streamable HTTP. Writing needs
// "Authorization: Bearer token" on the request that calls the tool; with
// token "" ingest_article is left out. Sessions are stateless: no tool
// sends requests back to the client, so nothing needs remembering between
// requests. Requests from browsers of other origins are refused.
func HTTPHandler(cfg Config, token string, maxBody int64) http.Handler {
	if token == "" {
		cfg.Pipeline = nil
	}
	cfg.MayWrite = func(req *sdk.CallToolRequest) error {
		if req.Extra == nil || !bearerOK(req.Extra.Header, token) {
			return errWriteRefused
		}
		return nil
	}
	s := New(cfg)
	h := sdk.NewStreamableHTTPHandler(func(*http.Request) *sdk.Server { return s },
		&sdk.StreamableHTTPOptions{Stateless: true, JSONResponse: true, Logger: cfg.Log, MaxRequestBodyBytes: maxBody})
	return http.NewCrossOriginProtection().Handler(h)
}

// Serve serves the tools on one connection (stdio) until the client
// hangs up or ctx ends.
func Serve(ctx context.Context, cfg Config, t sdk.Transport) error {
	err := New(cfg).Run(ctx, t)
	if errors.Is(err, context.Canceled) || errors.Is(err, io.EOF) {
		return nil
	}
	return err
}

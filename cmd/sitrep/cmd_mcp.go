package main

import (
	"context"
	"fmt"
	"io"
	"sync"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/mcp"
	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register(&command{Name: "mcp", Summary: "serve the events to an AI assistant over MCP (stdio)", Run: runMCP})
}

const mcpAbout = `
Serves the event database to an AI assistant (Claude Desktop, an IDE's
agent, any Model Context Protocol client) on stdin and stdout: the client
starts this command and talks to it. Tools:

  search_events   events matching the API's filters (from, to, country,
                  admin1, event_type, actor, min_fatalities, bbox, q, outlet,
                  contested, no_background, limit, offset)
  get_event       one event with its claims, quotes and denials
  explain_event   what 'sitrep explain' prints (other_id: why two events
                  are separate, as 'sitrep explain A B')
  get_article     one article's text and the events coded from it
  list_sources    the feeds 'sitrep watch' polls
  ingest_article  add an article's text or URL (not with --read-only)

The assistant acts as the user who runs it: ingest_article writes to the
database unless --read-only. 'sitrep serve' offers the same tools at /mcp,
where writing needs its token. Logs go to stderr.

Example client configuration (Claude Desktop's claude_desktop_config.json):
  {"mcpServers": {"sitrep": {"command": "/path/to/sitrep",
    "args": ["--db", "/path/to/sitrep.db", "mcp"]}}}
`

func runMCP(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "mcp", "[flags]", mcpAbout)
	readOnly := fs.Bool("read-only", false, "leave out ingest_article: the assistant reads, never writes")
	actors := fs.String("actors", "", "extra actor dictionary `FILE` for ingested articles (TSV: name, inter, country, aliases)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := store.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	cfg := mcp.Config{Store: st, Version: version, Log: g.Log}
	if !*readOnly {
		// Loaded on the first ingest: a session that only reads never
		// loads the gazetteer.
		cfg.Pipeline = sync.OnceValues(func() (*ingest.Pipeline, error) { return networkPipeline(g, st, *actors) })
	}
	fmt.Fprintf(g.Stderr, "sitrep mcp: serving %s on stdin/stdout\n", g.DB)
	return mcp.Serve(ctx, cfg, &sdk.IOTransport{Reader: io.NopCloser(g.Stdin), Writer: nopCloser{g.Stdout}})
}

// nopCloser leaves stdout open when the session ends: main still writes
// errors there.
type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

package mcp

import (
	"context"
	"net/http/httptest"
	"testing"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

// BenchmarkSearchEvents measures one search_events call through a client
// session, in memory and over HTTP: the protocol's cost above the query.
func BenchmarkSearchEvents(b *testing.B) {
	cfg := fixture(b)
	srv := httptest.NewServer(HTTPHandler(cfg, testToken, 1<<20))
	defer srv.Close()
	for _, tc := range []struct {
		name string
		tr   func() sdk.Transport
	}{
		{"memory", func() sdk.Transport {
			ct, st := sdk.NewInMemoryTransports()
			if _, err := New(cfg).Connect(context.Background(), st, nil); err != nil {
				b.Fatal(err)
			}
			return ct
		}},
		{"http", func() sdk.Transport { return &sdk.StreamableClientTransport{Endpoint: srv.URL, MaxRetries: -1} }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			cs, err := sdk.NewClient(&sdk.Implementation{Name: "bench", Version: "1"}, nil).Connect(context.Background(), tc.tr(), nil)
			if err != nil {
				b.Fatal(err)
			}
			defer cs.Close()
			params := &sdk.CallToolParams{Name: "search_events", Arguments: map[string]any{"country": "Mali", "min_fatalities": 1}}
			for b.Loop() {
				if res, err := cs.CallTool(context.Background(), params); err != nil || res.IsError {
					b.Fatal(err, res)
				}
			}
		})
	}
}

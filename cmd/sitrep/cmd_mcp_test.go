package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

// mcpStdio runs `sitrep mcp` in-process on pipes and returns a client
// session on them; the test fails if the command does not exit 0 once
// the client hangs up.
func mcpStdio(t *testing.T, db string, args ...string) *sdk.ClientSession {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var errb bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(context.Background(), append([]string{"--db", db, "mcp"}, args...), inR, outW, &errb)
		outW.Close()
	}()
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "sitrep-test", Version: "1"}, nil).
		Connect(context.Background(), &sdk.IOTransport{Reader: outR, Writer: inW}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cs.Close()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("sitrep mcp exited %d: %s", code, errb.String())
			}
		case <-time.After(10 * time.Second):
			t.Error("sitrep mcp did not exit when the client hung up")
		}
	})
	return cs
}

// mcpCall calls a tool and returns its text and whether it is an error.
func mcpCall(t *testing.T, cs *sdk.ClientSession, name string, args map[string]any) (string, bool) {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &sdk.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var b strings.Builder
	for _, c := range res.Content {
		if tc, ok := c.(*sdk.TextContent); ok {
			b.WriteString(tc.Text)
		}
	}
	return b.String(), res.IsError
}

func mcpTools(t *testing.T, cs *sdk.ClientSession) []string {
	t.Helper()
	res, err := cs.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tool := range res.Tools {
		names = append(names, tool.Name)
	}
	slices.Sort(names)
	return names
}

type eventPage struct {
	Total  int `json:"total"`
	Events []struct {
		ID string `json:"event_id_cnty"`
	} `json:"events"`
}

func TestMCPStdio(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	seedEvents(t, db)
	cs := mcpStdio(t, db)
	if got, want := mcpTools(t, cs), []string{"explain_event", "get_article", "get_event", "ingest_article", "list_sources", "search_events"}; !slices.Equal(got, want) {
		t.Errorf("tools %q, want %q", got, want)
	}
	text, isErr := mcpCall(t, cs, "search_events", map[string]any{"country": "Kyrgyzstan", "min_fatalities": 1})
	var page eventPage
	if err := json.Unmarshal([]byte(text), &page); isErr || err != nil || page.Total != 1 || page.Events[0].ID != "KGc0ffee0000-1" {
		t.Fatalf("search: %v %v %s", isErr, err, text)
	}
	// explain_event prints what `sitrep explain` prints.
	text, isErr = mcpCall(t, cs, "explain_event", map[string]any{"id": "KGc0ffee"})
	if _, want, _ := sitrep(t, db, "explain", "KGc0ffee"); isErr || text != want {
		t.Errorf("explain_event:\n%s\nsitrep explain:\n%s", text, want)
	}
	// Over stdio the assistant writes as the user who runs it.
	text, isErr = mcpCall(t, cs, "ingest_article", map[string]any{
		"text":      "Gunmen attacked a police post in Tillabéri, Niger, on 3 May 2026, killing four officers, the interior ministry said.",
		"title":     "Police post attacked in Tillabéri",
		"source":    "Niamey Post",
		"published": "2026-05-04",
	})
	var res struct {
		ID  string `json:"id"`
		New bool   `json:"new"`
	}
	if err := json.Unmarshal([]byte(text), &res); isErr || err != nil || !res.New {
		t.Fatalf("ingest: %v %v %s", isErr, err, text)
	}
	if text, isErr = mcpCall(t, cs, "get_article", map[string]any{"id": res.ID}); isErr || !strings.Contains(text, `"outlet":"Niamey Post"`) {
		t.Errorf("get_article %s: %s", res.ID, text)
	}
}

func TestMCPStdioReadOnly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	seedEvents(t, db)
	if got := mcpTools(t, mcpStdio(t, db, "--read-only")); slices.Contains(got, "ingest_article") || len(got) != 5 {
		t.Errorf("--read-only: tools %q", got)
	}
}

// bearerTransport sends the token with every request.
type bearerTransport string

func (b bearerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+string(b))
	return http.DefaultTransport.RoundTrip(r)
}

// TestServeMCP: `sitrep serve` offers the tools at /mcp; writing needs
// its token.
func TestServeMCP(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	seedEvents(t, db)
	const token = "serve-mcp-token"
	base := startServe(t, db, map[string]string{"SITREP_TOKEN": token})
	connect := func(hc *http.Client) *sdk.ClientSession {
		cs, err := sdk.NewClient(&sdk.Implementation{Name: "sitrep-test", Version: "1"}, nil).
			Connect(context.Background(), &sdk.StreamableClientTransport{Endpoint: base + "/mcp", HTTPClient: hc, MaxRetries: -1}, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cs.Close() })
		return cs
	}
	anon := connect(nil)
	text, isErr := mcpCall(t, anon, "search_events", map[string]any{"country": "ML"})
	var page eventPage
	if err := json.Unmarshal([]byte(text), &page); isErr || err != nil || page.Total != 1 || page.Events[0].ID != "MLc0ffee0000-2" {
		t.Fatalf("search over /mcp: %v %v %s", isErr, err, text)
	}
	args := map[string]any{"text": "Protesters blocked the highway near Cochabamba on 2 May 2026; police fired tear gas.", "source": "Altiplano Daily"}
	if text, isErr := mcpCall(t, anon, "ingest_article", args); !isErr || !strings.Contains(text, "writing needs the API token") {
		t.Errorf("ingest without the token: %v %s", isErr, text)
	}
	if text, isErr := mcpCall(t, connect(&http.Client{Transport: bearerTransport(token)}), "ingest_article", args); isErr || !strings.Contains(text, `"new":true`) {
		t.Errorf("ingest with the token: %v %s", isErr, text)
	}
}

package mcp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/explain"
	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/watch"
)

// DefaultLimit is how many events search_events returns when not told:
// an assistant reads every one into its context, and twenty events
// without their claims are a few thousand words.
const DefaultLimit = 20

// MaxLimit is the most events one search_events call returns; past it the
// assistant pages with offset.
const MaxLimit = 100

// MaxArticleText is the most bytes of an article's text get_article
// returns: a news article is rarely longer, and a whole report pasted as
// one would fill an assistant's context. text_bytes gives the full length.
const MaxArticleText = 64 << 10

// tools holds what the tool handlers share.
type tools struct{ cfg Config }

func addTools(s *sdk.Server, t *tools) {
	read := &sdk.ToolAnnotations{ReadOnlyHint: true, IdempotentHint: true, OpenWorldHint: new(false)}
	sdk.AddTool(s, &sdk.Tool{Name: "search_events", Annotations: read, Description: "Search conflict events, newest first, " +
		"with the filters of sitrep's API (all optional, combined with AND). Returns the total that match and one page of events " +
		"without their claims and denials (get_event has them)."}, t.searchEvents)
	sdk.AddTool(s, &sdk.Tool{Name: "get_event", Annotations: read, Description: "One event with everything coded: place, actors, " +
		"fatalities and their range, every claim (kind, count, who said it, outlet, the quoted sentence), denials, articles."}, t.getEvent)
	sdk.AddTool(s, &sdk.Tool{Name: "explain_event", Annotations: read, Description: "Why an event looks as it does, as " +
		"`sitrep explain` prints it: each report merged into it with the evidence that merged it, every claim and denial with its quote; " +
		"with other_id, why the two events are separate (every pair of their reports scored)."}, t.explainEvent)
	sdk.AddTool(s, &sdk.Tool{Name: "get_article", Annotations: read, Description: "One stored article: outlet, title, dates, " +
		fmt.Sprintf("its clean text (at most %d KiB; text_bytes is the full length) and the events coded from it.", MaxArticleText>>10)}, t.getArticle)
	sdk.AddTool(s, &sdk.Tool{Name: "list_sources", Annotations: read, Description: "The feeds and pages `sitrep watch` polls: " +
		"name, URL, interval, last poll, last new item, last error."}, t.listSources)
	if t.cfg.Pipeline != nil {
		sdk.AddTool(s, &sdk.Tool{Name: "ingest_article", Annotations: &sdk.ToolAnnotations{DestructiveHint: new(false), OpenWorldHint: new(true)},
			Description: "Add an article, given as text or as an http(s) URL to fetch: it is cleaned, its events are extracted " +
				"and merged with those already stored. Returns the article's ID and its events. The same text twice is one article."}, t.ingestArticle)
	}
}

// SearchInput is search_events' arguments. Their JSON names are the API's
// query parameters: search turns them into a query for
// filter.Events, which checks them as it checks /api/events.
type SearchInput struct {
	From          string `json:"from,omitempty" jsonschema:"first event date, YYYY-MM-DD or RFC 3339"`
	To            string `json:"to,omitempty" jsonschema:"last event date, YYYY-MM-DD (inclusive)"`
	Country       string `json:"country,omitempty" jsonschema:"country name or ISO code"`
	Admin1        string `json:"admin1,omitempty" jsonschema:"first-level division (province, region)"`
	EventType     string `json:"event_type,omitempty" jsonschema:"ACLED event type, e.g. Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments"`
	SubEventType  string `json:"sub_event_type,omitempty" jsonschema:"ACLED sub-event type, e.g. Armed clash, Air/drone strike, Attack, Abduction/forced disappearance, Peaceful protest"`
	Actor         string `json:"actor,omitempty" jsonschema:"part of an actor's name"`
	MinFatalities int    `json:"min_fatalities,omitempty" jsonschema:"only events with at least this many fatalities"`
	BBox          string `json:"bbox,omitempty" jsonschema:"minLon,minLat,maxLon,maxLat"`
	Q             string `json:"q,omitempty" jsonschema:"words that must all appear in the notes or the quoted sentences"`
	Outlet        string `json:"outlet,omitempty" jsonschema:"part of the name of an outlet that reported the event"`
	Language      string `json:"language,omitempty" jsonschema:"only events reported in this language: ISO 639-1 code (en, ru, fa)"`
	Contested     string `json:"contested,omitempty" jsonschema:"true (contested in some way), false, or one of toll, responsibility, denied"`
	NoBackground  bool   `json:"no_background,omitempty" jsonschema:"leave out events told as history (a war decades ago)"`
	Limit         int    `json:"limit,omitempty" jsonschema:"events to return (default 20, at most 100)"`
	Offset        int    `json:"offset,omitempty" jsonschema:"events to skip, for the next page"`
}

// query is in as the API's query parameters; zero values are left out,
// as an absent parameter.
func (in SearchInput) query() (url.Values, error) {
	b, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	v := url.Values{}
	for k, x := range m {
		switch x := x.(type) {
		case string:
			v.Set(k, x)
		case float64:
			v.Set(k, strconv.FormatFloat(x, 'f', -1, 64))
		case bool:
			v.Set(k, strconv.FormatBool(x))
		}
	}
	return v, nil
}

// SearchResult is search_events' answer.
type SearchResult struct {
	Total  int           `json:"total" jsonschema:"events that match, over all pages"`
	Limit  int           `json:"limit"`
	Offset int           `json:"offset"`
	Events []event.Event `json:"events" jsonschema:"events without claims and denials"`
}

func (t *tools) searchEvents(ctx context.Context, _ *sdk.CallToolRequest, in SearchInput) (*sdk.CallToolResult, *SearchResult, error) {
	q, err := in.query()
	if err != nil {
		return nil, nil, err
	}
	f, err := filter.Events(q)
	if err != nil {
		return nil, nil, err
	}
	if f.Limit == 0 {
		f.Limit = DefaultLimit
	}
	f.Limit = min(f.Limit, MaxLimit)
	ctx, cancel := context.WithTimeout(ctx, api.QueryTimeout)
	defer cancel()
	total, err := t.cfg.Store.CountEvents(ctx, f)
	if err != nil {
		return nil, nil, t.storeError(err, "search")
	}
	res := &SearchResult{Total: total, Limit: f.Limit, Offset: f.Offset, Events: []event.Event{}}
	if f.Offset >= total {
		return nil, res, nil
	}
	evs, err := t.cfg.Store.ListEvents(ctx, f)
	if err != nil {
		return nil, nil, t.storeError(err, "search")
	}
	for i := range evs {
		res.Events = append(res.Events, brief(evs[i]))
	}
	return nil, res, nil
}

// brief is an event as search_events lists it: without its claims and
// denials (their quotes are most of an event's size) nor fusion's working
// words.
func brief(e event.Event) event.Event {
	e.Claims, e.Denials, e.Keywords, e.Gist = nil, nil, nil, nil
	return e
}

// IDInput is the argument of the tools that read one thing.
type IDInput struct {
	ID string `json:"id" jsonschema:"the ID, or a unique prefix of it"`
}

func (t *tools) getEvent(ctx context.Context, _ *sdk.CallToolRequest, in IDInput) (*sdk.CallToolResult, *event.Event, error) {
	ctx, cancel := context.WithTimeout(ctx, api.QueryTimeout)
	defer cancel()
	e, err := t.cfg.Store.GetEvent(ctx, strings.TrimSpace(in.ID))
	if err != nil {
		return nil, nil, t.storeError(err, "event "+in.ID)
	}
	return nil, e, nil
}

// ExplainInput names the event to explain, and optionally another: then
// the text says why the two are separate events.
type ExplainInput struct {
	ID      string `json:"id" jsonschema:"the ID, or a unique prefix of it"`
	OtherID string `json:"other_id,omitempty" jsonschema:"a second event's ID: explain why the two are separate events"`
}

func (t *tools) explainEvent(ctx context.Context, _ *sdk.CallToolRequest, in ExplainInput) (*sdk.CallToolResult, any, error) {
	ctx, cancel := context.WithTimeout(ctx, api.QueryTimeout)
	defer cancel()
	var b strings.Builder
	id, other := strings.TrimSpace(in.ID), strings.TrimSpace(in.OtherID)
	if other != "" {
		if err := explain.WritePair(ctx, t.cfg.Store, id, other, &b); err != nil {
			return nil, nil, t.storeError(err, "event "+id+" or "+other)
		}
	} else if err := explain.Write(ctx, t.cfg.Store, id, &b); err != nil {
		return nil, nil, t.storeError(err, "event "+in.ID)
	}
	return &sdk.CallToolResult{Content: []sdk.Content{&sdk.TextContent{Text: b.String()}}}, nil, nil
}

func (t *tools) getArticle(ctx context.Context, _ *sdk.CallToolRequest, in IDInput) (*sdk.CallToolResult, *api.Article, error) {
	ctx, cancel := context.WithTimeout(ctx, api.QueryTimeout)
	defer cancel()
	a, err := api.LoadArticle(ctx, t.cfg.Store, strings.TrimSpace(in.ID))
	if err != nil {
		return nil, nil, t.storeError(err, "article "+in.ID)
	}
	a.Text = cutUTF8(a.Text, MaxArticleText)
	return nil, a, nil
}

// cutUTF8 is s cut to at most n bytes, at a character boundary.
func cutUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// SourceList is list_sources' answer.
type SourceList struct {
	Sources []watch.SourceInfo `json:"sources"`
}

func (t *tools) listSources(ctx context.Context, _ *sdk.CallToolRequest, _ struct{}) (*sdk.CallToolResult, *SourceList, error) {
	ctx, cancel := context.WithTimeout(ctx, api.QueryTimeout)
	defer cancel()
	list, err := t.cfg.Store.ListSources(ctx)
	if err != nil {
		return nil, nil, t.storeError(err, "sources")
	}
	out := &SourceList{Sources: []watch.SourceInfo{}}
	for i := range list {
		out.Sources = append(out.Sources, watch.Info(&list[i]))
	}
	return nil, out, nil
}

// IngestInput is ingest_article's arguments: api.PostArticle's fields,
// described for the assistant (a conversion keeps the two in step).
type IngestInput struct {
	Text      string `json:"text,omitempty" jsonschema:"the article's text (give text or url, not both)"`
	Format    string `json:"format,omitempty" jsonschema:"text (default) or html"`
	Title     string `json:"title,omitempty" jsonschema:"the article's title"`
	Published string `json:"published,omitempty" jsonschema:"publication date, YYYY-MM-DD or RFC 3339"`
	Source    string `json:"source,omitempty" jsonschema:"the outlet that published it"`
	URL       string `json:"url,omitempty" jsonschema:"an http(s) URL to fetch instead of text (a feed URL ingests its items)"`
}

// ingestArticle answers api.PostResult, with no output schema: the SDK
// cannot describe its More field, a list of its own type.
func (t *tools) ingestArticle(ctx context.Context, req *sdk.CallToolRequest, in IngestInput) (*sdk.CallToolResult, any, error) {
	if t.cfg.MayWrite != nil {
		if err := t.cfg.MayWrite(req); err != nil {
			return nil, nil, err
		}
	}
	res, err := api.Ingest(ctx, t.cfg.Store, t.cfg.Pipeline, api.PostArticle(in))
	if err != nil {
		if api.Refused(err) {
			return nil, nil, err
		}
		return nil, nil, t.storeError(err, "ingest")
	}
	return nil, res, nil
}

// storeError is the tool error for a failed read or write of what: the
// store's own wording for what the caller can fix (an unknown or
// ambiguous ID, a refused q, a slow query), "internal error" (logged)
// otherwise, as the API answers.
func (t *tools) storeError(err error, what string) error {
	var qe *store.QueryError
	switch {
	case errors.Is(err, store.ErrNotFound):
		return fmt.Errorf("%s: not found", what)
	case errors.Is(err, store.ErrAmbiguous):
		return fmt.Errorf("%s: ambiguous ID prefix: give more characters", what)
	case errors.As(err, &qe):
		return qe
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("the query took over %s: narrow it (dates, country) or try again later", api.QueryTimeout)
	}
	t.cfg.Log.Error("mcp tool failed", "what", what, "err", err)
	return fmt.Errorf("%s: internal error", what)
}

func bearerOK(h http.Header, token string) bool {
	return api.BearerOK(h.Get("Authorization"), token)
}

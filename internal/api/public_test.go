package api

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// TestEventsHideLocalPaths: an event's article list names a local file by
// its name only, in lists, single events and exports; URLs stay.
func TestEventsHideLocalPaths(t *testing.T) {
	s, st := fixture(t, "")
	e := event.Event{ID: "ML1", EventDate: "2021-06-25", TimePrecision: 1, EventType: "Battles", Country: "Mali", ISO: "ML",
		Latitude: 14.5, Longitude: -4.2,
		Articles: []event.ArticleRef{{ID: "a000000000000001", Origin: "/srv/desk/private/mopti.txt", Outlet: "Desk", Published: "2021-06-26"},
			{ID: "b000000000000002", Origin: "https://news.example.org/mopti", Outlet: "Wire", Published: "2021-06-26"}}}
	if err := st.ReplaceArticleEvents(context.Background(), "a000000000000001", []event.Event{e}, nil); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/events?country=ML", "/api/events/ML1", "/api/export.jsonl?country=ML", "/api/export.geojson?country=ML"} {
		body := do(t, s, "GET", path, nil).Body.String()
		if strings.Contains(body, "/srv/desk") {
			t.Errorf("%s shows a local path: %.300s", path, body)
		}
		if !strings.Contains(body, "mopti.txt") {
			t.Errorf("%s lost the file name: %.300s", path, body)
		}
	}
}

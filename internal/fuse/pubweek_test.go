package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// A headline flash that names no day is dated to its publication day at
// week precision: it reports an incident of the days before, so it meets
// the full report of an incident three days earlier, and an event made of
// it alone keeps the flash's own date.
func TestFlashDatedByPublication(t *testing.T) {
	full := event.Event{
		ID: "m-full", EventDate: "2026-07-05", TimePrecision: 1,
		EventType: "Explosions/Remote violence", SubEventType: "Remote explosive/landmine/IED",
		Actor1: "Unidentified Armed Group (Colombia)", Actor2: "Military Forces of Colombia (2022-)",
		ISO: "CO", Country: "Colombia", Admin1: "Cauca", Admin2: "Argelia", Location: "El Plateado", GeoPrecision: 1,
		Latitude: 2.27, Longitude: -77.08,
		Keywords: []string{"plateado"},
		Claims:   []event.Claim{{Kind: event.Killed, Count: 4, Quote: "Four soldiers died when an explosive device hit their truck near El Plateado."}},
		Articles: []event.ArticleRef{{ID: "a-full", Outlet: "Radio Sur", Published: "2026-07-06"}},
	}
	flash := event.Event{
		ID: "m-flash", EventDate: "2026-07-08", TimePrecision: 2,
		EventType: "Explosions/Remote violence", SubEventType: "Remote explosive/landmine/IED",
		Actor1: "Unidentified Armed Group (Colombia)", Actor2: "Military Forces of Colombia (2022-)",
		ISO: "CO", Country: "Colombia", Admin1: "Cauca", Admin2: "Argelia", Location: "El Plateado", GeoPrecision: 1,
		Latitude: 2.27, Longitude: -77.08,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 4, Headline: true, Quote: "Four soldiers killed by bomb in El Plateado"}},
		Articles: []event.ArticleRef{{ID: "a-flash", Outlet: "Andes Flash", Published: "2026-07-08"}},
	}
	if s, why, ok := Match(&full, &flash); !ok || s < Threshold {
		t.Errorf("the flash and the full report stay apart: %s", why)
	}
	later := flash
	later.EventDate, later.Articles = "2026-07-20", []event.ArticleRef{{ID: "a-late", Outlet: "Andes Flash", Published: "2026-07-20"}}
	if _, why, ok := Match(&full, &later); ok {
		t.Errorf("a flash two weeks later meets the report: %s", why)
	}
	got := Fuse([]event.Event{flash}, nil)
	if got.EventDate != "2026-07-08" || got.TimePrecision != 2 {
		t.Errorf("the flash alone is dated %s (precision %d), want 2026-07-08 (2)", got.EventDate, got.TimePrecision)
	}
}

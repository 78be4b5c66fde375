package api

import (
	"context"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// PublicStore is st as the network sees it: events name their articles'
// local files by file name only (publicOrigin), never by the server's
// paths. Everything else passes through.
func PublicStore(st store.Store) store.Store {
	if _, ok := st.(publicStore); ok || st == nil {
		return st
	}
	return publicStore{st}
}

type publicStore struct{ store.Store }

func (p publicStore) ListEvents(ctx context.Context, f store.EventFilter) ([]event.Event, error) {
	evs, err := p.Store.ListEvents(ctx, f)
	for i := range evs {
		publicArticles(&evs[i])
	}
	return evs, err
}

func (p publicStore) GetEvent(ctx context.Context, id string) (*event.Event, error) {
	e, err := p.Store.GetEvent(ctx, id)
	if e != nil {
		publicArticles(e)
	}
	return e, err
}

// PublicEvent makes e as the network sees it (see PublicStore), for
// events sent out by other ways than the store (webhooks).
func PublicEvent(e *event.Event) { publicArticles(e) }

func publicArticles(e *event.Event) {
	for i := range e.Articles {
		e.Articles[i].Origin = publicOrigin(e.Articles[i].Origin)
	}
}

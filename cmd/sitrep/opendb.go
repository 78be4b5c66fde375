package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/sitrep/sitrep/internal/store"
)

// demoDB is the database `make demo` writes (DEMO_DB in the Makefile).
const demoDB = "demo.db"

// openStored opens the database for a command that only reads what is
// stored (events, articles, show, explain, export, extract's re-coding,
// the listings of jobs, sources and alerts, and changes to them).
// A SQLite file that does not exist yet is not created: an empty file
// would only hide that --db named the wrong place. The error says where
// the data probably is.
func openStored(ctx context.Context, g *globals) (store.Store, error) {
	if !strings.HasPrefix(g.DB, "postgres://") && !strings.HasPrefix(g.DB, "postgresql://") {
		if _, err := os.Stat(g.DB); errors.Is(err, fs.ErrNotExist) {
			msg := fmt.Sprintf("no database %s yet: store articles in it with 'sitrep ingest PATH'", g.DB)
			if _, err := os.Stat(demoDB); err == nil && g.DB != demoDB {
				msg += ", or read the one make demo wrote with --db " + demoDB
			}
			return nil, errors.New(msg)
		}
	}
	return store.Open(ctx, g.DB)
}

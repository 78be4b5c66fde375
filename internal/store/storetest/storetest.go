// Package storetest gives tests of any package a database of their own on
// the PostgreSQL server named by SITREP_TEST_POSTGRES (tools/pg.sh starts
// a throw-away one).
package storetest

import (
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// EnvDSN names the variable that holds the test server's DSN.
const EnvDSN = "SITREP_TEST_POSTGRES"

var seq atomic.Int64

// PostgresDSN creates a new empty schema on the test server, drops it when
// the test ends, and returns a DSN whose search_path is that schema. It
// skips the test when no server is configured.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvDSN)
	if base == "" {
		t.Skip(EnvDSN + " is not set (tools/pg.sh run … sets it)")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	schema := fmt.Sprintf("t_%d_%d", os.Getpid(), seq.Add(1))
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("create a test schema on the server in %s: %v", EnvDSN, err)
	}
	t.Cleanup(func() { admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`) })
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}

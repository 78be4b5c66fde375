package store

import (
	"context"
	"database/sql"
	"testing"
	"time"
)

// TestReadsPassAWriter: while a transaction holds SQLite's one writer
// connection, lists, counts and Ping still answer (they once waited for
// it: one connection served everything).
func TestReadsPassAWriter(t *testing.T) {
	ctx := context.Background()
	s := filterFixture(t).(*DB)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	// Generous: the reads take milliseconds; before the fix they waited
	// for the transaction, that is until this deadline.
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if evs, err := s.ListEvents(rctx, EventFilter{Query: "soldiers"}); err != nil || len(evs) != 2 {
		t.Errorf("list beside a writer: %d events, err %v", len(evs), err)
	}
	if _, err := s.CountArticles(rctx); err != nil {
		t.Errorf("count beside a writer: %v", err)
	}
	if err := s.Ping(rctx); err != nil {
		t.Errorf("ping beside a writer: %v", err)
	}
}

// TestPingPassesBusyReaders: with every reader taken (slow searches),
// Ping still answers on its own connection.
func TestPingPassesBusyReaders(t *testing.T) {
	ctx := context.Background()
	s := filterFixture(t).(*DB)
	var held []*sql.Conn
	for range sqliteReaders {
		c, err := s.rdb.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
	}
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := s.Ping(rctx); err != nil {
		t.Errorf("ping with every reader busy: %v", err)
	}
	// The readers really are all taken: a list waits for one.
	lctx, cancel2 := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel2()
	if _, err := s.ListEvents(lctx, EventFilter{}); err == nil {
		t.Errorf("list ran with every reader held")
	}
}

// TestReadersCannotWrite: the readers' pool refuses writes, so nothing
// bypasses the single writer.
func TestReadersCannotWrite(t *testing.T) {
	s := openTest(t).(*DB)
	if _, err := s.rdb.Exec(`DELETE FROM articles`); err == nil {
		t.Error("a reader wrote")
	}
}

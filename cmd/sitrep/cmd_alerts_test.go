package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/alerts"
)

func TestAlertsAddListRm(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	code, out, errs := sitrep(t, db, "alerts", "add", "tj-deaths", "--country", "TJ", "--min-fatalities", "1")
	if code != 0 || !strings.Contains(out, "added alert tj-deaths (country=TJ&min_fatalities=1): feed /feeds/tj-deaths.atom") {
		t.Fatalf("add: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = sitrep(t, db, "alerts", "add", "sahel", "--country", "Mali", "--webhook", "https://hooks.example/in")
	if code != 0 || !strings.Contains(out, "webhook secret (shown once") {
		t.Fatalf("add with webhook and no secret: exit %d %s", code, out)
	}
	for _, bad := range []struct {
		args []string
		msg  string
	}{
		{[]string{"alerts", "add", "Bad Name"}, "alert name"},
		{[]string{"alerts", "add", "events"}, "taken"},
		{[]string{"alerts", "add", "x", "--min-fatalities", "some"}, "min_fatalities must be"},
		{[]string{"alerts", "add", "x", "--webhook", "ftp://hooks.example/"}, "http(s) URL"},
		{[]string{"alerts", "add", "x", "--secret", "s"}, "--secret goes with --webhook"},
		{[]string{"alerts", "frob"}, "unknown alerts command"},
	} {
		if code, _, errs := sitrep(t, db, bad.args...); code != 2 || !strings.Contains(errs, bad.msg) {
			t.Errorf("%v: exit %d, want 2 and %q: %s", bad.args, code, bad.msg, errs)
		}
	}
	if code, _, errs := sitrep(t, db, "alerts", "add", "sahel"); code != 1 || !strings.Contains(errs, "exists already") {
		t.Errorf("same name again: exit %d %s", code, errs)
	}
	code, out, _ = sitrep(t, db, "alerts", "list", "--format", "json")
	var list []alertJSON
	if err := json.Unmarshal([]byte(out), &list); err != nil || code != 0 {
		t.Fatalf("list: %v\n%s", err, out)
	}
	if len(list) != 2 || list[0].Name != "sahel" || list[0].Webhook == "" || list[1].Feed != "/feeds/tj-deaths.atom" || strings.Contains(out, "secret") {
		t.Errorf("list (never the secret): %s", out)
	}
	if code, out, _ = sitrep(t, db, "alerts", "rm", "sahel"); code != 0 || !strings.Contains(out, "removed alert sahel") {
		t.Errorf("rm: exit %d %s", code, out)
	}
	if code, _, errs = sitrep(t, db, "alerts", "rm", "sahel"); code != 1 || !strings.Contains(errs, "no alert named") {
		t.Errorf("rm again: exit %d %s", code, errs)
	}
}

// watch --once sends the new events of an alert's filter to its webhook,
// signed.
func TestWatchOnceSendsAlerts(t *testing.T) {
	feed, _ := watchFeedServer(t)
	var mu sync.Mutex
	var got []alerts.Payload
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Header.Get(alerts.SignatureHeader) != alerts.Sign("pamir-key", body) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		var p alerts.Payload
		json.Unmarshal(body, &p)
		mu.Lock()
		got = append(got, p)
		mu.Unlock()
	}))
	defer hook.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, errs := sitrep(t, db, "sources", "add", feed.URL+"/feed.xml"); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := sitrep(t, db, "alerts", "add", "tj", "--country", "Tajikistan", "--webhook", hook.URL, "--secret", "pamir-key"); code != 0 {
		t.Fatal(errs)
	}
	code, _, errs := sitrep(t, db, "watch", "--once", "--allow-private", "--gap", "0")
	if code != 0 || !strings.Contains(errs, "alerts:") {
		t.Fatalf("watch: exit %d\n%s", code, errs)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) == 0 {
		t.Fatalf("no signed delivery reached the webhook:\n%s", errs)
	}
	for _, p := range got {
		if p.Alert != "tj" || p.Event.Country != "Tajikistan" || p.Change != alerts.ChangeNew {
			t.Errorf("payload: %+v", p)
		}
	}
	code, out, _ := sitrep(t, db, "alerts", "list")
	if code != 0 || !strings.Contains(out, "PENDING") {
		t.Errorf("list: %s", out)
	}
}

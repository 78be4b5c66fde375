package main

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/store"
)

func TestArticlesFilters(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []store.Article{
		{ID: "ab00000000000001", Origin: "a.txt", Outlet: "Sahel Wire", Language: "fr", Title: "Attaque près de Ménaka", Text: "x", Published: time.Date(2026, 4, 2, 9, 0, 0, 0, time.UTC)},
		{ID: "ab00000000000002", Origin: "b.txt", Outlet: "Fergana Daily", Language: "ru", Title: "Перестрелка на границе", Text: "y", Published: time.Date(2026, 4, 3, 23, 0, 0, 0, time.UTC)},
		{ID: "ab00000000000003", Origin: "c.txt", Outlet: "Andes Agency", Language: "es", Title: "Enfrentamiento en el Cauca", Text: "z", Published: time.Date(2026, 4, 5, 6, 0, 0, 0, time.UTC)},
	} {
		if _, err := st.PutArticle(ctx, &a); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	for _, tc := range []struct {
		args []string
		code int
		want []string // IDs listed, in order
		errs string   // in stderr
	}{
		{nil, 0, []string{"ab00000000000003", "ab00000000000002", "ab00000000000001"}, ""},
		{[]string{"--language", "RU"}, 0, []string{"ab00000000000002"}, ""},
		{[]string{"--from", "2026-04-03", "--to", "2026-04-03"}, 0, []string{"ab00000000000002"}, ""},
		{[]string{"--to", "2026-04-02T12:00:00Z"}, 0, []string{"ab00000000000001"}, ""},
		{[]string{"--outlet", "wire"}, 0, []string{"ab00000000000001"}, ""},
		{[]string{"--limit", "1", "--offset", "1"}, 0, []string{"ab00000000000002"}, ""},
		{[]string{"--language", "ps"}, 0, nil, "no articles match these filters; the database holds 3"},
		{[]string{"--offset", "9"}, 0, nil, "no articles past offset 9; the database holds 3"},
		{[]string{"--from", "April"}, 2, nil, `from must be a date YYYY-MM-DD (or RFC 3339), not "April"`},
		{[]string{"--country", "Mali"}, 2, nil, "flag provided but not defined: -country"},
	} {
		code, out, errs := sitrep(t, db, append([]string{"articles"}, tc.args...)...)
		var got []string
		for _, line := range strings.Split(out, "\n")[1:] {
			if f := strings.Fields(line); len(f) > 0 {
				got = append(got, f[0])
			}
		}
		if code != tc.code || strings.Join(got, " ") != strings.Join(tc.want, " ") || !strings.Contains(errs, tc.errs) {
			t.Errorf("articles %v: exit %d, listed %v, stderr %q; want exit %d, %v, %q", tc.args, code, got, errs, tc.code, tc.want, tc.errs)
		}
	}
}

// TestFiltersRefusedAlike: a bad filter gets the same words from the
// command line as from the API.
func TestFiltersRefusedAlike(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e.db")
	seedEvents(t, db)
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := api.New(api.Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ flag, param, value string }{
		{"--from", "from", "03/09/2026"},
		{"--event-type", "event_type", "Shootout"},
		{"--sub-event-type", "sub_event_type", "Ambush"},
		{"--min-fatalities", "min_fatalities", "many"},
		{"--limit", "limit", "-1"},
		{"--bbox", "bbox", "70,40,60,30"},
		{"--contested", "contested", "perhaps"},
		{"--language", "language", "Dari"},
		{"--q", "q", "!!!"},
	} {
		code, _, errs := sitrep(t, db, "events", tc.flag, tc.value)
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/events?"+url.Values{tc.param: {tc.value}}.Encode(), nil))
		var body struct{ Error string }
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 400 || body.Error == "" {
			t.Errorf("%s=%s: API answered %d %s", tc.param, tc.value, rec.Code, rec.Body)
			continue
		}
		if code != 2 || !strings.Contains(errs, body.Error) {
			t.Errorf("%s %s: exit %d, %q; the API says %q", tc.flag, tc.value, code, errs, body.Error)
		}
	}
}

package explain

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// fakeStore holds one event and its mentions.
type fakeStore struct {
	e  event.Event
	ms []event.Event
}

func (f *fakeStore) GetEvent(_ context.Context, id string) (*event.Event, error) {
	if id == "" || !strings.HasPrefix(f.e.ID, id) {
		return nil, store.ErrNotFound
	}
	e := f.e
	return &e, nil
}

func (f *fakeStore) EventMentions(context.Context, string) ([]event.Event, error) { return f.ms, nil }

func TestWrite(t *testing.T) {
	first := event.Event{ID: "m1", EventDate: "2024-03-02", EventType: "Battles", Country: "Colombia", Admin1: "Cauca",
		Location: "Suárez", Articles: []event.ArticleRef{{ID: "a1", Outlet: "Andes Wire", Published: "2024-03-03"}}}
	second := first
	second.ID, second.Articles = "m2", []event.ArticleRef{{ID: "a2", Outlet: "Pacific Desk", Published: "2024-03-04"}}
	st := &fakeStore{
		e: event.Event{ID: "CO1234abcd-1", EventDate: "2024-03-02", TimePrecision: 1, EventType: "Battles", SubEventType: "Armed clash",
			Country: "Colombia", Admin1: "Cauca", Location: "Suárez", GeoPrecision: 1, Actor1: "Military Forces of Colombia",
			Actor2: "FARC dissidents", Fatalities: 4, FatalitiesLow: 4, FatalitiesHigh: 6, SourcesCount: 2,
			Outlets: []string{"Andes Wire", "Pacific Desk"}, Contested: []string{"toll"}, Notes: "Troops fought a dissident column.",
			Claims: []event.Claim{
				{Kind: event.Killed, Count: 4, Qualifier: "at least", Who: "fighters", AttributedTo: "the army", Outlet: "Andes Wire", Quote: "At least four fighters died, the army said."},
				{Kind: event.Killed, Count: 6, Outlet: "Pacific Desk", Quote: "Six people were killed."},
			},
			Denials: []event.Denial{{By: "the column's commanders", Outlet: "Pacific Desk", Quote: "The commanders denied any losses."}},
		},
		ms: []event.Event{first, second},
	}
	var b bytes.Buffer
	if err := Write(context.Background(), st, "CO12", &b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"CO1234abcd-1  2024-03-02 (precision 1)  Battles / Armed clash\n",
		"  where:  Suárez, Cauca, Colombia (geo_precision 1)\n",
		"sources: 2 independent sources of 2 outlets; contested: toll\n",
		"Reports (2):\n  1. m1  a1 (Andes Wire, 2024-03-03)",
		"     first report: the event is named after it\n",
		"  2. m2  a2 (Pacific Desk, 2024-03-04)",
		"     vs report 1: ",
		"  - killed at least 4 fighters  said by the army  in Andes Wire\n",
		"  - killed 6  said by (not said)  in Pacific Desk\n      \"Six people were killed.\"\n",
		"Denials (1):\n  - the column's commanders  in Pacific Desk\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	b.Reset()
	if err := Write(context.Background(), st, "PE9", &b); !errors.Is(err, store.ErrNotFound) || b.Len() > 0 {
		t.Errorf("unknown ID: err %v, wrote %q", err, b.String())
	}
}

// TestWriteText: counts agree with their nouns, and quotes print as
// written, never as Go escapes.
func TestWriteText(t *testing.T) {
	for _, tc := range []struct {
		name     string
		sources  int
		outlets  []string
		quote    string
		want     []string
		unwanted []string
	}{
		{"one of one", 1, []string{"Sahel Bulletin"}, "Five\u00a0soldiers were killed near\u00a0Ménaka.",
			[]string{"sources: 1 independent source of 1 outlet\n", `"Five soldiers were killed near Ménaka."`}, []string{`\u00a0`, "\u00a0", "outlets"}},
		{"one of two", 1, []string{"Sahel Bulletin", "Gao Radio"}, "Two\nlines,\ttabbed\x1b[31m and a\u200b mark.",
			[]string{"sources: 1 independent source of 2 outlets\n", `"Two lines, tabbed[31m and a mark."`}, []string{"\x1b", `\x1b`, `\n`}},
		{"none", 0, nil, "",
			[]string{"sources: 0 independent sources of 0 outlets\n", "      \"\"\n"}, nil},
	} {
		st := &fakeStore{e: event.Event{ID: "ML77-1", EventDate: "2025-11-02", Country: "Mali", SourcesCount: tc.sources, Outlets: tc.outlets,
			Claims:  []event.Claim{{Kind: event.Killed, Count: 5, Quote: tc.quote}},
			Denials: []event.Denial{{By: "the group", Quote: tc.quote}}}}
		var b bytes.Buffer
		if err := Write(context.Background(), st, "ML77", &b); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: output lacks %q:\n%s", tc.name, w, out)
			}
		}
		for _, w := range tc.unwanted {
			if strings.Contains(out, w) {
				t.Errorf("%s: output has %q:\n%s", tc.name, w, out)
			}
		}
	}
}

func TestNonEmpty(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{[]string{"Quetta", "", "Balochistan", "Pakistan"}, []string{"Quetta", "Balochistan", "Pakistan"}},
		{[]string{"Bamako", "Bamako", "Mali"}, []string{"Bamako", "Mali"}},
		{[]string{"", ""}, nil},
	} {
		if got := NonEmpty(tc.in...); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("NonEmpty(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// pairStore holds two events and their mentions.
type pairStore map[string][]event.Event

func (p pairStore) GetEvent(_ context.Context, id string) (*event.Event, error) {
	for k := range p {
		if id != "" && strings.HasPrefix(k, id) {
			return &event.Event{ID: k}, nil
		}
	}
	return nil, store.ErrNotFound
}

func (p pairStore) EventMentions(_ context.Context, id string) ([]event.Event, error) {
	return p[id], nil
}

// TestWritePair: two events are explained by every pair of their reports,
// the mean that clustering compares with the threshold, and any pair
// that may never merge.
func TestWritePair(t *testing.T) {
	ref := func(id, outlet string) []event.ArticleRef {
		return []event.ArticleRef{{ID: id, Outlet: outlet, Published: "2025-06-11"}}
	}
	a1 := event.Event{ID: "m1", EventDate: "2025-06-10", TimePrecision: 1, EventType: "Battles", Country: "Niger", Admin1: "Tillaberi",
		Location: "Ayorou", GeoPrecision: 1, Actor1: "Military Forces of Niger", Actor2: "Islamic State Sahel Province", Articles: ref("a1", "Niamey Daily")}
	a2 := a1
	a2.ID, a2.Articles = "m2", ref("a2", "Sahel Wire")
	far := a1
	far.ID, far.Admin1, far.Location, far.Articles = "m3", "Diffa", "Bosso", ref("a3", "Lake Chad Radio")
	for _, tc := range []struct {
		name string
		st   pairStore
		want []string
	}{
		{"one incident told twice", pairStore{"NE1-1": {a1}, "NE2-1": {a2}},
			[]string{"NE1-1 (1 reports) vs NE2-1 (1 reports)\n", "  m1  a1 (Niamey Daily, 2025-06-11)\n  m2  a2 (Sahel Wire, 2025-06-11)\n", "mean of 1 pairs", "at or above the merge threshold 0.60\n"}},
		{"two provinces", pairStore{"NE1-1": {a1, a2}, "NE3-1": {far}},
			[]string{"mean of 2 pairs 0.00, below the merge threshold 0.60; a pair may never merge\n", "no match: different admin1"}},
	} {
		var b bytes.Buffer
		if err := WritePair(context.Background(), tc.st, "NE1", keyOther(tc.st), &b); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", tc.name, w, b.String())
			}
		}
	}
	var b bytes.Buffer
	if err := WritePair(context.Background(), pairStore{"NE1-1": {a1}}, "NE1", "XX9", &b); !errors.Is(err, store.ErrNotFound) || b.Len() > 0 {
		t.Errorf("unknown second ID: err %v, wrote %q", err, b.String())
	}
}

// keyOther is the ID of the event that is not NE1-1.
func keyOther(st pairStore) string {
	for k := range st {
		if k != "NE1-1" {
			return k
		}
	}
	return ""
}

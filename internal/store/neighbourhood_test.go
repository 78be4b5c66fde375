package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

// A Sahel week: two reports already stored (each its own event), then a
// second article with two more.
var (
	sahelStored = []event.Event{
		ev("ML-p1-1", "2026-02-03", "Mali", "Battles", "JNIM", 6),
		ev("BF-p1-2", "2026-02-04", "Burkina Faso", "Violence against civilians", "Unidentified Armed Group", 11),
	}
	sahelNew = []event.Event{
		ev("ML-p2-1", "2026-02-03", "Mali", "Battles", "Military Forces of Mali", 4),
		ev("NE-p2-2", "2026-02-05", "Niger", "Explosions/Remote violence", "Islamic State Sahel", 2),
	}
)

// sahelWeek is the week every fake plan here reads: it holds all four.
var sahelWeek = DateRange{From: "2026-02-01", To: "2026-02-07"}

// allInOne is a fake plan that groups everything it can see into one
// event named "ALL", filing each new mention under "north".
func allInOne(ctx context.Context, nb Neighbourhood) (Plan, error) {
	events := slices.Clone(nb.Previous())
	err := nb.Candidates(ctx, Query{Window: sahelWeek}, func(c Candidate) {
		if !slices.Contains(events, c.EventID) {
			events = append(events, c.EventID)
		}
	})
	if err != nil {
		return Plan{}, err
	}
	g := Group{Event: ev("ALL", "2026-02-03", "Mali", "Battles", "JNIM", 0)}
	var p Plan
	for _, id := range events {
		members, err := nb.Members(ctx, id)
		if err != nil {
			return Plan{}, err
		}
		for _, m := range members {
			g.Members = append(g.Members, m.Mention.ID)
		}
	}
	for _, m := range nb.Mentions() {
		g.Members = append(g.Members, m.ID)
		p.Buckets = append(p.Buckets, "north")
	}
	p.Groups = []Group{g}
	return p, nil
}

// eachAlone is a fake plan that groups nothing and reads nothing: each new
// mention is its own event, renamed so that the store is seen to keep the
// plan's event and not the mention.
func eachAlone(ctx context.Context, nb Neighbourhood) (Plan, error) {
	var p Plan
	for _, m := range nb.Mentions() {
		e := m
		e.ID = "alone-" + m.ID
		p.Groups = append(p.Groups, Group{Event: e, Members: []string{m.ID}})
	}
	return p, nil
}

// The store writes what the plan says, and nothing of its own: the same
// stored reports and new article give one event or four.
func TestStoreWritesThePlan(t *testing.T) {
	tests := []struct {
		name    string
		plan    Planner
		events  map[string][]string // event -> its mention IDs
		buckets string              // the new mentions' buckets
	}{
		{"groups everything", allInOne,
			map[string][]string{"ALL": {"BF-p1-2", "ML-p1-1", "ML-p2-1", "NE-p2-2"}}, "north,north"},
		{"groups nothing", eachAlone,
			map[string][]string{"ML-p1-1": {"ML-p1-1"}, "BF-p1-2": {"BF-p1-2"},
				"alone-ML-p2-1": {"ML-p2-1"}, "alone-NE-p2-2": {"NE-p2-2"}}, ","},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eachBackend(t, func(t *testing.T) {
				ctx := context.Background()
				s := openTest(t)
				sahelArticles(t, s)
				if err := s.ReplaceArticleEvents(ctx, "e100000000000002", sahelNew, tt.plan); err != nil {
					t.Fatal(err)
				}
				if got := eventMembers(t, s); !equalMembers(got, tt.events) {
					t.Errorf("events = %v, want %v", got, tt.events)
				}
				var buckets []string
				rows, err := s.(*DB).r().query(ctx, `SELECT bucket FROM mentions WHERE article_id = ? ORDER BY id`, "e100000000000002")
				if err != nil {
					t.Fatal(err)
				}
				for rows.Next() {
					var b string
					if err := rows.Scan(&b); err != nil {
						t.Fatal(err)
					}
					buckets = append(buckets, b)
				}
				rows.Close()
				if got := strings.Join(buckets, ","); got != tt.buckets {
					t.Errorf("buckets = %q, want %q", got, tt.buckets)
				}
				if n, _ := s.PendingJobs(ctx, JobExtract); n != 0 {
					t.Errorf("%d extract jobs still pending", n)
				}
			})
		})
	}
}

// Re-fusing an article shows the plan the events its old mentions were
// in; a plan that reads nothing still gets them rebuilt from what is left.
func TestPlanSeesPreviousEvents(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		sahelArticles(t, s)
		if err := s.ReplaceArticleEvents(ctx, "e100000000000002", sahelNew, allInOne); err != nil {
			t.Fatal(err)
		}
		var previous []string
		seen := func(ctx context.Context, nb Neighbourhood) (Plan, error) {
			previous = nb.Previous()
			return Plan{}, nil
		}
		// The plan leaves the three mentions of ALL that remain out.
		if err := s.ReplaceArticleEvents(ctx, "e100000000000002", nil, seen); err == nil ||
			!strings.Contains(err.Error(), "out of every event") {
			t.Fatalf("a plan dropping the rest of ALL: %v", err)
		}
		if !slices.Equal(previous, []string{"ALL"}) {
			t.Errorf("previous = %v, want [ALL]", previous)
		}
		// Apart rebuilds them, each its own event.
		if err := s.ReplaceArticleEvents(ctx, "e100000000000002", sahelNew[:1], nil); err != nil {
			t.Fatal(err)
		}
		want := map[string][]string{"ML-p1-1": {"ML-p1-1"}, "BF-p1-2": {"BF-p1-2"}, "ML-p2-1": {"ML-p2-1"}}
		if got := eventMembers(t, s); !equalMembers(got, want) {
			t.Errorf("events = %v, want %v", got, want)
		}
	})
}

// A plan that does not account for each mention exactly once, or fails,
// is refused whole: nothing it said is written, and the job stays.
func TestFaultyPlanChangesNothing(t *testing.T) {
	planErr := errors.New("the plan gave up")
	tests := []struct {
		name string
		plan Planner
		want string
	}{
		{"a new mention left out", func(ctx context.Context, nb Neighbourhood) (Plan, error) {
			p, err := eachAlone(ctx, nb)
			p.Groups = p.Groups[1:]
			return p, err
		}, `"ML-p2-1" out of every event`},
		{"a member of a read event left out", func(ctx context.Context, nb Neighbourhood) (Plan, error) {
			p, err := allInOne(ctx, nb)
			if err != nil { // on PostgreSQL, first the wider lock
				return p, err
			}
			p.Groups[0].Members = slices.DeleteFunc(p.Groups[0].Members, func(id string) bool { return id == "BF-p1-2" })
			return p, err
		}, `"BF-p1-2" out of every event`},
		{"a mention in two events", func(ctx context.Context, nb Neighbourhood) (Plan, error) {
			p, err := eachAlone(ctx, nb)
			p.Groups[1].Members = append(p.Groups[1].Members, "ML-p2-1")
			return p, err
		}, `"ML-p2-1" in two events`},
		{"a mention it never read", eachAloneWith("ML-p1-1"), `"ML-p1-1", which is neither new nor of an event it read`},
		{"buckets for too few mentions", func(ctx context.Context, nb Neighbourhood) (Plan, error) {
			p, err := eachAlone(ctx, nb)
			p.Buckets = []string{"north"}
			return p, err
		}, "files 1 mentions, the article has 2"},
		{"an error", func(context.Context, Neighbourhood) (Plan, error) { return Plan{}, planErr }, planErr.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eachBackend(t, func(t *testing.T) {
				ctx := context.Background()
				s := openTest(t)
				sahelArticles(t, s)
				before := eventMembers(t, s)
				err := s.ReplaceArticleEvents(ctx, "e100000000000002", sahelNew, tt.plan)
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("error = %v, want one saying %s", err, tt.want)
				}
				if got := eventMembers(t, s); !equalMembers(got, before) {
					t.Errorf("events after a refused plan = %v, want %v", got, before)
				}
				if n, _ := s.PendingJobs(ctx, JobExtract); n != 1 {
					t.Errorf("%d extract jobs pending, want the refused article's", n)
				}
			})
		})
	}
}

// A planner that panics leaves no transaction open: the next fusion of the
// same countries goes through (on PostgreSQL it would wait for their locks).
func TestPanickingPlanFreesTheLocks(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		ctx := context.Background()
		s := openTest(t)
		sahelArticles(t, s)
		func() {
			defer func() {
				if recover() == nil {
					t.Fatal("the planner's panic did not reach the caller")
				}
			}()
			s.ReplaceArticleEvents(ctx, "e100000000000002", sahelNew, func(context.Context, Neighbourhood) (Plan, error) {
				panic("a defect in the planner")
			})
		}()
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if err := s.ReplaceArticleEvents(ctx, "e100000000000002", sahelNew, nil); err != nil {
			t.Fatalf("fusion after a panicking planner: %v", err)
		}
	})
}

// eachAloneWith is eachAlone with one more single-mention group for id.
func eachAloneWith(id string) Planner {
	return func(ctx context.Context, nb Neighbourhood) (Plan, error) {
		p, err := eachAlone(ctx, nb)
		p.Groups = append(p.Groups, Group{Event: ev(id, "2026-02-03", "Mali", "Battles", "JNIM", 0), Members: []string{id}})
		return p, err
	}
}

// sahelArticles stores the first article with its reports apart and the
// second with none yet (its extract job pending).
func sahelArticles(t *testing.T, s Store) {
	t.Helper()
	ctx := context.Background()
	for _, id := range []string{"e100000000000001", "e100000000000002"} {
		if _, err := s.PutArticle(ctx, art(id, "X", 1)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.ReplaceArticleEvents(ctx, "e100000000000001", sahelStored, nil); err != nil {
		t.Fatal(err)
	}
}

// eventMembers maps each stored event to its mention IDs, sorted.
func eventMembers(t *testing.T, s Store) map[string][]string {
	t.Helper()
	ctx := context.Background()
	evs, err := s.ListEvents(ctx, EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, e := range evs {
		ms, err := s.EventMentions(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			out[e.ID] = append(out[e.ID], m.ID)
		}
		slices.Sort(out[e.ID])
	}
	return out
}

func equalMembers(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		w := b[k]
		slices.Sort(w)
		if !slices.Equal(v, w) {
			return false
		}
	}
	return true
}

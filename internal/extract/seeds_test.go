package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/sitrep/sitrep/internal/clean"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/source"
)

type goldFile struct {
	Events []struct {
		ID       string           `json:"id"`
		Doc      string           `json:"doc"`
		Date     string           `json:"event_date"`
		Tol      int              `json:"date_tolerance_days"`
		Country  string           `json:"country"`
		CountryA []string         `json:"country_any"`
		Admin1   string           `json:"admin1"`
		Admin1A  []string         `json:"admin1_any"`
		Type     string           `json:"event_type"`
		TypeA    []string         `json:"event_type_any"`
		Actors   [][]string       `json:"actors"`
		Claims   []map[string]any `json:"claims"`
	} `json:"events"`
	Forbid []struct {
		Doc   string `json:"doc"`
		Kind  string `json:"kind"`
		Least int    `json:"count_at_least"`
		After string `json:"dated_after"`
	} `json:"forbid"`
}

func fold(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' {
			b.WriteRune(r)
		} else {
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func nameOK(want []string, got string) bool {
	g := fold(got)
	for _, w := range want {
		w = fold(w)
		for _, lw := range []string{"province", "district", "region", "city"} {
			w = strings.TrimSpace(strings.ReplaceAll(w, lw, ""))
		}
		if g != "" && w != "" && (strings.Contains(g, w) || strings.Contains(w, g)) {
			return true
		}
	}
	return false
}

func orList(one string, any []string) []string {
	if one != "" {
		return []string{one}
	}
	return any
}

// TestSeeds: on the five seed articles the extractor finds at least 12 of
// the 14 reference events (same document, date within tolerance, same
// country), 80% of the reference claims, admin1, event type and actors
// right for 80% of the events it finds, and none of the forbidden outputs.
func TestSeeds(t *testing.T) {
	const dir = "../../../shared/seeds" // ../shared beside the repository
	goldB, err := os.ReadFile("../../../shared/eval/seeds.gold.json")
	if err != nil {
		t.Fatal("seed articles not found:", err)
	}
	x := realExtractor(t)
	ins, errs := source.ReadManifest(filepath.Join(dir, "manifest.jsonl"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	byDoc := map[string][]event.Event{}
	for _, in := range ins {
		raw, err := os.ReadFile(in.Origin)
		if err != nil {
			t.Fatal(err)
		}
		page, err := clean.Text(raw)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(in.Origin)
		byDoc[name] = x.Extract(extract.Article{ID: name, Origin: in.Origin, Outlet: in.Meta.Source,
			Title: page.Title, Text: page.Text, Published: in.Meta.Published})
	}
	var gold goldFile
	if err := json.Unmarshal(goldB, &gold); err != nil {
		t.Fatal(err)
	}
	found, claims, claimsN, a1, a1N, ty, tyN, ac, acN := 0, 0, 0, 0, 0, 0, 0, 0, 0
	for _, ge := range gold.Events {
		var cand []event.Event
		for _, e := range byDoc[ge.Doc] {
			if !nameOK(orList(ge.Country, ge.CountryA), e.Country) {
				continue
			}
			if len(ge.Date) == 7 {
				if !strings.HasPrefix(e.EventDate, ge.Date) {
					continue
				}
			} else {
				gd, _ := time.Parse("2006-01-02", ge.Date)
				ed, err := time.Parse("2006-01-02", e.EventDate)
				if err != nil || ed.Sub(gd) > time.Duration(ge.Tol)*24*time.Hour || gd.Sub(ed) > time.Duration(ge.Tol)*24*time.Hour {
					continue
				}
			}
			cand = append(cand, e)
		}
		claimsN += len(ge.Claims)
		if len(cand) == 0 {
			t.Logf("%s: missing", ge.ID)
			continue
		}
		found++
		// the candidate holding most reference claims
		best, bestN := cand[0], -1
		for _, e := range cand {
			n := 0
			for _, gc := range ge.Claims {
				if claimIn(gc, e) {
					n++
				}
			}
			if n > bestN {
				best, bestN = e, n
			}
		}
		claims += bestN
		if w := orList(ge.Admin1, ge.Admin1A); w != nil {
			a1N++
			if nameOK(w, best.Admin1) {
				a1++
			} else {
				t.Logf("%s: admin1 %q", ge.ID, best.Admin1)
			}
		}
		if w := orList(ge.Type, ge.TypeA); w != nil {
			tyN++
			if nameOK(w, best.EventType) {
				ty++
			} else {
				t.Logf("%s: type %q", ge.ID, best.EventType)
			}
		}
		at := fold(strings.Join([]string{best.Actor1, best.Actor2, best.AssocActor1, best.AssocActor2}, " | "))
		for _, grp := range ge.Actors {
			acN++
			for _, w := range grp {
				if strings.Contains(at, fold(w)) {
					ac++
					break
				}
			}
		}
	}
	t.Logf("events %d/%d, claims %d/%d, admin1 %d/%d, type %d/%d, actors %d/%d", found, len(gold.Events), claims, claimsN, a1, a1N, ty, tyN, ac, acN)
	if found < 12 {
		t.Errorf("found %d reference events, want >= 12", found)
	}
	if claims*5 < claimsN*4 {
		t.Errorf("found %d of %d reference claims, want 80%%", claims, claimsN)
	}
	for _, r := range [][3]any{{"admin1", a1, a1N}, {"event_type", ty, tyN}, {"actors", ac, acN}} {
		if r[1].(int)*5 < r[2].(int)*4 {
			t.Errorf("%s right for %d of %d, want 80%%", r[0], r[1], r[2])
		}
	}
	for _, f := range gold.Forbid {
		for _, e := range byDoc[f.Doc] {
			if f.After != "" && e.EventDate < f.After {
				continue
			}
			for _, c := range e.Claims {
				if strings.Contains(c.Kind, f.Kind) && c.Count >= f.Least {
					t.Errorf("forbidden in %s: %s claim %d (%q)", f.Doc, c.Kind, c.Count, c.Quote)
				}
			}
			if got := fuse.Alone(e).Fatalities; f.Kind == "killed" && got >= f.Least {
				t.Errorf("forbidden in %s: fatalities %d", f.Doc, got)
			}
		}
	}
}

func claimIn(gc map[string]any, e event.Event) bool {
	kind, _ := gc["kind"].(string)
	for _, c := range e.Claims {
		if c.Kind != kind {
			continue
		}
		if n, ok := gc["count"].(float64); ok && c.Count != int(n) {
			continue
		}
		if n, ok := gc["count_at_least"].(float64); ok && c.Count < int(n) {
			continue
		}
		return true
	}
	return false
}

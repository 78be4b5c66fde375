package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

func TestMatch(t *testing.T) {
	// a report whose text dates the incident (published later)
	shift := func(e event.Event, date string, prec int) event.Event {
		e.EventDate, e.TimePrecision = date, prec
		e.Articles = []event.ArticleRef{{ID: "a-shift", Outlet: "X", Published: "2026-03-31"}}
		return e
	}
	// a flash its text does not date: the extractor dates it to the week
	// up to its publication day
	flash := func(e event.Event, published string) event.Event {
		e.EventDate, e.TimePrecision = published, 2
		e.Articles = []event.ArticleRef{{ID: "a-flash", Outlet: "F", Published: published}}
		return e
	}
	// Other villages of Batken district, reported by another outlet.
	village := func(loc string, lat, lon float64, admin2 string) event.Event {
		e := kokTashAKI
		e.Location, e.Latitude, e.Longitude, e.Admin2 = loc, lat, lon, admin2
		if lat == 0 {
			e.GeoPrecision = 1
		}
		return e
	}
	tests := []struct {
		name     string
		a, b     event.Event
		ok       bool
		min, max float64
		why      []string
	}{
		{"town and district, same day", kokTash24, kokTashReuters, true, 1.00, 1.00,
			[]string{"date Δ0d +0.35", "same admin2 (Batken) +0.25", "same type (Battles) +0.15", "actors share Military Forces of Kyrgyzstan (2021-) +0.15", "same figure (3 killed) +0.10", "= 1.00 ≥ 0.60"}},
		{"spellings Kok-Tash/Koktash", kokTash24, kokTashAsiaPlus, true, 0.95, 0.95, []string{"same location (Kok-Tash) +0.30"}},
		{"a day later", kokTash24, shift(kokTashAKI, "2026-03-10", 1), true, 0.85, 0.85, []string{"date Δ1d +0.25"}},
		{"two days later", kokTash24, shift(kokTashAKI, "2026-03-11", 1), false, 0, 0, []string{"no match: dates 2d apart"}},
		{"week precision", kokTash24, shift(kokTashAKI, "2026-03-02", 2), true, 0.80, 0.80, []string{"dates overlap (week) +0.20"}},
		{"week precision, slack 4 days", kokTash24, shift(kokTashAKI, "2026-03-12", 2), true, 0.70, 0.70, []string{"dates overlap (week, 3d apart) +0.10"}},
		{"two weeks 6 days apart", shift(kokTash24, "2026-03-03", 2), func() event.Event { e := kokTashAKI; e.EventDate, e.TimePrecision = "2026-03-09", 2; return e }(), true, 0.60, 0.60, []string{"dates overlap (week, 6d apart) +0.00"}},
		{"week precision too late", kokTash24, shift(kokTashAKI, "2026-03-14", 2), false, 0, 0, nil},
		{"a flash three days after", kokTash24, flash(kokTashAKI, "2026-03-12"), true, 0.80, 0.80, []string{"dates overlap (week) +0.20"}},
		{"a flash six days after", kokTash24, flash(kokTashAKI, "2026-03-15"), true, 0.80, 0.80, []string{"dates overlap (week) +0.20"}},
		{"a flash nine days after", kokTash24, flash(kokTashAKI, "2026-03-18"), false, 0, 0, []string{"no match: dates 3d apart"}},
		{"a flash two weeks after", kokTash24, flash(kokTashAKI, "2026-03-23"), false, 0, 0, nil},
		{"month precision", kokTash24, shift(kokTashAKI, "2026-03-01", 3), true, 0.70, 0.70, []string{"dates overlap (month) +0.10"}},
		{"month precision, other month", kokTash24, shift(kokTashAKI, "2026-02-01", 3), false, 0, 0, nil},
		{"different countries", kokTash24, sughdClash, false, 0, 0, []string{"different countries (KG/TJ)"}},
		{"different admin1", bannuAP, zhobClash, false, 0, 0, []string{"different admin1 (Khyber Pakhtunkhwa/Balochistan)"}},
		{"far apart", bannuAP, dikhanClash, false, 0, 0, []string{"different admin2 (Bannu/Dera Ismail Khan)"}},
		{"same article", bannuTwinA, bannuTwinB, false, 0, 0, []string{"same article a-ary-1"}},
		{"a year apart", azaz2025, azaz2026, false, 0, 0, []string{"dates 365d apart"}},
		{"different perpetrators", ogossagouRFI, ogossagouStudio, true, 0.70, 0.70, []string{"actors differ −0.10"}},
		{"strategic vs battle", kawlinA, sagaingSD, false, 0, 0, []string{"types incompatible (Battles/Strategic developments)"}},
		{"region precision vs town", kawlinA, sagaingB, true, 0.80, 0.80, []string{"same admin1 (Sagaing) +0.15"}},
		// Another named village the same day is another incident unless
		// the words of the reports tie them.
		{"another village 5 km away", kokTash24, village("Ak-Sai", 39.98, 70.70, ""), true, 0.55, 0.55, []string{"different locations (Kok-Tash/Ak-Sai), 5 km apart −0.10"}},
		{"another village 20 km away", kokTash24, village("Ak-Turpak", 39.80, 70.65, ""), true, 0.55, 0.55, []string{"19 km apart −0.10"}},
		{"the same village, two spellings 1 km apart", kokTash24, village("Kok-Tash Ayil", 39.955, 70.745, ""), true, 0.95, 0.95, []string{"within 1 km +0.30"}},
		{"another village 34 km away", kokTash24, village("Samarkandyk", 40.03, 71.14, ""), false, 0, 0, []string{"no match: 34 km apart"}},
		{"another village, same district, no coordinates", kokTash24, village("Ak-Sai", 0, 0, "Batken"), true, 0.59, 0.59,
			[]string{"same admin2 (Batken), different locations +0.05", "nothing in the text ties them"}},
		{"another district, no coordinates", kokTash24, village("Kulundu", 0, 0, "Leilek"), false, 0, 0,
			[]string{"no match: different admin2 (Batken/Leilek)"}},
		{"admin1 spelled differently", bannuAP, bannuTribune, true, 1.00, 1.00, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, why, ok := Match(&tc.a, &tc.b)
			s2, why2, ok2 := Match(&tc.b, &tc.a)
			if s != s2 || ok != ok2 {
				t.Errorf("not symmetric: %v %v / %v %v (%s / %s)", s, ok, s2, ok2, why, why2)
			}
			if ok != tc.ok || s < tc.min-1e-9 || s > tc.max+1e-9 {
				t.Errorf("Match = %.2f %v, want ok=%v in [%.2f, %.2f]: %s", s, ok, tc.ok, tc.min, tc.max, why)
			}
			for _, w := range tc.why {
				if !strings.Contains(why, w) {
					t.Errorf("why %q lacks %q", why, w)
				}
			}
		})
	}
}

// Every pair Match accepts lies in one of each other's Windows, at the
// window's precision.
func TestWindowsCoverMatches(t *testing.T) {
	var ms []event.Event
	for d := 0; d < 75; d++ {
		date := dayString(civil(2026, 1, 20) + d)
		for p := 0; p <= 4; p++ { // 0 reads as a day, 4 as a month
			e := kokTash24
			e.ID = date + itoa(p)
			e.EventDate, e.TimePrecision = date, p
			e.Articles = []event.ArticleRef{{ID: e.ID, Published: date}}
			ms = append(ms, e)
		}
	}
	in := func(ws []Span, m *event.Event) bool {
		for _, w := range ws {
			if m.EventDate >= w.From && m.EventDate <= w.To && m.TimePrecision >= w.MinPrecision {
				return true
			}
		}
		return false
	}
	pairs := 0
	for i := range ms {
		ws := Windows(&ms[i])
		for j := range ms {
			if i == j {
				continue
			}
			if _, _, ok := Match(&ms[i], &ms[j]); ok {
				pairs++
				if !in(ws, &ms[j]) {
					t.Fatalf("%s p%d matches %s p%d outside windows %v", ms[i].EventDate, ms[i].TimePrecision,
						ms[j].EventDate, ms[j].TimePrecision, ws)
				}
			}
		}
	}
	if pairs == 0 {
		t.Fatal("no pairs matched")
	}
	// week reports dated by their publication (weekBefore) are looked for
	// up to six days after a day report, and in the first days of the
	// next month after a month report
	e := kokTash24
	e.EventDate, e.TimePrecision = "2026-03-20", 1
	if ws, want := Windows(&e), []Span{{"2026-03-01", "2026-03-09", 3}, {"2026-03-10", "2026-03-18", 2},
		{"2026-03-19", "2026-03-21", 0}, {"2026-03-22", "2026-03-26", 2}}; !slices.Equal(ws, want) {
		t.Errorf("Windows(day) = %v, want %v", ws, want)
	}
	e.EventDate, e.TimePrecision = "2026-02-01", 3
	if ws, want := Windows(&e), []Span{{"2026-01-26", "2026-01-31", 2}, {"2026-02-01", "2026-02-28", 0},
		{"2026-03-01", "2026-03-06", 2}}; !slices.Equal(ws, want) {
		t.Errorf("Windows(month) = %v, want %v", ws, want)
	}
	e.EventDate, e.Articles = "", nil
	if ws := Windows(&e); ws != nil {
		t.Errorf("Windows(no date) = %v", ws)
	}
}

func TestPlaceKey(t *testing.T) {
	for _, tc := range [][2]string{
		{"Kok-Tash", "koktash"}, {"Koktash", "koktash"}, {"Batken Region", "batken"}, {"Batken District", "batken"},
		{"Khyber-Pakhtunkhwa", "khyberpakhtunkhwa"}, {"Ségou", "segou"}, {"Ma'arrat al-Nu'man", "maarratalnuman"},
		{"Region", "region"},
	} {
		if got := placeKey(tc[0]); got != tc[1] {
			t.Errorf("placeKey(%q) = %q, want %q", tc[0], got, tc[1])
		}
	}
	if k := actorKeys(kgArmy); k[0] != "militaryforcesofkyrgyzstan" {
		t.Errorf("actorKeys = %v", k)
	}
	if k := actorKeys(issp); k[0] != "islamicstatesahel" {
		t.Errorf("actorKeys = %v", k)
	}
}

// Related's cheap refusal (mayMatch) never refuses a pair Match accepts.
func TestMayMatchOnlyRefusesNonMatches(t *testing.T) {
	ms := []event.Event{kokTash24, kokTashAsiaPlus, kokTashReuters, kokTashAKI, sughdClash, bannuAP, bannuDawn,
		bannuTribune, bannuGeo, dikhanClash, zhobClash, bannuTwinA, bannuTwinB, ogossagouRFI, ogossagouStudio,
		ogossagouClaim, azaz2025, azaz2026, kawlinA, sagaingB, banmaukC, kawlinD, sagaingSD}
	refused := 0
	for i := range ms {
		for j := range ms {
			fa, fb := whenWhere(&ms[i]), whenWhere(&ms[j])
			may := mayMatch(&fa, &fb)
			_, why, ok := Match(&ms[i], &ms[j])
			if ok && !may {
				t.Errorf("%s / %s: mayMatch refuses what Match accepts (%s)", ms[i].ID, ms[j].ID, why)
			}
			if !may {
				refused++
			}
		}
	}
	if refused == 0 {
		t.Error("mayMatch refused nothing")
	}
}

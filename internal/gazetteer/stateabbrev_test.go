package gazetteer

import (
	"strings"
	"testing"
)

// nearPoint checks that p lies within accKm of the point (lat, lon).
func nearPoint(t *testing.T, label string, p *Place, lat, lon float64) {
	t.Helper()
	if p == nil {
		t.Errorf("%s: unresolved, want near %.2f,%.2f", label, lat, lon)
		return
	}
	if d := haversineKm(p.Lat, p.Lon, lat, lon); d >= accKm {
		t.Errorf("%s: got %s (%s) %s/%s, %.0f km from %.2f,%.2f", label, p.Name, p.KindName, p.CountryCode, p.Admin1, d, lat, lon)
	}
}

// TestStateAbbreviation: a town written with its state or province
// abbreviated after a comma, as North American papers do, is read in that
// state (the points are the GeoNames towns), and keeps that reading where
// it returns bare.
func TestStateAbbreviation(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		lat, lon   float64
	}{
		{"Tornado sirens sounded in Columbia, Mo., before dawn.", "Columbia", 38.95, -92.33},
		{"ALBANY, Ga. (AP) - A judge set bail at 50,000 dollars.", "ALBANY", 31.58, -84.16},
		{"The clinic in Dover, DE 19901 closed for a week.", "Dover", 39.16, -75.52},
		{"Snow closed schools in Perth, Ont., and Smiths Falls.", "Perth", 44.90, -76.25},
		{"A grain elevator burned near Aberdeen, S.D., on Monday.", "Aberdeen", 45.46, -98.49},
		{"ALBANY, Ga. (AP) - Schools in Albany reopened.", "Albany", 31.58, -84.16},
		// a short dateline town in capitals is no acronym
		{"DOVER, Del. (AP) - The clinic in Dover closed.", "Dover", 39.16, -75.52},
		{"DOVER, Del. (AP) - The clinic in Dover closed.", "DOVER", 39.16, -75.52},
	} {
		var got *Resolved
		for _, r := range g.Resolve(tc.text) {
			if r.Text == tc.name {
				got = &r
			}
		}
		if got == nil {
			t.Errorf("%q: %s not found", tc.text, tc.name)
			continue
		}
		nearPoint(t, tc.text, got.Place, tc.lat, tc.lon)
	}
}

// TestStateAbbreviationSpan: an abbreviation given as a toponym span is
// the state or province it stands for.
func TestStateAbbreviationSpan(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, span string
		lat, lon   float64
	}{
		{"Flooding hit Columbia, Mo., on Friday.", "Mo", 38.4, -92.5},
		{"Flooding hit Columbia, Mo., on Friday.", "Mo.", 38.4, -92.5},
		{"Snow fell in Perth, Ont., overnight.", "Ont.", 50, -85},
	} {
		a := strings.Index(tc.text, tc.span)
		res := g.ResolveSpans(tc.text, []Span{{a, a + len(tc.span)}})
		label := tc.text + " [" + tc.span + "]"
		if p := res[0].Place; p != nil && p.Kind != KindAdmin1 {
			t.Errorf("%s: got a %s, want the state", label, p.KindName)
		}
		nearPoint(t, label, res[0].Place, tc.lat, tc.lon)
	}
}

// TestStateAbbreviationMention: the abbreviation after the town's comma is
// found as the mention of its state (unitAbbrevMention), not looked up as
// a word of its own, which some town abroad has among its alternate names.
func TestStateAbbreviationMention(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, written, admin1 string }{
		{"KNOXVILLE, Tenn. -- A warehouse fire forced the closure of two roads.", "Tenn", "Tennessee"},
		{"A water main broke in Bend, Ore., early on Sunday.", "Ore", "Oregon"},
		{"Hail damaged crops near Amarillo, Tex., the county agent said.", "Tex", "Texas"},
		{"The ferry to Halifax, N.S., was cancelled.", "N.S.", "Nova Scotia"},
	} {
		found := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text != tc.written {
				continue
			}
			found = true
			if r.Place == nil || r.Place.Kind != KindAdmin1 || r.Place.Admin1 != tc.admin1 {
				t.Errorf("%q: %s read as %+v, want the state %s", tc.text, tc.written, r.Place, tc.admin1)
			}
		}
		if !found {
			t.Errorf("%q: %s not found as a mention", tc.text, tc.written)
		}
	}
}

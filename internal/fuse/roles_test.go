package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// Coders' notes from one district on one day, placed at the district
// (its name read as the location), each a different incident: the
// district's name is no spot, one-sided attacks that share a party only
// across roles are two attacks, and one group's attacks on two different
// targets are two incidents unless the text ties them. Two notes of one
// attack still merge.
func TestOneSidedRolesInADistrict(t *testing.T) {
	// GeoNames writes the district with the diacritics of its
	// romanisation; the notes write it plainly.
	const district = "Ḩaşan Kōṯ"
	note := func(id, etype, a1, a2, quote string, killed int) event.Event {
		return event.Event{
			ID: id, EventDate: "2024-08-14", TimePrecision: 1,
			EventType: etype, Actor1: a1, Actor2: a2,
			ISO: "SO", Country: "Somalia", Admin1: "Hiraan", Admin2: district, Location: district,
			GeoPrecision: 2, Latitude: 4.1, Longitude: 45.6,
			Claims:   []event.Claim{{Kind: event.Killed, Count: killed, Quote: quote}},
			Articles: []event.ArticleRef{{ID: "a-" + id, Outlet: "o-" + id, Published: "2024-08-15"}},
		}
	}
	const (
		army     = "Military Forces of Somalia (2022-)"
		shabaab  = "Al Shabaab"
		police   = "Police Forces of Somalia (2022-)"
		civilian = "Civilians (Somalia)"
	)
	for _, tc := range []struct {
		name  string
		a, b  event.Event
		merge bool
	}{
		{"an air strike on the group and the group's mortar fire on a village",
			note("1", Explosions, army, shabaab, "On 14 August 2024, SNA drones struck Al Shabaab positions in Hasan Kot district (Hiraan), killing 7 militants.", 7),
			note("2", Explosions, shabaab, civilian, "On 14 August 2024, Al Shabaab fired mortars into residential areas of Hasan Kot district (Hiraan). 5 civilians were killed.", 5),
			false},
		{"one group's bomb on a police car and its raid on a market",
			note("1", Explosions, shabaab, police, "On 14 August 2024, an IED planted by Al Shabaab hit a police vehicle in Hasan Kot district (Hiraan). 4 police officers were killed.", 4),
			note("2", VAC, shabaab, civilian, "On 14 August 2024, Al Shabaab gunmen killed 6 traders at a market in Hasan Kot district (Hiraan).", 6),
			false},
		{"the group's clash with the army and its abduction of villagers",
			note("1", Battles, army, shabaab, "On 14 August 2024, SNA troops and Al Shabaab clashed in Hasan Kot district (Hiraan). 6 militants were killed.", 6),
			note("2", VAC, shabaab, civilian, "On 14 August 2024, Al Shabaab abducted 5 villagers in Hasan Kot district (Hiraan).", 0),
			false},
		{"the army in one note, the police in the other",
			note("1", Battles, shabaab, army, "On 14 August 2024, Al Shabaab attacked a base in Hasan Kot district (Hiraan). 4 soldiers were killed.", 4),
			note("2", Battles, shabaab, police, "On 14 August 2024, Al Shabaab fighters stormed a security post in Hasan Kot district (Hiraan), killing 5 officers.", 5),
			true},
		{"the army's clash with the group and its air strike on it",
			note("1", Battles, army, shabaab, "On 14 August 2024, SNA troops and Al Shabaab clashed in Hasan Kot district (Hiraan). 6 militants were killed.", 6),
			note("2", Explosions, army, shabaab, "On 14 August 2024, SNA drones struck Al Shabaab positions in Hasan Kot district (Hiraan), killing 7 militants.", 7),
			false},
		{"two notes of one roadside bomb",
			note("1", Explosions, shabaab, police, "On 14 August 2024, an IED planted by Al Shabaab hit a police vehicle in Hasan Kot district (Hiraan). 4 police officers were killed.", 4),
			note("2", Explosions, shabaab, police, "On 14 August 2024, a roadside bomb struck a police patrol in Hasan Kot district (Hiraan), killing 5 officers; Al Shabaab claimed it.", 5),
			true},
	} {
		s, why, ok := Match(&tc.a, &tc.b)
		if got := ok && s >= Threshold; got != tc.merge {
			t.Errorf("%s: merged %v, want %v (%s)", tc.name, got, tc.merge, why)
		}
	}
}

// TestDiacriticPlaceWordsAreNoNames: a note that writes its district
// plainly ("Hasan Kot") shares no proper name with another note of the
// same district whose place the gazetteer spells "Ḩaşan Kōṯ".
func TestDiacriticPlaceWordsAreNoNames(t *testing.T) {
	mk := func(id, quote string) event.Event {
		return event.Event{
			ID: id, EventDate: "2024-08-14", TimePrecision: 1, EventType: VAC,
			Actor1: "Unidentified Armed Group (Somalia)", Actor2: "Civilians (Somalia)",
			ISO: "SO", Country: "Somalia", Admin1: "Hiraan", Admin2: "Ḩaşan Kōṯ", GeoPrecision: 2,
			Claims:   []event.Claim{{Kind: event.Killed, Count: 1, Quote: quote}},
			Articles: []event.ArticleRef{{ID: "a-" + id, Published: "2024-08-15"}},
		}
	}
	a := mk("1", "Gunmen shot dead a teacher in Hasan Kot district on Wednesday.")
	b := mk("2", "A trader was killed by unknown gunmen in Hasan Kot district.")
	fa, fb := featOf(&a), featOf(&b)
	if n, name := sharedNames(&fa, &fb); n != 0 {
		t.Errorf("the district's own words counted as %d shared name(s) (%s)", n, name)
	}
}

// TestVagueTollsFit: a vague toll ("several policemen") fits a figure it
// could be, and "at least" any figure above it; two exact figures more
// than twice apart do not fit.
func TestVagueTollsFit(t *testing.T) {
	mk := func(c ...event.Claim) feat {
		m := event.Event{Claims: c}
		return featOf(&m)
	}
	exact := func(n int) event.Claim { return event.Claim{Kind: event.Killed, Count: n, Low: n, High: n} }
	several := event.Claim{Kind: event.Killed, Count: 3, Low: 3, High: 9, Qualifier: "several"}
	atLeast := event.Claim{Kind: event.Killed, Count: 5, Low: 5, Qualifier: "at least"}
	for _, tc := range []struct {
		name string
		a, b event.Claim
		fit  bool
	}{
		{"several and nine", several, exact(9), true},
		{"several and thirty", several, exact(30), false},
		{"at least five and forty", atLeast, exact(40), true},
		{"at least five and two", atLeast, exact(2), false},
		{"three and nine", exact(3), exact(9), false},
		{"five and eight", exact(5), exact(8), true},
	} {
		fa, fb := mk(tc.a), mk(tc.b)
		if got := tollsFit(&fa, &fb); got != tc.fit {
			t.Errorf("%s: fit %v, want %v", tc.name, got, tc.fit)
		}
	}
}

// TestAcronymsTieNothing: the acronyms of the forces every note of a war
// writes ("KDF", "AMISOM") are no names that tie two notes of
// consecutive days.
func TestAcronymsTieNothing(t *testing.T) {
	mk := func(id, day, quote string) event.Event {
		return event.Event{
			ID: id, EventDate: day, TimePrecision: 1, EventType: Battles,
			Actor1: "Al Shabaab", Actor2: "Military Forces of Kenya (2022-)",
			ISO: "SO", Country: "Somalia", Admin1: "Gedo", Admin2: "Belet Xaawo", GeoPrecision: 2,
			Claims:   []event.Claim{{Kind: event.Killed, Count: 3, Quote: quote}},
			Articles: []event.ArticleRef{{ID: "a-" + id, Published: day}},
		}
	}
	a := mk("1", "2024-03-02", "On 2 March 2024, Al Shabaab attacked a KDF and AMISOM convoy in Belet Xaawo district. 3 KDF soldiers were killed.")
	b := mk("2", "2024-03-03", "On 3 March 2024, Al Shabaab ambushed a KDF and AMISOM patrol in Belet Xaawo district. 3 KDF soldiers were killed.")
	if s, why, ok := Match(&a, &b); ok && s >= Threshold {
		t.Errorf("consecutive days tied by acronyms alone: %s", why)
	}
}

// TestSameTownNearIsAnArea: two reports each placed only near one town
// (geo_precision 2: its surroundings, or a district read as its seat)
// share an area, not a spot: a group's two attacks there the same day
// stay apart unless something else ties them; at the town itself they
// merge.
func TestSameTownNearIsAnArea(t *testing.T) {
	mk := func(id string, prec int, quote string) event.Event {
		return event.Event{
			ID: id, EventDate: "2024-05-20", TimePrecision: 1, EventType: Battles,
			Actor1: "ISWAP: Islamic State West Africa Province", Actor2: "Military Forces of Nigeria (2023-)",
			ISO: "NG", Country: "Nigeria", Admin1: "Borno", Admin2: "Nganzai", Location: "Gajiram",
			GeoPrecision: prec, Latitude: 12.9, Longitude: 13.6,
			Claims:   []event.Claim{{Kind: event.Killed, Count: 4, Quote: quote}},
			Articles: []event.ArticleRef{{ID: "a-" + id, Published: "2024-05-21"}},
		}
	}
	qa, qb := "Militants attacked an army base near Gajiram on Monday, killing 4 soldiers.", "Troops repelled insurgents who raided positions near Gajiram on Monday; 4 soldiers died."
	for _, tc := range []struct {
		name  string
		prec  int
		merge bool
	}{{"both near the town", 2, false}, {"both at the town", 1, true}} {
		a, b := mk("1", tc.prec, qa), mk("2", tc.prec, qb)
		b.Actor1, b.Actor2 = "Military Forces of Nigeria (2023-)", "Unidentified Armed Group (Nigeria)"
		s, why, ok := Match(&a, &b)
		if got := ok && s >= Threshold; got != tc.merge {
			t.Errorf("%s: merged %v, want %v (%s)", tc.name, got, tc.merge, why)
		}
	}
}

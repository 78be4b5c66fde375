package extract

import (
	"strings"
	"testing"
)

// An explosive that is the subject or agent of a killing or hitting word
// names the event: a remote explosive for a bomb, blast, device or mine,
// an air strike for barrel bombs, whatever the verb.
var explosiveReports = []report{
	{name: "sahel wire, bomb with a place phrase before its verb", pub: "2025-05-12", n: 1,
		text: "Bomb near Tessalit kills at least seven.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actors: []string{"Unidentified Armed Group"}, country: "Mali", fatal: 7}}},
	{name: "south asia flash, IED as the modifier of attacks", pub: "2025-05-12", n: 1,
		text: "Deadly twin IED attacks hit Miranshah.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", country: "Pakistan", fatal: -1}}},
	{name: "middle east headline, a spate of blasts, toll after a semicolon", pub: "2025-05-12", n: 1,
		text: "Spate of blasts target police in Basra; at least three dead.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actors: []string{"Police Forces of Iraq"}, country: "Iraq", fatal: 3}}},
	{name: "latin america agency, explosive device kills soldiers", pub: "2025-05-12", n: 1,
		text: "Explosive device kills two soldiers in Catatumbo.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actors: []string{"Unidentified Armed Group", "Military Forces of Colombia"}, country: "Colombia", fatal: 2}}},
	{name: "central asia, a mine kills a shepherd", pub: "2025-05-12", n: 1,
		text: "Mine kills shepherd near Isfara.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", country: "Tajikistan", fatal: 1}}},
	{name: "south asia, bomb as the agent of a passive", pub: "2025-05-12", n: 1,
		text: "Two policemen killed by bomb in Miranshah.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actors: []string{"Unidentified Armed Group", "Police Forces of Pakistan"}, country: "Pakistan", fatal: 2}}},
	{name: "sahel, soldiers killed by a landmine are its target", pub: "2025-05-12", n: 1,
		text: "Three soldiers killed by a landmine near Djenne.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actors: []string{"Unidentified Armed Group", "Military Forces of Mali"}, country: "Mali", fatal: 3}}},
	{name: "barrel bombs are dropped from a state's aircraft", pub: "2025-05-12", n: 1,
		text: "Explosive barrels hit El Fasher market, nine dead.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", actors: []string{"Military Forces"}, country: "Sudan", fatal: 9}}},
	{name: "middle east wire, car bombing kills civilians", pub: "2025-05-12", n: 1,
		text: "Car bombing in Kirkuk kills at least nine civilians.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actors: []string{"Unidentified Armed Group", "Civilians (Iraq)"}, country: "Iraq", civ: true, fatal: 9}}},
	{name: "sahel, militants bombed a police post: no aircraft, their act", pub: "2025-05-12", n: 1,
		text: "Militants bombed a police post in Konduga.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actors: []string{"Unidentified Armed Group", "Police Forces of Nigeria"}, country: "Nigeria"}}},
	{name: "jets that bombed are a state's air strike", pub: "2025-05-12", n: 1,
		text: "Jets bombed rebel positions near Menaka.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", actors: []string{"Military Forces"}, country: "Mali"}}},
	// no toll: the explosive's own verb tells the event
	{name: "middle east flash, a bomb hits a convoy, nobody hurt", pub: "2025-05-12", n: 1,
		text: "Bomb hits police convoy in Kirkuk.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actors: []string{"Unidentified Armed Group", "Police Forces of Iraq"}, country: "Iraq"}}},
	{name: "latin america wire, a bomb goes off", pub: "2025-05-12", n: 1,
		text: "Bomb goes off outside a bank in Guayaquil; no injuries reported.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", country: "Ecuador"}}},
	{name: "middle east, a rocket is shelling", pub: "2025-05-12", n: 1,
		text: "Rocket hits Basra airport.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack", country: "Iraq"}}},
	{name: "middle east wire, a missile with a toll", pub: "2025-05-12", n: 1,
		text: "Missile hits Hodeidah port, killing four.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack", country: "Yemen", fatal: 4}}},
	{name: "south asia flash, a drone kills militants", pub: "2025-05-12", n: 1,
		text: "Drone kills three militants in Miranshah.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", country: "Pakistan", fatal: 3}}},
	{name: "sahel flash, aircraft as the doer of a hitting word", pub: "2025-05-12", n: 1,
		text: "Army jets hit rebel positions near Menaka.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", country: "Mali", fatal: 0}}},
	{name: "levant headline, warplanes pound towns", pub: "2025-05-12", n: 1,
		text: "Government warplanes pound rebel-held villages near Kirkuk.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", country: "Iraq", fatal: 0}}},
	// what the rule must leave alone: a wave of attacks and a group's
	// claim are one event each
	{name: "a wave of attacks is one event", pub: "2025-05-12", n: 1,
		text: "Wave of attacks across Basra kills 23.",
		want: []wantEvent{{typ: "Battles", country: "Iraq", fatal: 23}}},
	{name: "a group claims an attack that killed", pub: "2025-05-12", n: 1,
		text: "Jamaat Ansarullah claims attack that killed four near Khorog.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Jamaat Ansarullah"}, country: "Tajikistan", fatal: -1}}},
}

func TestExplosiveMeans(t *testing.T) { runReports(t, explosiveReports) }

// A planted explosive is an armed group's act: no state's forces are its
// actor 1 unless the text names them as its doer (only air strikes
// default to them); forces told killed by it are its target.
func TestExplosiveActor(t *testing.T) {
	x := testExtractor(t)
	for _, h := range []string{
		"Car bombing in Kirkuk kills at least nine civilians.",
		"Bombing near Tessalit kills five.",
		"Militants bombed a police post in Konduga.",
		"Truck bomb kills 14 in Hodeidah.",
		"Two soldiers and a policeman killed in roadside blast near Menaka.",
	} {
		evs := x.Extract(Article{ID: "t", Text: h, Published: mustDay("2025-05-12")})
		if len(evs) != 1 {
			t.Errorf("%q: %d events, want 1", h, len(evs))
			continue
		}
		if a := evs[0].Actor1; strings.Contains(a, "Military Forces") {
			t.Errorf("%q: actor 1 %q, want an armed group", h, a)
		}
	}
}

// A noun that names an explosive only sometimes ("mine", "bomb") is one
// only as the subject or agent of a killing or hitting word, and not as
// the weapon of another subject ("Militants with bombs attack").
func TestNotExplosive(t *testing.T) {
	x := testExtractor(t)
	for _, h := range []string{
		"Gold mine collapse kills 12 near Gondar.",
		"Gunmen kill five workers at a mine near Sokoto.",
		"Police find bomb near Sokoto market; gunmen kill two.",
		"Militants with bombs attack checkpoint near Tessalit.",
		"Rioters' petrol bombs hit a bank in Santiago.",
	} {
		for _, e := range x.Extract(Article{ID: "t", Text: h, Published: mustDay("2025-05-12")}) {
			if e.EventType == "Explosions/Remote violence" {
				t.Errorf("%q: %s/%s, want no explosion", h, e.EventType, e.SubEventType)
			}
		}
	}
}

// A bare "bombing" or "bombed" says nothing of aircraft: without them in
// its sentence, the noun is a planted bomb, an armed group's act; the
// verb keeps the group that is its subject and defaults to a state, whose
// bombing (named or not, "aerial" or with aircraft) is an air strike. A
// party that condemns a bombing did not do it.
func TestBombingWhoseAct(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, sub, actor1 string }{
		{"Bombing kills five at a market in Kirkuk.", "Remote explosive/landmine/IED", "Unidentified Armed Group"},
		{"Rights groups condemn bombing of a bus station in Hodeidah.", "Remote explosive/landmine/IED", "Unidentified Armed Group"},
		{"Militants bombed a police post near Sokoto on Monday.", "Remote explosive/landmine/IED", "Unidentified Armed Group"},
		{"A displacement camp near El Fasher was bombed on Thursday, residents said.", "Air/drone strike", "Unidentified Military Forces"},
		{"Aid groups condemned an aerial bombing that hit a camp near El Fasher.", "Air/drone strike", "Unidentified Military Forces"},
		{"Government forces bombed rebel positions near El Fasher.", "Air/drone strike", "Military Forces of Sudan"},
		{"Helicopters dropped bombs on villages near El Fasher.", "Air/drone strike", "Unidentified Military Forces"},
		{"Army helicopters dropped bombs on villages near El Fasher.", "Air/drone strike", "Military Forces of Sudan"},
		{"Rioters hurled petrol bombs at a police kiosk in Santiago; no one was hurt.", "", ""},
	} {
		evs := x.Extract(Article{ID: "t", Text: tc.text, Published: mustDay("2025-05-12")})
		for _, e := range evs {
			if tc.sub == "" && e.SubEventType == "Air/drone strike" {
				t.Errorf("%q: thrown bombs coded %s", tc.text, e.SubEventType)
			}
		}
		if tc.sub == "" {
			continue
		}
		if len(evs) != 1 {
			t.Errorf("%q: %d events, want 1", tc.text, len(evs))
			continue
		}
		if e := evs[0]; e.SubEventType != tc.sub || e.Actor1 != tc.actor1 {
			t.Errorf("%q: %s by %q, want %s by %q", tc.text, e.SubEventType, e.Actor1, tc.sub, tc.actor1)
		}
	}
}

package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// How the event type is chosen.
//
// A trigger word (data/triggers.tsv) names a family. While the sentences
// are read, an event is built under its family's event type (typ), which
// decides which later triggers it takes in (build.go's compatible). Once
// its actors are known, the family's rule picks the sub-event type from
// the facts below; the codebook (internal/event) gives the event type and
// disorder type of that sub-event type. An event told only by its numbers
// ("12 soldiers were killed") takes the claim kind as its family.

// typeFacts are what the sub-event rules look at.
type typeFacts struct {
	actor1     string // actor class of actor 1: state, armed, civ, protester, rioter ("" none)
	target     string // actor class of actor 2
	civDead    bool   // a claim counts civilians among the victims
	aircraft   bool   // a sentence of the event names aircraft or drones
	bombWord   bool   // the trigger is "bombing"/"bombed", which needs no aircraft
	crowd      bool   // prison, jail or mob words: a crowd, not a demonstration
	dispersed  bool   // force used to break up a gathering (tear gas, batons, dispersed)
	hurt       bool   // people were killed or wounded (counted, or told by a killing word)
	dead       bool   // a claim counts people killed
	noFight    bool   // territory changed hands "without a fight", "unopposed"
	strikeNoun bool   // "military strikes", "in strikes": blows from afar (strikes.go)
	unnamed    bool   // actor 1 is an unidentified armed group: nobody named struck
	forces     bool   // actor 1 is a state's forces, named or not ("Unidentified Military Forces")
	property   bool   // a sentence names a robbery, theft or arson (property.go)
}

// harmFamilies are the trigger families whose word itself says people were
// killed or hurt ("shot dead", "stabbed"), counted or not.
var harmFamilies = map[string]bool{"killed": true, "wounded": true, "casualties": true, "crime": true, "massacre": true}

// noFightWords follow "without" (or "without a") when a place changed
// hands peacefully: "without a fight", "without resistance".
var noFightWords = map[string]bool{"fight": true, "fighting": true, "resistance": true, "shot": true, "bloodshed": true, "clashes": true}

// subRule picks a sub-event type of the codebook.
type subRule func(f typeFacts) string

// family is what a trigger family means for the event type.
type family struct {
	typ string // event type the event is built under while reading
	sub subRule
}

// families maps every trigger family and claim kind to its rule. Loading
// triggers.tsv fails on a family not listed here.
var families = map[string]family{
	"battle":     {event.Battles, always(event.ArmedClash)},
	"attack":     {event.Battles, onProperty(byStrike(onCivilians(event.Attack, event.ArmedClash)))},
	"killed":     {event.Battles, byStrike(onCivilians(event.Attack, event.ArmedClash))},
	"wounded":    {event.Battles, byStrike(onCivilians(event.Attack, event.ArmedClash))},
	"casualties": {event.Battles, byStrike(onCivilians(event.Attack, event.ArmedClash))},
	"captured":   {event.Battles, civiliansTaken},
	"destroy":    {event.Battles, destruction},
	"terr":       {event.Battles, territory},
	"terrgov":    {event.Battles, territory},
	"air":        {event.Explosions, fromTheAir},
	"shell":      {event.Explosions, always(event.Shelling)},
	"ied":        {event.Explosions, always(event.RemoteExplosive)},
	"suicide":    {event.Explosions, always(event.SuicideBomb)},
	"grenade":    {event.Explosions, always(event.Grenade)},
	"chemical":   {event.Explosions, always(event.ChemicalWeapon)},
	"crime":      {event.VAC, unlessArmedTarget},
	"massacre":   {event.VAC, unlessArmedTarget},
	"abduct":     {event.VAC, abductionUnlessHurt},
	"sexual":     {event.VAC, always(event.SexualViolence)},
	"riot":       {event.Riots, riot},
	"mob":        {event.Riots, always(event.MobViolence)},
	"protest":    {event.Protests, protest},
	"deploy":     {event.Strategic, always(event.ChangeToGroup)},
	"deployed":   {event.Strategic, always(event.ChangeToGroup)},
	"exercise":   {event.Strategic, always(event.ChangeToGroup)},
	"arrest":     {event.Strategic, detention},
	"detained":   {event.Strategic, detention},
	"agree":      {event.Strategic, always(event.Agreement)},
	"disrupt":    {event.Strategic, disrupted},
	"base":       {event.Strategic, always(event.BaseEstablished)},
	"change":     {event.Strategic, always(event.ChangeToGroup)},
	"transfer":   {event.Strategic, always(event.TerritoryTransfer)},
	"fled":       {event.Strategic, always(event.OtherDevelopment)},
	"other":      {event.Strategic, always(event.OtherDevelopment)},
}

// famType is the event type an event of family f is built under.
func famType(f string) string {
	if fam, ok := families[f]; ok {
		return fam.typ
	}
	return event.Strategic
}

// subEventType applies family f's rule; an unknown family is "Other".
// Fighting words whose parties are demonstrators are first read as the
// demonstration they tell (crowds).
func subEventType(f string, facts typeFacts) string {
	fam, ok := families[f]
	if !ok {
		return event.OtherDevelopment
	}
	if fam.typ == event.Battles || fam.typ == event.VAC {
		if sub := crowds(facts); sub != "" {
			return sub
		}
	}
	return fam.sub(facts)
}

func always(sub string) subRule { return func(typeFacts) string { return sub } }

// onCivilians: violence whose victims are civilians (actor 2, or the dead
// when no actor 2 is named) is an attack on civilians, else a clash.
// Demonstrators attacked by anyone but the state (crowds) are civilians.
func onCivilians(civ, armed string) subRule {
	return func(f typeFacts) string {
		if f.target == "civ" || f.target == "protester" || (f.target == "" && f.civDead) {
			return civ
		}
		return armed
	}
}

// unlessArmedTarget: a killing by a gunman or a massacre is an attack on
// whoever was hit, civilians unless they were forces or fighters.
func unlessArmedTarget(f typeFacts) string {
	if f.target == "state" || f.target == "armed" {
		return event.ArmedClash
	}
	return event.Attack
}

// civiliansTaken: forces or fighters captured were taken in a clash;
// anyone else seized (named civilians, or people the text does not call
// fighters) is abducted.
func civiliansTaken(f typeFacts) string {
	if (f.target == "state" || f.target == "armed") && !f.civDead {
		return event.ArmedClash
	}
	return abductionUnlessHurt(f)
}

// abductionUnlessHurt: the codebook's abduction is one without further
// violence; when the abducted (or anyone in the raid) are reported killed
// or hurt ("abducted and killed"), the event is an attack.
func abductionUnlessHurt(f typeFacts) string {
	if f.hurt {
		return event.Attack
	}
	return event.Abduction
}

// destruction of a post of the state or of an armed group is part of
// fighting; of anything else, or a robbery or arson anywhere, property
// destruction, unless people were killed or hurt doing it: then it is an
// attack on them (property.go).
func destruction(f typeFacts) string {
	if (f.target == "state" || f.target == "armed") && !(f.property && !f.hurt) {
		return event.ArmedClash
	}
	if f.hurt {
		return onCivilians(event.Attack, event.ArmedClash)(f)
	}
	return event.Looting
}

// disrupted: weapons seized or a device defused is disrupted weapons use,
// unless people were killed: "troops killed two fighters and recovered
// weapons" is the clash, the weapons its spoils.
func disrupted(f typeFacts) string {
	if f.dead {
		return onCivilians(event.Attack, event.ArmedClash)(f)
	}
	return event.DisruptedWeapons
}

// territory changes hands: without fighting, a transfer; else to the
// state, or to a non-state group.
func territory(f typeFacts) string {
	if f.noFight {
		return event.TerritoryTransfer
	}
	if f.actor1 == "state" && f.target == "state" {
		// one state's forces taking another's post: the codebook's
		// territory sub-types are a state and armed groups'; between
		// states it is the clash
		return event.ArmedClash
	}
	if f.actor1 == "state" {
		return event.GovRegainsTerritory
	}
	return event.NonStateOvertakes
}

// bombWords are the air family's words that say nothing of aircraft:
// a bomb is planted as often as dropped.
var bombWords = set("bombing", "bombings", "bombed", "bomb", "bombs")

// aerialWords before an event word say it came from the air ("the aerial
// bombing of a camp") without naming the aircraft.
var aerialWords = set("aerial", "air")

// aircraftNamed: a sentence of ev names aircraft or drones, or calls its
// event word aerial. Only the event's own sentences count: a round-up
// that tells of air strikes elsewhere says nothing of how a bomb in a
// market went off.
func (d *doc) aircraftNamed(ev *evb) bool {
	for _, es := range ev.sents {
		if es.trig > 0 && aerialWords[es.st.w(es.trig-1)] || airMention(es.st) {
			return true
		}
	}
	return false
}

// airMention: st names aircraft or drones.
func airMention(st *sent) bool {
	for _, m := range st.ments {
		if m.class == "air" {
			return true
		}
	}
	return false
}

// plantedBombing: a "bombing" with no aircraft in sight is a planted bomb
// (fromTheAir), an armed group's act like any remote explosive, not the
// state's that only an air strike defaults to (actors.go). The verb
// ("bombed") is a state's as often as not: it keeps the group that is
// its subject ("Militants bombed a post"), and defaults to the state.
func (d *doc) plantedBombing(ev *evb) bool { return bombNouns[ev.trigWord] && !d.aircraftNamed(ev) }

// bombNouns are bombWords' nouns.
var bombNouns = set("bombing", "bombings", "bomb", "bombs")

// bombedBy: a1 is the armed group that bombed ("Militants bombed a
// police post"), with no aircraft in sight: its own act.
func (d *doc) bombedBy(ev *evb, a1 actor) bool {
	return a1.class == "armed" && bombWords[ev.trigWord] && !d.aircraftNamed(ev)
}

// fromTheAir: a "bombing" with no aircraft in sight is a planted bomb,
// unless a state's forces did it: states bomb from the air.
func fromTheAir(f typeFacts) string {
	if !f.aircraft && f.bombWord && !f.forces {
		return event.RemoteExplosive
	}
	return event.AirDroneStrike
}

// riot: a crowd in a prison or a mob is mob violence; otherwise a
// demonstration turned violent.
func riot(f typeFacts) string {
	if f.crowd {
		return event.MobViolence
	}
	return event.ViolentDemonstration
}

// protest: peaceful unless force met it; force that killed or wounded is
// excessive force against protesters, and so is a protest at which people
// were killed by hands the text does not name ("12 killed during
// protests"): a protest with a death toll was met with lethal force.
func protest(f typeFacts) string {
	switch {
	case f.hurt && (f.target == "state" || f.dispersed):
		return event.ExcessiveForce
	case f.dead && f.target == "" && f.actor1 != "rioter":
		return event.ExcessiveForce
	case f.dispersed:
		return event.ProtestIntervention
	}
	return event.PeacefulProtest
}

// detention: demonstrators detained are a protest the state intervened
// in (the codebook's "Protest with intervention"; arrests of protesters
// are its example), others detained for political reasons are arrests.
func detention(f typeFacts) string {
	if f.target == "protester" {
		return event.ProtestIntervention
	}
	return event.Arrests
}

// dispersalWords tell force used to break up a gathering: the means
// (tear gas, batons, water cannon) and the acts (dispersed, baton-charged).
// People counted as detained at it are force too (dispersed), where the
// bare word may be the crowd's cause ("demanding the release of detained
// activists").
var dispersalWords = set("dispersed", "disperse", "tear", "teargas", "batons", "cannon", "cannons",
	"baton-charged", "lathi-charged", "lathicharged")

// dispersed: a sentence of ev tells force used on a gathering, or its
// people were counted as detained.
func dispersed(ev *evb) bool {
	if detainedAt(ev) {
		return true
	}
	for _, es := range ev.sents {
		st := es.st
		if st.dispersal == 0 {
			// every event of the sentence asks: look once
			st.dispersal = 1
			for _, t := range st.toks {
				if t.word && t.f&fDispersal != 0 { // dispersalWords, by the token's flag
					st.dispersal = 2
					break
				}
			}
		}
		if st.dispersal == 2 {
			return true
		}
	}
	return false
}

// crowds: violence told with a fighting word ("opened fire on protesters",
// "protesters torched", "demonstrators stormed") is coded by who took part.
// Forces acting on demonstrators intervene in a protest, with excessive
// force when people were killed or wounded; demonstrators or rioters who
// act riot (riot's rule). "" when no demonstrator takes part.
func crowds(f typeFacts) string {
	switch {
	case f.target == "protester" && f.actor1 == "state" && f.hurt:
		return event.ExcessiveForce
	case f.target == "protester" && f.actor1 == "state":
		return event.ProtestIntervention
	case f.actor1 == "protester" || f.actor1 == "rioter":
		return riot(f)
	}
	return ""
}

// typeEvent codes the event type, sub-event type and disorder type.
func (d *doc) typeEvent(ev *evb, e *event.Event) {
	f := d.typeFacts(ev, e)
	sub := subEventType(ev.fam, f)
	if ev.mob && (sub == event.Attack || sub == event.ArmedClash) {
		// a killing or beating by people of no party: mob violence by
		// rioters against the people they killed (the codebook's actor
		// type 5 for a violent crowd)
		sub = event.MobViolence
		e.Actor1, e.Inter1, e.AssocActor1 = ofCountry("Rioters", e.Country), event.InterRioters, ""
		e.Interaction = event.InteractionCode(e.Inter1, e.Inter2)
	}
	st, _ := event.LookupSubType(sub)
	e.EventType, e.SubEventType, e.DisorderType = st.Type, st.Name, st.Disorder
	// a peaceful protest met no force: forces named near it are no party
	if sub == event.PeacefulProtest && f.target == "state" {
		e.Actor2, e.Inter2, e.AssocActor2 = "", event.InterNone, ""
		e.Interaction = event.InteractionCode(e.Inter1, e.Inter2)
	}
	// demonstrators who riot are coded as rioters (the codebook's actor
	// type 5), whatever word the text calls them by
	if st.Type == event.Riots && f.actor1 == "protester" {
		e.Actor1 = "Rioters" + strings.TrimPrefix(e.Actor1, "Protesters")
		e.Inter1 = event.InterRioters
		e.Interaction = event.InteractionCode(e.Inter1, e.Inter2)
	}
	// a protest's actor 1 is its demonstrators, the force met them second
	if st.Type == event.Protests && f.actor1 == "state" && f.target == "protester" {
		swapActors(e)
	}
}

// swapActors exchanges actor 1 and actor 2 with their inter codes and
// associates.
func swapActors(e *event.Event) {
	e.Actor1, e.Actor2 = e.Actor2, e.Actor1
	e.Inter1, e.Inter2 = e.Inter2, e.Inter1
	e.AssocActor1, e.AssocActor2 = e.AssocActor2, e.AssocActor1
	e.Interaction = event.InteractionCode(e.Inter1, e.Inter2)
}

// typeFacts reads the facts of ev the rules need.
func (d *doc) typeFacts(ev *evb, e *event.Event) typeFacts {
	f := typeFacts{
		hurt:       harmFamilies[ev.fam],
		actor1:     event.ActorClass(e.Actor1),
		target:     event.ActorClass(e.Actor2),
		bombWord:   bombWords[ev.trigWord],
		strikeNoun: d.strikeNoun(ev),
		unnamed:    e.Actor1 == "Unidentified Armed Group",
		forces:     event.ActorClass(e.Actor1) == "state" || e.Actor1 == "Unidentified Military Forces",
		property:   propertyCrime(ev),
	}
	f.civDead = civVictims(ev)
	f.dispersed = dispersed(ev)
	for _, sc := range ev.claims {
		if sc.c.Kind == event.Killed || sc.c.Kind == event.Wounded || sc.c.Kind == event.Casualties {
			f.hurt = true
		}
		f.dead = f.dead || sc.c.Kind == event.Killed && sc.c.Count > 0
	}
	f.aircraft = d.aircraftNamed(ev)
	for _, es := range ev.sents {
		for i, t := range es.st.toks {
			if t.w == "unopposed" || t.w == "without" && (noFightWords[es.st.w(i+1)] || noFightWords[es.st.w(i+2)]) {
				f.noFight = true
			}
			switch t.w {
			case "prison", "jail", "mob":
				f.crowd = true
			}
		}
	}
	return f
}

package event

import "strings"

// The ACLED codebook as data: the event types, their sub-event types with
// the codebook's definitions, the disorder type each belongs to, and the
// actor ("inter") codes with the interaction code built from them. Every
// stage reads types and codes from here: extract chooses among them, fuse
// ranks and compares them, api and the CLI validate filters against them.

// Event types, in the codebook's order (fusion breaks ties in this order).
const (
	Battles    = "Battles"
	Explosions = "Explosions/Remote violence"
	VAC        = "Violence against civilians"
	Protests   = "Protests"
	Riots      = "Riots"
	Strategic  = "Strategic developments"
)

// EventTypes lists the six event types in the codebook's order.
var EventTypes = []string{Battles, Explosions, VAC, Protests, Riots, Strategic}

// Disorder types. ACLED files most events under one; excessive force
// against protesters is both political violence and a demonstration.
const (
	PoliticalViolence = "Political violence"
	Demonstrations    = "Demonstrations"
	PVDemonstrations  = "Political violence; Demonstrations"
	StrategicDisorder = "Strategic developments"
)

// Sub-event types.
const (
	ArmedClash           = "Armed clash"
	GovRegainsTerritory  = "Government regains territory"
	NonStateOvertakes    = "Non-state actor overtakes territory"
	ChemicalWeapon       = "Chemical weapon"
	AirDroneStrike       = "Air/drone strike"
	SuicideBomb          = "Suicide bomb"
	Shelling             = "Shelling/artillery/missile attack"
	RemoteExplosive      = "Remote explosive/landmine/IED"
	Grenade              = "Grenade"
	SexualViolence       = "Sexual violence"
	Attack               = "Attack"
	Abduction            = "Abduction/forced disappearance"
	PeacefulProtest      = "Peaceful protest"
	ProtestIntervention  = "Protest with intervention"
	ExcessiveForce       = "Excessive force against protesters"
	ViolentDemonstration = "Violent demonstration"
	MobViolence          = "Mob violence"
	Agreement            = "Agreement"
	Arrests              = "Arrests"
	ChangeToGroup        = "Change to group/activity"
	DisruptedWeapons     = "Disrupted weapons use"
	BaseEstablished      = "Headquarters or base established"
	Looting              = "Looting/property destruction"
	TerritoryTransfer    = "Non-violent transfer of territory"
	OtherDevelopment     = "Other"
)

// SubType is one sub-event type of the codebook.
type SubType struct {
	Name       string
	Type       string // its event type
	Disorder   string
	Definition string // the codebook's definition, shortened
}

// Codebook lists every sub-event type, grouped by event type in the
// codebook's order.
var Codebook = []SubType{
	{ArmedClash, Battles, PoliticalViolence, "armed, organised groups fight each other and neither side takes territory"},
	{GovRegainsTerritory, Battles, PoliticalViolence, "state forces or their affiliates win back territory held by a non-state group"},
	{NonStateOvertakes, Battles, PoliticalViolence, "a non-state group takes territory from the state or from another group"},
	{ChemicalWeapon, Explosions, PoliticalViolence, "chemical weapons are used in warfare"},
	{AirDroneStrike, Explosions, PoliticalViolence, "aircraft or drones strike a target"},
	{SuicideBomb, Explosions, PoliticalViolence, "a bomber kills himself or herself setting off the explosive"},
	{Shelling, Explosions, PoliticalViolence, "artillery, rockets, mortars or missiles hit a target from afar"},
	{RemoteExplosive, Explosions, PoliticalViolence, "a landmine, roadside bomb or remotely set-off device explodes"},
	{Grenade, Explosions, PoliticalViolence, "a grenade or similar hand-thrown device is used"},
	{SexualViolence, VAC, PoliticalViolence, "an armed group or state agent commits sexual violence against civilians"},
	{Attack, VAC, PoliticalViolence, "an organised armed group attacks unarmed civilians"},
	{Abduction, VAC, PoliticalViolence, "an armed group abducts or disappears civilians"},
	{PeacefulProtest, Protests, Demonstrations, "demonstrators gather without violence and are not engaged by force"},
	{ProtestIntervention, Protests, Demonstrations, "a peaceful protest is dispersed or stopped by force without serious harm"},
	{ExcessiveForce, Protests, PVDemonstrations, "force that kills or seriously injures is used against peaceful protesters"},
	{ViolentDemonstration, Riots, Demonstrations, "demonstrators turn to violence or destruction of property"},
	{MobViolence, Riots, PoliticalViolence, "a disorganised crowd attacks people or property (lynching, vigilantes)"},
	{Agreement, Strategic, StrategicDisorder, "a ceasefire, peace deal, prisoner exchange or other agreement"},
	{Arrests, Strategic, StrategicDisorder, "state forces detain people for political reasons"},
	{ChangeToGroup, Strategic, StrategicDisorder, "a group changes leadership, structure, or deploys and moves forces"},
	{DisruptedWeapons, Strategic, StrategicDisorder, "explosives are defused, seized or destroyed before use"},
	{BaseEstablished, Strategic, StrategicDisorder, "an armed group sets up a base or headquarters"},
	{Looting, Strategic, StrategicDisorder, "property is looted, seized or destroyed without violence against people"},
	{TerritoryTransfer, Strategic, StrategicDisorder, "territory changes hands without fighting"},
	{OtherDevelopment, Strategic, StrategicDisorder, "a significant development that fits no other sub-event type"},
}

var subTypes = func() map[string]SubType {
	m := make(map[string]SubType, len(Codebook))
	for _, s := range Codebook {
		m[s.Name] = s
	}
	return m
}()

// LookupSubType returns the codebook entry of a sub-event type.
func LookupSubType(name string) (SubType, bool) {
	s, ok := subTypes[name]
	return s, ok
}

// IsEventType reports whether s is one of the six event types.
func IsEventType(s string) bool {
	for _, t := range EventTypes {
		if t == s {
			return true
		}
	}
	return false
}

// TypeRank is an event type's place in the codebook's order (len(EventTypes)
// for an unknown one).
func TypeRank(t string) int {
	for i, x := range EventTypes {
		if x == t {
			return i
		}
	}
	return len(EventTypes)
}

// Inter is ACLED's actor type code (inter1, inter2).
type Inter int

// Actor type codes.
const (
	InterNone       Inter = 0
	InterState      Inter = 1 // state forces of their own country
	InterRebels     Inter = 2
	InterPolitical  Inter = 3 // political militias, and unidentified armed groups
	InterIdentity   Inter = 4 // communal and ethnic militias
	InterRioters    Inter = 5
	InterProtesters Inter = 6
	InterCivilians  Inter = 7
	InterExternal   Inter = 8 // foreign state forces and other external actors
)

// InteractionCode is ACLED's interaction: the two actor codes, smaller
// first, as a two-digit number; ten times the code of a sole actor.
func InteractionCode(a, b Inter) int {
	switch {
	case a > 0 && b > 0:
		return 10*int(min(a, b)) + int(max(a, b))
	case a > 0:
		return 10 * int(a)
	case b > 0:
		return 10 * int(b)
	}
	return 0
}

// ActorClass is the kind of party an ACLED actor name stands for, in the
// terms claims use (Claim.Victims, Claim.SpeakerSide): "state" for state
// forces, "civ" for civilians, "protester", "rioter", and "armed" for any
// other group; "" for no actor.
func ActorClass(name string) string {
	switch {
	case name == "":
		return ""
	case strings.HasPrefix(name, "Civilians"):
		return "civ"
	case strings.HasPrefix(name, "Military Forces") || strings.HasPrefix(name, "Police Forces"):
		return "state"
	case strings.HasPrefix(name, "Protesters"):
		return "protester"
	case strings.HasPrefix(name, "Rioters"):
		return "rioter"
	}
	return "armed"
}

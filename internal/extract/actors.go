package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

func mentionClass(m mention) string {
	switch m.class {
	case "named":
		if m.named.Inter == 1 {
			return "state"
		}
		return "armed"
	case "air":
		return "state"
	}
	return m.class
}

// byReach is how many words after the event word its agent's "by" may
// come: five, or ten after a passive verb, whose time and place come
// before the agent ("were executed at dawn in X by the Y") within its
// clause (clauseEnds).
func byReach(passive bool) int {
	if passive {
		return 10
	}
	return 5
}

// agentMarker: the word at j introduces an event's doer: "by", "blamed
// on", "attributed to", "claimed to".
func agentMarker(st *sent, j int) bool {
	w, p := st.w(j), st.w(j-1)
	return w == "by" || w == "to" && (p == "attributed" || p == "claimed") || w == "on" && p == "blamed"
}

// hitParticiples are the irregular past participles of what befalls
// people ("were hit by shelling").
var hitParticiples = set("hit", "shot", "struck", "slain", "hurt")

// clauseEnds end the clause of a passive verb: a "by" past them has
// another verb.
var clauseEnds = set(",", ";", ":", ".", "and", "but", "while", "when", "after", "before", "as", "said", "says", "who", "which")

// selfReportAux may stand between the pronoun and the act ("said it had
// killed", "said they have captured").
var selfReportAux = set("had", "has", "have", "would", "will")

// selfReport is the speaker that tells its own deed with a pronoun as
// the act's subject ("The Taliban said they killed five IS fighters",
// "JNIM claimed it had seized the post"): the party just before the
// speech verb, a speaker elsewhere and no party, is the agent here. -1
// when the act's subject is no such pronoun.
func selfReport(st *sent, ti int) int {
	j := ti - 1
	if selfReportAux[st.w(j)] {
		j--
	}
	if w := st.w(j); w != "it" && w != "they" && w != "we" {
		return -1
	}
	j--
	if st.w(j) == "that" {
		j--
	}
	if !speechVerbs[st.w(j)] {
		return -1
	}
	for k := len(st.ments) - 1; k >= 0; k-- {
		// a force of no named country ("the military said it had
		// bombed") is left to the rules that know whose it is
		if m := st.ments[k]; m.tj <= j && (j-m.tj <= 1 || placeBetween(st, m.tj, j)) && fighting(m) && (m.class == "named" || m.country != "") {
			return k
		}
	}
	return -1
}

// speakerRoles may follow a party's name as its voice ("Taliban
// officials", "JNIM sources").
var speakerRoles = set("officials", "official", "spokesman", "spokesmen", "sources", "source", "commanders", "leaders")

// placeBetween: the tokens a..b-1 are "in" and a capitalised name, after
// the voice of the party at most ("Police in Karachi said", "Taliban
// officials in Kunduz said").
func placeBetween(st *sent, a, b int) bool {
	if speakerRoles[st.w(a)] {
		a++
	}
	if st.w(a) != "in" || b-a < 2 || b-a > 4 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !st.toks[k].cap {
			return false
		}
	}
	return true
}

// roles finds the agent and the target of the event word at token ti:
// "clash between X and Y", "X attacked Y", "attack by X on Y", "Y were killed
// after an X attack", "attributed to X". Indices into st.ments, -1 if none.
func (d *doc) roles(st *sent, ti int) (agent, target int) {
	agent, target = -1, -1
	if ti < 0 {
		return
	}
	usable := func(k int) bool { return !st.ments[k].inSpeaker }
	after := func(from, max int, skip int) int {
		for k, m := range st.ments {
			// "shells fired from Tajikistan": where fire came from is no target
			if m.ti >= from && m.ti <= from+max && usable(k) && k != skip && !fromBefore(st, m) {
				return k
			}
		}
		return -1
	}
	te := ti + 1
	for _, tr := range st.trigs {
		if tr.ti == ti {
			te = tr.tj
		}
	}
	for j := te; j < len(st.toks) && j <= te+3; j++ {
		if st.toks[j].w == "between" {
			agent = after(j+1, 6, -1)
			if agent >= 0 {
				target = after(st.ments[agent].tj, 4, agent)
			}
			return
		}
	}
	// "were killed by shelling (from X)": the event's word is the means of
	// a passive verb before it, whose subject it struck
	means := st.w(ti-1) == "by" && passiveAux[st.w(ti-3)] && (strings.HasSuffix(st.w(ti-2), "ed") || hitParticiples[st.w(ti-2)])
	passive := passiveAux[st.w(ti-1)] || st.w(ti-1) == "being" || bareParticiple(st, ti, te) || means
	for j := te; j < len(st.toks) && j <= te+byReach(passive); j++ {
		w := st.toks[j].w
		if agentMarker(st, j) {
			agent = after(j+1, 6, -1)
			break
		}
		if passive && clauseEnds[w] {
			break
		}
	}
	if agent < 0 && passive {
		// the passive's subject ends just before its verb; a subject
		// struck by the means ("Two residents of X village in Y
		// district were killed by shelling") may hold a place phrase
		anchor, reach := ti, 6
		if means {
			anchor, reach = ti-3, 6+maxLocativeWords
		}
		for k, m := range st.ments {
			if usable(k) && m.tj <= anchor && anchor-m.tj <= reach {
				target = k
			}
		}
		if target >= 0 {
			if means {
				agent = fireFromAgent(st, ti, te)
			}
			return
		}
	}
	if agent < 0 && languages[st.lang].postDemonym {
		agent = ezafeAgent(st, te)
	}
	if agent < 0 && !passive && languages[st.lang].sov {
		if a, t, ok := sovRoles(st, ti, usable); ok {
			return a, t
		}
	}
	if agent < 0 && !passive {
		agent = selfReport(st, ti)
	}
	if agent < 0 && !passive {
		bestEnd := -1
		for k, m := range st.ments {
			if usable(k) && m.tj <= ti && ti-m.tj <= 10 && m.tj > bestEnd && !(fighting(m) && d.victimsOf(st, m, ti)) {
				// not across a clause boundary
				ok := true
				for j := m.tj; j < ti; j++ {
					if w := st.toks[j].w; w == ";" || w == "when" || w == "while" || condemnWords[w] {
						ok = false
					}
				}
				if ok {
					agent, bestEnd = k, m.tj
				}
			}
		}
	}
	if agent < 0 {
		agent = fireFromAgent(st, ti, te)
	}
	w := st.w(te)
	if w == "on" || w == "against" || w == "with" || w == "of" {
		target = after(te+1, 6, agent)
	}
	if target < 0 && agent < 0 {
		for k, m := range st.ments {
			if usable(k) && m.tj <= ti && ti-m.tj <= 10 && d.victimsOf(st, m, ti) {
				target = k
			}
		}
	}
	if target < 0 {
		target = after(te, 8, agent)
	}
	if target >= 0 && agent >= 0 && st.ments[target].ti < st.ments[agent].ti && st.ments[agent].ti < ti {
		target = -1
	}
	if target < 0 && agent >= 0 {
		target = joinedSide(st, agent)
	}
	return
}

// fireFromAgent: "shells fired from Tajikistan hit": the forces of the
// country the fire came from (fireFrom), named after the event word; -1
// when none is.
func fireFromAgent(st *sent, ti, te int) int {
	agent := -1
	for k, m := range st.ments {
		if !m.inSpeaker && m.class == "state" && m.ti > ti && m.ti <= te+maxFireLead+1 && fromBefore(st, m) {
			agent = k
		}
	}
	return agent
}

// fromBefore: "from" opens the phrase of mention m, perhaps with a
// people's word between ("from the Kyrgyz military", "со стороны
// киргизских военных" glossed "from киргизских military").
func fromBefore(st *sent, m mention) bool {
	j := m.ti - 1
	if st.w(j) == "the" {
		j--
	}
	for _, p := range st.places {
		if p.ti == j && p.p.Demonym {
			j--
			break
		}
	}
	if st.w(j) == "the" {
		j--
	}
	return st.w(j) == "from"
}

// joinedSide: "RSF and SAF clashed": the party joined to the doer by
// "and", with no object after the verb, is the other side; -1 when none
// is.
func joinedSide(st *sent, agent int) int {
	a := st.ments[agent]
	if st.w(a.ti-1) != "and" {
		return -1
	}
	for k, m := range st.ments {
		if !m.inSpeaker && k != agent && m.tj == a.ti-1 {
			return k
		}
	}
	return -1
}

// bareParticiple: a headline drops the auxiliary of its passive ("Police
// officers shot dead in X", "Two soldiers killed near Y"): a past
// participle right after a party, with no object after it (a
// preposition or the line's end follows), has that party as its target.
func bareParticiple(st *sent, ti, te int) bool {
	if languages[st.lang].sov {
		return false // a verb-final clause ends on its verb, active or not: its passive is written out ("ووژل شول", killed were)
	}
	one := te == ti+1 && strings.HasSuffix(st.w(ti), "ed") // "killed", not "opened fire on"
	if ti < 1 || !one && !(st.w(ti) == "shot" && st.w(ti+1) == "dead") && !(st.w(ti) == "gunned" && st.w(ti+1) == "down") {
		return false
	}
	named := false
	for _, m := range st.ments {
		named = named || m.tj == ti
	}
	return named && participleEnds[st.w(te)]
}

// participleEnds follow a passive participle that has no object.
var participleEnds = set("in", "near", "at", "on", "by", "after", "as", "during", "outside", "inside", "while", ",", ".", ":", ";", "-", "")

// condemnWords judge an event another did: a party that condemns or
// mourns it ("UN condemns bombing of camp") is not its agent.
var condemnWords = set("condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced",
	"deplore", "deplores", "deplored", "decry", "decries", "decried", "mourn", "mourns", "mourned")

// victimListWords join the parties of a list of victims ("two soldiers
// and a policeman", "a soldier, six militants"), with their counts.
var victimListWords = set(",", "and", "a", "an")

// victimsOf: the party m is told killed or hurt by the event word at ti
// ("Three soldiers killed by a landmine", "policemen were wounded in a
// blast", "a soldier, six militants killed in"): a passive participle of
// harm follows it or the list it opens, so it is the event's target, not
// its agent. Roles asks it of fighting parties only: civilians found as
// an agent are the target already (actorsEvent puts them second).
func (d *doc) victimsOf(st *sent, m mention, ti int) bool {
	j := m.tj
	for j < ti && (victimListWords[st.w(j)] || st.toks[j].number() || d.mentionAt(st, j)) {
		j++
	}
	for j < ti && auxWords[st.w(j)] {
		j++
	}
	if j >= ti || !harmWord(st, j) {
		return false
	}
	// a hitting verb's present tense is active ("Militants attack in X")
	if w := st.w(j); harmVerbs[w] && !strings.HasSuffix(w, "ed") && w != "hit" && w != "struck" {
		return false
	}
	return passiveAt(st, j)
}

// actor is a resolved party.
type actor struct {
	name    string
	inter   event.Inter
	class   string // state, armed, civ, protester, rioter, air
	country string
	force   string
	assoc   string
}

func stateName(force, country string) string {
	if force == "police" {
		return "Police Forces of " + country
	}
	return "Military Forces of " + country
}

// resolve turns a mention into an ACLED actor within an event.
func (d *doc) resolve(m mention, st *sent, ev *evb, country string, named *ActorEntry) (actor, bool) {
	c := m.country
	if c == "" || c == "@" {
		c = country
	}
	switch m.class {
	case "named":
		n := d.homonym(m.named, country)
		a := actor{name: n.Name, inter: n.Inter, class: "armed", country: n.Country}
		if a.inter == event.InterState {
			a.class = "state"
		}
		return a, true
	case "state":
		if m.unident {
			return actor{name: "Unidentified Military Forces", inter: event.InterExternal, class: "state", force: "military"}, true
		}
		if c == "" {
			return actor{}, false
		}
		a := actor{name: stateName(m.force, c), inter: event.InterState, class: "state", country: c, force: m.force}
		if m.unit != "" {
			a.assoc = c + " " + m.unit
		}
		return a, true
	case "air":
		if m.unident || (m.country == "" && false) {
			return actor{name: "Unidentified Military Forces", inter: event.InterExternal, class: "state", force: "air"}, true
		}
		if m.country == "" || m.country == "@" {
			return actor{}, false
		}
		return actor{name: "Military Forces of " + m.country, inter: event.InterState, class: "state", country: m.country, force: "air"}, true
	case "armed":
		if m.unit != "" {
			return actor{name: ethnicMilitia(m.unit, c), inter: event.InterIdentity, class: "armed", country: c}, true
		}
		// "unknown gunmen" are no group the text names elsewhere (the
		// Taliban members they killed are not their own killers)
		if named != nil && !m.unident {
			named = d.homonym(named, country)
			return actor{name: named.Name, inter: named.Inter, class: "armed", country: named.Country}, true
		}
		return actor{name: "Unidentified Armed Group", inter: event.InterPolitical, class: "armed"}, true
	case "civ":
		return civilians(c), true
	case "protester":
		return actor{name: "Protesters (" + c + ")", inter: event.InterProtesters, class: "protester", country: c}, true
	case "rioter":
		return actor{name: "Rioters (" + c + ")", inter: event.InterRioters, class: "rioter", country: c}, true
	case "prisoner":
		return actor{name: "Rioters (" + c + ")", inter: event.InterRioters, class: "rioter", country: c, assoc: "Prisoners (" + c + ")"}, true
	}
	return actor{}, false
}

// civilians are ACLED's civilians of country c ("Civilians (Mali)"),
// of none when c is "".
func civilians(c string) actor {
	return actor{name: ofCountry("Civilians", c), inter: event.InterCivilians, class: "civ", country: c}
}

// ofCountry is an ACLED group name with its country in brackets, or the
// bare name when the country is unknown.
func ofCountry(name, c string) string {
	if c == "" {
		return name
	}
	return name + " (" + c + ")"
}

// groupFor is the named non-state group an unnamed one ("gunmen",
// "attackers") most likely is: one the event already names, else one named
// in the same sentence (speakers included), paragraph or headline.
func (d *doc) groupFor(ev *evb, bg bool) *ActorEntry {
	// "No group has claimed responsibility": a group the report names
	// besides ("ISKP has claimed similar attacks in the past") is no doer
	if d.noClaimant(ev) {
		return nil
	}
	// "Militants attacked a Taliban post": the group the deed is done to
	// is not the unnamed doers' own (nor, named in the paragraph or the
	// headline, is one struck there: paraNamed, titleNamed)
	struck := map[*ActorEntry]bool{}
	for _, es := range ev.sents {
		hit := d.actedOn(es.st)
		if _, t := d.roles(es.st, es.trig); t >= 0 && es.trig >= 0 && es.st.ments[t].ti > es.trig {
			hit[t] = true // the event's own word, a count's verb too ("Killing of Taliban Member")
		}
		for k := range hit {
			if es.st.ments[k].class == "named" {
				struck[es.st.ments[k].named] = true
			}
		}
	}
	for _, es := range ev.sents {
		for _, m := range es.st.ments {
			if m.class == "named" && m.named.Inter != 1 && m.named.Inter != 8 && !m.inSpeaker && !struck[m.named] {
				return m.named
			}
		}
	}
	// A group that tells its own deed is its doer ("the Taliban said they
	// killed five soldiers", "Al Shabaab claimed the attack"); one that
	// gives the count of civilians killed reports another's deed.
	teller := d.civilianTellers(ev)
	for _, es := range ev.sents {
		for _, m := range es.st.ments {
			if m.class == "named" && m.named.Inter != 1 && m.named.Inter != 8 && !teller[m.named] && !struck[m.named] {
				return m.named
			}
		}
		for _, a := range d.paraNamed[es.st.para] {
			if a.Inter != 8 && !teller[a] && !struck[a] {
				return a
			}
		}
	}
	if !bg {
		for _, a := range d.titleNamed {
			if a.Inter != 8 && !teller[a] && !struck[a] {
				return a
			}
		}
	}
	return nil
}

// struck marks the mentions of st that an act of st is done to ("attacked
// a Taliban post"): a group so named is no unnamed doer's. Not the dead a
// count names: "Police said 5 Taliban were killed in the gunfight" names
// the attackers. A sentence that opens another incident ("Elsewhere,
// troops killed 6 Boko Haram fighters") lends none of its groups to the
// paragraph's other deeds: all its mentions are marked.
func (d *doc) struck(st *sent) map[int]bool {
	if otherIncident(st) {
		out := map[int]bool{}
		for k := range st.ments {
			out[k] = true
		}
		return out
	}
	return d.actedOn(st)
}

// actedOn marks the mentions of st that an act of st is done to, after
// its word (the dead before a battle's noun fought in it).
func (d *doc) actedOn(st *sent) map[int]bool {
	out := map[int]bool{}
	for _, tr := range st.trigs {
		// "5 Taliban were killed in the gunfight": before the word
		if _, t := d.roles(st, tr.ti); t >= 0 && st.ments[t].ti > tr.ti {
			out[t] = true
		}
	}
	return out
}

// otherIncident: st opens with a word that turns to another incident.
func otherIncident(st *sent) bool {
	if st.newMark { // "Elsewhere, ...", "Separately, ...", "Meanwhile, ..."
		return true
	}
	return st.w(0) == "in" && (st.w(1) == "another" || st.w(1) == "a" && st.w(2) == "separate") &&
		(st.w(2) == "incident" || st.w(3) == "incident")
}

// noClaimant: a sentence of the event or of its paragraphs says no one
// has claimed it ("No group has so far claimed responsibility", "no one
// claimed the attack"), and none blames anyone ("but residents blamed
// JNIM fighters": the group blamed is the doer as the text has it).
func (d *doc) noClaimant(ev *evb) bool {
	paras := map[int]bool{}
	for _, es := range ev.sents {
		paras[es.st.para] = true
	}
	none := false
	for _, st := range d.sents {
		if !paras[st.para] {
			continue
		}
		for _, t := range st.toks {
			if blameWords[t.w] {
				return false
			}
		}
		if none {
			continue
		}
		for i := 0; i+2 < len(st.toks); i++ {
			if st.w(i) != "no" || st.w(i+1) != "group" && st.w(i+1) != "one" && st.w(i+1) != "organization" && st.w(i+1) != "organisation" {
				continue
			}
			for j := i + 2; j < len(st.toks) && j <= i+6; j++ {
				if strings.HasPrefix(st.w(j), "claim") {
					none = true
				}
			}
		}
	}
	return none
}

// blameWords attribute an attack to a group without its claim.
var blameWords = set("blamed", "blames", "blame", "accused", "accuses", "suspected", "attributed")

// civilianTellers are the named groups of the event's sentences that
// are the source of its count of civilians killed or hurt ("three
// civilians killed in shelling, Taliban say"): no group counts the
// civilians it killed, so they are not its doer.
func (d *doc) civilianTellers(ev *evb) map[*ActorEntry]bool {
	var tellers []string
	for _, c := range ev.claims {
		if c.victim == "civ" && c.c.AttributedTo != "" {
			tellers = append(tellers, strings.ToLower(c.c.AttributedTo))
		}
	}
	if len(tellers) == 0 {
		return nil
	}
	out := map[*ActorEntry]bool{}
	for _, es := range ev.sents {
		for _, m := range es.st.ments {
			if m.class != "named" || !m.inSpeaker || claimsDeed(es.st, m) {
				continue
			}
			name := strings.ToLower(d.tokText(es.st, m.ti, m.tj))
			for _, t := range tellers {
				if name != "" && strings.Contains(t, name) {
					out[m.named] = true
				}
			}
		}
	}
	return out
}

// stateTeller: a state's forces that give the count of the fighters
// killed ("Army: 30 militants killed in an operation", "12 insurgents
// killed, the military said") tell of their own deed: the state's forces
// report the militants they kill, as a group claims its own attacks (see
// civilianTellers for the converse). Only when the text names no doer,
// and every victim counted is a fighter of an armed group.
//
// The dead called by the state's own word for its enemies ("terrorists",
// "khawarij") are counted in the state's voice, speaker named or not
// ("More than 200 terrorists perished"): its forces killed them in a
// battle (a bomb that went off in its makers' hands is theirs alone).
func (d *doc) stateTeller(ev *evb, country string, named *ActorEntry) actor {
	n, stateWord := 0, false
	for _, c := range ev.claims {
		switch c.victim {
		case "":
		case "armed":
			n++
			ws := strings.Fields(strings.ToLower(c.c.Who))
			stateWord = stateWord || len(ws) > 0 && stateEnemyWords[ws[len(ws)-1]] && c.c.Kind == event.Killed
		default:
			return actor{}
		}
	}
	if n == 0 {
		return actor{}
	}
	if a := d.speakerForce(ev, country, named); a.name != "" || !stateWord || country == "" || ev.class != event.Battles {
		return a
	}
	a, _ := d.resolve(mention{class: "state", force: "military"}, nil, ev, country, named)
	return a
}

// stateEnemyWords are the words a state's forces call the fighters they
// kill; a group's own reports call them otherwise.
var stateEnemyWords = set("terrorists", "terrorist", "khawarij", "khwarij", "miscreants")

// speakerForce is the state force that speaks in ev's sentences ("police
// said", "the border troops said"), or the force a ministry or governor
// speaking answers for ("MoI", "the defence ministry"); none when no
// state speaks.
func (d *doc) speakerForce(ev *evb, country string, named *ActorEntry) actor {
	if a := d.speakerParty(ev, country, named,
		func(m mention) bool { return (m.class == "state" || m.class == "named") && !m.unident },
		func(a actor) bool { return a.class == "state" }); a.name != "" {
		return a
	}
	for _, es := range ev.sents {
		if f := ministryForce(es.st); f != "" {
			if a, ok := d.resolve(mention{class: "state", force: f}, es.st, ev, country, named); ok && a.class == "state" {
				return a
			}
		}
	}
	return actor{}
}

// ministryForces are the words of the state's offices whose figures are
// their forces' own: an interior ministry speaks for the police, a
// defence ministry or a governor for the army.
var ministryForces = map[string]string{"moi": "police", "interior": "police", "mod": "military", "defence": "military",
	"defense": "military", "governor": "military"}

// ministryForce is the force of the office that speaks in st, or "".
func ministryForce(st *sent) string {
	return ministryForces[speakerWord(st, func(w string) bool { return ministryForces[w] != "" })]
}

// arrester: who made the arrests the text tells without a doer ("14
// suspects were arrested, police said", "Twelve protesters were
// detained, the interior ministry said"): the state force that tells
// them, as the state's forces report the militants they kill
// (stateTeller); a ministry or "authorities" that tell them speak for
// the country's police. None when no state speaks.
func (d *doc) arrester(ev *evb, country string, named *ActorEntry) actor {
	if a := d.speakerForce(ev, country, named); a.name != "" {
		return a
	}
	if country == "" {
		return actor{}
	}
	for _, es := range ev.sents {
		if stateSpeaks(es.st) {
			return actor{name: stateName("police", country), inter: event.InterState, class: "state", country: country, force: "police"}
		}
	}
	return actor{}
}

// isTarget: a is one of the parties the event struck or took.
func (ps parties) isTarget(a actor) bool {
	for _, t := range ps.targets {
		if t.name == a.name {
			return true
		}
	}
	return false
}

// speakingParty is the first party, other than not, that speaks in ev's
// sentences: the authority that tells of arrests it made.
func (d *doc) speakingParty(ev *evb, country string, named *ActorEntry, not actor) actor {
	return d.speakerParty(ev, country, named, fighting, func(a actor) bool { return a.name != not.name })
}

// speakerParty is the first mention in a speaker's words of ev's
// sentences that keepMention accepts, resolved to a party keepActor
// accepts; none when there is none.
func (d *doc) speakerParty(ev *evb, country string, named *ActorEntry, keepMention func(mention) bool, keepActor func(actor) bool) actor {
	for _, es := range ev.sents {
		for _, m := range es.st.ments {
			if !m.inSpeaker || !keepMention(m) {
				continue
			}
			if a, ok := d.resolve(m, es.st, ev, country, named); ok && keepActor(a) {
				return a
			}
		}
	}
	return actor{}
}

// claimsDeed: the group's words are a claim of its own deed ("claimed
// the attack", "claims responsibility", "claimed killing"): a "claim"
// verb right after it with the deed or responsibility as its object.
func claimsDeed(st *sent, m mention) bool {
	if !strings.HasPrefix(st.w(m.tj), "claim") {
		return false
	}
	for k := m.tj + 1; k < len(st.toks) && k <= m.tj+3; k++ {
		if w := st.w(k); w == "responsibility" || w == "credit" {
			return true
		}
		for _, tr := range st.trigs {
			if tr.ti == k {
				return true
			}
		}
	}
	return false
}

func (d *doc) actorsEvent(ev *evb, e *event.Event) {
	// the country of a party the text gives none: the event's, but not
	// the coastal state an event at sea is filed under (a warship or a
	// crew of no named nationality stays without one)
	country := e.Country
	if ev.atSea {
		country = ""
	}
	bg := e.Background
	named := d.groupFor(ev, bg)
	lead, agents, targets, others := d.partiesOf(ev, country, named)
	var a1, a2 actor
	for _, a := range append(lead, agents...) {
		if a1.name == "" {
			a1 = a
		}
	}
	// the fighters counted are no doer of their own deaths: a group in
	// actor 1 there (unnamed, or named as the dead: "15 Taliban killed:
	// MoI") is the victims, and the state's forces that count them did it
	if a1.name == "" || a1.class == "armed" {
		if t := d.stateTeller(ev, country, named); t.name != "" {
			if a1.name != "" {
				a2 = a1
			}
			a1 = t
		}
	}
	for _, a := range targets {
		if a2.name == "" && a.name != a1.name {
			a2 = a
		}
	}
	ps := parties{agents, targets, others, lead}
	switch ev.class {
	case event.Riots:
		a1, a2 = riotActors(ev, country, ps)
	case event.Protests:
		a1, a2 = protestActors(ev, country, ps)
	case event.Strategic:
		a1, a2 = d.strategicActors(ev, country, named, a1, a2, ps)
	default:
		a1, a2 = d.violentActors(ev, country, named, a1, a2, ps)
	}
	if ev.fam == "air" && a1.force == "air" {
		a1, a2 = alliedAircraft(a1, a2, append(append(agents, targets...), others...))
	}
	if a2.name == a1.name {
		a2 = actor{}
	}
	// associated state units and forces of the same country
	assocFor := func(side actor) string {
		var as []string
		if side.assoc != "" {
			as = append(as, side.assoc)
		}
		if side.class != "state" || side.country == "" {
			return strings.Join(as, "; ")
		}
		for _, o := range append(append(agents, targets...), others...) {
			if o.class != "state" || o.country != side.country {
				continue
			}
			if o.assoc != "" {
				as = appendUniq(as, o.assoc)
			}
			if o.name != side.name && o.force != "air" {
				as = appendUniq(as, o.name)
			}
		}
		return strings.Join(as, "; ")
	}
	// state forces acting outside their own country are external forces
	for _, a := range []*actor{&a1, &a2} {
		if a.class == "state" && a.inter == event.InterState && a.country != "" && country != "" && a.country != country {
			a.inter = event.InterExternal
		}
	}
	e.Actor1, e.Inter1, e.AssocActor1 = a1.name, a1.inter, assocFor(a1)
	e.Actor2, e.Inter2, e.AssocActor2 = a2.name, a2.inter, assocFor(a2)
	if a2.class == "civ" {
		e.CivilianTargeting = "Civilian targeting"
	}
	e.Interaction = event.InteractionCode(e.Inter1, e.Inter2)
}

func appendUniq(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// alliedAircraft: two states' aircraft in one strike ("Syrian and
// Russian jets bombed the town") fly on one side: another state's air
// force among the parties is actor 1's ally, never its target (the
// target is then the first other party the text names).
func alliedAircraft(a1, a2 actor, parties []actor) (actor, actor) {
	ally := func(o actor) bool { return o.force == "air" && o.class == "state" && o.country != a1.country }
	for _, o := range parties {
		if ally(o) && !strings.Contains(a1.assoc, o.name) {
			if a1.assoc != "" {
				a1.assoc += "; "
			}
			a1.assoc += o.name
		}
	}
	if !ally(a2) {
		return a1, a2
	}
	for _, o := range parties {
		if !ally(o) && o.name != a1.name {
			return a1, o
		}
	}
	return a1, actor{}
}

// participleDoer: the doer of a participle after a comma ("Militants
// stormed a police station, killing four officers") is the subject of
// the clause before it, not the nearest party there (the station it
// stormed): the first party of the sentence, when it opens it. -1 when
// the claim word is no such participle.
func participleDoer(st *sent, kw, victim int) int {
	if kw < 1 || st.w(kw-1) != "," || !strings.HasSuffix(st.w(kw), "ing") {
		return -1
	}
	for k, m := range st.ments {
		if m.inSpeaker || k == victim || m.tj > kw {
			continue
		}
		if m.ti <= maxSubjectLead {
			return k
		}
		return -1
	}
	return -1
}

// ownDead is the mention of the named party that speaks in st when the
// claim sc counts its own people ("five of their fighters", "its
// soldiers"): the victims are the speaker's, or -1.
func ownDead(st *sent, sc sclaim) int {
	w := st.w(sc.whoA)
	if w == "of" {
		w = st.w(sc.whoA + 1) // "five of their fighters"
	}
	if !event.OwnWord(w) {
		return -1
	}
	for k, m := range st.ments {
		if m.inSpeaker && (m.class == "named" || m.class == "state") {
			return k
		}
	}
	return -1
}

// maxSubjectLead is how many words may open a sentence before its subject
// (an article, a nationality, "Suspected", "At least 20"): a party named
// later is no subject but an object or a place's part.
const maxSubjectLead = 3

// partiesOf reads the parties of ev's sentences by role: lead, the agents
// of a killing told before its event word as a noun ("killed five
// soldiers in an ambush"); the agents and targets its event words and
// claims name; and every other party named, once each.
func (d *doc) partiesOf(ev *evb, country string, named *ActorEntry) (lead, agents, targets, others []actor) {
	seenOther := map[string]bool{}
	for _, es := range ev.sents {
		st := es.st
		add := func(list *[]actor, k int) {
			if k < 0 {
				return
			}
			if a, ok := d.resolve(st.ments[k], st, ev, country, named); ok {
				*list = append(*list, a)
			}
		}
		isTrig := false
		for _, tr := range st.trigs {
			if tr.ti == es.trig {
				isTrig = true
			}
		}
		agentName, agentEnd := "", 0 // a group the sentence names as an agent, and the token its name ends at
		addAgent := func(k int) {
			if k >= 0 && st.ments[k].class == "named" {
				agentName, agentEnd = d.homonym(st.ments[k].named, country).Name, st.ments[k].tj
			}
			add(&agents, k)
		}
		// an unnamed group hit by a named one told before it is not that
		// group ("VDP members killed two suspected jihadists")
		addTarget := func(k int) {
			if k < 0 {
				return
			}
			a, ok := d.resolve(st.ments[k], st, ev, country, named)
			if ok && st.ments[k].class == "armed" && named != nil && a.name == named.Name && a.name == agentName && agentEnd <= st.ments[k].ti {
				a = actor{name: "Unidentified Armed Group", inter: event.InterPolitical, class: "armed"}
			}
			if ok {
				targets = append(targets, a)
			}
		}
		if isTrig {
			ag, tg := d.roles(st, es.trig)
			addAgent(ag)
			addTarget(tg)
		}
		for _, sc := range ev.claims {
			if sc.sent != st.i {
				continue
			}
			k := -1 // the victims' party: a named one among them, else the first
			for k1, m := range st.ments {
				owner := languages[st.lang].ownerBefore && m.class == "named" && m.tj <= sc.whoA && sc.whoA-m.tj <= 1 &&
					ofParticleBefore(d.text, st.toks[m.ti].s)
				if (m.ti >= sc.whoA && m.ti < sc.whoB || owner) && !m.inSpeaker {
					if k < 0 {
						k = k1
					}
					if m.class == "named" {
						k = k1 // "15 fighters of the Islamic State": the group
						break
					}
				}
			}
			if sp := ownDead(st, sc); sp >= 0 {
				// "the Taliban said five of their fighters were killed
				// in clashes with the NRF": the speaker's own dead; in a
				// battle whose doer is not named the speaker is a side,
				// the one it fought the other ("... when Pakistani
				// troops fired mortars": the troops struck, the
				// speaker's side was hit)
				if ev.class == event.Battles && len(agents) == 0 && len(lead) == 0 {
					if a, ok := d.resolve(st.ments[sp], st, ev, country, named); ok {
						lead = append(lead, a)
					}
					continue
				}
				k = sp
			}
			// "militants captured 50 soldiers", "gunmen kill
			// vaccinator": the party before the verb is the agent, the
			// victims named or not
			// and so when the event word follows as a noun ("gunmen killed
			// seven farmers in an attack on X"): the killers did the attack
			if sc.kw < sc.whoA && (!isTrig || sc.whoB <= es.trig) && (k >= 0 || sc.victim != "") {
				best := -1
				for k2, m2 := range st.ments {
					if m2.tj <= sc.kw && sc.kw-m2.tj <= 6 && !m2.inSpeaker && k2 != k {
						best = k2
					}
				}
				if s := participleDoer(st, sc.kw, k); s >= 0 {
					best = s
				}
				if best < 0 {
					best = selfReport(st, sc.kw) // "X said it killed five Y"
				}
				if isTrig && best >= 0 {
					// ahead of the victims the event word found as its agent
					if a, ok := d.resolve(st.ments[best], st, ev, country, named); ok {
						lead = append(lead, a)
					}
				}
				addAgent(best)
			} else if languages[st.lang].sov && sc.kw >= sc.whoB && !passiveAux[st.w(sc.kw+1)] && len(agents) == 0 {
				// a verb-final clause: the party opening it, before the
				// people counted, did it ("د طالبانو ځواکونو ... درې
				// وسله وال ووژل": the Taliban's forces killed three
				// armed men); not when the verb is passive ("ووژل شول")
				usable := func(j int) bool { return !st.ments[j].inSpeaker && st.ments[j].ti < sc.whoA && j != k }
				if a, _, ok := sovRoles(st, sc.kw, usable); ok && a >= 0 {
					addAgent(a)
				}
			}
			addTarget(k)
		}
		for k, m := range st.ments {
			if m.inSpeaker {
				continue
			}
			if a, ok := d.resolve(m, st, ev, country, named); ok && !seenOther[a.name+a.assoc] {
				seenOther[a.name+a.assoc] = true
				others = append(others, a)
			}
			_ = k
		}
	}
	return lead, agents, targets, others
}

// ofParticleBefore: Pashto's "of", د, the glosses drop, stands right
// before the text at byte at ("د داعش درې غړي": three members of Daesh).
// Without it the group before a count is the verb's doer, in the oblique
// case a past verb's agent takes ("طالبانو درې سرتیري ووژل": the Taliban
// killed three soldiers).
func ofParticleBefore(text string, at int) bool {
	b := strings.TrimRight(text[:at], " \u200c")
	return strings.HasSuffix(b, "د") && (len(b) == len("د") || b[len(b)-len("د")-1] == ' ')
}

// fliesAsDoer: group a is the subject of the act the drones did, so it
// flew them: it kills before its victims ("Rebels killed four soldiers in
// a drone attack": lead), or attacks with drones as its weapon ("attacked
// the base with drones": airMeans). A group the drone strike killed
// ("Taliban fighters died in a drone strike") is neither.
func (d *doc) fliesAsDoer(ev *evb, a actor, ps parties) bool {
	if hasActor(ps.lead, a) {
		return true
	}
	if !hasActor(ps.agents, a) {
		return false
	}
	for _, es := range ev.sents {
		if es.trig >= 0 && airMeans(es.st, es.trig) {
			return true
		}
	}
	return false
}

// hasActor: a is among list.
func hasActor(list []actor, a actor) bool {
	return slices.ContainsFunc(list, func(o actor) bool { return o.name == a.name })
}

// parties are an event's parties by role: the agents and targets its
// event words and claims name, and every other party of its sentences.
type parties struct{ agents, targets, others, lead []actor }

// riotActors: the rioters (with the armed men and prisoners among them as
// their associates) and the state's forces they met.
func riotActors(ev *evb, country string, ps parties) (a1, a2 actor) {
	agents, targets, others := ps.agents, ps.targets, ps.others
	c := country
	r := actor{name: "Rioters (" + c + ")", inter: event.InterRioters, class: "rioter", country: c}
	var assoc []string
	for _, o := range append(append(agents, targets...), others...) {
		if o.assoc != "" && o.class == "rioter" {
			assoc = appendUniq(assoc, o.assoc)
		}
		if o.class == "armed" {
			assoc = appendUniq(assoc, o.name)
		}
	}
	for _, es := range ev.sents {
		for _, t := range es.st.toks {
			if t.w == "prison" || t.w == "jail" {
				assoc = appendUniq(assoc, "Prisoners ("+c+")")
			}
		}
	}
	r.assoc = strings.Join(assoc, "; ")
	a1, a2 = r, actor{}
	for _, o := range others {
		if o.class == "state" {
			a2 = o
			break
		}
	}
	if a2.name == "" && civVictims(ev) {
		// "a mob lynched a man": the people a crowd kills or hurts are
		// civilians, whether or not a party word names them
		a2 = civilians(c)
	}
	return a1, a2
}

// protestActors: the protesters and the forces that met the crowd.
func protestActors(ev *evb, country string, ps parties) (a1, a2 actor) {
	agents, targets, others := ps.agents, ps.targets, ps.others
	c := country
	a1 = actor{name: "Protesters (" + c + ")", inter: event.InterProtesters, class: "protester", country: c}
	// the forces that met the crowd: its target or agent ("police
	// arrested ... during a rally"), or, when its people were detained,
	// any forces named; a peaceful protest drops them (typeEvent)
	a2 = actor{}
	cands := append(targets, agents...)
	if detainedAt(ev) {
		cands = append(cands, others...)
	}
	for _, o := range cands {
		if o.class == "state" {
			a2 = o
			break
		}
	}
	return a1, a2
}

// strategicActors: the deployer, the arrester or whoever did the
// non-violent act, from the parties found so far (a1, a2).
func (d *doc) strategicActors(ev *evb, country string, named *ActorEntry, a1, a2 actor, ps parties) (actor, actor) {
	agents, others := ps.agents, ps.others
	if ev.fam == "deploy" || ev.fam == "exercise" || ev.fam == "deployed" {
		// the deployer, not the troops deployed: a country that
		// deploys, the agent, a group the sentence names, another party
		a1 = actor{}
		for _, es := range ev.sents {
			for _, m := range es.st.ments {
				if m.subj && a1.name == "" {
					a1, _ = d.resolve(m, es.st, ev, country, named)
				}
			}
		}
		for _, a := range agents {
			if a1.name == "" && (a.class == "state" || a.class == "armed") {
				a1 = a
			}
		}
		if a1.name == "" && named != nil {
			a1 = actor{name: named.Name, inter: named.Inter, class: "armed", country: named.Country}
		}
	}
	if a1.name == "" {
		for _, o := range others {
			if o.class == "state" || o.class == "armed" {
				a1 = o
				break
			}
		}
	}
	if (ev.fam == "detained" || ev.fam == "arrest") && a1.class == "armed" && ps.isTarget(a1) {
		// "the arrest of five IS members": the group detained is the
		// target; who arrested is the force or the party that tells it
		a2, a1 = a1, d.arrester(ev, country, named)
		if a1.name == "" {
			a1 = d.speakingParty(ev, country, named, a2)
		}
	}
	if (ev.fam == "detained" || ev.fam == "arrest") && a1.class != "state" && a1.class != "armed" {
		if t := d.arrester(ev, country, named); t.name != "" {
			if a2.name == "" {
				a2 = a1
			}
			a1 = t
		}
	}
	if a1.name == "" && a2.name != "" {
		a1, a2 = a2, actor{}
	}
	if a1.name == "" && named != nil {
		a1 = actor{name: named.Name, inter: named.Inter, class: "armed"}
	}
	if ev.fam == "deploy" || ev.fam == "exercise" || ev.fam == "deployed" || ev.fam == "fled" {
		a2 = actor{}
	}
	return a1, a2
}

// violentActors: the doer and the target of a battle, an explosion or an
// attack, from the parties found so far (a1, a2): a state flies the
// aircraft, civilians killed are the target, a named group or an
// unidentified one does what nobody is named doing.
func (d *doc) violentActors(ev *evb, country string, named *ActorEntry, a1, a2 actor, ps parties) (actor, actor) {
	others := ps.others
	if ev.class == event.Explosions && ev.fam == "air" && !d.plantedBombing(ev) {
		if a1.class != "state" && !(a1.class == "armed" && d.droneStrike(ev) && (d.groupFlies(ev) || d.fliesAsDoer(ev, a1, ps))) && !d.bombedBy(ev, a1) {
			if a2.name == "" && a1.name != "" {
				a2 = a1
			}
			a1 = actor{}
			for _, o := range others {
				if o.class == "state" && (o.force == "air" || o.inter == event.InterExternal) {
					a1 = o
					break
				}
			}
			if a1.name == "" {
				a1 = actor{name: "Unidentified Military Forces", inter: event.InterExternal, class: "state"}
			}
		}
	}
	if (a2.name == "" || a2.class == "civ") && ev.class == event.Battles && a1.class == "state" {
		// a battle of two states' forces is between them, whoever it
		// killed: the villagers caught in it are no side ("border guards
		// of X and Y exchanged fire, killing two people")
		for _, o := range others {
			if o.class == "state" && o.country != "" && a1.country != "" && o.country != a1.country {
				a2 = o
				break
			}
		}
	}
	if a2.name == "" && civVictims(ev) && !fighterVictims(ev) {
		// "Gunmen kill vaccinator": the civilians killed are the
		// target even when no party word names them; where fighters
		// are counted too, a civilian among the dead (a driver caught
		// in an ambush on troops) does not make it an attack on
		// civilians
		a2, _ = d.resolve(mention{class: "civ"}, nil, ev, country, nil)
	}
	if a2.name == "" && a1.class != "civ" && civilianObject(ev) && !fighterVictims(ev) {
		// "Gunmen attacked a village, killing 11" (civilianplaces.go)
		a2, _ = d.resolve(mention{class: "civ"}, nil, ev, country, nil)
	}
	if a2.name == "" {
		for _, o := range others {
			if o.name == a1.name || (o.class == "civ" && a1.name == "") {
				continue
			}
			if o.class == "state" && a1.class == "state" && o.country == a1.country {
				continue
			}
			a2 = o
			break
		}
	}
	if a1.name == "" {
		for _, o := range others {
			if o.name != a2.name && o.class != "civ" && !(o.class == "state" && a2.class == "state" && o.country == a2.country) {
				a1 = o
				break
			}
		}
	}
	if a1.class == "state" && a2.name == "" && onlyStateVictims(ev) {
		// "Police inspector shot dead": the forces named are the dead,
		// the target; whoever shot them is actor 1
		a1, a2 = actor{}, a1
	}
	if a1.name == "" || a1.class == "civ" {
		if a1.class == "civ" && (a2.name == "" || a2.class == "civ") && !fighterVictims(ev) && hurtAny(ev) && civCrowd(ev) {
			// "Villagers beat to death two suspected thieves": people of
			// no party who kill or hurt are a mob (typeEvent codes it)
			ev.mob = true
		}
		if a1.class == "civ" && a2.name == "" {
			a2 = a1
		}
		if named != nil && named.Name != a2.name {
			a1 = actor{name: named.Name, inter: named.Inter, class: "armed", country: named.Country}
		} else {
			a1 = actor{name: "Unidentified Armed Group", inter: event.InterPolitical, class: "armed"}
		}
	}
	return a1, a2
}

// civCrowd: a sentence of ev names people in the plural, of no party
// ("villagers", "residents", "a crowd"), before the word of an act it
// counts: a crowd acted, not one man ("a woman opened fire, killing two");
// crowdWords (causes.go) name one in the singular.
func civCrowd(ev *evb) bool {
	for _, es := range ev.sents {
		for _, m := range es.st.ments {
			w := es.st.w(m.tj - 1)
			if m.class != "civ" || m.inSpeaker || !pluralPerson(w) && !crowdWords[w] {
				continue
			}
			agent := false
			for _, sc := range ev.claims {
				if sc.sent != es.st.i {
					continue
				}
				if m.ti >= sc.whoA && m.ti < sc.whoB {
					agent = false // the people counted, not the doers
					break
				}
				agent = agent || sc.kw >= m.tj
			}
			if agent {
				return true
			}
		}
	}
	return false
}

// hurtAny: a claim of ev counts people killed or wounded by an act its
// sentence tells with a verb ("beat to death two", "killed a man"), not
// found dead ("find body of young man": the finders did nothing).
func hurtAny(ev *evb) bool {
	for _, sc := range ev.claims {
		if k := sc.c.Kind; k != event.Killed && k != event.Wounded || sc.c.Count <= 0 {
			continue
		}
		for _, es := range ev.sents {
			if es.st.i != sc.sent || sc.kw < 0 || sc.kw >= len(es.st.toks) {
				continue
			}
			if w := es.st.w(sc.kw); actVerbWords[w] != "" || w != "of" && killPhraseEnd(es.st, sc.kw) != "" {
				return true
			}
		}
	}
	return false
}

// onlyStateVictims: ev's claims of dead or wounded count only the state's
// forces, at least one.
func onlyStateVictims(ev *evb) bool {
	n := 0
	for _, sc := range ev.claims {
		switch sc.c.Kind {
		case event.Killed, event.Wounded, event.Casualties:
			if sc.victim != "state" {
				return false
			}
			n++
		}
	}
	return n > 0
}

// fighterVictims: a claim of ev counts a state's forces or an armed
// group's fighters among its victims.
func fighterVictims(ev *evb) bool {
	for _, sc := range ev.claims {
		if sc.victim == "state" || sc.victim == "armed" {
			return true
		}
	}
	return false
}

// civVictims: a claim of ev counts civilians among its victims.
func civVictims(ev *evb) bool {
	for _, sc := range ev.claims {
		if sc.victim == "civ" {
			return true
		}
	}
	return false
}

// detainedAt: a claim of ev counts people detained.
func detainedAt(ev *evb) bool {
	for _, sc := range ev.claims {
		if sc.c.Kind == event.Detained {
			return true
		}
	}
	return false
}

package extract

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// aircraftBefore: a mention of aircraft ends right before token i, or
// one word before it ("jets again shelled").
func aircraftBefore(st *sent, i int) bool {
	for _, m := range st.ments {
		if m.class == "air" && (m.tj == i || m.tj == i-1) {
			return true
		}
	}
	return false
}

// civilWorks before "operation" make it no military one.
var civilWorks = set("relief", "rescue", "humanitarian", "evacuation", "recovery", "cleanup", "clean-up", "aid",
	"salvage", "medical", "vaccination", "repatriation", "demining", "firefighting")

func (d *doc) qualifyTrigger(st *sent, tr *strig) {
	i := tr.ti
	w := st.toks[tr.tj-1].w
	verb := strings.HasSuffix(w, "ed") || strings.HasSuffix(st.toks[i].w, "ed")
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := st.toks[j]
		if !t.word {
			break
		}
		if determiners[t.w] && !verb {
			tr.anaphoric = true
			break
		}
		if another[t.w] {
			tr.another = true
		}
		if t.w == "a" || t.w == "an" || t.w == "in" || t.w == "on" || t.w == "of" || t.w == "by" || t.w == "with" ||
			t.w == "after" || t.w == "during" || t.w == "from" || t.w == "to" {
			break
		}
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := st.toks[j]
		if !t.word {
			break
		}
		// "years" before a crime a court sentences for is the prison term
		// ("to 30 years for the murder"), not years of it
		if negations[t.w] || strings.HasSuffix(t.w, "n't") || habitual[t.w] && !(t.w == "years" && legalStep(st, i)) {
			tr.off = true
		}
		// "to" before a verb is its infinitive, an aim; a verb-final
		// language's "to" ("به") opens the object before the verb
		if t.w == "to" && !languages[st.lang].sov {
			nx := st.w(j + 1)
			if j+1 == i {
				if tr.info.base {
					tr.off = true
				}
			} else if !determiners[nx] && nx != "a" && nx != "an" {
				tr.off = true
			}
		}
	}
	if modalDoubts(st, i) || relativeDoubt(st, i) || placeCondition(st, i) || fearedAct(st, i) {
		tr.off = true
	}
	if tr.info.fam == "battle" && fightsFire(st, tr.ti, tr.tj) || blazeAt(st, tr) {
		tr.off = true
	}
	if st.thereBeen {
		tr.off = true
	}
	// "violated the ceasefire": the fighting that broke it
	if tr.info.fam == "agree" && brokenTruce(st, tr.ti, tr.tj) {
		tr.info.fam = "battle"
	}
	// "Warplanes shell areas", "helicopters shelled X": what aircraft fire
	// is an air strike, whatever verb tells it
	if tr.info.fam == "shell" && aircraftBefore(st, i) {
		tr.info.fam = "air"
	}
	// "empty shell boxes", "shell casings", "a shell company": the
	// thing, no shelling
	if tr.info.fam == "shell" && shellThings[st.w(tr.tj)] {
		tr.off = true
	}
	// "relief operation", "search and rescue operations": no fighting
	if w := st.toks[i].w; (w == "operation" || w == "operations") && civilWorks[st.w(i-1)] {
		tr.off = true
	}
	// "attack aircraft", "attack helicopters"
	if _, ne, ok := d.x.lx.nouns.match(d.text, st.toks, min(tr.tj, len(st.toks)-1)); ok && tr.tj < len(st.toks) && ne.class == "air" {
		tr.off = true
	}
	// "arrest 22 suspects in raids": the raids are the arrests'
	if raidWords[st.toks[i].w] && arrestNear(st, i) {
		tr.off = true
	}
	// the territory words of triggers.tsv ("capture of", "recaptured",
	// "took control") beside things taken are no territory taken ("the
	// capture of weapons", "recaptured the stolen vehicles"); a verb of
	// taking, whose object decides, is ground.go's
	if tr.info.fam == "terr" {
		for j := max(0, tr.ti-5); j < len(st.toks) && j < tr.tj+3; j++ {
			if j >= tr.ti && j < tr.tj {
				continue
			}
			if seizedThings[st.toks[j].w] {
				tr.off = true
			}
		}
	}
}

// brokenTruce: the truce word at [i, j) is told broken ("violated the
// ceasefire", "ceasefire violations", "a breach of the truce"): the
// firing that broke it is the event, not an agreement.
func brokenTruce(st *sent, i, j int) bool {
	for k := j; k < len(st.toks) && k <= j+2; k++ { // "ceasefire violations", "the truce was broken"
		if truceBreaks[st.w(k)] {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if truceBreaks[st.w(k)] {
			return true
		}
	}
	return false
}

// dropBrokenTruce: a truce told broken beside the act that broke it
// ("the truce was broken when rebels shelled X") is that act, told again.
func dropBrokenTruce(gs []tgroup) []tgroup {
	if len(gs) < 2 {
		return gs
	}
	out := gs[:0:0]
	for _, g := range gs {
		truce := g.fam == "battle"
		for _, tr := range g.trigs {
			truce = truce && truceWords[tr.info.word]
		}
		if !truce {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		return gs
	}
	return out
}

// truceWords are the agreement triggers a break turns into fighting.
var truceWords = set("ceasefire", "truce", "armistice")

var truceBreaks = set("violate", "violates", "violated", "violating", "violation", "violations", "breach", "breaches",
	"breached", "breaching", "broke", "broken", "breaking")

// shellThings after "shell" make it a noun's modifier: cases, boxes and
// firms.
var shellThings = set("box", "boxes", "casing", "casings", "case", "cases", "company", "companies", "corporation",
	"firm", "firms", "account", "accounts", "game", "games")

// seizedThings are what police and troops seize that is no territory.
var seizedThings = set("weapons", "firearms", "arms", "ammunition", "drugs", "explosives", "heroin", "vehicles", "cars",
	"documents", "power", "guns", "rifles", "cash", "narcotics", "cocaine", "motorcycles")

// raidWords are the attack words that police and troops also use of a
// search for suspects.
var raidWords = set("raid", "raids", "raided")

// arrestReach is how many words from a raid a detention may be told and
// be that raid's ("Police arrest 14 suspects in dawn raids in X"); a
// bound, so that a text of raids costs no more than its length.
const arrestReach = 12

// arrestNear: a detention ("arrest", "detained") is told within
// arrestReach words of the raid at i.
func arrestNear(st *sent, i int) bool {
	for j := max(0, i-arrestReach); j < len(st.toks) && j <= i+arrestReach; j++ {
		if claimWords[st.toks[j].w] == event.Detained {
			return true
		}
	}
	return false
}

// violent: the event types that may be one incident told with different
// words ("the attack" after "the bombing").
func violent(t string) bool {
	return t == event.Battles || t == event.Explosions || t == event.VAC || t == event.Riots
}

func compatible(g tgroup, ev *evb) bool {
	if (ev.also != "" && g.class == ev.also) || (g.also != "" && ev.class == g.also) {
		return true
	}
	if g.class == event.Strategic || ev.class == event.Strategic {
		return g.class == ev.class && (g.fam == ev.fam || (g.fam == "deploy" && ev.fam == "deployed") || (g.fam == "deployed" && ev.fam == "deploy"))
	}
	if g.class == ev.class {
		return true
	}
	// "Police fired tear gas" after a riot: the force used on it (causes.go)
	if g.class == event.Protests && ev.class != event.Protests && crowdEvent(ev) && policeResponse(g) {
		return true
	}
	// mortars and artillery fired in a clash are the clash's weapons
	if g.fam == "shell" && ev.class == event.Battles {
		return true
	}
	if violent(g.class) && violent(ev.class) {
		if g.generic {
			return true
		}
		if (g.class == event.Battles && ev.class == event.VAC) || (g.class == event.VAC && ev.class == event.Battles) {
			return true
		}
	}
	return false
}

// airNear: an "attack" whose agent is aircraft is an air strike.
func (d *doc) airNear(st *sent, ti int) bool {
	sov := languages[st.lang].sov
	from := 0
	if sov {
		// a verb-final clause's subject may open it, far before the
		// verb ("یک پهپاد ... را هدف قرار داد": a drone ... targeted)
		from = clauseStart(st, ti)
	}
	for _, m := range st.ments {
		if m.class == "air" && m.tj <= ti && (sov && m.ti >= from || ti-m.tj <= 6) {
			return true
		}
	}
	return false
}

// meansWords introduce the weapon an act is done with.
var meansWords = set("with", "using", "used", "deploying", "deployed", "employing")

// airMeans: an aircraft or drone, from token from on, is the weapon an
// act of st is done with ("attacked the base with explosives-laden
// drones", "used drones to bomb the camp"): the act is an air/drone
// strike, whoever flew them.
func airMeans(st *sent, from int) bool {
	for _, m := range st.ments {
		if m.class != "air" || m.ti < from {
			continue
		}
		for j := m.ti - 1; j >= from && j >= m.ti-3; j-- {
			if meansWords[st.w(j)] {
				return true
			}
		}
	}
	return false
}

func (d *doc) groups(st *sent) []tgroup {
	var gs []tgroup
	for i, tr := range st.trigs {
		if tr.off || hitDevice(st, i) {
			continue
		}
		fam := tr.info.fam
		if (fam == "attack" || fam == "destroy") && (d.airNear(st, tr.ti) || airMeans(st, tr.ti)) {
			fam = "air"
		} else if fam == "attack" || fam == "destroy" {
			// "IED attacks hit X", "Bomb destroys bridge" (explosives.go)
			if f := explosiveSubject(st, tr.ti); f != "" {
				fam = f
			}
		}
		if foiledDevice(st, fam, tr.ti) {
			fam = "disrupt"
		}
		c := famType(fam)
		k := -1
		for i := range gs {
			if gs[i].class == c {
				k = i
			}
		}
		if k < 0 {
			gs = append(gs, tgroup{class: c, fam: fam, weak: true, generic: true})
			k = len(gs) - 1
		}
		g := &gs[k]
		g.trigs = append(g.trigs, tr)
		if tr.anaphoric {
			g.anaphoric = true
		}
		if tr.another {
			g.another = true
		}
		if !tr.info.weak {
			g.weak = false
			if g.trigs[0].info.weak { // a specific word names the event better
				g.fam = fam
			}
		}
		if !tr.info.generic {
			g.generic = false
		}
	}
	gs = mergeAmbush(gs)
	gs = dropCrime(gs)
	gs = dropTargeted(gs)
	gs = dropDefused(gs)
	gs = dropBrokenTruce(gs)
	gs = mergeDemonstration(gs)
	gs = mobDeeds(gs)
	sort.SliceStable(gs, func(a, b int) bool { return gs[a].anaphoric && !gs[b].anaphoric })
	return gs
}

// hitDevice: a generic verb of hitting whose object is an explosive
// device ("their vehicle struck a landmine", "a convoy hit a roadside
// bomb") tells how the device went off, not a second attack.
func hitDevice(st *sent, i int) bool {
	tr := st.trigs[i]
	if !tr.info.generic || i+1 >= len(st.trigs) {
		return false
	}
	next := st.trigs[i+1]
	return (next.info.fam == "ied" || next.info.fam == "grenade") && next.ti-tr.tj <= maxDeviceDeterminers
}

// maxDeviceDeterminers is how many words may stand between the verb and
// the device: "struck a landmine", "hit an old Soviet-era mine".
const maxDeviceDeterminers = 3

// dropCrime: "shooting" or "murder" beside an ambush, a clash or a bomb is
// that event told again, not a second one.
func dropCrime(gs []tgroup) []tgroup {
	k := -1
	other := false
	for i, g := range gs {
		if g.fam == "crime" && g.class == event.VAC {
			k = i
		} else if violent(g.class) {
			other = true
		}
	}
	if k < 0 || !other {
		return gs
	}
	return append(gs[:k:k], gs[k+1:]...)
}

// targetWords say something was hit without saying how, or that
// something happened without saying what ("in a separate incident").
var targetWords = set("target", "targets", "targeted", "targeting", "incident", "incidents")

// dropTargeted: "targeted" or "incident" beside an air strike, a bomb or a
// clash is that event told again ("houses were targeted in an airstrike",
// "in another incident, a landmine killed two"), which names the type;
// alone, it is an attack.
func dropTargeted(gs []tgroup) []tgroup {
	if len(gs) < 2 {
		return gs
	}
	out := gs[:0:0]
	for _, g := range gs {
		only := true
		for _, tr := range g.trigs {
			if !targetWords[tr.info.word] {
				only = false
			}
		}
		if !only {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		return gs
	}
	return out
}

// mergeAmbush: a roadside bomb followed by gunfire ("a landmine exploded
// ... and gunmen then opened fire") is one incident, coded as the battle it
// became (ACLED codes an explosive that opens an armed engagement as
// Battles).
func mergeAmbush(gs []tgroup) []tgroup {
	ei, bi := -1, -1
	for k, g := range gs {
		if g.class == event.Explosions && (g.fam == "ied" || g.fam == "grenade") {
			ei = k
		}
		if g.class == event.Battles && !g.weak {
			bi = k
		}
	}
	if ei < 0 || bi < 0 || gs[bi].trigs[0].ti < gs[ei].trigs[0].ti {
		return gs
	}
	b := gs[bi]
	b.also = event.Explosions
	b.trigs = append(append([]strig(nil), gs[ei].trigs...), b.trigs...)
	b.anaphoric = b.anaphoric || gs[ei].anaphoric
	var out []tgroup
	for k, g := range gs {
		switch k {
		case ei:
			out = append(out, b)
		case bi:
		default:
			out = append(out, g)
		}
	}
	return out
}

// legalWords mark a court's step: "convicted Thursday of killing", "trial
// over the shooting", "murder charges". "charged" counts only as a charge
// (chargedWith: "charged with", "charged in the"), not as police charging
// a crowd.
var legalWords = set("convicted", "sentenced", "guilty", "trial", "pleaded", "indicted", "acquitted", "arraigned",
	"verdict", "jury", "charges")

// legalStep: the event word at ti is told as the object of a court's step
// - a conviction, charge, plea or trial named at most a dozen words before
// it, or the trial the word names ("the murder trial") - so the sentence's
// dates are the court's, not the crime's.
func legalStep(st *sent, ti int) bool { return courtWordAt(st, ti) >= 0 }

// courtWordAt is the token of the court's step legalStep finds for the
// event word at ti, -1 if none.
func courtWordAt(st *sent, ti int) int {
	from, to := 0, len(st.toks)
	if ti >= 0 && ti < len(st.toks) {
		from, to = max(0, ti-12), ti
		if ti+1 < len(st.toks) && legalWords[st.toks[ti+1].w] {
			return ti + 1
		}
	}
	for i := from; i < to; i++ {
		w := st.toks[i].w
		if legalWords[w] || w == "charged" && chargedWith(st, i) {
			return i
		}
	}
	return -1
}

// chargedWith: "charged" at i is a charge ("charged with murder",
// "charged in the 1990 slayings", "charged in connection with"), not
// police charging a crowd ("charged into", "charged protesters").
func chargedWith(st *sent, i int) bool {
	for j := i + 1; j < len(st.toks) && j <= i+chargeReach; j++ {
		switch st.w(j) {
		case "with":
			return true
		case "in":
			return st.w(j+1) == "the" || st.w(j+1) == "connection"
		case "into", ",", ".", ";":
			return false
		}
	}
	return false
}

// chargeReach is how far after "charged" its crime may be named: "charged
// on Monday in the killing", "charged late on Friday with murder".
const chargeReach = 4

// mobDeeds: what a mob does in its own sentence ("a mob set fire to a
// police station", "rioters attacked the governor's office") is the riot,
// one incident coded as the riot, not an attack or a destruction beside it.
func mobDeeds(gs []tgroup) []tgroup {
	r := -1
	for i, g := range gs {
		if g.class == event.Riots {
			r = i
		}
	}
	if r < 0 || len(gs) < 2 {
		return gs
	}
	out := gs[:0:0]
	for i, g := range gs {
		if i != r && (g.fam == "destroy" || g.fam == "attack") {
			gs[r].trigs = append(gs[r].trigs, g.trigs...)
			continue
		}
		out = append(out, g)
	}
	for i := range out {
		if out[i].class == event.Riots {
			out[i].trigs = gs[r].trigs
		}
	}
	return out
}

// mergeDemonstration: a protest told in the same sentence as violence
// ("police shot dead three protesters during demonstrations", "rioters
// burned tyres to protest a killing") is the setting of that violence, one
// incident: the violent group takes the protest's words, and the type
// rules (types.go) read the demonstrators among its parties.
func mergeDemonstration(gs []tgroup) []tgroup {
	p, v := -1, -1
	for i, g := range gs {
		switch {
		case g.class == event.Protests && p < 0:
			p = i
		case violent(g.class) && v < 0:
			v = i
		}
	}
	if p < 0 || v < 0 {
		return gs
	}
	gs[v].trigs = append(gs[v].trigs, gs[p].trigs...)
	return append(gs[:p], gs[p+1:]...)
}

// conditionWords, after "has been" or "have been", tell the state a place
// is in, not an incident: "has been the scene of a turf war", "has been
// plagued by clashes", "have been wracked by violence".
var conditionWords = set("scene", "plagued", "wracked", "racked", "torn", "beset", "gripped", "battered", "ravaged", "embroiled", "mired")

// maxConditionReach is how far before the event word the condition
// stands: "has been the scene of a bloody turf war".
const maxConditionReach = 7

// placeCondition: the event word at i tells what a place has long been
// through ("Guanajuato has been the scene of a bloody turf war", "the
// region has been plagued by clashes between gangs for years"), the
// background of a report, not an incident of its own.
func placeCondition(st *sent, i int) bool {
	for j := max(1, i-maxConditionReach); j < i; j++ {
		if !conditionWords[st.w(j)] {
			continue
		}
		k := j - 1
		if st.w(k) == "the" {
			k--
		}
		if st.w(k) == "been" && (st.w(k-1) == "has" || st.w(k-1) == "have") {
			return true
		}
	}
	return false
}

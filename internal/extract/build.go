package extract

import (
	"sort"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

// evb is an event being built from the sentences that tell it.
type evb struct {
	n        int
	class    string // the event type it is built under (types.go famType)
	also     string // a type the incident also takes in: Explosions for a bomb followed by an ambush
	fam      string // trigger family, or the claim kind of an event told only by its numbers
	trigWord string
	sents    []evSent
	claims   []sclaim
	denials  []event.Denial
	from, to time.Time
	prec     int
	dated    bool
	dateTier int  // 0 own sentence, 1 co-mentioned event, 2 paragraph, 3 article
	undated  bool // nothing dates it: the guessed publication day stands in
	co       *evb
	lastPara int
	lastSent int
	place    *Place
	atSea    bool // its place is a sea, gulf, strait or lake (placeEvent)
	mob      bool // people of no party (villagers, residents) killed or hurt no fighter: a mob (actors.go)
}

type evSent struct {
	st   *sent
	trig int  // token of the trigger (or claim word) in st; -1 none
	main bool // the sentence that introduced the event
}

type tgroup struct {
	class     string
	also      string
	fam       string
	trigs     []strig
	anaphoric bool
	another   bool
	weak      bool
	generic   bool
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (ev *evb) overlaps(sd sdate) bool {
	if !ev.dated || ev.dateTier > 1 {
		return true
	}
	to := sd.to
	if to.IsZero() {
		to = sd.from.AddDate(0, 0, 1)
	}
	return sd.from.Before(ev.to) && ev.from.Before(to)
}

// How far back a sentence may go on telling an event: recentParas
// paragraphs, anaphoraParas for "the attack" and its kind, which point
// back by themselves. Many sites print each sentence as a paragraph of
// its own; there the reach is recentSents sentences, about what three
// paragraphs of wire prose hold, so that a story told in one-line
// paragraphs is not cut into several events of one incident.
const (
	recentParas   = 3
	anaphoraParas = 8
	recentSents   = 8
)

// tooFar: st lies beyond the reach of ev's last sentence (see recentParas).
func tooFar(st *sent, ev *evb, paras int) bool {
	return st.para-ev.lastPara > paras && st.i-ev.lastSent > max(recentSents, paras)
}

// findRecent finds the event a sentence goes on telling: the most recently
// told compatible event, without a conflicting date or place.
func (d *doc) findRecent(st *sent, g tgroup, anaphoric bool) *evb {
	od, hasD := d.ownDate(st, g.trigs[0].ti, false)
	op, hasP := bestPlace(st, 3)
	evs := append([]*evb(nil), d.events...)
	sort.SliceStable(evs, func(a, b int) bool { return evs[a].lastSent > evs[b].lastSent })
	paras := recentParas
	if anaphoric {
		paras = anaphoraParas
	}
	for _, ev := range evs {
		if !compatible(g, ev) || tooFar(st, ev, paras) {
			continue
		}
		cross := hasP && ev.place != nil && d.crossBorder(st, ev, &op)
		if hasP && ev.place != nil && placeConflict(&op, ev.place) && !cross {
			continue
		}
		if anaphoric {
			// "the attack on Monday": a date next to the word must agree;
			// but "the shooting" in a report of a clash or a bomb is that
			// event told again, even when it says when the firing began
			if hasD && abs(od.ti-g.trigs[0].ti) <= 4 && !ev.overlaps(od) && !(g.fam == "crime" && g.generic && ev.fam != "crime") {
				continue
			}
			return ev
		}
		if hasD && !ev.overlaps(od) {
			continue
		}
		if hasD || hasP {
			if (hasD && ev.dated && ev.dateTier <= 1) || (hasP && ev.place != nil && (samePlace(&op, ev.place) || cross || refines(&op, ev, g))) {
				return ev
			}
			continue
		}
		return ev
	}
	return nil
}

func (d *doc) attach(ev *evb, st *sent, ti int) {
	// sentences are built in order, so st, if attached, is the last one:
	// looking through all would be quadratic in an event's sentences
	if n := len(ev.sents); n > 0 && ev.sents[n-1].st == st {
		ev.lastSent, ev.lastPara = st.i, st.para
		return
	}
	ev.sents = append(ev.sents, evSent{st: st, trig: ti})
	ev.lastSent, ev.lastPara = st.i, st.para
	if ev.place == nil {
		if p, ok := bestPlace(st, 3); ok {
			ev.place = &p
		}
	}
}

func (d *doc) newEvent(st *sent, class, fam string, ti int, co *evb) *evb {
	ev := &evb{n: len(d.events), class: class, fam: fam, co: co, lastPara: st.para, lastSent: st.i}
	if ti >= 0 && ti < len(st.toks) {
		ev.trigWord = st.toks[ti].w
	}
	ev.sents = []evSent{{st: st, trig: ti, main: true}}
	d.dateEvent(ev, st, ti, co)
	if p, ok := bestPlace(st, 0); ok {
		ev.place = &p
	} else if co != nil && co.place != nil {
		p := *co.place
		ev.place = &p
	}
	d.events = append(d.events, ev)
	return ev
}

// clauses splits a sentence that tells two dated incidents, each with its
// own toll ("In 2019 an ambush killed 12 soldiers, and in 2020 gunmen
// killed 30 villagers"), into one part per incident; else it is the
// sentence itself.
func (d *doc) clauses(st *sent) []*sent {
	if cut, days, ok := cameAfter(st); ok {
		return splitAt(st, cut, days)
	}
	if cut, ok := elsewhereClause(st); ok {
		return splitAt(st, cut, 0)
	}
	if len(st.dates) < 2 || len(st.claims) < 2 {
		return []*sent{st}
	}
	cuts := []int{0}
	for k, sd := range st.dates {
		if k == 0 || !calendar(sd) || sd.speech || sd.from.IsZero() || st.w(sd.ti-1) == "since" {
			continue
		}
		a := sd.ti
		if w := st.w(a - 1); w == "in" || w == "on" || w == "during" || w == "by" {
			a--
		}
		if w := st.w(a - 1); w != "," && w != "and" && w != ";" && w != "but" && w != "while" {
			continue
		}
		if st.w(a-1) == "and" && st.w(a-2) == "," {
			a--
		}
		// the earlier part must be dated differently
		prev := false
		for _, o := range st.dates[:k] {
			if calendar(o) && !o.speech && !o.from.IsZero() && o.ti >= cuts[len(cuts)-1] &&
				(o.from.Before(sd.from) || sd.from.Before(o.from)) {
				prev = true
			}
		}
		if prev {
			cuts = append(cuts, a)
		}
	}
	if len(cuts) == 1 {
		return []*sent{st}
	}
	cuts = append(cuts, len(st.toks))
	// merge parts without their own toll into the part before
	var keep []int
	for k := 0; k+1 < len(cuts); k++ {
		if k == 0 || tolledIn(st, cuts[k], cuts[k+1]) {
			keep = append(keep, cuts[k])
		}
	}
	if len(keep) < 2 || !tolledIn(st, keep[0], keep[1]) {
		return []*sent{st}
	}
	keep = append(keep, len(st.toks))
	var out []*sent
	for k := 0; k+1 < len(keep); k++ {
		a, b := keep[k], keep[k+1]
		c := *st
		c.trigs = inSpan(st.trigs, a, b, func(x strig) int { return x.ti })
		c.claims = inSpan(st.claims, a, b, func(x sclaim) int { return x.kw })
		c.dates = inSpan(st.dates, a, b, func(x sdate) int { return x.ti })
		c.places = inSpan(st.places, a, b, func(x splace) int { return x.ti })
		c.ments = inSpan(st.ments, a, b, func(x mention) int { return x.ti })
		if k > 0 {
			c.newMark = true
		}
		out = append(out, &c)
	}
	return out
}

func (d *doc) build() {
	for _, st0 := range d.sents {
		for _, st := range d.clauses(st0) {
			d.buildSent(st)
		}
	}
	if len(d.events) == 0 && d.title != nil {
		// The body tells no incident (a feed item's summary, a teaser,
		// a body about the aftermath): the headline is the incident's
		// only telling, as in a text that is a headline alone, and its
		// counts are the toll, not a headline's repeat of the body's.
		for i := range d.title.claims {
			d.title.claims[i].c.Headline = false
		}
		for _, st := range d.clauses(d.title) {
			d.buildSent(st)
		}
		return
	}
	d.headlineClaims()
}

func (d *doc) buildSent(st *sent) {
	if st.spec {
		return
	}
	if st.denial {
		// A denial answers the event told before it; where none was, the
		// denied incident is told here and is an event carrying its denial.
		if ev := d.denied(st); ev != nil || (len(st.trigs) == 0 && len(st.claims) == 0) {
			if ev != nil {
				d.addDenial(ev, st)
			}
			return
		}
	}
	var touched []*evb
	var trigOf []int
	var co *evb
	for _, g := range d.groups(st) {
		var ev *evb
		if g.anaphoric {
			ev = d.findRecent(st, g, true)
		} else if !st.newMark && !g.another && !laterAct(st, g.trigs[0].ti) {
			ev = d.findRecent(st, g, false)
		}
		if ev != nil {
			d.attach(ev, st, g.trigs[0].ti)
			touched = append(touched, ev)
			trigOf = append(trigOf, g.trigs[0].ti)
			if co == nil {
				co = ev
			}
			continue
		}
		if st.aggr && !g.anaphoric || d.responseDeployment(st, g) || unitsAlone(st, g) {
			continue
		}
		_, hasD := d.ownDate(st, g.trigs[0].ti, false)
		_, hasP := bestPlace(st, 3)
		if g.weak && !hasD && !hasP || d.eventsFull() {
			continue
		}
		ev = d.newEvent(st, g.class, g.fam, g.trigs[0].ti, co)
		ev.also = g.also
		d.dateBefore(ev, st)
		touched = append(touched, ev)
		trigOf = append(trigOf, g.trigs[0].ti)
	}
	if len(st.claims) > 0 && len(touched) == 0 && !st.aggr {
		ev := d.claimTarget(st)
		if ev == nil && d.eventsFull() {
			return
		}
		if ev == nil {
			fam := st.claims[0].c.Kind
			if violent(famType(fam)) {
				// "Bomb kills 9": the weapon names the event (explosives.go)
				if f := explosiveMeans(st); f != "" {
					fam = f
				} else if airMeans(st, 0) {
					fam = "air" // "used drones to bomb a camp, killing 3"
				}
			}
			ev = d.newEvent(st, famType(fam), fam, st.claims[0].kw, nil)
			d.dateBefore(ev, st)
		} else {
			d.attach(ev, st, -1)
		}
		touched = append(touched, ev)
		trigOf = append(trigOf, st.claims[0].kw)
	}
	for _, sc := range st.claims {
		k := d.claimEvent(st, sc, touched, trigOf)
		if k >= 0 && crowdCause(st, sc, touched[k], trigOf[k]) {
			continue
		}
		if k >= 0 && !d.claimsFull(touched[k]) {
			touched[k].claims = append(touched[k].claims, sc)
		}
	}
	if len(touched) > 0 {
		d.cur = touched[len(touched)-1]
	}
	if st.denial {
		for _, ev := range touched {
			d.addDenial(ev, st)
		}
	}
}

// inSpan keeps the items whose token position lies in [a, b).
func inSpan[T any](xs []T, a, b int, pos func(T) int) []T {
	var out []T
	for _, x := range xs {
		if p := pos(x); p >= a && p < b {
			out = append(out, x)
		}
	}
	return out
}

// laterWords mark an act that follows the one told before it: "Hezbollah
// later fired rockets at northern Israel", "in retaliation, the army
// shelled...". Such an act is an event of its own (ACLED codes a reply
// apart from what it answers), not the earlier event told again.
var laterWords = set("later", "afterwards", "subsequently", "retaliation", "response")

// maxLaterReach is how far before its event word a later-act marker
// stands: the subject and the marker ("The group later claimed to have
// shelled"), not a clause of its own.
const maxLaterReach = 4

// laterAct: a marker of a later act stands shortly before the event word
// at ti, inside the sentence ("The group later shelled"; a sentence that
// opens with "Later," may go on telling a toll).
func laterAct(st *sent, ti int) bool {
	for j := max(1, ti-maxLaterReach); j < ti; j++ {
		w := st.w(j)
		if !laterWords[w] {
			continue
		}
		if (w == "retaliation" || w == "response") && st.w(j-1) != "in" {
			continue
		}
		return true
	}
	return false
}

// sceneWords are where forces sent after an incident go: "deployed to
// the area", "rushed to the scene".
var sceneWords = set("area", "scene", "spot", "site", "village", "town", "city", "locality")

// maxSceneReach is how far after the deployment word its destination may
// stand: "have been deployed to the area", "were sent in large numbers
// to the village".
const maxSceneReach = 6

// responseDeployment: forces sent to the scene of an incident the
// article has told ("Security forces have been deployed to the area") are
// its aftermath, not a change in a group's activity of their own.
func (d *doc) responseDeployment(st *sent, g tgroup) bool {
	if g.fam != "deploy" && g.fam != "deployed" {
		return false
	}
	told := false
	for _, ev := range d.events {
		told = told || violent(ev.class)
	}
	if !told {
		return false
	}
	ti := g.trigs[0].ti
	for j := ti + 1; j < len(st.toks) && j <= ti+maxSceneReach; j++ {
		if st.w(j) == "to" && (st.w(j+1) == "the" || st.w(j+1) == "that") && sceneWords[st.w(j+2)] {
			return true
		}
		if st.w(j) == "to" && (st.w(j+1) == "restore" || st.w(j+1) == "calm") {
			return true // "deployed to restore order"
		}
	}
	return false
}

// elsewhereMarks open a clause that tells another incident in the same
// sentence: "..., while in neighbouring Burkina Faso an ambush killed 12
// soldiers", "...; in Kunduz, gunmen killed three".
var elsewhereMarks = set("while", "whereas", ";")

// elsewhereClause: the sentence tells two incidents in two places, each
// with its own toll, the second opened by "while" or a semicolon and
// placed in another country or province than the first ("Jihadists killed
// 20 civilians in central Mali, while in neighbouring Burkina Faso an
// ambush killed 12 soldiers"). It returns the token the second starts at.
func elsewhereClause(st *sent) (int, bool) {
	if len(st.claims) < 2 || len(st.places) < 2 {
		return 0, false
	}
	for c := 1; c < len(st.toks)-1; c++ {
		if !elsewhereMarks[st.w(c)] {
			continue
		}
		var before, after *splace
		for k := range st.places {
			p := &st.places[k]
			if p.excluded || p.p.Country == "" {
				continue
			}
			if p.ti < c && before == nil {
				before = p
			}
			if p.ti > c && after == nil {
				after = p
			}
		}
		if before == nil || after == nil || !placeConflict(&before.p, &after.p) {
			continue
		}
		if tolledIn(st, 0, c) && tolledIn(st, c+1, len(st.toks)) {
			return c, true
		}
	}
	return 0, false
}

// tolledIn: a claim of people killed, wounded, hurt or taken is told
// between tokens a and b: that part of a sentence tells an incident of
// its own.
func tolledIn(st *sent, a, b int) bool {
	for _, sc := range st.claims {
		if sc.kw >= a && sc.kw < b {
			switch sc.c.Kind {
			case event.Killed, event.Wounded, event.Casualties, event.Captured:
				return true
			}
		}
	}
	return false
}

// refines: an event the text placed only in a country ("an ambush on a
// convoy in Burkina Faso") is told again of the same kind in a place of
// that country ("the convoy was attacked near Djibo"): the sentence gives
// its place, not another incident.
func refines(op *Place, ev *evb, g tgroup) bool {
	return ev.place.Kind == "country" && op.Country == ev.place.Country && op.Kind != "country" && g.class == ev.class
}

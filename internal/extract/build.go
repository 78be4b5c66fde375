package extract

import (
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract/dates"
)

// evb is an event being built from the sentences that tell it.
type evb struct {
	n        int
	class    string // B battles, E explosions, V violence against civilians, R riots, P protests, S strategic
	also     string // a class the incident also takes in: "E" for a bomb followed by an ambush
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

func famClass(f string) string {
	switch f {
	case "attack", "battle", "terr", "terrgov", "destroy", "killed", "captured", "wounded", "casualties":
		return "B"
	case "air", "shell", "ied", "suicide", "grenade":
		return "E"
	case "massacre", "abduct", "sexual", "crime":
		return "V"
	case "riot", "mob":
		return "R"
	case "protest":
		return "P"
	}
	return "S"
}

func violent(c string) bool { return c == "B" || c == "E" || c == "V" || c == "R" }

func compatible(g tgroup, ev *evb) bool {
	if (ev.also != "" && g.class == ev.also) || (g.also != "" && ev.class == g.also) {
		return true
	}
	if g.class == "S" || ev.class == "S" {
		return g.class == ev.class && (g.fam == ev.fam || (g.fam == "deploy" && ev.fam == "deployed") || (g.fam == "deployed" && ev.fam == "deploy"))
	}
	if g.class == ev.class {
		return true
	}
	if violent(g.class) && violent(ev.class) {
		if g.generic {
			return true
		}
		if (g.class == "B" && ev.class == "V") || (g.class == "V" && ev.class == "B") {
			return true
		}
	}
	return false
}

// airNear: an "attack" whose agent is aircraft is an air strike.
func (d *doc) airNear(st *sent, ti int) bool {
	for _, m := range st.ments {
		if m.class == "air" && m.tj <= ti && ti-m.tj <= 6 {
			return true
		}
	}
	return false
}

func (d *doc) groups(st *sent) []tgroup {
	var gs []tgroup
	for _, tr := range st.trigs {
		if tr.off {
			continue
		}
		fam := tr.info.fam
		if (fam == "attack" || fam == "destroy") && d.airNear(st, tr.ti) {
			fam = "air"
		}
		c := famClass(fam)
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
	sort.SliceStable(gs, func(a, b int) bool { return gs[a].anaphoric && !gs[b].anaphoric })
	return gs
}

// dropCrime: "shooting" or "murder" beside an ambush, a clash or a bomb is
// that event told again, not a second one.
func dropCrime(gs []tgroup) []tgroup {
	k := -1
	other := false
	for i, g := range gs {
		if g.fam == "crime" && g.class == "V" {
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

// mergeAmbush: a roadside bomb followed by gunfire ("a landmine exploded
// ... and gunmen then opened fire") is one incident, coded as the battle it
// became (ACLED codes an explosive that opens an armed engagement as
// Battles).
func mergeAmbush(gs []tgroup) []tgroup {
	ei, bi := -1, -1
	for k, g := range gs {
		if g.class == "E" && (g.fam == "ied" || g.fam == "grenade") {
			ei = k
		}
		if g.class == "B" && !g.weak {
			bi = k
		}
	}
	if ei < 0 || bi < 0 || gs[bi].trigs[0].ti < gs[ei].trigs[0].ti {
		return gs
	}
	b := gs[bi]
	b.also = "E"
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

// ownDate is the sentence's own date for the event: a calendar date not
// spoken of a statement, nearest the token ti.
func (d *doc) ownDate(st *sent, ti int, speech bool) (sdate, bool) {
	best, bi := sdate{}, -1
	for k, sd := range st.dates {
		if !calendar(sd) || sd.speech != speech || sd.from.IsZero() {
			continue
		}
		if st.w(sd.ti-1) == "since" {
			continue
		}
		if bi < 0 || abs(sd.ti-ti) < abs(best.ti-ti) {
			best, bi = sd, k
		}
	}
	return best, bi >= 0
}

// calendar: a date, or a time of a named day ("on Tuesday evening",
// "March 3 at dawn"), not a bare time ("overnight", "at 3 pm").
func calendar(sd sdate) bool {
	if sd.x.Type == dates.TypeDate {
		return true
	}
	if sd.x.Type != dates.TypeTime || sd.from.IsZero() {
		return false
	}
	t := strings.ToLower(sd.x.Text)
	for _, w := range dayNames {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

var dayNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may ", "june", "july", "august", "september", "october",
	"november", "december", "yesterday"}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func kindRank(k string) int {
	switch k {
	case "city":
		return 5
	case "admin2":
		return 4
	case "feature":
		return 3
	case "admin1":
		return 3
	case "country":
		return 1
	}
	return 0
}

// bestPlace is the most specific usable place of a sentence.
func bestPlace(st *sent, minRank int) (Place, bool) {
	bs, bi := -1, -1
	for k, p := range st.places {
		if p.excluded {
			continue
		}
		r := kindRank(p.p.Kind)
		if r < minRank {
			continue
		}
		s := r * 2
		if !p.demoted {
			s++
		}
		if s > bs {
			bs, bi = s, k
		}
	}
	if bi < 0 {
		return Place{}, false
	}
	return st.places[bi].p, true
}

func placeConflict(a, b *Place) bool {
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return true
	}
	if a.Admin1 != "" && b.Admin1 != "" && a.Admin1 != b.Admin1 {
		return true
	}
	if a.Admin2 != "" && b.Admin2 != "" && a.Admin2 != b.Admin2 {
		return true
	}
	return false
}

func samePlace(a, b *Place) bool {
	if placeConflict(a, b) {
		return false
	}
	return (a.Admin2 != "" && a.Admin2 == b.Admin2) || (a.Admin1 != "" && a.Admin1 == b.Admin1)
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

// crossBorder: a fight between two countries' forces told from both sides
// of the border - the place is in the other country of the two the
// incident involves, and the sentence has no other date.
func (d *doc) crossBorder(st *sent, ev *evb, p *Place) bool {
	if p.Country == "" || ev.place.Country == "" || p.Country == ev.place.Country || !violent(ev.class) {
		return false
	}
	hasP, hasE := false, false
	for _, es := range ev.sents {
		for _, sp := range es.st.places {
			if sp.p.Kind == "country" || sp.p.Demonym {
				if sp.p.Country == p.Country {
					hasP = true
				}
				if sp.p.Country == ev.place.Country {
					hasE = true
				}
			}
		}
		for _, m := range es.st.ments {
			if m.class == "state" && m.country == p.Country {
				hasP = true
			}
		}
	}
	return hasP && hasE
}

// findRecent finds the event a sentence goes on telling: the most recently
// told compatible event, without a conflicting date or place.
func (d *doc) findRecent(st *sent, g tgroup, anaphoric bool) *evb {
	od, hasD := d.ownDate(st, g.trigs[0].ti, false)
	op, hasP := bestPlace(st, 3)
	evs := append([]*evb(nil), d.events...)
	sort.SliceStable(evs, func(a, b int) bool { return evs[a].lastSent > evs[b].lastSent })
	window := 3
	if anaphoric {
		window = 8
	}
	for _, ev := range evs {
		if !compatible(g, ev) || st.para-ev.lastPara > window {
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
			if (hasD && ev.dated && ev.dateTier <= 1) || (hasP && ev.place != nil && (samePlace(&op, ev.place) || cross)) {
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

func (ev *evb) setDate(sd sdate, tier int) {
	ev.from, ev.to, ev.dated, ev.dateTier = sd.from, sd.to, true, tier
	ev.prec = sd.x.ACLEDPrecision()
	if ev.to.IsZero() {
		ev.to = ev.from.AddDate(0, 0, 1)
	}
}

// dateEvent dates an event from its sentence, else the event told in the
// same sentence, else its paragraph, else the article.
func (d *doc) dateEvent(ev *evb, st *sent, ti int, co *evb) {
	if legalStep(st, ti) {
		// "Thursday", the paragraph's and the article's dates are the
		// court's; the crime keeps only a date that names its year and
		// month ("the April 2012 shooting"), else nobody said when.
		if sd, ok := d.ownDate(st, ti, false); ok && namesYear(sd.x.Text) && len(sd.x.Value) > 4 {
			ev.setDate(sd, 0)
			return
		}
		day := time.Date(d.dct.Year(), d.dct.Month(), d.dct.Day(), 0, 0, 0, 0, d.dct.Location())
		ev.from, ev.to, ev.prec, ev.dated, ev.dateTier = day, day.AddDate(0, 0, 1), 3, true, 3
		ev.undated = true
		return
	}
	if sd, ok := d.ownDate(st, ti, false); ok {
		ev.setDate(sd, 0)
		return
	}
	if sd, ok := d.ownDate(st, ti, true); ok {
		ev.setDate(sd, 0)
		return
	}
	if co != nil && co.dated {
		ev.from, ev.to, ev.prec, ev.dated, ev.dateTier = co.from, co.to, co.prec, true, 1
		ev.undated = co.undated
		return
	}
	// the paragraph: nearest sentence first, earlier before later
	var para []*sent
	for _, o := range d.sents {
		if o.para == st.para && o != st && !o.spec {
			para = append(para, o)
		}
	}
	sort.SliceStable(para, func(a, b int) bool {
		da, db := abs(para[a].i-st.i), abs(para[b].i-st.i)
		if da != db {
			return da < db
		}
		return para[a].i < para[b].i
	})
	for _, o := range para {
		if sd, ok := d.ownDate(o, 0, false); ok {
			ev.setDate(sd, 2)
			return
		}
	}
	// the article: its first recent calendar date, else the publication day
	now := d.dct
	if d.guessed {
		now = d.anchor
	}
	for _, o := range d.sents {
		for _, sd := range o.dates {
			if !now.IsZero() && calendar(sd) && !sd.from.IsZero() && !sd.speech && sd.x.Precision <= dates.Week &&
				!sd.from.After(now) && now.Sub(sd.from) < 31*24*time.Hour {
				ev.setDate(sd, 3)
				if ev.prec < 2 {
					ev.prec = 2
				}
				return
			}
		}
	}
	day := time.Date(d.dct.Year(), d.dct.Month(), d.dct.Day(), 0, 0, 0, 0, d.dct.Location())
	ev.from, ev.to, ev.prec, ev.dated, ev.dateTier = day, day.AddDate(0, 0, 1), 2, true, 3
	ev.undated = d.guessed
}

// clauses splits a sentence that tells two dated incidents, each with its
// own toll ("In 2019 an ambush killed 12 soldiers, and in 2020 gunmen
// killed 30 villagers"), into one part per incident; else it is the
// sentence itself.
func (d *doc) clauses(st *sent) []*sent {
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
	tolled := func(a, b int) bool {
		for _, sc := range st.claims {
			if sc.kw >= a && sc.kw < b && (sc.c.Kind == "killed" || sc.c.Kind == "wounded" || sc.c.Kind == "casualties" || sc.c.Kind == "captured") {
				return true
			}
		}
		return false
	}
	// merge parts without their own toll into the part before
	var keep []int
	for k := 0; k+1 < len(cuts); k++ {
		if k == 0 || tolled(cuts[k], cuts[k+1]) {
			keep = append(keep, cuts[k])
		}
	}
	if len(keep) < 2 || !tolled(keep[0], keep[1]) {
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
	d.headlineClaims()
}

func (d *doc) buildSent(st *sent) {
	if st.spec {
		return
	}
	if st.denial {
		d.attachDenial(st)
		return
	}
	var touched []*evb
	var trigOf []int
	var co *evb
	for _, g := range d.groups(st) {
		var ev *evb
		if g.anaphoric {
			ev = d.findRecent(st, g, true)
		} else if !st.newMark && !g.another {
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
		if st.aggr && !g.anaphoric {
			continue
		}
		_, hasD := d.ownDate(st, g.trigs[0].ti, false)
		_, hasP := bestPlace(st, 3)
		if g.weak && !hasD && !hasP || d.eventsFull() {
			continue
		}
		ev = d.newEvent(st, g.class, g.fam, g.trigs[0].ti, co)
		ev.also = g.also
		touched = append(touched, ev)
		trigOf = append(trigOf, g.trigs[0].ti)
	}
	if len(st.claims) > 0 && len(touched) == 0 && !st.aggr {
		ev := d.claimTarget(st)
		if ev == nil && d.eventsFull() {
			return
		}
		if ev == nil {
			kind := st.claims[0].c.Kind
			ev = d.newEvent(st, famClass(kind), kind, st.claims[0].kw, nil)
		} else {
			d.attach(ev, st, -1)
		}
		touched = append(touched, ev)
		trigOf = append(trigOf, st.claims[0].kw)
	}
	for _, sc := range st.claims {
		k := d.claimEvent(st, sc, touched, trigOf)
		if k >= 0 && !d.claimsFull(touched[k]) {
			touched[k].claims = append(touched[k].claims, sc)
		}
	}
	if len(touched) > 0 {
		d.cur = touched[len(touched)-1]
	}
}

// claimTarget: the event that numbers without an event word belong to (the
// one being told), unless they carry their own date or place.
func (d *doc) claimTarget(st *sent) *evb {
	ev := d.cur
	if ev == nil || st.newMark || st.para-ev.lastPara > 3 {
		return nil
	}
	// a toll goes to the violent event being told, not to the arrests
	// that followed it
	if k := st.claims[0].c.Kind; ev.class == "S" && violent(famClass(k)) {
		var best *evb
		for _, o := range d.events {
			if violent(o.class) && st.para-o.lastPara <= 3 && (best == nil || o.lastSent > best.lastSent) {
				best = o
			}
		}
		if best == nil {
			return nil
		}
		ev = best
	}
	od, hasD := d.ownDate(st, st.claims[0].kw, false)
	op, hasP := bestPlace(st, 3)
	if hasD && !ev.overlaps(od) {
		return nil
	}
	if hasP && ev.place != nil && placeConflict(&op, ev.place) && !d.crossBorder(st, ev, &op) {
		return nil
	}
	if hasP && ev.place == nil && hasD {
		return nil
	}
	return ev
}

// claimEvent picks which of the sentence's events a number belongs to: the
// one whose target the counted people are, else the nearest event word.
func (d *doc) claimEvent(st *sent, sc sclaim, evs []*evb, trig []int) int {
	if len(evs) == 0 {
		return -1
	}
	if len(evs) == 1 {
		return 0
	}
	if sc.victim != "" {
		for k := range evs {
			_, t := d.roles(st, trig[k])
			if t >= 0 && mentionClass(st.ments[t]) == sc.victim {
				return k
			}
		}
	}
	best := 0
	for k := range evs {
		if abs(trig[k]-sc.kw) < abs(trig[best]-sc.kw) {
			best = k
		}
	}
	return best
}

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

func (d *doc) attachDenial(st *sent) {
	var ev *evb
	for _, tr := range st.trigs {
		fam := tr.info.fam
		if (fam == "attack" || fam == "destroy") && d.airNear(st, tr.ti) {
			fam = "air"
		}
		g := tgroup{class: famClass(fam), fam: fam, trigs: []strig{tr}, generic: tr.info.generic && fam != "air"}
		if ev = d.findRecent(st, g, true); ev != nil {
			break
		}
	}
	if ev == nil {
		ev = d.cur
	}
	if ev == nil || st.denyBy == "" {
		return
	}
	for _, dn := range ev.denials {
		if dn.By == st.denyBy {
			return
		}
	}
	ev.denials = append(ev.denials, event.Denial{By: st.denyBy, What: st.denyWhat,
		Quote: d.quote(st, -1), ArticleID: d.a.ID, Outlet: d.a.Outlet})
	ev.lastSent, ev.lastPara = st.i, st.para
}

// headlineClaims: a number in the headline is a claim only when the body
// reports the same number of the same kind.
func (d *doc) headlineClaims() {
	if d.title == nil {
		return
	}
	for _, hc := range d.title.claims {
		for _, ev := range d.events {
			ok := false
			for _, c := range ev.claims {
				if c.c.Kind == hc.c.Kind && c.c.Count == hc.c.Count && !c.c.Headline {
					ok = true
				}
			}
			if ok && !d.claimsFull(ev) {
				hc.c.Headline = true
				ev.claims = append(ev.claims, hc)
				break
			}
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

// legalWords mark a court's step: "convicted Thursday of killing", "trial
// over the shooting". "charged" counts only as "charged with" (police also
// charge crowds).
var legalWords = set("convicted", "sentenced", "guilty", "trial", "pleaded", "indicted", "acquitted", "arraigned",
	"verdict", "jury")

// legalStep: the event word at ti is told as the object of a court's step
// - a conviction, charge, plea or trial named at most a dozen words before
// it - so the sentence's dates are the court's, not the crime's.
func legalStep(st *sent, ti int) bool {
	from, to := 0, len(st.toks)
	if ti >= 0 && ti < len(st.toks) {
		from, to = max(0, ti-12), ti
	}
	for i := from; i < to; i++ {
		w := st.toks[i].w
		if legalWords[w] || w == "charged" && i+1 < len(st.toks) && st.toks[i+1].w == "with" {
			return true
		}
	}
	return false
}

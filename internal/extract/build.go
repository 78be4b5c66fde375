package extract

import (
	"sort"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract/dates"
)

// evb is an event being built from the sentences that tell it.
type evb struct {
	n        int
	class    string // B battles, E explosions, V violence against civilians, R riots, P protests, S strategic
	fam      string // trigger family, or the claim kind of an event told only by its numbers
	trigWord string
	sents    []evSent
	claims   []sclaim
	denials  []event.Denial
	from, to time.Time
	prec     int
	dated    bool
	dateTier int // 0 own sentence, 1 co-mentioned event, 2 paragraph, 3 article
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
	case "massacre", "abduct", "sexual":
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
	sort.SliceStable(gs, func(a, b int) bool { return gs[a].anaphoric && !gs[b].anaphoric })
	return gs
}

// ownDate is the sentence's own date for the event: a calendar date not
// spoken of a statement, nearest the token ti.
func (d *doc) ownDate(st *sent, ti int, speech bool) (sdate, bool) {
	best, bi := sdate{}, -1
	for k, sd := range st.dates {
		if sd.x.Type != dates.TypeDate || sd.speech != speech || sd.from.IsZero() {
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
		if hasP && ev.place != nil && placeConflict(&op, ev.place) {
			continue
		}
		if anaphoric {
			// "the attack on Monday": a date next to the word must agree
			if hasD && abs(od.ti-g.trigs[0].ti) <= 4 && !ev.overlaps(od) {
				continue
			}
			return ev
		}
		if hasD && !ev.overlaps(od) {
			continue
		}
		if hasD || hasP {
			if (hasD && ev.dated && ev.dateTier <= 1) || (hasP && ev.place != nil && samePlace(&op, ev.place)) {
				return ev
			}
			continue
		}
		return ev
	}
	return nil
}

func (d *doc) attach(ev *evb, st *sent, ti int) {
	for _, es := range ev.sents {
		if es.st == st {
			ev.lastSent, ev.lastPara = st.i, st.para
			return
		}
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
	for _, o := range d.sents {
		for _, sd := range o.dates {
			if sd.x.Type == dates.TypeDate && !sd.from.IsZero() && !sd.speech && sd.x.Precision <= dates.Week &&
				!sd.from.After(d.dct) && d.dct.Sub(sd.from) < 31*24*time.Hour {
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
}

func (d *doc) build() {
	for _, st := range d.sents {
		if st.spec {
			continue
		}
		if st.denial {
			d.attachDenial(st)
			continue
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
			if g.weak && !hasD && !hasP {
				continue
			}
			ev = d.newEvent(st, g.class, g.fam, g.trigs[0].ti, co)
			touched = append(touched, ev)
			trigOf = append(trigOf, g.trigs[0].ti)
		}
		if len(st.claims) > 0 && len(touched) == 0 && !st.aggr {
			ev := d.claimTarget(st)
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
			if k >= 0 {
				touched[k].claims = append(touched[k].claims, sc)
			}
		}
		if len(touched) > 0 {
			d.cur = touched[len(touched)-1]
		}
	}
	d.headlineClaims()
}

// claimTarget: the event that numbers without an event word belong to (the
// one being told), unless they carry their own date or place.
func (d *doc) claimTarget(st *sent) *evb {
	ev := d.cur
	if ev == nil || st.newMark || st.para-ev.lastPara > 3 {
		return nil
	}
	od, hasD := d.ownDate(st, st.claims[0].kw, false)
	op, hasP := bestPlace(st, 3)
	if hasD && !ev.overlaps(od) {
		return nil
	}
	if hasP && ev.place != nil && placeConflict(&op, ev.place) {
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
		Quote: d.text[st.s:st.e], ArticleID: d.a.ID, Outlet: d.a.Outlet})
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
			if ok {
				hc.c.Headline = true
				ev.claims = append(ev.claims, hc)
				break
			}
		}
	}
}

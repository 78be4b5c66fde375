package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

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
			if m.ti >= from && m.ti <= from+max && usable(k) && k != skip {
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
	for j := te; j < len(st.toks) && j <= te+5; j++ {
		w := st.toks[j].w
		if w == "by" || (w == "to" && (st.w(j-1) == "attributed" || st.w(j-1) == "claimed")) || (w == "on" && st.w(j-1) == "blamed") {
			agent = after(j+1, 6, -1)
			break
		}
	}
	passive := false
	switch st.w(ti - 1) {
	case "was", "were", "been", "be", "is", "are", "being":
		passive = true
	}
	if agent < 0 && passive {
		for k, m := range st.ments {
			if usable(k) && m.tj <= ti && ti-m.tj <= 6 {
				target = k
			}
		}
		if target >= 0 {
			return
		}
	}
	if agent < 0 && !passive {
		bestEnd := -1
		for k, m := range st.ments {
			if usable(k) && m.tj <= ti && ti-m.tj <= 10 && m.tj > bestEnd {
				// not across a clause boundary
				ok := true
				for j := m.tj; j < ti; j++ {
					if st.toks[j].w == ";" || st.toks[j].w == "when" || st.toks[j].w == "while" {
						ok = false
					}
				}
				if ok {
					agent, bestEnd = k, m.tj
				}
			}
		}
	}
	w := st.w(te)
	if w == "on" || w == "against" || w == "with" || w == "of" {
		target = after(te+1, 6, agent)
	}
	if target < 0 {
		target = after(te, 8, agent)
	}
	if target >= 0 && agent >= 0 && st.ments[target].ti < st.ments[agent].ti && st.ments[agent].ti < ti {
		target = -1
	}
	return
}

// actor is a resolved party.
type actor struct {
	name    string
	inter   int
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
		a := actor{name: m.named.Name, inter: m.named.Inter, class: "armed", country: m.named.Country}
		if a.inter == 1 {
			a.class = "state"
		}
		return a, true
	case "state":
		if m.unident {
			return actor{name: "Unidentified Military Forces", inter: 8, class: "state", force: "military"}, true
		}
		if c == "" {
			return actor{}, false
		}
		a := actor{name: stateName(m.force, c), inter: 1, class: "state", country: c, force: m.force}
		if m.unit != "" {
			a.assoc = c + " " + m.unit
		}
		return a, true
	case "air":
		if m.unident || (m.country == "" && false) {
			return actor{name: "Unidentified Military Forces", inter: 8, class: "state", force: "air"}, true
		}
		if m.country == "" || m.country == "@" {
			return actor{}, false
		}
		return actor{name: "Military Forces of " + m.country, inter: 1, class: "state", country: m.country, force: "air"}, true
	case "armed":
		if named != nil {
			return actor{name: named.Name, inter: named.Inter, class: "armed", country: named.Country}, true
		}
		return actor{name: "Unidentified Armed Group", inter: 3, class: "armed"}, true
	case "civ":
		if c == "" {
			return actor{name: "Civilians", inter: 7, class: "civ"}, true
		}
		return actor{name: "Civilians (" + c + ")", inter: 7, class: "civ", country: c}, true
	case "protester":
		return actor{name: "Protesters (" + c + ")", inter: 6, class: "protester", country: c}, true
	case "rioter":
		return actor{name: "Rioters (" + c + ")", inter: 5, class: "rioter", country: c}, true
	case "prisoner":
		return actor{name: "Rioters (" + c + ")", inter: 5, class: "rioter", country: c, assoc: "Prisoners (" + c + ")"}, true
	}
	return actor{}, false
}

// groupFor is the named non-state group an unnamed one ("gunmen",
// "attackers") most likely is: one the event already names, else one named
// in the same sentence (speakers included), paragraph or headline.
func (d *doc) groupFor(ev *evb, bg bool) *ActorEntry {
	for _, es := range ev.sents {
		for _, m := range es.st.ments {
			if m.class == "named" && m.named.Inter != 1 && m.named.Inter != 8 && !m.inSpeaker {
				return m.named
			}
		}
	}
	for _, es := range ev.sents {
		for _, m := range es.st.ments {
			if m.class == "named" && m.named.Inter != 1 && m.named.Inter != 8 {
				return m.named
			}
		}
		for _, a := range d.paraNamed[es.st.para] {
			if a.Inter != 8 {
				return a
			}
		}
	}
	if !bg {
		for _, a := range d.titleNamed {
			if a.Inter != 8 {
				return a
			}
		}
	}
	return nil
}

// finish turns the built events into ACLED-style events.
func (d *doc) finish() []event.Event {
	if len(d.events) == 0 {
		return nil
	}
	out := make([]event.Event, 0, len(d.events))
	pub := d.dct.Format("2006-01-02")
	for _, ev := range d.events {
		e := event.Event{
			EventDate:     ev.from.Format("2006-01-02"),
			TimePrecision: ev.prec,
			Claims:        []event.Claim{},
			Denials:       ev.denials,
			Articles: []event.ArticleRef{{ID: d.a.ID, Origin: d.a.Origin, URL: d.a.URL, Outlet: d.a.Outlet,
				Published: pub}},
		}
		if e.TimePrecision == 0 {
			e.TimePrecision = 3
		}
		if e.Denials == nil {
			e.Denials = []event.Denial{}
		}
		// history is told as such relative to the article's own time; an
		// article whose time is unknown tells none
		now := d.dct
		if d.guessed {
			now = d.anchor
		}
		e.Background = !now.IsZero() && ev.to.Before(now.AddDate(-1, 0, 0))
		if ev.undated {
			e.DateGuessed, e.TimePrecision = true, 3
		}
		d.placeEvent(ev, &e)
		d.actorsEvent(ev, &e)
		d.typeEvent(ev, &e)
		seen := map[string]bool{}
		for _, sc := range ev.claims {
			k := sc.c.Kind + "|" + strconv.Itoa(sc.c.Count) + "|" + sc.c.AttributedTo + "|" + strconv.FormatBool(sc.c.Headline)
			if seen[k] {
				continue
			}
			seen[k] = true
			e.Claims = append(e.Claims, sc.c)
		}
		fatalities(ev, &e)
		if len(e.Claims) == 0 && e.Actor1 == "" {
			continue
		}
		e.Keywords = d.keywords(ev, e.Background)
		e.ID = d.a.ID + "-" + strconv.Itoa(len(out)+1)
		e.Notes = notes(&e)
		d.notePartial(ev, &e)
		if e.Background {
			e.Tags = append(e.Tags, "background")
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil // as when nothing was ever appended
	}
	return out
}

// placeEvent: the most specific place the text ties to the incident - its
// own sentence first, then an event told in the same sentence, then the
// other sentences that tell it and its paragraph (one step less precise),
// then the article's main country.
func (d *doc) placeEvent(ev *evb, e *event.Event) {
	set := func(p Place, plus int) {
		e.Country, e.ISO, e.Admin1, e.Admin2 = p.Country, p.ISO, p.Admin1, p.Admin2
		e.Location, e.Latitude, e.Longitude, e.GeonameID = p.Location, p.Lat, p.Lon, p.GeonameID
		if e.Location == "" {
			e.Location = p.Name
		}
		e.GeoPrecision = p.Precision + plus
		if e.GeoPrecision > 3 {
			e.GeoPrecision = 3
		}
		if e.GeoPrecision < 1 {
			e.GeoPrecision = 1
		}
	}
	main := ev.sents[0].st
	if p, ok := bestPlace(main, 0); ok {
		set(p, 0)
		return
	}
	if ev.co != nil && ev.co.place != nil {
		set(*ev.co.place, 0)
		return
	}
	bs := -1
	var bp Place
	consider := func(st *sent) {
		for _, p := range st.places {
			if p.excluded {
				continue
			}
			s := kindRank(p.p.Kind) * 2
			if !p.demoted {
				s++
			}
			if s > bs {
				bs, bp = s, p.p
			}
		}
	}
	for _, es := range ev.sents[1:] {
		consider(es.st)
	}
	if bs < 0 {
		for _, st := range d.sents {
			if st.para == main.para && st != main {
				consider(st)
			}
		}
	}
	if bs >= 0 {
		set(bp, 1)
		return
	}
	best, bn := "", 0
	for _, st := range d.sents {
		for _, p := range st.places {
			if c := p.p.Country; c != "" && d.countryN[c] > bn {
				best, bn = c, d.countryN[c]
			}
		}
	}
	if best != "" {
		// history told in passing happened elsewhere as often as not
		if mp, ok := d.mainPlace(best); ok && !e.Background {
			set(mp, 1)
			return
		}
		p := d.countryPl[best]
		if p.Country == "" {
			p = Place{Country: best, Kind: "country"}
			// Any place of that country carries its ISO code.
			for _, st := range d.sents {
				for _, sp := range st.places {
					if sp.p.Country == best && sp.p.ISO != "" && p.ISO == "" {
						p.ISO = sp.p.ISO
					}
				}
			}
		}
		p.Admin1, p.Admin2, p.Location = "", "", ""
		set(p, 0)
		e.GeoPrecision = 3
		if p.Kind == "country" || p.Demonym {
			e.Location = best
		}
	}
}

// mainPlace is the place below the country that the article keeps
// returning to, in the article's main country: where a report of one
// incident tells it happened, even in sentences that do not tell the
// event itself. Only places that could be the event's count: not a
// dateline (a wire bureau's city), a speaker's place, an origin or a name
// taken for a place. ok is false unless one place (with the places it lies
// in) has most of the mentions: an article that names several towns as
// often does not say which.
func (d *doc) mainPlace(country string) (Place, bool) {
	type cand struct {
		p     Place
		n     int
		first int
	}
	var cs []cand
	k := 0
	for _, st := range d.sents {
		for i := range st.places {
			sp := &st.places[i]
			k++
			if sp.excluded || sp.notPlace || sp.p.Demonym || sp.p.Country != country || kindRank(sp.p.Kind) < 3 {
				continue
			}
			key := sp.p.Admin1 + "|" + sp.p.Admin2 + "|" + sp.p.Location + "|" + sp.p.Name
			found := false
			for j := range cs {
				c := &cs[j]
				if c.p.Admin1+"|"+c.p.Admin2+"|"+c.p.Location+"|"+c.p.Name == key {
					c.n++
					found = true
				}
			}
			if !found {
				cs = append(cs, cand{sp.p, 1, k})
			}
		}
	}
	// A place counts the mentions of the places it lies in ("Oregon" backs
	// a town in Oregon): the finest of a nested chain wins, and only places
	// that are not nested compete.
	score := make([]int, len(cs))
	for j := range cs {
		for k := range cs {
			if j == k || nests(&cs[k].p, &cs[j].p) {
				score[j] += cs[k].n
			}
		}
	}
	bi := -1
	for j := range cs {
		if bi < 0 || score[j] > score[bi] || score[j] == score[bi] && kindRank(cs[j].p.Kind) > kindRank(cs[bi].p.Kind) {
			bi = j
		}
	}
	total := 0
	for _, c := range cs {
		total += c.n
	}
	if bi < 0 || score[bi]*2 <= total {
		return Place{}, false
	}
	for j := range cs {
		if j != bi && score[j] == score[bi] && !nests(&cs[j].p, &cs[bi].p) && !nests(&cs[bi].p, &cs[j].p) {
			return Place{}, false
		}
	}
	return cs[bi].p, true
}

// nests: inner lies in outer, a province or district that names no finer
// place.
func nests(outer, inner *Place) bool {
	switch outer.Kind {
	case "admin1":
		return outer.Admin1 != "" && outer.Admin1 == inner.Admin1 && inner.Kind != "admin1"
	case "admin2":
		return outer.Admin2 != "" && outer.Admin2 == inner.Admin2 && outer.Admin1 == inner.Admin1 && inner.Kind == "city"
	}
	return false
}

func (d *doc) actorsEvent(ev *evb, e *event.Event) {
	bg := e.Background
	named := d.groupFor(ev, bg)
	var agents, targets, others []actor
	seenOther := map[string]bool{}
	for _, es := range ev.sents {
		st := es.st
		add := func(list *[]actor, k int) {
			if k < 0 {
				return
			}
			if a, ok := d.resolve(st.ments[k], st, ev, e.Country, named); ok {
				*list = append(*list, a)
			}
		}
		isTrig := false
		for _, tr := range st.trigs {
			if tr.ti == es.trig {
				isTrig = true
			}
		}
		if isTrig {
			ag, tg := d.roles(st, es.trig)
			add(&agents, ag)
			add(&targets, tg)
		}
		for _, sc := range ev.claims {
			if sc.sent != st.i {
				continue
			}
			for k, m := range st.ments {
				if m.ti >= sc.whoA && m.ti < sc.whoB && !m.inSpeaker {
					add(&targets, k)
					if sc.kw < sc.whoA && !isTrig { // "militants captured 50 soldiers"
						best := -1
						for k2, m2 := range st.ments {
							if m2.tj <= sc.kw && sc.kw-m2.tj <= 6 && !m2.inSpeaker && k2 != k {
								best = k2
							}
						}
						add(&agents, best)
					}
					break
				}
			}
		}
		for k, m := range st.ments {
			if m.inSpeaker {
				continue
			}
			if a, ok := d.resolve(m, st, ev, e.Country, named); ok && !seenOther[a.name+a.assoc] {
				seenOther[a.name+a.assoc] = true
				others = append(others, a)
			}
			_ = k
		}
	}
	var a1, a2 actor
	for _, a := range agents {
		if a1.name == "" {
			a1 = a
		}
	}
	for _, a := range targets {
		if a2.name == "" && a.name != a1.name {
			a2 = a
		}
	}
	switch ev.class {
	case "R":
		c := e.Country
		r := actor{name: "Rioters (" + c + ")", inter: 5, class: "rioter", country: c}
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
	case "P":
		c := e.Country
		a1 = actor{name: "Protesters (" + c + ")", inter: 6, class: "protester", country: c}
		if a2.class != "state" {
			a2 = actor{}
		}
	case "S":
		if ev.fam == "deploy" || ev.fam == "exercise" || ev.fam == "deployed" {
			// the deployer, not the troops deployed: a country that
			// deploys, the agent, a group the sentence names, another party
			a1 = actor{}
			for _, es := range ev.sents {
				for _, m := range es.st.ments {
					if m.subj && a1.name == "" {
						a1, _ = d.resolve(m, es.st, ev, e.Country, named)
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
		if a1.name == "" && a2.name != "" {
			a1, a2 = a2, actor{}
		}
		if a1.name == "" && named != nil {
			a1 = actor{name: named.Name, inter: named.Inter, class: "armed"}
		}
		if ev.fam == "deploy" || ev.fam == "exercise" || ev.fam == "deployed" || ev.fam == "fled" {
			a2 = actor{}
		}
	default:
		if ev.class == "E" && ev.fam == "air" {
			if a1.class != "state" {
				if a2.name == "" && a1.name != "" {
					a2 = a1
				}
				a1 = actor{}
				for _, o := range others {
					if o.class == "state" && (o.force == "air" || o.inter == 8) {
						a1 = o
						break
					}
				}
				if a1.name == "" {
					a1 = actor{name: "Unidentified Military Forces", inter: 8, class: "state"}
				}
			}
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
		if a1.name == "" || a1.class == "civ" {
			if a1.class == "civ" && a2.name == "" {
				a2 = a1
			}
			if named != nil && named.Name != a2.name {
				a1 = actor{name: named.Name, inter: named.Inter, class: "armed", country: named.Country}
			} else {
				a1 = actor{name: "Unidentified Armed Group", inter: 3, class: "armed"}
			}
		}
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
		if a.class == "state" && a.inter == 1 && a.country != "" && e.Country != "" && a.country != e.Country {
			a.inter = 8
		}
	}
	e.Actor1, e.Inter1, e.AssocActor1 = a1.name, a1.inter, assocFor(a1)
	e.Actor2, e.Inter2, e.AssocActor2 = a2.name, a2.inter, assocFor(a2)
	if a2.class == "civ" {
		e.CivilianTargeting = "Civilian targeting"
	}
	switch {
	case e.Inter1 > 0 && e.Inter2 > 0:
		lo, hi := e.Inter1, e.Inter2
		if lo > hi {
			lo, hi = hi, lo
		}
		e.Interaction = 10*lo + hi
	case e.Inter1 > 0:
		e.Interaction = 10 * e.Inter1
	}
}

func appendUniq(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func (d *doc) actorClass(name string) string {
	switch {
	case strings.HasPrefix(name, "Civilians"):
		return "civ"
	case strings.HasPrefix(name, "Military Forces") || strings.HasPrefix(name, "Police Forces"):
		return "state"
	}
	return "armed"
}

// typeEvent codes ACLED's event type and sub-event type from the trigger
// family and the parties.
func (d *doc) typeEvent(ev *evb, e *event.Event) {
	t2 := d.actorClass(e.Actor2)
	if e.Actor2 == "" {
		t2 = ""
	}
	victimCiv := false
	for _, sc := range ev.claims {
		if sc.victim == "civ" {
			victimCiv = true
		}
	}
	set := func(t, s string) { e.EventType, e.SubEventType = t, s }
	const (
		B = "Battles"
		E = "Explosions/Remote violence"
		V = "Violence against civilians"
		S = "Strategic developments"
	)
	switch ev.fam {
	case "battle":
		set(B, "Armed clash")
	case "attack", "killed", "wounded", "casualties":
		if t2 == "civ" || (t2 == "" && victimCiv) {
			set(V, "Attack")
		} else {
			set(B, "Armed clash")
		}
	case "crime":
		// a killing by a gunman or a knifeman: an attack on whoever was hit,
		// civilians unless they were forces or fighters
		if t2 == "state" || t2 == "armed" {
			set(B, "Armed clash")
		} else {
			set(V, "Attack")
		}
	case "captured":
		if t2 == "civ" || victimCiv {
			set(V, "Abduction/forced disappearance")
		} else {
			set(B, "Armed clash")
		}
	case "destroy":
		if t2 == "state" {
			set(B, "Armed clash")
		} else {
			set(S, "Looting/property destruction")
		}
	case "terr", "terrgov":
		if d.actorClass(e.Actor1) == "state" {
			set(B, "Government regains territory")
		} else {
			set(B, "Non-state actor overtakes territory")
		}
	case "air":
		air := false
		for _, es := range ev.sents {
			for _, m := range es.st.ments {
				if m.class == "air" {
					air = true
				}
			}
		}
		if !air && (ev.trigWord == "bombing" || ev.trigWord == "bombed") {
			set(E, "Remote explosive/landmine/IED")
		} else {
			set(E, "Air/drone strike")
		}
	case "shell":
		set(E, "Shelling/artillery/missile attack")
	case "ied":
		set(E, "Remote explosive/landmine/IED")
	case "suicide":
		set(E, "Suicide bomb")
	case "grenade":
		set(E, "Grenade")
	case "massacre":
		if t2 == "state" || t2 == "armed" {
			set(B, "Armed clash")
		} else {
			set(V, "Attack")
		}
	case "abduct":
		set(V, "Abduction/forced disappearance")
	case "sexual":
		set(V, "Sexual violence")
	case "riot":
		prison := false
		for _, es := range ev.sents {
			for _, t := range es.st.toks {
				if t.w == "prison" || t.w == "jail" || t.w == "mob" {
					prison = true
				}
			}
		}
		if prison {
			set("Riots", "Mob violence")
		} else {
			set("Riots", "Violent demonstration")
		}
	case "mob":
		set("Riots", "Mob violence")
	case "protest":
		set("Protests", "Peaceful protest")
	case "deploy", "exercise", "deployed":
		set(S, "Change to group/activity")
	case "arrest", "detained":
		set(S, "Arrests")
	case "agree":
		set(S, "Agreement")
	case "disrupt":
		set(S, "Disrupted weapons use")
	case "base":
		set(S, "Headquarters or base established")
	case "transfer":
		set(S, "Non-violent transfer of territory")
	default:
		set(S, "Other")
	}
	switch e.EventType {
	case B, E, V:
		e.DisorderType = "Political violence"
	case "Riots":
		e.DisorderType = "Political violence; Demonstrations"
	case "Protests":
		e.DisorderType = "Demonstrations"
	default:
		e.DisorderType = "Strategic developments"
	}
}

// fatalities applies ACLED's conservative rule to the killed claims:
//
//   - each source's figure is the largest it gives for the event, where
//     numbers of different people in one sentence add up ("15 assailants ...
//     a soldier and a policeman also died" is 17) and "in addition to"/
//     "others" counts add to the sentence's first;
//   - a figure from the perpetrator (a source naming actor 1, such as the
//     group's spokesman) is set aside when any other source gives one;
//   - Fatalities is the lowest remaining figure; FatalitiesLow and
//     FatalitiesHigh span all sources, the perpetrator's included.
//
// Lumped "killed or wounded" counts and headline numbers are not deaths.
func fatalities(ev *evb, e *event.Event) {
	type key struct {
		src  string
		sent int
	}
	sums := map[key]int{}
	sides := map[key]string{} // the one side a sentence's count is of; "*" several or unknown
	for _, sc := range ev.claims {
		if sc.c.Kind != event.Killed || sc.c.Headline {
			continue
		}
		k := key{sc.c.AttributedTo, sc.sent}
		sums[k] += sc.c.Count
		side := sc.side
		if side == "" {
			side = "*"
		}
		if o, ok := sides[k]; ok && o != side {
			side = "*"
		}
		sides[k] = side
	}
	perSrc := map[string]int{}
	srcSide := map[string]string{}
	for k, v := range sums {
		if v > perSrc[k.src] {
			perSrc[k.src] = v
			srcSide[k.src] = sides[k]
		}
	}
	if len(perSrc) == 0 {
		return
	}
	perp := func(src string) bool {
		if src == "" || e.Actor1 == "" {
			return false
		}
		ls, la := strings.ToLower(src), strings.ToLower(e.Actor1)
		if i := strings.Index(la, ":"); i > 0 {
			la = la[:i]
		}
		if strings.Contains(ls, la) {
			return true
		}
		for _, w := range strings.Fields(la) {
			if len(w) > 4 && strings.Contains(ls, w) && !strings.Contains(la, "forces") {
				return true
			}
		}
		return false
	}
	indep := false
	for s := range perSrc {
		if !perp(s) {
			indep = true
		}
	}
	lo, hi, best := -1, 0, -1
	srcs := make([]string, 0, len(perSrc))
	for s := range perSrc {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	for _, s := range srcs {
		v := perSrc[s]
		if lo < 0 || v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
		if indep && perp(s) {
			continue
		}
		if srcSide[s] != "*" {
			continue // one side's own dead: added up below
		}
		if best < 0 || v < best {
			best = v
		}
	}
	// sources that each count one side's dead ("three of its soldiers",
	// "two Afghan soldiers") are parts of the toll, not alternatives to
	// it: the lowest figure for each side, added up, is a floor
	part := map[string]int{}
	for _, s := range srcs {
		sd := srcSide[s]
		if sd == "*" || (indep && perp(s)) {
			continue
		}
		if v, ok := part[sd]; !ok || perSrc[s] < v {
			part[sd] = perSrc[s]
		}
	}
	if len(part) > 0 {
		sum := 0
		for _, v := range part {
			sum += v
		}
		if sum > best {
			best = sum
		}
		if sum > hi {
			hi = sum
		}
	}
	e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh = best, lo, hi
}

// notes writes one line in ACLED's style.
func notes(e *event.Event) string {
	var b strings.Builder
	day := e.EventDate
	if t, err := parseDay(e.EventDate); err == nil {
		switch e.TimePrecision {
		case 1:
			day = "On " + t.Format("2 January 2006")
		case 2:
			day = "Around " + t.Format("2 January 2006")
		default:
			day = "In " + t.Format("January 2006")
		}
	}
	b.WriteString(day)
	b.WriteString(", ")
	sub := strings.ToLower(e.SubEventType)
	if sub == "" || sub == "other" {
		sub = strings.ToLower(e.EventType)
	}
	a1 := e.Actor1
	if a1 == "" {
		a1 = "unidentified actors"
	}
	fmt.Fprintf(&b, "%s (%s)", a1, sub)
	if e.Actor2 != "" {
		fmt.Fprintf(&b, " against %s", e.Actor2)
	}
	where := e.Location
	if e.Admin1 != "" && e.Admin1 != where {
		where += ", " + e.Admin1
	}
	if e.Country != "" && e.Country != e.Location {
		where += " (" + e.Country + ")"
	}
	if where != "" {
		b.WriteString(" in " + strings.TrimPrefix(where, ", "))
	}
	b.WriteString(".")
	for _, c := range e.Claims {
		if c.Headline {
			continue
		}
		q := ""
		if c.Qualifier != "" {
			q = c.Qualifier + " "
		}
		src := c.AttributedTo
		if src == "" {
			src = "the report"
		}
		fmt.Fprintf(&b, " %s%d %s (%s).", q, c.Count, c.Kind, src)
	}
	if e.Background {
		b.WriteString(" Told as background.")
	}
	if e.FatalitiesHigh > 0 {
		if e.FatalitiesLow != e.FatalitiesHigh {
			fmt.Fprintf(&b, " Fatalities: reported as %d-%d.", e.FatalitiesLow, e.FatalitiesHigh)
		} else {
			fmt.Fprintf(&b, " Fatalities: %d.", e.Fatalities)
		}
	}
	return b.String()
}

func parseDay(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

package fuse

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// Fuse builds one event from a cluster's mentions (see the package comment
// for every rule): all claims and denials kept with their article and
// outlet, Articles = all, Outlets in order of first report, SourcesCount =
// independent sources (syndicated copies of an earlier article count once;
// syndicated may be nil), fatalities by FatalitiesRule, Contested, and the
// date, place, type and actors that are most precise and most corroborated.
// ID is the ID of the first mention in canonical order (earliest article
// published, then article ID, then mention ID), so it stays when later
// reports arrive. Fuse does not depend on the order of ms.
func Fuse(ms []event.Event, syndicated func(articleA, articleB string) bool) event.Event {
	if len(ms) == 0 {
		return event.Event{}
	}
	order := canonOrder(ms)
	sorted := make([]*event.Event, len(ms))
	for i, k := range order {
		sorted[i] = &ms[k]
	}
	var out event.Event
	out.ID = sorted[0].ID
	out.Background = sorted[0].Background

	// Articles, outlets, independent sources.
	seen := map[string]bool{}
	var arts []event.ArticleRef
	for _, m := range sorted {
		for _, a := range m.Articles {
			if !seen[a.ID] {
				seen[a.ID] = true
				arts = append(arts, a)
			}
		}
	}
	sort.SliceStable(arts, func(i, j int) bool {
		if arts[i].Published != arts[j].Published {
			return arts[i].Published < arts[j].Published
		}
		return arts[i].ID < arts[j].ID
	})
	out.Articles = arts
	source := map[string]string{} // article ID → source key
	for i, a := range arts {
		key := "outlet:" + strings.ToLower(strings.TrimSpace(a.Outlet))
		if strings.TrimSpace(a.Outlet) == "" {
			key = "article:" + a.ID
		}
		if syndicated != nil {
			for _, b := range arts[:i] {
				if !strings.EqualFold(b.Outlet, a.Outlet) && syndicated(b.ID, a.ID) {
					key = source[b.ID]
					break
				}
			}
		}
		source[a.ID] = key
	}
	srcSet := map[string]bool{}
	for _, a := range arts {
		srcSet[source[a.ID]] = true
	}
	out.SourcesCount = len(srcSet)
	for _, m := range sorted {
		for _, a := range m.Articles {
			out.Outlets = event.AppendUnique(out.Outlets, a.Outlet)
		}
	}
	srcOf := func(m *event.Event) string {
		if len(m.Articles) == 0 {
			return "mention:" + m.ID
		}
		return source[m.Articles[0].ID]
	}

	// Claims, denials, tags.
	out.Claims = []event.Claim{}
	out.Denials = []event.Denial{}
	for _, m := range sorted {
		var art event.ArticleRef
		if len(m.Articles) > 0 {
			art = m.Articles[0]
		}
		for _, c := range m.Claims {
			if c.ArticleID == "" {
				c.ArticleID = art.ID
			}
			if c.Outlet == "" {
				c.Outlet = art.Outlet
			}
			out.Claims = append(out.Claims, c)
		}
		for _, d := range m.Denials {
			if d.ArticleID == "" {
				d.ArticleID = art.ID
			}
			if d.Outlet == "" {
				d.Outlet = art.Outlet
			}
			out.Denials = append(out.Denials, d)
		}
		for _, t := range m.Tags {
			out.Tags = event.AppendUnique(out.Tags, t)
		}
		if out.Partial == "" {
			out.Partial = m.Partial
		}
	}

	chooseDate(&out, sorted, srcOf)
	choosePlace(&out, sorted, srcOf)
	chooseType(&out, sorted, srcOf)
	chooseActors(&out, sorted, srcOf)

	// Fatalities.
	fusedKeys := perpKeysOf(out.Actor1)
	perp := make([][]string, len(sorted))
	for i, m := range sorted {
		perp[i] = append(perpKeysOf(m.Actor1), fusedKeys...)
	}
	var tollContested bool
	var sides [2][]string
	if out.EventType == event.Battles {
		sides = [2][]string{fusedKeys, perpKeysOf(out.Actor2)}
	}
	out.Fatalities, out.FatalitiesLow, out.FatalitiesHigh, tollContested = fatalities(tolls(sorted, out.Actor1, perp, sides), out.EventType == event.VAC)

	if tollContested {
		out.Contested = append(out.Contested, "toll")
	}
	if responsibilityContested(sorted) {
		out.Contested = append(out.Contested, "responsibility")
	}
	if len(out.Denials) > 0 {
		out.Contested = append(out.Contested, "denied")
	}
	out.Notes = notes(&out)
	return out
}

func perpKeysOf(actor1 string) []string {
	if actor1 == "" || genericActor(actor1) {
		return nil
	}
	return actorKeys(actor1)
}

// votes counts distinct sources per key, remembering first appearance.
type votes struct {
	keys  []string
	srcs  map[string]map[string]bool
	first map[string]int
}

func newVotes() *votes {
	return &votes{srcs: map[string]map[string]bool{}, first: map[string]int{}}
}

func (v *votes) add(key, src string, pos int) {
	if v.srcs[key] == nil {
		v.srcs[key] = map[string]bool{}
		v.first[key] = pos
		v.keys = append(v.keys, key)
	}
	v.srcs[key][src] = true
}

func (v *votes) n(key string) int { return len(v.srcs[key]) }

// winner is the key with the most sources; a tie goes to the key with the
// higher tie(key), then, if byName, to the smaller key, else to the key
// met first.
func (v *votes) winner(tie func(key string) int, byName bool) string {
	best := ""
	for _, k := range v.keys {
		if best == "" {
			best = k
			continue
		}
		if c, b := v.n(k), v.n(best); c != b {
			if c > b {
				best = k
			}
			continue
		}
		if c, b := tie(k), tie(best); c != b {
			if c > b {
				best = k
			}
			continue
		}
		if byName && k < best {
			best = k
		}
	}
	return best
}

// chooseDate: finest precision; most sources; inside most periods; earliest.
func chooseDate(out *event.Event, ms []*event.Event, srcOf func(*event.Event) string) {
	pers := make([]period, len(ms))
	finest := 4
	for i, m := range ms {
		pers[i] = periodOf(m)
		// a guessed date only stands in when no report dates the incident
		if pers[i].guessed {
			pers[i].ok = false
		}
		if pers[i].ok {
			finest = min(finest, pers[i].prec)
		}
	}
	if finest == 4 {
		out.EventDate, out.TimePrecision, out.DateGuessed = ms[0].EventDate, ms[0].TimePrecision, ms[0].DateGuessed
		return
	}
	v := newVotes()
	for i, m := range ms {
		if pers[i].ok && pers[i].prec == finest {
			// the report's own date: a week dated by publication keeps its
			// day, though its period runs back from it (weekBefore)
			key := dayString(pers[i].start)
			if d, ok := dayNum(m.EventDate); ok {
				key = dayString(d)
			}
			v.add(key, srcOf(m), i)
		}
	}
	inside := func(key string) int {
		d, _ := dayNum(key)
		n := 0
		for _, p := range pers {
			if p.ok && p.start <= d && d <= p.end {
				n++
			}
		}
		return n
	}
	out.EventDate, out.TimePrecision = v.winner(inside, true), finest
}

func geoRank(p int) int {
	if p < 1 || p > 3 {
		return 4
	}
	return p
}

// choosePlace: finest geo precision; place with most sources; most
// supporting sources; first mention. Spelling by most mentions.
func choosePlace(out *event.Event, ms []*event.Event, srcOf func(*event.Event) string) {
	feats := make([]feat, len(ms))
	finest := 5
	for i, m := range ms {
		feats[i] = featOf(m)
		finest = min(finest, geoRank(m.GeoPrecision))
	}
	placeID := func(f *feat) string { return f.iso + "|" + f.country + "|" + f.admin1 + "|" + f.admin2 + "|" + f.loc }
	v := newVotes()
	for i, m := range ms {
		if geoRank(m.GeoPrecision) == finest {
			v.add(placeID(&feats[i]), srcOf(m), i)
		}
	}
	support := func(i int) int {
		s := map[string]bool{}
		for j, m := range ms {
			if nested(&feats[i], &feats[j]) {
				s[srcOf(m)] = true
			}
		}
		return len(s)
	}
	best := v.winner(func(k string) int { return support(v.first[k]) }, false)
	// Representative: the most common spelling among the winning group.
	spell := map[string]int{}
	rep := -1
	for i, m := range ms {
		if geoRank(m.GeoPrecision) == finest && placeID(&feats[i]) == best {
			spell[m.Location+"|"+m.Admin2+"|"+m.Admin1]++
		}
	}
	for i, m := range ms {
		if geoRank(m.GeoPrecision) != finest || placeID(&feats[i]) != best {
			continue
		}
		if rep < 0 || spell[m.Location+"|"+m.Admin2+"|"+m.Admin1] > spell[ms[rep].Location+"|"+ms[rep].Admin2+"|"+ms[rep].Admin1] {
			rep = i
		}
	}
	r := ms[rep]
	out.Country, out.ISO, out.Region = r.Country, r.ISO, r.Region
	out.Admin1, out.Admin2, out.Admin3, out.Location = r.Admin1, r.Admin2, r.Admin3, r.Location
	out.Latitude, out.Longitude, out.GeoPrecision, out.GeonameID = r.Latitude, r.Longitude, r.GeoPrecision, r.GeonameID
	out.LocationPopulation = r.LocationPopulation
	// Fill empty levels from mentions that agree wherever both name a level.
	for j, m := range ms {
		if j == rep || !agrees(&feats[rep], &feats[j]) {
			continue
		}
		fill := func(dst *string, src string) {
			if *dst == "" {
				*dst = src
			}
		}
		fill(&out.Country, m.Country)
		fill(&out.ISO, m.ISO)
		fill(&out.Region, m.Region)
		fill(&out.Admin1, m.Admin1)
		fill(&out.Admin2, m.Admin2)
		fill(&out.Admin3, m.Admin3)
	}
}

// agrees: no level named by both differs.
func agrees(a, b *feat) bool {
	same := func(x, y string) bool { return x == "" || y == "" || x == y }
	return same(a.iso, b.iso) && same(a.country, b.country) && same(a.admin1, b.admin1) &&
		same(a.admin2, b.admin2) && same(a.loc, b.loc)
}

// nested: b's place contains or equals a's (b names nothing a contradicts
// and nothing finer than a, or the same).
func nested(a, b *feat) bool { // same as agrees, named for the reader
	return agrees(a, b)
}

var typeRank = map[string]int{Battles: 0, Explosions: 1, VAC: 2, Riots: 3, Protests: 4, Strategic: 5}

func rankOf(t string) int {
	if r, ok := typeRank[t]; ok {
		return r
	}
	return 6
}

// chooseType: most sources; ACLED order. Sub-event, disorder type and
// civilian targeting: most common among mentions of that type; first.
func chooseType(out *event.Event, ms []*event.Event, srcOf func(*event.Event) string) {
	v := newVotes()
	for i, m := range ms {
		if m.EventType != "" {
			v.add(m.EventType, srcOf(m), i)
		}
	}
	best := ""
	for _, k := range v.keys {
		if best == "" || v.n(k) > v.n(best) || v.n(k) == v.n(best) && (rankOf(k) < rankOf(best) || rankOf(k) == rankOf(best) && k < best) {
			best = k
		}
	}
	out.EventType = best
	pick := func(get func(*event.Event) string) string {
		n := map[string]int{}
		for _, m := range ms {
			if m.EventType == best && get(m) != "" {
				n[get(m)]++
			}
		}
		win := ""
		for _, m := range ms {
			if s := get(m); m.EventType == best && s != "" && (win == "" || n[s] > n[win]) {
				win = s
			}
		}
		return win
	}
	out.SubEventType = pick(func(m *event.Event) string { return m.SubEventType })
	out.DisorderType = pick(func(m *event.Event) string { return m.DisorderType })
	out.CivilianTargeting = pick(func(m *event.Event) string { return m.CivilianTargeting })
}

// side is an actor as a mention names it, with its inter code and
// associated actors.
type side struct {
	name, assoc string
	inter       event.Inter
}

// chooseActors: named beats unidentified; then most sources naming the
// actor in that slot (for Battles either slot, since sources swap sides);
// then, for actor1, most sources naming it as actor1; then first mention.
// A battle's actor1 is one some report put first.
func chooseActors(out *event.Event, ms []*event.Event, srcOf func(*event.Event) string) {
	battle := out.EventType == Battles
	keyOf := func(name string) string { return strings.Join(words(dropYearParens(name)), "") }
	info := map[string]side{}
	slot1, slot2, own1 := newVotes(), newVotes(), newVotes()
	for i, m := range ms {
		s1 := side{m.Actor1, m.AssocActor1, m.Inter1}
		s2 := side{m.Actor2, m.AssocActor2, m.Inter2}
		k1, k2 := keyOf(s1.name), keyOf(s2.name)
		if k1 != "" {
			if _, ok := info[k1]; !ok {
				info[k1] = s1
			}
			own1.add(k1, srcOf(m), i)
			slot1.add(k1, srcOf(m), i)
			if battle {
				slot2.add(k1, srcOf(m), i)
			}
		}
		if k2 != "" {
			if _, ok := info[k2]; !ok {
				info[k2] = s2
			}
			slot2.add(k2, srcOf(m), i)
			if battle {
				slot1.add(k2, srcOf(m), i)
			}
		}
	}
	pick := func(v *votes, skip string) string {
		best := ""
		for _, k := range v.keys { // keys are in order of first appearance
			if k == skip {
				continue
			}
			if best == "" {
				best = k
				continue
			}
			gk, gb := genericActor(info[k].name), genericActor(info[best].name)
			switch {
			case gk != gb:
				if !gk {
					best = k
				}
			case v.n(k) != v.n(best):
				if v.n(k) > v.n(best) {
					best = k
				}
			case own1.n(k) > own1.n(best) && v == slot1:
				best = k
			}
		}
		return best
	}
	a1 := pick(slot1, "")
	if battle && own1.n(a1) == 0 {
		// a battle's actor 1 is one a report put first (its attacker, as
		// the extractor reads it), named beating unidentified among
		// those: a named force struck by "gunmen" stays actor 2
		if o := pick(own1, ""); o != "" {
			a1 = o
		}
	}
	a2 := pick(slot2, a1)
	if a1 != "" {
		s := info[a1]
		out.Actor1, out.AssocActor1, out.Inter1 = s.name, s.assoc, s.inter
	}
	if a2 != "" {
		s := info[a2]
		out.Actor2, out.AssocActor2, out.Inter2 = s.name, s.assoc, s.inter
	}
	out.Interaction = event.InteractionCode(out.Inter1, out.Inter2)
}

// responsibilityContested: two mentions each name a perpetrator the other
// does not (Actor1; for Battles either side).
func responsibilityContested(ms []*event.Event) bool {
	sets := make([][]actorRef, 0, len(ms))
	for _, m := range ms {
		var set []actorRef
		names := []string{m.Actor1}
		if m.EventType == Battles {
			names = append(names, m.Actor2)
		}
		for _, n := range names {
			if n != "" && !genericActor(n) {
				set = append(set, actorRef{name: n, keys: actorKeys(n)})
			}
		}
		if len(set) > 0 {
			sets = append(sets, set)
		}
	}
	hasOther := func(a, b []actorRef) bool {
		for _, x := range a {
			found := false
			for _, y := range b {
				if keysMeet(x.keys, y.keys) {
					found = true
					break
				}
			}
			if !found {
				return true
			}
		}
		return false
	}
	for i := range sets {
		for j := i + 1; j < len(sets); j++ {
			if hasOther(sets[i], sets[j]) && hasOther(sets[j], sets[i]) {
				return true
			}
		}
	}
	return false
}

// Alone is an event as the store keeps it while one article alone reports
// it: the same rules (fatalities, notes, contested) as for a merged event,
// so `sitrep extract` shows what `ingest` stores.
func Alone(m event.Event) event.Event {
	return Fuse([]event.Event{m}, func(string, string) bool { return false })
}

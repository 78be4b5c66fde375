package gazetteer

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"
)

var tokenizerPool = sync.Pool{New: func() any { return &tokenizer{} }}

// Resolved is a mention and the place it was resolved to.
type Resolved struct {
	Mention
	// Place is nil when the mention could not be resolved confidently:
	// better no point than one on the wrong continent.
	Place *Place
}

// Span is a stretch of text known to be a place name (byte offsets).
type Span struct{ Start, End int }

// Resolve finds and resolves the place mentions in a whole text (an
// article), using the text itself as context.
func (g *Gazetteer) Resolve(text string) []Resolved {
	return g.ResolveIn(NewContext(), text)
}

// ResolveIn resolves the mentions of text (say a sentence) within an
// article context, and adds what it resolves confidently to ctx.
func (g *Gazetteer) ResolveIn(ctx *Context, text string) []Resolved {
	ms := g.FindMentions(text)
	return g.resolveMentions(ctx, text, ms, nil, true)
}

// ResolveSpans resolves given place-name spans of text (already
// recognised toponyms), with the rest of the text as context. Every span
// gets the best guess there is, fuzzy matches included.
func (g *Gazetteer) ResolveSpans(text string, spans []Span) []Resolved {
	tz := tokenizerPool.Get().(*tokenizer)
	defer tokenizerPool.Put(tz)
	tz.tokenize(text)
	ctx := NewContext()
	// context from the text's own unambiguous mentions (countries named,
	// demonyms, provinces); the others vouch for the spans' readings
	// (coherence)
	var extra []Mention
	for _, m := range g.findMentions(text, tz) {
		if overlapsAny(m.Start, m.End, spans) {
			continue
		}
		extra = append(extra, m)
		if best, _, margin := g.best(m.hits, &LookupOptions{Level: m.Level}); best >= 0 && margin >= 2 {
			k := g.places[m.hits[best].place].Kind
			if k == KindCountry || k == KindAdmin1 {
				p := g.place(m.hits[best].place)
				ctx.Add(g, &p, 0.5)
			}
		}
	}
	ms := make([]Mention, 0, len(spans))
	var bad []int // spans outside the text, left unresolved (badSpans)
	for k, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			bad = append(bad, k)
			continue
		}
		name := text[s.Start:s.End]
		m := Mention{Start: s.Start, End: s.End, Text: name, allCaps: isAllCaps(name)}
		variants, lv, full := queryVariantsN(name)
		m.Level = lv
		if m.Level == 0 {
			m.Level = levelAfterByte(tz, s.End)
		}
		m.hits = g.collectN(variants, full, m.allCaps, true)
		if ph := g.possessiveHits(name, m.hits, true); len(ph) > 0 {
			m.hits = ph
		}
		if dottedAbbrev(strings.TrimSpace(name)) {
			m.hits = g.abbrevReadings(m.hits)
		}
		if unit, ok := g.abbrevSpan(text, s); ok {
			m.hits = []hit{{place: unit, flags: flagPrimary, tier: tierFold}}
		} else if adj, ok := g.irregularHits(name); ok {
			m.hits = adj
		} else if peoples[strings.ToLower(name)] {
			m.hits = nil
		} else if !exactHit(m.hits) {
			if adj := g.adjectiveHits(name); len(adj) > 0 {
				m.hits = adj
			}
		}
		m.Known = len(m.hits) > 0
		if m.Known {
			m.Demonym = true
			for _, h := range m.hits {
				if h.flags&flagDemonym == 0 {
					m.Demonym = false
					break
				}
			}
		}
		ms = append(ms, m)
	}
	out := g.resolveMentions(ctx, text, ms, extra, false)
	backOff(out)
	return badSpans(out, spans, bad)
}

// badSpans puts back, unresolved and at their places in the input, the
// spans that lie outside the text (given by a caller, as the places
// command's input is): the rules that read the text around a mention
// never see them.
func badSpans(rs []Resolved, spans []Span, bad []int) []Resolved {
	if len(bad) == 0 {
		return rs
	}
	out := make([]Resolved, 0, len(spans))
	for k, s := range spans {
		if len(bad) > 0 && bad[0] == k {
			out = append(out, Resolved{Mention: Mention{Start: s.Start, End: s.End}})
			bad = bad[1:]
			continue
		}
		out = append(out, rs[0])
		rs = rs[1:]
	}
	return out
}

// peopleReading: a word that is a country's people's adjective and has no
// level word after it is the adjective ("Somali pirates"), not a
// division or town that bears the word too (Ethiopia's Somali region is
// written with its level: "the Somali region"). It keeps the demonym
// readings, and says the mention is one, when there are any.
func peopleReading(hits []hit, demonym bool) ([]hit, bool) {
	n := 0
	for _, h := range hits {
		if h.flags&flagDemonym != 0 {
			n++
		}
	}
	if n == 0 || n == len(hits) {
		return hits, demonym || n > 0
	}
	out := make([]hit, 0, n)
	for _, h := range hits {
		if h.flags&flagDemonym != 0 {
			out = append(out, h)
		}
	}
	return out, true
}

// peoplesWord: the word names place p only as p's people ("German"),
// though it is another place's name too (a hamlet in New York): "a
// German helicopter" names the people, as it would without the hamlet.
func peoplesWord(hits []hit, p uint32) bool {
	people := false
	for _, h := range hits {
		if h.place == p {
			if h.flags&flagDemonym == 0 {
				return false
			}
			people = true
		}
	}
	return people
}

func overlapsAny(a, b int, spans []Span) bool {
	for _, s := range spans {
		if a < s.End && s.Start < b {
			return true
		}
	}
	return false
}

// levelAfterByte finds the level word right after byte offset end.
func levelAfterByte(tz *tokenizer, end int) Kind {
	for k := range tz.toks {
		t := &tz.toks[k]
		if int(t.start) >= end {
			if t.breakBefore {
				return 0
			}
			return suffixLevel[tz.word(t)]
		}
	}
	return 0
}

// best scores hits without distances and returns the index of the best,
// its score and its margin over the best hit of another place.
func (g *Gazetteer) best(hits []hit, opts *LookupOptions) (int, float64, float64) {
	opts.owners = g.owners(hits, opts.owners[:0])
	l := newLeader()
	for i, h := range hits {
		l.offer(hits, i, g.score(h, opts, nil))
	}
	return l.result()
}

// leader follows the best-scoring hit and the best score of a hit of
// another place: their gap is how sure the choice is.
type leader struct {
	bi     int
	bs, ss float64
}

func newLeader() leader { return leader{bi: -1, bs: math.Inf(-1), ss: math.Inf(-1)} }

func (l *leader) offer(hits []hit, i int, s float64) {
	if s > l.bs {
		if l.bi >= 0 && hits[l.bi].place != hits[i].place {
			l.ss = l.bs
		}
		l.bi, l.bs = i, s
	} else if s > l.ss && hits[i].place != hits[l.bi].place {
		l.ss = s
	}
}

// result is the best hit, its score and its margin (4 when no other place
// scored).
func (l *leader) result() (int, float64, float64) {
	margin := 4.0
	if !math.IsInf(l.ss, -1) {
		margin = l.bs - l.ss
	}
	return l.bi, l.bs, margin
}

type pick struct {
	hit    int
	score  float64
	margin float64
}

// resolveMentions resolves mentions in two passes: the first on their own
// (plus ctx), the second with the context of the first pass's confident
// answers (countries, provinces and points named in the same text).
func (g *Gazetteer) resolveMentions(ctx *Context, text string, ms, extra []Mention, strict bool) []Resolved {
	out := make([]Resolved, len(ms))
	local := ctx.clone()
	picks := make([]pick, len(ms))
	coh := g.coherence(ms, extra, ctx)
	cohOf := func(i int) map[uint32]float64 {
		if coh == nil {
			return nil
		}
		return coh[i]
	}
	var given map[string][]contrib // what each written name put into local
	for i := range ms {
		m := &ms[i]
		out[i].Mention = *m
		b, s, margin := g.best(m.hits, &LookupOptions{Level: m.Level, Context: ctx, the: m.the})
		picks[i] = pick{b, s, margin}
		if b < 0 {
			continue
		}
		h := m.hits[b]
		r := &g.places[h.place]
		w, implied := 0.0, false
		switch {
		case m.Level == KindAdmin1 && r.Kind == KindAdmin1 && h.tier == tierPhon && margin >= 1.5 && !m.weak && !m.byPreposition:
			// a province named as one and read by its sound ("ولایت
			// ننگرهار", "ننګرهار ولایت"): the level word vouches for it
			w = 1
		case h.tier != tierFold || h.flags&flagStripped != 0 || m.weak:
			// look-alikes and words that may be no place at all do not
			// make context
		case r.Kind == KindCountry && margin >= 1:
			w = 1
		case r.Kind == KindAdmin1 && margin >= 1.5:
			w = 1
		case h.tier == tierFold && margin >= 2.5:
			w = 0.5
		case h.tier == tierFold && (r.Kind == KindAdmin1 || r.Kind == KindCity && r.Pop >= sureCountryTownPop) && r.Country != noPlace &&
			g.countryMargin(m.hits, &LookupOptions{Level: m.Level, Context: ctx, the: m.the}, b) >= sureCountryMargin:
			// which of a name's places is unsure, its country is not
			// ("Giza": the province or its capital): the country is
			// context, though not named
			h, w, implied = hit{place: r.Country}, sureCountryWeight, true
		}
		if w > 0 {
			k := contrib{h.place, w, implied}
			if implied {
				local.shift(g, k, w)
			} else {
				p := g.place(h.place)
				local.Add(g, &p, w)
			}
			if given == nil {
				given = map[string][]contrib{}
			}
			given[m.Text] = addContrib(given[m.Text], k)
		}
	}
	opts := LookupOptions{Context: local}
	qualified := g.qualify(text, ms)
	for i := range ms {
		m := &ms[i]
		if len(m.hits) == 0 {
			continue
		}
		opts.Level = m.Level
		opts.the = m.the
		// a name is no evidence for itself: what its own first reading
		// (here or where it recurs) put into the context is left out, or
		// an ambiguous town would vote for the country it was guessed in
		own := given[m.Text]
		for _, c := range own {
			local.shift(g, c, -c.w)
		}
		hits := m.hits
		qh, narrowed := qualified[i]
		if narrowed {
			if len(qh) == 0 {
				continue // a place the gazetteer lacks (qualify)
			}
			hits = qh
		} else {
			hits = g.variantsOfLevel(m, g.variantsInContext(ms, extra, i, hits, local))
		}
		opts.coh, opts.shapeWin = nil, g.shapeWinners(m.Text, hits)
		b, s, margin := g.bestWithDistance(hits, &opts)
		if c := cohOf(i); c != nil {
			opts.coh = g.sameRank(c, hits[b])
			b, s, margin = g.bestWithDistance(hits, &opts)
		}
		// the level word's verdict is taken before the name's own
		// reading is put back into the context it is judged by
		h := hits[b]
		r := &g.places[h.place]
		abroad := levelAbroad(m, r, local) || lookAlikeAbroad(m, h, r, local)
		for _, c := range own {
			local.shift(g, c, c.w)
		}
		// a name read inside the unit written beside it ("X, Idlib",
		// "X in southern Idlib") is surely a place
		if strict && !narrowed && !g.confident(m, h, r, local) {
			continue
		}
		if abroad || altAbroad(h, r, local) {
			continue // "X district" of an Afghan story is no Iranian village X, nor a look-alike there
		}
		p := g.place(h.place)
		p.Matched = m.Text
		p.Match = matchOf(h)
		p.MatchName = p.Match.String()
		q := 1.0
		switch p.Match {
		case MatchAlternate:
			q = 0.95
		case MatchFuzzy:
			q = 0.7
		}
		p.Confidence = math.Round(q/(1+math.Exp(-margin))*1000) / 1000
		_ = s
		if m.Level == KindAdmin2 && p.Kind == KindCity {
			p.Precision = 2 // "X district" resolved to its seat town
		}
		out[i].Place = &p
		if peoplesWord(m.hits, h.place) {
			out[i].Demonym = true
		}
		if margin >= 1.5 && h.tier == tierFold {
			ctx.Add(g, &p, 0.5)
		}
	}
	if strict {
		g.dropWeak(ms, out, local, given)
	}
	// one sense per text: a name the text once qualified ("the provinces
	// of Takhar and Baghlan", "Salem, Ore.") keeps that sense where it
	// stands bare
	var sense map[string]*Place
	for i := range out {
		_, narrowed := qualified[i]
		if (out[i].Level != 0 || narrowed) && out[i].Place != nil && out[i].Text != "" {
			if sense == nil {
				sense = map[string]*Place{}
			}
			sense[strings.ToLower(out[i].Text)] = out[i].Place
		}
	}
	if sense == nil {
		return out // nothing qualified: no name's sense to carry
	}
	for i := range out {
		if out[i].Level != 0 || out[i].Place == nil {
			continue // the cheap tests before lowering the name
		}
		_, narrowed := qualified[i]
		if p, ok := sense[strings.ToLower(out[i].Text)]; ok && !narrowed && out[i].Place.idx != p.idx {
			q := *p
			out[i].Place = &q
		}
	}
	return out
}

// confident decides whether a free-text mention's best place is kept.
func (g *Gazetteer) confident(m *Mention, h hit, r *placeRec, c *Context) bool {
	_, inCountry := c.countries[r.Country]
	if r.Kind == KindCountry {
		return true
	}
	if m.byPreposition && !inCountry {
		return false // "در شفاخانه" (in hospital) is no province abroad
	}
	if h.tier != tierFold && !inCountry && (m.Level == 0 || len(c.countries) > 0) && !scriptUnitName(m, r) {
		return false
	}
	// a capital is never obscure, however few live there
	if r.Kind == KindCity && r.Pop < 1000 && !inCountry && !m.Locative && m.Level == 0 && codeOf(r) != "PPLC" {
		return false
	}
	return true
}

// bestWithDistance is best plus the distance to the context's points for
// the leading candidates.
func (g *Gazetteer) bestWithDistance(hits []hit, opts *LookupOptions) (int, float64, float64) {
	c := opts.Context
	if c == nil || len(c.points) == 0 {
		return g.best(hits, opts)
	}
	type sc struct {
		i int
		s float64
	}
	const top = 12
	opts.owners = g.owners(hits, opts.owners[:0])
	var buf [top]sc
	lead := buf[:0]
	for i, h := range hits {
		s := g.score(h, opts, nil)
		if len(lead) < top {
			lead = append(lead, sc{i, s})
			continue
		}
		mi := 0
		for k := range lead {
			if lead[k].s < lead[mi].s {
				mi = k
			}
		}
		if s > lead[mi].s {
			lead[mi] = sc{i, s}
		}
	}
	best := newLeader()
	for _, l := range lead {
		h := hits[l.i]
		best.offer(hits, l.i, l.s+g.ctxPointBonus(&g.places[h.place], h.place, c))
	}
	return best.result()
}

// ctxPointBonus is the bonus a candidate gets from the points the article
// has placed: nearness for towns, districts, provinces and features;
// for a country, containing them. A country that holds the article's
// places is as close to them as any of its towns: without this, a city
// known also by its country's name ("X City" called "X") wins over the
// country as soon as the article names other places in that country.
func (g *Gazetteer) ctxPointBonus(r *placeRec, self uint32, c *Context) float64 {
	switch r.Kind {
	case KindContinent, KindRegion:
		return 0
	case KindCountry:
		for _, p := range c.points {
			if p.place != self && g.places[p.place].Country == self {
				return 2
			}
		}
		return 0
	}
	return g.nearBonus(r, self, c)
}

func (g *Gazetteer) nearBonus(r *placeRec, self uint32, c *Context) float64 {
	// a point 600 km off or more earns nothing (see the switch below), so
	// the search starts a hair past that, and the latitude bound skips the
	// far points without measuring them; the hair keeps a rounding error
	// in the bound from skipping a point just inside 600 km
	best := 600 * (1 + 1e-9)
	for _, p := range c.points {
		if p.place == self {
			continue
		}
		if r.Kind != KindAdmin1 && g.places[p.place].Kind == KindAdmin1 {
			// a province's centre says where its neighbours are, not
			// which of its towns is meant (that is "province in article")
			continue
		}
		// the latitudes' distance is a lower bound of the distance: a
		// point that cannot beat the best is not measured, and one within
		// the nearest band ends the search (the bonus is the same)
		if math.Abs(float64(r.Lat)-p.lat)*kmPerDegree >= best {
			continue
		}
		if d := haversineKm(float64(r.Lat), float64(r.Lon), p.lat, p.lon); d < best {
			best = d
			if best < 50 {
				break
			}
		}
	}
	switch {
	case best < 50:
		return 2
	case best < 200:
		return 1.2
	case best < 600:
		return 0.5
	}
	return 0
}

func (c *Context) clone() *Context {
	n := NewContext()
	if c == nil {
		return n
	}
	for k, v := range c.countries {
		n.countries[k] = v
	}
	for k, v := range c.admin1 {
		n.admin1[k] = v
	}
	n.points = append(n.points, c.points...)
	n.named = c.named
	return n
}

// shift changes the country and province weights a place gave the
// context (Add without the point); a weight that falls to nothing is
// removed, as if never given.
func (c *Context) shift(g *Gazetteer, k contrib, w float64) {
	idx := k.place
	r := &g.places[idx]
	put := func(m map[uint32]float64, k uint32, v float64) {
		if k == noPlace {
			return
		}
		if n := m[k] + v; n > 1e-9 {
			m[k] = n
		} else {
			delete(m, k)
		}
	}
	switch r.Kind {
	case KindCountry:
		put(c.countries, idx, w)
		if !k.implied {
			c.named += w
		}
	case KindAdmin1:
		put(c.admin1, idx, w)
		put(c.countries, r.Country, w*0.7)
	default:
		put(c.admin1, r.Admin1, w*0.5)
		put(c.countries, r.Country, w*0.5)
	}
}

// contrib is what one reading of a name put into the article context.
type contrib struct {
	place   uint32
	w       float64
	implied bool // a country only implied (surecountry.go), not named
}

// addContrib adds w for place to a name's contributions. One entry per
// place, not per use: a name written 10,000 times would otherwise be
// taken out of the context and put back 10,000 times at each of its uses.
func addContrib(cs []contrib, c contrib) []contrib {
	for k := range cs {
		if cs[k].place == c.place && cs[k].implied == c.implied {
			cs[k].w += c.w
			return cs
		}
	}
	return append(cs, c)
}

// dropWeak unresolves the common words and given names that nothing in
// the text marks as places. Evidence is a level word ("X district"), a
// locative before any of its uses ("in X"), a qualifier after a comma
// ("X, Y" with Y its province or country), or other places of the text
// near it or its province named.
func (g *Gazetteer) dropWeak(ms []Mention, out []Resolved, local *Context, given map[string][]contrib) {
	var ok map[string]bool
	for i := range ms {
		m := &ms[i]
		if !m.weak || out[i].Place == nil {
			continue
		}
		p := out[i].Place
		good := m.Level != 0 || m.Locative
		if !good && m.comma && i+1 < len(ms) && ms[i+1].Start-m.End <= 2 && out[i+1].Place != nil {
			q := out[i+1].Place
			good = q.CountryCode == p.CountryCode && (q.Kind == KindCountry || q.Kind == KindAdmin1 && q.Admin1 == p.Admin1)
		}
		if !good {
			own := given[m.Text]
			for _, c := range own {
				local.shift(g, c, -c.w)
			}
			r := &g.places[p.idx]
			_, inCountry := local.countries[r.Country]
			_, inProvince := local.admin1[r.Admin1]
			good = inCountry && (inProvince && r.Admin1 != noPlace || g.nearBonus(r, p.idx, local) >= 1.2)
			for _, c := range own {
				local.shift(g, c, c.w)
			}
		}
		if good {
			if ok == nil {
				ok = map[string]bool{}
			}
			ok[m.Text] = true
		}
	}
	for i := range ms {
		if ms[i].weak && out[i].Place != nil && !ok[ms[i].Text] {
			out[i].Place = nil
		}
	}
}

// scriptUnitName: a name in Cyrillic or Persian script after the word for
// its unit ("провинции Нангархар", "ولایت خوست") that names a unit of that
// level. Such names are found by their sound when GeoNames lacks the
// script's spelling, and the unit word says a place is meant: not a
// look-alike, though the article names only the neighbour whose forces
// crossed ("пакистанские военные", "نیروهای پاکستانی"). Names in Latin
// letters keep the look-alike rule.
func scriptUnitName(m *Mention, r *placeRec) bool {
	if m.Level == 0 || m.byPreposition || m.Text == "" || m.Text[0] < utf8.RuneSelf {
		return false
	}
	// the unit itself, not a town its sound recalls ("Шохинского
	// района", a district, is not Xi'an)
	return r.Kind == m.Level || m.Level == KindAdmin1 && r.Kind == KindRegion
}

// altAbroadMaxPop: a town this big is known abroad by its other names
// ("Bombay", "Canton"), which news still writes, and so is a capital
// ("Vatican"); a smaller town's alternate names (a Latin or local
// spelling) are seldom what an English text means.
const altAbroadMaxPop = 1000000

// altAbroad: the reading is a town matched only by one of its alternate
// names, in a country the article never mentions while it names others:
// "Boni", a Malian village the gazetteer lacks, is no old name of a
// German city in a story of Mopti.
func altAbroad(h hit, r *placeRec, c *Context) bool {
	if h.flags&flagPrimary != 0 || r.Kind != KindCity || r.Pop >= altAbroadMaxPop || len(c.countries) == 0 || codeOf(r) == "PPLC" {
		return false
	}
	_, ok := c.countries[r.Country]
	return !ok
}

// lookAlikeAbroad: a name read by a look-alike spelling (not a country's)
// in a country the article never mentions while it names others. The
// name's own first reading is no mention of its country: a hamlet spelt
// exactly as the name would otherwise bar the province of the text's
// level word spelt a little otherwise.
func lookAlikeAbroad(m *Mention, h hit, r *placeRec, c *Context) bool {
	if h.tier == tierFold || len(c.countries) == 0 || r.Kind == KindCountry || scriptUnitName(m, r) {
		return false
	}
	_, ok := c.countries[r.Country]
	return !ok
}

// levelAbroad: a name written with a division's level word ("X
// district", "X province") whose reading is a town, not that division, in
// a country the article never mentions while it names others. The level
// word says the text means a division the gazetteer lacks, not a
// namesake village abroad.
func levelAbroad(m *Mention, r *placeRec, c *Context) bool {
	if (m.Level != KindAdmin2 && m.Level != KindAdmin1) || r.Kind != KindCity || len(c.countries) == 0 {
		return false
	}
	_, ok := c.countries[r.Country]
	return !ok
}

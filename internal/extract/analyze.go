package extract

import (
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract/dates"
	"github.com/sitrep/sitrep/internal/extract/sentence"
)

// doc is one article under analysis.
type doc struct {
	nSents   int // how many sentences the article has (its bounded text)
	x        *Extractor
	a        Article
	text     string // title + blank line + body
	bodyAt   int    // byte offset of the body in text
	dct      time.Time
	guessed  bool      // dct is a fetch time: only dates that name their year are kept
	anchor   time.Time // when guessed: the latest date the text gives with its year
	sents    []*sent
	title    *sent
	events   []*evb
	cur      *evb
	speakers []string
	bodies   []string          // the institutions quoted, in order: what a later "It said" returns to
	sides    map[string]string // speaker → the side it stands for (claims.go speakerSide)
	// named non-state groups by paragraph and in the title
	paraNamed  map[int][]*ActorEntry
	titleNamed []*ActorEntry
	countryN   map[string]int // country mentions (names count 2, demonyms 1)
	countryPl  map[string]Place
	mentioned  map[string]bool // countries the article names
	keyCache   map[*sent][]string
	toks       *[]token // the buffer all sentences' tokens live in (tokPool)
	lower      string   // text with ASCII letters lower-cased
	lim        limits   // what the article's bounds left out
}

// lowerOf is lowerWord(w) for w written at text[s:e], sliced from the
// lower-case text when that is the same thing.
func (d *doc) lowerOf(w string, s, e int) string {
	if s >= 0 && e <= len(d.lower) && s <= e && d.text[s:e] == w && isASCII(w) {
		return d.lower[s:e]
	}
	return lowerWord(w)
}

type sent struct {
	i, para   int
	s, e      int
	lang      langID
	toks      []token
	dispersal int8 // dispersed's memo: 0 not looked yet, 1 no, 2 yes
	head      bool
	spec      bool
	quote     bool
	newMark   bool // "Separately, ..."
	modalAt   int  // first modal marker (len(toks) if none)
	// relModal: 1 + the token of a modal verb that opens a relative
	// clause ("the men who plotted the attack were killed"), 0 if none:
	// it doubts only its own object (relativeDoubt), not the main clause
	relModal  int
	inclAt    int
	dates     []sdate
	places    []splace
	trigs     []strig
	ments     []mention
	claims    []sclaim
	speaker   string
	spans     [][2]int // token ranges of speakers and addressees
	denial    bool
	denyBy    string
	denyWhat  string
	aggr      bool // its only dates are durations ("in recent weeks", "since May")
	thereBeen bool // "there have been": a state of affairs, not an event
	// daysBefore: the part of a sentence after "came two days after"
	// tells an incident that many days before the one just told
	// (cameAfter); 0 when not such a part
	daysBefore int
}

type sdate struct {
	x        dates.Expr
	ti       int
	speech   bool
	from, to time.Time
}

type splace struct {
	p        Place
	ti       int
	excluded bool
	demoted  bool
	locative bool   // after "in", "inside", "near"...: said as where something happened
	weapon   bool   // a nationality of the weapons or operation ("Pakistani strikes"): where the attack came from
	notPlace bool   // a person's name or part of an address, not a place at all
	lname    string // lowerWord(p.Name), set by findSurnames
}

type strig struct {
	ti, tj    int
	info      trigInfo
	anaphoric bool
	another   bool
	off       bool // negated, infinitive, modal or habitual
}

type mention struct {
	ti, tj    int
	class     string // named, state, air, armed, civ, protester, rioter, prisoner
	named     *ActorEntry
	force     string
	unit      string
	country   string // "" unknown; "@" the event's country
	unident   bool
	inSpeaker bool
	subj      bool // a country as the subject of a deployment
}

type sclaim struct {
	c      event.Claim
	kw     int // token of the claim word (or the count)
	whoA   int
	whoB   int
	victim string // state, armed, civ or "" (victimClass)
	side   string // the victims' country when the text gives it ("two Afghan soldiers", "its guards")
	sent   int
}

func (d *doc) tokText(st *sent, a, b int) string {
	if a >= b || a < 0 || b > len(st.toks) {
		return ""
	}
	return d.text[st.toks[a].s:st.toks[b-1].e]
}

// tokPool keeps the token buffers of finished articles: an article's
// tokens are its largest allocation, and no event refers to them.
var tokPool = sync.Pool{New: func() any { b := make([]token, 0, 1024); return &b }}

// release returns the token buffer; d must not be used afterwards.
func (d *doc) release() {
	if d.toks == nil {
		return
	}
	*d.toks = (*d.toks)[:0]
	tokPool.Put(d.toks)
	d.toks = nil
	for _, st := range d.sents {
		st.toks = nil
	}
	if d.title != nil {
		d.title.toks = nil
	}
}

func (x *Extractor) analyze(a Article) *doc {
	d := &doc{x: x, a: a, dct: a.Published, paraNamed: map[int][]*ActorEntry{},
		countryN: map[string]int{}, countryPl: map[string]Place{}, mentioned: map[string]bool{}}
	if d.dct.IsZero() {
		d.dct = time.Now()
	}
	title := strings.TrimSpace(a.Title)
	body := d.clip(a.Text)
	if title != "" && !strings.HasPrefix(strings.TrimSpace(body), title) {
		d.text = title + "\n\n" + body
		d.bodyAt = len(title) + 2
	} else {
		d.text = body
		title = ""
	}
	spans := d.bound(sentence.Split(d.text))
	d.lower = asciiLower(d.text[:d.lim.end])
	exprs := dates.FindLower(d.text[:d.lim.end], d.lower, d.dct)
	if a.DateGuessed {
		exprs = d.yearDated(exprs)
	}
	all := tokPool.Get().(*[]token)
	d.toks = all
	lower := d.lower
	sts := make([]*sent, len(spans))
	d.nSents = len(spans)
	slab := make([]sent, len(spans))
	for i, sp := range spans {
		st := &slab[i]
		*st = sent{i: i, para: sp.Para, s: sp.Start, e: sp.End}
		sts[i] = st
		st.head = title != "" && sp.Start < d.bodyAt
		k0 := len(*all)
		*all = tokenize(d.text, lower, sp.Start, sp.End, *all)
		st.toks = dropWireSlug(d.text, (*all)[k0:len(*all):len(*all)])
		if st.lang = sentLang(st.toks, d.a.Language); st.lang != langEn && x.lx.gloss[st.lang] != nil {
			st.toks = x.lx.gloss[st.lang].apply(st.toks)
		}
		x.lx.mark(st.toks)
	}
	places := x.geo.Places(d.text[:d.lim.end], d.partyCountries(sts))
	pi, di := 0, 0
	// every sentence's places and dates, each in one block
	pblock := make([]splace, 0, len(places))
	dblock := make([]sdate, 0, len(exprs))
	for _, st := range sts {
		sp := sentence.Span{Start: st.s, End: st.e}
		for pi < len(places) && places[pi].Start < sp.Start {
			pi++
		}
		p0 := len(pblock)
		for k := pi; k < len(places) && places[k].Start < sp.End; k++ {
			pblock = append(pblock, splace{p: places[k], ti: d.tokAt(st, places[k].Start)})
		}
		if len(pblock) > p0 {
			st.places = pblock[p0:len(pblock):len(pblock)]
			nameWordsAreNoVerbs(st)
		}
		claimedNotSaid(st)
		for di < len(exprs) && exprs[di].Start < sp.Start {
			di++
		}
		d0 := len(dblock)
		for k := di; k < len(exprs) && exprs[k].Start < sp.End; k++ {
			sd := sdate{x: exprs[k], ti: d.tokAt(st, exprs[k].Start)}
			sd.from, sd.to, _ = exprs[k].Range()
			if strings.HasSuffix(exprs[k].Value, "TNI") && !sd.to.IsZero() {
				// a night runs into the next morning: reports of the
				// small hours date it by either day
				sd.to = sd.to.AddDate(0, 0, 1)
			}
			dblock = append(dblock, sd)
		}
		if len(dblock) > d0 {
			st.dates = dblock[d0:len(dblock):len(dblock)]
		}
	}
	d.findSurnames(sts)
	for _, st := range sts {
		d.analyzeSent(st)
		if st.head {
			if d.title == nil {
				d.title = st
			}
			struck := d.struck(st)
			for k, m := range st.ments {
				if m.class == "named" && m.named.Inter != 1 && !struck[k] {
					d.titleNamed = append(d.titleNamed, m.named)
				}
			}
			continue
		}
		d.sents = append(d.sents, st)
		struck := d.struck(st)
		for k, m := range st.ments {
			if m.class == "named" && m.named.Inter != 1 && !struck[k] {
				d.paraNamed[st.para] = append(d.paraNamed[st.para], m.named)
			}
		}
		for _, p := range st.places {
			if p.p.Country == "" || p.notPlace {
				continue
			}
			w := 2
			switch {
			case p.weapon:
				w = 0 // "Turkish drones": where the strike came from, not where it fell
			case p.p.Demonym, p.p.Kind != "country":
				w = 1
			}
			d.countryN[p.p.Country] += w
			if p.p.Kind == "country" || p.p.Demonym {
				d.mentioned[p.p.Country] = true
				if _, ok := d.countryPl[p.p.Country]; !ok || !p.p.Demonym {
					d.countryPl[p.p.Country] = p.p
				}
			}
		}
	}
	return d
}

func (d *doc) tokAt(st *sent, off int) int {
	// token ends increase, so the first token ending after off is found by
	// bisection
	lo, hi := 0, len(st.toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if st.toks[m].e > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// inSpans reports whether token i lies in a speaker or addressee span.
func (st *sent) inSpans(i int) bool {
	for _, sp := range st.spans {
		if i >= sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

func (st *sent) w(i int) string {
	if i < 0 || i >= len(st.toks) {
		return ""
	}
	return st.toks[i].w
}

func (d *doc) analyzeSent(st *sent) {
	lx := d.x.lx
	n := len(st.toks)
	st.modalAt, st.inclAt = n, n
	if n == 0 {
		return
	}
	if isQuote(st.toks[0].w) {
		st.quote = true
	}
	switch st.toks[0].w {
	case "separately", "meanwhile", "elsewhere":
		st.newMark = true
	case "if", "unless":
		st.spec = true
	}
	if st.toks[n-1].w == "?" || docTitle(st) {
		st.spec = true
	}
	for i, t := range st.toks {
		if t.f&fSpec != 0 && speculative(st, i) {
			st.spec = true
		}
		if t.w == "there" && (st.w(i+1) == "have" || st.w(i+1) == "has") && st.w(i+2) == "been" {
			st.thereBeen = true
		}
		if st.modalAt == n && ((t.f&fModal != 0 && !(t.cap && t.w == "may") && !wantedAdjective(st, i)) || (t.w == "going" && st.w(i+1) == "to")) {
			if relativePronouns[st.w(i-1)] && t.f&fModal != 0 {
				if st.relModal == 0 {
					st.relModal = i + 1
				}
			} else {
				st.modalAt = i
			}
		}
		if st.inclAt == n && (t.w == "including" || (t.w == "among" && (st.w(i+1) == "them" || st.w(i+1) == "whom"))) {
			st.inclAt = i
		}
	}
	// dates spoken of a statement, not of the event
	for k := range st.dates {
		st.dates[k].speech = d.speechDate(st, k)
	}
	st.aggr = d.aggregate(st)
	d.findSpeakers(st)
	// mentions of parties
	for i := 0; i < n; {
		if st.toks[i].f&(fActor|fNoun) == 0 {
			i++ // the flags say neither dictionary has a phrase here
			continue
		}
		if k, a, ok := lx.actors.match(d.text, st.toks, i); ok {
			st.ments = append(st.ments, mention{ti: i, tj: i + k, class: "named", named: a, inSpeaker: st.inSpans(i)})
			i += k
			continue
		}
		if k, ne, ok := lx.nouns.match(d.text, st.toks, i); ok {
			if d.insidePlaceName(st, i, i+k) {
				i += k // "in Mullah Kalay village": a word of a place's name, no party
				continue
			}
			m := mention{ti: i, tj: i + k, class: ne.class, force: ne.force, unit: ne.unit, inSpeaker: st.inSpans(i)}
			d.qualifyMention(st, &m)
			if m.class != "" {
				st.ments = append(st.ments, m)
			}
			i += k
			continue
		}
		i++
	}
	d.pairedNations(st)
	stateAircraft(st)
	d.ethnicMilitias(st)
	d.formerMembers(st)
	d.countryAgents(st)
	d.nationAgents(st)
	d.fireFrom(st)
	st.ments = groupForces(st)
	// triggers
	for i := 0; i < n; {
		if st.toks[i].f&(fTrigger|fLaunch) == 0 {
			i++ // no trigger and no launch can start here
			continue
		}
		k, ti, ok := lx.triggers.match(d.text, st.toks, i)
		if !ok {
			fam := ""
			if k, fam, ok = launchAt(st, i); !ok {
				i++
				continue
			}
			w := st.toks[i].w
			ti = trigInfo{word: w, fam: fam, base: w == "fire" || w == "launch"}
		}
		tr := strig{ti: i, tj: i + k, info: ti}
		d.qualifyTrigger(st, &tr)
		st.trigs = append(st.trigs, tr)
		i += k
	}
	d.explosiveTriggers(st)
	d.capturedGround(st)
	d.versusClash(st)
	d.strikerNations(st)
	d.weaponNations(st)
	d.governmentAgents(st)
	d.findClaims(st)
	d.findDenial(st)
	// places: exclusions
	for k := range st.places {
		d.qualifyPlace(st, &st.places[k])
	}
	waterYields(st)
	d.adminChain(st)
}

// wantedAdjective: "wanted" before a noun ("kills wanted militant") names
// a fugitive; only "wanted to" is the modal.
func wantedAdjective(st *sent, i int) bool {
	return st.w(i) == "wanted" && st.w(i+1) != "to" && i+1 < len(st.toks) && st.toks[i+1].word
}

// claimedNotSaid: "claimed the lives of five", "claims lives of 9" (a
// death toll) and "claimed responsibility for a bombing that killed five"
// (a deed owned): "claim" there is no speaker's word, so the toll is not
// the claimant's count and the blast before it says nothing.
func claimedNotSaid(st *sent) {
	for i := range st.toks {
		if st.toks[i].f&fSpeech == 0 || !strings.HasPrefix(st.toks[i].w, "claim") {
			continue
		}
		for j := i + 1; j < len(st.toks) && j <= i+4; j++ {
			if w := st.w(j); w == "lives" || w == "life" || w == "responsibility" || w == "credit" {
				st.toks[i].f &^= fSpeech
				break
			}
		}
	}
}

// nameWordsAreNoVerbs: a capitalised word inside a place's name after its
// first word ("Alah Say", "Port Said") is part of the name, not a speech
// verb or an event word: "raided a hideout in Alah Say district" has no
// speaker.
func nameWordsAreNoVerbs(st *sent) {
	for _, p := range st.places {
		for j := p.ti + 1; j < len(st.toks) && st.toks[j].s < p.p.End; j++ {
			if st.toks[j].cap {
				st.toks[j].f &^= fSpeech | fTrigger
			}
		}
	}
}

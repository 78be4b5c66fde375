package extract

import (
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract/count"
	"github.com/sitrep/sitrep/internal/extract/dates"
	"github.com/sitrep/sitrep/internal/extract/sentence"
)

// doc is one article under analysis.
type doc struct {
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
	toks      []token
	head      bool
	spec      bool
	quote     bool
	newMark   bool // "Separately, ..."
	modalAt   int  // first modal marker (len(toks) if none)
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
	victim string // state, armed, civ, named or ""
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
	body := a.Text
	if title != "" && !strings.HasPrefix(strings.TrimSpace(body), title) {
		d.text = title + "\n\n" + body
		d.bodyAt = len(title) + 2
	} else {
		d.text = body
		title = ""
	}
	spans := d.bound(sentence.Split(d.text))
	places := x.geo.Places(d.text[:d.lim.end])
	d.lower = asciiLower(d.text[:d.lim.end])
	exprs := dates.FindLower(d.text[:d.lim.end], d.lower, d.dct)
	if a.DateGuessed {
		exprs = d.yearDated(exprs)
	}
	pi, di := 0, 0
	all := tokPool.Get().(*[]token)
	d.toks = all
	lower := d.lower
	sts := make([]*sent, len(spans))
	slab := make([]sent, len(spans))
	// every sentence's places and dates, each in one block
	pblock := make([]splace, 0, len(places))
	dblock := make([]sdate, 0, len(exprs))
	for i, sp := range spans {
		st := &slab[i]
		*st = sent{i: i, para: sp.Para, s: sp.Start, e: sp.End}
		sts[i] = st
		st.head = title != "" && sp.Start < d.bodyAt
		k0 := len(*all)
		*all = tokenize(d.text, lower, sp.Start, sp.End, *all)
		st.toks = (*all)[k0:len(*all):len(*all)]
		x.lx.mark(st.toks)
		for pi < len(places) && places[pi].Start < sp.Start {
			pi++
		}
		p0 := len(pblock)
		for k := pi; k < len(places) && places[k].Start < sp.End; k++ {
			pblock = append(pblock, splace{p: places[k], ti: d.tokAt(st, places[k].Start)})
		}
		if len(pblock) > p0 {
			st.places = pblock[p0:len(pblock):len(pblock)]
		}
		for di < len(exprs) && exprs[di].Start < sp.Start {
			di++
		}
		d0 := len(dblock)
		for k := di; k < len(exprs) && exprs[k].Start < sp.End; k++ {
			sd := sdate{x: exprs[k], ti: d.tokAt(st, exprs[k].Start)}
			sd.from, sd.to, _ = exprs[k].Range()
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
			for _, m := range st.ments {
				if m.class == "named" && m.named.Inter != 1 {
					d.titleNamed = append(d.titleNamed, m.named)
				}
			}
			continue
		}
		d.sents = append(d.sents, st)
		for _, m := range st.ments {
			if m.class == "named" && m.named.Inter != 1 {
				d.paraNamed[st.para] = append(d.paraNamed[st.para], m.named)
			}
		}
		for _, p := range st.places {
			if p.p.Country == "" || p.notPlace {
				continue
			}
			w := 2
			if p.p.Demonym {
				w = 1
			} else if p.p.Kind != "country" {
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

// yearDated keeps the date expressions that name their year: against a
// guessed publication date, "on Monday" or "December 8" could be any
// week or year, while "December 8, 2008" is what it says. The latest of
// them stands in for the publication date as the article's own "now".
func (d *doc) yearDated(exprs []dates.Expr) []dates.Expr {
	d.guessed = true
	out := exprs[:0]
	for _, x := range exprs {
		if !namesYear(x.Text) {
			continue
		}
		out = append(out, x)
		if from, _, ok := x.Range(); ok && x.Type == dates.TypeDate && from.After(d.anchor) {
			d.anchor = from
		}
	}
	return out
}

// namesYear: the text holds a four-digit year (1800-2199).
func namesYear(s string) bool {
	run, v := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			v = v*10 + int(s[i]-'0')
			continue
		}
		if run == 4 && v >= 1800 && v < 2200 {
			return true
		}
		run, v = 0, 0
	}
	return false
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

var roleWords = set("spokesman", "spokeswoman", "spokesperson", "official", "officials", "commander", "governor",
	"minister", "ministry", "head", "chief", "deputy", "leader", "president", "director", "representative", "envoy",
	"analyst", "officer", "mayor", "secretary", "general", "colonel", "adviser", "advisor")

var startSkip = set("and", "but", "however", "so", "then", "also", "meanwhile", "separately", "yet", "while", "as", "update")

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
	if st.toks[n-1].w == "?" {
		st.spec = true
	}
	for i, t := range st.toks {
		if t.f&fSpec != 0 {
			st.spec = true
		}
		if t.w == "there" && (st.w(i+1) == "have" || st.w(i+1) == "has") && st.w(i+2) == "been" {
			st.thereBeen = true
		}
		if st.modalAt == n && ((t.f&fModal != 0 && !(t.cap && t.w == "may")) || (t.w == "going" && st.w(i+1) == "to")) {
			st.modalAt = i
		}
		if st.inclAt == n && (t.w == "including" || (t.w == "among" && (st.w(i+1) == "them" || st.w(i+1) == "whom"))) {
			st.inclAt = i
		}
	}
	// dates spoken of a statement, not of the event
	for k := range st.dates {
		st.dates[k].speech = d.speechDate(st, k)
	}
	hasDate, allDur := false, true
	for _, sd := range st.dates {
		if sd.x.Type == dates.TypeDuration {
			hasDate = true
			continue
		}
		if !calendar(sd) || sd.speech {
			continue
		}
		hasDate = true
		if st.w(sd.ti-1) != "since" {
			allDur = false
		}
	}
	st.aggr = hasDate && allDur
	d.findSpeakers(st)
	// mentions of parties
	for i := 0; i < n; {
		if k, a, ok := lx.actors.match(d.text, st.toks, i); ok {
			st.ments = append(st.ments, mention{ti: i, tj: i + k, class: "named", named: a, inSpeaker: st.inSpans(i)})
			i += k
			continue
		}
		if k, ne, ok := lx.nouns.match(d.text, st.toks, i); ok {
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
	d.countryAgents(st)
	// triggers
	for i := 0; i < n; {
		k, ti, ok := lx.triggers.match(d.text, st.toks, i)
		if !ok {
			i++
			continue
		}
		tr := strig{ti: i, tj: i + k, info: ti}
		d.qualifyTrigger(st, &tr)
		st.trigs = append(st.trigs, tr)
		i += k
	}
	d.findClaims(st)
	d.findDenial(st)
	// places: exclusions
	for k := range st.places {
		d.qualifyPlace(st, &st.places[k])
	}
}

// speechDate: "said on Wednesday", "Islamic State on Friday claimed",
// "told the agency on December 16 that", "Update, November 8:".
func (d *doc) speechDate(st *sent, k int) bool {
	sd := st.dates[k]
	a := sd.ti
	b := d.tokAt(st, sd.x.End)
	for j := a - 1; j >= 0 && j >= a-2; j-- {
		if speechVerbs[st.w(j)] {
			return true
		}
	}
	if speechVerbs[st.w(b)] || (st.w(b) == "," && speechVerbs[st.w(b+1)]) {
		return true
	}
	if st.w(b) == ":" || st.w(a-1) == "update" || st.w(a-2) == "update" {
		return true
	}
	if st.w(b) == "that" {
		for j := a - 1; j >= 0 && j >= a-8; j-- {
			if speechVerbs[st.w(j)] {
				return true
			}
		}
	}
	return false
}

// findSpeakers finds who the sentence quotes: "X said", "according to X",
// "X told Y", "confirmed by X", `"...," the ministry said`.
func (d *doc) findSpeakers(st *sent) {
	n := len(st.toks)
	type cand struct {
		a, b  int
		relay bool
		pos   int
	}
	var cands []cand
	for i := 0; i < n; i++ {
		w := st.toks[i].w
		if w == "according" && st.w(i+1) == "to" {
			a := i + 2
			b := a
			for b < n && b-a < 12 && st.toks[b].word && st.toks[b].w != "that" {
				b++
			}
			if b > a {
				cands = append(cands, cand{a, b, false, i})
				st.spans = append(st.spans, [2]int{a, b})
			}
			continue
		}
		if st.toks[i].f&fSpeech == 0 {
			continue
		}
		if determiners[st.w(i-1)] || st.w(i-1) == "a" || st.w(i-1) == "an" || i == 0 || isQuote(st.w(i-1)) {
			continue // "the reports of", "a statement", "Reports by Reuters"
		}
		if w == "told" || w == "tells" {
			a := i + 1
			b := a
			for b < n && b-a < 8 && st.toks[b].word && st.toks[b].w != "that" && st.toks[b].w != "on" {
				b++
			}
			if b > a {
				st.spans = append(st.spans, [2]int{a, b})
			}
		}
		if st.w(i+1) == "by" { // "confirmed by X", "cited by Reuters"
			a := i + 2
			b := a
			if a < n && st.toks[a].cap {
				for b < n && b-a < 8 && st.toks[b].word && (st.toks[b].cap || st.toks[b].w == "of" || st.toks[b].w == "the" || st.toks[b].w == "for") {
					b++
				}
			} else {
				for b < n && b-a < 4 && st.toks[b].word && !npStop[st.toks[b].w] && !auxWords[st.toks[b].w] {
					b++
				}
			}
			if b > a {
				relay := w == "cited" || w == "quoted" || w == "reported"
				cands = append(cands, cand{a, b, relay, i})
				st.spans = append(st.spans, [2]int{a, b})
			}
			continue
		}
		if w == "cited" || w == "quoted" {
			continue
		}
		if st.w(i-1) == "it" || (st.w(i-2) == "it" && auxWords[st.w(i-1)]) || (st.w(i-3) == "it" && auxWords[st.w(i-1)]) {
			continue // "it was reported"
		}
		j := i - 1
		if st.w(j) == "who" {
			j--
		}
		a, b := d.subjectBefore(st, j)
		for k := a; k < b; k++ {
			if w := st.toks[k].w; w == "which" || w == "whom" || w == "no" || w == "nobody" {
				a = b // "an attack for which no group claimed responsibility"
			}
		}
		if a < b {
			cands = append(cands, cand{a, b, false, i})
			st.spans = append(st.spans, [2]int{a, b})
		}
	}
	best := -1
	for k, c := range cands {
		if best < 0 || (cands[best].relay && !c.relay) {
			best = k
		}
	}
	if best >= 0 {
		c := cands[best]
		st.speaker = d.resolveSpeaker(st, c.a, c.b)
	} else if st.quote && len(d.speakers) > 0 {
		st.speaker = d.speakers[len(d.speakers)-1]
	}
}

// subjectBefore finds the subject that ends at token j (inclusive):
// "Khalil Asir, a spokesman for Takhar police, [said]",
// "Tajikistan, as cited by TASS, also [denies]".
func (d *doc) subjectBefore(st *sent, j int) (int, int) {
	for j >= 0 && (st.toks[j].w == "also" || st.toks[j].w == "later" || st.toks[j].w == "had" || st.toks[j].w == "has" || st.toks[j].w == "have" || st.toks[j].w == "reportedly" ||
		st.toks[j].w == "separately" || st.toks[j].w == "publicly" || st.toks[j].w == "officially" || st.toks[j].w == "frequently") {
		j--
	}
	segEnd := j + 1
	var segs [][2]int
	for k := 0; k < 4 && segEnd > 0; k++ {
		i := segEnd - 1
		for i >= 0 {
			t := st.toks[i]
			if t.w == "," || t.w == ";" || t.w == ":" || t.w == "(" || t.w == ")" || t.w == "that" || t.w == "however" ||
				t.w == "but" || t.w == "while" || t.w == "." {
				break
			}
			if isQuote(t.w) && i > 0 && st.toks[i-1].e == t.s && !st.toks[i-1].word {
				break // closing quote after punctuation
			}
			i--
		}
		segs = append(segs, [2]int{i + 1, segEnd})
		if i < 0 || st.toks[i].w != "," {
			break
		}
		segEnd = i
	}
	// drop parentheticals ("as cited by TASS") and empty segments
	pick := -1
	for k, s := range segs {
		a, b := d.trimSubject(st, s[0], s[1])
		if a >= b {
			continue
		}
		fw := st.toks[a].w
		if fw == "as" || fw == "cited" || fw == "quoted" || fw == "according" || fw == "however" {
			continue
		}
		segs[k] = [2]int{a, b}
		pick = k
		break
	}
	if pick < 0 {
		return 0, 0
	}
	a, b := segs[pick][0], segs[pick][1]
	if b-a > 14 {
		return 0, 0
	}
	// appositive: "Name, a spokesman for X," / "The UN envoy, Deborah Lyons,"
	if pick+1 < len(segs) {
		pa, pb := d.trimSubject(st, segs[pick+1][0], segs[pick+1][1])
		if pa < pb && pb-pa <= 8 {
			if hasRole(st, a, b) && allCap(st, pa, pb) && pb-pa <= 4 {
				return pa, b
			}
			if allCap(st, a, b) && b-a <= 4 && hasRole(st, pa, pb) {
				return pa, b
			}
		}
	}
	return a, b
}

func (d *doc) trimSubject(st *sent, a, b int) (int, int) {
	for a < b {
		t := st.toks[a]
		if !t.word || startSkip[t.w] {
			a++
			continue
		}
		// a date at the start ("On the same day", "On Friday")
		if d.inDate(st, a) || ((t.w == "on" || t.w == "in" || t.w == "at") && d.inDate(st, a+1)) {
			a++
			continue
		}
		break
	}
	for b > a {
		t := st.toks[b-1]
		if !t.word || d.inDate(st, b-1) || ((t.w == "on" || t.w == "in") && b-1 > a) {
			b--
			continue
		}
		break
	}
	// drop dates inside ("Islamic State on Friday")
	for k := a; k < b; k++ {
		if d.inDate(st, k) {
			e := k
			if k > a && (st.toks[k-1].w == "on" || st.toks[k-1].w == "in") {
				e = k - 1
			}
			if e > a {
				return a, e
			}
		}
	}
	return a, b
}

func (d *doc) inDate(st *sent, i int) bool {
	if i < 0 || i >= len(st.toks) {
		return false
	}
	s := st.toks[i].s
	for _, sd := range st.dates {
		if s >= sd.x.Start && s < sd.x.End {
			return true
		}
	}
	return false
}

func hasRole(st *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if roleWords[st.toks[k].w] {
			return true
		}
	}
	return false
}

func allCap(st *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if !st.toks[k].cap && st.toks[k].word {
			return false
		}
	}
	return a < b
}

var denySkip = set("to", "trying", "tried", "attempting", "attempted", "is", "was", "are", "were", "has", "have", "had",
	"also", "been", "quickly", "strongly", "flatly", "swiftly", "categorically")

var quoteStrip = strings.NewReplacer("\"", "", "“", "", "”", "", "«", "", "»", "")

// releaseVerbs: "the group's media wing released a statement claiming".
var releaseVerbs = set("released", "published", "issued", "posted", "circulated", "shared", "put", "propaganda", "mouthpiece")

func (d *doc) resolveSpeaker(st *sent, a, b int) string {
	// the cleaned text of the span, built only on the paths that return it
	text := func() string { return strings.Join(strings.Fields(quoteStrip.Replace(d.tokText(st, a, b))), " ") }
	lw := st.toks[a].w
	// a known media wing, under its full name
	for k := a; k < b; k++ {
		if _, name, ok := d.x.lx.sources.match(d.text, st.toks, k); ok {
			d.speakers = append(d.speakers, name)
			return name
		}
	}
	// a group's propaganda: the group
	rel := false
	for k := a; k < b; k++ {
		if releaseVerbs[st.toks[k].w] {
			rel = true
		}
	}
	if rel {
		for k := a; k < b; k++ {
			if _, ae, ok := d.x.lx.actors.match(d.text, st.toks, k); ok && ae.Inter != 1 {
				name := ae.Name
				if i := strings.Index(name, ": "); i > 0 {
					name = name[i+2:]
				}
				d.speakers = append(d.speakers, name)
				return name
			}
		}
	}
	// "the same liars", "these propagandists": who was quoted before
	if (lw == "the" && st.w(a+1) == "same") || ((lw == "these" || lw == "those") && b-a <= 3) {
		if len(d.speakers) > 0 {
			return d.speakers[len(d.speakers)-1]
		}
	}
	if b-a == 1 && pronouns[lw] {
		if lw == "it" || len(d.speakers) == 0 {
			return ""
		}
		return d.speakers[len(d.speakers)-1]
	}
	if determiners[lw] && b-a <= 3 {
		lower := true
		for k := a + 1; k < b; k++ {
			if st.toks[k].cap {
				lower = false
			}
		}
		if lower {
			head := st.toks[b-1].w
			switch head {
			case "statement", "report", "communique", "release", "source", "sources":
				if len(d.speakers) > 0 {
					return d.speakers[len(d.speakers)-1]
				}
				return text()
			}
			for k := len(d.speakers) - 1; k >= 0; k-- {
				if strings.Contains(strings.ToLower(d.speakers[k]), head) {
					return d.speakers[k]
				}
			}
			return text()
		}
	}
	var name string
	if (lw == "the") && a+1 < b && st.toks[a+1].cap {
		name = strings.Join(strings.Fields(quoteStrip.Replace(d.tokText(st, a+1, b))), " ")
	} else {
		name = text()
	}
	d.speakers = append(d.speakers, name)
	return name
}

// qualifyMention reads the words before a party noun: nationality
// ("Tajik border guards"), "unidentified", "either Russian or Tajik", a
// named group it belongs to ("Taliban fighters").
func (d *doc) qualifyMention(st *sent, m *mention) {
	lx := d.x.lx
	demo := 0
	for j := m.ti - 1; j >= 0 && j >= m.ti-4; j-- {
		t := st.toks[j]
		if !t.word && t.w != "'s" && t.w != "-" {
			break
		}
		switch t.w {
		case "unidentified", "unknown", "unmarked", "unnamed":
			m.unident = true
			continue
		case "allied", "pro-government":
			if m.class == "armed" {
				m.class = ""
				return
			}
		case "country", "country's", "government", "government's", "national", "local", "provincial", "state":
			if m.country == "" && (t.w == "country" || t.w == "country's") {
				m.country = "@"
			}
			continue
		case "or":
			if demo > 0 {
				m.unident = true
			}
			continue
		case "foreign":
			if m.class == "civ" {
				continue
			}
		}
		if c, ok := lx.demonyms[t.w]; ok && t.cap {
			demo++
			if m.country == "" || m.country == "@" {
				m.country = c
			}
			continue
		}
		if c := d.countryAtTok(st, j); c != "" {
			demo++
			if m.country == "" || m.country == "@" {
				m.country = c
			}
			continue
		}
		// a named group: "Taliban fighters"
		if m.class != "civ" && m.class != "protester" && m.class != "prisoner" {
			for _, o := range st.ments {
				if o.class == "named" && o.tj == j+1 {
					m.class = ""
					return
				}
			}
		}
		if t.w == "'s" || t.w == "-" {
			continue
		}
		if !t.cap && j < m.ti-2 {
			break
		}
	}
	if demo > 1 && m.class == "air" {
		m.unident = true
	}
	// "fighters from Islamic State", "militants of the Taliban"
	if m.class == "armed" || m.class == "state" {
		w := st.w(m.tj)
		if w == "from" || w == "of" {
			k := m.tj + 1
			if st.w(k) == "the" {
				k++
			}
			if k < len(st.toks) {
				if _, a, ok := lx.actors.match(d.text, st.toks, k); ok {
					_ = a
					m.class = ""
				}
			}
		}
	}
}

// findSurnames marks the place mentions that are no place: parts of an
// address, and names the article uses for a person. A name once written as
// a surname ("Andrea Lisbon") is the person wherever it recurs alone
// ("Lisbon, 34, was charged"). In a headline written in title case every
// word is capitalised, so a place the body never names is taken for a word.
func (d *doc) findSurnames(sts []*sent) {
	var surnames, body map[string]bool
	for _, st := range sts {
		for k := range st.places {
			p := &st.places[k]
			p.lname = d.lowerOf(p.p.Name, p.p.Start, p.p.End)
			name := p.lname
			if !st.head {
				if body == nil {
					body = map[string]bool{}
				}
				body[name] = true
			}
			if streetWords[name] {
				p.notPlace = true
			} else if d.personName(st, p, d.tokAt(st, p.p.End)) {
				p.notPlace = true
				if surnames == nil {
					surnames = map[string]bool{}
				}
				surnames[name] = true
			}
		}
	}
	// the geocoder may report a name only where it stands alone, so every
	// occurrence of a one-word place name is read for a name before it
	var cand map[string]bool
	for _, st := range sts {
		for _, p := range st.places {
			if !p.notPlace && p.p.Kind != "country" && p.p.Kind != "admin1" && !p.p.Demonym &&
				d.tokAt(st, p.p.End) == p.ti+1 {
				if cand == nil {
					cand = map[string]bool{}
				}
				cand[p.lname] = true
			}
		}
	}
	for _, st := range sts {
		for i, t := range st.toks {
			if t.cap && cand[t.w] && !surnames[t.w] && d.afterName(st, i) {
				if surnames == nil {
					surnames = map[string]bool{}
				}
				surnames[t.w] = true
			}
		}
	}
	for _, st := range sts {
		titleCase := st.head && capsShare(st)
		for k := range st.places {
			p := &st.places[k]
			name := p.lname
			if surnames[name] || (titleCase && !body[name]) {
				p.notPlace = true
			}
		}
	}
}

// capsShare: most words of the sentence are capitalised.
func capsShare(st *sent) bool {
	caps, words := 0, 0
	for _, t := range st.toks {
		if t.word {
			words++
			if t.cap {
				caps++
			}
		}
	}
	return caps*2 > words
}

// streetWords are parts of an address that gazetteers know as places
// somewhere ("Ave", a district of Togo).
var streetWords = set("ave", "avenue", "st", "street", "rd", "road", "blvd", "boulevard", "lane", "drive", "hwy",
	"highway", "square", "plaza", "court", "place", "terrace")

// beforePlace are capitalised words that open a place's phrase rather than
// a person's name: "In Ghent", "Downtown Tromso".
var beforePlace = set("in", "at", "near", "from", "the", "of", "to", "outside", "inside", "downtown", "central",
	"northern", "southern", "eastern", "western", "north", "south", "east", "west", "greater", "upstate",
	"across", "around", "across", "across", "suburban", "rural", "old", "new", "port", "fort", "mount", "lake",
	"and", "or", "but", "on", "by", "for", "as", "with", "after", "before", "since", "when", "while", "if")

// titleWords stand before a surname.
var titleWords = set("mr", "mrs", "ms", "miss", "dr", "officer", "deputy", "sgt", "sergeant", "det", "detective",
	"judge", "sen", "senator", "rep", "gov", "governor", "mayor", "president", "pastor", "rev", "reverend",
	"lt", "capt", "captain", "col", "gen", "prof", "professor", "coach")

// personName: a town's name used as a surname - "Andrea Lisbon", "Ms.
// Bristol" - names a person, not where the event was: the word before it
// is a title, or another capitalised name that is not a place, a
// nationality, a date or a word that opens a place's phrase.
func (d *doc) personName(st *sent, p *splace, e int) bool {
	if p.p.Kind == "country" || p.p.Kind == "admin1" || p.p.Demonym || e != p.ti+1 {
		return false
	}
	return d.afterName(st, p.ti)
}

// afterName: the token before token i is a title or a given name. Only the
// word before counts: after a place come the names of what is there
// ("Ghent University", "Tromso Harbour Church").
func (d *doc) afterName(st *sent, i int) bool {
	prev := i - 1
	if prev >= 0 && st.toks[prev].w == "." {
		prev-- // "Ms. Bristol"
	}
	if prev < 0 {
		return false
	}
	if titleWords[st.w(prev)] {
		return true
	}
	t := st.toks[prev]
	if !t.word || !t.cap || beforePlace[t.w] || d.inDate(st, prev) || d.inAnyPlace(st, prev) {
		return false
	}
	if _, ok := d.x.lx.demonyms[t.w]; ok {
		return false
	}
	// a word for a party or an event: "Lisbon Police", "Ghent Shooting"
	if _, _, ok := d.x.lx.nouns.match(d.text, st.toks, prev); ok {
		return false
	}
	if _, _, ok := d.x.lx.triggers.match(d.text, st.toks, prev); ok {
		return false
	}
	for _, r := range t.w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(t.w) > 1 && !keyStop[t.w] && !roleWords[t.w] && !levelWord(t.w)
}

func levelWord(w string) bool {
	_, ok := levelWords[w]
	return ok || w == "city" || w == "state" || w == "county" || w == "island"
}

func (d *doc) inAnyPlace(st *sent, j int) bool {
	t := st.toks[j]
	for _, p := range st.places {
		if t.s >= p.p.Start && t.e <= p.p.End {
			return true
		}
	}
	return false
}

// countryAtTok returns the country of a geocoded country place at token j.
func (d *doc) countryAtTok(st *sent, j int) string {
	for _, p := range st.places {
		if p.ti == j && (p.p.Kind == "country" || p.p.Demonym) {
			return p.p.Country
		}
	}
	return ""
}

// countryAgents: "Tajikistan mobilized troops" - a country name as the
// subject of a deployment is its state forces.
func (d *doc) countryAgents(st *sent) {
	for _, p := range st.places {
		if p.p.Kind != "country" || p.p.Demonym {
			continue
		}
		e := d.tokAt(st, p.p.End)
		for j := e; j < len(st.toks) && j <= e+1; j++ {
			if k, ti, ok := d.x.lx.triggers.match(d.text, st.toks, j); ok && k > 0 && (ti.fam == "deploy" || ti.fam == "exercise") {
				st.ments = append(st.ments, mention{ti: p.ti, tj: e, class: "state", force: "military", country: p.p.Country, subj: true})
				break
			}
		}
	}
}

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
		if negations[t.w] || strings.HasSuffix(t.w, "n't") || habitual[t.w] {
			tr.off = true
		}
		if t.w == "to" {
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
	if st.modalAt < i {
		tr.off = true
	}
	if st.thereBeen {
		tr.off = true
	}
	// "attack aircraft", "attack helicopters"
	if _, ne, ok := d.x.lx.nouns.match(d.text, st.toks, min(tr.tj, len(st.toks)-1)); ok && tr.tj < len(st.toks) && ne.class == "air" {
		tr.off = true
	}
	// "seized weapons", "captured the" + person
	if tr.info.fam == "terr" {
		for j := tr.tj; j < len(st.toks) && j < tr.tj+3; j++ {
			switch st.toks[j].w {
			case "weapons", "firearms", "arms", "ammunition", "drugs", "explosives", "heroin", "vehicles", "cars", "documents":
				tr.off = true
			}
		}
	}
}

// inDateline tells whether p opens a wire dateline ("KABUL, May 3
// (Reuters) - ..."): where the story was filed, not where it happened.
func (d *doc) inDateline(st *sent, p *splace) bool {
	name := d.text[p.p.Start:p.p.End]
	e := d.tokAt(st, p.p.End)
	if p.ti == 0 && e == p.ti+1 && st.w(e) == "-" && strings.ToUpper(name) == name {
		return true // "ASADABAD — A roadside bomb ..."
	}
	if p.ti != 0 || st.w(1) != "," {
		return false
	}
	if strings.ToUpper(name) == name {
		return true
	}
	for j := 2; j < len(st.toks) && j < 14; j++ {
		switch st.w(j) {
		case "-", "\u2013", "\u2014":
			return true
		}
	}
	return false
}

// speechPlace are the words between a speech verb and the place it was
// said in: "said in a statement in X", "told reporters at a news
// conference in X", "speaking to journalists in X".
var speechPlace = set("in", "at", "a", "an", "the", "statement", "statements", "news", "press", "conference",
	"briefing", "reporters", "journalists", "media", "interview", "televised", "video", "address", "speech",
	"to", "later", "from", "speaking", "spoke")

// speakerPlace: the place is where a statement was made, not the event -
// "In X, the ministry said ...", "said in a statement in X", "told
// reporters in X".
func (d *doc) speakerPlace(st *sent, p *splace, e int) bool {
	prep := st.w(p.ti - 1)
	if prep != "in" && prep != "at" && prep != "from" {
		return false
	}
	// "In X, the border service said": the clause after the comma is a
	// speaker's
	if st.w(e) == "," {
		a := p.ti - 1
		for a > 0 && startSkip[st.w(a-1)] {
			a--
		}
		if a == 0 {
			for _, sp := range st.spans {
				if sp[0] == e+1 || (sp[0] == e+2 && determiners[st.w(e+1)]) {
					return true
				}
			}
		}
	}
	// "said in a statement in X"
	for j := p.ti - 2; j >= 0 && j >= p.ti-8; j-- {
		w := st.w(j)
		if speechVerbs[w] || w == "speaking" || w == "spoke" {
			return true
		}
		if !speechPlace[w] {
			break
		}
	}
	return false
}

// levelWords say what kind of place a name is when they follow it.
var levelWords = map[string]int{"district": 2, "tehsil": 2, "county": 2, "municipality": 2, "rayon": 2,
	"subdistrict": 2, "township": 2, "province": 3, "region": 3, "governorate": 3, "oblast": 3}

// levelWord: "X district" names the district even when the gazetteer
// knows X best as a town.
func (d *doc) levelWord(st *sent, p *splace, e int) {
	lv, ok := levelWords[st.w(e)]
	if !ok || p.p.Kind == "country" {
		return
	}
	switch {
	case lv == 2 && p.p.Kind == "city" && p.p.Admin2 != "":
		p.p.Kind, p.p.Precision, p.p.Location = "admin2", 2, p.p.Admin2
	case lv == 3 && (p.p.Kind == "city" || p.p.Kind == "admin2") && p.p.Admin1 != "" && p.p.Admin1 == p.p.Location:
		p.p.Kind, p.p.Precision, p.p.Admin2 = "admin1", 3, ""
	}
}

// qualifyPlace marks places that are not where the event happened: the
// speaker's ("Tajikistan's border service said"), origins ("from
// Afghanistan"), neighbours ("the border with Uzbekistan", "the Afghan
// border"), nationalities and names of groups.
func (d *doc) qualifyPlace(st *sent, p *splace) {
	if p.p.Demonym || p.p.Country == "" {
		p.excluded = true
		return
	}
	if st.inSpans(p.ti) {
		p.excluded = true
		return
	}
	for _, m := range st.ments {
		if p.ti >= m.ti && p.ti < m.tj && m.class == "named" {
			p.excluded = true
			return
		}
	}
	e := d.tokAt(st, p.p.End)
	if p.notPlace {
		p.excluded = true
		return
	}
	for j := p.ti - 1; j >= 0 && j >= p.ti-2; j-- {
		w := st.toks[j].w
		if place2Exclude[w] {
			p.excluded = true
			return
		}
		if w == "into" || w == "to" {
			p.demoted = true
		}
		if w == "with" && (st.w(j-1) == "border" || st.w(j-1) == "bordering") {
			p.excluded = true
			return
		}
	}
	nx := st.w(e)
	if nx == "-" {
		nx = st.w(e + 1)
	}
	if nx == "border" || nx == "borders" || nx == "frontier" || nx == "affiliate" || nx == "airspace" || strings.HasSuffix(nx, "-based") {
		p.excluded = true
	}
	if p.p.Kind == "region" || p.p.Kind == "continent" {
		p.demoted = true
	}
	// a dateline names where the story was filed; the speaker's place is
	// where the words were said: both still count towards the country
	if d.inDateline(st, p) || d.speakerPlace(st, p, e) {
		p.excluded = true
		return
	}
	d.levelWord(st, p, e)
	// gazetteer noise: a place in a country the article never names, when
	// the article names some
	if len(d.mentioned) > 0 && !d.mentioned[p.p.Country] && p.p.Kind != "country" {
		p.demoted = true
	}
}

// findClaims turns counts near casualty, detention, flight and deployment
// words into claims.
func (d *doc) findClaims(st *sent) {
	if st.spec {
		return
	}
	n := len(st.toks)
	var counts []count.Count
	if mayCount(d.text[st.s:st.e], st.toks) {
		counts = count.Find(d.text[st.s:st.e])
	}
	starts := map[int]bool{}
	var cs []tspan
	for _, c := range counts {
		a := d.tokAt(st, st.s+c.Start)
		b := d.tokAt(st, st.s+c.End)
		if b <= a {
			b = a + 1
		}
		starts[a] = true
		cs = append(cs, tspan{a, b})
	}
	exercise := false
	for _, tr := range st.trigs {
		if tr.info.fam == "exercise" {
			exercise = true
		}
	}
	for ci, c := range counts {
		a, b := cs[ci].a, cs[ci].b
		if a >= st.inclAt || a >= st.modalAt || d.inDate(st, a) {
			continue // "in January 2020 gunmen killed": a year is no count
		}
		// the people counted
		k := b
		for k < n && (st.toks[k].w == "(" || st.toks[k].w == ")" || isQuote(st.toks[k].w)) {
			k++
		}
		npA := k
		for k < n && k-npA < 10 {
			t := st.toks[k]
			if starts[k] {
				break
			}
			if !t.word {
				if t.w == "(" || t.w == ")" || t.w == "'s" || isQuote(t.w) {
					k++
					continue
				}
				break
			}
			if _, isKind := claimWords[t.w]; isKind || auxWords[t.w] || npStop[t.w] {
				break
			}
			if t.w == "and" || t.w == "or" {
				nx := st.w(k + 1)
				if _, isKind := claimWords[nx]; isKind || auxWords[nx] || starts[k+1] || nx == "" {
					break
				}
			}
			k++
		}
		npB := k
		for npB > npA && !st.toks[npB-1].word {
			npB--
		}
		head := ""
		for j := npA; j < npB; j++ {
			if st.toks[j].w == "of" && j > npA {
				break
			}
			if st.toks[j].word {
				head = st.toks[j].w
			}
		}
		if nonPerson[head] {
			continue
		}
		// "six of the killed": a breakdown of a toll
		if st.w(npA) == "of" {
			x := npA + 1
			if st.w(x) == "the" || st.w(x) == "those" {
				x++
			}
			if _, isKind := claimWords[st.w(x)]; isKind {
				continue
			}
		}
		kind, kw := "", -1
		if kk, ok := claimWords[head]; ok && kk != "" && npB > npA {
			kind, kw = kk, npB-1
		}
		if kind == "" {
			j := npB
			for j < n && j < npB+4 && (auxWords[st.toks[j].w] || st.toks[j].w == ",") {
				j++
			}
			if kk, ok := claimWords[st.w(j)]; ok && kk != "" {
				kind, kw = kk, j
				if (kind == "killed") && (st.w(j+1) == "or" || st.w(j+1) == "and") {
					if k2 := claimWords[st.w(j+2)]; k2 == "wounded" {
						kind = "casualties"
					}
				}
			}
		}
		if kind == "" {
			j := a - 1
			for j >= 0 && j >= a-3 && (!st.toks[j].word || st.toks[j].w == "the" || st.toks[j].w == "of") {
				j--
			}
			w := st.w(j)
			if backVerbs[w] {
				kind, kw = claimWords[w], j
				if w == "sent" || w == "evacuated" {
					kind = ""
					if w == "sent" && d.hasForce(st, npA, npB) {
						kind = "deployed"
					}
				}
				if kind == "wounded" && (st.w(j-1) == "and" || st.w(j-1) == "or") && claimWords[st.w(j-2)] == "killed" {
					kind = "casualties"
				}
				if kind == "killed" && (st.w(j-1) == "and" || st.w(j-1) == "or") && claimWords[st.w(j-2)] == "wounded" {
					kind = "casualties"
				}
			} else if (w == "death" || w == "deaths") && st.w(j+1) == "of" {
				kind, kw = "killed", j
			} else if w == "suffered" || w == "sustained" || w == "caused" || w == "inflicted" {
				if kk := claimWords[head]; kk != "" {
					kind, kw = kk, j
				}
			}
		}
		if kind == "" || kw < 0 {
			continue
		}
		if kind == "deployed" && exercise {
			continue
		}
		if kw > st.modalAt || d.negatedAt(st, kw) {
			continue
		}
		who := d.tokText(st, npA, npB)
		who = strings.TrimPrefix(strings.TrimPrefix(who, "of the "), "of ")
		sc := sclaim{kw: kw, whoA: npA, whoB: npB, sent: st.i}
		sc.c = event.Claim{Kind: kind, Count: c.Value, Low: c.Low, High: c.High, Qualifier: string(c.Qualifier),
			Who: who, AttributedTo: st.speaker, Quote: d.quote(st, kw),
			ArticleID: d.a.ID, Outlet: d.a.Outlet, Headline: st.head}
		sc.victim = d.victimClass(st, npA, npB)
		sc.side = d.victimSide(st, npA, npB)
		st.claims = append(st.claims, sc)
	}
	d.singularClaims(st, cs)
}

type tspan struct{ a, b int }

var npStop = set("who", "that", "which", "in", "on", "at", "after", "when", "while", "as", "from", "by", "to", "into",
	"with", "for", "since", "during", "near", "across", "including", "but", "than", "if", "because", "before", "said",
	"says", "told", "according", "joined", "holds", "held", "sent", "are", "were", "was")

// mayCount: count.Find needs a digit or a number word to start a phrase;
// most sentences have neither, and tokenising them again to learn that is
// a tenth of the extractor's time.
func mayCount(s string, toks []token) bool {
	for _, t := range toks {
		if t.f&fNumber != 0 {
			return true
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func (d *doc) negatedAt(st *sent, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := st.toks[j].w
		if w == "no" || w == "not" || w == "never" || strings.HasSuffix(w, "n't") || w == "nobody" {
			return true
		}
		if !st.toks[j].word {
			return false
		}
	}
	return false
}

func (d *doc) hasForce(st *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if _, ne, ok := d.x.lx.nouns.match(d.text, st.toks, k); ok && ne.class == "state" {
			return true
		}
	}
	return false
}

// victimClass says who the counted people are: state forces, an armed
// group, civilians.
func (d *doc) victimClass(st *sent, a, b int) string {
	for _, m := range st.ments {
		if m.ti >= a && m.ti < b || (m.ti < a && m.tj > a) {
			switch m.class {
			case "named":
				if m.named.Inter == 1 {
					return "state"
				}
				return "armed"
			case "state", "armed", "civ":
				return m.class
			case "air":
				return "state"
			}
		}
	}
	for k := a; k < b; k++ {
		switch st.toks[k].w {
		case "soldier", "policeman", "guard", "officer", "serviceman":
			return "state"
		case "militant", "fighter", "gunman", "insurgent", "attacker", "assailant":
			return "armed"
		case "civilian", "child", "woman", "man", "boy", "girl", "resident", "villager", "people", "tourist":
			return "civ"
		}
	}
	return ""
}

// victimSide is the country of the counted people when the text says it:
// a nationality ("two Afghan soldiers") or the speaker's own ("Pakistan's
// army said three of its soldiers").
func (d *doc) victimSide(st *sent, a, b int) string {
	if a > 0 && st.w(a) == "of" {
		a++
	}
	for k := a; k < b && k < a+4; k++ {
		w := st.w(k)
		if c, ok := d.x.lx.demonyms[w]; ok && st.toks[k].cap {
			return c
		}
		if c := d.countryAtTok(st, k); c != "" {
			return c
		}
		if w == "its" || w == "their" || w == "our" {
			for _, sp := range st.spans {
				for _, p := range st.places {
					if p.ti >= sp[0] && p.ti < sp[1] && (p.p.Kind == "country" || p.p.Demonym) {
						return p.p.Country
					}
				}
			}
			return ""
		}
	}
	return ""
}

// singularClaims: "a soldier and a policeman also died" (2 killed),
// "A civilian was wounded".
func (d *doc) singularClaims(st *sent, counted []tspan) {
	n := len(st.toks)
	inCount := func(i int) bool {
		for _, c := range counted {
			if i >= c.a && i < c.b {
				return true
			}
		}
		return false
	}
	for i := 0; i < n; i++ {
		w := st.toks[i].w
		if (w != "a" && w != "an") || inCount(i) || i >= st.modalAt || i >= st.inclAt {
			continue
		}
		num := 0
		j := i
		for {
			if st.w(j) != "a" && st.w(j) != "an" {
				break
			}
			k := j + 1
			ok := false
			for k < n && k <= j+3 {
				if personNouns[st.toks[k].w] {
					ok = true
					k++
					break
				}
				if !st.toks[k].word {
					break
				}
				k++
			}
			if !ok {
				break
			}
			num++
			j = k
			if st.w(j) == "and" && (st.w(j+1) == "a" || st.w(j+1) == "an") {
				j++
				continue
			}
			break
		}
		if num == 0 {
			continue
		}
		k := j
		for k < n && k < j+4 && auxWords[st.toks[k].w] {
			k++
		}
		kind := claimWords[st.w(k)]
		if kind == "" || kind == "deployed" || d.negatedAt(st, k) {
			i = j
			continue
		}
		sc := sclaim{kw: k, whoA: i, whoB: j, sent: st.i}
		sc.c = event.Claim{Kind: kind, Count: num, Who: d.tokText(st, i, j), AttributedTo: st.speaker,
			Quote: d.quote(st, k), ArticleID: d.a.ID, Outlet: d.a.Outlet, Headline: st.head}
		sc.victim = d.victimClass(st, i, j)
		sc.side = d.victimSide(st, i, j)
		st.claims = append(st.claims, sc)
		i = j
	}
}

// findDenial: "X denied ...", "X denies any involvement", "rejected claims",
// "reports ... have nothing to do with reality".
func (d *doc) findDenial(st *sent) {
	n := len(st.toks)
	for i := 0; i < n; i++ {
		w := st.toks[i].w
		verb := false
		switch w {
		case "deny", "denies", "denied", "denying", "refuted", "refutes", "dismissed", "dismisses", "rejected", "rejects":
			verb = true
			if w == "dismissed" || w == "dismisses" || w == "rejected" || w == "rejects" {
				ok := false
				for j := i + 1; j < n && j <= i+4; j++ {
					switch st.toks[j].w {
					case "claims", "claim", "reports", "report", "allegations", "accusations", "involvement", "responsibility":
						ok = true
					}
				}
				if !ok {
					continue
				}
			}
		case "nothing":
			if !(st.w(i+1) == "to" && st.w(i+2) == "do" && st.w(i+3) == "with") {
				continue
			}
		default:
			continue
		}
		st.denial = true
		by := ""
		if verb {
			j := i - 1
			for j >= 0 && denySkip[st.w(j)] { // "is trying to deny"
				j--
			}
			a, b := d.subjectBefore(st, j)
			if a < b {
				if b-a == 1 && pronouns[st.toks[a].w] {
					by = d.firstNameBefore(st, a)
				} else {
					by = d.resolveSpeaker(st, a, b)
				}
			}
			e := i + 1
			for e < n && e < i+16 && st.toks[e].w != "," && st.toks[e].w != "." && st.toks[e].w != ";" {
				e++
			}
			st.denyWhat = d.tokText(st, i+1, e)
		} else {
			a := 0
			for j := i - 1; j >= 0; j-- {
				if st.toks[j].w == "that" || isQuote(st.toks[j].w) {
					a = j + 1
					break
				}
			}
			b := i
			for b > a && (st.toks[b-1].w == "have" || st.toks[b-1].w == "has" || st.toks[b-1].w == "had") {
				b--
			}
			st.denyWhat = d.tokText(st, a, b)
		}
		if by == "" {
			by = st.speaker
		}
		if by == "" && len(d.speakers) > 0 {
			by = d.speakers[len(d.speakers)-1]
		}
		st.denyBy = by
		return
	}
}

// firstNameBefore returns the first capitalised phrase of the sentence
// before token i ("Russian aircraft ...; however, they deny").
func (d *doc) firstNameBefore(st *sent, i int) string {
	for j := 0; j < i; j++ {
		if st.toks[j].cap && st.toks[j].word && !startSkip[st.toks[j].w] && st.toks[j].w != "the" {
			k := j
			for k < i && st.toks[k].cap {
				k++
			}
			return d.tokText(st, j, k)
		}
	}
	if len(d.speakers) > 0 {
		return d.speakers[len(d.speakers)-1]
	}
	return ""
}

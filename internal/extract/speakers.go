package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/extract/sentence"
)

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
	if speechVerbs[st.w(b)] || (st.w(b) == "," && speechVerbs[st.w(b+1)] && !languages[st.lang].verbFirst) {
		// (where the verb may open its own clause, "..., сообщили в
		// ведомстве", a date before the comma is the event's)
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
		if a, b, ok := d.speakerAfter(st, i); ok {
			cands = append(cands, cand{a, b, false, i})
			st.spans = append(st.spans, [2]int{a, b})
			continue
		}
		if a, b, ok := d.invertedSpeaker(st, i); ok {
			cands = append(cands, cand{a, b, false, i})
			st.spans = append(st.spans, [2]int{a, b})
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
		if st.w(i-1) == "it" && !d.bodyQuoted() || (st.w(i-2) == "it" && auxWords[st.w(i-1)]) || (st.w(i-3) == "it" && auxWords[st.w(i-1)]) {
			continue // "it was reported"; "It said" is the body quoted before
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
	if len(cands) == 0 {
		if a, b, ok := d.labelSpeaker(st); ok {
			cands = append(cands, cand{a, b, false, a})
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

// maxBracketWords is how long a bracket between a speaker and its verb may
// be and still be the speaker's acronym or gloss ("(GKNB)", "(the
// country's intelligence agency)").
const maxBracketWords = 6

// subjectBefore finds the subject that ends at token j (inclusive):
// "Khalil Asir, a spokesman for Takhar police, [said]",
// "Tajikistan, as cited by TASS, also [denies]".
func (d *doc) subjectBefore(st *sent, j int) (int, int) {
	for j >= 0 && (st.toks[j].w == "also" || st.toks[j].w == "later" || st.toks[j].w == "had" || st.toks[j].w == "has" || st.toks[j].w == "have" || st.toks[j].w == "reportedly" ||
		st.toks[j].w == "separately" || st.toks[j].w == "publicly" || st.toks[j].w == "officially" || st.toks[j].w == "frequently") {
		j--
	}
	// an acronym in brackets after the name: "the Inter-Services Public
	// Relations (ISPR) said", "the Observatory (SOHR) reported"
	if st.w(j) == ")" {
		for k := j - 1; k >= 0 && k >= j-maxBracketWords-1; k-- {
			if st.w(k) == "(" {
				j = k - 1
				break
			}
		}
	}
	segEnd := j + 1
	var segs [][2]int
	for k := 0; k < 4 && segEnd > 0; k++ {
		i := segEnd - 1
		for i >= 0 {
			t := st.toks[i]
			if t.w == "." && i > 0 && st.toks[i-1].e == t.s && sentence.NameAbbrev(st.toks[i-1].w) {
				i-- // "police Const. X told": a rank's full stop
				continue
			}
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
		if b = clauseSubject(st, a, b); a >= b {
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
		if lw == "it" {
			if len(d.bodies) == 0 {
				return ""
			}
			return d.bodies[len(d.bodies)-1] // the body quoted last
		}
		if len(d.speakers) == 0 {
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
			name := text()
			d.body(name) // "the defence ministry": "It said" returns to it
			return name
		}
	}
	var name string
	if (lw == "the") && a+1 < b && st.toks[a+1].cap {
		name = strings.Join(strings.Fields(quoteStrip.Replace(d.tokText(st, a+1, b))), " ")
	} else {
		name = text()
	}
	d.speakers = append(d.speakers, name)
	d.body(name)
	return name
}

var roleWords = set("spokesman", "spokeswoman", "spokesperson", "official", "officials", "commander", "governor",
	"minister", "ministry", "head", "chief", "deputy", "leader", "president", "director", "representative", "envoy",
	"analyst", "officer", "mayor", "secretary", "general", "colonel", "adviser", "advisor")

var startSkip = set("and", "but", "however", "so", "then", "also", "meanwhile", "separately", "yet", "while", "as", "update")

// institutionWords name a body that speaks as "it": "the defence
// ministry said ... It said 11 militants were also killed".
var institutionWords = set("ministry", "army", "military", "police", "office", "agency", "department", "command",
	"government", "service", "committee", "commission", "group", "movement", "council", "observatory", "monitor")

// bodyQuoted: a body was quoted before ("It said" returns to it).
func (d *doc) bodyQuoted() bool { return len(d.bodies) > 0 }

// body records a speaker that is an institution, no person: its name has
// an institution's word and no person's role ("the defence ministry",
// not "a ministry spokesman").
func (d *doc) body(name string) {
	inst := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ".,'’")
		if roleWords[w] && !institutionWords[w] {
			return
		}
		inst = inst || institutionWords[w]
	}
	if inst {
		d.bodies = append(d.bodies, name)
	}
}

// maxLabelWords is how long the source a headline names before a colon or
// a bar, or after its last colon, may be: "Defence ministry: …",
// "… : Army spokesman".
const maxLabelWords = 6

// labelSpeaker finds the source a headline or a flash names with a colon,
// a bar or a dash instead of a verb ("Interior ministry: 12 insurgents
// killed", "Army | 30 militants killed", "40 killed in raid on camp:
// police official", "Car bomb kills six - officials"). The label must name a party or a role: a place ("Kunar: …")
// or a banner ("BREAKING: …") is no source.
func (d *doc) labelSpeaker(st *sent) (int, int, bool) {
	n := len(st.toks)
	for n > 0 && !st.toks[n-1].word {
		n-- // the closing full stop
	}
	for i := 1; i <= maxLabelWords && i < n; i++ {
		if labelMark(st.toks[i].w) {
			if d.namesSource(st, 0, i) && !tellsAct(st, 0, i) {
				return 0, i, true
			}
			break
		}
	}
	for i := n - 2; i >= 1 && i >= n-1-maxLabelWords; i-- {
		if labelMark(st.toks[i].w) {
			if d.namesSource(st, i+1, n) && !tellsAct(st, i+1, n) {
				return i + 1, n, true
			}
			break
		}
	}
	return 0, 0, false
}

// labelMark: the marks a headline sets between its report and the source
// it names: a colon, a bar, or a dash ("12 killed in market blast -
// police", "Army – 30 militants killed"; tokens write every dash as "-",
// foldPunct).
func labelMark(w string) bool {
	switch w {
	case ":", "|", "-":
		return true
	}
	return false
}

// tellsAct: tokens [a, b) hold a verb of a claim, so they are the report
// itself ("Gunmen kill vaccinator in X: police"), not the label of its
// source.
func tellsAct(st *sent, a, b int) bool {
	for i := a; i < b; i++ {
		if claimWords[st.toks[i].w] != "" {
			return true
		}
	}
	return false
}

// namesSource: tokens [a, b) name a party (forces, a group, a ministry)
// or a role (spokesman, officials).
func (d *doc) namesSource(st *sent, a, b int) bool {
	lx := d.x.lx
	for i := a; i < b; i++ {
		if w := st.toks[i].w; roleWords[w] || sourceWords[w] || stateSourceWords[w] {
			return true
		}
		if k, _, ok := lx.actors.match(d.text, st.toks, i); ok && i+k <= b {
			return true
		}
		if k, ne, ok := lx.nouns.match(d.text, st.toks, i); ok && i+k <= b && (ne.class == "state" || ne.class == "armed" || ne.class == "air") {
			return true
		}
	}
	return false
}

// sourceWords name institutions that speak for a side or report tolls.
var sourceWords = set("hospital", "monitor", "observatory", "agency", "media", "sources", "residents", "witnesses")

// invertedSpeaker: English puts the speaker after its verb when the verb
// follows the clause it reports ("..., reports Dawn.", "..., said the
// ministry."): the speaker is the name after the verb, up to the next
// punctuation, and the clause before the comma is what was said, not who
// said it (its places are the event's). "told" takes its addressee there.
func (d *doc) invertedSpeaker(st *sent, i int) (int, int, bool) {
	if languages[st.lang].verbFirst || st.w(i-1) != "," || st.w(i) == "told" || st.w(i) == "tells" {
		return 0, 0, false
	}
	a := i + 1
	if a >= len(st.toks) || !st.toks[a].word || !(st.toks[a].cap || determiners[st.w(a)]) || d.inDate(st, a) {
		return 0, 0, false
	}
	b := a
	for b < len(st.toks) && b-a < speakerAfterWords && st.toks[b].word && !d.inDate(st, b) {
		// "X, the police spokesman, confirmed the incident but said...":
		// the comma closed an apposition, and what follows the verb is
		// its object and another clause, not a speaker
		if w := st.toks[b].w; st.toks[b].f&fSpeech != 0 || w == "but" || w == "and" {
			return 0, 0, false
		}
		b++
	}
	return a, b, true
}

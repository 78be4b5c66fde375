package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract/count"
	"github.com/sitrep/sitrep/internal/extract/count/script"
)

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
	kept := counts[:0]
	for _, c := range counts {
		a := d.tokAt(st, st.s+c.Start)
		b := d.tokAt(st, st.s+c.End)
		if b <= a {
			b = a + 1
		}
		if nonPerson[st.w(b)] || groundNouns[st.w(b)] && (b+1 >= len(st.toks) || st.toks[b+1].f&(fPerson|fNoun|fActor) == 0) {
			// "two districts", "in one village" (as languages without
			// articles write "in a village"): a count of things or ground,
			// which neither counts people nor ends the phrase of a count
			// that does ("دو مرد را در یک روستا اعدام کردند": two men ...
			// in one village executed); "two border troops", "a village
			// elder" count people
			continue
		}
		starts[a] = true
		cs = append(cs, tspan{a, b})
		kept = append(kept, c)
	}
	counts = kept
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
		npA, npB, head := countedPhrase(st, b, starts) // the people counted
		if nonPerson[head] {
			continue
		}
		// "six of the killed": a breakdown of a toll; "dozens of deaths",
		// with no determiner, is the toll itself
		if st.w(npA) == "of" {
			x := npA + 1
			det := st.w(x) == "the" || st.w(x) == "those"
			if det {
				x++
			}
			if _, isKind := claimWords[st.w(x)]; isKind && (det || !tollNouns[st.w(x)]) {
				continue
			}
		}
		kind, kw := "", -1
		// a killing phrase the phrase ran into ("three soldiers embraced
		// martyrdom"): the counted people end before it
		for s := npA + 1; s < npB; s++ {
			if k, e := killPhraseFrom(st, s); k != "" && e < npB {
				npB, head, kind, kw = s, st.w(s-1), k, e
				break
			}
		}
		if kk, ok := claimWords[head]; ok && kk != "" && npB > npA && kind == "" {
			kind, kw = kk, npB-1
		}
		if kind == "" {
			// a closing quote mark of the noun phrase ("five 'generals'
			// killed") stands between it and its verb
			// a count that is a verb's object ("kills 8 militants, wounds
			// commander") takes no verb past the comma
			_, object := objectVerb(st, prevWord(st, a))
			j0 := skipInclusion(st, npB)
			j := j0
			for j < n && j < j0+4 && (auxWords[st.toks[j].w] || st.toks[j].w == "," && !object || isQuote(st.toks[j].w)) {
				j++
			}
			if burntAlive(st, j) {
				kind, kw = event.Killed, j+1 // "four villagers burnt alive"
			} else if k, e := killedAfterAnd(st, j, claimWords[st.w(j)]); k != "" {
				kind, kw = k, e // "two men were abducted and killed"
			} else if k, e := killPhraseFrom(st, j); k != "" {
				kind, kw = k, e // "five protesters were shot dead"
			} else if kk, ok := claimWords[st.w(j)]; ok && kk != "" {
				kind, kw = kk, j
				if (kind == "killed") && (st.w(j+1) == "or" || st.w(j+1) == "and" || st.w(j+1) == "," && !starts[j+2]) {
					if k2 := claimWords[st.w(j+2)]; k2 == "wounded" {
						kind = "casualties" // "killed or wounded", a headline's "killed, wounded"
					}
				}
			}
		}
		if kind == "" {
			kind, kw = d.kindBefore(st, a, npA, npB, head)
		}
		found := false
		if kind == "" {
			if kw = bodiesFound(st, a, npA, npB, head); kw >= 0 {
				kind, found = event.Killed, true
			}
		}
		if kind == "" {
			kind, kw = finalVerb(st, npB, starts)
		}
		if kind == "" && npB == npA {
			kind, kw = tollUpdate(st, a) // "death toll rises to 85"
		}
		if kind == "" && (st.w(npB) == "and" || st.w(npB) == ",") && starts[npB+1] {
			kind, kw = sharedVerb(st, npB+1) // "3 soldiers and 5 militants were killed"
		}
		if kind == "" || kw < 0 {
			continue
		}
		if kind == "deployed" && exercise {
			continue
		}
		if kw > st.modalAt || d.negatedAt(st, kw) || accident(st, kw) {
			continue
		}
		who := d.unquotedText(st, npA, npB)
		who = strings.TrimPrefix(strings.TrimPrefix(who, "of the "), "of ")
		if who == "of" {
			who = "" // "dozens of deaths": the toll's noun is no one's name
		}
		sc := sclaim{kw: kw, whoA: npA, whoB: npB, sent: st.i}
		sc.c = d.claimIn(st, kw)
		sc.c.Kind, sc.c.Count, sc.c.Low, sc.c.High, sc.c.Qualifier, sc.c.Who = kind, c.Value, c.Low, c.High, string(c.Qualifier), who
		d.counted(st, &sc, npA, npB)
		if found {
			foundCivilian(&sc)
		}
		st.claims = append(st.claims, sc)
	}
	d.singularClaims(st, cs)
	d.bareVictims(st, cs)
	d.multipleKillings(st)
}

// multiples are the numbers a multiple killing's noun gives its dead
// ("double homicide", "triple murder"), as crime reports and their
// translations count a killing of two or three.
var multiples = map[string]int{"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}

// multipleActs are the killings multiples count.
var multipleActs = set("homicide", "murder", "killing", "execution", "assassination")

// multipleKillings adds the claim of a multiple killing's noun, unless a
// claim of the sentence already counts its dead.
func (d *doc) multipleKillings(st *sent) {
	for i := 0; i+1 < len(st.toks) && i < st.modalAt; i++ {
		n, ok := multiples[st.toks[i].w]
		if !ok || !multipleActs[st.w(i+1)] || d.negatedAt(st, i+1) {
			continue
		}
		for _, c := range st.claims {
			if c.c.Kind == event.Killed {
				return
			}
		}
		sc := sclaim{kw: i + 1, whoA: i, whoB: i, sent: st.i}
		sc.c = d.claimIn(st, i+1)
		sc.c.Kind, sc.c.Count, sc.c.Low, sc.c.High = event.Killed, n, n, n
		st.claims = append(st.claims, sc)
		return
	}
}

// groupAcronym: "is" capitalised inside a sentence ("15 IS militants")
// is the Islamic State's acronym, not the verb.
func groupAcronym(t token, k int) bool { return t.w == "is" && t.cap && k > 0 }

// claimIn is a claim read at token kw of st, with what every claim takes
// from its sentence: the speaker, the quote, the language, the article and
// whether it is the headline; the caller says what it counts.
func (d *doc) claimIn(st *sent, kw int) event.Claim {
	return event.Claim{AttributedTo: st.speaker, Quote: d.quote(st, kw), Lang: st.lang.Code(), ArticleID: d.a.ID,
		Outlet: d.a.Outlet, Headline: st.head}
}

// inName: the word at k joins two capitalised words of one name ("State
// Committee for National Security"), no preposition of the phrase.
func inName(st *sent, k int) bool {
	return k > 0 && k+1 < len(st.toks) && st.w(k) == "for" && st.toks[k-1].cap && st.toks[k+1].cap
}

// maxCountedPhrase is how many words the people a count counts may run
// to before their verb: a force's full name is an "of" chain ("serviceman
// of the Border Troops of the State Committee for National Security of
// X", fourteen words), and the phrase still ends at a preposition of
// place, an auxiliary or the next count.
const maxCountedPhrase = 16

// countedPhrase is the noun phrase a count at tokens ending before b
// counts: its span [npA, npB) and its head noun (before any "of").
func countedPhrase(st *sent, b int, starts map[int]bool) (npA, npB int, head string) {
	n := len(st.toks)
	k := b
	for k < n && (st.toks[k].w == "(" || st.toks[k].w == ")" || isQuote(st.toks[k].w)) {
		k++
	}
	npA = k
	for k < n && k-npA < maxCountedPhrase {
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
		if _, isKind := claimWords[t.w]; isKind || auxWords[t.w] && !groupAcronym(t, k) || npStop[t.w] && !inName(st, k) || t.w == "alive" || burntAlive(st, k) ||
			affiliation[t.w] && (st.w(k+1) == "with" || st.w(k+1) == "to") {
			break
		}
		if t.w == "and" || t.w == "or" {
			nx := st.w(k + 1)
			if _, isKind := claimWords[nx]; isKind || auxWords[nx] || starts[k+1] || nx == "" || strings.HasSuffix(nx, "ing") ||
				strings.HasSuffix(nx, "ed") && (objectOpeners[st.w(k+2)] || starts[k+2]) {
				// "killing 11 and burning houses", "killed six farmhands
				// and torched two trucks": the next act, not more people
				break
			}
		}
		k++
	}
	npB = k
	for npB > npA && !st.toks[npB-1].word {
		npB--
	}
	head = phraseHead(st, npA, npB)
	if nonPerson[head] {
		// "killed 11 villagers and burned houses": the people end at
		// "and", what follows is the next act's object
		for c := npA + 1; c < npB; c++ {
			if w := st.w(c); (w == "and" || w == "or") && (personNouns[st.w(c-1)] || pluralPerson(st.w(c-1))) {
				npB = c
				head = phraseHead(st, npA, npB)
				break
			}
		}
	}
	return npA, npB, head
}

// phraseHead is the head noun of the noun phrase [a, b): its last word
// before any "of".
func phraseHead(st *sent, a, b int) string {
	head := ""
	for j := a; j < b; j++ {
		if st.toks[j].w == "of" && j > a {
			break
		}
		if st.toks[j].word && st.toks[j].w != objectMarker { // Persian را follows its noun
			head = st.toks[j].w
		}
	}
	return head
}

// kindBefore is the kind of a claim told by the words before its count
// at a ("shot dead three protesters", "killed 5", "the death of 10",
// "took the lives of 7",
// "suffered 20 casualties"), and the token that tells it; "" when none.
func (d *doc) kindBefore(st *sent, a, npA, npB int, head string) (kind string, kw int) {
	j := a - 1
	for j >= 0 && j >= a-3 && (!st.toks[j].word || st.toks[j].w == "the" || st.toks[j].w == "of") {
		j--
	}
	kind, kw = d.kindAt(st, j, npA, npB, head)
	if kind == "" && languages[st.lang].freeOrder {
		// "задержали в Бишкеке пятерых": the verb before the place
		// phrase
		if k := locativeBack(st, j); k != j {
			kind, kw = d.kindAt(st, k, npA, npB, head)
		}
	}
	return kind, kw
}

// kindAt is kindBefore's reading of the word at j before a count whose
// people run [npA, npB) with head noun head.
func (d *doc) kindAt(st *sent, j, npA, npB int, head string) (kind string, kw int) {
	kw = -1
	w := st.w(j)
	if k := killPhraseEnd(st, j); k != "" && w != "of" {
		kind, kw = k, j // "shot dead three protesters"
	} else if k, ok := objectVerb(st, j); ok {
		kind, kw = k, j
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
	} else if (w == "deaths" || ofActNouns[w] != "" || livesOf(st, j)) && st.w(j+1) == "of" {
		kind, kw = event.Killed, j // "death of at least 10", "claimed the lives of 12"
		if k := ofActNouns[w]; k != "" {
			kind = k // "abductions of 12 pupils"
		}
	} else if w == "suffered" || w == "sustained" || w == "caused" || w == "inflicted" {
		if kk := claimWords[head]; kk != "" {
			kind, kw = kk, j
		}
	} else if burnVerbs[w] && st.w(npB) == "alive" {
		kind, kw = event.Killed, j // "burn four guerrillas alive"
	} else if destroyVerbs[w] && (personNouns[head] || pluralPerson(head)) {
		kind, kw = event.Killed, j // "destroyed 65 soldiers"
	} else if k, at := secondObject(st, j); k != "" {
		kind, kw = k, at // "killing a woman and her two children"
	}
	return kind, kw
}

// secondObject: the count is the second object of an act, after "and"
// and perhaps a possessive ("killing a woman and her two children",
// "killing three women and two children"): the act's kind and token; ""
// when the words before "and" are no victim of one.
func secondObject(st *sent, j int) (string, int) {
	and := j // "killing three women and two children": the "and"
	if possessives[st.w(j)] {
		and = j - 1
	}
	if st.w(and) != "and" {
		return "", -1
	}
	for k := and - 1; k >= 0 && k >= and-1-bareModifiers; k-- {
		w := st.w(k)
		if kind, ok := objectVerb(st, k); ok {
			return kind, k
		}
		if kk := killPhraseEnd(st, k); kk != "" {
			return kk, k
		}
		if !st.toks[k].word || claimWords[w] != "" {
			return "", -1
		}
	}
	return "", -1
}

// possessives open the second object of an act: a victim's kin.
var possessives = set("his", "her", "their")

// destroyVerbs kill when their object is people: defence ministries'
// bulletins, and their translations, say "destroyed 65 soldiers" as
// they say "destroyed 3 tanks" (Russian уничтожены).
var destroyVerbs = set("destroyed", "destroys", "destroy", "liquidated", "liquidates")

type tspan struct{ a, b int }

// prevWord: the last word token before i (past quote marks and other
// punctuation), -1 if none.
func prevWord(st *sent, i int) int {
	j := i - 1
	for j >= 0 && !st.toks[j].word {
		j--
	}
	return j
}

// maxInclusionWords is how long an inclusion set off by commas between a
// count and its verb may be: "18 militants, including a commander named
// X, were killed".
const maxInclusionWords = 12

// skipInclusion: the token after an inclusion (", including an officer,",
// ", among them a captain,") that starts at j, where the counted people's
// verb stands; j when none starts there.
func skipInclusion(st *sent, j int) int {
	if affiliation[st.w(j)] && (st.w(j+1) == "with" || st.w(j+1) == "to") {
		return verbAfterModifier(st, j+2, j) // "2 militants affiliated with X were killed"
	}
	if k := locativeBeforeVerb(st, j); k > j {
		return k // "two farmers in the village were killed"
	}
	if st.w(j) != "," || (st.w(j+1) != "including" && st.w(j+1) != "among") {
		return j
	}
	for k := j + 2; k < len(st.toks) && k <= j+1+maxInclusionWords; k++ {
		if st.toks[k].w == "," {
			return k + 1
		}
		if auxWords[st.toks[k].w] && k > j+3 {
			return k // the closing comma left out: "including a commander were killed"
		}
		if !st.toks[k].word && st.toks[k].w != "'s" && st.toks[k].w != "-" {
			break
		}
	}
	return j
}

// locativeBack: the place phrase ending at token j ("в Бишкеке",
// glossed "in Бишкеке") stands between a verb and the count after it in a
// free word order; the token before the phrase is returned, or j.
func locativeBack(st *sent, j int) int {
	for p := j; p >= 1 && p >= j-maxLocativeWords; p-- {
		if !st.toks[p].word {
			return j
		}
		if placePrepositions[st.w(p)] {
			return p - 1
		}
	}
	return j
}

// maxLocativeWords is how long a place phrase between the people counted
// and their passive verb may run ("in Isfara district of Sughd region",
// "at a checkpoint near the border"): a place's name, its level and holder.
const maxLocativeWords = 8

// placePrepositions open a place phrase inside a subject.
var placePrepositions = set("in", "at", "near", "inside", "outside", "on")

// locativeBeforeVerb: a place phrase at j runs to a passive auxiliary
// ("Two farmers in the village were killed"); it returns the
// auxiliary's token, or j. Words only, no comma, no act word of its own.
func locativeBeforeVerb(st *sent, j int) int {
	if !placePrepositions[st.w(j)] {
		return j
	}
	for k := j + 1; k < len(st.toks) && k <= j+maxLocativeWords; k++ {
		t := st.toks[k]
		if passiveAux[t.w] && k > j+1 {
			if _, isKind := claimWords[st.w(k+1)]; isKind {
				return k
			}
			if kk, _ := killPhraseFrom(st, k); kk != "" {
				return k
			}
			return j
		}
		if !t.word {
			return j
		}
		if _, isKind := claimWords[t.w]; isKind {
			return j
		}
	}
	return j
}

// affiliation words open the modifier that says whose the counted people
// are ("affiliated with", "linked to", "belonging to", "loyal to").
var affiliation = set("affiliated", "linked", "belonging", "associated", "allied", "loyal", "attached")

// verbAfterModifier is the first auxiliary or claim word from k on, within
// maxInclusionWords of words: where the counted people's verb stands after
// the modifier that names their group; or j when none.
func verbAfterModifier(st *sent, k, j int) int {
	for ; k < len(st.toks) && k <= j+maxInclusionWords; k++ {
		w := st.toks[k].w
		if auxWords[w] || claimWords[w] != "" {
			return k
		}
		if !st.toks[k].word && w != "'s" && w != "-" && w != "(" && w != ")" {
			break
		}
	}
	return j
}

// tollNouns are the plural nouns a count numbers directly ("dozens of
// deaths", "hundreds of casualties").
var tollNouns = set("deaths", "casualties", "fatalities", "injuries")

// unquotedText is the text of tokens [a, b) without the quote marks a
// headline puts around a word of it ("separatist 'generals'"): the
// counted people are the generals, and a phrase cut before its closing
// mark would keep the opening one alone.
func (d *doc) unquotedText(st *sent, a, b int) string {
	s := d.tokText(st, a, b)
	q := -1
	for k := a; k < b; k++ {
		if isQuote(st.toks[k].w) {
			q = k
			break
		}
	}
	if q < 0 {
		return s
	}
	var sb strings.Builder
	from := st.toks[a].s
	for k := q; k < b; k++ {
		if isQuote(st.toks[k].w) {
			sb.WriteString(d.text[from:st.toks[k].s])
			from = st.toks[k].e
		}
	}
	sb.WriteString(d.text[from:st.toks[b-1].e])
	return strings.Join(strings.Fields(sb.String()), " ")
}

var npStop = set("who", "that", "which", "in", "on", "at", "after", "when", "while", "as", "from", "by", "to", "into",
	"with", "for", "since", "during", "near", "across", "including", "but", "than", "if", "because", "before", "said",
	"says", "told", "according", "joined", "holds", "held", "sent", "are", "were", "was",
	"along", "inside", "outside", "around", "behind", "beyond", "under", "off", "toward", "towards")

// mayCount: count.Find needs a digit or a number word to start a phrase;
// most sentences have neither, and tokenising them again to learn that is
// a tenth of the extractor's time. Digits may be Persian or Arabic-Indic
// ("۱۲"), looked for only in words that start with a non-ASCII byte.
func mayCount(s string, toks []token) bool {
	for _, t := range toks {
		if t.f&fNumber != 0 || t.w != "" && t.w[0] >= utf8.RuneSelf && script.IsDigit(t.w, 0) {
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
// group, civilians. Former members of a force or group ("former
// soldiers", "ex-policeman") are civilians, as ACLED codes them.
func (d *doc) victimClass(st *sent, a, b int) string {
	for k := a; k < b; k++ {
		if formerWord(st.toks[k].w) {
			return "civ"
		}
	}
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
		if c := personClass(st.toks[k].w); c != "" {
			return c
		}
		if civicRole(st, k) || civilianKin[st.toks[k].w] {
			return "civ"
		}
	}
	if st.w(b-1) == "of" {
		// "members of one family": the group's count ended the phrase
		for k := b; k < len(st.toks) && k < b+3; k++ {
			if civilianKin[st.toks[k].w] {
				return "civ"
			}
		}
	}
	return ""
}

// civilianKin are the groups whose members a count names by them ("nine
// members of one family", "five of a household"): civilians. They are
// not person nouns: "a family" counts no one victim.
var civilianKin = set("family", "families", "household", "households", "clan")

// victimSide is the country of the counted people when the text says it:
// a nationality ("two Afghan soldiers") or the speaker's own ("Pakistan's
// army said three of its soldiers").
func (d *doc) victimSide(st *sent, a, b int) string {
	if a > 0 && st.w(a) == "of" {
		a++
	}
	for k := a; k < b && k < a+4; k++ {
		w := st.w(k)
		if c := d.nationAt(st, k); c != "" {
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
			if st.w(j) != "a" && st.w(j) != "an" && !(num > 0 && possessives[st.w(j)]) {
				break // (after a first victim, "and his wife" is another)
			}
			k := j + 1
			ok := false
			for words := 0; k < n && words <= 2; words++ {
				if personNouns[st.toks[k].w] || civicRole(st, k) {
					// "a militant base", "a soldier's post": the person
					// qualifies ground, no victim (ground.go)
					ok = !groundNouns[st.w(k+1)]
					k++
					break
				}
				if e := actorNameAfter(st, k); e > k {
					k = e // "a Counter Terrorism Department inspector": one word
					continue
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
			if st.w(j) == "and" && (st.w(j+1) == "a" || st.w(j+1) == "an" || possessives[st.w(j+1)] && personNouns[st.w(j+2)]) {
				j++
				continue
			}
			break
		}
		if num == 0 {
			continue
		}
		k := j
		if st.w(k) == "," {
			if m := d.nameRun(st, k+1); m > 0 && st.w(k+1+m) == "," {
				k += m + 2 // "a police inspector, Ali Raza, was shot dead"
			}
		}
		k = pastRelative(st, k) // "a man who robbed a bank was shot dead"
		verb := k
		for k < n && k < verb+4 && auxWords[st.toks[k].w] {
			k++
		}
		kind := passiveKill(st, k) // "a teacher was shot dead"
		if kind == "" {
			kind = claimWords[st.w(k)]
		}
		if kk, _ := killedAfterAnd(st, k, kind); kk != "" {
			kind = kk // "a trader was abducted and killed"
		}
		if kind != "" && k == verb && activeDoer(st, k) {
			kind = "" // "A gunman shot dead a bank manager": the doer
		}
		if kind == "" {
			// the object of the act: "gunmen killed a trader", "a mob
			// lynched a suspected thief", "shot dead a local leader"
			k = i - 1
			switch {
			case killPhraseEnd(st, k) != "": // "beat to death a man", "the killing of a judge"
				kind = killPhraseEnd(st, k) // "shot" alone may have wounded
			default:
				kind, _ = objectVerb(st, k)
			}
		}
		if kind == "" || kind == "deployed" || d.negatedAt(st, k) || accident(st, k) {
			i = j
			continue
		}
		sc := sclaim{kw: k, whoA: i, whoB: j, sent: st.i}
		sc.c = d.claimIn(st, k)
		sc.c.Kind, sc.c.Count, sc.c.Who = kind, num, d.tokText(st, i, j)
		d.counted(st, &sc, i, j)
		st.claims = append(st.claims, sc)
		i = j
	}
}

// activeDoer: the act word at k, right after a lone person with no
// auxiliary between, has an object after it ("A gunman shot dead a bank
// manager", "a soldier killed two militants"), so the person is its
// doer. A headline's "Soldier shot dead in X" has none: there the person
// is the victim.
func activeDoer(st *sent, k int) bool {
	e := k
	if _, end := killPhraseFrom(st, k); end > 0 {
		e = end
	}
	if st.w(e+1) == "and" && claimWords[st.w(e+2)] != "" {
		e += 2 // "shot and killed a man"
	}
	if e+1 >= len(st.toks) {
		return false
	}
	t := &st.toks[e+1]
	return objectOpeners[t.w] || t.f&fNumber != 0 || t.w != "" && t.w[0] >= '0' && t.w[0] <= '9'
}

// pastRelative: the token after a relative clause opening at k ("who
// robbed a bank") where the main clause resumes with its auxiliary
// ("was shot dead"), within relativeClauseReach words; k when none.
func pastRelative(st *sent, k int) int {
	if st.w(k) != "who" {
		return k
	}
	for j := k + 1; j < len(st.toks) && j <= k+relativeClauseReach; j++ {
		if !st.toks[j].word {
			return k
		}
		if mainClauseAux[st.w(j)] && j > k+1 {
			return j
		}
	}
	return k
}

// relativeClauseReach: the words of a relative clause between a victim
// and the main verb ("who had fled the village last year").
const relativeClauseReach = 8

// objectOpeners are the words that open an act's object.
var objectOpeners = set("a", "an", "the", "his", "her", "their", "its", "another", "one", "two", "three", "several", "dozens", "scores")

// passiveKill is the kind of the killing phrase of more than one word
// that starts at k after a lone victim and its auxiliary ("was shot
// dead", "was beaten to death", "was gunned down"), or of the claim word
// an act joins with "and" ("was shot and killed", "stabbed and
// wounded"); "" when none.
func passiveKill(st *sent, k int) string {
	if kind, _ := killPhraseFrom(st, k); kind != "" {
		return kind
	}
	if st.w(k+1) == "and" && st.toks[k].word {
		return claimWords[st.w(k+2)]
	}
	return ""
}

// claimTarget: the event that numbers without an event word belong to (the
// one being told), unless they carry their own date or place.
func (d *doc) claimTarget(st *sent) *evb {
	ev := d.cur
	if ev == nil || st.newMark || tooFar(st, ev, recentParas) {
		return nil
	}
	// a toll goes to the violent event being told, not to the arrests
	// that followed it
	if k := st.claims[0].c.Kind; ev.class == event.Strategic && violent(famType(k)) {
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

// counted records who the people counted in tokens [a, b) are, and which
// side the speaker stands for: what fusion's fatality rule needs to tell a
// party's count of its enemy's losses from a credible toll.
func (d *doc) counted(st *sent, sc *sclaim, a, b int) {
	sc.victim = d.victimClass(st, a, b)
	sc.side = d.victimSide(st, a, b)
	sc.c.Victims, sc.c.Side = sc.victim, sc.side
	sc.c.SpeakerSide = d.speakerSide(st)
}

// speakerSide is the side a sentence's speaker stands for ("state" for
// the army or a ministry's forces, "armed" for a group or its spokesman),
// from the parties named in the speaker's words; a speaker quoted again
// later keeps the side first found.
func (d *doc) speakerSide(st *sent) string {
	if st.speaker == "" {
		return ""
	}
	side := ""
	for _, m := range st.ments {
		if c := mentionClass(m); m.inSpeaker && (c == "state" || c == "armed") {
			side = c
			break
		}
	}
	if side == "" && stateSpeaks(st) {
		side = "state" // a ministry, the army, the police speak for the state
	}
	if side == "" {
		return d.sides[st.speaker]
	}
	if d.sides == nil {
		d.sides = map[string]string{}
	}
	d.sides[st.speaker] = side
	return side
}

// stateSourceWords in a speaker's words make it speak for the state.
var stateSourceWords = set("ministry", "military", "army", "police", "ispr", "government", "authorities", "moi", "mod")

// stateSpeaks: a speaker of st names a ministry, the army, the police or
// the authorities.
func stateSpeaks(st *sent) bool {
	return speakerWord(st, func(w string) bool { return stateSourceWords[w] }) != ""
}

// speakerWord is the first word in st's speaker spans for which match
// is true, or "".
func speakerWord(st *sent, match func(string) bool) string {
	for _, sp := range st.spans {
		for i := sp[0]; i < sp[1]; i++ {
			if w := st.w(i); match(w) {
				return w
			}
		}
	}
	return ""
}

// maxSharedVerbReach is how far after a coordinated count its verb may
// stand: "…, 5 Taliban fighters and 2 civilians were killed".
const maxSharedVerbReach = 14

// sharedVerb is the claim word that counts coordinated with the one at
// token i share: the first after it, unless the sentence turns first.
func sharedVerb(st *sent, i int) (string, int) {
	for j := i; j < len(st.toks) && j < i+maxSharedVerbReach; j++ {
		w := st.toks[j].w
		if w == ";" || w == "." || w == "but" || w == "while" || w == "whereas" {
			break
		}
		if k := claimWords[w]; k != "" {
			return k, j
		}
	}
	return "", -1
}

// burnVerbs with "alive" after their object, or after them, kill: "burnt
// four villagers alive", "six burned alive".
var burnVerbs = set("burn", "burns", "burned", "burnt")

// burntAlive: the words at j are a burning verb and "alive".
func burntAlive(st *sent, j int) bool { return burnVerbs[st.w(j)] && st.w(j+1) == "alive" }

package extract

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// Headlines and one-line flashes drop the article: "Gunmen kill former
// soldier in X", "Civilian killed in northern Y", "Another guard shot dead
// in Z". A singular person noun with no determiner, as the object of a
// killing verb or as the subject of its participle, is one victim, as "a
// soldier" is (singularClaims). Running text puts an article or a number
// there, so the rule finds nothing in it, save in a language with no
// articles (Russian "застрелили судью": shot dead a judge).

// bareModifiers is how many words (adjectives, nationalities, ranks) may
// stand between the verb and the noun, or open the line before the noun:
// "kill young man", "Former pro-government militia commander killed".
const bareModifiers = 4

// bareObjectVerbs take a bare victim as their object: the act verbs'
// present and past forms (actverbs.go), save a past that is as often an
// adjective ("kill wounded soldier") and the present of a verb that is a
// noun too ("arrest murder suspect"), which doerVerb reads.
var bareObjectVerbs = actVerbForms(map[string]string{}, func(v actVerb, f string) bool {
	return (f == v.base || f == v.s || f == v.past && !v.adjPart) && !presentNoun(v, f)
})

// killPhraseEnd is the kind of the killing or abducting phrase of more
// than one word that ends at token j, whose object follows it: "shot
// dead", "gunned down" (and a headline's "shoot dead", "gun down"),
// "fatally shot", "beat to death", and the nouns of the act or of its
// result before "of" ("claims killing of", "confirms death of", "body of").
// Russian, with no article, writes every singular victim after such a
// verb ("застрелили судью"). "" when none ends there.
// killPhraseFrom is the kind of the killing phrase that starts at token
// j after its counted victims ("five protesters were shot dead", "two
// guards were beaten to death", "were fatally shot"), and the token it
// ends at; "" when none starts there.
func killPhraseFrom(st *sent, j int) (string, int) {
	for e := j + 1; e <= j+2 && e < len(st.toks); e++ {
		if st.w(e) == "of" {
			break
		}
		if k := killPhraseEnd(st, e); k != "" && (e == j+1 || st.w(e-1) == "to" || possessives[st.w(e-1)]) {
			return k, e
		}
	}
	return "", -1
}

func killPhraseEnd(st *sent, j int) string {
	w, prev := st.w(j), st.w(j-1)
	switch {
	case j <= 0:
		return ""
	case w == "dead" && (prev == "shot" || prev == "shoot" || prev == "shoots"),
		w == "down" && (prev == "gunned" || prev == "gun" || prev == "guns" || mowVerbs[prev]),
		w == "death" && prev == "to",
		prev == "fatally" && fatallyVerbs[w],
		// South Asian military bulletins: soldiers "embraced martyrdom",
		// militants were "sent to hell"
		(w == "martyrdom" || w == "shahada" || w == "shahadat") && (prev == "embraced" || prev == "embrace" || prev == "attained"),
		w == "hell" && prev == "to" && st.w(j-2) == "sent",
		// "five soldiers lost their lives", "a guard lost his life"
		(w == "lives" || w == "life") && possessives[prev] && loseVerbs[st.w(j-2)]:
		return event.Killed
	case w == "of" && livesOf(st, j-1):
		return event.Killed // "claimed the life of a teacher"
	case w == "of":
		return ofActNouns[prev]
	}
	return ""
}

// mowVerbs, with "down", kill many at once: "mowed down nine worshippers".
var mowVerbs = set("mow", "mows", "mowed", "mown", "mowing")

// loseVerbs lose a life: "lost their lives", "losing his life".
var loseVerbs = set("lost", "lose", "loses", "losing")

// livesOf: the word at j is "lives" (or "life") taken by the verb before
// it: "the blast claimed the lives of", "took the life of", "cost the
// lives of" (not "saved the lives of").
func livesOf(st *sent, j int) bool {
	if w := st.w(j); w != "lives" && w != "life" {
		return false
	}
	return livesTaken[st.w(j-1)] || st.w(j-1) == "the" && livesTaken[st.w(j-2)]
}

var livesTaken = set("claim", "claims", "claimed", "claiming", "take", "takes", "took", "taking", "cost", "costs", "costing")

// fatallyVerbs are the verbs "fatally" makes killings.
var fatallyVerbs = set("shot", "shoot", "shoots", "stabbed", "stab", "stabs", "wounded", "injured")

// ofActNouns name an act, or what it leaves, whose victim follows "of".
// The plural names the acts of one incident by their victims ("Army
// killings of 6 civilians", "probe murders of two activists") and counts
// them as the singular does.
var ofActNouns = map[string]string{
	"killing": event.Killed, "murder": event.Killed, "assassination": event.Killed, "execution": event.Killed,
	"beheading": event.Killed, "lynching": event.Killed, "death": event.Killed, "massacre": event.Killed,
	"slaughter": event.Killed,
	"killings":  event.Killed, "murders": event.Killed, "assassinations": event.Killed, "executions": event.Killed,
	"beheadings": event.Killed, "lynchings": event.Killed, "massacres": event.Killed,
	"body": event.Killed, "bodies": event.Killed, "corpse": event.Killed, "corpses": event.Killed,
	"abduction": event.Captured, "kidnapping": event.Captured, "abductions": event.Captured, "kidnappings": event.Captured,
}

// bareParticiples say what befell a bare victim named before them: the
// act verbs' participles (actverbs.go) but an arrest's, which a
// headline tells of officials and suspects, not of a victim of violence.
var bareParticiples = actVerbForms(map[string]string{
	"dies": event.Killed, "died": event.Killed, "shot": event.Wounded,
}, func(v actVerb, f string) bool { return f == v.part && v.kind != event.Detained })

// bareModifier: a word that may qualify a bare victim ("former",
// "Afghan", "local", "pro-government", "jihadist" of "jihadist fighters"):
// a word, not a determiner, number, preposition or verb of the claim.
func bareModifier(t token) bool {
	if !t.word || t.f&fNumber != 0 || t.w == "a" || t.w == "an" || determiners[t.w] || npStop[t.w] || claimWords[t.w] != "" ||
		nonPerson[t.w] || t.w == "and" || t.w == "or" {
		return false
	}
	return t.w[0] < '0' || t.w[0] > '9'
}

// bareVictims adds the claims of bare victims in st; counted are the
// spans other claims already count.
func (d *doc) bareVictims(st *sent, counted []tspan) {
	taken := func(i int) bool {
		for _, c := range counted {
			if i >= c.a && i < c.b {
				return true
			}
		}
		for _, c := range st.claims {
			if i >= c.whoA && i < c.whoB {
				return true
			}
		}
		return false
	}
	for i, t := range st.toks {
		if !t.word || i >= st.modalAt || i >= st.inclAt {
			continue // the cheap tests first: this runs on every word
		}
		person, plural := false, false
		if t.f&fPerson != 0 {
			person = personNouns[t.w]
			plural = !person && pluralPerson(t.w)
		}
		dem, demPlural := d.demonymNoun(st, i)
		if dem {
			plural = demPlural
		}
		if !person && !plural && !dem && !headOf(st, i) || taken(i) {
			continue
		}
		if nx := st.w(pastQuote(st, i+1)); personNouns[nx] || pluralPerson(nx) || nx == "'s" {
			continue // "militia commander", "governor's brother": the noun after is the victim
		}
		kind, kw := bareObject(st, i, plural)
		if kind != "" && passiveCounted(st, kw) {
			kind = "" // "2 guards killed confronting separatists": the killed are the guards
		}
		whoB := i + 1
		if kind == "" {
			kind, kw = bareMarkedObject(st, i)
		}
		kin := false
		if kind == "" {
			whoB = i + 1 + ofName(st, i+1)
			if whoB == i+1 && !plural {
				whoB += d.nameRun(st, i+1) // "Baloch youth Karim Jan killed"
			}
			if kin = !plural && kinAfter(st, whoB); kin {
				whoB += 3 // "IRGC member and his wife killed"
			}
			kind, kw = bareSubject(st, i, whoB)
			if plural && (!passiveAt(st, kw) || countAt(counted, kw+1) || countedObject(st, kw)) {
				// "Gunmen killed five herders", "Gunmen killed at least
				// seven worshippers": the plural is the killers
				kind = ""
			}
		}
		if kind == "" || d.negatedAt(st, kw) {
			continue
		}
		d.addBare(st, kind, kw, i, whoB, plural)
		if kin {
			c := &st.claims[len(st.claims)-1].c
			c.Count, c.Low = 2, 2
		}
		d.modifierSide(st, &st.claims[len(st.claims)-1], i, kw)
		if dem || st.w(kw) == "dead" || st.w(kw) == "of" && bodyNouns[st.w(kw-1)] {
			foundCivilian(&st.claims[len(st.claims)-1])
		}
	}
	if len(st.claims) == 0 {
		d.namedVictim(st)
	}
}

// addBare adds the claim of the bare victim at tokens [a, b), told by the
// word at kw: one, or at least two for a plural.
func (d *doc) addBare(st *sent, kind string, kw, a, b int, plural bool) {
	n, low, qual := 1, 0, ""
	if plural {
		n, low, qual = barePlural, barePlural, "at least"
	}
	sc := sclaim{kw: kw, whoA: a, whoB: b, sent: st.i}
	sc.c = d.claimIn(st, kw)
	sc.c.Kind, sc.c.Count, sc.c.Low, sc.c.Qualifier, sc.c.Who = kind, n, low, qual, d.tokText(st, a, b)
	d.counted(st, &sc, a, b)
	st.claims = append(st.claims, sc)
}

// demonymNoun: the capitalised nationality at i is itself the person
// ("Army kills Palestinian in X", "Syrians found dead"): it ends its noun
// phrase. plural for "-s".
func (d *doc) demonymNoun(st *sent, i int) (ok, plural bool) {
	t := &st.toks[i] // no copy: this runs on every word
	if !t.cap || !t.word {
		return false, false
	}
	if nx := st.toks[min(i+1, len(st.toks)-1)]; i+1 < len(st.toks) && nx.word && !passiveAfter[nx.w] && nx.w != "found" &&
		bareParticiples[nx.w] == "" {
		return false, false
	}
	if _, ok := d.x.lx.demonyms[t.w]; ok {
		return true, strings.HasSuffix(t.w, "s")
	}
	if _, ok := d.x.lx.demonyms[strings.TrimSuffix(t.w, "s")]; ok && strings.HasSuffix(t.w, "s") {
		return true, true
	}
	j := sort.Search(len(st.places), func(x int) bool { return st.places[x].ti >= i })
	if j < len(st.places) && st.places[j].ti == i && st.places[j].p.Demonym {
		return true, strings.HasSuffix(t.w, "s")
	}
	return false, false
}

// headOf: "head of" or "chief of" a force or group names a person ("killed
// the head of the militia"); "head" alone is mostly a body part.
func headOf(st *sent, i int) bool {
	w := st.w(i)
	return (w == "head" || w == "chief") && st.w(i+1) == "of"
}

// bareObject: "kill [former] soldier", "killed Iran's defence minister",
// "killed the head of": the kind and the verb's token when a killing verb
// stands before the noun with only modifiers between; a singular noun may
// take "the" right after the verb.
func bareObject(st *sent, i int, plural bool) (string, int) {
	for j, n := i-1, 0; j >= 0 && n <= bareModifiers; j, n = j-1, n+1 {
		if k, kw := killVerbAt(st, j); k != "" {
			return k, kw
		}
		if st.toks[j].w == "the" && !plural {
			return killVerbAt(st, j-1)
		}
		if a := actorNameBefore(st, j); a >= 0 {
			j = a // "the killing of Counter Terrorism Department (CTD) inspector": one modifier
			continue
		}
		if !bareModifier(st.toks[j]) && st.toks[j].w != "'s" && !isQuote(st.toks[j].w) {
			return "", -1
		}
	}
	return "", -1
}

// actorNameAfter is the token after the actor's name that starts at
// token k, past an acronym in brackets after it, or -1; a name that ends
// on a person's noun ("Iranian border guard") is the person, no
// qualifier of one.
func actorNameAfter(st *sent, k int) int {
	for _, m := range st.ments {
		if m.ti == k && m.tj > k && !personNouns[st.w(m.tj-1)] {
			e := m.tj
			if st.w(e) == "(" && st.w(e+2) == ")" {
				e += 3
			}
			return e
		}
	}
	return -1
}

// actorNameBefore is the first token of the actor's name that ends at
// token j, with the acronym in brackets after it ("Counter Terrorism
// Department (CTD)"), or -1: a force's name qualifying its member.
func actorNameBefore(st *sent, j int) int {
	if j >= 3 && st.w(j) == ")" && st.w(j-2) == "(" {
		j -= 3
	}
	for _, m := range st.ments {
		if m.tj-1 == j && m.ti < m.tj {
			return m.ti
		}
	}
	return -1
}

// modifierSide: the words before a bare victim's noun at i, after its
// verb at kw when that comes first, say whose it is ("rebel general",
// "Taliban commander", "police chief"), over the side the noun alone
// gives ("general" is the state's).
func (d *doc) modifierSide(st *sent, sc *sclaim, i, kw int) {
	if languages[st.lang].postDemonym {
		return // Persian qualifies its noun after it ("قوماندان طالبان"): the words before are the clause's
	}
	a, lo := i, 0
	if kw < i {
		lo = kw + 1
	}
	for a > lo && i-a < bareModifiers && (bareModifier(st.toks[a-1]) || isQuote(st.toks[a-1].w)) {
		a--
	}
	if c := d.victimClass(st, a, i); c != "" {
		sc.victim, sc.c.Victims = c, c
	}
}

// passiveCounted: the killing verb at kw already tells what befell the
// people counted before it ("2 guards killed"), so it takes no object.
func passiveCounted(st *sent, kw int) bool {
	for _, c := range st.claims {
		if c.kw == kw && c.whoB <= kw {
			return true
		}
	}
	return false
}

// countedObject: the killing verb at kw has the people a count counts
// after it as its object, past a place phrase in a free word order too
// ("Боевики убили в Кундузе троих полицейских": the militants killed).
func countedObject(st *sent, kw int) bool {
	for _, c := range st.claims {
		if c.kw == kw && c.whoA > kw {
			return true
		}
	}
	return false
}

// pastQuote: the token at or after i past the quote marks a headline puts
// around a word it does not vouch for ("separatist 'general' killed").
func pastQuote(st *sent, i int) int {
	for i < len(st.toks) && isQuote(st.toks[i].w) {
		i++
	}
	return i
}

// killVerbAt is the kind of the killing verb or phrase ending at token j
// whose object follows, and its token ("", -1 if none).
func killVerbAt(st *sent, j int) (string, int) {
	if j < 0 {
		return "", -1
	}
	if k := killPhraseEnd(st, j); k != "" {
		return k, j // "beat to death a man"
	}
	if st.w(j-1) == "to" {
		return "", -1 // an infinitive is an aim: "vowed to kill every bandit"
	}
	if k := bareObjectVerbs[st.toks[j].w]; k != "" {
		return k, j
	}
	if k := doerVerb(st, j); k != "" {
		return k, j // "Gunmen murder farmer", not "arrest murder suspect"
	}
	return "", -1
}

// bareMarkedObject: Persian marks a definite object with را and ends the
// clause with its verb; a person noun so marked, with at most
// bareModifiers words of its own before the marker ("امام یک مسجد را":
// the imam of a mosque), is the victim of the verb that ends the clause
// ("... را به قتل رساندند": killed him).
func bareMarkedObject(st *sent, i int) (string, int) {
	if !languages[st.lang].sov {
		return "", -1
	}
	for j := i + 1; j < len(st.toks) && j <= i+1+bareModifiers; j++ {
		t := st.toks[j]
		if t.w == objectMarker {
			k, kw := finalVerb(st, j+1, nil)
			if k == event.Killed || k == event.Wounded || k == event.Captured {
				return k, kw
			}
			return "", -1
		}
		if !t.word || personNouns[t.w] || claimWords[t.w] != "" {
			return "", -1
		}
		if t.number() && !nonPerson[st.w(j+1)] {
			// a count marks its own noun, another object ("جنگجویان ...
			// یک ولسوالی را": fighters ... a district); before a thing
			// it names the person's place ("امام یک مسجد را": the imam
			// of a mosque)
			return "", -1
		}
	}
	return "", -1
}

// bareSubject: "[Another] [local] leader killed in X": the kind and the
// participle's last token when the noun at i opens the line (or the
// clause after a headline's bar or colon) with only modifiers before it
// and a participle at p, right after it or after its group's or its own
// name ("Members of the Front killed", "Baloch youth Karim Jan killed").
func bareSubject(st *sent, i, p int) (string, int) {
	k, e := participleAt(st, p)
	if k == "" {
		return "", -1
	}
	for j := i - 1; j >= i-1-bareModifiers; j-- {
		// a headline's speaker opens the clause: "Army says soldier
		// killed", "Agency says commander of X killed"
		if j < 0 || !st.toks[j].word || speechVerbs[st.toks[j].w] {
			return k, e
		}
		if !bareModifier(st.toks[j]) && !another[st.toks[j].w] {
			return "", -1
		}
	}
	return "", -1
}

// participleAt is the kind of the participle at p ("killed", "found
// dead"), after an optional comma ("Karim Jan, killed in X"), and its
// last token.
func participleAt(st *sent, p int) (string, int) {
	p = pastQuote(st, p)
	if st.w(p) == "," {
		p++
	}
	if st.w(p) == "found" && st.w(p+1) == "dead" {
		return event.Killed, p + 1
	}
	if k, e := killedAfterAnd(st, p, bareParticiples[st.w(p)]); k != "" {
		return k, e // "Trader abducted and killed", "Man chased and shot dead"
	}
	// A killing phrase of two or three words: "shot dead", "gunned
	// down", "beaten to death", "fatally stabbed" (before "shot" alone).
	for j := p + 1; j <= p+2 && j < len(st.toks); j++ {
		if st.w(j) != "of" && killPhraseEnd(st, j) == event.Killed && phraseFrom(st, p, j) {
			return event.Killed, j
		}
	}
	if k := bareParticiples[st.w(p)]; k != "" {
		return k, p
	}
	if st.w(p+1) == "and" && strings.HasSuffix(st.w(p), "ed") {
		if k := bareParticiples[st.w(p+2)]; k != "" {
			return k, p + 2 // "Man chased and shot in X"
		}
	}
	return "", -1
}

// phraseFrom: the killing phrase ending at j starts at p, so that
// "killed, shot dead" is not read from its second word.
func phraseFrom(st *sent, p, j int) bool {
	switch st.w(j) {
	case "death":
		return j == p+2 // "beaten to death"
	default:
		return j == p+1 // "shot dead", "gunned down", "fatally shot"
	}
}

// maxNameWords is how many capitalised words a person's name may have
// ("Abdul Karim Jan Agha"); minNameWords keeps a lone capitalised word of
// a title-case headline ("Former", "Wanted") from passing for one.
const (
	maxNameWords = 4
	minNameWords = 2
)

// nameRun is the length of a person's name at token i: capitalised words
// that are no place, party, nationality, person noun, number or date; 0
// when fewer than minNameWords.
func (d *doc) nameRun(st *sent, i int) int {
	if q := quotedName(st, i); q > 0 {
		return q
	}
	n := 0
	for k := i; k < len(st.toks) && n < maxNameWords; k++ {
		t := &st.toks[k] // no copy: namedVictim runs this from every word
		if !t.word || !t.cap || t.f&(fNumber|fPerson|fClaim|fDemonym) != 0 ||
			d.inDate(st, k) || d.placeAt(st, k) || d.mentionAt(st, k) {
			break
		}
		n++
	}
	if n < minNameWords {
		return 0
	}
	return n
}

// quotedName is the length of a name in quote marks that opens at token i
// ("rebel leader 'Cmdr. Abu Said' killed": a nom de guerre, or a name
// the outlet does not vouch for), marks included; 0 if none. Inside are
// capitalised words, one is enough, and the dots of abbreviated titles.
func quotedName(st *sent, i int) int {
	if !isQuote(st.w(i)) {
		return 0
	}
	words := 0
	for k := i + 1; k < len(st.toks) && k <= i+2*maxNameWords; k++ {
		t := &st.toks[k]
		switch {
		case isQuote(t.w):
			if words == 0 {
				return 0
			}
			return k - i + 1
		case t.w == ".":
		case t.word && t.cap && t.f&(fNumber|fClaim) == 0:
			words++
		default:
			return 0
		}
	}
	return 0
}

// titled: the killing word at kw, or the noun of its "of" phrase, is
// capitalised as title case writes it.
func titled(st *sent, kw int) bool {
	return st.toks[kw].cap || st.w(kw) == "of" && kw > 0 && st.toks[kw-1].cap
}

// placeAt: a place of the sentence covers token k. Places and mentions
// are in token order: bisection keeps the look-up from growing with a
// sentence's places.
func (d *doc) placeAt(st *sent, k int) bool {
	_, end, ok := d.placeSpan(st, k)
	return ok && k < end
}

// placeSpan is the token span [start, end) of the last place mention
// that opens at or before token k; ok is false when there is none or it
// is no place.
func (d *doc) placeSpan(st *sent, k int) (start, end int, ok bool) {
	j := sort.Search(len(st.places), func(x int) bool { return st.places[x].ti > k }) - 1
	if j < 0 || st.places[j].notPlace {
		return 0, 0, false
	}
	p := &st.places[j] // no copy: a place is a large struct, and nameRun asks this of every word
	return p.ti, max(d.tokAt(st, p.p.End), p.ti+1), true
}

// insidePlaceName: the tokens a..b-1 lie inside a longer place name
// ("Mullah" of "Mullah Kalay"); a place named by the word alone ("Police",
// a town in Poland) is the word's, which later rules may still drop.
func (d *doc) insidePlaceName(st *sent, a, b int) bool {
	start, end, ok := d.placeSpan(st, a)
	return ok && a < end && (start < a || end > b)
}

// mentionAt: a party word or name of the sentence covers token k. The
// mentions are not in token order (rules such as strikerNations add
// theirs after the scan), and a sentence has a handful: a plain scan.
func (d *doc) mentionAt(st *sent, k int) bool {
	for _, m := range st.ments {
		if m.ti <= k && k < max(m.tj, m.ti+1) {
			return true
		}
	}
	return false
}

// namedVictim: a person named by name alone, as a one-line report writes
// the victim: the object of a killing verb ("The Taliban have killed Karim
// Jan") or the subject of its participle opening the line ("Karim Jan,
// killed in X", "Karim Jan was shot dead in X"). One person, of no known
// side. The verb must be in lower case: in a title-case headline any noun
// phrase looks like a name.
func (d *doc) namedVictim(st *sent) {
	for i := 0; i < len(st.toks) && i < st.modalAt; i++ {
		n := d.nameRun(st, i)
		if n == 0 {
			continue
		}
		e := i + n
		if k, kw := killVerbAt(st, i-1); k != "" && !titled(st, kw) && (e >= len(st.toks) || !st.toks[e].word || passiveAfter[st.w(e)]) {
			if !d.negatedAt(st, kw) {
				d.addBare(st, k, kw, i, e, false)
			}
			return
		}
		if i == 0 || !st.toks[i-1].word {
			p := e
			for p < len(st.toks) && p < e+maxAux && auxWords[st.w(p)] {
				p++ // "Karim Jan was shot dead", "has been killed"
			}
			if k, kw := participleAt(st, p); k != "" && !titled(st, kw) && passiveAt(st, kw) && !accident(st, kw) {
				d.addBare(st, k, kw, i, e, false)
				return
			}
		}
		i = e - 1
	}
}

// maxAux: a named victim's participle may follow up to this many
// auxiliary words ("has reportedly been killed").
const maxAux = 3

// barePlural is the count of a bare plural ("Militants killed in X"): the
// plural says more than one and nothing more, so at least two, the
// lowest figure the words allow, as ACLED takes the lowest of vague tolls.
const barePlural = 2

// pluralPerson: w is the plural of a person noun ("soldiers", "gunmen",
// "children", "people").
func pluralPerson(w string) bool {
	_, ok := personPlural(w)
	return ok
}

// personWords are the words personNouns or pluralPerson know, for the
// token flag fPerson: every plural personPlural accepts is a noun plus
// "-s", a "-man" noun as "-men", or one of its irregular forms.
func personWords() []string {
	out := []string{"people", "persons", "personnel", "children"}
	for s := range personNouns {
		out = append(out, s, s+"s")
		if strings.HasSuffix(s, "man") {
			out = append(out, s[:len(s)-3]+"men")
		}
	}
	return out
}

// personPlural is the singular of the plural person noun w.
func personPlural(w string) (string, bool) {
	switch {
	case w == "people" || w == "persons":
		return "person", true
	case w == "personnel":
		return "", true
	case w == "children":
		return "child", true
	case strings.HasSuffix(w, "men"):
		s := w[:len(w)-3] + "man"
		return s, personNouns[s]
	case strings.HasSuffix(w, "s"):
		s := w[:len(w)-1]
		return s, personNouns[s]
	}
	return "", false
}

// personClass is the side of personClasses a person noun, singular or
// plural, names ("" unknown or no person).
func personClass(w string) string {
	if !personNouns[w] {
		w, _ = personPlural(w)
	}
	return personClasses[w]
}

// maxOfName is how many words a group's name after "of" may have
// ("members of the Mountain Brigade").
const maxOfName = 5

// ofName is the length of an "of" phrase naming a group at j ("of the
// Front", "of JNIM", "of an ISWAP unit"): "of", an optional article,
// capitalised words and a part of the group (groupParts); 0 when there is
// none.
func ofName(st *sent, j int) int {
	if st.w(j) != "of" {
		return 0
	}
	k := j + 1
	if w := st.w(k); w == "the" || w == "a" || w == "an" {
		k++
	}
	n := 0
	for k+n < len(st.toks) && n < maxOfName && st.toks[k+n].cap && st.toks[k+n].word {
		n++
	}
	if n > 0 && st.w(k+n) == "'s" {
		n++ // "of IRGC's elite unit"
	}
	// the part of the group the person belonged to, after the group's
	// name or alone: "commander of an ISWAP unit", "of the Taliban's Red
	// faction", "commander of elite unit", "of a local militia"
	m := 0
	for m < maxPartModifiers && k+n+m < len(st.toks) && st.toks[k+n+m].word && !groupParts[st.w(k+n+m)] && claimWords[st.w(k+n+m)] == "" {
		m++
	}
	if groupParts[st.w(k+n+m)] {
		n += m + 1
	} else if groupParts[st.w(k+n)] {
		n++
	}
	if n == 0 {
		return 0
	}
	return k + n - j
}

// maxPartModifiers: the words ("elite", "local", "special forces") that
// may stand between an "of" phrase's group and the part of it named.
const maxPartModifiers = 2

// groupParts may follow a group's name in an "of" phrase: the part of the
// group the person belonged to.
var groupParts = set("unit", "faction", "cell", "wing", "branch", "brigade", "battalion", "group", "network", "militia")

// passiveAfter are the words after a participle that show it passive
// ("Militants killed in X", "killed by a drone", "killed, army says"):
// an active verb takes its object there instead ("killed five herders").
var passiveAfter = set("in", "near", "at", "on", "as", "after", "by", "during", "while", "when", "outside", "inside",
	"across", "along", "around", "overnight", "yesterday", "today", "last", "this", "early", "late", "and",
	"amid", "following", "over", "within", "close", "off", "north", "south", "east", "west", "with")

// passiveAt: the participle at p ends its clause or is followed by one of
// passiveAfter.
func passiveAt(st *sent, p int) bool {
	if p+1 >= len(st.toks) {
		return true
	}
	nx := st.toks[p+1]
	return !nx.word || passiveAfter[nx.w]
}

// countAt: a count (as count.Find reads it, qualifier and all: "at
// least seven", "over 20") starts at token k.
func countAt(counted []tspan, k int) bool {
	for _, c := range counted {
		if c.a == k {
			return true
		}
	}
	return false
}

// killedAfterAnd: the act at k (of kind, "" when it is no claim word:
// "chased", "tortured") joined by "and" to a killing ("abducted and
// killed", "chased and shot dead", "tortured and executed"): the victims
// of both died, and the killing is what their count tells. Its kind and
// last token; "" when the second act is no killing or the first already
// is one ("killed and wounded" is read where it is counted).
func killedAfterAnd(st *sent, k int, kind string) (string, int) {
	if kind == event.Killed || st.w(k+1) != "and" || k >= len(st.toks) || !st.toks[k].word {
		return "", -1
	}
	if kind == "" && !strings.HasSuffix(st.w(k), "ed") {
		return "", -1 // "Gunmen and soldiers killed": no act before "and"
	}
	if kk, e := killPhraseFrom(st, k+2); kk == event.Killed {
		return kk, e
	}
	if claimWords[st.w(k+2)] == event.Killed && st.w(k+2) != "dead" && st.w(k+2) != "deaths" && st.w(k+2) != "death" {
		return event.Killed, k + 2
	}
	return "", -1
}

// kinAfter: "and" and a possessive kin of the lone victim follow at j
// ("member and his wife", "farmer and her son"): a second victim.
func kinAfter(st *sent, j int) bool {
	return st.w(j) == "and" && possessives[st.w(j+1)] && personNouns[st.w(j+2)]
}

package extract

// Where a coded language orders its clause unlike English, and how the
// rules read it (the flags are in lang.go). English sentences return at
// the first test.

// speakerAfterWords: the most words a speaker after its verb may have
// ("сообщили в пресс-службе Пограничных войск ГКНБ Таджикистана").
const speakerAfterWords = 8

// speakerAfter finds the speaker that follows its verb, in the languages
// that put it there: the verb opens the sentence or a clause ("Об этом
// сообщил представитель ведомства", "..., — заявил он", "Как сообщает
// агентство, ...") and its subject runs to the next punctuation or "that".
// A leading "in" is the office speaking ("сообщили в пресс-службе").
func (d *doc) speakerAfter(st *sent, i int) (int, int, bool) {
	if !languages[st.lang].verbFirst {
		return 0, 0, false
	}
	if p := st.w(i - 1); i > 0 && st.toks[i-1].word && p != "as" && p != "also" {
		return 0, 0, false
	}
	a := i + 1
	for a < len(st.toks) && (st.toks[a].w == "in" || st.toks[a].w == "at" || d.inDate(st, a)) {
		a++
	}
	b := a
	for b < len(st.toks) && b-a < speakerAfterWords && st.toks[b].word && st.toks[b].w != "that" && !d.inDate(st, b) {
		b++
	}
	return a, b, b > a
}

// sovReach: the most words between a counted noun phrase and the verb
// that ends its clause ("۱۲ شورشی نیز در این درگیری کشته شدند": twelve
// rebels also in this clash killed were).
const sovReach = 8

// finalVerb reads a count's kind from the verb that ends its clause, in
// the languages that put it last: the first claim word after the noun
// phrase, before a comma, "and", "that" or the next count.
func finalVerb(st *sent, npB int, starts map[int]bool) (string, int) {
	if !languages[st.lang].sov {
		return "", -1
	}
	// "شش غیرنظامی، از جمله دو کودک، ... کشته شدند": the inclusion
	// between the people counted and their verb is read past
	from := skipInclusion(st, npB)
	for j := from; j < len(st.toks) && j < from+sovReach; j++ {
		w := st.toks[j].w
		if kk, ok := claimWords[w]; ok {
			if kk == "" {
				return "", -1
			}
			return kk, j
		}
		if starts[j] || w == "," || w == ";" || w == "." || w == "and" || w == "that" {
			break
		}
	}
	return "", -1
}

// clauseOpeners: the words that start an object or an adverbial, which in
// a verb-final clause stand between the subject and its verb.
var clauseOpeners = set("this", "these", "those", "in", "to", "from", "with", "on", "during", "after", "near", "against", "also")

// clauseSubject cuts the subject span [a, b) before its verb at the first
// object or adverbial in verb-final languages ("شورشیان این ادعا را رد
// کردند": the rebels, not "the rebels this claim", denied). The object
// marker را, which has no English gloss, cuts too. A span that opens with
// one is no subject (a is returned).
func clauseSubject(st *sent, a, b int) int {
	if !languages[st.lang].sov {
		return b
	}
	for k := a; k < b; k++ {
		if w := st.toks[k].w; clauseOpeners[w] || w == objectMarker {
			return k
		}
	}
	return b
}

// objectMarker is Persian را, which follows a definite object.
const objectMarker = "را"

// nationalityAfter is the country of a party noun named after it, in the
// languages that put it there (the flags in lang.go): the word right after
// the noun phrase, a country's name or, where adjectives follow, its
// people's ("سه سرباز تاجیک": three Tajik soldiers).
func (d *doc) nationalityAfter(st *sent, m *mention) string {
	l := languages[st.lang]
	if !l.postCountry && !l.postDemonym || m.tj >= len(st.toks) {
		return ""
	}
	for _, p := range st.places {
		if p.ti != m.tj {
			continue
		}
		if p.p.Demonym && l.postDemonym || p.p.Kind == "country" && !p.p.Demonym && l.postCountry {
			return p.p.Country
		}
	}
	return ""
}

// ezafeAgent: where the ezafe joins a noun to its owner ("حمله افراد
// مسلح": the attack of gunmen), a party right after the event's noun,
// with no preposition between ("به", on, glosses to one), is its doer.
// -1 when none is.
func ezafeAgent(st *sent, te int) int {
	for k, m := range st.ments {
		if m.inSpeaker || m.ti < te || m.ti > te+1 {
			continue
		}
		for j := te; j < m.ti; j++ {
			if !st.toks[j].word || npStop[st.w(j)] || st.w(j) == "on" || st.w(j) == "of" {
				return -1
			}
		}
		return k
	}
	return -1
}

// sovClauseEnds open a new clause before a verb-final event word: a party
// before them is another clause's. Not "and", which joins two doers
// before their verb (actors.go's clauseEnds end a passive's clause after
// its verb, where "and" starts another).
var sovClauseEnds = set(";", ".", ",", ":", "that", "when", "while", "after", "because", "said")

// sovPrepositions before a party make it an adverbial or object of the
// clause ("په یوه پولیس پوسته": at a police post; "پر ... برید": attack
// on), not its subject.
var sovPrepositions = set("in", "on", "against", "at", "to", "from", "near", "with")

// sovRoles: in a verb-final clause the doer comes first and the object
// or place nearest the verb ("داعش وسله والو ... د طالبانو پر یوه موټر
// برید وکړ": Islamic State gunmen ... attacked a Taliban vehicle), so the
// agent of the event word at ti is the clause's first party that no
// preposition governs, and the target the last other party before the
// verb. ok is false when the clause names no party.
func sovRoles(st *sent, ti int, usable func(int) bool) (agent, target int, ok bool) {
	agent, target = -1, -1
	from := clauseStart(st, ti)
	for k, m := range st.ments {
		if !usable(k) || m.ti < from || m.tj > ti {
			continue
		}
		if agent < 0 && !governed(st, m.ti, from) {
			agent = k
			continue
		}
		target = k
	}
	return agent, target, agent >= 0 || target >= 0
}

// clauseStart is the first token of the verb-final clause that ends at
// token ti.
func clauseStart(st *sent, ti int) int {
	for j := ti - 1; j >= 0; j-- {
		if sovClauseEnds[st.w(j)] {
			return j + 1
		}
	}
	return 0
}

// governed: a preposition stands within two words before the party at
// i, inside its clause (which starts at from): "on one vehicle", "in a
// police post".
func governed(st *sent, i, from int) bool {
	for j := i - 1; j >= from && j >= i-2; j-- {
		if sovPrepositions[st.w(j)] {
			return true
		}
	}
	return false
}

// groupForces: where an owner follows its noun (lang.go postCountry), a
// state-force noun right before a named armed group is that group's own
// forces ("نیروهای امنیتی طالبان", "силы безопасности талибов": the
// Taliban's security forces), no second party: the mention of the forces
// is dropped and the group's stands for them.
func groupForces(st *sent) []mention {
	if !languages[st.lang].postCountry {
		return st.ments
	}
	out := st.ments[:0]
	for k, m := range st.ments {
		if m.class == "state" && m.named == nil && k+1 < len(st.ments) {
			if nx := st.ments[k+1]; nx.ti == m.tj && nx.class == "named" && nx.named.Inter != 1 {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

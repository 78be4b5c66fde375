package gazetteer

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/translit"
)

// Mention is a place name found in a text.
type Mention struct {
	Start, End int    // byte offsets into the text, end exclusive
	Text       string // as written
	Level      Kind   // level a neighbouring word implies ("X district" -> KindAdmin2); 0: none
	Demonym    bool   // a people or adjective ("Tajik border guards"): a mention of the country
	Locative   bool   // after "in", "near", "at", "from"...
	Known      bool   // the name is in the gazetteer; false: the text marks it as a place (a level word) but the gazetteer lacks it
	Org        bool   // opens an organisation's name ("Kwara State Police"): whose organisation, not where (orgname.go)

	hits    []hit
	allCaps bool
	// weak: a common word or a given name as a place name; it counts only
	// with evidence that a place is meant (see resolveMentions)
	weak  bool
	comma bool // a comma follows: "X, Y" may qualify it
	the   bool // "the Panj": rivers and regions take the article, towns do not
	// byPreposition: a Persian or Pashto name read by its skeleton among
	// the divisions only because "in" stands before it (no level word):
	// it counts only in a country the text is about (resolve.go)
	byPreposition bool
	// capsOnly: a common word capitalised only by title case or the
	// sentence start (see titlewords.go); ti is its first token
	capsOnly bool
	ti       int
}

// Runes converts the byte offsets of m to code point offsets into text.
func (m Mention) Runes(text string) (start, end int) {
	return RuneOffset(text, m.Start), RuneOffset(text, m.End)
}

// RuneOffset converts a byte offset into text to a code point offset;
// an offset outside the text (a caller's bad span) is clamped to it.
func RuneOffset(text string, byteOff int) int {
	byteOff = min(max(byteOff, 0), len(text))
	return utf8.RuneCountInString(text[:byteOff])
}

type token struct {
	start, end   int32
	fold         [2]int32 // offsets into the fold buffer
	cap, allCaps bool
	sentStart    bool            // first word of a sentence or line
	breakBefore  bool            // punctuation (not a hyphen or an abbreviation dot) between it and the previous token
	joined       bool            // hyphen, dot or nothing between it and the previous token
	title        bool            // in a sentence written in title case, where capitals mark no name
	script       translit.Script // of the first letter: Cyrillic and Arabic-script words take scriptmentions.go's rules
}

type tokenizer struct {
	toks []token
	buf  []byte
}

func isApos(r rune) bool {
	switch r {
	case '\'', '’', 'ʻ', 'ʼ', '‘', '`':
		return true
	}
	return false
}

// asciiAlnum[c]: the byte c is an ASCII letter or digit.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return t
}()

// afterDateline: the dash at i closes a dateline ("KABUL —", "(AP) -"),
// so the word after it opens the story's first sentence, where a
// capitalised article ("A Montgomery County man") is no part of a name.
func (tz *tokenizer) afterDateline(text string, i int) bool {
	if len(tz.toks) == 0 {
		return false
	}
	prev := tz.toks[len(tz.toks)-1]
	return prev.allCaps && prev.end-prev.start > 1 || strings.Contains(text[prev.end:i], ")")
}

// tokenize splits text into words, folding each.
func (tz *tokenizer) tokenize(text string) {
	tz.toks = tz.toks[:0]
	tz.buf = tz.buf[:0]
	sent := true
	brk := true
	gapJoin := true // nothing but a hyphen or dot since the last token
	gapLen := 0
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			switch r {
			case '.', '!', '?':
				// "U.S." is no sentence end: a dot after a one-letter word
				if r != '.' || !(len(tz.toks) > 0 && tz.toks[len(tz.toks)-1].end-tz.toks[len(tz.toks)-1].start == 1 && gapLen == 0) {
					sent = true
					brk = true
				}
				if r != '.' {
					gapJoin = false
				}
			case '/':
				// "Ogori/Magongo", a district GeoNames names by its two
				// towns: the words stay joined for the look-up of the
				// whole, and each is still a name of its own
				// ("BAMAKO/OUAGADOUGOU (AFP)")
				brk = true
				gapJoin = gapJoin && gapLen == 0 && i+1 < len(text) && isLetterAt(text, i+1)
			case '\n', ':', ';', ',', '(', ')', '[', ']', '"', '“', '”', '—', '–', '|', '«', '»', '•':
				brk = true
				gapJoin = false
				if r == '\n' || r == ':' || r == '"' || r == '“' || r == '•' {
					sent = true
				}
				if r == '—' || r == '–' {
					sent = sent || tz.afterDateline(text, i)
				}
			case '-':
				// a hyphen between spaces ("CLARKSVILLE - A man", "--") is a
				// dash; one inside a word ("Guinea-Bissau") joins
				if gapLen > 0 && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '-') {
					brk = true
					gapJoin = false
					sent = sent || tz.afterDateline(text, i)
				}
			default:
				gapJoin = false
			}
			gapLen++
			i += n
			continue
		}
		// a word: letters, digits and inner apostrophes
		start := i
		fstart := len(tz.buf)
		first := r
		allCaps := true
		for i < len(text) {
			// ASCII letters and digits are nearly all of a word: one
			// table look-up each instead of the Unicode tests below
			if c := text[i]; asciiAlnum[c] {
				if c >= 'a' && c <= 'z' {
					allCaps = false
				} else if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				tz.buf = append(tz.buf, c)
				i++
				continue
			}
			r, n := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if unicode.IsLower(r) {
					allCaps = false
				}
				if r < utf8.RuneSelf {
					c := byte(r)
					if c >= 'A' && c <= 'Z' {
						c += 32
					}
					tz.buf = append(tz.buf, c)
				} else if f, ok := foldRune(r); ok {
					tz.buf = append(tz.buf, f...)
				} else {
					tz.buf = append(tz.buf, 0xff) // another script: matches nothing
				}
				i += n
				continue
			}
			if isApos(r) && i+n < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i+n:])
				if unicode.IsLetter(r2) {
					// possessive 's ends the word
					if (r2 == 's' || r2 == 'S') && (i+n+n2 >= len(text) || !isLetterAt(text, i+n+n2)) {
						break
					}
					i += n
					continue
				}
			}
			break
		}
		tz.toks = append(tz.toks, token{
			start: int32(start), end: int32(i), fold: [2]int32{int32(fstart), int32(len(tz.buf))},
			cap: unicode.IsUpper(first), allCaps: allCaps && unicode.IsLetter(first), script: scriptOf(first),
			sentStart: sent, breakBefore: brk, joined: gapJoin && len(tz.toks) > 0 && gapLen <= 1,
		})
		sent, brk, gapJoin, gapLen = false, false, true, 0
	}
	tz.markTitleCase()
}

// titleFunctionWords are the small words a headline in title case
// capitalises ("Ten Dead In Bangui As Minister Visits"), and running text
// never does inside a sentence.
var titleFunctionWords = newShortSet("in", "of", "at", "on", "to", "for", "as", "and", "the", "with", "by", "from",
	"after", "near", "over", "into", "amid", "against", "during", "across")

// minTitleShare is the share of a sentence's words that must be
// capitalised, with a capitalised function word among them, for the
// sentence to be in title case: most of it, so that a name with "of" or
// "and" in running text ("Bosnia And Herzegovina" aside) does not count.
const minTitleShare = 0.7

// titleSmallWords are the other words a title-case headline leaves in
// lower case.
var titleSmallWords = newShortSet("a", "an", "or", "but", "nor", "vs", "via", "per", "up")

// minTitleWords is how many capitalised words (not in capitals) a line
// with no lower-case word but its small ones needs to be in title case:
// enough that a short run of names ("Abdul Rahman Said") is not one.
const minTitleWords = 4

// markTitleCase flags the tokens of sentences written in title case:
// there, a capitalised neighbour does not make a place name part of a
// longer name. Two styles: every word capitalised, the small ones too
// ("Ten Dead In Bangui"), or every word but the small ones ("Drone
// Strike Kills Four in Kunar, Officials Say"), as most outlets write
// headlines. Running text always has a lower-case verb or noun.
func (tz *tokenizer) markTitleCase() {
	for a := 0; a < len(tz.toks); {
		b := a + 1
		for b < len(tz.toks) && !tz.toks[b].sentStart {
			b++
		}
		caps, funcs, mixed, lower := 0, 0, 0, 0
		for k := a; k < b; k++ {
			t := &tz.toks[k]
			if t.cap {
				caps++
				if !t.allCaps {
					mixed++
				}
				if k > a && !t.allCaps && titleFunctionWords.hasBytes(tz.fold(t)) {
					funcs++
				}
			} else if f := tz.fold(t); len(f) > 0 && (f[0] < '0' || f[0] > '9') && !titleFunctionWords.hasBytes(f) && !titleSmallWords.hasBytes(f) {
				lower++
			}
		}
		if funcs > 0 && float64(caps) >= minTitleShare*float64(b-a) || lower == 0 && mixed >= minTitleWords {
			for k := a; k < b; k++ {
				tz.toks[k].title = true
			}
		}
		a = b
	}
}

// possessiveS: toks[j] is the s of a possessive right after the word
// before it ("Cox" "'" "s"), followed by a capitalised word, so that a
// name with a possessive inside can be looked up whole.
func possessiveS(text string, toks []token, j int) bool {
	t := &toks[j]
	if j == 0 || j+1 >= len(toks) || t.end-t.start != 1 || (text[t.start] != 's' && text[t.start] != 'S') || !toks[j+1].cap {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[toks[j-1].end:])
	return isApos(r) && int(toks[j-1].end)+n == int(t.start)
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func (tz *tokenizer) fold(t *token) []byte { return tz.buf[t.fold[0]:t.fold[1]] }

func (tz *tokenizer) word(t *token) string {
	return string(tz.buf[t.fold[0]:t.fold[1]]) // the compiler avoids the copy in map lookups
}

// FindMentions returns the place names in text: capitalised word sequences
// of up to four words (with inner connectors: "Mazar-e Sharif", "Bosnia and
// Herzegovina") found in the name index, longest first; demonyms as
// country mentions; and unknown names the text marks as places ("the Kaldor
// district") with Known false. Sentence-initial common words, months and
// weekdays, and person names after titles ("President X") are skipped.
func (g *Gazetteer) FindMentions(text string) []Mention {
	tz := tokenizerPool.Get().(*tokenizer)
	defer tokenizerPool.Put(tz)
	tz.tokenize(text)
	return g.findMentions(text, tz)
}

const maxWords = 4

func (g *Gazetteer) findMentions(text string, tz *tokenizer) []Mention {
	toks := tz.toks
	var out []Mention
	var key []byte
	var surnames map[string]bool // last names of people the text names in full
	skipRun := false
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.script != translit.ScriptOther {
			var ms []Mention
			ms, i = g.scriptMentions(text, tz, i)
			out = append(out, ms...)
			skipRun = false
			continue
		}
		if !t.cap {
			skipRun = false
			if titleWords.hasBytes(tz.fold(t)) && !nationAfterBy(tz, i) {
				skipRun = true
				surnames = addSurname(surnames, titleRunSurname(tz, i))
			}
			if v := vesselName(tz, i); v != "" {
				skipRun = true // "the tanker Marlin Nyeri" (vessels.go)
				surnames = addSurname(surnames, v)
			}
			continue
		}
		if t.breakBefore {
			skipRun = false
		}
		w := tz.word(t)
		if skipRun && t.title && titleFunctionWords.has(w) {
			skipRun = false // "President Of Mali": the title's run ends at the small word
			continue
		}
		if skipRun {
			continue
		}
		if m, j, ok := g.unitAbbrevMention(text, tz, i); ok {
			out = append(out, m) // "Salem, Ore." (stateabbrev.go)
			i = j
			continue
		}
		if v := vesselName(tz, i); v != "" {
			skipRun = true // "USS Halsey", "INS Ranvir" (vessels.go)
			surnames = addSurname(surnames, v)
			continue
		}
		if e := streetEnd(tz, i); e > i {
			i = e // "Rue de Rivoli", "Calle Madero": a street (streets.go)
			continue
		}
		if titleWords.has(w) && !capsAbbrev(tz, i) && !g.titledPlace(tz, i) {
			skipRun = true
			surnames = addSurname(surnames, titleRunSurname(tz, i))
			continue
		}
		if t.fold[1]-t.fold[0] == 0 || (w[0] >= '0' && w[0] <= '9') {
			continue
		}
		if i+1 < len(toks) && toks[i+1].joined && toks[i+1].fold[1] > toks[i+1].fold[0] {
			if c := tz.buf[toks[i+1].fold[0]]; c >= '0' && c <= '9' {
				continue // model names: "Su-25", "Mi-24", "T-72"
			}
		}
		// longest sequence first
		type span struct {
			j      int
			posts  []uint32
			keyLen int // of key, the folded name found
		}
		var found span
		found.j = -1
		key = key[:0]
		words := 0
		var ends [8]int
		var lens [8]int
		nEnds := 0
		for j := i; j < len(toks) && j < i+7; j++ {
			tj := &toks[j]
			if j > i && tj.breakBefore && !tj.joined {
				break
			}
			if j > i && !tj.cap {
				if possessiveS(text, toks, j) {
					// "Cox's Bazar", "St. John's": the gazetteer folds
					// the name's apostrophe away, so its key has the s
					key = append(key, 's')
					continue
				}
				if !connectors.hasBytes(tz.fold(tj)) && !arabicLink(tz, j) {
					break // ("Deir ez-Zor", "Ras al-Ain": the article goes on the name)
				}
			}
			if tj.cap {
				words++
			}
			if words > maxWords {
				break
			}
			if exp := compassInitial(text, toks, j); exp != "" {
				key = append(key, exp...)
			} else {
				key = append(key, tz.fold(tj)...)
			}
			if tj.cap {
				ends[nEnds] = j
				lens[nEnds] = len(key)
				nEnds++
			}
		}
		allCapsRun := true
		for e := nEnds - 1; e >= 0; e-- {
			j := ends[e]
			if !toks[j].allCaps {
				allCapsRun = false
			}
			posts := g.postings(false, hashKey(1, key[:lens[e]]))
			if len(posts) == 0 && e > 0 {
				posts = g.compassPostings(key[:lens[e]], lens[0])
			}
			if len(posts) == 0 {
				continue
			}
			ac := true
			for k := i; k <= j; k++ {
				if !toks[k].allCaps && toks[k].cap {
					ac = false
				}
			}
			if !usablePosts(posts, ac) {
				continue
			}
			found = span{j, posts, lens[e]}
			break
		}
		_ = allCapsRun
		if found.j >= 0 {
			if e := compoundEnd(tz, found.j); e > found.j {
				// "Dasht-e-Barchi", unknown whole: its first part is no
				// place of its own (a village in Armenia)
				i = e
				continue
			}
		}
		if found.j <= i && directions[w] {
			if m, j, ok := g.directionDivision(text, tz, i); ok {
				out = append(out, m)
				i = j
				continue
			}
		}
		m := Mention{}
		if found.j < 0 {
			if m, j, ok := g.levelledUnknown(text, tz, i); ok {
				out = append(out, m)
				i = j
			} else if e := compoundEnd(tz, i); e > i {
				// "Tell al-Sarbagh", unknown as written: its spelling
				// variant, if any, is the place, and its last part is
				// no place of its own
				if m, ok := g.compoundVariant(text, tz, i, e); ok {
					out = append(out, m)
				}
				i = e
			}
			continue
		}
		// only the direction that opens a name marked as a place by its
		// level word is known ("Middle" of "Middle Shabelle region"): a
		// spelling variant of the whole, if the index has one, is the place
		if found.j == i && directions[tz.word(t)] && found.j < levelledRunEnd(tz, i) {
			if m, j, ok := g.levelledUnknown(text, tz, i); ok && m.Known {
				out = append(out, m)
				i = j
				continue
			}
		}
		j := found.j
		single := j == i
		if stopPhrases[string(key[:0])+string(tz.buf[toks[i].fold[0]:toks[j].fold[1]])] {
			i = j
			continue
		}
		demonym := true
		strong := false
		written := writtenInCaps(toks, i, j)
		for _, e := range found.posts {
			if e&flagAbbrev != 0 && !written {
				continue // "Car" is no country's abbreviation unless written "CAR"
			}
			if e&flagDemonym == 0 {
				demonym = false
			}
			switch g.places[e>>flagBits].Kind {
			case KindCountry, KindAdmin1, KindContinent, KindRegion:
				strong = true
			}
		}
		if !strong && !demonym && personNamed(text, tz, i, j) {
			surnames = addSurname(surnames, tz.word(&toks[j]))
			i = j
			continue // "Dover, 38, of Amarillo", "a teacher, Rosa Ortiz,": a person (personverb.go)
		}
		if !single && !strong && !demonym && g.onlyWords(tz, i, j) {
			continue // "Yes I", "The Courier": words of a sentence, not a name
		}
		if contraction(text[t.start:toks[j].end]) {
			continue // "I'll"
		}
		if single {
			if months[w] || directions[w] {
				continue
			}
			if (personSubject(tz, i) || personApposition(text, tz, i)) && !g.speaksForGovernment(found.posts) ||
				victimSubject(tz, i) && !strong {
				surnames = addSurname(surnames, w)
				continue // "Kirby told an aide": a person (personverb.go)
			}
			if !strong && !g.bigTown(found.posts) && possessiveNameHead(text, tz, j) {
				continue // "Grace's Academy": an institution (titlewords.go)
			}
			if mixedCaseAbbrev(text[t.start:t.end]) {
				continue // "MoI", "JuA": a ministry or a group
			}
			if peoples[w] && !strong {
				continue // "the mainly Arab north": a people, not a town of that name
			}
			if len(w) <= 2 && !onlyAbbrevOK(found.posts) {
				continue // "Al", "Mi": too short to be a name unless an abbreviation
			}
			if t.allCaps && len(w) <= 5 && !onlyAbbrevOK(found.posts) && !strong && !g.abbrevDateline(text, int(t.end)) {
				continue // acronyms ("CIA", "CIS") are not village names
			}
			if t.sentStart && j+1 < len(toks) && !toks[j+1].cap && (hasSuffix(w, "ing") || hasSuffix(w, "ed") || hasSuffix(w, "ly")) {
				continue // "Reading the statement": a verb or adverb opening the sentence
			}
			if t.sentStart && !strong && !demonym && !g.primaryTown(found.posts) {
				continue // "Drug dealers...": a sentence-initial word that is only an alternate name
			}
			if !strong && !demonym && (weakNames()[w] == 'w' || !g.primaryTown(found.posts)) && opensOfName(tz, j) {
				continue // "the Line of Control": a common word heading a longer name, not a town
			}
			if commonWords[w] && !(strong && !t.sentStart) && !demonym && !(t.allCaps && len(w) >= 2 && strong) {
				continue
			}
			if compoundHead(text, tz, j) && !strong && weakNames()[w] == 'w' {
				continue // "Cross-Border Raid", "Hit-and-Run": half of a compound word
			}
		}
		// part of a longer capitalised run (a person or an organisation)?
		// (in a headline in title case every neighbour is capitalised)
		partial := false
		if !t.title && i > 0 && toks[i-1].cap && !toks[i].breakBefore && !months[tz.word(&toks[i-1])] && !(toks[i-1].sentStart && commonWords[tz.word(&toks[i-1])]) {
			partial = true
		}
		if !t.title && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].breakBefore && suffixLevel[tz.word(&toks[j+1])] == 0 &&
			!g.countryAt(tz, j+1) && !lgaAt(tz, j+1) && !acronymAfterLocative(tz, i, j) {
			partial = true
		}
		veryStrong := false
		for _, e := range found.posts {
			switch g.places[e>>flagBits].Kind {
			case KindCountry, KindContinent, KindRegion:
				veryStrong = true
			}
		}
		if partial && strong && single && weakNames()[w] == 0 && i > 0 && locatives[tz.word(&toks[i-1])] && (i < 2 || !toks[i-2].cap || toks[i-2].sentStart) {
			// "in Helmand Humvee bombing", "near Zamfara Forest Reserve":
			// after a locative a province names where, whatever it qualifies
			// (a given name such as "Victoria" may open a person's name)
			partial = false
		}
		org := !t.title && orgAfter(tz, j) && g.orgPlace(found.posts)
		if partial && org && (i == 0 || !toks[i-1].cap || toks[i-1].sentStart || toks[i].breakBefore || officeWords[tz.word(&toks[i-1])]) {
			partial = false // "Batken Regional Police said", "Assistant Laclede County Prosecutor"
		}
		if partial && !veryStrong && !demonym {
			// skip the rest of the run too
			start := i
			for i = j; i+1 < len(toks) && toks[i+1].cap && !toks[i+1].breakBefore && !g.countryAt(tz, i+1); i++ {
			}
			surnames = addSurname(surnames, personSurname(tz, start, i))
			continue
		}
		m = Mention{Start: int(t.start), End: int(toks[j].end), Demonym: demonym, Known: true, Org: org}
		m.Text = text[m.Start:m.End]
		m.allCaps = written
		m.hits = make([]hit, 0, len(found.posts)) // at most one hit a posting: no regrowth
		for _, e := range found.posts {
			if e&flagAbbrev != 0 && !m.allCaps {
				continue
			}
			m.hits = append(m.hits, hit{e >> flagBits, e & (1<<flagBits - 1), tierFold})
		}
		m.hits = g.sharedCountryHits(key[:found.keyLen], m.hits)
		if dottedAbbrev(m.Text) {
			if m.hits = g.abbrevReadings(m.hits); len(m.hits) == 0 {
				i = j
				continue // "U.N. monitors": an organisation (dottedabbrev.go)
			}
		}
		m.Level = g.levelAfter(tz, j)
		m.hits = g.levelNamedHits(tz, j, key[:found.keyLen], m.hits)
		if m.Level == 0 {
			m.hits, m.Demonym = peopleReading(m.hits, m.Demonym)
		}
		// "district of X", "the provinces of A, B and C"; not "the Y
		// district of X", where the level word is Y's and X holds it; the
		// list ends with its sentence ("the city of X. Y's killing")
		for k := i - 1; k >= 1 && k >= i-10 && !toks[k+1].sentStart; k-- {
			w := tz.word(&toks[k])
			if w == "of" {
				if lv := suffixLevel[tz.word(&toks[k-1])]; lv != 0 && m.Level == 0 && !(k >= 2 && toks[k-2].cap && !toks[k-2].sentStart) {
					m.Level = lv
				}
				break
			}
			if !(toks[k].cap || w == "and" || w == "or") {
				break
			}
		}
		if m.Level == 0 && districtBracket(text, tz, i) {
			m.Level = KindAdmin1
		}
		if i > 0 {
			m.Locative = locatives[tz.word(&toks[i-1])] || tz.word(&toks[i-1]) == "of" && m.Level != 0 || locativeAcross(tz, i)
			m.the = tz.word(&toks[i-1]) == "the"
		}
		m.ti = i
		m.capsOnly = single && !strong && !demonym && !t.allCaps && !m.Locative && m.Level == 0 &&
			(t.title || t.sentStart) && (commonWords[w] || weakNames()[w] == 'w')
		// a big city's name means the city before the word or the person
		if single && !strong && !demonym && !t.allCaps && weakNames()[w] != 0 && !g.bigTown(found.posts) {
			m.weak = true
			m.comma = int(toks[j].end) < len(text) && text[toks[j].end] == ','
			if t.title && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].breakBefore {
				// "Killed in Drone Strike": in title case the locative
				// governs the phrase the word opens, not the word
				m.Locative = false
			}
		}
		out = append(out, m)
		i = j
	}
	if surnames != nil {
		out = dropSurnames(text, out, surnames)
	}
	return dropCapsOnly(tz, out)
}

// compoundHead: toks[j] is hyphened to a word that is no name (a common
// word or a lower-case one), so the two are one compound word.
func compoundHead(text string, tz *tokenizer, j int) bool {
	toks := tz.toks
	if j+1 >= len(toks) || !toks[j+1].joined || int(toks[j].end) >= len(text) || text[toks[j].end] != '-' {
		return false
	}
	return !toks[j+1].cap || commonWords[tz.word(&toks[j+1])] || weakNames()[tz.word(&toks[j+1])] == 'w'
}

// writtenInCaps: every capitalised word of toks[i..j] is in capitals,
// as an abbreviation is written.
func writtenInCaps(toks []token, i, j int) bool {
	for k := i; k <= j; k++ {
		if toks[k].cap && !toks[k].allCaps {
			return false
		}
	}
	return true
}

func usablePosts(posts []uint32, allCaps bool) bool {
	for _, e := range posts {
		if e&flagAbbrev == 0 || allCaps {
			return true
		}
	}
	return false
}

// levelNamedHits adds to hits the divisions the index names with the
// level word that follows the name at token j ("Darvaz district": an
// alias "Darvaz District", as GeoNames names many districts), when
// the name alone reads as none of that level.
func (g *Gazetteer) levelNamedHits(tz *tokenizer, j int, key []byte, hits []hit) []hit {
	toks := tz.toks
	if j+1 >= len(toks) || toks[j+1].breakBefore {
		return hits
	}
	lv := suffixLevel[tz.word(&toks[j+1])]
	if lv == 0 {
		return hits
	}
	for _, h := range hits {
		if g.places[h.place].Kind == lv {
			return hits
		}
	}
	n := len(hits)
	k := append(append([]byte(nil), key...), tz.fold(&toks[j+1])...)
	for _, e := range g.postings(false, hashKey(1, k)) {
		if e&flagAbbrev == 0 && g.places[e>>flagBits].Kind == lv {
			hits = append(hits, hit{e >> flagBits, e & (1<<flagBits - 1), tierFold})
		}
	}
	if len(hits) > n || len(key) < minPhonDivision {
		return hits
	}
	for _, h := range hits[:n] {
		if h.flags&flagDemonym != 0 || g.places[h.place].Kind == KindCountry {
			return hits // "Syrian state media": a people's word, no province
		}
	}
	// the division spelt another way ("Keshindeh district" for
	// Kishindeh): its variant of that level, beside the exact readings
	return g.phonHits(hits, key, func(e uint32) bool { return e&flagAbbrev == 0 && g.places[e>>flagBits].Kind == lv })
}

// phonHits appends to hits, at tierPhon, the readings whose phonetic key
// is fold's (a spelling variant: doubled letters and vowels aside) that
// keep accepts (nil: all).
func (g *Gazetteer) phonHits(hits []hit, fold []byte, keep func(e uint32) bool) []hit {
	for _, e := range g.postings(true, hashKey(2, appendPhon(nil, fold))) {
		if keep == nil || keep(e) {
			hits = append(hits, hit{e >> flagBits, e & (1<<flagBits - 1), tierPhon})
		}
	}
	return hits
}

// minPhonDivision: a name this short (in folded bytes) matches too many
// divisions by its sound to read one.
const minPhonDivision = 5

// compoundEnd: the name ending at token j goes on, joined by hyphens,
// through a small connecting word to another capitalised word
// ("Dasht-e-Barchi", "Deh-i-Sarbagh", "Tell-al-Sarbagh", and after an ezafe
// "Sar-e Hawza"): one compound name.
// It returns the compound's last token, or j when the name ends at j.
func compoundEnd(tz *tokenizer, j int) int {
	toks := tz.toks
	e := j
	for e+2 < len(toks) && !toks[e+1].cap && toks[e+2].cap && (toks[e+1].joined && connectors.hasBytes(tz.fold(&toks[e+1])) &&
		(toks[e+2].joined || ezafe[tz.word(&toks[e+1])] && !toks[e+2].breakBefore) || arabicLink(tz, e+1)) {
		e += 2
	}
	return e
}

// minPhonCompound: a compound name this long (in folded bytes) is
// specific enough for its spelling variant to name the place.
const minPhonCompound = 8

// compoundVariant reads the compound name of tokens i..e, which the index
// lacks as written, by its spelling variant ("Shibin al-Kom" for
// "Shibin al Kawm"): doubled letters, vowels and apostrophes aside.
func (g *Gazetteer) compoundVariant(text string, tz *tokenizer, i, e int) (Mention, bool) {
	toks := tz.toks
	fb := tz.buf[toks[i].fold[0]:toks[e].fold[1]]
	if len(fb) < minPhonCompound {
		return Mention{}, false
	}
	m := Mention{Start: int(toks[i].start), End: int(toks[e].end), Known: true}
	if m.hits = g.phonHits(nil, fb, nil); len(m.hits) == 0 {
		return Mention{}, false
	}
	m.Text = text[m.Start:m.End]
	m.Locative = i > 0 && locatives[tz.word(&toks[i-1])]
	m.ti = i
	return m, true
}

// arabicLink: the token at k is the Arabic article spaced from the word
// before it and hyphened to the next ("Ain al-Remmaneh", "Deir ez-Zor",
// "Ras al-Ain"): the compound goes on through it.
func arabicLink(tz *tokenizer, k int) bool {
	toks := tz.toks
	return k+1 < len(toks) && !toks[k].joined && !toks[k].breakBefore && toks[k+1].joined && arabicArticleWords[tz.word(&toks[k])]
}

// arabicArticleWords are arabicArticles (build.go) as a set.
var arabicArticleWords = setOf(arabicArticles...)

// ezafe are the Persian links written hyphened to the first word and
// spaced from the second ("Sar-e Hawza", "Deh-i Sarbagh"): the compound goes
// on across the space.
var ezafe = setOf("e", "i", "ye", "yi")

// EzafeLink reports whether w (lower case) is a Persian link joining the
// words of a compound name ("Dand-e Ghori").
func EzafeLink(w string) bool { return ezafe[w] }

// levelledRunEnd is the last token of the capitalised run of at most
// three words from i that a name unknown to the index would take.
func levelledRunEnd(tz *tokenizer, i int) int {
	toks := tz.toks
	j := i
	for j+1 < len(toks) && toks[j+1].cap && !toks[j+1].breakBefore && j-i < 2 && suffixLevel[tz.word(&toks[j+1])] == 0 {
		j++
	}
	return j
}

// levelledUnknown reads the capitalised run from token i as a name the
// index does not hold letter for letter, marked as a place by a level
// word after it ("Dashtak district", "Middle Shabelle region"): a mention
// at that level, with the index's transliteration variants of it as its
// readings (Known when there are some). ok is false when no level word
// marks it; j is the run's last token.
// districtBracket: the name at token i stands in brackets right after a
// district ("X district (Y)", as coders write a district and its
// province), so it names the province, not a town named like it
// ("Dashtak district (Kunduz)": Kunduz province, not Kunduz city).
func districtBracket(text string, tz *tokenizer, i int) bool {
	toks := tz.toks
	if i == 0 || suffixLevel[tz.word(&toks[i-1])] != KindAdmin2 {
		return false
	}
	return strings.TrimSpace(text[toks[i-1].end:toks[i].start]) == "("
}

// officeWords open an office's title before the place it serves
// ("Assistant Laclede County Prosecutor", "Acting Kandahar Province
// Governor"): no name of a place.
var officeWords = setOf("assistant", "acting", "associate", "interim", "senior", "former", "retired")

func (g *Gazetteer) levelledUnknown(text string, tz *tokenizer, i int) (m Mention, j int, ok bool) {
	toks := tz.toks
	t := &toks[i]
	w := tz.word(t)
	j = levelledRunEnd(tz, i)
	lv := g.levelAfter(tz, j)
	// a common word or an office's opens no name ("A Weld County
	// deputy", "Assistant Laclede County Prosecutor"); a direction
	// alone is none ("Central region"), one that opens a longer name is
	// ("Middle Shabelle region")
	plain := commonWords[w] && !directions[w] || j == i && directions[w] || officeWords[w] || titleWords.hasBytes(tz.fold(t))
	marked := placeMarkers[tz.word(&toks[min(j+1, len(toks)-1)])] || placeMarkers[g.levelWordAfter(tz, j)] || stateMarker(tz, j+1)
	if lv == 0 || lv == KindCity || plain || !marked {
		return Mention{}, j, false
	}
	m = Mention{Start: int(t.start), End: int(toks[j].end), Level: lv}
	m.Text = text[m.Start:m.End]
	m.Locative = i > 0 && locatives[tz.word(&toks[i-1])]
	// a transliteration variant may still be known
	fb := append([]byte(nil), tz.buf[toks[i].fold[0]:toks[j].fold[1]]...)
	if len(fb) >= 4 {
		m.hits = g.phonHits(m.hits, fb, nil)
	}
	m.Known = len(m.hits) > 0
	return m, j, true
}

// maxDirectionWords: the words after a direction that directionDivision
// reads as one name ("North Kurdufan", "Upper Nile"); divisions named so
// rarely run longer.
const maxDirectionWords = 2

// directionDivision: a direction opening a capitalised run that the index
// does not hold as written, whose spelling variant (the phonetic key:
// doubled letters and vowels aside, "Kurdufan" for "Kordofan") is a
// province or district: "North Kurdufan" is that province, not a river
// or a district abroad named by its second word. Only divisions count:
// a direction before a town's variant is as often a description ("North
// Kabul").
func (g *Gazetteer) directionDivision(text string, tz *tokenizer, i int) (m Mention, j int, ok bool) {
	toks := tz.toks
	last := i
	for k := i + 1; k < len(toks) && k <= i+maxDirectionWords && toks[k].cap && !toks[k].breakBefore; k++ {
		last = k
	}
	for j = last; j > i; j-- {
		var fb []byte
		for k := i; k <= j; k++ {
			fb = append(fb, tz.fold(&toks[k])...)
		}
		m.hits = g.phonHits(m.hits, fb, func(e uint32) bool {
			k := g.places[e>>flagBits].Kind
			return k == KindAdmin1 || k == KindAdmin2
		})
		if len(m.hits) > 0 {
			// the division's level is what the name says, as a level
			// word would: the variant is read as the division it spells
			m.Level = g.places[m.hits[0].place].Kind
			for _, h := range m.hits[1:] {
				if g.places[h.place].Kind != m.Level {
					m.Level = 0
				}
			}
			m.Start, m.End, m.Known = int(toks[i].start), int(toks[j].end), true
			m.Text = text[m.Start:m.End]
			m.Locative = i > 0 && locatives[tz.word(&toks[i-1])]
			return m, j, true
		}
	}
	return Mention{}, i, false
}

// levelAfter looks for a level word after token j, also across a list
// ("the Jirm and Warduj districts").
func (g *Gazetteer) levelAfter(tz *tokenizer, j int) Kind {
	toks := tz.toks
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		t := &toks[k]
		w := tz.word(t)
		if k > j+1 && toks[j].title {
			return 0 // in title case the capitals between mark no list ("Hit Malakal Town")
		}
		if lgaAt(tz, k) && !t.breakBefore {
			return KindAdmin2 // "X Local Government Area"
		}
		if lv, ok := suffixLevel[w]; ok && !(t.breakBefore && k == j+1 && !t.joined && lv != KindFeature && false) {
			if t.breakBefore && k == j+1 {
				return 0
			}
			return lv
		}
		if t.cap || w == "and" || w == "or" {
			continue
		}
		return 0
	}
	return 0
}

// lgaAt: the words at k are Nigeria's word for a district, "Local
// Government Area" (or "Council"), capitalised after the district's name
// as it is written there ("Isiala Ngwa North Local Government Area").
func lgaAt(tz *tokenizer, k int) bool {
	toks := tz.toks
	if k+2 >= len(toks) || tz.word(&toks[k]) != "local" || tz.word(&toks[k+1]) != "government" {
		return false
	}
	w := tz.word(&toks[k+2])
	return w == "area" || w == "council"
}

var connectors = newShortSet("of", "the", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
	"el", "al", "e", "i", "y", "and", "upon", "on", "am", "an", "der", "den", "van", "von", "bin", "ul", "ur", "ye", "ve", "sur", "en", "au", "aux",
	"sul", "sulla", "los", "las", "pod", "nad", "bei", "im", "zu", "ob", "pri",
	"wa", // Arabic and Persian "and": "Khost wa Firing", "Sar wa Bagh"
	"et") // French "and": "Logone-et-Chari", "Lot-et-Garonne"

// locativeAcross: a locative stands before the name at i past words that
// only qualify the place, in lower case and in the name's own clause ("in
// rural X", "near the restive northern X"); a noun between ends the look.
func locativeAcross(tz *tokenizer, i int) bool {
	for k, n := i-1, 0; k >= 0 && n <= maxPlaceModifiers; k, n = k-1, n+1 {
		t := &tz.toks[k]
		w := tz.word(t)
		if t.cap || t.breakBefore && k != i-1 {
			return false
		}
		if !directions[w] && !placeModifiers[w] {
			return k != i-1 && locatives[w]
		}
	}
	return false
}

// placeModifiers qualify a place between a locative and its name.
var placeModifiers = setOf("rural", "urban", "suburban", "downtown", "coastal", "remote", "restive", "troubled",
	"war-torn", "the")

// maxPlaceModifiers is how many modifiers may stand there: "in the
// restive northern" is three.
const maxPlaceModifiers = 3

var locatives = setOf("in", "near", "at", "from", "outside", "to", "into", "across", "toward", "towards", "around",
	"between", "inside", "through", "via", "throughout", "within", "visited", "entered", "reached", "captured", "seized", "attacked", "bombed", "shelled", "struck")

var months = setOf("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun")

// titleWords precede person names: the capitalised words after them are
// not places ("President Joe Biden", "spokesman Zabihullah Mujahid").
// compassInitials are the points of the compass headlines shorten to an
// initial before a name ("S. Kordofan", "N. Kivu", "C. Equatoria"): the
// name is looked up with the word written out, so a country or province
// named "South X" is not taken for X.
var compassInitials = map[string]string{"n": "north", "s": "south", "e": "east", "w": "west", "c": "central"}

// compassInitial is the written-out word when toks[j] is such an initial:
// one capital letter, a dot, and a capitalised word after it, and not the
// last letter of an abbreviation ("U.S. Customs").
func compassInitial(text string, toks []token, j int) string {
	t := &toks[j]
	if t.end-t.start != 1 || !t.allCaps || int(t.end) >= len(text) || text[t.end] != '.' || j+1 >= len(toks) || !toks[j+1].cap {
		return ""
	}
	if j > 0 && t.joined && toks[j-1].end-toks[j-1].start == 1 {
		return ""
	}
	return compassInitials[strings.ToLower(text[t.start:t.end])]
}

// titledPlace: a title word that opens a place's own name with the word
// after it (an Afghan district named for an imam; "General Santos", a
// city) is no title: the two words name a division or a town big enough
// that a person of that name is the rarer reading (minTitledPlacePop).
func (g *Gazetteer) titledPlace(tz *tokenizer, i int) bool {
	toks := tz.toks
	if i+1 >= len(toks) || !toks[i+1].cap || toks[i+1].breakBefore && !toks[i+1].joined {
		return false
	}
	if i+2 < len(toks) && personVerbs.hasBytes(tz.fold(&toks[i+2])) {
		return false // "Prince Albert said": the person
	}
	key := append(append([]byte(nil), tz.fold(&toks[i])...), tz.fold(&toks[i+1])...)
	for _, e := range g.postings(false, hashKey(1, key)) {
		r := &g.places[e>>flagBits]
		if e&flagPrimary != 0 && (r.Kind == KindAdmin1 || r.Kind == KindAdmin2 || r.Kind == KindCity && r.Pop >= minTitledPlacePop) {
			return true
		}
	}
	return false
}

// minTitledPlacePop: a town named like a title and a name ("Prince
// Albert") is read as the town from this size; smaller ones are more
// often the person.
const minTitledPlacePop = 50000

// capsAbbrev: a title word written in capitals before a word that is not
// (a country's "DR" before the rest of its name) is an abbreviation in a
// name, not a title, which text writes "Dr Ahmed" or, in a headline in
// capitals, "DR AHMED".
func capsAbbrev(tz *tokenizer, i int) bool {
	toks := tz.toks
	if !toks[i].allCaps || i+1 >= len(toks) || toks[i+1].breakBefore {
		return false
	}
	next := &toks[i+1]
	return next.cap && !next.allCaps || !next.cap && connectors.hasBytes(tz.fold(next))
}

var titleWords = newShortSet("president", "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "general", "gen", "colonel", "col",
	"major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "commander", "minister", "governor", "gov",
	"senator", "sen", "rep", "representative", "congressman", "congresswoman", "mayor", "judge", "justice", "king", "queen",
	"prince", "princess", "pope", "sheikh", "shaikh", "mullah", "maulvi", "mawlawi", "maulana", "imam", "ayatollah", "emir",
	"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "ambassador", "envoy", "secretary", "director",
	"professor", "prof", "reverend", "rev", "chancellor", "premier", "dictator", "warlord", "militant", "commandant", "marshal",
	"admiral", "brigadier", "officer", "journalist", "correspondent", "reporter", "analyst", "researcher", "author",
	"writer", "photographer", "deputy", "vice", "leader", "chief", "head", "founder", "by", "dear", "coach", "actor", "singer",
	"uncle", "aunt", "brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "mrs", "citizen", "resident",
	"sheriff", "constable", "inspector", "detective", "superintendent", "trooper", "councillor", "councilor", "commissioner",
	"det", "insp", "supt", "cpl", "pvt", "pte", "const", "cst")

// commonWords are English words that are also place names somewhere; as a
// single capitalised word they count as a place only mid-sentence and
// only when the name is a country, province or region.
var commonWords = setOf(
	"a", "about", "above", "according", "across", "after", "again", "against", "ago", "all", "almost", "along", "already",
	"also", "although", "always", "among", "an", "and", "another", "any", "are", "around", "as", "at", "back", "be",
	"because", "been", "before", "being", "below", "best", "better", "between", "big", "both", "but", "by", "call", "can",
	"center", "centre", "city", "come", "comment", "comments", "could", "day", "days", "did", "do", "does", "down",
	"during", "each", "early", "either", "else", "end", "enough", "even", "ever", "every", "far", "few", "first", "five",
	"for", "four", "free", "from", "further", "get", "give", "go", "good", "great", "had", "has", "have", "he", "her",
	"here", "him", "his", "home", "how", "however", "if", "in", "into", "is", "it", "its", "just", "last", "late", "later",
	"least", "less", "let", "like", "little", "long", "made", "make", "many", "may", "me", "might", "more", "most",
	"much", "must", "my", "near", "never", "new", "newest", "news", "next", "nine", "no", "none", "nor", "not", "notify",
	"now", "of", "off", "often", "old", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "part",
	"past", "people", "per", "place", "post", "previous", "put", "rather", "read", "recent", "recently", "related", "said", "same",
	"say", "says", "second", "see", "seven", "several", "she", "should", "show", "since", "six", "so", "some", "soon",
	"still", "such", "support", "take", "ten", "tens", "than", "that", "the", "their", "them", "then", "there", "these",
	"they", "third", "this", "those", "three", "through", "thus", "time", "to", "today", "together", "too", "top",
	"toward", "two", "under", "until", "up", "upon", "us", "very", "view", "was", "way", "we", "well", "were", "what",
	"when", "where", "whether", "which", "while", "who", "whole", "why", "will", "with", "within", "without", "would",
	"yet", "you", "your", "inline", "feedbacks", "voted", "share", "tweet", "email", "print", "login", "subscribe",
	"reply", "related", "articles", "photo", "photos", "video", "source", "sources", "update", "breaking", "image",
	"media", "accessibility", "links", "button", "menu", "search", "page", "click", "here", "more", "less", "yes",
	"war", "peace", "army", "police", "border", "state", "states", "union", "federal", "national", "republic",
	"kingdom", "island", "islands", "mount", "lake", "river", "valley", "bay", "gulf", "sea", "ocean", "coast", "port",
	"fort", "camp", "bridge", "hill", "hills", "green", "white", "black", "red", "blue", "gold", "silver", "victory",
	"liberty", "hope", "unity", "progress", "independence", "friendship", "order", "justice", "truth",
	"mosque", "church", "market", "airport", "station", "university", "college", "school", "hospital", "prison",
	"general", "deputy", "major", "minister", "ministry", "government", "islamic", "muslim", "christian", "jewish",
	"god", "allah", "jihad", "taliban", "caliphate", "emirate", "front", "alliance", "movement", "party", "council",
	"assembly", "parliament", "congress", "senate", "court", "office", "agency", "service", "services", "force",
	"forces", "guard", "guards", "troops", "security", "defense", "defence", "interior", "foreign", "affairs",
	"operation", "operations", "mission", "center", "centre", "institute", "academy", "committee", "organization",
	"organisation", "association", "network", "group", "company", "corporation", "bank", "fund", "program",
	"programme", "project", "world", "international", "global", "central", "north", "south", "east", "west",
	"northern", "southern", "eastern", "western", "upper", "lower", "old", "young", "little", "big", "grand", "royal",
	"saint", "holy", "sacred", "christmas", "easter", "ramadan", "eid", "constitution", "independence", "day", "year",
	"month", "week", "morning", "evening", "night", "noon", "tonight", "yesterday", "tomorrow", "afghan", "soviet",
	"english", "french", "spanish", "arabic", "persian", "dari", "pashto", "russian", "chinese", "reuters", "tass", "afp", "ap",
	"bbc", "cnn", "ria", "xinhua", "twitter", "facebook", "telegram", "youtube", "google", "tech", "i", "we", "our")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// placeMarkers are the level words that make an unknown capitalised name
// a place ("the Kaldor district"); "state" is one only where it ends the
// phrase (stateMarker).
var placeMarkers = setOf("district", "districts", "province", "provinces", "region", "oblast", "viloyat", "wilayat",
	"county", "village", "town", "city", "river", "valley", "rayon", "gorge", "pass", "woleswali", "uluswali", "tehsil", "tahsil",
	"governorate", "prefecture", "municipality", "commune", "township", "subdistrict", "canton")

// stateMarker: the word at j is "state" ending its noun phrase ("in
// North Kurdufan state on Monday", "Zamfara State,"), not a state's
// noun before another ("Khovar state media", "Borno State Government").
func stateMarker(tz *tokenizer, j int) bool {
	toks := tz.toks
	if j >= len(toks) || tz.word(&toks[j]) != "state" {
		return false
	}
	if j+1 >= len(toks) || toks[j+1].breakBefore {
		return true
	}
	next := &toks[j+1]
	return !next.cap && (connectors.hasBytes(tz.fold(next)) || titleFunctionWords.hasBytes(tz.fold(next)))
}

var directions = setOf("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
	"upper", "lower", "middle", "inner", "outer", "greater", "free")

// stopPhrases are capitalised phrases that are alternate names of some
// town but in news text name something else.
var stopPhrases = setOf("whitehouse", "redcross", "redcrescent", "greenzone", "bluehelmets", "unitednations", "islamicstate")

func onlyAbbrevOK(posts []uint32) bool {
	for _, e := range posts {
		if e&flagAbbrev != 0 {
			return true
		}
	}
	return false
}

// primaryTown: some candidate has this as its own name (not an alternate).
func (g *Gazetteer) primaryTown(posts []uint32) bool {
	for _, e := range posts {
		if e&flagPrimary != 0 && g.places[e>>flagBits].Pop >= 1000 {
			return true
		}
	}
	return false
}

// opensOfName: the word at j is followed by "of" and a capitalised word
// ("Line of Control", "Bank of Kabul"): the head of a name the index
// does not hold whole.
func opensOfName(tz *tokenizer, j int) bool {
	toks := tz.toks
	return j+2 < len(toks) && !toks[j+1].cap && tz.word(&toks[j+1]) == "of" && toks[j+2].cap && !toks[j+1].breakBefore
}

// levelWordAfter returns the level word found after token j (across a
// list), or "".
func (g *Gazetteer) levelWordAfter(tz *tokenizer, j int) string {
	toks := tz.toks
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		w := tz.word(&toks[k])
		if _, ok := suffixLevel[w]; ok {
			return w
		}
		if toks[k].cap || w == "and" || w == "or" {
			continue
		}
		return ""
	}
	return ""
}

func hasSuffix(s, suf string) bool { return len(s) > len(suf)+2 && s[len(s)-len(suf):] == suf }

//go:embed data/weaknames.txt
var weakNamesTxt string

// weakNames are words that English capitalises for other reasons than
// naming a place - at the start of a sentence or of a headline word, or
// as a person's given name - and that are also the name of some town.
// The value is 'w' for a common word, 'n' for a given name.
var weakNames = sync.OnceValue(func() map[string]byte {
	m := make(map[string]byte, 6000)
	for _, line := range strings.Split(weakNamesTxt, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		w, k, _ := strings.Cut(line, "\t")
		if k != "" {
			m[w] = k[0]
		}
	}
	return m
})

// bigCityPop: a city this populous is the city to a reader whatever else
// its name means (bigTown), and is named for its authorities as a capital
// is ("Karachi said": speaksForGovernment).
const bigCityPop = 200000

// bigTown: the name is the own name of a city large enough that a reader
// takes it for the city first, whatever else the word means.
func (g *Gazetteer) bigTown(posts []uint32) bool {
	for _, e := range posts {
		if e&flagPrimary != 0 && g.places[e>>flagBits].Kind == KindCity && g.places[e>>flagBits].Pop >= bigCityPop {
			return true
		}
	}
	return false
}

// personSurname returns the last word of the capitalised run of tokens
// a..b when the run reads as a person's full name: a given name and one
// or two words after it ("Carla Ashford", "said Dennis Whitby"), after
// any rank or office the run opens with ("Sheriff Tom Lincoln",
// "Constable Andrew Preston").
func personSurname(tz *tokenizer, a, b int) string {
	toks := tz.toks
	if a > 0 && toks[a-1].cap && !toks[a].breakBefore && weakNames()[tz.word(&toks[a-1])] == 'n' {
		a-- // the given name was passed over as no place
	}
	for k := a; k <= b; k++ {
		if toks[k].allCaps {
			return ""
		}
	}
	for k := max(a, b-maxSurnameWords); k < b; k++ {
		if weakNames()[tz.word(&toks[k])] == 'n' {
			return tz.word(&toks[b])
		}
	}
	return ""
}

// maxSurnameWords: a given name stands at most this many words before
// the surname ("Mary Ellen Fallow").
const maxSurnameWords = 2

// titleRunSurname is the surname of the person named in the capitalised
// run after a title word at i ("Chief Constable Andrew Preston"): after
// a rank (rankTitles) any run of two or three words is a person's name,
// after other titles one with a given name.
func titleRunSurname(tz *tokenizer, i int) string {
	toks := tz.toks
	j := i + 1
	for j < len(toks) && toks[j].cap && !toks[j].breakBefore {
		j++
	}
	n := j - (i + 1)
	if n < 2 {
		return ""
	}
	if n <= 3 && rankTitles[tz.word(&toks[i])] {
		for k := i + 1; k < j; k++ {
			if toks[k].allCaps || directions[tz.word(&toks[k])] {
				return ""
			}
		}
		return tz.word(&toks[j-1])
	}
	return personSurname(tz, i+1, j-1)
}

// rankTitles are the titles only people bear (not "by", "head" or
// "resident", which a place may follow).
var rankTitles = setOf("mr", "mrs", "ms", "dr", "sir", "president", "general", "gen", "colonel", "col", "major", "maj",
	"captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "commander", "minister", "governor", "gov", "senator",
	"sen", "mayor", "judge", "spokesman", "spokeswoman", "officer", "chief", "coach", "sheriff", "constable", "det", "insp", "supt",
	"inspector", "detective", "superintendent", "trooper", "councillor", "councilor", "commissioner")

func addSurname(m map[string]bool, sn string) map[string]bool {
	if sn == "" {
		return m
	}
	if m == nil {
		m = map[string]bool{}
	}
	m[sn] = true
	return m
}

// dropSurnames removes the bare one-word mentions of names the text also
// gives a person as surname: after "Carla Ashford", "Ashford said" is
// she, not a town. A level word or a locative still makes it a place,
// unless the name is in the possessive: "in Ashford's home" is hers.
func dropSurnames(text string, ms []Mention, surnames map[string]bool) []Mention {
	out := ms[:0]
	for _, m := range ms {
		placed := m.Locative && !possessive(text, m.End)
		if m.Level == 0 && !placed && !m.Demonym && surnames[FoldKey(m.Text)] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// maxActAcronym: the longest acronym of an act or a device that may
// follow a place after a locative ("IED", "IBO", "VBIED").
const maxActAcronym = 6

// acronymAfterLocative: the name at tokens i..j follows a locative and an
// acronym in capitals follows it ("in Kohat IBO", "near Kotli IED
// blast"): the acronym names what happened there, not a longer name the
// place opens.
func acronymAfterLocative(tz *tokenizer, i, j int) bool {
	toks := tz.toks
	if i == 0 || !locatives[tz.word(&toks[i-1])] || j+1 >= len(toks) || !toks[j+1].allCaps {
		return false
	}
	n := toks[j+1].end - toks[j+1].start
	return n >= 2 && n <= maxActAcronym
}

// onlyWords: tokens a..b read as words of a sentence: the pronoun "I"
// with common words, or an article or conjunction leading common words.
// Names made of common words ("Red Deer", "Medicine Hat") do not open
// so.
func (g *Gazetteer) onlyWords(tz *tokenizer, a, b int) bool {
	lead := openers[tz.word(&tz.toks[a])]
	pron := false
	for k := a; k <= b; k++ {
		t := &tz.toks[k]
		if !t.cap {
			continue
		}
		w := tz.word(t)
		if w == "i" {
			pron = true
		} else if !commonWords[w] && weakNames()[w] != 'w' {
			return false
		}
	}
	return pron || lead
}

var openers = setOf("the", "a", "an", "but", "and", "then", "as", "all", "so", "if", "when", "now")

// contraction: the span holds a contraction of "I".
func contraction(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != 'I' || i > 0 && s[i-1] != ' ' {
			continue
		}
		r := s[i+1:]
		if strings.HasPrefix(r, "’") {
			r = "'" + r[len("’"):]
		}
		for _, c := range []string{"'ve", "'m", "'d", "'ll"} {
			if strings.HasPrefix(r, c) {
				return true
			}
		}
	}
	return false
}

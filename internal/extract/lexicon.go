package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/event"

	"github.com/sitrep/sitrep/internal/extract/count"
	"github.com/sitrep/sitrep/internal/extract/count/script"
)

//go:embed data/*.tsv
var dataFS embed.FS

// token is one word or punctuation mark of the article text.
type token struct {
	s, e int    // byte offsets into the article text
	w    string // lower case, ’ folded to '
	cap  bool   // starts with an upper-case letter
	word bool   // letters or digits (not punctuation)
	// f: which dictionaries know w, set once per token by lexicon.mark so
	// the per-token loops test a bit instead of hashing w again for each.
	f wflag
}

type wflag uint32

const (
	fActor     wflag = 1 << iota // first word of an actor alias
	fNoun                        // first word of a party noun
	fTrigger                     // first word of a trigger
	fSource                      // first word of a media-wing alias
	fNumber                      // a word that can start a count ("twelve", "dozens", "few")
	fSpec                        // specWords
	fModal                       // modals
	fSpeech                      // speechVerbs
	fExplosive                   // explosiveNouns (explosives.go)
	fHarm                        // harmVerbs and the killing and wounding claimWords (explosives.go)
	fLaunch                      // launchVerbs and projectiles: launchAt can start here
	fPerson                      // exactly the words personNouns[w] || pluralPerson(w) accepts
	fStrike                      // strikeWords
	fProperty                    // propertyWords
	fClaim                       // claimWords with a kind (claimWords[w] != "")
	fDemonym                     // lx.demonyms with a country (demonyms[w] != "")
	fDispersal                   // dispersalWords
)

// number: the token is, or opens, a count ("twelve", "dozens", "12").
func (t token) number() bool { return t.f&fNumber != 0 || isDigits(t.w) }

// isDigits: w is a number written in digits ("3 mines").
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// asciiWord[c]: the ASCII byte c is a letter or digit.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isWordRuneFast(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWordRune(r)
}

// hashtagAt: the '#' at i opens a hashtag: a word follows it, and no word
// runs into it.
func hashtagAt(text string, i int) bool {
	r, _ := decodeAt(text, i+1)
	if !isWordRuneFast(r) {
		return false
	}
	if i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	return !isWordRuneFast(p)
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// decodeAt is utf8.DecodeRuneInString(text[i:]) without the call for ASCII.
// It is too big to be inlined: the per-character loops of tokenize and
// tokensOver write its ASCII test out.
func decodeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// tokenize appends the tokens of text[s:e] to out. Words keep inner
// hyphens and apostrophes ("al-Shabaab", "Mazar-e"), digit groups ("1,800")
// and dotted capitals ("U.S"); a possessive "'s" is a token of its own.
func tokenize(text, lower string, s, e int, out []token) []token {
	i := s
	for i < e {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = decodeAt(text, i)
		}
		if isSpaceRune(r) {
			i += n
			continue
		}
		if !isWordRuneFast(r) {
			if r == '#' && i+1 < e && hashtagAt(text, i) {
				i++ // a hashtag's mark: "#Taliban" is the word
				continue
			}
			out = append(out, token{s: i, e: i + n, w: foldPunct(text[i : i+n])})
			i += n
			continue
		}
		j := i + n
		prev := r
		for j < e {
			// plain ASCII letters and digits are nearly all of the text
			c := text[j]
			if c < utf8.RuneSelf && asciiWord[c] {
				prev = rune(c)
				j++
				continue
			}
			r2, n2 := rune(c), 1
			if c >= utf8.RuneSelf {
				r2, n2 = decodeAt(text, j)
			}
			if isWordRuneFast(r2) {
				prev = r2
				j += n2
				continue
			}
			if r2 >= 0x300 {
				if k := script.InWord(text[:e], j); k > 0 { // a joiner or vowel mark inside a word ("ده‌ها")
					j += k
					continue
				}
			}
			if j+n2 < e && (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',') {
				r3, _ := decodeAt(text, j+n2)
				ok := false
				switch r2 {
				case '-', '\'', '’':
					ok = isWordRuneFast(r3) && !(r2 == '-' && unicode.IsUpper(r3) && slugEnds(text, i, j, out))
				case ',':
					ok = unicode.IsDigit(prev) && unicode.IsDigit(r3)
				case '.':
					ok = (unicode.IsDigit(prev) && unicode.IsDigit(r3)) || (unicode.IsUpper(prev) && unicode.IsUpper(r3))
				}
				if ok {
					prev = r3
					j += n2
					continue
				}
			}
			break
		}
		w := text[i:j]
		// split a possessive 's
		if len(w) > 3 {
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S") {
				out = append(out, mkWord(text, lower, i, j-2), token{s: j - 2, e: j, w: "'s"})
				i = j
				continue
			}
			if strings.HasSuffix(w, "’s") {
				out = append(out, mkWord(text, lower, i, j-4), token{s: j - 4, e: j, w: "'s"})
				i = j
				continue
			}
		}
		out = append(out, mkWord(text, lower, i, j))
		i = j
	}
	return out
}

// wireSlugs are the all-capital labels wire services put before a
// story's headline ("UPDATE 2-", "REFILE-", "WRAPUP 1-"): no word of it.
var wireSlugs = set("update", "updated", "wrapup", "refile", "corrected", "correction", "rpt", "repeat", "exclusive",
	"insight", "analysis", "factbox", "timeline", "breakingviews", "urgent", "flash")

// slugEnds: the word text[i:j], followed by a hyphen, ends a wire slug:
// the slug word itself in capitals, or its version number right after
// it ("UPDATE 2-Bomb kills 11"). The hyphen then splits the slug from
// the headline's first word.
func slugEnds(text string, i, j int, out []token) bool {
	w := text[i:j]
	if isCapsSlug(w) {
		return true
	}
	if j-i > 2 || !isDigits(w) || len(out) == 0 {
		return false
	}
	p := out[len(out)-1]
	return p.e == i-1 && text[i-1] == ' ' && isCapsSlug(text[p.s:p.e])
}

// isCapsSlug: w is a wire slug written in capitals, as the wires do.
func isCapsSlug(w string) bool {
	return len(w) >= 3 && strings.ToUpper(w) == w && wireSlugs[strings.ToLower(w)]
}

// dropWireSlug cuts a wire slug and its version number from the start of
// a sentence's tokens ("UPDATE 2 - Bomb kills 11"): its number is no count.
func dropWireSlug(text string, toks []token) []token {
	if len(toks) < 3 || !isCapsSlug(text[toks[0].s:toks[0].e]) {
		return toks
	}
	k := 1
	if isDigits(toks[k].w) && toks[k].e-toks[k].s <= 2 {
		k++
	}
	if toks[k].w != "-" || k+1 >= len(toks) || toks[k].e != toks[k+1].s {
		return toks
	}
	return toks[k+1:]
}

// mkWord makes a word token. lower, if not empty, is text with ASCII
// letters folded (asciiLower): an ASCII word's lower case is then a slice
// of it rather than a new string.
func mkWord(text, lower string, s, e int) token {
	if lower != "" && isASCII(text[s:e]) {
		c := text[s]
		return token{s: s, e: e, w: lower[s:e], cap: c >= 'A' && c <= 'Z', word: true}
	}
	r, _ := utf8.DecodeRuneInString(text[s:])
	if c := text[s]; c >= 0xD0 && c <= 0xDB {
		// Cyrillic and Arabic script: spelt as the word lists of count and
		// the gloss files spell them (ё as е, Arabic kaf and yeh as the
		// Persian letters, no joiners or vowel marks)
		return token{s: s, e: e, w: script.Fold(text[s:e]), cap: unicode.IsUpper(r), word: true}
	}
	return token{s: s, e: e, w: lowerWord(text[s:e]), cap: unicode.IsUpper(r), word: true}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLower folds the ASCII letters of s to lower case, keeping its length.
func asciiLower(s string) string {
	var b strings.Builder // String() does not copy
	b.Grow(len(s))
	k := 0 // s[k:i] has no upper-case letter and is not written yet
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[k:i])
			b.WriteByte(c + 'a' - 'A')
			k = i + 1
		}
	}
	b.WriteString(s[k:])
	return b.String()
}

func lowerWord(s string) string {
	ascii := true
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		return strings.ToLower(s)
	}
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

func foldPunct(s string) string {
	switch s {
	case "“", "”", "„", "«", "»", "″":
		return "\""
	case "‘", "’", "`":
		return "'"
	case "–", "—":
		return "-"
	case "،": // Arabic-script comma, semicolon and question mark
		return ","
	case "؛":
		return ";"
	case "؟":
		return "?"
	}
	return s
}

func isQuote(w string) bool { return w == "\"" || w == "'" }

// phrase is one dictionary entry: a sequence of lower-case words.
type phrase[T any] struct {
	words []string
	raw   []string // for case-sensitive entries: the words as written
	val   T
}

// phraseIndex finds dictionary phrases at a token, longest first, in
// time linear in the number of entries sharing the first word.
type phraseIndex[T any] struct {
	m   map[string][]phrase[T]
	bit wflag // the token flag of this index's first words
}

func (p *phraseIndex[T]) add(text string, val T, caseSens bool) {
	if p.m == nil {
		p.m = map[string][]phrase[T]{}
	}
	toks := tokenize(text, "", 0, len(text), nil)
	if len(toks) == 0 {
		return
	}
	ph := phrase[T]{val: val}
	for _, t := range toks {
		ph.words = append(ph.words, t.w)
		if caseSens {
			ph.raw = append(ph.raw, text[t.s:t.e])
		}
	}
	k := ph.words[0]
	list := append(p.m[k], ph)
	sort.SliceStable(list, func(a, b int) bool { return len(list[a].words) > len(list[b].words) })
	p.m[k] = list
}

// match returns the longest phrase starting at toks[i] and its length.
func (p *phraseIndex[T]) match(text string, toks []token, i int) (int, T, bool) {
	var zero T
	if toks[i].f&p.bit == 0 {
		return 0, zero, false
	}
	list := p.m[toks[i].w]
	for _, ph := range list {
		if i+len(ph.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range ph.words {
			t := toks[i+k]
			if t.w != w || (ph.raw != nil && text[t.s:t.e] != ph.raw[k]) {
				ok = false
				break
			}
		}
		if ok {
			return len(ph.words), ph.val, true
		}
	}
	return 0, zero, false
}

// ActorEntry is one named actor of the dictionary.
type ActorEntry struct {
	Name    string      // ACLED actor name
	Inter   event.Inter // ACLED inter code
	Country string      // home country ("" when international)
	Aliases []string    // names as they appear in text
}

// nounEntry is a word for a party to an event.
type nounEntry struct {
	class string // state, air, armed, civ, protester, rioter, prisoner
	force string // military or police
	unit  string // "Border Guards", "Special Forces"...
}

// trigInfo is what an event trigger word says.
type trigInfo struct {
	word    string
	fam     string
	generic bool
	base    bool
	weak    bool
}

type lexicon struct {
	actors    phraseIndex[*ActorEntry]
	homonyms  map[*ActorEntry][]*ActorEntry // groups sharing a name (homonyms.go)
	entries   []*ActorEntry                 // every group, in dictionary order
	nouns     phraseIndex[nounEntry]
	triggers  phraseIndex[trigInfo]
	sources   phraseIndex[string] // media wings: alias -> attribution name
	demonyms  map[string]string   // lower-case demonym -> country
	countries map[string]bool     // lower-case country names of the demonym list
	gloss     [nLang]*glossTable  // per coded language but English: its words glossed (gloss.go)
	flags     map[string]wflag    // lower-case word -> the dictionaries that know it
	// flagLens[c] has bit n set when some key of flags has n bytes and
	// starts with c: it turns away most words without hashing them.
	flagLens [256]uint64
}

// initFlags builds lx.flags; it runs once the dictionaries are complete.
func (lx *lexicon) initFlags() {
	lx.flags = map[string]wflag{}
	lx.actors.bit, lx.nouns.bit, lx.triggers.bit, lx.sources.bit = fActor, fNoun, fTrigger, fSource
	flagKeys(lx.flags, fActor, lx.actors.m)
	flagKeys(lx.flags, fNoun, lx.nouns.m)
	flagKeys(lx.flags, fTrigger, lx.triggers.m)
	flagKeys(lx.flags, fSource, lx.sources.m)
	for _, w := range count.NumberWords() {
		lx.flags[w] |= fNumber
	}
	flagKeys(lx.flags, fSpec, specWords)
	flagKeys(lx.flags, fModal, modals)
	flagKeys(lx.flags, fSpeech, speechVerbs)
	flagKeys(lx.flags, fExplosive, explosiveNouns)
	flagKeys(lx.flags, fExplosive, projectiles)
	for w, k := range claimWords {
		if k == event.Killed || k == event.Wounded || k == event.Casualties {
			lx.flags[w] |= fHarm
		}
	}
	flagKeys(lx.flags, fHarm, harmVerbs)
	flagKeys(lx.flags, fLaunch, launchVerbs)
	flagKeys(lx.flags, fLaunch, projectiles)
	for _, w := range personWords() {
		lx.flags[w] |= fPerson
	}
	flagKeys(lx.flags, fStrike, strikeWords)
	flagKeys(lx.flags, fProperty, propertyWords)
	for w, kind := range claimWords {
		if kind != "" {
			lx.flags[w] |= fClaim
		}
	}
	for w, country := range lx.demonyms {
		if country != "" {
			lx.flags[w] |= fDemonym
		}
	}
	flagKeys(lx.flags, fDispersal, dispersalWords)
	for w := range lx.flags {
		if w != "" {
			lx.flagLens[w[0]] |= 1 << min(len(w), 63)
		}
	}
}

// flagKeys sets f on every word that is a key of m.
func flagKeys[V any](flags map[string]wflag, f wflag, m map[string]V) {
	for w := range m {
		flags[w] |= f
	}
}

// mark sets the dictionary flags of toks.
func (lx *lexicon) mark(toks []token) {
	for k := range toks {
		w := toks[k].w
		if w != "" && lx.flagLens[w[0]]&(1<<min(len(w), 63)) != 0 {
			toks[k].f = lx.flags[w]
		}
	}
}

// ReadActors reads an actor dictionary: tab-separated lines
// "name<TAB>inter<TAB>country<TAB>alias|alias|...", '#' comments.
func ReadActors(r io.Reader) ([]ActorEntry, error) {
	var out []ActorEntry
	sc := bufio.NewScanner(r)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want name<TAB>inter<TAB>country<TAB>aliases", ln)
		}
		inter, err := strconv.Atoi(strings.TrimSpace(f[1]))
		if err != nil || inter < 1 || inter > 8 {
			return nil, fmt.Errorf("line %d: inter code %q is not 1-8", ln, f[1])
		}
		a := ActorEntry{Name: strings.TrimSpace(f[0]), Inter: event.Inter(inter)}
		if len(f) > 2 {
			a.Country = strings.TrimSpace(f[2])
		}
		a.Aliases = []string{a.Name}
		if len(f) > 3 {
			for _, al := range strings.Split(f[3], "|") {
				if al = strings.TrimSpace(al); al != "" {
					a.Aliases = append(a.Aliases, al)
				}
			}
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

func readTSV(name string) (rows [][]string, lines []int, err error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, nil, err
	}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
		lines = append(lines, i+1)
	}
	return rows, lines, nil
}

// caseSensitiveAlias: a short alias written in capitals, or with a capital
// inside ("TTP", "LeT"), is an acronym that lower case would turn into a
// word ("let go").
func caseSensitiveAlias(s string) bool {
	if len(s) > 5 {
		return false
	}
	inner := false
	for i, r := range s {
		if unicode.IsUpper(r) && i > 0 {
			inner = true
		}
	}
	if inner {
		return true
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (lx *lexicon) addActors(list []ActorEntry) {
	for i := range list {
		a := &list[i]
		for _, al := range a.Aliases {
			lx.actors.add(al, a, caseSensitiveAlias(al))
		}
		lx.entries = append(lx.entries, a)
	}
	lx.homonyms = homonymsOf(lx.entries)
}

func loadLexicon(extra string) (*lexicon, error) {
	lx := &lexicon{demonyms: map[string]string{}, countries: map[string]bool{}}
	f, err := dataFS.Open("data/actors.tsv")
	if err != nil {
		return nil, err
	}
	base, err := ReadActors(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("data/actors.tsv: %w", err)
	}
	lx.addActors(base)
	if extra != "" {
		ef, err := os.Open(extra)
		if err != nil {
			return nil, err
		}
		more, err := ReadActors(ef)
		ef.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", extra, err)
		}
		lx.addActors(more) // same-length aliases: the user's entry is tried after; longer ones win
	}
	rows, _, err := readTSV("nouns.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		n := nounEntry{class: r[1]}
		if len(r) > 2 {
			n.force = r[2]
		}
		if len(r) > 3 {
			n.unit = r[3]
		}
		lx.nouns.add(r[0], n, false)
	}
	rows, lines, err := readTSV("triggers.tsv")
	if err != nil {
		return nil, err
	}
	for i, r := range rows {
		if len(r) < 2 || families[r[1]].typ == "" {
			return nil, fmt.Errorf("data/triggers.tsv:%d: want phrase<TAB>family, with a family of types.go (got %q)", lines[i], strings.Join(r, "\t"))
		}
		t := trigInfo{word: r[0], fam: r[1]}
		if len(r) > 2 {
			for _, fl := range strings.Split(r[2], ",") {
				switch strings.TrimSpace(fl) {
				case "generic":
					t.generic = true
				case "base":
					t.base = true
				case "weak":
					t.weak = true
				}
			}
		}
		lx.triggers.add(r[0], t, caseSensitiveAlias(r[0]))
	}
	rows, _, err = readTSV("sources.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r) < 2 {
			continue
		}
		for _, al := range strings.Split(r[1], "|") {
			if al = strings.TrimSpace(al); al != "" {
				lx.sources.add(al, r[0], caseSensitiveAlias(al))
			}
		}
	}
	rows, _, err = readTSV("demonyms.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.demonyms[lowerWord(r[0])] = r[1]
		lx.countries[lowerWord(r[1])] = true
	}
	for l := langEn + 1; l < nLang; l++ {
		if languages[l].coded {
			if lx.gloss[l], err = loadGloss(languages[l].code); err != nil {
				return nil, err
			}
		}
	}
	lx.initFlags()
	return lx, nil
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Grammar words: closed classes the rules below read.
var (
	speechVerbs = set("said", "says", "say", "told", "tells", "stated", "states", "reported", "reports",
		"claimed", "claims", "claiming", "confirmed", "confirms", "announced", "announces", "added", "adding",
		"noted", "warned", "insisted", "alleged", "allege", "alleges", "quoted", "cited", "explained", "wrote", "tweeted", "posted", "declared")
	pronouns    = set("he", "she", "they", "him", "her", "them", "it", "i", "we")
	determiners = set("the", "this", "that", "these", "those", "its", "their", "his", "her", "such")
	negations   = set("no", "not", "never", "n't", "without", "nobody", "neither", "nor", "denied", "deny", "denies")
	modals      = set("will", "would", "could", "may", "might", "should", "shall", "must", "possible", "potential",
		"threatened", "threatens", "threaten", "intends", "intention", "intend", "plans", "plan", "planned",
		"planning", "ready", "prepared", "preparing", "trying", "tried", "aim", "aims", "want", "wants", "wanted",
		"plot", "plots", "plotted", "plotting", "conspiring",
		"permission", "expected", "likely", "unlikely", "whether")
	specWords = set("suggested", "suggest", "suggests", "speculated", "speculation", "speculate", "likely",
		"probably", "perhaps", "possibly", "doubt", "opinion", "rumors", "rumours", "rumoured", "rumored", "guess",
		"seems", "hypothetical", "presumably", "imagine")
	// Not "ongoing": "ongoing clashes in X" tell fighting going on, as
	// "clashes continue in X" do.
	habitual = set("regular", "regularly", "frequent", "frequently", "repeated", "repeatedly", "occasional",
		"sporadic", "constant", "daily", "often", "series", "wave", "spate", "years", "decades",
		"similar") // "has claimed similar attacks in the past": others of the kind
	newMarkers = set("separately", "meanwhile", "elsewhere", "also", "earlier", "later")
	another    = set("another", "second", "separate", "new", "fresh", "further")
	auxWords   = set("were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "also", "reportedly",
		"all", "both", "later", "subsequently", "allegedly", "reported", "confirmed", "believed", "feared", "to", "were", "got", "found")
	nonPerson = set("firearms", "weapons", "rifles", "guns", "vehicles", "cars", "car", "trucks", "tanks", "houses",
		"homes", "buildings", "shops", "districts", "villages", "towns", "cities", "provinces", "checkpoints",
		"posts", "outposts", "bases", "bridges", "aircraft", "helicopters", "drones", "jets", "planes", "rockets",
		"missiles", "shells", "mortars", "artillery", "bombs", "mines", "hours", "days", "weeks", "months", "years",
		"kilometers", "kilometres", "km", "miles", "dollars", "tonnes", "tons", "kg", "complexes", "letters", "rounds",
		"bullets", "pictures", "photos", "videos", "cattle", "sheep", "goats", "livestock", "camels", "schools",
		"mosques", "mosque", "churches", "hospitals", "positions", "areas", "regions", "locations", "sites", "times",
		"percent", "per", "cent", "languages", "countries", "kwh", "billion", "million", "systems", "boats", "ships",
		// where and how often, not whom: "at several points along the
		// border", "in three attacks"
		"points", "places", "spots", "fronts", "sectors", "directions", "occasions", "incidents", "attacks", "raids",
		"strikes", "airstrikes", "clashes", "battles", "operations", "sorties", "waves")
	place2Exclude = set("border", "borders", "bordering", "neighboring", "neighbouring", "neighbour", "neighbor", "from")
)

// personClasses are the person nouns the claim rules read as the head of
// a counted or lone victim ("a farmer", "former constable killed"), each
// with the side a victim so named stands on (state forces, an armed group,
// civilians) for the type rules: the codebook makes a killing of civilians
// an attack, of forces or fighters a clash. "" where the noun alone does
// not tell (a commander or an official may be either's). ACLED counts
// unarmed officials, judges and local leaders among civilians.
var personClasses = map[string]string{
	"soldier": "state", "policeman": "state", "policewoman": "state", "guard": "state", "officer": "state",
	"serviceman": "state", "trooper": "state", "recruit": "state", "constable": "state", "ranger": "state",
	"sergeant": "state", "captain": "state", "lieutenant": "state", "colonel": "state", "major": "state",
	"general": "state", "gendarme": "state", "commando": "state", "paratrooper": "state", "cop": "state",
	"militant": "armed", "fighter": "armed", "gunman": "armed", "insurgent": "armed", "rebel": "armed",
	"assailant": "armed", "attacker": "armed", "terrorist": "armed", "jihadist": "armed", "separatist": "armed",
	"guerrilla": "armed", "militiaman": "armed", "bandit": "armed", "kidnapper": "armed", "hitman": "armed",
	"maoist": "armed", "naxal": "armed", "naxalite": "armed", "extremist": "armed", "islamist": "armed",
	"civilian": "civ", "child": "civ", "woman": "civ", "man": "civ", "boy": "civ", "girl": "civ", "person": "civ",
	"journalist": "civ", "reporter": "civ", "teacher": "civ", "student": "civ", "farmer": "civ", "resident": "civ",
	"villager": "civ", "worker": "civ", "doctor": "civ", "nurse": "civ", "tourist": "civ", "driver": "civ",
	"shepherd": "civ", "cyclist": "civ", "trader": "civ", "herder": "civ", "elder": "civ", "cleric": "civ",
	"imam": "civ", "mullah": "civ", "priest": "civ", "pastor": "civ", "preacher": "civ", "activist": "civ",
	"businessman": "civ", "shopkeeper": "civ", "vendor": "civ", "miner": "civ", "fisherman": "civ",
	"lawyer": "civ", "judge": "civ", "politician": "civ", "candidate": "civ", "councillor": "civ",
	"councilor": "civ", "mayor": "civ", "ruler": "civ", "engineer": "civ", "contractor": "civ",
	"labourer": "civ", "laborer": "civ", "merchant": "civ", "vaccinator": "civ", "youth": "civ",
	"teenager": "civ", "pilgrim": "civ", "passenger": "civ", "tribesman": "civ", "photographer": "civ",
	"cameraman": "civ", "professor": "civ", "lecturer": "civ", "scholar": "civ", "physician": "civ",
	"pharmacist": "civ", "brother": "civ", "sister": "civ", "son": "civ", "daughter": "civ", "father": "civ",
	"mother": "civ", "nephew": "civ", "cousin": "civ", "wife": "civ", "husband": "civ", "relative": "civ",
	"employee": "civ", "schoolteacher": "civ", "servant": "civ", "clerk": "civ", "prosecutor": "civ", "interpreter": "civ",
	"translator": "civ", "mechanic": "civ", "tailor": "civ", "barber": "civ", "medic": "civ", "paramedic": "civ",
	"manager": "civ", "owner": "civ", "banker": "civ", "accountant": "civ", "cashier": "civ", "waiter": "civ",
	"cook": "civ", "salesman": "civ", "guest": "civ", "customer": "civ", "shopper": "civ", "pedestrian": "civ",
	"motorist": "civ", "commuter": "civ", "worshipper": "civ", "worshiper": "civ", "mourner": "civ", "patient": "civ",
	"pupil": "civ", "schoolboy": "civ", "schoolgirl": "civ", "baby": "civ", "infant": "civ", "toddler": "civ",
	"neighbour": "civ", "neighbor": "civ", "pensioner": "civ", "housewife": "civ", "grandmother": "civ",
	"grandfather": "civ", "uncle": "civ", "aunt": "civ", "motorcyclist": "civ", "hunter": "civ", "blogger": "civ",
	"farmhand": "civ", "inspector": "state", "sub-inspector": "state", "conscript": "state", "cadet": "state",
	"jawan": "state", "sepoy": "state", "levy": "state", "askari": "state",
	"spokesman": "",
	"commander": "", "member": "", "official": "", "leader": "", "pilot": "", "chief": "", "suspect": "",
	"thief": "", "volunteer": "", "minister": "", "governor": "",
}

// personNouns are personClasses' nouns.
var personNouns = func() map[string]bool {
	m := make(map[string]bool, len(personClasses))
	for w := range personClasses {
		m[w] = true
	}
	return m
}()

// claimWords maps a word after (or before) a count to the claim kind:
// the nouns and verbs below and every form of the act verbs (actverbs.go)
// save the present of those that are nouns too ("three murder suspects").
var claimWords = actVerbForms(map[string]string{
	"dead": "killed", "died": "killed", "die": "killed", "perished": "killed",
	"deaths": "killed", "death": "killed", "fatalities": "killed", "bodies": "",
	"hurt": "wounded", "injuries": "wounded",
	// "two policemen shot in X", "a teacher was shot": hit, not known dead
	// ("shot dead" is read as a killing before this)
	"shot":       "wounded",
	"casualties": "casualties",
	"hostage":    "captured",
	"fled":       "fled", "fleeing": "fled", "flee": "fled", "escaped": "fled", "displaced": "fled", "crossed": "fled", "refugees": "fled",
	"deployed": "deployed", "deploying": "deployed", "mobilized": "deployed", "mobilised": "deployed", "stationed": "deployed",
}, func(v actVerb, f string) bool { return !presentNoun(v, f) })

// backVerbs are the claim words that take the count as their object
// ("killed 15 assailants", "kidnaps three"): the act verbs' forms (the
// present of those that are nouns too only after their doer: objectVerb),
// and the verbs that move people.
var backVerbs = func() map[string]bool {
	m := set("deployed", "deploying", "mobilized", "mobilised", "sent", "evacuated")
	for w := range actVerbForms(map[string]string{}, func(v actVerb, f string) bool { return !presentNoun(v, f) }) {
		m[w] = true
	}
	return m
}()

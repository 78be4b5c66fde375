package fuse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/translit"
)

// Evidence from the words of the reports themselves: the proper names in
// the sentences a mention's claims and denials were read from, and the
// figures it reports. Two reports of one incident name the same people,
// firms and streets and repeat the same numbers; two look-alike incidents
// (the same kind of attack in another town or year) do not.

// fig is one reported figure: a claim kind, its count and whom it
// counts (the claim's victims: state, armed, civ, or "" unknown).
type fig struct {
	kind    string
	count   int
	victims string
}

// sameFig: x and y report one figure. Twelve soldiers killed and twelve
// militants killed are two figures, however equal the count; a figure
// whose victims one report does not say fits either.
func sameFig(x, y fig) bool {
	return x.kind == y.kind && x.count == y.count && (x.victims == y.victims || x.victims == "" || y.victims == "")
}

// nameStop are capitalised words that name no one in particular: words
// that open clauses, titles, days and months, the institutions every
// report of every incident mentions, the creeds every report of a
// region's insurgency writes its fighters with ("Islamists", "Maoist
// rebels": one report's "Islamists" are another's "Islamic State-tied
// militants"), and the generic words of the names of
// seas, rivers, mountains and buildings ("Gulf of Aden" is one name, Aden;
// "Al-Noor Mosque" is Al-Noor).
var nameStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		the a an and or but if as at by for from in into of on to with without
		he she it its they them their we our you your i his her him this that
		these those there here then than when while where who whom whose what
		which after before during since until about around across against
		among between near over under up down out off also however meanwhile
		mr mrs ms miss dr sir gen general col colonel maj major capt captain
		lt lieutenant sgt sergeant officer officers cpl corporal pvt private
		det detective insp inspector supt superintendent chief deputy sheriff
		judge justice president vice minister ministry prime secretary
		spokesman spokeswoman spokesperson commander commissioner governor
		mayor senator rep representative prosecutor attorney police
		dept states
		court army forces force military government national federal united
		defence defense interior foreign affairs navy naval security guard guards
		news reported report reports said says told according agency press
		associated reuters afp ap bbc cnn
		islamist islamists islamic jihadist jihadists salafist salafists
		maoist maoists marxist marxists
		monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october
		november december jan feb mar apr jun jul aug sep sept oct nov dec
		north south east west northern southern eastern western central
		one two three four five six seven eight nine ten
		new old
		gulf sea ocean strait river lake bay coast island islands peninsula
		mount mountain mountains valley desert hills plain delta basin
		church mosque temple school hospital market bazaar airport station
		university college camp square street road avenue bridge highway hotel`) {
		m[w] = true
	}
	return m
}()

// stopName: k (a name's comparable form) names no one in particular: a
// word of nameStop, or a word for a kind of place ("Governorate" of "Al
// Mahwit Governorate", which every report of the province writes).
func stopName(k string) bool { return nameStop[k] || gazetteer.LevelWord(k) }

// nameTokens returns the proper-name words of text: capitalised words
// that do not open a sentence, lower-cased and accent-folded, at least three
// letters long, minus nameStop. Text mostly in capitals (a shouted
// headline) gives none.
func nameTokens(text string, into map[string]bool) {
	caps, lower := 0, 0
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r):
			lower++
		}
	}
	if caps > lower {
		return
	}
	start := true // the next word opens a sentence
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			switch r {
			case '.', '!', '?', ':', ';', '"', '“', '”', '(', ')', '\n':
				start = true
			}
			if unicode.IsDigit(r) {
				start = false
			}
			i += size
			continue
		}
		j := i
		upper := unicode.IsUpper(r)
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' && r2 != '-' {
				break
			}
			j += s2
		}
		w := text[i:j]
		if upper && !start && !scriptKeywordsOnly(r) && !event.Acronym(w) {
			k := strings.Join(words(w), "")
			if utf8.RuneCountInString(k) >= 3 && !stopName(k) {
				into[k] = true
			}
		}
		start = false
		i = j
	}
}

// evidenceOf fills f.names, f.figs and f.killed from m's keywords, claims
// (their quotes) and denials (quotes).
// Names in f.skip (m's own places and the words of its actors) are left
// out: places and actors are compared as such, and counting them again as
// names would count one agreement twice.
func (f *feat) evidenceOf(m *event.Event) {
	names := speakerWords(m)    // keys taken, the speakers' first
	quoted := map[string]bool{} // names in the quotes
	add := func(text string) {
		if text != "" {
			nameTokens(text, quoted)
		}
	}
	for _, kw := range m.Keywords {
		if k := strings.Join(words(kw), ""); k != "" && !stopName(k) {
			n := newNameRef(kw, k)
			if !n.cand && !f.ownName(n) && gistWord(k) != "" {
				f.keyNames++
			}
			// one name a skeleton: a Russian name's cases ("Назарова",
			// "Назаровым") are one name
			dup := names[k] || n.script != translit.ScriptLatin && names["\x00"+n.skel]
			if !dup && !f.ownName(n) && gistWord(k) != "" {
				f.names = append(f.names, n)
			}
			names[k] = true
			if n.script != translit.ScriptLatin {
				names["\x00"+n.skel] = true
			}
		}
	}
	seen := map[string]bool{}
	for _, c := range m.Claims {
		if !seen[c.Quote] {
			seen[c.Quote] = true
			add(c.Quote)
		}
		if c.Kind == event.Killed && c.Count > 0 {
			f.killed = append(f.killed, tollOf(c))
		}
		if c.Count > 0 && !c.Headline {
			g := fig{c.Kind, c.Count, c.Victims}
			dup := false
			for _, x := range f.figs {
				dup = dup || x == g
			}
			if !dup {
				f.figs = append(f.figs, g)
			}
		}
	}
	for _, d := range m.Denials {
		if !seen[d.Quote] {
			seen[d.Quote] = true
			add(d.Quote)
		}
	}
	for k := range quoted {
		// gistWord drops words that tell no incident: a headline written
		// in title case capitalises its verbs and its kind of attack.
		if names[k] {
			continue
		}
		names[k] = true
		if n := newNameRef(k, k); !f.ownName(n) && gistWord(k) != "" {
			f.names = append(f.names, n)
		}
	}
}

// speakerWords are the words of whom m's claims and denials are
// attributed to ("reports Sarhad Times", "police spokesman Ahmad Zia said"):
// no names of the incident. One outlet cites one source for every
// incident it tells, and a province's spokesman speaks of every incident
// of his province, so a speaker two reports share ties nothing.
func speakerWords(m *event.Event) map[string]bool {
	out := map[string]bool{}
	put := func(s string) {
		for _, w := range words(s) {
			out[w] = true
		}
	}
	for _, c := range m.Claims {
		put(c.AttributedTo)
	}
	for _, d := range m.Denials {
		put(d.By)
	}
	return out
}

// sharedNames counts the proper names two mentions' quotes share: the
// names of each that the other also gives, the fewer of the two counts (a
// name in another script may meet two spellings of the other report's).
func sharedNames(a, b *feat) (int, string) {
	n, first := namesMet(a, b)
	m, other := namesMet(b, a)
	if m < n {
		n = m
	}
	if other != "" && other < first {
		first = other
	}
	return n, first
}

// namesMet counts a's names that b also gives, and the first of them.
func namesMet(a, b *feat) (int, string) {
	n, first := 0, ""
	for _, x := range a.names {
		if b.ownName(x) {
			continue // the other report's place or actor
		}
		for _, y := range b.names {
			if sameName(x, y) && !a.ownName(y) {
				n++
				if first == "" || x.key < first {
					first = x.key
				}
				break
			}
		}
	}
	return n, first
}

// sharedFig returns the largest figure (kind and count) both mentions
// give.
func sharedFig(a, b *feat) (fig, bool) {
	var best fig
	for _, x := range a.figs {
		for _, y := range b.figs {
			if sameFig(x, y) && x.count > best.count {
				best = x
			}
		}
	}
	return best, best.count > 0
}

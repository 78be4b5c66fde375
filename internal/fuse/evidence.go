package fuse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/event"
)

// Evidence from the words of the reports themselves: the proper names in
// the sentences a mention's claims and denials were read from, and the
// figures it reports. Two reports of one incident name the same people,
// firms and streets and repeat the same numbers; two look-alike incidents
// (the same kind of attack in another town or year) do not.

// fig is one reported figure: a claim kind and its count.
type fig struct {
	kind  string
	count int
}

// nameStop are capitalised words that name no one in particular: words
// that open clauses, titles, days and months, and the institutions every
// report of every incident mentions.
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
		mayor senator rep representative prosecutor attorney district police
		department dept county state states city town village province region
		court army forces force military government national federal united
		news reported report reports said says told according agency press
		associated reuters afp ap bbc cnn
		monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october
		november december jan feb mar apr jun jul aug sep sept oct nov dec
		north south east west northern southern eastern western central
		one two three four five six seven eight nine ten
		new old`) {
		m[w] = true
	}
	return m
}()

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
		if upper && !start {
			k := strings.Join(words(w), "")
			if utf8.RuneCountInString(k) >= 3 && !nameStop[k] {
				into[k] = true
			}
		}
		start = false
		i = j
	}
}

// evidenceOf fills f.names, f.figs and f.killed from m's keywords, claims
// (their quotes and whom they are attributed to) and denials (quotes).
// Names in skip (m's own places and the words of its actors) are left
// out: places and actors are compared as such, and counting them again as
// names would count one agreement twice.
func (f *feat) evidenceOf(m *event.Event, skip map[string]bool) {
	var names map[string]bool
	add := func(text string) {
		if text == "" {
			return
		}
		if names == nil {
			names = map[string]bool{}
		}
		nameTokens(text, names)
	}
	for _, k := range m.Keywords {
		if k = strings.Join(words(k), ""); k != "" && !nameStop[k] {
			if names == nil {
				names = map[string]bool{}
			}
			names[k] = true
			if !skip[k] && gistWord(k) != "" {
				f.keyNames++
			}
		}
	}
	seen := map[string]bool{}
	for _, c := range m.Claims {
		for _, t := range []string{c.Quote, c.AttributedTo} {
			if !seen[t] {
				seen[t] = true
				add(t)
			}
		}
		if c.Kind == event.Killed && c.Count > 0 {
			f.killed = append(f.killed, c.Count)
		}
		if c.Count > 0 && !c.Headline {
			g := fig{c.Kind, c.Count}
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
	for k := range names {
		// gistWord drops words that tell no incident: a headline written
		// in title case capitalises its verbs and its kind of attack.
		if !skip[k] && gistWord(k) != "" {
			f.names = append(f.names, k)
		}
	}
}

// sharedNames counts the proper names two mentions' quotes share.
func sharedNames(a, b *feat) (int, string) {
	n, first := 0, ""
	for _, x := range a.names {
		if b.skip[x] {
			continue // the other report's place or actor
		}
		for _, y := range b.names {
			if x == y && !a.skip[y] {
				n++
				if first == "" || x < first {
					first = x
				}
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
			if x == y && x.count > best.count {
				best = x
			}
		}
	}
	return best, best.count > 0
}

package gazetteer

import (
	"strings"

	"github.com/sitrep/sitrep/internal/translit"
)

// Russian case endings, cut from a name that is not found as written.
// Longest first, so that "-ами" goes before "-и".
var cyrNounEndings = []string{"ами", "ями", "ах", "ях", "ов", "ев", "ом", "ем", "ём", "ой", "ей", "ам", "ям",
	"а", "я", "у", "ю", "е", "и", "ы"}

// cyrAdjEndings: the endings of adjectives made from names with "-ск-" or
// "-цк-" ("Хатлонской", "Кабульского", "узбекско-"), after that suffix.
var cyrAdjEndings = []string{"ого", "ому", "ими", "ая", "ое", "ие", "ий", "ой", "ую", "ом", "им", "их", "о"}

// cyrAdjLinks are cut from an adjective's base to reach the name:
// "Дангар-ин-ский", "Согд-ий-ская", "Ферган-ск-ая" (the name's final vowel
// is restored by cyrStemEnds).
var cyrAdjLinks = []string{"ин", "ий", "ов", "ев"}

// cyrStemEnds are tried at the end of a stem: the nominative's final
// letter that the case form replaced ("Москв-е" -> "Москва", "Сири-и" ->
// "Сирия", "Кита-е" -> "Китай").
var cyrStemEnds = []string{"", "а", "я", "й", "ь", "и", "ия"}

// minCyrStem: shorter stems ("Ош" aside, found as written) match too much.
const minCyrStem = 3

// cyrAdjBase cuts an adjective ending: "таджикских" -> "таджикск" (with
// its suffix) and "таджик" (without); ok false if w is no such adjective.
func cyrAdjBase(w string) (withSuffix, base string, ok bool) {
	for _, e := range cyrAdjEndings {
		if !strings.HasSuffix(w, e) {
			continue
		}
		s := w[:len(w)-len(e)]
		for _, suf := range []string{"ск", "цк"} {
			if strings.HasSuffix(s, suf) && len([]rune(s)) > len([]rune(suf))+1 {
				return s, s[:len(s)-len(suf)], true
			}
		}
	}
	return "", "", false
}

// cyrStems returns the nominative forms a Russian word may stand for,
// most likely first: the word without its case ending, or the name an
// adjective is made from, with the final letters a nominative may have.
func cyrStems(w string) []string {
	w = strings.ToLower(w)
	var bases []string
	if _, base, ok := cyrAdjBase(w); ok {
		bases = append(bases, base)
		for _, l := range cyrAdjLinks {
			if strings.HasSuffix(base, l) {
				bases = append(bases, base[:len(base)-len(l)])
			}
		}
	} else {
		for _, e := range cyrNounEndings {
			if strings.HasSuffix(w, e) {
				bases = append(bases, w[:len(w)-len(e)])
				break
			}
		}
	}
	var out []string
	for _, b := range bases {
		if len([]rune(b)) < minCyrStem {
			continue
		}
		for _, e := range cyrStemEnds {
			out = append(out, b+e)
		}
	}
	return out
}

// cyrillicHits finds tokens a..b as a name: as written; with the last
// word's case ending cut (inflected true); then by phonetic key (phon
// true too).
func (g *Gazetteer) cyrillicHits(text string, tz *tokenizer, a, b int) (hits []hit, inflected, phon bool) {
	var key []byte
	for k := a; k <= b; k++ {
		key = append(key, tz.fold(&tz.toks[k])...)
	}
	if hits = g.foldHits(key, nil); len(hits) > 0 {
		return hits, false, false
	}
	prefix := key[:tz.toks[b].fold[0]-tz.toks[a].fold[0]]
	last := text[tz.toks[b].start:tz.toks[b].end]
	stems := cyrStems(last)
	keys := make([][]byte, 0, len(stems))
	// every nominative the form may stand for: "Сири-и" is "Сирия", not
	// a village "Siri"; the scores choose
	for _, s := range stems {
		k, _ := appendFold(append([]byte(nil), prefix...), s)
		keys = append(keys, k)
		hits = g.foldHits(k, hits)
	}
	if len(hits) > 0 {
		return hits, true, false
	}
	// transliteration variants: "Дангара" for "Danghara"
	for _, k := range append([][]byte{key}, keys...) {
		if len(k) < 4 {
			continue
		}
		hits = g.phonHits(hits, k, nil)
		if hits = g.homeSoundHits(translit.ScriptCyrillic, hits); len(hits) > 0 {
			return hits, true, true
		}
	}
	return nil, false, false
}

// cyrDemonymHits: a lower-case word naming a people or a country's
// adjective ("афганских", "таджиков", "узбекско-").
func (g *Gazetteer) cyrDemonymHits(text string, t *token) []hit {
	w := strings.ToLower(text[t.start:t.end])
	var cands []string
	if withSuffix, _, ok := cyrAdjBase(w); ok {
		cands = append(cands, withSuffix)
	}
	cands = append(cands, w)
	for _, e := range cyrNounEndings {
		if strings.HasSuffix(w, e) {
			cands = append(cands, w[:len(w)-len(e)])
			break
		}
	}
	var hits []hit
	for _, c := range cands {
		k, _ := appendFold(nil, c)
		for _, h := range g.foldHits(k, nil) {
			if h.flags&flagDemonym != 0 {
				hits = append(hits, h)
			}
		}
		if len(hits) > 0 {
			return hits
		}
	}
	return nil
}

// cyrillicMention reads a mention at token i of Russian text: a lower-case
// demonym, or a capitalised run of up to maxScriptWords words (a name,
// possibly inflected) with a level word before or after it.
func (g *Gazetteer) cyrillicMention(text string, tz *tokenizer, i int) ([]Mention, int) {
	toks := tz.toks
	t := &toks[i]
	w := tz.word(t)
	if !t.cap {
		if hits := g.cyrDemonymHits(text, t); len(hits) > 0 {
			m := mentionOf(text, tz, i, i, hits)
			m.Demonym = true
			return []Mention{m}, i
		}
		return nil, i
	}
	if t.sentStart && cyrStart[w] || t.allCaps && len(w) <= 2 {
		return nil, i
	}
	j := i
	for j+1 < len(toks) && j-i+1 < maxScriptWords && toks[j+1].script == translit.ScriptCyrillic && toks[j+1].cap &&
		(!toks[j+1].breakBefore || toks[j+1].joined) && scriptLevel[tz.word(&toks[j+1])] == 0 {
		j++
	}
	if i > 0 && cyrTitles[tz.word(&toks[i-1])] {
		return nil, j // "президент Эмомали Рахмон"
	}
	// after a capitalised word of the same run (a person's or an
	// organisation's name), only a country or region counts
	prevCap := i > 0 && toks[i-1].cap && !t.breakBefore && toks[i-1].script == translit.ScriptCyrillic &&
		!(toks[i-1].sentStart && cyrStart[tz.word(&toks[i-1])])
	for e := j; e >= i; e-- {
		hits, inflected, phon := g.cyrillicHits(text, tz, i, e)
		if len(hits) == 0 {
			continue
		}
		hits = g.currentNames(text, tz, i, e, hits)
		m := mentionOf(text, tz, i, e, hits)
		m.Level = scriptLevelAt(tz, e+1)
		if m.Level == 0 && i > 0 {
			m.Level = scriptLevelAt(tz, i-1)
		}
		m.Locative = i > 0 && cyrLocatives[tz.word(&toks[i-1])]
		veryStrong := g.veryStrongHits(hits)
		if t.sentStart && e == i && m.Level == 0 && !veryStrong && !m.Demonym && g.firstWordNoPlace(text, t, hits, inflected) {
			// the first word alone is read, and the next word on its
			// own: "Военные Пакистана" is the military of Pakistan
			return nil, i
		}
		switch {
		case (e < j || prevCap) && !veryStrong && !m.Demonym && m.Level == 0:
			return nil, j // part of a longer name
		case phon && m.Level == 0 && !veryStrong:
			return nil, i // a look-alike of a name, with nothing saying a place is meant
		case inflected && m.Level == 0 && !m.Locative && !m.Demonym && !g.strongHits(hits, minInflectedTownPop):
			return nil, i
		}
		return []Mention{m}, e
	}
	return nil, i
}

// minFirstWordTownPop: a sentence's first word written in a case form is a
// town only when the town is at least this big (a regional capital, the
// size a report names with no word for its level): smaller towns whose
// names end like a case ending are the words of a sentence ("Бои" is
// fighting, not Boi).
const minFirstWordTownPop = 100000

// firstWordNoPlace: the capitalised first word of a sentence, with no
// preposition or level word saying a place is meant, is no place when it
// is some village's name, or when it is written in a case form: found
// only once its ending was cut (an oblique case is the sentence's subject,
// a numeral or a verb: "Трое ранены" is no "Трой"), or ending as a case
// form does, short of a big town's name. A final -а or -я is left out:
// it ends the nominative of many towns' names ("Дангара") as often as a
// genitive.
func (g *Gazetteer) firstWordNoPlace(text string, t *token, hits []hit, inflected bool) bool {
	if inflected || !g.strongHits(hits, minInflectedTownPop) {
		return true
	}
	w := strings.ToLower(text[t.start:t.end])
	for _, e := range cyrNounEndings {
		if e != "а" && e != "я" && strings.HasSuffix(w, e) {
			return !g.strongHits(hits, minFirstWordTownPop)
		}
	}
	return false
}

// veryStrongHits: some hit is a country, region or continent.
func (g *Gazetteer) veryStrongHits(hits []hit) bool {
	for _, h := range hits {
		switch g.places[h.place].Kind {
		case KindCountry, KindRegion, KindContinent:
			return true
		}
	}
	return false
}

// currentNames marks as own names (flagPrimary) the hits whose place's own
// name is the Russian name written in Latin letters, consonant for
// consonant: "Пяндж" is Panj's Russian name, though cities500 lists it
// (as "Pyandzh") only among the alternates of Panj and of Dusti, which bore
// it before. A place's name today beats another place's former name, as
// it does for names in Latin letters (lookup.go, "another place's own
// name"). The form compared is the name as written and the nominatives its
// case form may stand for (cyrStems).
func (g *Gazetteer) currentNames(text string, tz *tokenizer, a, b int, hits []hit) []hit {
	prefix := text[tz.toks[a].start:tz.toks[b].start]
	forms := append([]string{text[tz.toks[a].start:tz.toks[b].end]}, cyrStems(text[tz.toks[b].start:tz.toks[b].end])...)
	skels := make(map[string]bool, len(forms))
	for i, f := range forms {
		if i > 0 {
			f = prefix + f
		}
		k, _ := appendFold(nil, f)
		if sk := translit.Skeleton(string(k)); len(sk) >= minSkeleton {
			skels[sk] = true
		}
	}
	var out []hit
	for i, h := range hits {
		if h.flags&flagPrimary != 0 {
			continue
		}
		k, _ := appendFold(nil, g.str(g.places[h.place].Name))
		if !skels[translit.Skeleton(string(k))] {
			continue
		}
		if out == nil {
			out = append([]hit(nil), hits...)
		}
		out[i].flags |= flagPrimary
	}
	if out == nil {
		return hits
	}
	return out
}

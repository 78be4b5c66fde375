package gazetteer

import "github.com/sitrep/sitrep/internal/translit"

// faAdjective is the letter (ی, folded) that makes an adjective of a
// country's name ("پاکستانی", "ایرانی"): such a word is a demonym.
const faAdjective = 'Y'

// faAnd is "و" (and), folded: it joins the words of a name ("سیستان و
// بلوچستان") but never ends one.
var faAnd = FoldKey("و")

// persianRun is the last token of the run of Arabic-script words from a
// (no punctuation between, no level word, no stop word inside), at most
// maxScriptWords long.
func persianRun(tz *tokenizer, a int) int {
	toks := tz.toks
	j := a
	for j+1 < len(toks) && j-a+1 < maxScriptWords && toks[j+1].script == translit.ScriptArabic && !toks[j+1].breakBefore {
		w := tz.word(&toks[j+1])
		if scriptLevel[w] != 0 || faStop[w] && w != faAnd {
			break
		}
		j++
	}
	for j > a && tz.word(&toks[j]) == faAnd {
		j-- // "و" joins names, never ends one
	}
	return j
}

func runKey(tz *tokenizer, a, b int) []byte {
	return append([]byte(nil), tz.buf[tz.toks[a].fold[0]:tz.toks[b].fold[1]]...)
}

// persianMention reads a mention at token i of Persian or Dari text.
func (g *Gazetteer) persianMention(text string, tz *tokenizer, i int) ([]Mention, int) {
	toks := tz.toks
	w := tz.word(&toks[i])
	if lv := scriptLevel[w]; lv != 0 {
		if i+1 < len(toks) && toks[i+1].script == translit.ScriptArabic && !toks[i+1].breakBefore {
			if m, e, ok := g.persianAfterLevel(text, tz, i+1, lv); ok {
				return []Mention{m}, e
			}
		}
		return nil, i
	}
	if faStop[w] {
		return nil, i
	}
	run := persianRun(tz, i)
	if lv := levelAfter(tz, run); lv != 0 {
		if m, _, ok := g.persianLevelRun(text, tz, i, run, lv, levelFits); ok {
			return []Mention{m}, run + 1 // the level word is the name's, not the next name's
		}
	}
	prep := prepositionBefore(tz, i)
	locative := faLocatives[prep]
	for e := run; e >= i; e-- {
		key := runKey(tz, i, e)
		if e == i && len(key) < 3 {
			break
		}
		hits := g.foldHits(key, nil)
		demonym := false
		if len(hits) == 0 && e == i && len(key) > 3 && key[len(key)-1] == faAdjective {
			for _, h := range g.foldHits(key[:len(key)-1], nil) {
				if g.places[h.place].Kind == KindCountry {
					h.flags |= flagDemonym
					hits = append(hits, h)
					demonym = true
				}
			}
		}
		if len(hits) == 0 {
			continue
		}
		if dh := g.faDirectionHits(text, tz, e+1, hits); len(dh) > 0 {
			m := mentionOf(text, tz, i, e+1, dh) // "سودان جنوبی": South Sudan
			m.Locative = locative
			return []Mention{m}, e + 1
		}
		m := mentionOf(text, tz, i, e, hits)
		m.Demonym = m.Demonym || demonym
		m.Locative = locative
		if e == i && !m.Demonym && !locative && !g.strongHits(hits, minBareTownPop) {
			continue // a bare word that is also some village's name
		}
		return []Mention{m}, e
	}
	if faIn[prep] {
		// "در ننگرهار", "په پکتیا کې": a province or district the
		// gazetteer knows only by its Latin name, found by its skeleton
		// among the divisions alone (no level word says a town is meant,
		// and short skeletons meet towns the world over); a name with
		// "و" inside is two names here ("در کنر و ننگرهار")
		end := i
		for end < run && tz.word(&toks[end+1]) != faAnd {
			end++
		}
		for _, lv := range []Kind{KindAdmin1, KindAdmin2} {
			if m, e, ok := g.persianLevelRun(text, tz, i, end, lv, sameKind); ok {
				m.byPreposition = true
				return []Mention{m}, e
			}
		}
	}
	return nil, i
}

// persianAfterLevel reads the name after a level word ("ولایت بدخشان",
// "ولسوالی خان آباد"): by its Persian name if GeoNames has it, else by
// its skeleton among the divisions and towns of that level.
func (g *Gazetteer) persianAfterLevel(text string, tz *tokenizer, a int, lv Kind) (Mention, int, bool) {
	if faStop[tz.word(&tz.toks[a])] {
		return Mention{}, 0, false
	}
	return g.persianLevelRun(text, tz, a, persianRun(tz, a), lv, levelFits)
}

// levelAfter is the kind of the level word right after the run of name
// words ending at token e ("شواک ولسوالۍ", "ننګرهار ولایت"), 0 if none:
// Pashto puts the level after the name, where Persian puts it before.
func levelAfter(tz *tokenizer, e int) Kind {
	k := e + 1
	if k >= len(tz.toks) || tz.toks[k].script != translit.ScriptArabic || tz.toks[k].breakBefore {
		return 0
	}
	return scriptLevel[tz.word(&tz.toks[k])]
}

// persianLevelRun reads the name in tokens a..end (or a shorter run from
// a) that a level word names: by its Persian name if GeoNames has it,
// else by its skeleton among the places fits allows at that level.
func (g *Gazetteer) persianLevelRun(text string, tz *tokenizer, a, end int, lv Kind, fits func(k, lv Kind) bool) (Mention, int, bool) {
	for e := end; e >= a; e-- {
		key := runKey(tz, a, e)
		var hits []hit
		for _, h := range g.foldHits(key, nil) {
			if fits(g.places[h.place].Kind, lv) {
				hits = append(hits, h) // a town is no province, whatever its name
			}
		}
		if sk := skeletonKey(key); len(sk) >= minSkeleton && (lv != KindCity || len(hits) == 0) {
			for _, en := range g.postings(false, hashKey(tierSkeletonKey, sk)) {
				if h := (hit{en >> flagBits, en & (1<<flagBits - 1), tierPhon}); fits(g.places[h.place].Kind, lv) {
					hits = append(hits, h)
				}
			}
		}
		if hits = g.homeSoundHits(translit.ScriptArabic, hits); len(hits) == 0 {
			continue
		}
		m := mentionOf(text, tz, a, e, hits)
		m.Level = lv
		m.Locative = true
		return m, e, true
	}
	return Mention{}, 0, false
}

// prepositionBefore is the word before the name at token i, or, for the
// second name of a list ("در کنر و ننگرهار", "په خوست او پکتیا کې"), the
// word before the list's first name: one preposition governs them all.
// "" at the start of the text.
func prepositionBefore(tz *tokenizer, i int) string {
	if i == 0 {
		return ""
	}
	prev := tz.word(&tz.toks[i-1])
	if (prev != faAnd && prev != psAnd) || tz.toks[i-1].breakBefore || tz.toks[i].breakBefore {
		return prev
	}
	// back over the first name (at most maxScriptWords words) to its preposition
	for k := i - 2; k >= 0 && k >= i-2-maxScriptWords; k-- {
		if tz.toks[k].script != translit.ScriptArabic || tz.toks[k+1].breakBefore {
			return prev
		}
		if w := tz.word(&tz.toks[k]); faLocatives[w] {
			return w
		}
	}
	return prev
}

// psAnd is Pashto "او" (and), folded.
var psAnd = FoldKey("او")

// faIn are the prepositions "in" of Persian and Pashto: after them a
// division is looked for by its skeleton. Not the other locatives: "به"
// (to) opens as many verbs ("به قتل رساندند") as places.
var faIn = foldSet("در", "په")

// sameKind: a place of kind k is of kind lv.
func sameKind(k, lv Kind) bool { return k == lv }

// levelFits: a place of kind k may be what a level word of kind lv names.
func levelFits(k, lv Kind) bool {
	switch lv {
	case KindAdmin1:
		return k == KindAdmin1 || k == KindRegion
	case KindAdmin2:
		return k == KindAdmin2 || k == KindCity
	case KindCity:
		return k == KindCity || k == KindAdmin2
	case KindFeature:
		return k == KindFeature || k == KindRegion
	}
	return true
}

// faDirections are the Persian adjectives of the compass, which follow
// the name they qualify ("سودان جنوبی", "کیوو شمالی") where English puts
// them before it ("South Sudan", "North Kivu").
var faDirections = map[string]string{"شمالی": "north", "جنوبی": "south", "شرقی": "east", "غربی": "west", "مرکزی": "central"}

// faDirectionHits: the places named by the compass adjective at token k
// before the Latin name of a reading of the name just found ("South
// Sudan" for "سودان جنوبی"); nil when k is no such adjective or no place
// bears that name.
func (g *Gazetteer) faDirectionHits(text string, tz *tokenizer, k int, hits []hit) []hit {
	if k >= len(tz.toks) || tz.toks[k].breakBefore {
		return nil
	}
	t := &tz.toks[k]
	dir := faDirections[text[t.start:t.end]]
	if dir == "" {
		return nil
	}
	var out []hit
	for _, h := range hits {
		key := FoldKey(dir + " " + g.str(g.places[h.place].Name))
		if key == "" {
			continue
		}
		for _, e := range g.postings(false, hashKey(1, []byte(key))) {
			out = append(out, hit{e >> flagBits, e & (1<<flagBits - 1), tierFold})
		}
	}
	return out
}

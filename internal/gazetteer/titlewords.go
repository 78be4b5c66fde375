package gazetteer

// A headline in title case capitalises every word, and a sentence its
// first: there a common English word that is also a town's name ("Young
// Man Killed in ...", "Last Man Standing", "Man shot dead in ...") is read
// as the word, not the town, when the same sentence names a real place.
// Alone, it may still be the town ("Nice Attack: 84 Killed"); after a
// locative or before a level word it is one anyway (capsOnly is never set
// then).

// dropCapsOnly removes the capsOnly mentions of a sentence that has
// another mention which is a name, not a word: known, no nationality, no
// common or given word.
func dropCapsOnly(tz *tokenizer, ms []Mention) []Mention {
	any := false
	for k := range ms {
		any = any || ms[k].capsOnly
	}
	if !any {
		return ms
	}
	out := ms[:0]
	for k := range ms {
		if !ms[k].capsOnly || !realPlaceInSentence(tz, ms, k) {
			out = append(out, ms[k])
		}
	}
	return out
}

// realPlaceInSentence: a mention other than ms[k], in its sentence, that
// is a real place name.
func realPlaceInSentence(tz *tokenizer, ms []Mention, k int) bool {
	for o := range ms {
		m := &ms[o]
		if o == k || m.capsOnly || m.weak || m.Demonym || !m.Known {
			continue
		}
		if sameSentence(tz, ms[k].ti, m.ti) {
			return true
		}
	}
	return false
}

// sameSentence: no token after the first of a, b up to the second opens
// a sentence.
func sameSentence(tz *tokenizer, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for i := a + 1; i <= b && i < len(tz.toks); i++ {
		if tz.toks[i].sentStart {
			return false
		}
	}
	return true
}

// possessiveNameHead: the word at j, a common word or a given name, in
// the possessive before a capitalised word opens an institution's name
// ("Grace's Academy", "the Bishop's Palace gate"), not a town's; a
// country, a province or a big city so written is still the place
// ("Kabul's Central Prison"): the caller keeps those.
func possessiveNameHead(text string, tz *tokenizer, j int) bool {
	return j+1 < len(tz.toks) && weakNames()[tz.word(&tz.toks[j])] != 0 && possessiveS(text, tz.toks, j+1)
}

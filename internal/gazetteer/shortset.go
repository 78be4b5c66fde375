package gazetteer

// shortSet is a small set of words tested against every word of a text
// (title-case function words, name connectors). Hashing each word for a
// map look-up cost more than the rest of those loops: a word is turned
// away by its first byte and length, and the few words left with that
// first byte are compared.
type shortSet struct {
	lens  [256]uint32   // bit n (31: 31 or more): some word of n bytes starts with that byte
	words [256][]string // the words, by first byte
}

func newShortSet(words ...string) *shortSet {
	s := &shortSet{}
	for _, w := range words {
		if w == "" {
			continue
		}
		s.lens[w[0]] |= 1 << min(len(w), 31)
		s.words[w[0]] = append(s.words[w[0]], w)
	}
	return s
}

// has: w is in the set.
func (s *shortSet) has(w string) bool {
	if w == "" || s.lens[w[0]]&(1<<min(len(w), 31)) == 0 {
		return false
	}
	for _, x := range s.words[w[0]] {
		if x == w {
			return true
		}
	}
	return false
}

// hasBytes is has for a folded word in the tokenizer's buffer, without
// making a string of it.
func (s *shortSet) hasBytes(w []byte) bool {
	if len(w) == 0 || s.lens[w[0]]&(1<<min(len(w), 31)) == 0 {
		return false
	}
	for _, x := range s.words[w[0]] {
		if x == string(w) {
			return true
		}
	}
	return false
}

package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Reading other languages. The rules of this package read English words
// ("killed", "according to", "denied"); a sentence in Russian or Persian is
// read by the same rules once its words are glossed into those English
// words, token by token: data/gloss_<lang>.tsv maps a word, a stem or a
// phrase to the English word(s) it stands for. The tokens keep their spans
// in the original text, so every quote, "who" and speaker is cut from the
// text as written. A sentence's language is told by its script (lang.go),
// and English sentences never reach this file.

// glossEnd: the most letters an inflection adds to a stem written "stem*"
// in a gloss file. Russian case and verb endings ("-ами", "-ыми", "-ого",
// "-ли") and Persian plural and ezafe suffixes ("-های", "-هایی", "-ان")
// are at most four letters; longer remainders are other words of the same
// root ("убийство" is no form of "убит").
const glossEnd = 4

// glossMinStem: a stem shorter than this many letters would match too many
// unrelated words, so the loader refuses it.
const glossMinStem = 3

// glossDrop is the English side of a word the rules must not see (Persian
// "را" marks an object and has no English word).
const glossDrop = "-"

type glossEntry struct {
	keys []string // folded words; a stem is written "stem*"
	out  []string // English words; empty drops the tokens
}

// glossTable is one language's glosses, indexed by the key of their first
// word, longest phrase first.
type glossTable struct {
	first map[string][]glossEntry
	words map[string]bool // whole words some entry names
	stems map[string]bool // stems (without '*') some entry names
}

// loadGloss reads data/gloss_<code>.tsv: "phrase<TAB>english", '#' comments.
func loadGloss(code string) (*glossTable, error) {
	name := "gloss_" + code + ".tsv"
	rows, lines, err := readTSV(name)
	if err != nil {
		return nil, err
	}
	g := &glossTable{first: map[string][]glossEntry{}, words: map[string]bool{}, stems: map[string]bool{}}
	for i, r := range rows {
		if len(r) < 2 || strings.TrimSpace(r[0]) == "" || strings.TrimSpace(r[1]) == "" {
			return nil, fmt.Errorf("data/%s:%d: want phrase<TAB>english", name, lines[i])
		}
		var e glossEntry
		for _, w := range strings.Fields(r[0]) {
			stem := strings.HasSuffix(w, "*")
			w = strings.TrimSuffix(w, "*")
			toks := tokenize(w, "", 0, len(w), nil)
			if len(toks) != 1 {
				return nil, fmt.Errorf("data/%s:%d: %q is not one word", name, lines[i], w)
			}
			k := toks[0].w
			if stem {
				if utf8.RuneCountInString(k) < glossMinStem {
					return nil, fmt.Errorf("data/%s:%d: stem %q is shorter than %d letters", name, lines[i], k, glossMinStem)
				}
				g.stems[k] = true
				k += "*"
			} else {
				g.words[k] = true
			}
			e.keys = append(e.keys, k)
		}
		if r[1] = strings.TrimSpace(r[1]); r[1] != glossDrop {
			e.out = strings.Fields(strings.ToLower(r[1]))
		}
		list := append(g.first[e.keys[0]], e)
		sort.SliceStable(list, func(a, b int) bool { return len(list[a].keys) > len(list[b].keys) })
		g.first[e.keys[0]] = list
	}
	return g, nil
}

// keys are how the table knows the word w: as itself when an entry names
// it, and as its longest listed stem (with '*') that leaves at most
// glossEnd letters of ending. This is the one place inflection is matched.
func (g *glossTable) keys(w string) (word, stem string) {
	if g.words[w] {
		word = w
	}
	end := len(w)
	for cut := 0; cut <= glossEnd && end > 0; cut++ {
		if g.stems[w[:end]] {
			return word, w[:end] + "*"
		}
		_, n := utf8.DecodeLastRuneInString(w[:end])
		end -= n
	}
	return word, ""
}

// apply returns toks with every glossed phrase replaced by its English
// words. A phrase glossed to as many words keeps one span a word; other
// phrases give each English word the span of the whole phrase.
func (g *glossTable) apply(toks []token) []token {
	keys := make([][2]string, len(toks))
	for i, t := range toks {
		if t.word {
			keys[i][0], keys[i][1] = g.keys(t.w)
		}
	}
	out := make([]token, 0, len(toks)+len(toks)/4)
	for i := 0; i < len(toks); {
		e, ok := g.match(keys, i)
		if !ok {
			if n, neg := g.negated(toks, i); neg {
				out = negate(out, toks[i], n)
				i++
				continue
			}
			out = append(out, toks[i])
			i++
			continue
		}
		k := len(e.keys)
		for j, w := range e.out {
			t := toks[i]
			if len(e.out) == k {
				t = toks[i+j]
			} else {
				t.e = toks[i+k-1].e
			}
			t.w, t.word, t.cap = w, true, j == 0 && toks[i].cap
			out = append(out, t)
		}
		i += k
	}
	return out
}

// match finds the longest entry at token i, trying the entries whose
// first word is the token itself, then those whose first word is its stem.
func (g *glossTable) match(keys [][2]string, i int) (glossEntry, bool) {
	for _, k0 := range keys[i] {
		if k0 == "" {
			continue
		}
		for _, e := range g.first[k0] {
			if i+len(e.keys) > len(keys) {
				continue
			}
			ok := true
			for j, k := range e.keys {
				if keys[i+j][0] != k && keys[i+j][1] != k {
					ok = false
					break
				}
			}
			if ok {
				return e, true
			}
		}
	}
	return glossEntry{}, false
}

// glossed: t is an English word a gloss put in place of the text's own
// word(s), a word of the language's vocabulary and never a name.
func (d *doc) glossed(t token) bool {
	return t.w != "" && t.w[0] < utf8.RuneSelf && d.text[t.s] >= utf8.RuneSelf
}

// negPrefix is Persian's verb negation, written on the verb itself:
// "نشدند" is "were not", "نکرد" "did not".
const negPrefix = "ن"

// negated: toks[i] is a Persian verb negated by its prefix, the rest of
// the word a verb the glosses know alone ("شدند") or as the last word of
// a compound verb ("رد کرد": "رد نکرد"); n is the gloss of the rest.
func (g *glossTable) negated(toks []token, i int) ([]string, bool) {
	t := toks[i]
	if !t.word || !strings.HasPrefix(t.w, negPrefix) || len(t.w) <= len(negPrefix) {
		return nil, false
	}
	rest := t.w[len(negPrefix):]
	if w, st := g.keys(rest); w != "" || st != "" {
		for _, k := range []string{w, st} {
			for _, e := range g.first[k] {
				if len(e.keys) == 1 {
					return e.out, true
				}
			}
		}
	}
	if i > 0 && toks[i-1].word {
		prev := toks[i-1].w
		for _, e := range g.first[prev] {
			if len(e.keys) == 2 && (e.keys[1] == rest || strings.HasSuffix(e.keys[1], "*") && strings.HasPrefix(rest, strings.TrimSuffix(e.keys[1], "*"))) {
				return e.out, true
			}
		}
	}
	return nil, false
}

// negate appends "not" and the negated verb's gloss. Persian ends a clause
// with its verb and negates a compound verb on its last word ("کشته
// نشدند": killed not-were; "رد نکرد": reject not-did); English puts "not"
// before the participle, where the rules look for it, so "not" goes before
// the word glossed just before when the verb negated is its light verb.
func negate(out []token, t token, gloss []string) []token {
	not := t
	not.w, not.word, not.cap = "not", true, false
	k := len(out)
	if k > 0 && out[k-1].word && out[k-1].w != "" && out[k-1].w[0] < utf8.RuneSelf {
		// the glossed word before: a compound verb's first word was
		// glossed already ("رد" alone is no entry; "کشته" is "killed")
		for k > 0 && out[k-1].word && out[k-1].s == out[len(out)-1].s {
			k--
		}
	}
	out = append(out, token{})
	copy(out[k+1:], out[k:])
	out[k] = not
	for _, w := range gloss {
		g := t
		g.w, g.word, g.cap = w, true, false
		out = append(out, g)
	}
	return out
}

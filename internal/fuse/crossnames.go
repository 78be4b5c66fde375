package fuse

import (
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/translit"
)

// Names across scripts. A Russian report writes "Шамсиддина Назарова"
// where an English one writes "Shamsiddin Nazarov", and a Dari one
// "حقانی" where the English writes "Haqqani". words (norm.go) writes
// Cyrillic in Latin letters, so Russian keys are Latin too, but Russian
// inflects names and transliterations differ ("Rakhimov"/"Rahimov"); and
// Arabic script writes no short vowels. Two names compare as their
// consonant skeletons (translit.Skeleton) whenever either was read in
// another script than Latin; two Latin names compare exactly, as before.
//
// Arabic script has no capitals, so a Persian report's proper names cannot
// be told from its other words: the extractor's keywords of a Persian
// sentence are its words that the language's glosses do not know
// (candidates). A candidate counts as a name only when it meets a name that
// a report in a script with capitals identified; two candidates that agree
// are shared wording, not a shared name.

// minNameSkeleton: a skeleton of fewer consonants ("nzr" is three) matches
// too many unrelated words of another script to count as the same name.
const minNameSkeleton = 3

// nameRef is one proper name of a mention's text.
type nameRef struct {
	key    string // words() form: Latin, Cyrillic transliterated, Arabic script kept
	skel   string // consonant skeleton of key, for comparison across scripts
	script translit.Script
	cand   bool // read from a script without capitals: a word that may be a name
}

// newNameRef makes the comparable name of word w (any script) whose
// words() key is key.
func newNameRef(w, key string) nameRef {
	r, _ := utf8.DecodeRuneInString(w)
	n := nameRef{key: key, script: translit.ScriptOf(r)}
	if n.script == translit.ScriptOther {
		n.script = translit.ScriptLatin
	}
	n.cand = n.script == translit.ScriptArabic
	if n.script != translit.ScriptLatin {
		n.skel = translit.Skeleton(translit.Latin(key))
	} else {
		n.skel = translit.Skeleton(key)
	}
	return n
}

// sameName is the one comparison of two names.
func sameName(x, y nameRef) bool {
	if x.script == translit.ScriptLatin && y.script == translit.ScriptLatin {
		return x.key == y.key
	}
	if x.cand && y.cand {
		return false
	}
	return len(x.skel) >= minNameSkeleton && x.skel == y.skel
}

// ownName reports whether n is one of f's own places or actors (f.skip),
// by key or, for a name read in another script, by skeleton.
func (f *feat) ownName(n nameRef) bool {
	if f.skip[n.key] {
		return true
	}
	if n.script == translit.ScriptLatin {
		// a spelling of its own place ("Khost" in the text of a report
		// placed in the gazetteer's "Khowst") is its place too
		return len(n.skel) >= minNameSkeleton && f.placeSkel[n.skel]
	}
	if f.skipSkel == nil {
		f.skipSkel = make(map[string]bool, len(f.skip))
		for k := range f.skip {
			f.skipSkel[translit.Skeleton(k)] = true
		}
	}
	return f.skipSkel[n.skel]
}

// scriptKeywordsOnly: a word in a script without capitals (Arabic) or in
// Cyrillic is left to the extractor's keywords, which know the language's
// vocabulary (its glosses): a capitalised Russian word in a quote is as
// often an institution ("Пограничных войск", "ГКНБ") as a person.
func scriptKeywordsOnly(r rune) bool {
	s := translit.ScriptOf(r)
	return s == translit.ScriptCyrillic || s == translit.ScriptArabic
}

package extract

import "unicode/utf8"

// Which language a sentence is in, and what the rules need to know of it.
// A language is coded when it has a gloss file (data/gloss_<code>.tsv, see
// gloss.go) and an entry in languages below; the others a script can tell
// are recognised and left uncoded (their sentences give no event).

// language is what the rules need of one language besides its glosses.
type language struct {
	code  string // ISO 639-1, as Claim.Lang and the article's language
	coded bool   // has data/gloss_<code>.tsv
	// verbFirst: a speech verb may come before its speaker ("сообщил
	// представитель ведомства", "— заявил он").
	verbFirst bool
	// sov: the verb ends the clause, after its object and adverbials
	// ("طالبان این گزارش را رد کردند"): the speaker is the clause's first
	// noun phrase, cut at the first word that opens an object or adverbial.
	sov bool
}

type langID uint8

const (
	langEn langID = iota
	langRu
	langFa
	langTg // Tajik: Cyrillic with ҷ ӣ ӯ
	langUz // Uzbek Cyrillic: ў
	langPs // Pashto: Arabic script with ټ ډ ړ ږ ښ ګ ڼ ې ۍ
	nLang
)

var languages = [nLang]language{
	langEn: {code: "en", coded: true},
	langRu: {code: "ru", coded: true, verbFirst: true},
	langFa: {code: "fa", coded: true, sov: true},
	langTg: {code: "tg"},
	langUz: {code: "uz"},
	langPs: {code: "ps"},
}

// Code is the language's ISO 639-1 code.
func (l langID) Code() string { return languages[l].code }

// sentLang tells a sentence's language from the script of most of its
// words, and within a script from the letters only one language has. Only
// words that start with a non-ASCII byte are decoded, so English costs one
// byte test a word.
func sentLang(toks []token) langID {
	var latin, cyr, arab int
	tg, uz, ps := false, false, false
	for _, t := range toks {
		if !t.word || t.w == "" {
			continue
		}
		c := t.w[0]
		if c < utf8.RuneSelf {
			latin++
			continue
		}
		switch {
		case c >= 0xD0 && c <= 0xD4: // U+0400–U+052F
			cyr++
		case c >= 0xD8 && c <= 0xDB: // U+0600–U+06FF
			arab++
		default:
			latin++ // accented Latin, Greek...: read as the English rules read them
			continue
		}
		for _, r := range t.w {
			switch r {
			case 'ҷ', 'ӣ', 'ӯ', 'Ҷ', 'Ӣ', 'Ӯ':
				tg = true
			case 'ў', 'Ў':
				uz = true
			case 'ټ', 'ډ', 'ړ', 'ږ', 'ښ', 'ګ', 'ڼ', 'ې', 'ۍ':
				ps = true
			}
		}
	}
	switch {
	case cyr > latin && cyr >= arab:
		if tg {
			return langTg
		}
		if uz {
			return langUz
		}
		return langRu
	case arab > latin && arab > cyr:
		if ps {
			return langPs
		}
		return langFa
	}
	return langEn
}

// Language names the language most of text's words are written in (ISO
// 639-1) and whether the extractor codes it: Tajik, Uzbek Cyrillic and
// Pashto are told apart and not coded yet.
func Language(text string) (code string, coded bool) {
	l := sentLang(tokenize(text, "", 0, len(text), nil))
	return languages[l].code, languages[l].coded
}

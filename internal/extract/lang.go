package extract

import "unicode/utf8"

// Which language a sentence is in, and what the rules need to know of it.
// A language is coded when it has a gloss file (data/gloss_<code>.tsv, see
// gloss.go) and an entry in languages below. Which language an article is
// in is cleaning's to say (package clean names Tajik, Uzbek, Pashto and
// the others by their letters); a sentence takes it when it is written in
// that language's script, else its script's coded language (a Russian
// quote in a Dari report). Sentences of a language not coded give no
// event.

// language is what the rules need of one language besides its glosses.
type language struct {
	code  string // ISO 639-1, as Claim.Lang and the article's language
	coded bool   // has data/gloss_<code>.tsv
	// verbFirst: a speech verb may come before its speaker ("сообщил
	// представитель ведомства", "— заявил он").
	verbFirst bool
	// freeOrder: an adverbial may stand between a verb and its object
	// ("задержали в Бишкеке пятерых": detained in Bishkek five).
	freeOrder bool
	// sov: the verb ends the clause, after its object and adverbials
	// ("طالبان این گزارش را رد کردند"): the speaker is the clause's first
	// noun phrase, cut at the first word that opens an object or adverbial.
	sov bool
	// postDemonym: a nationality follows its noun, joined by the ezafe
	// ("نیروهای پاکستانی", "سربازان ایرانی"); see wordorder.go.
	postDemonym bool
	// postCountry: a country named after a party noun is its owner, in
	// the genitive ("пограничники Таджикистана") or by the ezafe
	// ("مرزبانان تاجیکستان"). A Russian adjective after a noun is not
	// its nationality: it opens the next phrase of a free word order.
	postCountry bool
	// ownerBefore: a group owning the people counted stands right before
	// the count, its particle dropped by the glosses (Pashto "د داعش درې
	// غړي": three members of Daesh): the group is the victims'.
	ownerBefore bool
}

type langID uint8

const (
	langEn langID = iota
	langRu
	langFa
	langPs
	langCyrillic // another language in Cyrillic (Tajik, Uzbek, Kazakh...)
	langArabic   // another language in Arabic script (Arabic, Urdu)
	nLang
)

var languages = [nLang]language{
	langEn: {code: "en", coded: true},
	langRu: {code: "ru", coded: true, verbFirst: true, freeOrder: true, postCountry: true},
	langFa: {code: "fa", coded: true, sov: true, postDemonym: true, postCountry: true},
	// Pashto puts a nationality before its noun ("پاکستاني ځواکونه") and
	// an owner before it with "د", which its glosses drop: both read as
	// English modifiers do.
	langPs:       {code: "ps", coded: true, sov: true, ownerBefore: true},
	langCyrillic: {},
	langArabic:   {},
}

// scriptOf says which script a language named by cleaning is written in:
// the languages of the region's press that the extractor must not read
// with another language's words.
var scriptOf = map[string]langID{
	"ru": langRu, "tg": langCyrillic, "uz": langCyrillic, "kk": langCyrillic, "ky": langCyrillic, "uk": langCyrillic,
	"bg": langCyrillic, "sr": langCyrillic, "mk": langCyrillic, "be": langCyrillic, "mn": langCyrillic,
	"fa": langFa, "ps": langPs, "ar": langArabic, "ur": langArabic,
}

// Codes reports whether the extractor codes articles in the language
// named by code (ISO 639-1), as cleaning names it.
func Codes(code string) bool {
	for _, l := range languages {
		if l.coded && l.code == code {
			return true
		}
	}
	return false
}

// Code is the language's ISO 639-1 code.
func (l langID) Code() string { return languages[l].code }

// sentLang tells a sentence's language from the script of most of its
// words: Cyrillic is Russian and Arabic script Persian, unless the
// article is in another language of that script. Only words that start
// with a non-ASCII byte are looked at, so English costs one byte test a
// word.
func sentLang(toks []token, article string) langID {
	var latin, cyr, arab int
	for _, t := range toks {
		if !t.word || t.w == "" {
			continue
		}
		switch c := t.w[0]; {
		case c < utf8.RuneSelf:
			latin++
		case c >= 0xD0 && c <= 0xD4: // U+0400–U+052F
			cyr++
		case c >= 0xD8 && c <= 0xDB: // U+0600–U+06FF
			arab++
		default:
			latin++ // accented Latin, Greek...: read as the English rules read them
		}
	}
	script := langEn
	switch {
	case cyr > latin && cyr >= arab:
		script = langRu
	case arab > latin && arab > cyr:
		script = langFa
	default:
		return langEn
	}
	if l, ok := scriptOf[article]; ok && scriptFamily(l) == script {
		return l
	}
	return script
}

// scriptFamily is the coded language whose script l is written in.
func scriptFamily(l langID) langID {
	switch l {
	case langCyrillic:
		return langRu
	case langArabic, langPs:
		return langFa
	}
	return l
}

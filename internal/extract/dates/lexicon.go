package dates

import (
	"strings"

	"github.com/sitrep/sitrep/internal/extract/count/script"
)

type wclass uint8

const (
	wNone wclass = iota
	wMonth
	wWeekday
	wNumWord // one..ninety
	wOrdinal // first..thirty-first (as single words)
	wUnit    // day(s), week(s)...
	wSeason  // spring, summer, autumn/fall, winter
	wPart    // morning, afternoon, evening, night
	wRelDay  // today, yesterday, tomorrow
	wPresent // now, currently, presently, nowadays
	wTZ      // gmt, utc, ...
	wAmPm    // am, pm
	wVague   // few, several, couple, many
	wHoliday // christmas, easter, ...
	wCountNoun
	wHijri // a Solar Hijri month: hamal..hut, farvardin..esfand
	wLunar // a feast or month of the Islamic (lunar Hijri) calendar: ramadan, eid, ashura (lunar.go)
)

// units
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uWeekend
)

// parts of the day
const (
	pMO = iota + 1
	pAF
	pEV
	pNI
)

var partCode = [...]string{"", "MO", "AF", "EV", "NI"}

// holidays
const (
	hChristmas = iota + 1
	hChristmasEve
	hNewYearsDay
	hNewYearsEve
	hEaster
	hThanksgiving
)

type lex struct {
	cls   wclass
	v     int
	start bool // may begin an expression
}

// foreignLex is the entry of a word of another language (lexicon_ru.go,
// lexicon_fa.go). These live in a map of their own so that English
// lookups stay in the small map they always had.
type foreignLex struct {
	lex
	canon  string // the English word the grammar reads this one as ("сентября": "september")
	named  bool   // a month or weekday name, which these languages write in lower case
	strict bool   // a month name that is one only beside a number ("می", "میزان"), like English "May"; a Pashto oblique weekday, one only after the words that govern it ("جمعې")
}

// foreignLexicon holds the words of other languages, spelt as script.Fold spells them.
var foreignLexicon = map[string]foreignLex{}

var lexicon = map[string]lex{}

// maxLexWord bounds the byte length of a lexicon word: lexMask has a bit
// per length, and Cyrillic takes two bytes a letter ("воскресенья" is 22).
const maxLexWord = 32

// lexMask[c] has bit n set when some lexicon word of n bytes starts with
// c: most words of a text fail it and skip hashing.
var lexMask [256]uint32

func init() {
	add := func(cls wclass, v int, words ...string) {
		for _, w := range words {
			lexicon[w] = lex{cls: cls, v: v, start: cls != wCountNoun}
		}
	}
	defer func() {
		// words without a class that can begin an expression
		for _, w := range strings.Fields(`the this last next past coming previous current early late mid earlier
			later that a an one some at these every each daily weekly monthly annually yearly recent fiscal fy q
			new noon midday midnight tonight overnight recently lately by until`) {
			l := lexicon[w]
			l.start = true
			lexicon[w] = l
		}
		addRussian()
		addPersian()
		addPashto()
		for w := range lexicon {
			if len(w) > 0 && len(w) < maxLexWord {
				lexMask[w[0]] |= 1 << len(w)
			}
		}
		for w := range foreignLexicon {
			if len(w) > 0 && len(w) < maxLexWord {
				lexMask[w[0]] |= 1 << len(w)
			}
		}
	}()
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ws := range months {
		add(wMonth, i+1, ws...)
	}
	days := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
	}
	for i, ws := range days {
		add(wWeekday, i, ws...)
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		add(wNumWord, i, w)
	}
	for i, w := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(wNumWord, 30+10*i, w)
	}
	add(wNumWord, 100, "hundred")
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth", "twenty-first"}
	for i, w := range ords {
		if w != "" {
			add(wOrdinal, i, w)
		}
	}
	add(wUnit, uSecond, "second", "seconds")
	add(wUnit, uMinute, "minute", "minutes")
	add(wUnit, uHour, "hour", "hours")
	add(wUnit, uDay, "day", "days")
	add(wUnit, uWeek, "week", "weeks")
	add(wUnit, uFortnight, "fortnight", "fortnights")
	add(wUnit, uMonth, "month", "months")
	add(wUnit, uQuarter, "quarter", "quarters")
	add(wUnit, uYear, "year", "years")
	add(wUnit, uDecade, "decade", "decades")
	add(wUnit, uCentury, "century", "centuries")
	add(wUnit, uWeekend, "weekend", "weekends")
	add(wSeason, 0, "spring")
	add(wSeason, 1, "summer")
	add(wSeason, 2, "autumn", "fall")
	add(wSeason, 3, "winter")
	add(wPart, pMO, "morning")
	add(wPart, pAF, "afternoon")
	add(wPart, pEV, "evening")
	add(wPart, pNI, "night")
	add(wRelDay, 0, "today")
	add(wRelDay, -1, "yesterday")
	add(wRelDay, 1, "tomorrow")
	add(wPresent, 0, "now", "currently", "presently", "nowadays")
	add(wTZ, 0, "gmt", "utc", "est", "edt", "et", "pst", "pdt", "cst", "cdt", "cet", "cest", "bst", "ist", "msk", "eet", "eest", "pkt", "wat", "eat", "cat", "ast", "zulu")
	add(wAmPm, 0, "am")
	add(wAmPm, 12, "pm")
	add(wVague, 0, "few", "several", "couple", "many")
	add(wHoliday, hChristmas, "christmas")
	add(wHoliday, hEaster, "easter")
	add(wHoliday, hThanksgiving, "thanksgiving")
	add(wLunar, lRamadan, "ramadan", "ramazan", "ramzan")
	add(wLunar, lEid, "eid")
	add(wLunar, lAshura, "ashura", "ashoura")
	add(wCountNoun, 0, strings.Fields(`troops soldiers people persons civilians men women children fighters militants rebels
		refugees police officers policemen protesters demonstrators members residents families homes houses buildings
		villages dead killed wounded injured casualties deaths bodies prisoners detainees hostages migrants workers
		students votes voters seats km kilometers kilometres miles meters metres feet ft yards tons tonnes kg
		dollars euros pounds rupees yuan rubles roubles hectares acres barrels rounds rockets missiles shells bombs
		vehicles tanks aircraft planes units cases percent calories pages words times points guns weapons
		cattle sheep goats head strong`)...)
}

// tense cues: +1 future, -1 past
var tenseCue = map[string]int{
	"will": 1, "'ll": 1, "shall": 1, "soon": 1, "early": 1, "scheduled": 1, "planned": 1, "slated": 1, "expected": 1,
	"due": 1, "upcoming": 1, "next": 1, "would": 1, "tomorrow": 1, "intends": 1,
	"going": 1, "coming": 1, "begins": 1, "starts": 1, "ends": 1, "expires": 1, "aims": 1, "hopes": 1,
	"was": -1, "were": -1, "had": -1, "did": -1, "said": -1, "told": -1, "ago": -1, "last": -1, "been": -1,
	"began": -1, "came": -1, "went": -1, "took": -1, "gave": -1, "made": -1, "left": -1, "met": -1, "held": -1,
	"fought": -1, "shot": -1, "struck": -1, "fell": -1, "rose": -1, "won": -1, "lost": -1, "sent": -1,
	"found": -1, "hit": -1, "fled": -1, "flew": -1, "broke": -1, "brought": -1, "saw": -1, "became": -1,
	"stood": -1, "ran": -1, "spoke": -1, "wrote": -1, "led": -1, "caught": -1, "drove": -1, "threw": -1,
	"blew": -1, "slew": -1, "overran": -1, "withdrew": -1, "yesterday": -1, "earlier": -1, "since": -1,
	"knew": -1, "thought": -1, "felt": -1, "kept": -1, "paid": -1, "built": -1, "spent": -1, "sought": -1,
	"taught": -1, "bought": -1, "sold": -1, "got": -1, "tore": -1, "wore": -1, "recently": -1,
	// short or irregular pasts the "-ed" rule misses
	"died": -1, "bled": -1, "swept": -1, "dug": -1, "hid": -1, "drew": -1, "rode": -1, "sank": -1,
	"stole": -1, "burnt": -1, "arose": -1, "froze": -1, "shook": -1, "forbade": -1, "sped": -1,
}

// words ending in -ed that are not past-tense cues
var notPastEd = map[string]bool{
	"armed": true, "alleged": true, "united": true, "related": true, "based": true, "advanced": true,
	"detailed": true, "limited": true, "hundred": true, "need": true, "indeed": true, "proceed": true,
	"speed": true, "seed": true, "feed": true, "breed": true, "exceed": true, "succeed": true, "shed": true,
	"red": true, "bed": true, "wed": true, "naked": true, "sacred": true, "wicked": true, "ragged": true,
	"so-called": true, "embed": true, "skilled": true, "concerned": true, "interested": true, "supposed": true,
	"used": true, "called": true, "named": true, "wanted": true, "suspected": true, "unidentified": true,
	"masked": true, "disputed": true, "occupied": true, "contested": true, "integrated": true, "sustained": true,
}

// words after "to" that do not make an infinitive
var notVerbAfterTo = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "date": true,
	"power": true, "death": true, "prison": true, "court": true, "war": true, "office": true, "them": true,
	"him": true, "us": true, "me": true, "some": true, "all": true, "about": true, "around": true, "nearly": true,
	"more": true, "less": true, "over": true, "up": true, "at": true, "be": false, "which": true, "whom": true,
	"what": true, "where": true, "when": true, "each": true, "every": true, "both": true, "other": true,
	"another": true, "no": true, "hospital": true, "safety": true, "school": true, "work": true, "town": true,
	"one": true, "two": true, "three": true, "several": true, "many": true, "almost": true, "just": true,
	"early": true, "late": true, "mid": true,
}

// alias enters words of another language that the grammar reads as the
// English word canon: they take its class, value and start flag, and a
// month or weekday among them counts as a name.
func alias(canon string, words ...string) {
	e := foreignLex{lex: lexicon[canon], canon: canon}
	e.named = e.cls == wMonth || e.cls == wWeekday
	for _, w := range words {
		foreignLexicon[script.Fold(w)] = e
	}
}

// aliasStrict is alias for month names that are common words too: they
// count only beside a number or after the word for "month". Weekdays
// entered so are Pashto obliques (pashtoGoverned).
func aliasStrict(canon string, words ...string) {
	alias(canon, words...)
	for _, w := range words {
		e := foreignLexicon[script.Fold(w)]
		e.strict = true
		foreignLexicon[script.Fold(w)] = e
	}
}

// own enters words of another language with no English counterpart in the
// grammar ("позавчера", the Hijri months).
func own(cls wclass, v int, strict bool, words ...string) {
	for _, w := range words {
		foreignLexicon[script.Fold(w)] = foreignLex{lex: lex{cls: cls, v: v, start: true}, named: cls == wHijri, strict: strict}
	}
}

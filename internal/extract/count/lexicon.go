package count

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/extract/count/script"
)

type lkind uint8

const (
	lNone     lkind = iota // a word that matters only for its flags
	lNum                   // one..ninety-nine
	lHundred               // hundred
	lScale                 // thousand, million, billion
	lDozen                 // dozen
	lPlural                // dozens, scores, tens, hundreds, thousands, millions, billions
	lVague                 // several, few, handful, couple, number
	lA                     // a, an
	lHalf                  // half
	lAnd                   // and
	lHundreds              // a hundreds figure in one word: "двести", "سیصد"
)

type lflag uint32

const (
	fUnit       lflag = 1 << iota // a unit, currency, time or clock word after a number: "km", "dollars", "hours", "GMT"
	fCurrency                     // a currency code before a number: "USD"
	fMonth                        // a month name or abbreviation
	fCapMonth                     // a month only when capitalised: "May", "March", "Mar"
	fName                         // a noun that a number names rather than counts: "base 201", "Route 4"
	fPerson                       // a noun counted by the number after all: "people", "soldiers"
	fFraction                     // "third", "half": "one third" is a fraction
	fDet                          // "the", "this", "no": "the one who", "no one"
	fAge                          // "aged", "age"
	fTimePrep                     // "at", "by", "until": "at 2230"
	fSaid                         // "said", "told": "one said" is a pronoun
	fNeedA                        // vague words that need "a": "a few", "a handful", "a couple", "a number of"
	fNeedOf                       // plurals that need "of": "tens of", "scores of"
	fBare                         // a scale word that alone means one of it: "тысяча", "هزار", "صد"
	fAlone                        // a scale word that alone is its vague plural: "тысячи" (thousands)
	fDirect                       // a vague plural that takes the next scale without "of": "десятки тысяч", "ده‌ها هزار"
	fAndTens                      // an "and" that joins tens and units: "بیست و پنج"
	fNeedPerson                   // a number word that is one only before a counted noun: "نه" (nine; also "no")
	fHarm                         // a verb of killing or wounding, whose object can only be people: "kill scores"
	fUnitTens                     // a tens word a unit may stand before: Pashto "دوه دېرش" (32)
	fArticle                      // a "one" that is also the article before a vague noun: Pashto "یو شمېر" (a number of)
)

type lex struct {
	kind    lkind
	flags   lflag
	num     int64 // value of a number word, multiplier of hundred/scale/dozen
	lo, hi  int64 // bounds of vague words
	unit    int64 // multiplier of a plural after "of": "tens of thousands" (1000)
	val     int64 // conventional value of a vague word
	numbers bool  // a number or number-like word (candidate start of a phrase)
	quals   []int // indices into quals of the qualifiers that end in this word, longest first
}

func (l *lex) has(f lflag) bool { return l != nil && l.flags&f != 0 }

var lexicon = map[string]*lex{}

func entry(w string) *lex {
	l := lexicon[w]
	if l == nil {
		l = &lex{}
		lexicon[w] = l
	}
	return l
}

func flag(f lflag, words ...string) {
	for _, w := range words {
		entry(script.Fold(w)).flags |= f
	}
}

// number enters number words of another language, stored as script.Fold
// spells them: each of forms ("двух двое") has kind k and value v.
func number(k lkind, v int64, f lflag, forms string) {
	for _, w := range strings.Fields(forms) {
		l := entry(script.Fold(w))
		l.kind, l.num, l.numbers = k, v, true
		l.flags |= f
	}
}

// foreignQual enters a qualifier of another language (words separated by
// spaces) read as the English qualifier q.
func foreignQual(words string, q Qualifier) {
	ws := strings.Fields(words)
	for i, w := range ws {
		ws[i] = script.Fold(w)
	}
	quals = append(quals, qual{ws, q, qualClass[q]})
}

// vagueWords enters vague words of another language with the same
// readings as their English counterpart.
func vagueWords(like string, f lflag, forms string) {
	e := lexicon[like]
	for _, w := range strings.Fields(forms) {
		l := entry(script.Fold(w))
		l.kind, l.val, l.lo, l.hi, l.unit, l.numbers = e.kind, e.val, e.lo, e.hi, e.unit, true
		l.flags |= f | e.flags&^fNeedOf
	}
}

var units = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
var teens = []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func init() {
	set := func(w string, k lkind, v int64) {
		l := entry(w)
		l.kind, l.num, l.numbers = k, v, true
	}
	for i, w := range units {
		set(w, lNum, int64(i+1))
	}
	for i, w := range teens {
		set(w, lNum, int64(i+10))
	}
	for i, t := range tens {
		set(t, lNum, int64(20+10*i))
		for j, u := range units {
			set(t+"-"+u, lNum, int64(20+10*i+j+1))
			set(t+"–"+u, lNum, int64(20+10*i+j+1))
		}
	}
	set("fourty", lNum, 40) // common misspelling
	for j, u := range units {
		set("fourty-"+u, lNum, int64(40+j+1))
	}
	set("hundred", lHundred, 100)
	set("thousand", lScale, 1000)
	set("million", lScale, 1_000_000)
	set("billion", lScale, 1_000_000_000)
	set("dozen", lDozen, 12)
	set("a", lA, 0)
	set("an", lA, 0)
	set("half", lHalf, 0)
	entry("and").kind = lAnd

	plural := func(w string, val, lo, hi, unit int64, f lflag) {
		l := entry(w)
		l.kind, l.val, l.lo, l.hi, l.unit, l.numbers = lPlural, val, lo, hi, unit, true
		l.flags |= f
	}
	plural("dozens", 24, 24, 99, 12, 0)
	plural("scores", 40, 40, 199, 20, fNeedOf)
	plural("tens", 20, 20, 99, 10, fNeedOf)
	plural("hundreds", 200, 200, 999, 100, 0)
	plural("thousands", 2000, 2000, 9999, 1000, 0)
	plural("millions", 2_000_000, 2_000_000, 9_999_999, 1_000_000, 0)
	plural("billions", 2_000_000_000, 2_000_000_000, 9_999_999_999, 1_000_000_000, 0)

	vague := func(w string, val, lo, hi int64, f lflag) {
		l := entry(w)
		l.kind, l.val, l.lo, l.hi, l.numbers = lVague, val, lo, hi, true
		l.flags |= f
	}
	vague("several", 3, 3, 9, 0)
	vague("few", 3, 2, 5, fNeedA)
	vague("handful", 3, 2, 9, fNeedA)
	vague("couple", 2, 2, 3, fNeedA)
	vague("number", 3, 2, 0, fNeedA) // "a number of": open-ended

	flag(fUnit,
		// length, area, speed
		"km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "mi",
		"m", "metre", "metres", "meter", "meters", "cm", "mm", "millimetre", "millimetres", "millimeter",
		"millimeters", "ft", "foot", "feet", "yard", "yards", "inch", "inches", "nm", "nautical",
		"km2", "sq", "square", "hectare", "hectares", "ha", "acre", "acres", "kph", "mph", "km/h", "knots",
		"calibre", "caliber",
		// weight, volume, energy
		"kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "g", "gram", "grams",
		"ton", "tons", "tonne", "tonnes", "t", "lb", "lbs", "pound", "pounds", "ounce", "ounces",
		"litre", "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels", "bpd", "cubic",
		"mw", "kw", "gw", "megawatt", "megawatts", "kilowatt", "kilowatts", "volt", "volts",
		"degree", "degrees", "celsius", "fahrenheit",
		// proportions
		"percent", "pct", "percentage", "times", "fold", "magnitude",
		// time
		"second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
		"h", "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights",
		"month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
		"a.m", "p.m", "am", "pm", "o'clock", "o’clock", "gmt", "utc", "cet", "cest", "eet", "eest", "msk",
		"ist", "pkt", "est", "edt", "pst", "pdt", "bst", "zulu",
		// money
		"dollar", "dollars", "usd", "euro", "euros", "eur", "ruble", "rubles", "rouble", "roubles", "rub",
		"somoni", "som", "soms", "tenge", "afghani", "afghanis", "rupee", "rupees", "riyal", "riyals", "rial",
		"rials", "hryvnia", "hryvnias", "hryvnias", "uah", "yuan", "renminbi", "yen", "pence", "cents", "cent",
		"lira", "lire", "dinar", "dinars", "dirham", "dirhams", "naira", "cfa", "francs", "franc", "shillings",
		"birr", "pesos", "manat", "lari", "dram", "drams", "sum", "bitcoin",
	)
	flag(fCurrency, "usd", "eur", "us$", "rs", "inr", "rub", "uah", "gbp", "tjs", "kgs", "afn", "sar", "yer", "cfa")
	flag(fMonth, "january", "february", "april", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	flag(fMonth|fCapMonth, "may", "march", "mar")
	flag(fName,
		"base", "route", "highway", "road", "motorway", "flight", "resolution", "article", "section",
		"chapter", "paragraph", "page", "no", "nos", "number", "unit", "block", "sector", "zone", "gate",
		"camp", "hill", "height", "heights", "building", "platform", "post", "checkpoint", "district",
		"precinct", "room", "ward", "cell", "terminal", "hangar", "pier", "bay", "lot", "plot", "level",
		"phase", "stage", "grade", "class", "model", "version", "type", "mark", "mk", "series", "channel",
		"code", "line", "kilometre", "kilometer", "km", "junction", "exit", "bridge", "station", "block",
		"apartment", "flat", "house", "street", "avenue", "lane", "school", "hospital", "brigade",
		"battalion", "regiment", "division", "corps", "squadron", "company", "group", "protocol", "minsk",
		"covid", "g", "cop", "operation", "item", "annex", "appendix", "figure", "table", "sura", "verse",
		"episode", "season", "vol", "volume", "issue", "edition", "decree", "law", "order", "case", "tower",
		"bunker", "object", "facility", "site", "sites", "outpost", "observation", "position", "quarter", "ring",
		"stadium", "square", "term", "world", "war", "resolutions", "articles", "points", "point", "match", "game",
	)
	flag(fPerson,
		"people", "persons", "person", "civilians", "civilian", "soldiers", "troops", "servicemen",
		"servicemembers", "personnel", "fighters", "militants", "rebels", "insurgents", "jihadists", "gunmen",
		"attackers", "assailants", "terrorists", "combatants", "mercenaries", "conscripts", "recruits",
		"reservists", "guards", "police", "policemen", "officers", "residents", "villagers", "inhabitants",
		"refugees", "migrants", "displaced", "children", "women", "men", "families", "households",
		"protesters", "demonstrators", "prisoners", "detainees", "hostages", "captives", "casualties",
		"dead", "killed", "wounded", "injured", "deaths", "fatalities", "bodies", "members", "workers",
		"students", "pupils", "patients", "volunteers", "journalists", "doctors", "staff", "pilgrims",
		"tanks", "drones", "missiles", "rockets", "shells", "vehicles", "aircraft", "homes", "houses",
		"buildings",
	)
	flag(fFraction, "third", "thirds", "half", "halves", "quarter", "quarters", "fourth", "fourths", "fifth",
		"fifths", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth",
		"tenths", "hundredth", "hundredths", "thousandth", "thousandths", "percent")
	flag(fDet, "the", "this", "that", "which", "every", "each", "any", "no", "whichever", "anyone")
	flag(fAge, "aged", "age", "ages", "ageing", "aging")
	flag(fTimePrep, "at", "by", "until", "till", "til", "before", "after")
	flag(fHarm, "kill", "kills", "killed", "killing", "wound", "wounds", "wounded", "wounding", "injure",
		"injures", "injured", "injuring", "massacre", "massacres", "massacred", "slaughter", "slaughters",
		"slaughtered", "martyr", "martyrs", "martyred")
	flag(fSaid, "said", "says", "say", "told", "tells", "added", "adds", "recalled", "explained", "noted")
}

// qclass is how a qualifier turns a figure into bounds.
type qclass uint8

const (
	qNone   qclass = iota
	qMin           // at least N: N..open
	qMore          // more than N: N+1..open
	qAbout         // about N: N±10%
	qNearly        // nearly N: 90%..N-1
	qMax           // up to N: 0..N
	qLess          // fewer than N: 0..N-1
)

// Qualifier constants: the lower-case qualifier phrases Find recognises.
// Qualifiers of vague counts without one of these hold the vague phrase
// itself ("dozens", "several hundred", "tens of thousands").
const (
	AtLeast       Qualifier = "at least"
	NoFewerThan   Qualifier = "no fewer than"
	NoLessThan    Qualifier = "no less than"
	MoreThan      Qualifier = "more than"
	Over          Qualifier = "over"
	Above         Qualifier = "above"
	UpwardsOf     Qualifier = "upwards of"
	InExcessOf    Qualifier = "in excess of"
	WellOver      Qualifier = "well over"
	JustOver      Qualifier = "just over"
	About         Qualifier = "about"
	Around        Qualifier = "around"
	Approximately Qualifier = "approximately"
	Roughly       Qualifier = "roughly"
	Some          Qualifier = "some"
	AnEstimated   Qualifier = "an estimated"
	Estimated     Qualifier = "estimated"
	Nearly        Qualifier = "nearly"
	Almost        Qualifier = "almost"
	CloseTo       Qualifier = "close to"
	JustUnder     Qualifier = "just under"
	UpTo          Qualifier = "up to"
	AsManyAs      Qualifier = "as many as"
	AtMost        Qualifier = "at most"
	NoMoreThan    Qualifier = "no more than"
	NotMoreThan   Qualifier = "not more than"
	FewerThan     Qualifier = "fewer than"
	LessThan      Qualifier = "less than"
	OrMore        Qualifier = "or more" // trailing: "12 or more"
	OrSo          Qualifier = "or so"   // trailing: "a dozen or so"
	OrFewer       Qualifier = "or fewer"
	OrLess        Qualifier = "or less"
	Plus          Qualifier = "plus" // trailing: "100+"
)

type qual struct {
	words []string // lower-case words, in order (script.Fold spelling)
	q     Qualifier
	class qclass
}

// quals are tried longest first.
var quals = []qual{
	{[]string{"no", "fewer", "than"}, NoFewerThan, qMin},
	{[]string{"no", "less", "than"}, NoLessThan, qMin},
	{[]string{"no", "more", "than"}, NoMoreThan, qMax},
	{[]string{"not", "more", "than"}, NotMoreThan, qMax},
	{[]string{"as", "many", "as"}, AsManyAs, qMax},
	{[]string{"in", "excess", "of"}, InExcessOf, qMore},
	{[]string{"at", "least"}, AtLeast, qMin},
	{[]string{"more", "than"}, MoreThan, qMore},
	{[]string{"upwards", "of"}, UpwardsOf, qMore},
	{[]string{"well", "over"}, WellOver, qMore},
	{[]string{"just", "over"}, JustOver, qMore},
	{[]string{"an", "estimated"}, AnEstimated, qAbout},
	{[]string{"close", "to"}, CloseTo, qNearly},
	{[]string{"just", "under"}, JustUnder, qNearly},
	{[]string{"up", "to"}, UpTo, qMax},
	{[]string{"at", "most"}, AtMost, qMax},
	{[]string{"fewer", "than"}, FewerThan, qLess},
	{[]string{"less", "than"}, LessThan, qLess},
	{[]string{"over"}, Over, qMore},
	{[]string{"above"}, Above, qMore},
	{[]string{"about"}, About, qAbout},
	{[]string{"around"}, Around, qAbout},
	{[]string{"approximately"}, Approximately, qAbout},
	{[]string{"roughly"}, Roughly, qAbout},
	{[]string{"some"}, Some, qAbout},
	{[]string{"estimated"}, Estimated, qAbout},
	{[]string{"nearly"}, Nearly, qNearly},
	{[]string{"almost"}, Almost, qNearly},
}

var qualClass = map[Qualifier]qclass{}

func init() {
	for _, q := range quals {
		qualClass[q.q] = q.class
	}
	addRussian()
	addPersian()
	addPashto()
	// longest first, the English order kept among equals
	sort.SliceStable(quals, func(a, b int) bool { return len(quals[a].words) > len(quals[b].words) })
	for qi, q := range quals {
		e := entry(q.words[len(q.words)-1])
		e.flags |= fQualEnd
		e.quals = append(e.quals, qi)
	}
	qualClass[OrMore] = qMin
	qualClass[Plus] = qMin
	qualClass[OrSo] = qAbout
	qualClass[OrFewer] = qMax
	qualClass[OrLess] = qMax
	buildTable()
}

const fQualEnd lflag = 1 << 30 // last word of a qualifier phrase, apart from the flags above

package sentence

import "strings"

type abbrKind uint8

const (
	abbrNone    abbrKind = iota
	abbrStrong           // never ends a sentence: titles, months, Latin shorthands
	abbrNum              // does not end a sentence before a digit: "No. 5"
	abbrWeak             // "etc.", "Inc.": ends a sentence unless a lower-case word follows (as for plain words)
	abbrTime             // "a.m.", "p.m."
	abbrAcronym          // "U.S.", "U.N.", initials "J."
	abbrYear             // Russian "г.", "гг.": after a number a year, which often ends a sentence; else "город" before a name
)

// cyrAbbrevs are the Russian abbreviations of news copy, lower case.
var cyrAbbrevs = map[string]abbrKind{
	"г": abbrYear, "гг": abbrYear,
	// places, ranks, units: a name or a number follows
	"ул": abbrStrong, "пр": abbrStrong, "пос": abbrStrong, "им": abbrStrong, "обл": abbrStrong, "с": abbrStrong,
	"д": abbrStrong, "пгт": abbrStrong, "ген": abbrStrong, "полк": abbrStrong, "подп": abbrStrong, "ст": abbrStrong,
	"мл": abbrStrong, "тыс": abbrStrong, "млн": abbrStrong, "млрд": abbrStrong, "руб": abbrStrong, "долл": abbrStrong,
	"т.е": abbrStrong, "т.к": abbrStrong, "т.н": abbrStrong, "см": abbrStrong, "тел": abbrStrong, "св": abbrStrong,
	// lists: "и т.д.", "и др." often close a sentence
	"т.д": abbrWeak, "т.п": abbrWeak, "др": abbrWeak,
}

var abbrevs = map[string]abbrKind{}

func init() {
	for _, w := range []string{
		// titles and ranks
		"mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "fr", "hon", "sra", "mme", "mlle",
		"gen", "gens", "col", "lt", "ltc", "sgt", "ssgt", "capt", "cpt", "maj", "cpl", "pvt", "pte",
		"adm", "brig", "cmdr", "cdr", "comdr", "cmdt", "insp", "supt", "supdt", "det", "const", "cst", "asst", "addl", "dy",
		"gov", "govt", "sen", "rep", "reps", "pres", "amb", "sec", "secy", "atty",
		"st", "ste", "mt", "ft", "pt",
		// months and days
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"mon", "tue", "tues", "thu", "thur", "thurs", "fri",
		// Latin and other shorthands
		"vs", "viz", "cf", "approx", "est", "dept", "univ", "assn", "bros", "ca", "ave", "blvd",
		"al", // et al.
	} {
		abbrevs[w] = abbrStrong
	}
	for _, w := range []string{"no", "nos", "art", "arts", "fig", "figs", "vol", "vols", "p", "pp", "para", "ch", "sect", "tel", "ext"} {
		abbrevs[w] = abbrNum
	}
	for _, w := range []string{"etc", "inc", "ltd", "co", "corp", "jr", "plc", "llc", "ag", "sa", "bhd"} {
		abbrevs[w] = abbrWeak
	}
	for _, w := range []string{"a.m", "p.m"} {
		abbrevs[w] = abbrTime
	}
	for _, w := range []string{"e.g", "i.e", "n.b", "c.f", "a.k.a", "ibid"} {
		abbrevs[w] = abbrStrong
	}
}

// classify tells what kind of abbreviation word (the text before a full
// stop) is.
func classify(word string) abbrKind {
	if word[0] >= 0xD0 && word[0] <= 0xD4 {
		if len(word) > 12 {
			return abbrNone
		}
		return cyrAbbrevs[strings.ToLower(word)]
	}
	if len(word) == 1 {
		c := word[0]
		if c >= 'A' && c <= 'Z' {
			return abbrAcronym // an initial
		}
		if c == 'v' {
			return abbrStrong
		}
		if c == 'p' {
			return abbrNum
		}
		return abbrNone
	}
	if len(word) > 10 {
		return abbrNone
	}
	var buf [10]byte
	dotted, single := false, true // dotted: has inner dots; single: every segment one letter
	seg := 0
	upper := false
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c == '.':
			dotted = true
			if seg != 1 {
				single = false
			}
			seg = 0
		case c >= 'A' && c <= 'Z':
			upper = true
			seg++
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c == '\'':
			seg++
		default:
			return abbrNone
		}
		buf[i] = c
	}
	if seg != 1 {
		single = false
	}
	if k, ok := abbrevs[string(buf[:len(word)])]; ok {
		return k
	}
	if dotted && single {
		if upper {
			return abbrAcronym // U.S, U.N, E.U
		}
		return abbrStrong // e.g, i.e and other lower-case dotted shorthands
	}
	return abbrNone
}

// starters are words that commonly open a sentence in news copy. After an
// acronym or an initial, a sentence ends only before one of them.
var starters = map[string]bool{}

func init() {
	for _, w := range []string{
		"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
		"There", "Here", "His", "Her", "Their", "Its", "Our", "My", "In", "On", "At", "By", "For", "From",
		"With", "Without", "After", "Before", "During", "Since", "Until", "When", "While", "Where", "Why",
		"How", "What", "Who", "Which", "If", "As", "But", "And", "Or", "So", "Yet", "However", "Meanwhile",
		"Moreover", "Also", "Still", "Earlier", "Later", "Last", "Next", "Then", "Now", "Today", "Yesterday",
		"According", "Officials", "Police", "Witnesses", "Residents", "Some", "Many", "Most", "No",
		"Several", "Both", "All", "Each", "Other", "Another", "One", "Two", "Three", "Four", "Five", "Six",
		"Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Thousands", "More", "Fighting",
		"Clashes", "Troops", "Soldiers", "Separately", "Instead",
	} {
		starters[w] = true
	}
}

// starter reports whether w, the word at text[k:], usually opens a
// sentence. A single letter followed by a full stop is an initial, not the
// article "A" or the pronoun "I".
func starter(w string, text string, k int) bool {
	if w == "" {
		return false
	}
	if len(w) == 1 && k+1 < len(text) && text[k+1] == '.' {
		return false
	}
	return starters[w]
}

// timeContinues reports whether w, a capitalised word after "a.m."/"p.m.",
// continues the time expression: a weekday, a month, a time zone or an
// all-capitals abbreviation of up to five letters ("GMT", "EEST", "MSK").
func timeContinues(w string) bool {
	if w == "" {
		return false
	}
	if len(w) <= 5 {
		caps := true
		for i := 0; i < len(w); i++ {
			if w[i] < 'A' || w[i] > 'Z' {
				caps = false
				break
			}
		}
		if caps && len(w) >= 2 {
			return true
		}
	}
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
		"Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
		"Moscow", "Kyiv", "Kabul", "Dushanbe", "Bishkek", "Local", "Eastern", "Central", "Pacific":
		return true
	}
	return false
}

// NameAbbrev reports whether word (lower case, without its full stop) is
// an abbreviation that never ends a sentence, such as a title or a rank
// ("Const.", "Sgt."): its full stop is part of the name it opens, so a
// reader walking back over a speaker's words ("police Const. X said")
// goes on past it.
func NameAbbrev(word string) bool {
	return word != "" && classify(word) == abbrStrong
}

package gazetteer

import (
	"strconv"
	"strings"
)

// A one-word name that opens a clause as the subject of a verb only a
// person does ("Kirby told an aide", "Quincy declined to comment"), or
// that an apposition calls a person ("Kirby, the former candidate,"), is
// a person, and so are its bare mentions elsewhere in the text (the name is
// filed as a surname: dropSurnames). A country, a first-level division, a
// capital, a province's seat or a big city speaks for its government
// ("Kabul said", "Tehran denied"), and a town after a preposition is where
// the speaker lives or works ("a resident of Kirby said", "a lab in Quincy
// confirmed"): both stay places.

// personVerbs are verbs of speech and of personal acts that towns do not
// do, even by metonymy; after a title and a name they make a person too
// ("Prince Albert said": titledPlace).
var personVerbs = newShortSet("said", "says", "told", "tells", "added", "announced", "visited", "met", "urged",
	"warned", "called", "declined", "apologized", "apologised", "apologizes", "apologises", "insisted", "argued",
	"wrote", "tweeted", "admitted", "vowed", "thanked", "praised", "criticized", "criticised", "recalled",
	"explained", "stopped", "resigned", "testified", "pleaded", "smiled", "laughed")

// befallVerbs tell what befalls a person, as a headline's lone victim
// ("Man killed in shelling", "Man shot dead"): towns are not killed or
// arrested, and no town's name stands for its people so, however big or
// high its rank; only a country or a province may ("Sindh arrested 40").
var befallVerbs = newShortSet("killed", "shot", "wounded", "injured", "stabbed", "kidnapped", "abducted",
	"arrested", "died", "dies", "hanged", "lynched", "beheaded")

// personHeads are nouns only people are, heading an apposition after a
// name ("Kirby, the former vice presidential candidate, ...").
var personHeads = setOf("candidate", "spokesman", "spokeswoman", "spokesperson", "governor", "leader", "president",
	"minister", "director", "commander", "pastor", "priest", "imam", "cleric", "teacher", "owner", "founder",
	"chairman", "chairwoman", "senator", "mayor", "judge", "lawyer", "coach", "player", "singer", "actor",
	"actress", "author", "journalist", "reporter", "activist", "farmer", "resident", "victim", "suspect",
	"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "boy", "girl", "woman",
	"man", "child", "schoolteacher", "student", "doctor", "nurse", "soldier", "policeman", "policewoman",
	"officer", "inspector", "constable", "sergeant", "trader", "shopkeeper", "driver", "businessman",
	"worker", "villager", "cousin", "nephew", "uncle", "widow", "colleague", "friend", "neighbour", "neighbor")

// appositionWords: a person's apposition finds its head within this many
// words after its article ("the failed Republican vice presidential
// candidate").
const appositionWords = 6

// maxAge: a number between commas after a name ("Dover, 38, of") is
// the person's age up to this; a larger one is a figure or a year.
const maxAge = 110

// personApposition reports whether the one-word name at token i is
// followed by an apposition that makes it a person: a comma, "the" or "a",
// and within appositionWords words a noun only people are, before the
// next punctuation. A seat of government may still be meant ("Kandahar,
// the governor's office said"): the caller keeps those.
func personApposition(text string, tz *tokenizer, i int) bool {
	toks := tz.toks
	if i+2 >= len(toks) || strings.TrimSpace(text[toks[i].end:toks[i+1].start]) != "," {
		return false
	}
	switch tz.word(&toks[i+1]) {
	case "the", "a", "an":
	default:
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+1+appositionWords && !toks[k].breakBefore; k++ {
		if personHeads[tz.word(&toks[k])] {
			return true
		}
	}
	return false
}

// personNamed: an age between commas after the name at tokens i..j
// ("Dover, 38, of") or a person's noun with its determiner before it
// ("his wife, Quincy,", "a teacher, Maria Gomez,") makes it a person,
// whatever town or district the words also name; only a country or a
// province stays itself.
func personNamed(text string, tz *tokenizer, i, j int) bool {
	return ageAfter(text, tz, i, j) || headBefore(text, tz, i, j) || namedPerson(tz, i)
}

// namingVerbs give a name: "a boy named X", "whom they called X".
var namingVerbs = setOf("named", "called", "nicknamed", "dubbed", "christened")

// namingReach: how far before the naming verb its person may stand
// ("their son, whom the couple had named X").
const namingReach = 6

// namedPerson: the name at i follows a naming verb whose object is a
// person: a person's noun ("a boy named X") or "whom" before it within
// namingReach words. A place noun there ("a village named X") is a
// place's name.
func namedPerson(tz *tokenizer, i int) bool {
	toks := tz.toks
	if i == 0 || !namingVerbs[tz.word(&toks[i-1])] {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-1-namingReach && !toks[k+1].breakBefore; k-- {
		w := tz.word(&toks[k])
		if placeNouns[w] {
			return false
		}
		if personHeads[w] || w == "whom" || w == "who" {
			return true
		}
	}
	return false
}

// ageAfter: ", NN," follows the name at i..j and a word in small
// letters the apposition (was, of, who): "Dover, 38, was convicted".
// After a preposition the name is a place and the number a count of it
// ("in Herat, 12, and in Kunduz, 9").
func ageAfter(text string, tz *tokenizer, i, j int) bool {
	toks := tz.toks
	if j+2 >= len(toks) || toks[j+2].cap || strings.TrimSpace(text[toks[j].end:toks[j+1].start]) != "," ||
		i > 0 && locatives[tz.word(&toks[i-1])] {
		return false
	}
	n, err := strconv.Atoi(tz.word(&toks[j+1]))
	return err == nil && n > 0 && n <= maxAge && strings.TrimSpace(text[toks[j+1].end:toks[j+2].start]) == ","
}

// headDeterminers open the person's noun a name stands in apposition to.
var headDeterminers = setOf("his", "her", "their", "its", "our", "my", "the", "a", "an")

// headModifiers: words in small letters between the determiner and a
// person's noun ("his pregnant wife", "their eldest son").
const headModifiers = 2

// headBefore: the name at i..j stands between commas (or a comma and
// "and") after a person's noun and its determiner: "his wife, Quincy,
// and".
func headBefore(text string, tz *tokenizer, i, j int) bool {
	toks := tz.toks
	if i < 2 || j+1 >= len(toks) || !personHeads[tz.word(&toks[i-1])] ||
		strings.TrimSpace(text[toks[i-1].end:toks[i].start]) != "," {
		return false
	}
	after := strings.TrimSpace(text[toks[j].end:toks[j+1].start])
	if after != "," && !(after == "" && tz.word(&toks[j+1]) == "and") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-2-headModifiers && (!toks[k].cap || toks[k].sentStart) && !toks[k+1].breakBefore; k-- {
		if headDeterminers[tz.word(&toks[k])] {
			return true
		}
	}
	return false
}

// clauseOpeners may stand between a clause's start and its subject.
var clauseOpeners = setOf("and", "but", "while", "when", "as", "that", "because", "after", "before", "then")

// personSubject reports whether the one-word name at token i reads as a
// person's: it opens a clause (a sentence, after punctuation or after a
// conjunction) and a person's verb follows it.
func personSubject(tz *tokenizer, i int) bool {
	return clauseSubject(tz, i, personVerbs)
}

// victimSubject is personSubject for what befalls a person (befallVerbs).
func victimSubject(tz *tokenizer, i int) bool {
	return clauseSubject(tz, i, befallVerbs)
}

// clauseSubject: the one-word name at token i opens a clause and one of
// verbs follows it.
func clauseSubject(tz *tokenizer, i int, verbs *shortSet) bool {
	toks := tz.toks
	if i+1 >= len(toks) || toks[i+1].cap || toks[i+1].breakBefore || !verbs.hasBytes(tz.fold(&toks[i+1])) {
		return false
	}
	if toks[i].sentStart || toks[i].breakBefore {
		return true
	}
	// "in Amarillo and Quincy arrested": a name joined by "and" to a
	// place a locative governs ends a list of places, no new clause's
	// subject
	prev := tz.word(&toks[i-1])
	return clauseOpeners[prev] && !(prev == "and" && i >= 3 && toks[i-2].cap && listLocatives[tz.word(&toks[i-3])])
}

// listLocatives govern every name of the list after them.
var listLocatives = setOf("in", "at", "near", "from", "across", "between", "outside")

// speaksForGovernment: one of the name's readings is a place whose name
// stands for its authorities: a division, a capital, a province's seat or
// a big city (bigCityPop, "Karachi said").
func (g *Gazetteer) speaksForGovernment(posts []uint32) bool {
	for _, e := range posts {
		r := &g.places[e>>flagBits]
		switch r.Kind {
		case KindCountry, KindAdmin1, KindAdmin2, KindContinent, KindRegion:
			return true
		}
		if _, code := fcodeString(r.FCode); r.Pop >= bigCityPop || code == "PPLC" || code == "PPLA" {
			return true
		}
	}
	return false
}

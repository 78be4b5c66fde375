package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/event"
)

// Keywords are what lets fusion tell one incident's reports from a
// look-alike's: reports of one shooting name the same victim, gunman, firm
// and street and give the same ages, while another shooting of the same kind
// names others. They are the proper names and ages in the sentences that tell
// the event (and in the headline, for the article's first event), minus what
// every report of any incident names: places (compared as places),
// nationalities, dates, titles and institutions.

// leadSents is how many sentences open the article's story.
const leadSents = 3

// maxKeywords bounds what one mention carries into the store.
const maxKeywords = 40

// keyStop are capitalised words that name no one in particular; words
// for kinds of places ("District", "Governorate") are levelWord's.
var keyStop = set(
	"the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "for", "to", "with", "by", "from", "as", "it", "its",
	"he", "she", "they", "his", "her", "their", "this", "that", "there", "i", "we", "you", "who", "what", "when",
	"mr", "mrs", "ms", "miss", "dr", "sir", "gen", "general", "col", "colonel", "maj", "major", "capt", "captain",
	"lt", "lieutenant", "sgt", "sergeant", "officer", "officers", "cpl", "corporal", "pvt", "private", "det",
	"detective", "insp", "inspector", "supt", "superintendent", "chief", "deputy", "sheriff", "sheriff's", "judge",
	"justice", "president", "vice", "minister", "ministry", "prime", "secretary", "spokesman", "spokeswoman",
	"spokesperson", "commander", "commissioner", "governor", "mayor", "senator", "rep", "representative",
	"prosecutor", "prosecutors", "attorney", "police", "dept", "states", "court", "army", "navy", "forces", "force",
	"military", "government", "national", "federal", "united", "news", "press", "associated", "reuters", "afp",
	"ap", "bbc", "cnn", "upi", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"new", "old", "street", "st", "road", "avenue", "ave", "jr", "sr", "inc", "ltd", "co", "corp", "company",
	"office", "station", "hospital", "university", "school", "church", "high", "center", "centre", "club",
	"party", "group", "council", "house", "senate", "congress", "parliament", "agency", "service", "services",
	"update", "updated", "breaking", "video", "photo", "photos", "read", "more", "comments", "posted", "said",
	"says", "according", "after", "before", "following", "during", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "first", "second", "third", "last", "next", "year", "years", "day", "days",
	"week", "weeks", "month", "months", "today", "yesterday", "tonight", "morning", "night", "evening",
	"afternoon", "christmas", "english", "world", "international", "media", "security", "special", "public",
	"american", "europe", "european", "africa", "african", "asia", "asian", "america", "authorities", "officials",
	"ministers", "members", "people", "man", "woman", "men", "women", "boy", "girl", "god", "sources", "report",
	"reports", "reported", "told", "law", "crime", "criminal", "murder", "shooting", "attack", "fire",
)

// keywords returns the event's keywords (see above), sorted.
func (d *doc) keywords(ev *evb, bg bool) []string {
	seen := map[string]bool{}
	add := func(st *sent) {
		if st == nil {
			return
		}
		for _, w := range d.sentKeywords(st) {
			seen[w] = true
		}
	}
	for _, es := range ev.sents {
		add(es.st)
	}
	// The headline and the lead tell what the article is about: an event
	// told now (not as history) is most likely that, or close to it.
	if !bg {
		add(d.title)
		for _, st := range d.sents[:min(leadSents, len(d.sents))] {
			add(st)
		}
	}
	if len(seen) == 0 {
		return nil
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	sort.Strings(out)
	if len(out) > maxKeywords {
		out = out[:maxKeywords]
	}
	return out
}

// sentKeywords reads a sentence's keywords once: the lead serves every
// event of the article.
func (d *doc) sentKeywords(st *sent) []string {
	if ks, ok := d.keyCache[st]; ok {
		return ks
	}
	var out []string
	// A title-case or shouted line capitalises every word.
	titleCase := st.head && capsShare(st)
	first := true
	for i, t := range st.toks {
		if !t.word {
			if t.w == ":" || t.w == "\"" || t.w == "(" {
				first = true
			}
			continue
		}
		opens := first
		first = false
		if age := ageWord(st, i); age != "" {
			out = append(out, age)
			continue
		}
		if !(t.cap || caseless(st)) || opens || titleCase || utf8.RuneCountInString(t.w) < 3 || keyStop[t.w] || levelWord(t.w) || !letters(t.w) {
			continue
		}
		if d.glossed(t) || d.acronym(t) {
			continue
		}
		if _, ok := d.x.lx.demonyms[t.w]; ok {
			continue
		}
		if d.inDate(st, i) || inPlace(st, t) || beforeLevel(st, i) {
			continue
		}
		out = append(out, t.w)
	}
	if d.keyCache == nil {
		d.keyCache = map[*sent][]string{}
	}
	d.keyCache[st] = out
	return out
}

// ageWord returns "61-year-old" for an age written so (the tokenizer keeps
// it whole), else "".
func ageWord(st *sent, i int) string {
	w := st.toks[i].w
	if !strings.HasSuffix(w, "-year-old") || w[0] < '0' || w[0] > '9' {
		return ""
	}
	return w
}

// acronym: capitals are ship prefixes, agencies and forces ("INS", "FBI",
// "ISWAP"): every report of a kind names them (event.Acronym). The
// Russian press writes every agency so, whatever its length ("ГКНБ",
// "МВД"), and writes no one's name in capitals outside a shouted line
// (which titleCase leaves out).
func (d *doc) acronym(t token) bool {
	src := d.text[t.s:t.e]
	if src != strings.ToUpper(src) {
		return false
	}
	return event.Acronym(src) || t.w[0] >= 0xD0 && t.w[0] <= 0xD4 // U+0400–U+052F
}

// caseless: a sentence in a script without capitals (Persian) cannot tell
// names by them; its keywords are the words its glosses do not know
// (candidates that fusion counts as names only when they meet a name of
// another report, see fuse/crossnames.go).
func caseless(st *sent) bool {
	return scriptFamily(st.lang) == langFa
}

// letters: a name, not a model number ("AK-47") or a figure.
func letters(w string) bool {
	for _, r := range w {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}

func inPlace(st *sent, t token) bool {
	for _, p := range st.places {
		if !p.notPlace && t.s >= p.p.Start && t.e <= p.p.End {
			return true
		}
	}
	return false
}

// beforeLevel: the word opens a place's name that the geocoder left out
// because an institution's name goes on after it ("X County Fire
// Department"): a place, which every report of the area names, not a
// person.
func beforeLevel(st *sent, i int) bool {
	for k := i + 1; k < len(st.toks) && k <= i+3; k++ {
		t := st.toks[k]
		if !t.word || !t.cap {
			return false
		}
		if levelWord(t.w) {
			return true
		}
	}
	return false
}

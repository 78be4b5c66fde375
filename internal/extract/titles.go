package extract

// A line that opens with the name of a document and what it is about
// ("Report on the protection of civilians", "Statement of the Front
// regarding ...", "Letter dated 29 June") is the title of that document,
// not a report of an incident: nothing in it is coded. A label with a
// colon ("Report: 5 killed") is a source, not a title; and running text
// that tells what a report said ("A report on Monday said ...") is a
// report of a statement, told as such further on.

// docNouns name documents.
var docNouns = set("report", "statement", "declaration", "letter", "communique", "communiqué", "resolution",
	"annex", "chapter", "volume", "timeline", "summary", "digest", "brief", "briefing", "bulletin", "memorandum",
	"analysis", "review", "factsheet", "snapshot", "overview", "chronology")

// docLinks follow a document's noun in its title.
var docLinks = set("of", "on", "regarding", "about", "concerning", "dated", "into", "for")

// maxDocPrefix is how many words (adjectives, ordinals, a publisher) may
// precede the document's noun: "Quarterly Report on", "The 13th annual
// report on".
const maxDocPrefix = 4

// docTitle: st opens the article with a document's noun and a link word
// after it, and no speech verb says what the document told.
func docTitle(st *sent) bool {
	if st.i != 0 {
		return false
	}
	for _, t := range st.toks {
		if speechVerbs[t.w] {
			return false
		}
	}
	for i := 0; i < len(st.toks) && i <= maxDocPrefix; i++ {
		t := st.toks[i]
		if !t.word {
			return false
		}
		if docNouns[t.w] && docLinks[st.w(i+1)] {
			return true
		}
	}
	return false
}

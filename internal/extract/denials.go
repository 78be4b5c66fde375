package extract

import "github.com/sitrep/sitrep/internal/event"

var denySkip = set("to", "trying", "tried", "attempting", "attempted", "is", "was", "are", "were", "has", "have", "had",
	"also", "been", "quickly", "strongly", "flatly", "swiftly", "categorically")

// What a denial dismisses, and the words that call it untrue.
var (
	deniedObjects = set("claims", "claim", "reports", "report", "allegations", "allegation", "accusations", "accusation",
		"involvement", "responsibility", "figures", "figure", "toll", "account", "accounts", "assertion", "assertions",
		"statement", "statements", "reporting", "rumours", "rumors")
	untrueWords = set("false", "baseless", "fabricated", "untrue", "propaganda", "lies", "fake", "unfounded", "groundless",
		"misleading", "exaggerated", "fiction", "nonsense", "lie")
)

// denialReach is how many words after the verb its object may stand
// ("rejected the casualty figures given by residents").
const denialReach = 4

// objectWithin: one of words follows token i within reach tokens.
func objectWithin(st *sent, i int, words map[string]bool, reach int) bool {
	for j := i + 1; j < len(st.toks) && j <= i+reach; j++ {
		if words[st.toks[j].w] {
			return true
		}
	}
	return false
}

// findDenial: "X denied ...", "X denies any involvement", "rejected claims",
// "dismissed the figures", "called the reports false", "reports ... have
// nothing to do with reality".
func (d *doc) findDenial(st *sent) {
	n := len(st.toks)
	for i := 0; i < n; i++ {
		w := st.toks[i].w
		verb := false
		switch w {
		case "deny", "denies", "denied", "denying", "refuted", "refutes":
			verb = true
		case "dismissed", "dismisses", "rejected", "rejects", "disputed", "disputes", "contested", "contests":
			// only what someone said can be dismissed as a denial
			verb = objectWithin(st, i, deniedObjects, denialReach)
			if !verb {
				continue
			}
		case "called", "calls", "termed", "terms", "described", "describes", "branded", "brands":
			// "called the reports false": the object, then a word for untrue
			verb = objectWithin(st, i, deniedObjects, denialReach) && objectWithin(st, i, untrueWords, 2*denialReach)
			if !verb {
				continue
			}
		case "nothing":
			if !(st.w(i+1) == "to" && st.w(i+2) == "do" && st.w(i+3) == "with") {
				continue
			}
		default:
			continue
		}
		if verb && d.negatedAt(st, i) {
			continue // "did not deny", Persian "رد نکرد": no denial
		}
		st.denial = true
		by := ""
		if verb {
			j := i - 1
			for j >= 0 && denySkip[st.w(j)] { // "is trying to deny"
				j--
			}
			a, b := d.subjectBefore(st, j)
			if a < b {
				// the denier is a speaker: "Islamabad rejects the
				// claim" names the government, not where anything
				// happened
				st.spans = append(st.spans, [2]int{denierStart(st, a, b), b})
				if b-a == 1 && pronouns[st.toks[a].w] {
					by = d.firstNameBefore(st, a)
				} else {
					by = d.resolveSpeaker(st, a, b)
				}
			}
			e := i + 1
			for e < n && e < i+16 && st.toks[e].w != "," && st.toks[e].w != "." && st.toks[e].w != ";" {
				e++
			}
			st.denyWhat = d.tokText(st, i+1, e)
		} else {
			a := 0
			for j := i - 1; j >= 0; j-- {
				if st.toks[j].w == "that" || isQuote(st.toks[j].w) {
					a = j + 1
					break
				}
			}
			b := i
			for b > a && (st.toks[b-1].w == "have" || st.toks[b-1].w == "has" || st.toks[b-1].w == "had") {
				b--
			}
			st.denyWhat = d.tokText(st, a, b)
		}
		if by == "" {
			by = st.speaker
		}
		if by == "" && len(d.speakers) > 0 {
			by = d.speakers[len(d.speakers)-1]
		}
		st.denyBy = by
		return
	}
}

// firstNameBefore returns the first capitalised phrase of the sentence
// before token i ("Russian aircraft ...; however, they deny").
func (d *doc) firstNameBefore(st *sent, i int) string {
	for j := 0; j < i; j++ {
		if st.toks[j].cap && st.toks[j].word && !startSkip[st.toks[j].w] && st.toks[j].w != "the" {
			k := j
			for k < i && st.toks[k].cap {
				k++
			}
			return d.tokText(st, j, k)
		}
	}
	if len(d.speakers) > 0 {
		return d.speakers[len(d.speakers)-1]
	}
	return ""
}

// denied is the event a denial sentence answers: the event its trigger
// words refer back to, else the one the article was telling.
func (d *doc) denied(st *sent) *evb {
	for _, tr := range st.trigs {
		fam := tr.info.fam
		if (fam == "attack" || fam == "destroy") && d.airNear(st, tr.ti) {
			fam = "air"
		}
		g := tgroup{class: famType(fam), fam: fam, trigs: []strig{tr}, generic: tr.info.generic && fam != "air"}
		if ev := d.findRecent(st, g, true); ev != nil {
			return ev
		}
	}
	return d.cur
}

// addDenial keeps the sentence's denial with ev, once per denier.
func (d *doc) addDenial(ev *evb, st *sent) {
	if st.denyBy == "" {
		return
	}
	for _, dn := range ev.denials {
		if dn.By == st.denyBy {
			return
		}
	}
	ev.denials = append(ev.denials, event.Denial{By: st.denyBy, What: st.denyWhat,
		Quote: d.quote(st, -1), Lang: st.lang.Code(), ArticleID: d.a.ID, Outlet: d.a.Outlet})
	ev.lastSent, ev.lastPara = st.i, st.para
}

// denierStart is where the denier's own words begin in the subject a..b
// that subjectBefore found: after the last word that opens a clause or a
// place before it. A title's subject runs from its first word ("Herder
// Shot Dead in Menaka as Army Denies Involvement"): only "Army" denies,
// and Menaka stays where the shooting was.
func denierStart(st *sent, a, b int) int {
	for j := b - 1; j > a; j-- {
		if denierCut[st.w(j)] {
			return j + 1
		}
	}
	return a
}

// denierCut are the words that open a clause or a place inside a title's
// subject, before the denier's own words.
var denierCut = set("as", "while", "after", "when", "but", "in", "at", "near", "on", "from", "since")

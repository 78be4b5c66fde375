package extract

import "github.com/sitrep/sitrep/internal/event"

var denySkip = set("to", "trying", "tried", "attempting", "attempted", "is", "was", "are", "were", "has", "have", "had",
	"also", "been", "quickly", "strongly", "flatly", "swiftly", "categorically")

// findDenial: "X denied ...", "X denies any involvement", "rejected claims",
// "reports ... have nothing to do with reality".
func (d *doc) findDenial(st *sent) {
	n := len(st.toks)
	for i := 0; i < n; i++ {
		w := st.toks[i].w
		verb := false
		switch w {
		case "deny", "denies", "denied", "denying", "refuted", "refutes", "dismissed", "dismisses", "rejected", "rejects":
			verb = true
			if w == "dismissed" || w == "dismisses" || w == "rejected" || w == "rejects" {
				ok := false
				for j := i + 1; j < n && j <= i+4; j++ {
					switch st.toks[j].w {
					case "claims", "claim", "reports", "report", "allegations", "accusations", "involvement", "responsibility":
						ok = true
					}
				}
				if !ok {
					continue
				}
			}
		case "nothing":
			if !(st.w(i+1) == "to" && st.w(i+2) == "do" && st.w(i+3) == "with") {
				continue
			}
		default:
			continue
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

func (d *doc) attachDenial(st *sent) {
	var ev *evb
	for _, tr := range st.trigs {
		fam := tr.info.fam
		if (fam == "attack" || fam == "destroy") && d.airNear(st, tr.ti) {
			fam = "air"
		}
		g := tgroup{class: famType(fam), fam: fam, trigs: []strig{tr}, generic: tr.info.generic && fam != "air"}
		if ev = d.findRecent(st, g, true); ev != nil {
			break
		}
	}
	if ev == nil {
		ev = d.cur
	}
	if ev == nil || st.denyBy == "" {
		return
	}
	for _, dn := range ev.denials {
		if dn.By == st.denyBy {
			return
		}
	}
	ev.denials = append(ev.denials, event.Denial{By: st.denyBy, What: st.denyWhat,
		Quote: d.text[st.s:st.e], ArticleID: d.a.ID, Outlet: d.a.Outlet})
	ev.lastSent, ev.lastPara = st.i, st.para
}

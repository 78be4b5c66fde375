package extract

// A state is named by its government or regime as often as by its
// forces: "an airstrike by the Syrian regime", "shelled by the
// government", "a government airstrike", "the regime shelled X". Coders
// give such an event the state's military forces, of the country the
// nationality names, else of the event's country.

// governmentWords name a state's rulers, standing for its forces.
var governmentWords = set("government", "regime", "junta", "government's", "regime's", "junta's")

// governmentReach is how many words a government named as the subject may
// stand before its event word ("the regime shelled", "the junta's jets
// bombed"): further and it is another clause's.
const governmentReach = 2

// governmentAgents adds a state-forces mention for a government or regime
// that is the agent of a violent event word of the sentence (a government
// that signs or swaps is a party, not forces): after "by", right
// before the event word, or as its subject.
func (d *doc) governmentAgents(st *sent) {
	hit := false
	for _, tr := range st.trigs {
		hit = hit || !tr.off && violent(famType(tr.info.fam))
	}
	if !hit {
		return
	}
	for i, t := range st.toks {
		if !governmentWords[t.w] || d.mentionAt(st, i) || st.inSpans(i) {
			continue
		}
		from, c := d.governmentOf(st, i)
		force := "military"
		if owned := ownedForces(st, i); owned != nil {
			if owned.class == "air" {
				force = "air"
			}
		} else if !d.agentSlot(st, from, i) {
			continue
		}
		st.ments = append(st.ments, mention{ti: from, tj: i + 1, class: "state", force: force, country: c})
	}
}

// agentSlot: the words from..to (a government, with its nationality) are
// an event's agent: after "by" (or "by the"), or an event word follows
// within governmentReach words.
func (d *doc) agentSlot(st *sent, from, to int) bool {
	b := from - 1
	if st.w(b) == "the" {
		b--
	}
	if st.w(b) == "by" {
		return true
	}
	for _, tr := range st.trigs {
		if !tr.off && violent(famType(tr.info.fam)) && tr.ti > to && tr.ti <= to+governmentReach {
			return true
		}
	}
	return false
}

// governmentQualifiers may stand between a nationality and its government
// ("Pakistan's military regime", "the Syrian ruling junta").
var governmentQualifiers = set("military", "'s", "ruling", "federal", "central", "interim", "transitional", "-")

// governmentNationReach bounds the look back for the nationality.
const governmentNationReach = 3

// governmentOf: the first token of the government phrase ending at i and
// the country it names ("@", the event's, when no nationality is given).
func (d *doc) governmentOf(st *sent, i int) (int, string) {
	for j := i - 1; j >= 0 && j >= i-governmentNationReach; j-- {
		t := st.toks[j]
		if t.cap {
			if c := d.nationAt(st, j); c != "" {
				return j, c
			}
		}
		if !governmentQualifiers[t.w] {
			break
		}
	}
	return i, "@"
}

// ownedForces is the forces or aircraft mention the government at i
// owns ("the regime's helicopters", "regime jets", "the junta's troops"):
// they are that state's, which their own words do not say. nil when none
// follows.
func ownedForces(st *sent, i int) *mention {
	at := i + 1
	if st.w(at) == "'s" {
		at++
	}
	for k := range st.ments {
		if m := &st.ments[k]; m.ti == at && (m.class == "air" || m.class == "state") && m.country == "" {
			return m
		}
	}
	return nil
}

package extract

// Which modal words doubt which event words. A modal verb ("will",
// "could", "planned to") before an event word makes it a plan, a threat
// or a guess (st.modalAt). Two kinds of modal doubt something else:
//   - an adjective ("possible", "potential") qualifies the noun it stands
//     before: "possible arson" is doubted, while in "two possible gang
//     members were arrested in the shooting" the shooting is not;
//   - before a court's step the modal is the court's ("will face murder
//     charges", "could stand trial for the killing"): the crime it names
//     happened.
//
// A speculation word ("suggests", "probably") makes the whole sentence a
// guess (st.spec), unless it is part of a name.

// speculative: the word at i makes the sentence a guess (specWords),
// unless it is part of a name. Afghan media call the Durand Line, the
// border they do not recognise, "the hypothetical line" or "the
// hypothetical Durand Line": "hypothetical" before "line", with at most
// maxLineNameWords capitalised words between, names a border, where
// fighting is reported as fact; "a hypothetical line of attack" stays a
// guess.
func speculative(st *sent, i int) bool {
	if st.toks[i].f&fSpec == 0 {
		return false
	}
	if st.toks[i].w != "hypothetical" {
		return true
	}
	for k := i + 1; k <= i+1+maxLineNameWords && k < len(st.toks); k++ {
		if st.w(k) == "line" {
			return st.w(k+1) == "of"
		}
		if !st.toks[k].cap {
			break
		}
	}
	return true
}

// maxLineNameWords: a border line's own name before "line" ("Durand")
// has a word or two.
const maxLineNameWords = 2

// modalAdjectives qualify the noun phrase they open.
var modalAdjectives = set("possible", "potential")

// relativePronouns open a clause whose modal verb ("who plotted", "which
// planned") doubts its own object only.
var relativePronouns = set("who", "which", "that")

// relativeReach: the words a relative clause's modal doubts after it:
// its object ("who plotted the attack on the market").
const relativeReach = 5

// relativeDoubt: the event word at i is the object of a relative
// clause's modal verb; the main clause's verb ends the clause ("the man
// who planned the bombing was shot dead": the shooting is told).
func relativeDoubt(st *sent, i int) bool {
	if st.relModal == 0 || i < st.relModal || i-st.relModal >= relativeReach {
		return false
	}
	for j := st.relModal; j < i; j++ {
		if mainClauseAux[st.w(j)] {
			return false
		}
	}
	return true
}

// mainClauseAux: the auxiliary that resumes the main clause after a
// relative one.
var mainClauseAux = set("was", "were", "is", "are", "has", "have", "had")

// maxModalReach is how far an adjective's doubt reaches: its noun and one
// more word ("a potential suicide attack").
const maxModalReach = 2

// modalDoubts: a modal before the event word at i doubts it.
func modalDoubts(st *sent, i int) bool {
	if st.modalAt >= i || i > len(st.toks) {
		return false
	}
	if legalStep(st, i) || presupposed(st, i) {
		return false
	}
	if !modalAdjectives[st.toks[st.modalAt].w] {
		return true
	}
	// past a far adjective, only a modal verb in the event word's own
	// stretch of the sentence doubts it (a bounded look keeps the pass
	// linear)
	for j := max(st.modalAt, i-modalWindow); j < i; j++ {
		t := st.toks[j]
		modal := t.f&fModal != 0 && !(t.cap && t.w == "may") || t.w == "going" && st.w(j+1) == "to"
		if modal && !(modalAdjectives[t.w] && i-j > maxModalReach) {
			return true
		}
	}
	return false
}

// presupposed: the event word at i is a definite noun after a
// preposition ("may have been killed in the airstrike", "could be behind
// the bombing", "in the deadly attack"): the sentence takes the event as
// known, and its modal doubts something else (a toll, a culprit).
func presupposed(st *sent, i int) bool {
	the := i - 1
	if st.w(the) != "the" {
		the-- // one modifier between: "in the Israeli airstrike"
	}
	return the > 0 && st.w(the) == "the" && presupPreps[st.w(the-1)]
}

// presupPreps put a definite event noun as a circumstance of the clause.
var presupPreps = set("in", "during", "by", "after", "behind", "from", "since", "following")

// modalWindow is how many words before an event word a modal verb is
// looked for once the sentence's first modal is a far adjective: a clause
// ("the men could have planned the attack").
const modalWindow = 12

// fearWords say an act is dreaded, not done: "Residents feared more
// attacks", "fears of fresh clashes". Not a modal of every word: "12 are
// feared dead" gives a toll (auxWords).
var fearWords = set("fear", "fears", "feared", "fearing", "dread", "dreads", "dreaded", "dreading")

// fearedWords may stand between a fear word and the act it dreads.
var fearedWords = set("more", "new", "fresh", "further", "renewed", "possible", "of", "a", "an", "another",
	"reprisal", "revenge", "retaliatory", "imminent", "wider")

// fearedAct: the event word at i is what a fear word before it dreads.
func fearedAct(st *sent, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := st.w(j)
		if fearWords[w] {
			return true
		}
		if !fearedWords[w] {
			return false
		}
	}
	return false
}

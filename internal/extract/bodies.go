package extract

// Bodies found are killings: "Six bodies found in X", "police recovered
// four bodies", "body of young man found", "villagers found dead". The
// count of the bodies is the toll. Whose bodies the text does not say
// are, by the codebook, civilians killed by an unidentified group: an
// attack, not a clash.

// bodyNouns are what a killing leaves.
var bodyNouns = set("body", "bodies", "corpse", "corpses", "remains")

// foundVerbs tell bodies were found, after them ("bodies found",
// "bodies were dumped") or before them ("recovered six bodies").
var foundVerbs = set("found", "find", "finds", "recovered", "recover", "recovers", "discovered", "discover",
	"discovers", "dumped", "retrieved", "exhumed", "unearthed")

// bodiesFound is the token of the verb that tells the counted bodies at
// [npA, npB) (count at a) were found, or -1: the head must be a body noun,
// which the counted phrase leaves out as a claim word of its own ("six
// bodies", "three bullet-riddled bodies").
func bodiesFound(st *sent, a, npA, npB int, head string) int {
	if bodyNouns[st.w(npB)] {
		head = st.w(npB)
		npB++
	}
	if !bodyNouns[head] {
		return -1
	}
	for j := npB; j < len(st.toks) && j < npB+4; j++ {
		if foundVerbs[st.w(j)] {
			return j
		}
		if !auxWords[st.w(j)] {
			break
		}
	}
	j := a - 1
	for j >= 0 && j >= a-3 && (st.w(j) == "the" || st.w(j) == "of" || !st.toks[j].word) {
		j--
	}
	if foundVerbs[st.w(j)] {
		return j
	}
	return -1
}

// foundCivilian: people found dead whom the text does not place on a
// side are counted as civilians.
func foundCivilian(sc *sclaim) {
	if sc.victim == "" {
		sc.victim, sc.c.Victims = "civ", "civ"
	}
}

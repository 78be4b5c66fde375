package extract

// A coder's or agency's shorthand names a clash by its two sides joined
// by "vs", "versus" or "against", with no verb: "Soldiers vs <group>,
// <province>", "Army versus militia in X". Two fighting parties set
// against each other are an armed clash between them at that place.

// versusWords join the two sides of the shorthand.
var versusWords = set("vs", "v", "versus", "against")

// versusClash adds a battle trigger at the joining word when a line with
// no event word of its own sets a fighting party against another. The
// trigger is weak: it makes an event only with its own place or date,
// as a headline about a war ("The army versus the insurgency") has none.
// "against" joins the sides only when the first opens the line: after
// other words it is a verb's ("operations against X", "a case against").
func (d *doc) versusClash(st *sent) {
	if len(st.trigs) > 0 || len(st.ments) < 2 {
		return
	}
	for k := 0; k+1 < len(st.ments); k++ {
		a, b := st.ments[k], st.ments[k+1]
		j := a.tj
		if j >= len(st.toks) {
			return
		}
		w := st.toks[j].w
		if !versusWords[w] {
			continue
		}
		next := j + 1
		if st.w(next) == "." {
			next++ // "vs."
		}
		if st.w(next) == "the" {
			next++
		}
		if b.ti != next || !fighting(a) || !fighting(b) || a.inSpeaker || b.inSpeaker {
			continue
		}
		if w == "against" && a.ti != lineStart(st) {
			continue
		}
		st.trigs = append(st.trigs, strig{ti: j, tj: j + 1, info: trigInfo{word: w, fam: "battle", weak: true}})
		return
	}
}

// fighting: the party fights: a state's forces or an armed group.
func fighting(m mention) bool {
	switch mentionClass(m) {
	case "state", "armed":
		return true
	}
	return false
}

// lineStart is the first token of the line's words after an opening
// article ("The army vs ...").
func lineStart(st *sent) int {
	if st.w(0) == "the" {
		return 1
	}
	return 0
}

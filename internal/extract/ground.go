package extract

// A verb of capture whose object is ground ("captured two police posts",
// "captures a border crossing", "captured several villages") tells
// territory taken, as "seized" and "captured the" do (triggers.tsv); its
// object, not the verb, says so: "captured two soldiers" is people taken.

// captureVerbs take people or ground as their object.
var captureVerbs = set("captured", "capture", "captures", "capturing")

// groundNouns are ground a party takes and holds.
var groundNouns = set("post", "posts", "outpost", "outposts", "checkpoint", "checkpoints", "base", "bases", "village",
	"villages", "town", "towns", "district", "districts", "position", "positions", "area", "areas", "city", "hill",
	"hills", "crossing", "headquarters", "airport", "bridge", "garrison", "camp", "camps", "border", "territory")

// groundReach: the words between the verb and the ground noun
// (a count, a determiner and modifiers: "two key police posts").
const groundReach = 4

// capturedGround adds a territory trigger at a verb of capture whose
// object is ground.
func (d *doc) capturedGround(st *sent) {
	for i := range st.toks {
		t := &st.toks[i] // no copy: this runs on every word
		if len(t.w) < len("capture") || t.w[0] != 'c' || !captureVerbs[t.w] || inTrigger(st, i) {
			continue
		}
		for j := i + 1; j < len(st.toks) && j <= i+groundReach; j++ {
			w := &st.toks[j]
			if groundNouns[w.w] {
				tr := strig{ti: i, tj: i + 1, info: trigInfo{word: t.w, fam: "terr"}}
				d.qualifyTrigger(st, &tr)
				st.trigs = append(st.trigs, tr)
				break
			}
			if groundNouns[st.w(j+1)] {
				continue // "a militant base", "an army post": the noun qualifies the ground
			}
			if !w.word || personNouns[w.w] || pluralPerson(w.w) || d.mentionAt(st, j) && !groundNouns[st.w(j+2)] {
				break // "captured two soldiers", "captured JNIM fighters"
			}
		}
	}
}

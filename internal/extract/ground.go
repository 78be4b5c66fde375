package extract

import "sort"

// A verb of taking tells territory taken only when its object is ground:
// a ground noun ("captured two police posts", "seized the district
// headquarters") or a place's name ("seized Kunduz"), after the verb or,
// in the passive, before it ("the town was seized"). Its object, not the
// verb, says what was taken: "captured two soldiers" is people taken
// (the claims), "seized 200 kg of heroin" no event at all, and goods an
// armed party takes ("seized a tanker", "seized 300 cattle") are looting,
// property seized (takenGoods).

// takeVerbs take people, ground or things as their object.
var takeVerbs = set("captured", "capture", "captures", "capturing", "seized", "seize", "seizes", "seizing")

// groundNouns are ground a party takes and holds.
var groundNouns = set("post", "posts", "outpost", "outposts", "checkpoint", "checkpoints", "base", "bases", "village",
	"villages", "town", "towns", "district", "districts", "position", "positions", "area", "areas", "city", "hill",
	"hills", "crossing", "headquarters", "airport", "bridge", "garrison", "camp", "camps", "border", "territory",
	"stronghold", "strongholds", "airbase", "port", "dam", "highway", "capital")

// takenGoods are property whose taking the codebook files as looting:
// vessels, vehicles of trade, herds and supplies.
var takenGoods = set("ship", "ships", "vessel", "vessels", "tanker", "tankers", "boat", "boats", "truck", "trucks",
	"lorry", "lorries", "cattle", "livestock", "cows", "goats", "sheep", "camels", "goods", "aid", "food", "grain", "fuel")

// groundReach: the words between the verb and the ground noun
// (a count, a determiner and modifiers: "two key police posts").
const groundReach = 4

// capturedGround adds a territory trigger at a verb of taking whose
// object is ground, and a looting trigger at one whose object is goods.
func (d *doc) capturedGround(st *sent) {
	for i := range st.toks {
		t := &st.toks[i] // no copy: this runs on every word
		if len(t.w) < len("seize") || t.w[0] != 'c' && t.w[0] != 's' || !takeVerbs[t.w] || inTrigger(st, i) {
			continue
		}
		fam := d.takenObject(st, i)
		switch {
		case fam != "":
		case passiveAux[st.w(i-1)]:
			fam = d.takenBefore(st, i-1)
		case languages[st.lang].sov:
			fam = d.takenBefore(st, markedObject(st, i)) // "یک پاسگاه را در ... تصرف کردند": a post ... captured
		}
		if fam != "" {
			tr := strig{ti: i, tj: i + 1, info: trigInfo{word: t.w, fam: fam}}
			d.qualifyTrigger(st, &tr)
			st.trigs = append(st.trigs, tr)
		}
	}
}

// passiveAux: the word before a participle that makes it passive ("was
// seized"; roles adds the progressive's "being").
var passiveAux = set("was", "were", "been", "is", "are", "be")

// takenObject is the trigger family the object of the verb of taking at
// i makes: "terr" for ground, "destroy" for goods, "" for people and
// anything else.
func (d *doc) takenObject(st *sent, i int) string {
	for j := i + 1; j < len(st.toks) && j <= i+groundReach; j++ {
		w := &st.toks[j]
		switch {
		case groundNouns[w.w]:
			return "terr"
		case takenGoods[w.w]:
			return "destroy"
		case groundNouns[st.w(j+1)]:
			continue // "a militant base", "an army post": the word qualifies the ground
		case d.placeStarts(st, j):
			return "terr"
		case !w.word || personNouns[w.w] || pluralPerson(w.w) || d.mentionAt(st, j) && !groundNouns[st.w(j+2)]:
			return "" // "captured two soldiers", "captured JNIM fighters"
		}
	}
	return ""
}

// takenBefore is the family what stands before token at makes: the
// subject of a passive verb of taking, read back from its auxiliary
// ("Two villages were seized"), or the object of a verb-final language's
// verb, read back from the verb.
func (d *doc) takenBefore(st *sent, at int) string {
	for j := at - 1; j >= 0 && j >= at-groundReach; j-- {
		w := &st.toks[j]
		switch {
		case groundNouns[w.w], d.placeStarts(st, j):
			return "terr"
		case takenGoods[w.w]:
			return "destroy"
		case !w.word || personNouns[w.w] || pluralPerson(w.w):
			return ""
		}
	}
	return ""
}

// markedObject is where a verb-final clause's object ends before its
// verb at i: its marker (Persian را) within sovReach words, else the verb.
func markedObject(st *sent, i int) int {
	for j := i - 1; j >= 0 && j >= i-sovReach; j-- {
		if st.w(j) == objectMarker {
			return j
		}
	}
	return i
}

// placeStarts: a place the gazetteer read starts at token j, named as
// a place, not as its people ("captured 20 Malian soldiers").
func (d *doc) placeStarts(st *sent, j int) bool {
	k := sort.Search(len(st.places), func(x int) bool { return st.places[x].ti >= j })
	return k < len(st.places) && st.places[k].ti == j && !st.places[k].notPlace && !st.places[k].p.Demonym
}

package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// An explosive as the doer. Headlines make the weapon the subject of the
// verb ("Bomb in X kills 11", "Explosive barrels hit X", "IED attacks hit
// X", "Series of blasts target police") or the agent of a passive ("nine
// killed by bomb"); the verb alone ("kills", "attacks", "target") would
// tell a clash. The weapon decides the event's family instead: a planted
// explosive (bomb, blast, IED, mine) is a remote explosive, a suicide
// bomber a suicide bomb, a barrel bomb (dropped from a state's aircraft)
// an air strike - each the family of its own trigger word.

// explosiveNouns name an explosive without being event words of their
// own: a bomb found, a bomb squad or a gold mine is no event, so they
// name one only as the subject or agent of a killing, hitting or
// exploding word; so do the projectiles a launch fires (launches.go:
// "Rocket hits X" is shelling, "Drone kills 3" an air strike).
var explosiveNouns = set("bomb", "bombs", "mine", "mines", "device", "devices")

// mineBefore are the words a "mine" that is an explosive follows when it
// is not the sentence's first word: a gold or coal mine is a pit.
var mineBefore = set("a", "an", "the", "land", "anti-personnel", "antipersonnel", "anti-tank", "antitank",
	"roadside", "buried", "unexploded", "old")

// harmVerbs are the hitting and exploding words an explosive does
// ("Blasts rock X", "Bombs hit X", "Bomb explodes", "a bomb went off");
// the killing and wounding words are claimWords'.
var harmVerbs = set("hit", "hits", "target", "targets", "targeted", "strike", "strikes", "struck", "rock", "rocks",
	"rocked", "shake", "shakes", "shook", "rip", "rips", "ripped", "tear", "tears", "tore", "destroy", "destroys",
	"destroyed", "damage", "damages", "damaged", "leaves", "attack", "attacks", "attacked",
	"explodes", "explode", "detonated", "detonates", "off",
	"pound", "pounds", "pounded", "pounding", "batter", "batters", "battered")

// offVerbs go before "off" when an explosive goes off.
var offVerbs = set("go", "goes", "went", "gone", "going")

// subjectReach bounds the words between an explosive and its verb: a
// place phrase ("Bomb in eastern X kills") is a handful of words; further
// off, the noun is seldom the verb's subject.
const subjectReach = 6

// harmWord: the word at i kills, wounds, hits or explodes ("off" only
// after a verb that goes off).
func harmWord(st *sent, i int) bool {
	return st.toks[i].f&fHarm != 0 && (st.toks[i].w != "off" || offVerbs[st.w(i-1)])
}

// wieldedBy are the words before an explosive that make it another
// subject's weapon ("Militants with bombs attack"): that subject did it.
var wieldedBy = set("with", "carrying")

// thrownBefore name the bombs a hand throws ("petrol bomb", "fire
// bombs", "Molotov"): a crowd's weapon, no remote explosive.
var thrownBefore = set("petrol", "fire", "molotov", "gasoline", "incendiary", "smoke", "paint", "stink")

// explosiveAt is the family of the explosive the noun at k names ("" if
// none): an explosion trigger ending there (blast, IED, suicide bomber,
// barrel bombs), or a bare explosive noun; not one wielded by another.
func explosiveAt(st *sent, k int) string {
	if k < 0 || k >= len(st.toks) {
		return ""
	}
	for _, tr := range st.trigs {
		if tr.tj-1 == k && famType(tr.info.fam) == event.Explosions {
			if wieldedBy[st.w(tr.ti-1)] {
				return ""
			}
			return tr.info.fam
		}
	}
	if wieldedBy[st.w(k-1)] || thrownBefore[st.w(k-1)] {
		return ""
	}
	t := st.toks[k]
	if t.f&fExplosive == 0 {
		return ""
	}
	// a projectile ("Rocket hits X", "Drone kills 3") is its launch's
	if f, ok := projectiles[t.w]; ok && !droppedOnly[t.w] {
		return f
	}
	if !explosiveNouns[t.w] {
		return ""
	}
	switch t.w {
	case "device", "devices":
		if st.w(k-1) != "explosive" {
			return ""
		}
	case "mine", "mines":
		if k > 0 && !mineBefore[st.w(k-1)] && !st.toks[k-1].number() {
			return ""
		}
	}
	return "ied"
}

// explosiveSubject is the family of an explosive that is the subject of
// the verb at v ("Bomb kills", "Bomb has killed", "Bomb in eastern X
// kills", "IED attacks"), "" if none.
func explosiveSubject(st *sent, v int) string {
	_, f := explosiveSubjectAt(st, v)
	return f
}

// bareExplosiveSubject is explosiveSubjectAt's noun when no trigger
// names it: a bomb, a mine, a rocket.
func bareExplosiveSubject(st *sent, v int) (int, string) {
	k, f := explosiveSubjectAt(st, v)
	if f == "" {
		return -1, ""
	}
	if inTrigger(st, k) {
		return -1, ""
	}
	return k, f
}

// inTrigger: the token at i is part of a trigger of st.
func inTrigger(st *sent, i int) bool {
	for _, tr := range st.trigs {
		if tr.ti <= i && i < tr.tj {
			return true
		}
	}
	return false
}

// explosiveSubjectAt is the token and family of the explosive that is
// the subject of the verb at v, (-1, "") if none.
func explosiveSubjectAt(st *sent, v int) (int, string) {
	// a passive's subject is its victim ("workers at the mine killed by
	// gunmen")
	if w := st.w(v); (strings.HasSuffix(w, "ed") || w == "hit" || w == "struck") && passiveAt(st, v) {
		return -1, ""
	}
	if st.w(v) == "off" {
		v-- // "went off": the verb before
	}
	j := v - 1
	for j >= 0 && auxWords[st.w(j)] && st.w(j) != "to" {
		j--
	}
	if f := explosiveAt(st, j); f != "" {
		return j, f
	}
	for k := j; k > 0 && k >= v-subjectReach; k-- {
		t := st.toks[k]
		if !t.word || t.f&fHarm != 0 {
			return -1, ""
		}
		if locativeWords[t.w] {
			if f := explosiveAt(st, k-1); f != "" {
				return k - 1, f
			}
			return -1, ""
		}
	}
	return -1, ""
}

// agentReach bounds the words after "by" to the explosive's noun: an
// article and an adjective ("by a roadside bomb").
const agentReach = 3

// explosiveAgent is the family of an explosive that is the agent of the
// passive killing or hitting word at v ("killed by a bomb", "wounded by
// mines"), "" if none.
func explosiveAgent(st *sent, v int) string {
	if st.w(v+1) != "by" {
		return ""
	}
	for k := v + 2; k < len(st.toks) && k <= v+1+agentReach; k++ {
		if f := explosiveAt(st, k); f != "" {
			return f
		}
		if !st.toks[k].word {
			break
		}
	}
	return ""
}

// explosiveMeans is the family of the explosive that does the killing or
// hitting st tells, "" if none: the first killing or hitting word whose
// subject or agent is an explosive.
func explosiveMeans(st *sent) string {
	for i := range st.toks {
		if !harmWord(st, i) {
			continue
		}
		if f := explosiveSubject(st, i); f != "" {
			return f
		}
		if f := explosiveAgent(st, i); f != "" {
			return f
		}
	}
	return ""
}

// explosiveTriggers adds an explosion trigger at a bare explosive noun
// that is the subject of a killing, hitting or exploding word ("Bomb hits
// convoy", "Bomb goes off in X", "Rocket hits airport"): no event word of
// the sentence tells it, and the verb alone would tell none or a clash.
func (d *doc) explosiveTriggers(st *sent) {
	for i := range st.toks {
		if !harmWord(st, i) || inTrigger(st, i) {
			continue // an event word's own subject is groups' to read
		}
		k, f := bareExplosiveSubject(st, i)
		if f == "" {
			continue
		}
		if bombNouns[st.toks[k].w] {
			// dropped or planted: the bombing rule decides (types.go)
			f = "air"
		}
		tr := strig{ti: k, tj: k + 1, info: trigInfo{word: st.toks[k].w, fam: f}}
		d.qualifyTrigger(st, &tr)
		st.trigs = append(st.trigs, tr)
		return
	}
}

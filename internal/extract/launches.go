package extract

// A weapon fired from afar is told by the launch as often as by the blow:
// "fired a ballistic missile at X", "launched three drones towards Y",
// "fires two rockets on Z", "a drone launched by W". The verb and the
// projectile, with a count or adjectives between them, start an event:
// drones an air/drone strike, missiles, rockets, shells and mortars
// shelling (the codebook's "Shelling/artillery/missile attack"). Bombs
// dropped ("helicopters dropped bombs on X") fall from aircraft: an air
// strike.

// launchVerbs fire, launch or drop a projectile.
var launchVerbs = set("fired", "launched", "fires", "launches", "fire", "launch", "dropped", "drops", "drop", "dropping")

// dropVerbs are the launch verbs of what falls from aircraft.
var dropVerbs = set("dropped", "drops", "drop", "dropping")

// droppedOnly are the projectiles that are launched only when dropped: a
// bomb hurled or thrown ("fire bombs at", "petrol bombs fired at") is no
// air strike.
var droppedOnly = set("bomb", "bombs")

// projectiles name what is fired, with the trigger family it starts.
var projectiles = map[string]string{
	"missile": "shell", "missiles": "shell", "rocket": "shell", "rockets": "shell",
	"projectile": "shell", "projectiles": "shell", "mortar": "shell", "mortars": "shell",
	"shell": "shell", "shells": "shell", "katyusha": "shell", "katyushas": "shell",
	"drone": "air", "drones": "air", "uav": "air", "uavs": "air",
	"bomb": "air", "bombs": "air",
	// aircraft as the doer of a hitting word ("Army jets hit rebel
	// positions", "Gunships pound X") strike from the air; not
	// helicopters, which fly troops and fire in the clash being told,
	// nor "bombers", as often the men who carried the bombs
	"jet": "air", "jets": "air", "warplane": "air", "warplanes": "air", "gunship": "air", "gunships": "air",
}

// launchReach is how many words (a count, "ballistic", "explosive-laden",
// "Qassam") may stand between the verb and the projectile; more and the
// projectile belongs to another clause.
const launchReach = 4

// launchedBy are the participles that tell a projectile's launch after it.
var launchedBy = set("fired", "launched")

// launchStops end the search for a projectile: the target or origin
// begins, or another clause does.
var launchStops = set("at", "towards", "toward", "on", "into", "against", "from", "and", "or", "but", "after", "when", "while", "that", "which", "tear", "teargas", "warning", "shots", "bullets", "live")

// launchFollows may follow the projectile of a launch besides a stop
// word: where or when it fell, or what it did.
var launchFollows = set("in", "near", "over", "across", "targeting", "hitting", "killing", "wounding", "injuring",
	"aimed", "yesterday", "today", "overnight", "early", "late", "last", "this", "which")

// launchAt: a launch told at token i (a launch verb and its projectile),
// the tokens it spans and the family it starts.
func launchAt(st *sent, i int) (int, string, bool) {
	if st.toks[i].f&fLaunch == 0 {
		return 0, "", false // neither a launch verb nor a projectile
	}
	// the passive: "a drone launched by", "rockets fired from"
	if fam, ok := projectiles[st.toks[i].w]; ok && (launchedBy[st.w(i+1)] && !droppedOnly[st.toks[i].w] || droppedOnly[st.toks[i].w] && st.w(i+1) == "dropped") {
		return 2, fam, true
	}
	if !launchVerbs[st.toks[i].w] {
		return 0, "", false
	}
	// "fire" and "launch" as nouns ("opened fire", "a launch pad") have
	// no projectile after them; as verbs they need a subject before
	if w := st.toks[i].w; (w == "fire" || w == "launch") && (i == 0 || !st.toks[i-1].word || determiners[st.w(i-1)] || st.w(i-1) == "a" || st.w(i-1) == "opened") {
		return 0, "", false
	}
	for j := i + 1; j < len(st.toks) && j <= i+launchReach+1; j++ {
		t := st.toks[j]
		if fam, ok := projectiles[t.w]; ok && (!droppedOnly[t.w] || dropVerbs[st.toks[i].w]) {
			// "launched a drone survey": the projectile modifies another noun
			if nx := st.w(j + 1); j+1 < len(st.toks) && st.toks[j+1].word && !launchStops[nx] && !launchFollows[nx] {
				return 0, "", false
			}
			return j + 1 - i, fam, true
		}
		if !t.word && t.w != "-" || launchStops[t.w] {
			break
		}
	}
	return 0, "", false
}

package extract

// A death by accident is nobody's violence: "a student was killed by a
// bus" (the cause a crowd rioted over), "two killed in a road crash",
// "struck by lightning", "a helicopter crashed, killing four". Its count
// is no claim of any event.

// accidentAgents are what runs people over.
var accidentAgents = set("bus", "truck", "lorry", "car", "train", "tram", "vehicle", "minibus", "tractor",
	"motorcycle", "motorbike", "trailer", "tanker", "lightning")

// accidentNouns name an accident after "in a": "killed in a road crash".
// Not "fire": "killed in an exchange of fire", "when police opened fire".
var accidentNouns = set("accident", "crash", "collision", "stampede", "landslide", "flood", "floods",
	"earthquake", "avalanche", "mudslide",
	// and as the killing word's subject: "floods killed 12", "an
	// earthquake claimed the lives of 30"
	"accidents", "crashes", "collisions", "stampedes", "landslides", "earthquakes", "quake", "avalanches",
	"mudslides", "storm", "storms", "cyclone", "hurricane", "typhoon", "tornado", "heatwave", "blizzard",
	"blaze", "blazes", "inferno", "wildfire", "wildfires")

// naturalCauses are what people die of with no one's hand in it: "died
// of cholera", "of hunger". Not wounds or injuries, which a strike dealt.
var naturalCauses = set("cholera", "hunger", "starvation", "malnutrition", "illness", "illnesses", "disease",
	"diseases", "measles", "malaria", "covid", "covid-19", "exposure", "cold", "heatstroke", "thirst",
	"dehydration", "natural", "diarrhoea", "diarrhea", "dengue", "ebola", "typhoid")

// accidentReach is how many words after the killing word the accident may
// be told: "killed by a speeding bus", "died in a road accident".
const accidentReach = 5

// accident: the killing word at kw is followed by an accident's cause:
// "by a bus" (not "by a car bomb"), "in a road accident", or has one as
// its subject (causeBefore).
func accident(st *sent, kw int) bool {
	if causeBefore(st, kw) || accidentClause(st, kw) {
		return true
	}
	if st.w(kw+1) == "of" && naturalCauses[st.w(kw+2)] {
		return true // "12 people died of cholera": no one's violence
	}
	w := st.w(kw + 1)
	if kw+1 < len(st.toks) && (w == "dead" || w == "down") { // "shot dead", "gunned down"
		kw++
		w = st.w(kw + 1)
	}
	if w != "by" && w != "in" && w != "when" {
		return false
	}
	for j := kw + 2; j < len(st.toks) && j <= kw+1+accidentReach; j++ {
		x := st.w(j)
		if w == "by" && accidentAgents[x] || w != "by" && accidentNouns[x] {
			next := st.w(j + 1)
			return next != "bomb" && next != "bombing" && next != "bomber"
		}
		if !st.toks[j].word || npStop[x] && x != "in" {
			return false
		}
	}
	return false
}

// causeBefore: an accident or a disaster is the subject of the killing
// word at kw ("heavy floods killed 12", "the quake claimed the lives of"),
// within accidentReach words of the same clause before it.
func causeBefore(st *sent, kw int) bool {
	for j := kw - 1; j >= 0 && j >= kw-accidentReach; j-- {
		if !st.toks[j].word {
			return false
		}
		if accidentNouns[st.w(j)] {
			return true
		}
	}
	return false
}

// accidentVerbs tell a vehicle's mishap: "a helicopter crashed near X,
// killing four soldiers", "a ferry capsized, killing 30".
var accidentVerbs = set("crashed", "crashes", "crash-landed", "collided", "collides", "capsized", "capsizes",
	"overturned", "overturns", "sank", "sinks", "derailed", "derails", "plunged", "plunges", "skidded")

// accidentClauseReach bounds the clause before ", killing" read for an
// accident's verb: a subject and a place ("A military helicopter crashed
// in bad weather near X").
const accidentClauseReach = 12

// accidentClause: the killing word at kw follows a comma ("..., killing
// four") after a clause whose verb is a vehicle's mishap.
func accidentClause(st *sent, kw int) bool {
	if kw < 1 || st.w(kw-1) != "," {
		return false
	}
	for j := kw - 2; j >= 0 && j >= kw-1-accidentClauseReach; j-- {
		if !st.toks[j].word {
			return false
		}
		if accidentVerbs[st.w(j)] {
			return true
		}
	}
	return false
}

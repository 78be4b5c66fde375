package extract

import "github.com/sitrep/sitrep/internal/event"

// Property crimes: robbery, theft and arson. The codebook files property
// looted, seized or destroyed with nobody hurt under Strategic
// developments, Looting/property destruction, whoever did it; when people
// are killed or hurt doing it, the attack on them is the event. Reports of
// one robbery tell it with a fighting word as often as with a theft word
// ("robbers stormed the store", "the raid", "struck"), so the crime the
// sentences name decides, not the verb.

// propertyWords name the taking or burning of property.
var propertyWords = set("robbery", "robberies", "robbers", "robber", "heist", "heists", "theft", "thefts",
	"thieves", "stole", "stolen", "arson", "arsonist", "arsonists", "burglary", "burglars", "looted", "looting")

// propertyCrime: a sentence of ev names a property crime.
func propertyCrime(ev *evb) bool {
	for _, es := range ev.sents {
		for _, t := range es.st.toks {
			if t.f&fProperty != 0 { // propertyWords, by the token's flag
				return true
			}
		}
	}
	return false
}

// onProperty: violence told with a fighting word in an event whose
// sentences name a property crime, with nobody hurt and no forces or
// fighters hit, is that crime; otherwise next decides.
func onProperty(next subRule) subRule {
	return func(f typeFacts) string {
		if f.property && !f.hurt && f.target != "state" && f.target != "armed" {
			return event.Looting
		}
		return next(f)
	}
}

// fireWords are what firefighters fight: "battled the blaze" is no battle.
var fireWords = set("fire", "fires", "blaze", "blazes", "flames", "wildfire", "wildfires", "inferno")

// maxFireGap is how many words may stand between a fighting verb and the
// fire it fights ("fought the huge blaze").
const maxFireGap = 3

// firefighterWords fight fires, in either voice ("was battled by
// firefighters", "firemen fought for hours").
var firefighterWords = set("firefighters", "firefighter", "firemen", "fireman", "fire-fighters")

// fightsFire: the fighting word at ti..tj has a fire as its object, or
// firefighters as its doer.
func fightsFire(st *sent, ti, tj int) bool {
	for j := tj; j < len(st.toks) && j < tj+maxFireGap; j++ {
		w := st.toks[j].w
		if fireWords[w] || firefighterWords[w] {
			return true
		}
		if !st.toks[j].word {
			break
		}
	}
	for j := ti - 1; j >= 0 && j >= ti-maxFireGap; j-- {
		if firefighterWords[st.toks[j].w] {
			return true
		}
	}
	return false
}

// presentFire are the triggers that are "fire" as a verb in the present
// ("Police fire on protesters", "Gunmen fire at a post"), which headlines
// use; the same words are a blaze ("the fire at the market").
var presentFire = set("fire on", "fires on", "firing on", "fire at", "fires at", "firing at", "fire upon")

// fireShooters are the words before "fire at" that make it a verb without
// a party named there: "they fire at", "began firing on".
var fireShooters = set("they", "he", "she", "we", "to", "began", "started", "kept", "continue", "continued",
	"then", "reportedly", "allegedly", "also", "and", "while")

// blazeAt: the trigger at i is "fire at/on" told of a blaze, not of
// shooting: no party (a mention ending right before it) and no subject
// word from fireShooters stands before it.
func blazeAt(st *sent, tr *strig) bool {
	if !presentFire[tr.info.word] {
		return false
	}
	i := tr.ti
	if i > 0 && fireShooters[st.w(i-1)] {
		return false
	}
	for _, m := range st.ments {
		if m.tj == i {
			return false
		}
	}
	return true
}

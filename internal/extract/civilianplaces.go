package extract

import "github.com/sitrep/sitrep/internal/event"

// An attack whose object is a place or gathering of civilians ("attacked
// a village", "stormed a market", "opened fire on a wedding", "an attack
// on a bus") targets civilians, as the codebook reads it, though no word
// counts who died there: "Gunmen attacked a village, killing 11" is an
// attack on civilians, not a clash with nobody.

// The same holds for a strike, a shell or a bomb that hits such a place
// or goes off in it ("air strikes hit a house", "a bomb exploded in a
// crowded market"): where it fell is whom it struck.

// civilianPlaces are the objects that say so. "camp" counts only as the
// displaced's (campOwners): an army's camp is a military target.
var civilianPlaces = set("village", "villages", "hamlet", "hamlets", "settlement", "settlements", "market",
	"markets", "marketplace", "mosque", "mosques", "church", "churches", "school", "schools", "bus", "buses",
	"minibus", "wedding", "weddings", "funeral", "funerals", "farm", "farms", "homestead", "homesteads",
	"home", "homes", "house", "houses", "residence", "community", "communities", "shop", "shops",
	"restaurant", "hotel", "hospital", "clinic", "apartment", "apartments", "residential", "worshippers",
	"party", "bar", "nightclub", "cafe", "festival", "concert", "celebration", "worshipers", "passengers", "travellers",
	"travelers", "congregation", "pilgrims", "villagers", "farmers", "herders", "monastery", "monasteries",
	"temple", "temples", "pagoda", "pagodas", "shrine", "shrines", "seminary", "madrasa", "madrassa", "orphanage",
	"synagogue", "mall", "stadium", "university", "college")

// campOwners are the words before "camp" that make it the displaced's.
var campOwners = set("idp", "idps", "refugee", "refugees", "displacement", "displaced")

// objectReach: the words an attack's object may run to before its noun
// ("a crowded weekly cattle market", "the remote Fulani hamlet").
const objectReach = 5

// objectEnds stop the object of an attack: a place, a time, the act that
// follows.
var objectEnds = set("in", "near", "at", "of", "outside", "on", "killing", "wounding", "and", "with", "after", "during", "when", "while", "by")

// civilianObject: an attack trigger of ev's sentences takes a civilian
// place or gathering as its object.
func civilianObject(ev *evb) bool {
	for _, es := range ev.sents {
		st := es.st
		for _, tr := range st.trigs {
			if tr.off || !strikeFamilies[tr.info.fam] {
				continue
			}
			k := tr.tj
			if w := st.w(k); w == "on" || w == "at" || w == "against" || tr.info.fam != "attack" && (w == "in" || w == "inside") {
				k++ // "an attack on a bus", "opened fire on a wedding", "exploded in a market"
			}
			if objectNamesCivilians(st, k) || civilianPlaces[st.w(tr.ti-1)] {
				return true // ... or "a village raid", "the market bombing"
			}
		}
		if killedAtCivilianPlace(st) {
			return true
		}
	}
	return false
}

// killedAtCivilianPlace: a killing's count is followed by where it
// happened, a civilian place ("Gunmen kill seven at party", "killed
// five people in a bar").
func killedAtCivilianPlace(st *sent) bool {
	for _, c := range st.claims {
		if c.c.Kind != event.Killed {
			continue
		}
		k := max(c.whoB, c.kw+1)
		if w := st.w(k); w == "at" || w == "in" || w == "inside" {
			if objectNamesCivilians(st, k+1) {
				return true
			}
		}
	}
	return false
}

// strikeFamilies are the trigger families whose object is what was
// struck: an attack, the blows from afar and of explosives, and arson
// ("torched homes in a village": the villagers' property, and them when
// someone was hurt).
var strikeFamilies = set("attack", "air", "shell", "ied", "suicide", "grenade", "destroy")

// objectNamesCivilians: the noun phrase from token k is a civilian place
// or gathering.
func objectNamesCivilians(st *sent, k int) bool {
	for j := k; j < len(st.toks) && j < k+objectReach; j++ {
		t := st.toks[j]
		if !t.word || objectEnds[t.w] && j > k {
			return false
		}
		if civilianPlaces[t.w] || t.w == "camp" && campOwners[st.w(j-1)] {
			return true
		}
	}
	return false
}

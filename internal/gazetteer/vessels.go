package gazetteer

// A ship is named after its kind or its navy's prefix ("the tanker Marlin
// Nyeri", "the destroyer USS Halsey", "INS Ranvir", "merchant vessel
// Sea Lamu"), and its name is often a port's or a city's: the words are
// the ship's, not a place, and so are their bare repeats ("the Nyeri was
// hit"), as a titled person's surname is (dropSurnames).

// vesselWords are the kinds of ship written before a ship's name, and the
// navies' and registers' prefixes (written in capitals).
var vesselWords = newShortSet("ship", "warship", "destroyer", "frigate", "vessel", "tanker", "freighter", "carrier",
	"corvette", "submarine", "trawler", "dhow", "cruiser", "ferry", "ins", "uss", "hms", "mv", "mt", "ss", "pns",
	"hmas", "hmcs", "rfa")

// maxVesselWords: a ship's name has at most this many words ("Marlin
// Nyeri", "Galaxy Leader", "Sea Star Nine").
const maxVesselWords = 3

// vesselName is the last word of the ship's name after the vessel word at
// token i, or "" when no capitalised name follows it. A prefix counts
// only in capitals ("USS", not "us").
func vesselName(tz *tokenizer, i int) string {
	toks := tz.toks
	t := &toks[i]
	if !vesselWords.hasBytes(tz.fold(t)) || t.cap && !t.allCaps {
		return ""
	}
	last := ""
	for k := i + 1; k < len(toks) && k <= i+maxVesselWords && toks[k].cap && (k == i+1 || !toks[k].breakBefore); k++ {
		if k == i+1 && toks[k].breakBefore {
			break
		}
		last = tz.word(&toks[k])
	}
	return last
}

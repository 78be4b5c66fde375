package extract

// A device defused or found never went off: "forces defused an IED
// planted on a road" tells one event, disrupted weapons use, though the
// device's name is an explosion word too; so does a bombing foiled
// ("foiled a suicide attack": foiledDevice).

// foilVerbs stop an attack before it happens: a bombing "foiled" or
// "averted" is a device caught, disrupted weapons use, not an explosion
// (an attack foiled by fighting stays the fight: "foiled an attack on a
// post, killing four assailants").
var foilVerbs = set("foil", "foils", "foiled", "foiling", "thwart", "thwarts", "thwarted", "thwarting",
	"avert", "averts", "averted", "averting")

// foiledDevice: the explosive trigger of family fam at token i is the
// object of a foiling word at most defusedReach words before it.
func foiledDevice(st *sent, fam string, i int) bool {
	if fam != "ied" && fam != "suicide" && fam != "grenade" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-defusedReach; j-- {
		if foilVerbs[st.w(j)] {
			return true
		}
	}
	return false
}

// defusedReach is how many words may stand between the disrupting word
// and the device that is its object ("defused two roadside bombs").
const defusedReach = 4

// dropDefused drops the explosive groups whose every word is the object of
// a disrupting word of the sentence.
func dropDefused(gs []tgroup) []tgroup {
	var at []int // tokens where disrupting words end
	for _, g := range gs {
		if g.fam == "disrupt" {
			for _, tr := range g.trigs {
				at = append(at, tr.tj)
			}
		}
	}
	if len(at) == 0 {
		return gs
	}
	out := gs[:0:0]
	for _, g := range gs {
		if g.fam == "ied" || g.fam == "grenade" || g.fam == "suicide" {
			object := true
			for _, tr := range g.trigs {
				near := false
				for _, e := range at {
					near = near || tr.ti >= e && tr.ti-e <= defusedReach
				}
				object = object && near
			}
			if object {
				continue
			}
		}
		out = append(out, g)
	}
	return out
}

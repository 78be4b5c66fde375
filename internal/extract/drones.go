package extract

// Armed groups fly drones too (the Houthis, the RSF, insurgents in the
// Sahel): an air/drone strike told by its drones keeps the group that
// launched them as actor 1, where a strike by aircraft, which only states
// fly, gives a group named beside it the target's role.

// droneWords name an unmanned aircraft.
var droneWords = set("drone", "drones", "uav", "uavs", "quadcopter", "quadcopters", "kamikaze")

// flierReach is how many words may stand between a group and the drone
// or launch verb it owns ("Houthi forces launched", "a Houthi drone").
const flierReach = 2

// groupFlies: a sentence of ev names a non-state group right before a
// drone word or a launch verb, or after "launched by" or a drone strike
// "blamed on" it, as the one that flew or sent the drones, not one they
// hit ("Taliban fighters died in a drone strike").
func (d *doc) groupFlies(ev *evb) bool {
	for _, es := range ev.sents {
		st := es.st
		for _, m := range st.ments {
			if m.class != "named" && m.class != "armed" || m.class == "named" && m.named.Inter == 1 {
				continue
			}
			// "launched by the RSF"
			b := m.ti - 1
			if st.w(b) == "the" {
				b--
			}
			if st.w(b) == "by" && launchVerbs[st.w(b-1)] || blamedFor(st, b) {
				return true
			}
			for k := m.tj; k < len(st.toks) && k <= m.tj+flierReach; k++ {
				if droneWords[st.w(k)] || launchVerbs[st.w(k)] {
					return true
				}
			}
		}
	}
	return false
}

// blamedFor: the words ending at token b lay a drone strike named just
// before them on whoever follows ("a drone strike blamed on X",
// "drone attacks attributed to X", "a drone strike by X").
func blamedFor(st *sent, b int) bool {
	if !agentMarker(st, b) {
		return false
	}
	for k := b - 1; k >= 0 && k >= b-1-flierReach-1; k-- {
		if droneWords[st.w(k)] {
			return true
		}
	}
	return false
}

// droneStrike: a sentence of ev names drones and none names a manned
// aircraft ("warplanes", "helicopter": nouns of class air other than a
// drone word).
func (d *doc) droneStrike(ev *evb) bool {
	drone := false
	for _, es := range ev.sents {
		for _, t := range es.st.toks {
			if droneWords[t.w] {
				drone = true
			}
		}
		for _, m := range es.st.ments {
			if m.class == "air" && !droneWords[es.st.w(m.tj-1)] {
				return false
			}
		}
	}
	return drone
}

// stateAircraft: aircraft named after a state's forces ("army
// helicopters", "military jets") are those forces' own: the forces
// mention flies them, and so is the striker an air strike looks for
// (actors.go), not a second party.
func stateAircraft(st *sent) {
	for k := 0; k+1 < len(st.ments); k++ {
		m, a := &st.ments[k], st.ments[k+1]
		if m.class == "state" && a.class == "air" && m.tj == a.ti && a.country == "" {
			m.force = "air"
		}
	}
}

package extract

// Armed groups fly drones too (the Houthis, the RSF, insurgents in the
// Sahel): an air/drone strike told by its drones keeps the group that
// launched them as actor 1, where a strike by aircraft, which only states
// fly, gives a group named beside it the target's role.

// droneWords name an unmanned aircraft.
var droneWords = set("drone", "drones", "uav", "uavs", "quadcopter", "quadcopters", "kamikaze")

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

package extract

// Two nationalities sharing one noun name two states' forces: "Kyrgyz
// and Tajik border guards exchanged fire", a headline's "Kyrgyz, Tajik
// border guards", "border guards of Kyrgyzstan
// and Tajikistan exchanged fire", "Indian and Pakistani troops
// traded fire", "Syrian and Russian warplanes struck" (with "or" the
// text does not know whose: qualifyMention leaves them unidentified). The noun is qualified by the nationality next to it
// (qualifyMention); the other one names a second party of the same kind.

// pairedNations adds the forces of the first of two nationalities joined
// by "and" before a state-forces noun.
func (d *doc) pairedNations(st *sent) {
	n := len(st.ments)
	for k := 0; k < n; k++ {
		m := st.ments[k]
		if (m.class == "state" || m.class == "air") && !m.unident && d.ownersAfter(st, k) {
			continue
		}
		if m.class != "state" && m.class != "air" || m.country == "" || m.country == "@" || m.unident {
			continue
		}
		j := m.ti - 1 // the nationality of the noun
		// (Russian writes the nationality in lower case: "таджикскими и
		// кыргызскими пограничниками"; the geocoder still reads it);
		// a headline joins the two by a comma ("Afghan, Pakistani
		// forces"), where only a nationality counts ("In Mali, Nigerien
		// troops" is one state's)
		if j < 2 || !(st.w(j-1) == "and" || st.w(j-1) == "," && d.demonymAtTok(st, j-2)) ||
			!st.toks[j-2].cap && d.countryAtTok(st, j-2) == "" {
			continue
		}
		c := d.nationAt(st, j-2)
		if c == "" || c == m.country || d.mentionAt(st, j-2) {
			continue
		}
		st.ments = append(st.ments, mention{ti: j - 2, tj: j - 1, class: m.class, force: m.force, unit: m.unit,
			country: c, inSpeaker: st.inSpans(j - 2)})
	}
}

// demonymAtTok: the place mention at token j is a nationality.
func (d *doc) demonymAtTok(st *sent, j int) bool {
	for k := range st.places {
		if p := &st.places[k]; p.ti == j { // no copy: a place is a large struct
			return p.p.Demonym
		}
	}
	return false
}

// ownersAfter: the state-forces noun of mention k is followed by two
// countries as its owners ("border guards of Kyrgyzstan and
// Tajikistan"): the noun is the first's forces, and the second's are a
// second party of the same kind.
func (d *doc) ownersAfter(st *sent, k int) bool {
	m := st.ments[k]
	e := m.tj
	if st.w(e) != "of" || st.w(e+2) != "and" || e+3 >= len(st.toks) || !st.toks[e+1].cap || !st.toks[e+3].cap {
		return false
	}
	c1, c2 := d.nationAt(st, e+1), d.nationAt(st, e+3)
	if c1 == "" || c2 == "" || c1 == c2 || m.country != "" && m.country != c1 || d.mentionAt(st, e+3) {
		return false
	}
	st.ments[k].country = c1
	st.ments = append(st.ments, mention{ti: e + 3, tj: e + 4, class: m.class, force: m.force, unit: m.unit,
		country: c2, inSpeaker: st.inSpans(e + 3)})
	return true
}

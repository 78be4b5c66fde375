package gazetteer

import "strings"

// Coders and local reporters place a village or an area in its district
// or province with "of" after a word for what the place is: "Kalay
// village of Dashtak district", "Shin Kot area of Sarbagh district (X)". As
// after a comma (qualifier.go), the name is read among the places that
// unit holds, a district included; a name with no reading there is a
// place the gazetteer lacks, never a namesake in another province.

// ofHolder returns the index of the mention after "<place word> of" that
// holds ms[i], or -1.
func ofHolder(text string, ms []Mention, i int) int {
	m := &ms[i]
	if i+1 >= len(ms) || ms[i+1].Start < m.End || ms[i+1].Start > len(text) {
		return -1
	}
	gap := strings.TrimSpace(text[m.End:ms[i+1].Start])
	if !lowerMatchable(gap, len("neighbourhood of the")) {
		return -1
	}
	rest := dropPlaceWord(gap)
	if rest == gap {
		return -1 // "the Bank of X": no place word, no holder
	}
	switch strings.ToLower(rest) {
	case "of", "of the":
	default:
		return -1
	}
	if ms[i+1].Demonym {
		return -1
	}
	return i + 1
}

// heldBy reads a name in the unit written after it: the readings inside
// one of the unit's readings (a country, province or district) and those
// holding readings. ok is false when the unit is no such unit, or when the
// name is a unit of its own beside it (two districts of one country).
func (g *Gazetteer) heldBy(hits, unit []hit) (kept, holds []hit, ok bool) {
	if !g.anyUnit(unit) && !g.anyDistrict(unit) {
		return nil, nil, false
	}
	kept, holder := g.withinUnits(hits, unit, true)
	if len(kept) > 0 {
		return kept, holdingUnits(unit, holder), true
	}
	if g.anyUnit(hits) || g.anyDistrict(hits) {
		return nil, nil, false
	}
	return nil, nil, true
}

// isDistrict: the hit reads a name exactly as a second-level division.
func (g *Gazetteer) isDistrict(h hit) bool {
	return h.tier == tierFold && g.places[h.place].Kind == KindAdmin2
}

func (g *Gazetteer) anyDistrict(hits []hit) bool {
	for _, h := range hits {
		if g.isDistrict(h) {
			return true
		}
	}
	return false
}

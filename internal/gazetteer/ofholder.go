package gazetteer

import "strings"

// Coders and local reporters place a village or an area in its district
// or province with "of" after a word for what the place is: "Kalay
// village of Dashtak district", "Shin Kot area of Sarbagh district (X)". As
// after a comma (qualifier.go), the name is read among the places that
// unit holds, a district included; a name with no reading there is a
// place the gazetteer lacks, never a namesake in another province.

// The holder may come first, as wires write it: "the Kabul
// neighbourhood of X", "the Syrian town of X": after a word for a part of
// a town or for a town, the larger of the two names holds (holdsMore);
// after other words ("the Hodan district of Mogadishu") the second does.

// ofWord is the place word of "<place word> of (the)" between mentions a
// and b, lower case, or "".
func ofWord(text string, a, b *Mention) string {
	if b.Start < a.End || b.Start > len(text) {
		return ""
	}
	gap := strings.TrimSpace(text[a.End:b.Start])
	if !lowerMatchable(gap, len("neighbourhood of the")) {
		return ""
	}
	w, rest, ok := strings.Cut(gap, " ")
	if !ok || !placeWords[strings.ToLower(w)] {
		return "" // "the Bank of X": no place word, no holder
	}
	switch strings.ToLower(strings.TrimSpace(rest)) {
	case "of", "of the":
		return strings.ToLower(w)
	}
	return ""
}

// townParts are the place words after which either name may hold the
// other: parts of a town, and towns.
var townParts = setOf("neighbourhood", "neighborhood", "suburb", "quarter", "town", "village", "city", "camp")

// ofHolder returns the index of the mention that holds ms[i] by "<place
// word> of": the one after it, or, after a town's part or a town, the one
// before it when that is the larger ("the Kabul neighbourhood of X");
// -1 when none. townPart says the holder is named as a town (a town's part
// after it, no level word): its surroundings hold, not its province.
func (g *Gazetteer) ofHolder(text string, ms []Mention, i int) (k int, townPart bool) {
	if i+1 < len(ms) && !ms[i+1].Demonym {
		if w := ofWord(text, &ms[i], &ms[i+1]); w != "" && !(townParts[w] && g.holdsMore(ms[i].hits, ms[i+1].hits)) {
			return i + 1, townParts[w] && ms[i+1].Level == 0
		}
	}
	if i > 0 {
		if w := ofWord(text, &ms[i-1], &ms[i]); townParts[w] && g.holdsMore(ms[i-1].hits, ms[i].hits) {
			return i - 1, ms[i-1].Level == 0
		}
	}
	return -1, false
}

// heldHolder returns the index of the mention that holds ms[k], a
// holder the gazetteer lacks, by "of" or "in" after it ("Y tehsil in Z
// district"), or -1: the unit that holds the holder holds the place too.
func (g *Gazetteer) heldHolder(text string, ms []Mention, k int) int {
	if k2, _ := g.ofHolder(text, ms, k); k2 > k {
		return k2
	}
	return inHolder(text, ms, k)
}

// heldBy reads a name in the unit written after it: the readings inside
// one of the unit's readings (a country, province or district) and those
// holding readings. ok is false when the unit is no such unit, or when the
// name is a unit of its own beside it (two districts of one country).
func (g *Gazetteer) heldBy(hits, unit []hit, townPart bool) (kept, holds []hit, ok bool) {
	if townPart {
		if kept, holds, ok := g.inTown(hits, unit); ok && len(kept) > 0 {
			return kept, holds, true // "the Khartoum suburb of X": the city, not its province
		}
	}
	if !g.anyUnit(unit) && !g.anyDistrict(unit) {
		return g.inTown(hits, unit)
	}
	kept, holder := g.withinUnits(hits, unit, true)
	if len(kept) > 0 {
		return kept, holdingUnits(unit, holder), true
	}
	if (g.anyUnit(hits) || g.anyDistrict(hits)) && g.sharesCountry(hits, unit) {
		return nil, nil, false
	}
	return nil, nil, true
}

// sharesCountry: a reading of a and a reading of b lie in one country.
// Two units of different countries are no units side by side: "X area of
// Y district" with X a district abroad is a place the gazetteer lacks.
func (g *Gazetteer) sharesCountry(a, b []hit) bool {
	country := func(h hit) uint32 {
		if r := &g.places[h.place]; r.Kind != KindCountry {
			return r.Country
		}
		return h.place
	}
	for _, x := range a {
		for _, y := range b {
			if country(x) == country(y) {
				return true
			}
		}
	}
	return false
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

// townReachKm: a town's neighbourhoods and suburbs lie within this
// distance of its point ("the Kabul neighbourhood of X").
const townReachKm = 20

// inTown is heldBy for a town as the holder: the readings of the name
// within townReachKm of one of the town's exact readings, and those
// readings; none near, the name is a part of the town the gazetteer
// lacks. ok is false when the holder reads as no town.
func (g *Gazetteer) inTown(hits, town []hit) (kept, holds []hit, ok bool) {
	for _, u := range town {
		ur := &g.places[u.place]
		if u.tier != tierFold || ur.Kind != KindCity {
			continue
		}
		ok = true
		for _, h := range hits {
			r := &g.places[h.place]
			if haversineKm(float64(ur.Lat), float64(ur.Lon), float64(r.Lat), float64(r.Lon)) <= townReachKm && !containsHit(kept, h) {
				kept = append(kept, h)
				if !containsHit(holds, u) {
					holds = append(holds, u)
				}
			}
		}
	}
	return kept, holds, ok
}

// holdsMore: the name read as a reads exactly as a larger unit than b
// does (a country, a province, a district, then a town, the more populous
// first): in "the A <place word> of B" the larger is the holder, so "the
// Kabul neighbourhood of X" and "the X area of Y County" both read.
func (g *Gazetteer) holdsMore(a, b []hit) bool {
	ra, pa := g.holderSize(a)
	rb, pb := g.holderSize(b)
	return ra > rb || ra == rb && pa > pb
}

// holderSize is the rank of a name's largest exact reading (country 4,
// province 3, district 2, town or other 1, none 0) and its population.
func (g *Gazetteer) holderSize(hits []hit) (rank int, pop uint32) {
	for _, h := range hits {
		if h.tier != tierFold {
			continue
		}
		r := &g.places[h.place]
		k := 1
		switch r.Kind {
		case KindCountry:
			k = 4
		case KindAdmin1:
			k = 3
		case KindAdmin2:
			k = 2
		}
		if k > rank || k == rank && r.Pop > pop {
			rank, pop = k, r.Pop
		}
	}
	return rank, pop
}

package gazetteer

import "math"

// A span the caller gives as a place name is a place, even when the
// gazetteer cannot place it: a street, a building, a neighbourhood, a
// lake, a village GeoNames lacks. Local news is full of them ("a fire on
// Elm Street", "the Westgate mall"), and left without a point each is
// half the Earth wrong. Such a name lies where the text is: it takes the
// place of the nearest name the text does place (nearbyPlace), marked
// MatchNearby with the precision of a place near a town at best.
//
// A spelling look-alike (a fuzzy reading) is no better than no reading
// when it lies far from every other place of the text ("a Kenyan slum"
// read as a town in Wisconsin): it too takes the nearby place. A fuzzy
// reading near the text's other places is kept, since a misspelt town is
// most often near the towns spelt right.
//
// Only given spans back off (ResolveSpans): in free text a word the
// gazetteer lacks is most often no place at all.

// lookAlikeKm is how far a fuzzy reading may lie from the nearest other
// place of the text and still be believed: about a province's reach, the
// distance within which one news story's places lie.
const lookAlikeKm = 300

// nearbyConfidence marks a point that is the text's nearby place, not the
// name's own.
const nearbyConfidence = 0.2

// backOff places the given spans the gazetteer left unplaced, or placed
// only by a far look-alike, at the nearest placed span of the text.
func backOff(out []Resolved) {
	var placed, fuzzy []int // spans placed by their own name; by a look-alike
	for i := range out {
		switch p := out[i].Place; {
		case p == nil:
		case p.Match == MatchFuzzy:
			fuzzy = append(fuzzy, i)
		default:
			placed = append(placed, i)
		}
	}
	// a look-alike believed places its neighbours as well as a name
	// spelt right ("Wadi X in Shabwa province", the province spelt as
	// GeoNames does not); with no name spelt right, nothing speaks
	// against it
	exact := placed
	for _, i := range fuzzy {
		if len(exact) > 0 && farLookAlike(out[i].Place, out, exact) {
			out[i].Place = nil
		} else {
			placed = append(placed, i)
		}
	}
	if len(placed) == 0 {
		return
	}
	for i := range out {
		if out[i].Place != nil {
			continue
		}
		if j := nearbyPlace(out, placed, i); j >= 0 {
			q := *out[j].Place
			q.Matched = out[i].Text
			q.Match, q.MatchName = MatchNearby, MatchNearby.String()
			q.Confidence = nearbyConfidence
			q.Precision = max(q.Precision, 2)
			out[i].Place = &q
		}
	}
}

// farLookAlike reports whether fuzzy reading p lies away from every place
// the text names by its own spelling: farther than lookAlikeKm from each
// town or division, or, for a country, holding none of them.
func farLookAlike(p *Place, out []Resolved, placed []int) bool {
	for _, j := range placed {
		q := out[j].Place
		if p.Kind == KindCountry || q.Kind == KindCountry {
			if p.CountryCode != "" && p.CountryCode == q.CountryCode {
				return false
			}
			continue
		}
		if haversineKm(p.Lat, p.Lon, q.Lat, q.Lon) <= lookAlikeKm {
			return false
		}
	}
	return true
}

// nearbyPlace picks, for span i, the placed span that most likely holds
// it: the nearest in the text among the same sentence's placed spans,
// else among the towns and divisions (a country is a poor point for a
// street), else among all. It returns -1 when none is placed.
func nearbyPlace(out []Resolved, placed []int, i int) int {
	best, bestFine := -1, -1
	dist := func(j int) int {
		if out[j].Start > out[i].Start {
			return out[j].Start - out[i].End
		}
		return out[i].Start - out[j].End
	}
	bd, bfd := math.MaxInt, math.MaxInt
	for _, j := range placed {
		if j == i {
			continue
		}
		d := dist(j)
		if d < bd {
			best, bd = j, d
		}
		if out[j].Place.Kind != KindCountry && d < bfd {
			bestFine, bfd = j, d
		}
	}
	if best >= 0 && bd <= sameSentenceBytes {
		return best
	}
	if bestFine >= 0 {
		return bestFine
	}
	return best
}

// sameSentenceBytes is how near a placed span must lie to be taken for
// the name's own sentence ("on Elm Street in Dover", "X, Namibia"): a
// sentence's length in news prose.
const sameSentenceBytes = 120

package extract

import (
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/gazetteer"
)

// A district the gazetteer lacks ("Dashtak district (Nangarhar)", a
// spelling GeoNames does not keep) leaves its event at its province. Two
// such events of one province, or one beside an event of a known
// district, then look alike, and a province's busiest group ties them
// into one. The district's name as written is what tells them apart: it
// becomes the event's admin2 and location, at its province's point
// (geo_precision stays 3), so that fusion compares districts by name.

// maxDistrictWords bounds the capitalised words of a district's name
// before "district" ("Dand-e Ghori", "Kalay Sur Bala").
const maxDistrictWords = 3

// unknownDistrict sets e's admin2 from the first of ev's sentences that
// names a district the gazetteer did not resolve, when e is placed only
// at its province.
func (d *doc) unknownDistrict(ev *evb, e *event.Event) {
	if e.GeoPrecision < 3 || e.Admin2 != "" {
		return
	}
	for _, es := range ev.sents {
		name := d.districtNamed(es.st)
		if name == "" {
			continue
		}
		if e.Admin1 == "" {
			// "in X province's Y district": the province written as the
			// district's holder was no place of the event's own
			p, ok := provinceOf(es.st, e.Country)
			if !ok {
				return
			}
			e.Country, e.ISO, e.Admin1, e.Latitude, e.Longitude = p.Country, p.ISO, p.Admin1, p.Lat, p.Lon
		}
		e.Admin2, e.Location, e.GeonameID, e.LocationPopulation = name, name, 0, 0
		return
	}
}

// provinceOf is the first province st names in country c ("" any).
func provinceOf(st *sent, c string) (Place, bool) {
	for _, sp := range st.places {
		if sp.p.Kind == "admin1" && !sp.notPlace && (c == "" || sp.p.Country == c) {
			return sp.p, true
		}
	}
	return Place{}, false
}

// districtNamed is the name of an unresolved district that st names
// ("in Dashtak district"), "" when none.
func (d *doc) districtNamed(st *sent) string {
	for j := 1; j < len(st.toks); j++ {
		if st.toks[j].w != "district" {
			continue
		}
		a, words := j, 0
	run:
		for k := j - 1; k >= 0 && words <= maxDistrictWords; k-- {
			t := &st.toks[k]
			switch {
			case t.word && t.cap && t.f&fNumber == 0:
				a, words = k, words+1
			case (t.w == "-" || gazetteer.EzafeLink(t.w)) && k > 0 && st.toks[k-1].cap:
				// "Dand-e Ghori"
			default:
				break run
			}
		}
		if words == 0 || words > maxDistrictWords || a == 0 && commonOpeners[st.toks[0].w] || d.placeInRun(st, a, j) ||
			!districtUnit(st, a, j) {
			continue
		}
		return d.text[st.toks[a].s:st.toks[j-1].e]
	}
	return ""
}

// districtUnit: the run a..j-1 before "district" names an
// administrative district: "district" in lower case, or capitalised at
// the end of its phrase ("Dashtak District, Kunduz"), and no word of the
// run names a service ("School District", "Congressional District",
// "Central Business District").
func districtUnit(st *sent, a, j int) bool {
	for k := a; k < j; k++ {
		if serviceDistricts[st.toks[k].w] {
			return false
		}
	}
	if !st.toks[j].cap {
		return true
	}
	return j+1 >= len(st.toks) || !st.toks[j+1].word || st.toks[j+1].w == "of"
}

// serviceDistricts name districts that are no unit of government's map.
var serviceDistricts = set("school", "schools", "congressional", "judicial", "federal", "business", "historic",
	"financial", "police", "water", "election", "electoral", "sanitation", "fire", "park", "central", "court",
	"attorney", "assembly", "legislative", "hospital", "health", "shopping", "entertainment", "garment")

// placeInRun: a place the gazetteer resolved covers a token of a..b.
func (d *doc) placeInRun(st *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if d.placeAt(st, k) {
			return true
		}
	}
	return false
}

// commonOpeners open a sentence capitalised without being a name.
var commonOpeners = set("the", "a", "an", "in", "on", "at", "this", "that", "one", "another", "every")

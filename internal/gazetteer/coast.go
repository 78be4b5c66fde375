package gazetteer

import "strings"

// waterCodes are the GeoNames feature codes (class H) of open water an
// event can happen on: a sea, gulf, bay, strait, channel, sound, lake or
// reservoir. A river (STM) is none: a border river has two banks, no
// coast. Nor is an ocean (OCN): the shores of dozens of states, none of
// them nearer its middle in any sense a report means.
var waterCodes = map[string]bool{"SEA": true, "GULF": true, "BAY": true, "BAYS": true, "COVE": true,
	"STRT": true, "CHN": true, "CHNM": true, "SD": true, "LK": true, "LKS": true, "LGN": true, "RSV": true}

// IsWater tells whether p is a body of open water (a sea, gulf, strait,
// bay or lake), not a river or a place on land.
func IsWater(p *Place) bool {
	class, code, ok := strings.Cut(p.FeatureCode, ".")
	return ok && class == "H" && waterCodes[code]
}

// coastTownPop is the population of the towns that can give a water body
// its coastal state: a port of some size, so that a fishing hamlet on a
// rock in mid-sea does not decide it, while every coast long enough to
// matter has one.
const coastTownPop = 20000

// CoastCountry is the country whose coast a water body lies off: the
// country of the town of at least coastTownPop people nearest to its
// point, as ACLED codes an event at sea to a coastal state. A water body
// with its own country (a lake inside one state) keeps it. It is
// deterministic (ties go to the place stored first), so every report
// naming the same sea gets the same country, and cached per water body:
// the first call for one scans every town once.
func (g *Gazetteer) CoastCountry(p *Place) (country, iso string) {
	if p.Country != "" {
		return p.Country, p.CountryCode
	}
	if v, ok := g.coast.Load(p.idx); ok {
		c := v.(Place)
		return c.Country, c.CountryCode
	}
	best, bd := uint32(noPlace), 0.0
	for i := range g.places {
		r := &g.places[i]
		if r.Kind != KindCity || r.Pop < coastTownPop || r.Country == noPlace {
			continue
		}
		if d := haversineKm(p.Lat, p.Lon, float64(r.Lat), float64(r.Lon)); best == noPlace || d < bd {
			best, bd = uint32(i), d
		}
	}
	var c Place
	if best != noPlace {
		c = g.place(best)
	}
	g.coast.Store(p.idx, c)
	return c.Country, c.CountryCode
}

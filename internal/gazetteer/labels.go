package gazetteer

import "sort"

// MapLabel is a place a map names whatever events show: a first-level
// division at its point, or a town big enough to find one's way by.
type MapLabel struct {
	Name       string
	Kind       Kind // KindAdmin1 or KindCity
	Lat, Lon   float64
	Population uint64
}

// MapLabels lists every town of at least minPopulation people, from the
// largest, then every first-level division with a point, from the most
// populous: the order in which a crowded map should keep them (towns are
// few and are what one finds one's way by; a division named like its
// capital is then left out as a name already on the map).
func (g *Gazetteer) MapLabels(minPopulation uint64) []MapLabel {
	var out []MapLabel
	for i := range g.places {
		r := &g.places[i]
		ok := r.Kind == KindAdmin1 || (r.Kind == KindCity && uint64(r.Pop) >= minPopulation)
		if !ok || (r.Lat == 0 && r.Lon == 0) {
			continue
		}
		out = append(out, MapLabel{Name: g.str(r.Name), Kind: r.Kind, Lat: round5(float64(r.Lat)), Lon: round5(float64(r.Lon)), Population: uint64(r.Pop)})
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Kind != out[b].Kind {
			return out[a].Kind == KindCity
		}
		if out[a].Population != out[b].Population {
			return out[a].Population > out[b].Population
		}
		return out[a].Name < out[b].Name
	})
	return out
}

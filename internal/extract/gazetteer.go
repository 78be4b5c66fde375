package extract

import "github.com/sitrep/sitrep/internal/gazetteer"

// gazGeocoder adapts the GeoNames gazetteer to Geocoder.
type gazGeocoder struct{ g *gazetteer.Gazetteer }

// FromGazetteer makes the gazetteer the extractor's geocoder: every place
// mention of an article is resolved with the whole article as context.
func FromGazetteer(g *gazetteer.Gazetteer) Geocoder { return gazGeocoder{g} }

func (gg gazGeocoder) Places(text string) []Place {
	res := gg.g.Resolve(text)
	out := make([]Place, 0, len(res))
	for _, r := range res {
		if r.Place == nil {
			continue
		}
		p := r.Place
		kind := p.KindName
		if kind == "place" {
			kind = "city"
		}
		// an organisation's place ("Kwara State Police") is read as a people's
		// adjective is: the country it names counts, but it is no place
		// where the event happened
		pl := Place{
			Start: r.Start, End: r.End, Name: r.Text, Kind: kind, Demonym: r.Demonym || r.Org,
			Country: p.Country, ISO: p.CountryCode, Admin1: p.Admin1, Admin2: p.Admin2, Location: p.Name,
			Lat: p.Lat, Lon: p.Lon, GeonameID: int(p.GeonameID), Precision: p.Precision,
		}
		if kind == "city" {
			pl.Population = p.Population
		}
		if gazetteer.IsWater(p) {
			// a sea named as a region ("the Mediterranean") ranks as the
			// feature it is; its country is the nearest coast's
			pl.Kind, pl.Water = "feature", true
			pl.Country, pl.ISO = gg.g.CoastCountry(p)
		}
		out = append(out, pl)
	}
	return out
}

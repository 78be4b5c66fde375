package extract

import (
	"slices"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// gazGeocoder adapts the GeoNames gazetteer to Geocoder.
type gazGeocoder struct{ g *gazetteer.Gazetteer }

// FromGazetteer makes the gazetteer the extractor's geocoder: every place
// mention of an article is resolved with the whole article as context.
func FromGazetteer(g *gazetteer.Gazetteer) Geocoder { return gazGeocoder{g} }

// partyHomeWeight is the context a named party's home country gives, as
// a fraction of the text naming the country once: half. Any country in
// the context lifts its places over namesakes elsewhere; a country the
// text names also adds a full mention's weight each time and bars
// namesakes abroad more firmly, so the places a text names still outweigh
// where a party comes from (a group's attack abroad).
const partyHomeWeight = 0.5

func (gg gazGeocoder) Places(text string, homes []string) []Place {
	ctx := gazetteer.NewContext()
	for _, h := range homes {
		if iso := gazetteer.CountryCode(h); iso != "" {
			ctx.AddCountry(gg.g, iso, partyHomeWeight)
		}
	}
	res := gg.g.ResolveIn(ctx, text)
	gg.g.Capitals(text, res)
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

// partyCountries are the home countries of the named parties of sts (the
// Taliban's, Hamas'), each once, in the order the text names them; the
// international ones (no home country) give none.
func (d *doc) partyCountries(sts []*sent) []string {
	var out []string
	for _, st := range sts {
		for i := 0; i < len(st.toks); i++ {
			if st.toks[i].f&fActor == 0 {
				continue
			}
			k, a, ok := d.x.lx.actors.match(d.text, st.toks, i)
			if !ok {
				continue
			}
			if a.Country != "" && !slices.Contains(out, a.Country) {
				out = append(out, a.Country)
			}
			i += k - 1
		}
	}
	return out
}

package gazetteer

import "math"

// A name's country can be sure when its place is not: "Giza" is the
// province or its capital, both in Egypt. The first pass of
// resolveMentions then puts the country into the article's context,
// though not as a country named, so that another name of the text is read
// there ("Giza and Mansura": the Egyptian city whose English name
// Mansura is, not the namesake town whose own name it is).

// sureCountryMargin is the lead over every hit in another country from
// which a name's country is sure though its place is not: what makes a
// country-wide reading sure (margin 1, above).
const sureCountryMargin = 1.5

// sureCountryTownPop is the size from which a town's name may speak for
// its country so: a smaller one's name is as often a surname
// ("McAllister recalled"), and one name misread as a town would pull
// every other name of the text into its country.
const sureCountryTownPop = 50000

// sureCountryWeight is what such a name's country weighs in the context:
// as much as a country named outright, but it counts as none named
// (Context.named): a text that names no country gives its towns' famous
// namesakes abroad no reason to step back.
const sureCountryWeight = 1

// countryMargin is how far hit b leads the best hit in another country
// (4 when none is).
func (g *Gazetteer) countryMargin(hits []hit, opts *LookupOptions, b int) float64 {
	opts.owners = g.owners(hits, opts.owners[:0])
	home := g.hitCountry(hits[b])
	bs, other := g.score(hits[b], opts, nil), math.Inf(-1)
	for _, h := range hits {
		if g.hitCountry(h) != home {
			other = max(other, g.score(h, opts, nil))
		}
	}
	if math.IsInf(other, -1) {
		return 4
	}
	return bs - other
}

// hitCountry is the country a hit lies in (placeCountry).
func (g *Gazetteer) hitCountry(h hit) uint32 { return g.placeCountry(h.place) }

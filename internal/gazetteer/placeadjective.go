package gazetteer

import "strings"

// A toponym given as a span may be the adjective or people of a
// province, state or country ("Tasmanian", "Sicilian", "Punjabi",
// "Keralite", "Queenslander"): geoparsing corpora mark these as mentions
// of the place. GeoNames has no such forms for divisions, and matched by
// sound they land on a village of like spelling. English forms them by a
// few endings; a stem that is a division's or country's own name,
// exactly, is the place. Only spans are read so (ResolveSpans, Lookup):
// in free text an adjective describes people and things, and extraction
// reads peoples through the countries' demonyms (countries.tsv).

// adjectiveEndings are the endings of place adjectives and what the
// place's name ends in instead.
var adjectiveEndings = []struct{ suffix, repl string }{
	{"ian", "ia"}, // Tasmanian
	{"ian", "y"},  // Sicilian
	{"ian", "a"},  // Floridian
	{"ian", ""},   // Oregonian
	{"an", "a"},   // Dakotan
	{"an", "as"},  // Texan, Kansan
	{"an", ""},    // Ohioan, Hawaiian ("Hawaii")
	{"ite", "a"},  // Keralite
	{"ite", ""},   // Muscovite-like forms of a bare stem
	{"ese", ""},   // Sudanese
	{"ese", "a"},  // Genoese
	{"er", ""},    // Queenslander
	{"i", ""},     // Punjabi, Sindhi, Kashmiri
}

// minAdjectiveStem: the place name left must be a name, not a syllable.
const minAdjectiveStem = 4

// adjectiveHits reads name as a place adjective: the exact-name hits of
// the divisions, regions and countries its stems name, as demonyms.
func (g *Gazetteer) adjectiveHits(name string) []hit {
	if len(name) < minAdjectiveStem+1 || strings.ContainsAny(name, " -") {
		return nil
	}
	lower := strings.ToLower(name)
	for _, e := range adjectiveEndings {
		stem, ok := strings.CutSuffix(lower, e.suffix)
		if !ok || len(stem)+len(e.repl) < minAdjectiveStem {
			continue
		}
		var out []hit
		for _, h := range g.collectN([]string{stem + e.repl}, 1, false, false) {
			k := g.places[h.place].Kind
			if h.tier == tierFold && (k == KindAdmin1 || k == KindCountry || k == KindRegion) {
				h.flags |= flagDemonym
				out = append(out, h)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// exactHit: one of the hits matches a name as written (not by sound or
// spelling distance).
func exactHit(hs []hit) bool {
	for _, h := range hs {
		if h.tier == tierFold {
			return true
		}
	}
	return false
}

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

// irregularAdjectives are place adjectives no ending rule reaches, the
// Latin or older form of the name ("Genoese", "Neapolitan") or a people's
// name the division takes ("Baloch": Balochistan is theirs by name and
// the province's people are meant). A town's adjective is its own: a
// reader takes "Venetian" for the city, not the province.
var irregularAdjectives = map[string]string{
	"catalan": "Catalonia", "neapolitan": "Naples", "genoese": "Genoa", "venetian": "Venice",
	"milanese": "Milan", "florentine": "Florence", "mancunian": "Manchester",
	"walloon": "Wallonia", "flemish": "Flanders", "breton": "Brittany", "provencal": "Provence",
	"hessian": "Hesse", "tyrolean": "Tyrol", "monegasque": "Monaco",
	"baloch": "Balochistan", "baluch": "Balochistan", "balochi": "Balochistan", "baluchi": "Balochistan",
}

// peoples are names of peoples that live across borders and whose name
// no division or country takes as its own: a given span so written names
// no place, whatever village shares the spelling.
var peoples = setOf("pashtun", "pashtuns", "pakhtun", "pathan", "pathans", "kurdish", "kurd", "kurds",
	"tuareg", "fulani", "fula", "hausa", "yoruba", "igbo", "uyghur", "uighur", "uyghurs", "tamil", "tamils",
	"rohingya", "hmong", "maasai", "masai", "kikuyu", "oromo", "xhosa", "arab", "arabs", "bedouin", "bedouins",
	"berber", "berbers", "druze", "yazidi", "yazidis", "alawite", "alawites")

// irregularTownPop: a town an adjective names is a city known abroad
// (its namesakes are villages), or a province's seat or a capital
// (Venice's own count leaves out its mainland).
const irregularTownPop = 100000

// irregularHits reads name through irregularAdjectives; ok is false when
// the table has no such adjective.
func (g *Gazetteer) irregularHits(name string) (out []hit, ok bool) {
	place, ok := irregularAdjectives[strings.ToLower(name)]
	if !ok {
		return nil, false
	}
	for _, h := range g.collectN([]string{place}, 1, false, false) {
		r := &g.places[h.place]
		if h.tier != tierFold || h.flags&flagPrimary == 0 {
			continue
		}
		if r.Kind == KindAdmin1 || r.Kind == KindCountry || r.Kind == KindRegion || r.Kind == KindCity && (r.Pop >= irregularTownPop || seatCode(codeOf(r))) {
			h.flags |= flagDemonym
			out = append(out, h)
		}
	}
	return out, true
}

// seatCode: a GeoNames code of a capital or a first- or second-level seat.
func seatCode(c string) bool { return c == "PPLC" || c == "PPLA" || c == "PPLA2" }

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

package gazetteer

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strings"
	"unsafe"
)

// MatchKind says how a name matched.
type MatchKind uint8

const (
	MatchNone      MatchKind = iota
	MatchExact               // the place's own name (case, diacritics, spacing aside)
	MatchAlternate           // one of its alternate names
	MatchFuzzy               // transliteration variant, small spelling difference, or a word of the name dropped
	MatchNearby              // a given name the gazetteer lacks, placed at the text's nearest place (backoff.go)
)

func (m MatchKind) String() string {
	switch m {
	case MatchExact:
		return "exact"
	case MatchAlternate:
		return "alternate"
	case MatchFuzzy:
		return "fuzzy"
	case MatchNearby:
		return "nearby"
	}
	return "none"
}

// Place is a resolved place.
type Place struct {
	Name        string  `json:"name"`              // the place's name in the gazetteer
	Matched     string  `json:"matched,omitempty"` // the name as looked up or written
	Kind        Kind    `json:"-"`
	KindName    string  `json:"kind"`         // place, admin2, admin1, country, region, continent, feature
	FeatureCode string  `json:"feature_code"` // GeoNames class.code, "P.PPLA2"
	Country     string  `json:"country,omitempty"`
	CountryCode string  `json:"country_code,omitempty"` // ISO 3166-1 alpha-2
	Admin1      string  `json:"admin1,omitempty"`
	Admin2      string  `json:"admin2,omitempty"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	GeonameID   uint32  `json:"geonameid,omitempty"`
	Population  uint64  `json:"population,omitempty"`
	// Precision is ACLED's geo_precision: 1 the named town or village
	// itself, 2 near a town or a district, 3 only a province, region or
	// country.
	Precision  int       `json:"precision"`
	Match      MatchKind `json:"-"`
	MatchName  string    `json:"match"` // exact, alternate, fuzzy, nearby
	Confidence float64   `json:"confidence"`

	idx uint32
}

// Candidate is one ranked answer of Lookup.
type Candidate struct {
	Place
	Score float64  `json:"score"`
	Why   []string `json:"why,omitempty"`
}

// LookupOptions steer Lookup.
type LookupOptions struct {
	Country string   // ISO2: prefer places in this country
	Level   Kind     // level the text implies ("X district" -> KindAdmin2); 0: any
	Context *Context // article context (countries, provinces, points seen)
	Limit   int      // maximum candidates returned (0: 10)
	NoFuzzy bool     // exact and alternate names only
	Explain bool     // fill Candidate.Why

	the bool // the name follows "the"
	// shapeWin: the readings whose own name breaks where the written
	// name does, over others that break elsewhere (spellshape.go)
	shapeWin []uint32
	// owners: candidates that bear the name as their own (primary) name;
	// candidates known by it only as an alternate are outranked by them
	owners []uint32
	// coh: the bonus of each place from the text's other names
	// (coherence.go)
	coh map[uint32]float64
}

// flagStripped marks hits found only after dropping a qualifier word.
const flagStripped = 1 << 8

// entry tiers
const (
	tierFold = iota
	tierPhon
	tierEdit
)

type hit struct {
	place uint32
	flags uint32
	tier  uint8
}

// prefixWords are dropped from the front of a query that matches nothing
// as written ("Northern Afghanistan", "Upper Darwaz" if not an alias).
var prefixWords = map[string]bool{"the": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "north": true, "south": true, "east": true, "west": true,
	"upper": true, "lower": true, "greater": true, "maidan": true, "maydan": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "mount": true, "mt": true}

var abbrevWords = map[string]string{"st": "Saint", "ste": "Sainte", "mt": "Mount", "ft": "Fort", "pt": "Port"}

// queryVariants splits a name into words and returns the variants to try:
// as written, without a trailing level word (whose level it returns), and
// without leading qualifiers.
func queryVariants(name string) (variants []string, level Kind) {
	v, l, _ := queryVariantsN(name)
	return v, l
}

// queryVariantsN is queryVariants that also says how many variants keep
// every qualifier word.
func queryVariantsN(name string) (variants []string, level Kind, full int) {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == ',' })
	if len(words) == 0 {
		return nil, 0, 0
	}
	variants = append(variants, strings.Join(words, " "))
	if exp, ok := abbrevWords[strings.ToLower(strings.TrimSuffix(words[0], "."))]; ok && len(words) > 1 {
		variants = append(variants, exp+" "+strings.Join(words[1:], " "))
	}
	if len(words) > 1 {
		lw := strings.ToLower(words[len(words)-1])
		if k, ok := suffixLevel[lw]; ok {
			level = k
			words = words[:len(words)-1]
			variants = append(variants, strings.Join(words, " "))
		}
	}
	if len(words) > 2 && strings.EqualFold(words[1], "of") {
		if k, ok := suffixLevel[strings.ToLower(words[0])]; ok { // "Province of X"
			level = k
			words = words[2:]
			variants = append(variants, strings.Join(words, " "))
		}
	}
	variants = append(variants, spellingForms(words)...)
	if c := cityForm(words); c != "" {
		variants = append(variants, c)
	}
	full = len(variants)
	for len(words) > 1 && prefixWords[strings.ToLower(words[0])] {
		words = words[1:]
		variants = append(variants, strings.Join(words, " "))
	}
	return variants, level, full
}

// Lookup returns the places a name may refer to, best first. The name may
// carry a level word ("Darqad district", "Takhar province", "Panj river").
func (g *Gazetteer) Lookup(name string, opts LookupOptions) []Candidate {
	if head, rest, ok := strings.Cut(name, ","); ok && strings.TrimSpace(rest) != "" {
		// "Faizabad, Badakhshan": the words after the comma are context
		ctx := opts.Context.clone()
		for _, part := range strings.Split(rest, ",") {
			if c := g.Lookup(part, LookupOptions{NoFuzzy: true, Limit: 1}); len(c) > 0 {
				ctx.Add(g, &c[0].Place, 2)
			}
		}
		opts.Context = ctx
		name = head
	}
	variants, level, full := queryVariantsN(name)
	if opts.Level == 0 {
		opts.Level = level
	}
	allCaps := isAllCaps(name)
	hits := g.collectN(variants, full, allCaps, !opts.NoFuzzy)
	if ph := g.possessiveHits(name, hits, !opts.NoFuzzy); len(ph) > 0 {
		hits = ph
	}
	if !exactHit(hits) {
		if adj := g.adjectiveHits(name); len(adj) > 0 {
			hits = adj
		}
	}
	cands := g.rank(hits, name, opts, allCaps)
	limit := opts.Limit
	if limit == 0 {
		limit = 10
	}
	if len(cands) > limit {
		cands = cands[:limit]
	}
	return cands
}

func isAllCaps(s string) bool {
	letters := 0
	for _, c := range s {
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	return letters > 0
}

// collect finds the index entries for the first variant that matches, by
// fold key, then phonetic key, then (if fuzzy) small edit distance.
func (g *Gazetteer) collect(variants []string, allCaps, fuzzy bool) []hit {
	return g.collectN(variants, len(variants), allCaps, fuzzy)
}

// collectN is collect where variants from index full on dropped a
// qualifier ("West Midlands" -> "Midlands"): their hits carry flagStripped.
func (g *Gazetteer) collectN(variants []string, full int, allCaps, fuzzy bool) []hit {
	var hits []hit
	var fb, pb []byte
	usable := func(posts []uint32) bool {
		for _, e := range posts {
			if e&flagAbbrev == 0 || allCaps {
				return true
			}
		}
		return false
	}
	for vi, v := range variants {
		var ok bool
		fb, ok = appendFold(fb[:0], v)
		if !ok || len(fb) == 0 {
			continue
		}
		if posts := g.postings(false, hashKey(1, fb)); usable(posts) {
			var extra uint32
			if vi >= full {
				extra = flagStripped
			}
			for _, e := range posts {
				if e&flagAbbrev == 0 || allCaps {
					hits = append(hits, hit{e >> flagBits, e&(1<<flagBits-1) | extra, tierFold})
				}
			}
			return g.sharedCountryHits(fb, hits)
		}
	}
	if hits = g.phonetic(variants, full); len(hits) > 0 {
		return hits
	}
	if !fuzzy {
		return nil
	}
	for _, v := range variants {
		var ok bool
		fb, ok = appendFold(fb[:0], v)
		if !ok || len(fb) < 6 {
			continue
		}
		pb = appendPhon(pb[:0], fb)
		max := 1
		if len(pb) >= 9 {
			max = 2
		}
		if len(pb) < 5 {
			continue
		}
		key := pb
		best := max + 1
		var keys [][]byte
		// fuzzy keys are sorted by length: scan the window of lengths
		lo := sort.Search(len(g.fuzzy)/2, func(i int) bool { return int(g.fuzzy[2*i+1]) >= len(key)-max })
		for i := 2 * lo; i+1 < len(g.fuzzy); i += 2 {
			off, n := g.fuzzy[i], int(g.fuzzy[i+1])
			if n > len(key)+max {
				break
			}
			k := g.blob[off : off+uint32(n)]
			if k[0] != key[0] && max < 2 {
				continue // a one-edit variant keeps its first letter (mostly)
			}
			if d := levenshtein(key, k, max); d <= best {
				if d < best {
					keys = keys[:0]
					best = d
				}
				keys = append(keys, k)
			}
		}
		var posts []uint32
		for _, k := range keys {
			posts = append(posts, g.postings(true, hashKey(2, k))...)
		}
		if len(posts) > maxSoundAlikes {
			// a sound thousands of places share says nothing of which
			continue
		}
		for _, e := range posts {
			// keys a few sounds apart may be spelt far apart: a place
			// none of whose names is spelt close is no misspelling of
			// this one, only a sound-alike
			if g.closeSpelling(e>>flagBits, fb) {
				hits = append(hits, hit{e >> flagBits, e & (1<<flagBits - 1), tierEdit})
			}
		}
		if len(hits) > 0 {
			return hits
		}
	}
	return nil
}

// maxSoundAlikes: more places than this within a few sounds of a name are
// no reading of it (a short or common sound, "Zqxvry Square"), and
// spelling each of them out would cost more than the look-up.
const maxSoundAlikes = 500

// phonetic finds the entries for the first variant that has
// transliteration variants spelt alike (closeSpelling); variants from
// index full on carry flagStripped.
func (g *Gazetteer) phonetic(variants []string, full int) []hit {
	var hits []hit
	var fb, pb []byte
	for vi, v := range variants {
		var ok bool
		fb, ok = appendFold(fb[:0], v)
		if !ok || len(fb) < 4 {
			continue
		}
		pb = appendPhon(pb[:0], fb)
		if posts := g.postings(true, hashKey(2, pb)); len(posts) > 0 {
			var extra uint32
			if vi >= full {
				extra = flagStripped
			}
			for _, e := range posts {
				if g.closeSpelling(e>>flagBits, fb) {
					hits = append(hits, hit{e >> flagBits, e&(1<<flagBits-1) | extra, tierPhon})
				}
			}
			if len(hits) > 0 {
				return hits
			}
		}
	}
	return nil
}

// closeSpelling: a transliteration variant must also be spelt alike: one
// of the place's names is within a few edits of the fold key.
func (g *Gazetteer) closeSpelling(place uint32, fold []byte) bool {
	max := 1
	switch {
	case len(fold) >= 10:
		max = 3
	case len(fold) >= 6:
		max = 2
	}
	r := &g.places[place]
	var buf [64]byte
	check := func(name string) bool {
		f, ok := appendFold(buf[:0], name)
		return ok && levenshtein(f, fold, max) <= max
	}
	if check(g.str(r.Name)) {
		return true
	}
	if r.Alts == 0 {
		return false
	}
	n, k := binary.Uvarint(g.blob[r.Alts:])
	p := int(r.Alts) + k
	for i := 0; i < int(n); i++ {
		l, k := binary.Uvarint(g.blob[p:])
		p += k
		name := unsafe.String(&g.blob[p], int(l))
		p += int(l)
		if len(name) > 0 && (name[0] == '@' || name[0] == '=') {
			name = name[1:]
		}
		if check(name) {
			return true
		}
	}
	return false
}

// Context is what an article has said so far: the countries and
// first-level divisions it names and the points of places resolved with
// confidence. Resolving a sentence within its article's Context lets
// "Georgia" or "Kabul" take the meaning the article gives them.
type Context struct {
	named     float64 // weight of countries named as such
	countries map[uint32]float64
	admin1    map[uint32]float64
	points    []ctxPoint
}

type ctxPoint struct {
	lat, lon float64
	place    uint32
}

// NewContext returns an empty article context.
func NewContext() *Context {
	return &Context{countries: map[uint32]float64{}, admin1: map[uint32]float64{}}
}

// AddCountry notes that the article is about a country (ISO2), e.g. from
// its metadata.
func (c *Context) AddCountry(g *Gazetteer, iso2 string, weight float64) {
	if i, ok := g.byCountry[strings.ToUpper(iso2)]; ok {
		c.countries[i] += weight
	}
}

// Add records a resolved place.
func (c *Context) Add(g *Gazetteer, p *Place, weight float64) {
	if p == nil || int(p.idx) >= len(g.places) {
		return
	}
	r := &g.places[p.idx]
	switch r.Kind {
	case KindCountry:
		c.countries[p.idx] += weight
		c.named += weight
	case KindAdmin1:
		c.admin1[p.idx] += weight
		if r.Country != noPlace {
			c.countries[r.Country] += weight * 0.7
		}
	default:
		if r.Admin1 != noPlace {
			c.admin1[r.Admin1] += weight * 0.5
		}
		if r.Country != noPlace {
			c.countries[r.Country] += weight * 0.5
		}
	}
	if r.Kind != KindContinent && r.Kind != KindRegion && r.Kind != KindCountry && len(c.points) < 32 {
		c.points = append(c.points, ctxPoint{float64(r.Lat), float64(r.Lon), p.idx})
	}
}

// Countries lists the ISO2 codes in the context, most weighty first.
func (c *Context) Countries(g *Gazetteer) []string {
	type kv struct {
		k string
		w float64
	}
	var l []kv
	for i, w := range c.countries {
		l = append(l, kv{g.countryCode(&g.places[i]), w})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].w > l[j].w || l[i].w == l[j].w && l[i].k < l[j].k })
	out := make([]string, len(l))
	for i, e := range l {
		out[i] = e.k
	}
	return out
}

// kmPerDegree is the length of a degree of latitude (of a great circle):
// |Δlat|·kmPerDegree never exceeds haversineKm's distance.
const kmPerDegree = 6371.0088 * math.Pi / 180

func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	sp, sl := math.Sin(dp/2), math.Sin(dl/2) // each sine once: same products, half the calls
	h := sp*sp + math.Cos(p1)*math.Cos(p2)*sl*sl
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// score rates one hit. Higher is better; roughly: log10 population, plus
// bonuses for the kind of place, the quality of the name match, the level
// the text implies and agreement with the article context.
func (g *Gazetteer) score(h hit, opts *LookupOptions, why *[]string) float64 {
	r := &g.places[h.place]
	explain := why != nil
	add := func(v float64, s string) float64 {
		if explain && v != 0 {
			*why = append(*why, s)
		}
		return v
	}
	pop := float64(r.Pop)
	s := math.Log10(pop + 1)
	if explain {
		*why = append(*why, "population")
	}
	if slices.Contains(opts.shapeWin, h.place) {
		s += add(shapeFit, "written as its own name")
	}
	code := codeOf(r)
	switch r.Kind {
	case KindCountry:
		s += add(3, "country")
	case KindContinent:
		s += add(2.5, "continent")
	case KindRegion:
		s += add(1.5, "region")
	case KindAdmin1:
		s += add(2, "province/state")
	case KindAdmin2:
		s += add(0.1, "district")
	case KindCity:
		switch {
		case code == "PPLC":
			s += add(2.5, "capital")
		case code == "PPLA":
			s += add(1, "provincial capital")
		case code == "PPLA2":
			s += add(0.3, "district seat")
		case code == "PPLX" || code == "PPLH" || code == "PPLQ" || code == "PPLW":
			s += add(-1.5, "section or former place")
		}
	case KindFeature:
		s += add(-0.5, "feature")
	}
	if opts.the && r.Kind == KindFeature && (r.FCode[0] == 'H' || r.FCode[0] == 'T') {
		s += add(2, "\"the\" + river or mountain")
	}
	if r.Flags&recNamesake != 0 && opts.Level == 0 {
		s += add(2, "town named like its province")
	} else if r.Flags&recNamesake2 != 0 && opts.Level == 0 {
		s += add(0.5, "town named like its district")
	}
	fame := s - math.Log10(pop+1) // what rank adds to size
	switch {
	case h.flags&flagPrimary != 0 && r.Kind == KindCountry:
		s += add(1.2, "country's own name")
	case h.flags&flagPrimary != 0:
		s += add(0.6, "own name")
	case h.flags&flagDemonym != 0:
		s += add(-0.3, "demonym")
	case h.flags&flagAbbrev == 0 && (r.Kind == KindCity || r.Kind == KindAdmin2 || r.Kind == KindFeature) && g.ownedElsewhere(opts.owners, h.place) && !g.ownersAbroad(opts.owners, r, opts.Context):
		// a historic or foreign name of a big city is rarer in English
		// text than the town whose own name it is, however small: size
		// and rank stop counting, the article's context still does.
		// Owners that are small places abroad take nothing from a place
		// in the article's country (ownersAbroad, contextvariant.go).
		s += add(math.Min(s, altOwnedCap)-s-1, "another place's own name")
	}
	switch h.tier {
	case tierPhon:
		s += add(-2.5, "transliteration variant")
	case tierEdit:
		s += add(-3.5, "spelling distance")
	}
	if h.flags&flagStripped != 0 {
		s += add(-2, "matched without a qualifier")
	}
	if lv := opts.Level; lv != 0 {
		switch {
		case lv == r.Kind:
			s += add(4, "level as stated")
		case lv == KindAdmin2 && r.Kind == KindCity && strings.HasPrefix(code, "PPLA"):
			s += add(2.5, "district seat for district")
		case lv == KindAdmin1 && r.Kind == KindRegion:
			s += add(2, "region for province")
		case lv == KindFeature && (r.Kind == KindAdmin1 || r.Kind == KindAdmin2 || r.Kind == KindRegion):
			s += add(1.5, "region for valley")
		case lv == KindCity && r.Kind == KindAdmin2:
		default:
			s += add(-1.5, "level differs")
		}
	}
	if v := opts.coh[h.place]; v != 0 {
		s += add(v, "near the text's other places")
	}
	if opts.Country != "" && g.countryOf(r) == opts.Country {
		s += add(4, "country as asked")
	}
	if c := opts.Context; c != nil {
		ci := g.placeCountry(h.place)
		if w, ok := c.countries[ci]; ok && ci != noPlace {
			s += add(1.5+math.Min(1.5, w*0.5), "country in article")
		} else if len(c.countries) > 0 && r.Kind == KindCountry {
			s += add(-1, "country not in article")
		} else if len(c.countries) > 0 && r.Kind != KindCountry && r.Kind != KindContinent && r.Kind != KindRegion {
			s += add(-0.7, "country not in article")
			if c.named > 0 && !(r.Kind == KindCity && r.Pop >= worldCity && len(c.admin1) == 0) {
				// an article that names its countries outright rules out
				// a town elsewhere more firmly than one that implies them,
				// and a capital's fame says which of two namesakes a
				// reader thinks of unprompted, not in an article set in
				// another country. Only a world city's fame travels, and
				// not into an article that names the provinces it is set
				// in (local news of a namesake town).
				n := math.Min(1, c.named)
				s += add(-1.5*n, "article names other countries")
				if r.Kind == KindCity && fame > 0 {
					s += add(-fame*n, "fame elsewhere")
				}
			}
			if h.tier != tierFold {
				s += add(-2, "variant spelling far from the article")
			}
		}
		a1 := r.Admin1
		if r.Kind == KindAdmin1 {
			a1 = h.place
		}
		// A province the article names is a narrower cue than its
		// country (provinceCue).
		if w, ok := c.admin1[a1]; ok && a1 != noPlace {
			s += add(provinceCue+math.Min(1.5, w*0.5), "province in article")
		}
	}
	return s
}

// provinceCue is what a place in a province the text names gains: a
// point more than a country named (1.5), since a province narrows the
// namesakes of a name to the ones local news there means ("a rally in
// Springfield, police in Nebraska said": the Nebraska town, not a bigger
// namesake two states away). No more: texts name provinces the incident is not
// in (where fighters came from, where the governor flew), and a world
// city's fame must still outweigh it.
const provinceCue = 2.5

func (g *Gazetteer) countryOf(r *placeRec) string {
	return g.countryCode(r)
}

// rank scores and orders hits, one candidate per place.
func (g *Gazetteer) rank(hits []hit, written string, opts LookupOptions, allCaps bool) []Candidate {
	if len(hits) == 0 {
		return nil
	}
	best := map[uint32]int{}
	opts.owners = g.owners(hits, opts.owners[:0])
	var cands []Candidate
	for _, h := range hits {
		var why []string
		var wp *[]string
		if opts.Explain {
			wp = &why
		}
		sc := g.score(h, &opts, wp)
		if c := opts.Context; c != nil && len(c.points) > 0 {
			r := &g.places[h.place]
			if v := g.ctxPointBonus(r, h.place, c); v != 0 {
				sc += v
				if wp != nil {
					why = append(why, "near other places in article")
				}
			}
		}
		if i, ok := best[h.place]; ok {
			if sc > cands[i].Score {
				cands[i].Score, cands[i].Why = sc, why
				cands[i].Match = matchOf(h)
			}
			continue
		}
		best[h.place] = len(cands)
		c := Candidate{Place: g.place(h.place), Score: sc, Why: why}
		c.Match = matchOf(h)
		c.Matched = written
		cands = append(cands, c)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].Score != cands[j].Score {
			return cands[i].Score > cands[j].Score
		}
		return cands[i].Population > cands[j].Population
	})
	// confidence: margin over the runner-up, times the match quality
	for i := range cands {
		margin := 4.0
		if i == 0 && len(cands) > 1 {
			margin = cands[0].Score - cands[1].Score
		} else if i > 0 {
			margin = cands[i].Score - cands[0].Score
		}
		q := 1.0
		switch cands[i].Match {
		case MatchAlternate:
			q = 0.95
		case MatchFuzzy:
			q = 0.7
		}
		cands[i].Confidence = math.Round(q/(1+math.Exp(-margin))*1000) / 1000
		cands[i].MatchName = cands[i].Match.String()
	}
	return cands
}

func matchOf(h hit) MatchKind {
	switch {
	case h.tier != tierFold, h.flags&flagStripped != 0:
		// a name found only with a word of it dropped ("Mount X" as a
		// county X) is a look-alike as a misspelling is
		return MatchFuzzy
	case h.flags&flagPrimary != 0:
		return MatchExact
	}
	return MatchAlternate
}

// placeCountry is the index of the country place i lies in: its own for
// a country, noPlace for none.
func (g *Gazetteer) placeCountry(i uint32) uint32 {
	if r := &g.places[i]; r.Kind != KindCountry {
		return r.Country
	}
	return i
}

// place turns a record into a Place (without match data).
func (g *Gazetteer) place(i uint32) Place {
	r := &g.places[i]
	class, code := fcodeString(r.FCode)
	p := Place{
		Name: g.str(r.Name), Kind: r.Kind, KindName: r.Kind.String(),
		Lat: round5(float64(r.Lat)), Lon: round5(float64(r.Lon)),
		GeonameID: r.ID, Population: uint64(r.Pop), idx: i,
	}
	if class != 0 {
		p.FeatureCode = string(class) + "." + code
	}
	p.CountryCode = g.countryCode(r)
	if ci := g.placeCountry(i); ci != noPlace {
		p.Country = g.str(g.places[ci].Name)
	}
	switch r.Kind {
	case KindAdmin1:
		p.Admin1 = p.Name
	case KindAdmin2:
		p.Admin2 = p.Name
	}
	if r.Admin1 != noPlace {
		p.Admin1 = g.str(g.places[r.Admin1].Name)
	}
	if r.Admin2 != noPlace {
		p.Admin2 = g.str(g.places[r.Admin2].Name)
	}
	switch r.Kind {
	case KindCity:
		p.Precision = 1
	case KindAdmin2, KindFeature:
		p.Precision = 2
	default:
		p.Precision = 3
	}
	return p
}

func round5(v float64) float64 { return math.Round(v*1e5) / 1e5 }

// PlaceByID returns the place with a GeoNames id (a linear scan: for tools
// and tests, not hot loops).
func (g *Gazetteer) PlaceByID(id uint32) (Place, bool) {
	for i := range g.places {
		if g.places[i].ID == id {
			return g.place(uint32(i)), true
		}
	}
	return Place{}, false
}

// Stats counts places by kind.
func (g *Gazetteer) Stats() map[string]int {
	m := map[string]int{}
	for i := range g.places {
		m[g.places[i].Kind.String()]++
	}
	return m
}

// NameKeys reports the number of distinct fold and phonetic keys.
func (g *Gazetteer) NameKeys() (fold, phon int) {
	for _, h := range g.foldHash {
		if h != 0 {
			fold++
		}
	}
	for _, h := range g.phonHash {
		if h != 0 {
			phon++
		}
	}
	return
}

// codeOf returns the feature code of a record without copying it.
func codeOf(r *placeRec) string {
	n := 1
	for n < len(r.FCode) && r.FCode[n] != 0 {
		n++
	}
	if n == 1 {
		return ""
	}
	return unsafe.String(&r.FCode[1], n-1)
}

// worldCity is the population of a city whose name means it anywhere.
const worldCity = 1000000

// altOwnedCap is what population and rank can give a place matched by
// another place's own name: a town of a thousand.
const altOwnedCap = 3.0

// owners appends the places whose own name a hit is and that a reader
// would know by it: towns of some size (not quarters or former places)
// and divisions with people in them.
func (g *Gazetteer) owners(hits []hit, out []uint32) []uint32 {
	for _, h := range hits {
		if h.flags&flagPrimary == 0 || h.tier != tierFold {
			continue
		}
		r := &g.places[h.place]
		switch r.Kind {
		case KindCity:
			switch codeOf(r) {
			case "PPLX", "PPLH", "PPLQ", "PPLW":
				continue
			}
			if r.Pop < 1000 {
				continue
			}
		case KindAdmin2:
			if r.Pop == 0 {
				continue // a district known only by its code list
			}
		case KindFeature:
			continue
		}
		out = append(out, h.place)
	}
	return out
}

// ownedElsewhere: the name belongs to a place that is neither p nor its
// own division or town. A town and its district often carry one name in
// two spellings; that is a transliteration, not another place, and the
// name is then p's own in practice, whatever village elsewhere also bears
// it ("Jenin", its district's own name, means the West Bank town, not a
// hamlet of the same spelling abroad).
func (g *Gazetteer) ownedElsewhere(owners []uint32, p uint32) bool {
	r := &g.places[p]
	elsewhere := false
	for _, o := range owners {
		if o == p || o == r.Admin1 || o == r.Admin2 {
			return false
		}
		if or := &g.places[o]; or.Admin1 == p || or.Admin2 == p {
			return false
		}
		elsewhere = true
	}
	return elsewhere
}

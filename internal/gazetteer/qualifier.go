package gazetteer

import "strings"

// A place written with the unit that holds it after a comma ("Paris,
// Texas", "Lima, Ohio", "Tripoli, northern Lebanon", "Athens, Georgia")
// is the reading of the name that lies in that unit, whatever the
// population or the rest of the text says; and the unit is the reading of
// its name that holds the place (Georgia the state, not the country). Local
// news names its towns this way precisely because the name is shared.

// qualifier returns the index of the mention that qualifies ms[i], or -1,
// and whether a parenthesis opens before it (paren):
// the next mention, after a comma or an opening parenthesis ("Bara
// (Khyber, Khyber Pakhtunkhwa)", as coders write a location), which may
// follow a place word ("Bara village (Khyber, ...)": placeWords), and at
// most one direction word (prefixWords: "northern", "eastern"...). After a
// comma, a name that goes on a list ("Kabul, Dushanbe and Tashkent":
// names of one rank) qualifies nothing.
func qualifier(text string, ms []Mention, i int) (j int, paren bool) {
	m := &ms[i]
	if i+1 >= len(ms) || ms[i+1].Start < m.End || ms[i+1].Start > len(text) {
		return -1, false
	}
	gap := strings.TrimSpace(text[m.End:ms[i+1].Start])
	if genitiveChain(gap) {
		return i + 1, false
	}
	gap = dropPlaceWord(gap)
	rest, comma := strings.CutPrefix(gap, ",")
	if !comma {
		if rest, paren = strings.CutPrefix(gap, "("); !paren {
			return -1, false
		}
	}
	if rest = strings.TrimSpace(rest); rest != "" {
		if !lowerMatchable(rest, prefixWordsLen) {
			return -1, false
		}
		if rest = strings.ToLower(rest); !prefixWords[rest] || rest == "the" {
			return -1, false
		}
	}
	next := &ms[i+1]
	if next.Demonym || possessive(text, next.End) {
		return -1, false // "in Herat, Afghan forces", "in Herat, Iran's consulate"
	}
	if comma && i+2 < len(ms) && ms[i+2].Start <= len(text) && ms[i+1].End <= ms[i+2].Start {
		if gap := strings.TrimSpace(text[ms[i+1].End:ms[i+2].Start]); lowerMatchable(gap, len(", and")) {
			switch strings.ToLower(gap) {
			case ",", "and", "or", ", and", ", or":
				return -1, false
			}
		}
	}
	return i + 1, paren
}

// maxLowerShrink: strings.ToLower shrinks a string at most threefold (the
// Kelvin sign, three bytes, lowers to "k"). The gap between two mentions
// is often a whole paragraph: one too long to lower to any word of a set
// is not lowered to be compared.
const maxLowerShrink = 3

// lowerMatchable: s may lower to a word of at most n bytes.
func lowerMatchable(s string, n int) bool { return len(s) <= maxLowerShrink*n }

// prefixWordsLen is the byte length of the longest of prefixWords.
var prefixWordsLen = func() int {
	n := 0
	for w := range prefixWords {
		n = max(n, len(w))
	}
	return n
}()

// placeWords name what a place is; coders and wires write them between
// the name and its units ("Kok village (X district, Y)", "Z town, W",
// "Y community, W state"): the word says what the name is, the comma
// still says where.
var placeWords = map[string]bool{
	"village": true, "town": true, "city": true, "district": true, "area": true, "locality": true,
	"commune": true, "municipality": true, "camp": true, "township": true, "settlement": true,
	"community": true, "neighbourhood": true, "neighborhood": true, "hamlet": true, "suburb": true,
	"quarter": true, "colony": true, "ward": true, "barrio": true, "colonia": true, "ejido": true,
	// the units below a district that South Asian, Ethiopian, Philippine
	// and Sahel reports name
	"tehsil": true, "tahsil": true, "taluka": true, "taluk": true, "mandal": true, "upazila": true,
	"subdivision": true, "sub-division": true, "subdistrict": true, "sub-district": true, "sector": true,
	"woreda": true, "kebele": true, "barangay": true, "cercle": true,
}

// dropPlaceWord cuts one place word that opens the gap between a name and
// its qualifier.
func dropPlaceWord(gap string) string {
	i := strings.IndexAny(gap, " ,(")
	if i <= 0 || !placeWords[strings.ToLower(gap[:i])] {
		return gap
	}
	return strings.TrimSpace(gap[i:])
}

// genitiveUnits are the words for units that Russian writes (in any case:
// "в Ишкашимском районе ГБАО") after a place's name and Persian joins by the ezafe, before the
// name of the unit that holds it: "Ишкашимского района ГБАО" (of
// Ishkashim district of Gorno-Badakhshan), "Ванчского района Горно-
// Бадахшанской области", "ولسوالی خان آباد ولایت کندز". With no comma,
// the chain says the same as "Ishkashim district, GBAO".
var genitiveUnits = map[string]bool{
	"район": true, "района": true, "районе": true, "районом": true, "району": true,
	"область": true, "области": true, "областью": true,
	"провинция": true, "провинции": true, "провинцию": true, "провинцией": true,
	"округ": true, "округа": true, "округе": true, "вилоят": true, "вилоята": true, "вилояте": true,
	"джамоат": true, "джамоата": true, "джамоате": true, "ولایت": true, "استان": true,
}

// maxGenitiveUnits: at most two unit words stand between a place and the
// unit holding it ("Ишкашимского района провинции Бадахшан" would be one
// district word after the place, one before the holder).
const maxGenitiveUnits = 2

// genitiveChain: the gap between two names is one or two unit words of a
// genitive chain and nothing else.
// The gap is often a whole paragraph between two mentions: it is split
// lazily and given up on at the first word that is no unit word, rather
// than lowered and split whole (lowering maps no rune to or from a space,
// so the words are the same).
func genitiveChain(gap string) bool {
	n := 0
	for w := range strings.FieldsSeq(gap) {
		n++
		if n > maxGenitiveUnits || !genitiveUnits[strings.ToLower(w)] {
			return false
		}
	}
	return n > 0
}

// maxHolderGap: the longest gap, in bytes, between a name and its holder
// ("tehsil (revenue unit) in southern"): a place word, a gloss, "in" and
// a direction.
const maxHolderGap = 64

// inHolder returns the index of the mention right after "in" (and at
// most one direction word: "a town in southern Idlib", "a village in
// Kunar") that may hold ms[i], or -1. Weaker than a comma: "in" also
// joins a place to where its people went ("fled Homs in 2016", "Afghans
// in Iran"), so it narrows the name only to readings that lie inside.
func inHolder(text string, ms []Mention, i int) int {
	m := &ms[i]
	if i+1 >= len(ms) || ms[i+1].Start < m.End || ms[i+1].Start > len(text) {
		return -1
	}
	gap := text[m.End:ms[i+1].Start]
	if len(gap) > maxHolderGap {
		return -1 // a clause or a paragraph between: lowering it would cost more than the look-up
	}
	ws := strings.Fields(strings.ToLower(dropGloss(dropPlaceWord(strings.TrimSpace(gap)))))
	if len(ws) == 0 || ws[0] != "in" || len(ws) > 2 || len(ws) == 2 && (!prefixWords[ws[1]] || ws[1] == "the") {
		return -1
	}
	if ms[i+1].Demonym || possessive(text, ms[i+1].End) {
		return -1
	}
	return i + 1
}

// featureWords open the name of a mountain, lake or valley: "Mount X in
// Y" with no reading in Y is a feature the gazetteer lacks, not a suburb
// named after it abroad.
var featureWords = map[string]bool{"mount": true, "mt": true, "mt.": true, "lake": true, "cape": true, "wadi": true,
	"jebel": true, "jabal": true, "jbel": true, "lac": true, "monte": true, "cerro": true, "sierra": true}

// featureName: name opens with a feature word.
func featureName(name string) bool {
	w, _, ok := strings.Cut(name, " ")
	return ok && featureWords[strings.ToLower(w)]
}

// lookAlikesOnly reports whether every reading of a name is a look-alike:
// a spelling variant, or a name found only with a word of it dropped.
func lookAlikesOnly(hits []hit) bool {
	for _, h := range hits {
		if h.tier == tierFold && h.flags&flagStripped == 0 {
			return false
		}
	}
	return true
}

// dropGloss drops a gloss in brackets, in small letters, that opens the
// gap between two names ("X tehsil (revenue unit) in Y"): it explains
// the place word and says nothing of where.
func dropGloss(gap string) string {
	if !strings.HasPrefix(gap, "(") {
		return gap
	}
	e := strings.IndexByte(gap, ')')
	if e < 0 || strings.ToLower(gap[:e]) != gap[:e] {
		return gap
	}
	return strings.TrimSpace(gap[e+1:])
}

// placeWordBefore: a place word stands between ms[i] and the next
// mention ("X village in Y", "X tehsil in Y").
func placeWordBefore(text string, ms []Mention, i int) bool {
	gap := strings.TrimSpace(text[ms[i].End:ms[i+1].Start])
	return dropPlaceWord(gap) != gap
}

// possessiveHolder returns the index of the mention that holds ms[i] by
// a possessive before it ("Khost's Spera district", "Mali's Kidal
// region": the unit's own place), or -1. A place written so is read in
// that unit as after a comma.
func possessiveHolder(text string, ms []Mention, i int) int {
	if i == 0 || ms[i-1].Demonym || ms[i-1].End > ms[i].Start || !possessive(text, ms[i-1].End) {
		return -1
	}
	gap := strings.TrimSpace(text[ms[i-1].End:ms[i].Start])
	gap = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(gap, "'s"), "’s"))
	if gap != "" && (!lowerMatchable(gap, prefixWordsLen) || !prefixWords[strings.ToLower(gap)]) {
		return -1
	}
	return i - 1
}

// possessive: the name ending at end is followed by "'s".
func possessive(text string, end int) bool {
	rest := text[min(end, len(text)):]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// within keeps the hits of a name that lie in a unit one of unit's hits
// names exactly (a country or a first-level division), and for each kept
// hit the index in unit of the unit that holds it. Nothing is kept when
// no reading of the name lies in any reading of the unit.
func (g *Gazetteer) within(hits, unit []hit) (kept []hit, holder []int) {
	return g.withinUnits(hits, unit, false)
}

// withinUnits is within, with districts among the units when districts
// is set.
func (g *Gazetteer) withinUnits(hits, unit []hit, districts bool) (kept []hit, holder []int) {
	for _, h := range hits {
		r := &g.places[h.place]
		for j, u := range unit {
			if !g.isUnit(u) && !(districts && g.isDistrict(u)) {
				continue
			}
			if ur := &g.places[u.place]; (ur.Kind == KindCountry && r.Country == u.place) || (ur.Kind == KindAdmin1 && r.Admin1 == u.place) ||
				(ur.Kind == KindAdmin2 && r.Admin2 == u.place) {
				kept, holder = append(kept, h), append(holder, j)
				break
			}
		}
	}
	return kept, holder
}

// qualify finds the mentions qualified by the next ("X, Y") and returns,
// for each mention so narrowed, the hits it keeps: X's readings in Y, and
// Y's readings that hold one of them.
func (g *Gazetteer) qualify(text string, ms []Mention) map[int][]hit {
	var out map[int][]hit
	// narrow records the hits mention i keeps (none: a place the
	// gazetteer lacks); the map is made for the first
	narrow := func(i int, hs []hit) {
		if out == nil {
			out = map[int][]hit{}
		}
		out[i] = hs
	}
	for i := range ms {
		if kept := g.definedIn(text, ms, i); len(kept) > 0 {
			// "X is a town in Y County" (definition.go)
			narrow(i, kept)
			continue
		}
		if units := g.unitAfterComma(text, ms, i); len(units) > 0 && len(ms[i].hits) > 0 {
			// "Salem, Ore.", or "Kingston, N.Y." where only the town
			// is a span: read in the unit written after the comma
			if kept, _ := g.within(ms[i].hits, units); len(kept) > 0 {
				narrow(i, kept)
				continue
			}
		}
		if k, townPart := g.ofHolder(text, ms, i); k >= 0 && len(ms[i].hits) > 0 {
			// "Kalay village of Dashtak district" (ofholder.go)
			if len(ms[k].hits) == 0 {
				if k2 := g.heldHolder(text, ms, k); k2 >= 0 {
					k, townPart = k2, false // "X area of Y tehsil in Z district": Y unknown, Z holds both
				}
			}
			if kept, holds, ok := g.heldBy(ms[i].hits, ms[k].hits, townPart); ok {
				narrow(i, kept)
				if len(kept) > 0 {
					narrow(k, holds)
				}
			}
			continue
		}
		j, paren := qualifier(text, ms, i)
		if j < 0 {
			j = possessiveHolder(text, ms, i)
		}
		if j < 0 {
			if k := inHolder(text, ms, i); k >= 0 && len(ms[i].hits) > 0 && len(ms[k].hits) > 0 {
				// "a town in southern Idlib": the readings inside the
				// unit, if the name has any there; else the text's
				// other evidence decides as before
				kept, holder := g.within(ms[i].hits, ms[k].hits)
				switch {
				case len(kept) > 0 && !g.sameCountryUnits(ms[i].hits, ms[k].hits):
					narrow(i, kept)
					narrow(k, holdingUnits(ms[k].hits, holder))
				case len(kept) == 0 && placeWordBefore(text, ms, i) && (g.anyUnit(ms[k].hits) || g.anyDistrict(ms[k].hits)) &&
					!g.sharesCountry(ms[i].hits, ms[k].hits):
					// "Dashtak tehsil in Kohat district": the word says
					// what the name is, "in" where; a namesake abroad is
					// no reading, the gazetteer lacks the place
					narrow(i, nil)
				case len(kept) == 0 && (lookAlikesOnly(ms[i].hits) || featureName(ms[i].Text) || g.namesCountry(ms[k].hits) && placedIn(text, ms[i].Start)) && g.anyUnit(ms[k].hits):
					// "Plaza X in Y": a name read only by its spelling's
					// look-alikes, none of them inside the unit the text
					// puts it in, is a place the gazetteer lacks; so is
					// a town put in a country that holds none of its
					// namesakes ("Zaria in northern Chad" is no Nigerian
					// town)
					narrow(i, nil)
				}
			}
			continue
		}
		if len(ms[i].hits) == 0 || len(ms[j].hits) == 0 {
			continue
		}
		if g.sameCountryUnits(ms[i].hits, ms[j].hits) {
			continue // "Takhar, Kunduz": provinces of one country side by side
		}
		kept, holder := g.within(ms[i].hits, ms[j].hits)
		if len(kept) == 0 && !g.anyUnit(ms[j].hits) && paren {
			// "Boni (Bandiagara, Mopti)": a coder's locality and the
			// town of its district; the locality lies in the town's
			// country, never in a namesake's abroad
			kept = g.inCountriesOf(ms[i].hits, bracketHits(text, ms, j))
			narrow(i, kept)
			continue
		}
		if len(kept) == 0 && (!g.anyUnit(ms[j].hits) || g.anyUnit(ms[i].hits)) {
			// the qualifier is no unit at all, or X is a unit itself
			// ("Syria, Iraq"): nothing to narrow by
			continue
		}
		if prev, ok := out[i]; ok {
			// X is also the unit that qualified the name before it
			// ("Allen County, Ohio, United States"): both hold
			if both := intersect(prev, kept); len(both) > 0 {
				kept = both
			} else {
				continue
			}
		}
		// No reading of X in the unit named beside it: X is a place the
		// gazetteer lacks, never a namesake elsewhere (kept is empty).
		narrow(i, kept)
		if len(kept) == 0 {
			continue
		}
		narrow(j, holdingUnits(ms[j].hits, holder))
	}
	return out
}

// bracketHits are the readings of every name in the parenthesis that
// ms[j] opens ("(Soum, Sahel)": a province the gazetteer may lack, then
// its region): any of them may carry the locality's country.
func bracketHits(text string, ms []Mention, j int) []hit {
	end := len(text)
	if k := strings.IndexByte(text[min(ms[j].End, len(text)):], ')'); k >= 0 {
		end = ms[j].End + k
	}
	var hits []hit
	for k := j; k < len(ms) && ms[k].Start < end; k++ {
		hits = append(hits, ms[k].hits...)
	}
	return hits
}

// inCountriesOf are the hits that lie in a country of one of the other
// names' readings.
func (g *Gazetteer) inCountriesOf(hits, other []hit) []hit {
	var kept []hit
	for _, h := range hits {
		c := g.placeCountry(h.place)
		for _, o := range other {
			if g.placeCountry(o.place) == c {
				kept = append(kept, h)
				break
			}
		}
	}
	return kept
}

// holdingUnits are the readings of a unit's name that hold the name it
// qualifies (within's holder indices into hits), each once.
func holdingUnits(hits []hit, holder []int) []hit {
	var units []hit
	for _, k := range holder {
		if u := hits[k]; !containsHit(units, u) {
			units = append(units, u)
		}
	}
	return units
}

// intersect keeps the hits of a that b holds too.
func intersect(a, b []hit) []hit {
	var out []hit
	for _, h := range a {
		if containsHit(b, h) {
			out = append(out, h)
		}
	}
	return out
}

func containsPlace(hs []hit, p uint32) bool {
	for _, x := range hs {
		if x.place == p {
			return true
		}
	}
	return false
}

func containsHit(hs []hit, h hit) bool {
	for _, x := range hs {
		if x.place == h.place {
			return true
		}
	}
	return false
}

// anyUnit: one of the hits is read exactly as a country or a first-level
// division, a unit that can hold a place.
func (g *Gazetteer) anyUnit(hits []hit) bool {
	for _, h := range hits {
		if g.isUnit(h) {
			return true
		}
	}
	return false
}

// placedIn: a locative of place stands right before the name at start
// ("an army post in Zaria in northern Chad"), where "from X in Y" says
// where X's people went ("Refugees from Gombe in Chad").
func placedIn(text string, start int) bool {
	b := strings.TrimRight(text[:start], " ")
	for _, w := range []string{" in", " at", " near", " outside"} {
		if hasSuffixFold(b, w) { // the word's bytes only: the text before may be long
			return true
		}
	}
	return false
}

// namesCountry: one reading of the name is a country by its own name
// ("Mali", though towns of Guinea are so named too).
func (g *Gazetteer) namesCountry(hits []hit) bool {
	for _, h := range hits {
		if g.places[h.place].Kind == KindCountry && h.flags&flagPrimary != 0 && h.tier == tierFold {
			return true
		}
	}
	return false
}

// isUnit: the hit reads a name exactly as a country or a first-level
// division.
func (g *Gazetteer) isUnit(h hit) bool {
	k := g.places[h.place].Kind
	return h.tier == tierFold && (k == KindCountry || k == KindAdmin1)
}

// sameCountryUnits: both names read exactly as units (countries or
// first-level divisions) of one country, so the comma lists them rather
// than placing one inside the other.
func (g *Gazetteer) sameCountryUnits(a, b []hit) bool {
	countries := func(hs []hit) map[uint32]bool {
		m := map[uint32]bool{}
		for _, h := range hs {
			r := &g.places[h.place]
			switch {
			case !g.isUnit(h):
			case r.Kind == KindCountry:
				m[h.place] = true
			case r.Country != noPlace:
				m[r.Country] = true
			}
		}
		return m
	}
	ca := countries(a)
	for c := range countries(b) {
		if ca[c] {
			return true
		}
	}
	return false
}

// maxUnitWords: a unit's name after a comma has at most this many words
// ("New South Wales").
const maxUnitWords = 3

// unitAfterComma reads the unit written after a comma that follows
// ms[i], where no mention of the text stands to qualify it (a span of
// given toponyms leaves the state out, or the state is abbreviated): a
// state's abbreviation (stateabbrev.go), or words the gazetteer reads
// exactly as a country or a first-level division. Names going on as a
// list ("X, Y and Z") and units named side by side qualify nothing, as
// for mentions (qualifier, sameCountryUnits).
func (g *Gazetteer) unitAfterComma(text string, ms []Mention, i int) []hit {
	end := ms[i].End
	if end > len(text) {
		return nil
	}
	// "Y community, W" as "Y, W"
	after := strings.TrimLeft(text[end:], " \u00a0")
	if k := strings.IndexAny(after, " ,("); k > 0 && placeWords[strings.ToLower(after[:k])] {
		after = strings.TrimLeft(after[k:], " \u00a0")
	}
	if after == "" || after[0] != ',' {
		return nil
	}
	rest := strings.TrimLeft(after[1:], " \u00a0")
	off := len(text) - len(rest)
	if u, _, ok := g.unitAbbrevAt(rest); ok {
		return []hit{{place: u, flags: flagPrimary, tier: tierFold}}
	}
	if i+1 < len(ms) && ms[i+1].Start <= off {
		return nil // a mention qualifies (qualifier)
	}
	words := strings.Fields(rest[:min(len(rest), 64)])
	for n := min(len(words), maxUnitWords); n >= 1; n-- {
		name := strings.TrimRight(strings.Join(words[:n], " "), ",;:)")
		if name == "" || name[0] < 'A' || name[0] > 'Z' || strings.ContainsAny(strings.Join(words[:n-1], " "), ",;:") {
			continue
		}
		if n < len(words) {
			switch strings.ToLower(words[n]) {
			case "and", "or":
				return nil
			}
		}
		var units []hit
		for _, h := range g.collect([]string{name}, isAllCaps(name), false) {
			if g.isUnit(h) {
				units = append(units, h)
			}
		}
		if len(units) > 0 {
			if g.sameCountryUnits(ms[i].hits, units) {
				return nil
			}
			return units
		}
	}
	return nil
}

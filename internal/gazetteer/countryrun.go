package gazetteer

// A country's name ends a run of capitalised words rather than
// continuing it: "South-West Cameroon", "Upper Nile South Sudan" are a
// region and its country, not one organisation's name, so neither the
// words before it are skipped as part of a name nor the country itself.

// countryAt: token k alone is a country's own name (not an abbreviation
// unless written in capitals).
func (g *Gazetteer) countryAt(tz *tokenizer, k int) bool {
	t := &tz.toks[k]
	f := tz.fold(t)
	if len(f) < minCountryRunLen {
		return false
	}
	for _, e := range g.postings(false, hashKey(1, f)) {
		if e&flagAbbrev != 0 && !t.allCaps || e&flagDemonym != 0 {
			continue
		}
		if g.places[e>>flagBits].Kind == KindCountry {
			return true
		}
	}
	return false
}

// minCountryRunLen: shorter words ("US", "UK") are read with the run,
// where they are as often a part of a name ("UK Border Force").
const minCountryRunLen = 4

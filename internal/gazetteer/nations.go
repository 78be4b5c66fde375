package gazetteer

// NationNames returns every name and demonym of every country in
// countries.tsv (script names included), as written: "Pakistan",
// "Pakistani", "Islamic Republic of Pakistan". Fusion reads them as words
// that tell no incident apart: every report of a country's war names the
// country and its people.
func NationNames() []string {
	var out []string
	for _, c := range countryData() {
		out = append(out, c.Name)
		for _, a := range c.Alts {
			if !isAbbrev(a) {
				out = append(out, a)
			}
		}
		out = append(out, c.Demonyms...)
	}
	return out
}

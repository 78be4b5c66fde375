package gazetteer

import "sync"

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

// countryCodes maps every folded name of every country in countries.tsv
// (alternate and script names included, demonyms not) to its ISO2 code.
var countryCodes = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, c := range countryData() {
		out[FoldKey(c.Name)] = c.ISO2
		for _, a := range c.Alts {
			if k := FoldKey(a); out[k] == "" {
				out[k] = c.ISO2
			}
		}
	}
	return out
})

// CountryCode is the ISO2 code of a country written by one of its names
// ("Democratic Republic of Congo": "CD"), or "".
func CountryCode(name string) string { return countryCodes()[FoldKey(name)] }

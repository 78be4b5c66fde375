package gazetteer

import (
	"strings"
	"sync"
)

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

// nationWords are the folded one-word names ("iran") and demonyms
// ("iranian", "afghans") of every country, true for a demonym.
var nationWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	add := func(n string, demonym bool) {
		if k := FoldKey(n); k != "" && !strings.Contains(n, " ") && !isAbbrev(n) {
			out[k] = out[k] || demonym
		}
	}
	for _, c := range countryData() {
		for _, n := range append([]string{c.Name}, c.Alts...) {
			add(n, false)
		}
		for _, d := range c.Demonyms {
			add(d, true)
		}
	}
	return out
})

// nationAfterBy: "by" before a people's word or a country's name
// ("killed by Iranian police", "struck by Pakistan on Monday") opens no
// byline; the word names the nation and counts as context like any other
// mention of it. A country's name followed by another capitalised word is
// left to the byline ("by Chad Okafor": some countries' names are first
// names), and "by" stays a title before other names ("by John Smith").
func nationAfterBy(tz *tokenizer, i int) bool {
	toks := tz.toks
	if tz.word(&toks[i]) != "by" || i+1 >= len(toks) || !toks[i+1].cap || toks[i+1].breakBefore {
		return false
	}
	demonym, ok := nationWords()[string(tz.fold(&toks[i+1]))]
	if !ok {
		return false
	}
	return demonym || i+2 >= len(toks) || !toks[i+2].cap || toks[i+2].breakBefore
}

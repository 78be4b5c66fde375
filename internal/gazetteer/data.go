package gazetteer

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/countries.tsv
var countriesTSV string

//go:embed data/regions.tsv
var regionsTSV string

type countryRow struct {
	ISO2, ISO3, Name string
	Lat, Lon         float64
	Pop              uint64
	Continent        string
	Alts, Demonyms   []string
}

// alts returns the names to index: alternates, ISO3 as an abbreviation,
// and demonyms marked with "@".
func (c countryRow) alts() []string {
	var out []string
	for _, a := range c.Alts {
		if isAbbrev(a) {
			out = append(out, "="+a)
		} else {
			out = append(out, a)
		}
	}
	for _, d := range c.Demonyms {
		out = append(out, "@"+d)
	}
	return out
}

// isAbbrev: short names in capitals ("UK", "U.S.", "DRC") only match
// text written in capitals.
func isAbbrev(s string) bool {
	letters := 0
	for _, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.' || c == ' ':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 5
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

var countryOnce = sync.OnceValue(func() []countryRow {
	var out []countryRow
	for _, line := range strings.Split(countriesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 9 {
			f = append(f, "")
		}
		lat, _ := strconv.ParseFloat(f[3], 64)
		lon, _ := strconv.ParseFloat(f[4], 64)
		pop, _ := strconv.ParseUint(f[5], 10, 64)
		out = append(out, countryRow{ISO2: f[0], ISO3: f[1], Name: f[2], Lat: lat, Lon: lon, Pop: pop,
			Continent: f[6], Alts: splitList(f[7]), Demonyms: splitList(f[8])})
	}
	addScriptNames(out)
	return out
})

func countryData() []countryRow { return countryOnce() }

// regionRow is a line of data/regions.tsv.
type regionRow struct {
	Kind, Name string
	Alts       []string
	Country    string
	Admin1     string
	Code       string // for "district"/"alias" rows: the admin code "CC.A1[.A2]"
	Lat, Lon   float64
	Class      byte
	FCode      string
	Pop        uint64
}

var regionOnce = sync.OnceValue(func() []regionRow {
	var out []regionRow
	for _, line := range strings.Split(regionsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		for len(f) < 8 {
			f = append(f, "")
		}
		r := regionRow{Kind: f[0], Name: f[1], Alts: splitList(f[2])}
		code := f[3]
		switch r.Kind {
		case "district", "alias":
			r.Code = code
		default:
			cc, a1, _ := strings.Cut(code, ".")
			r.Country, r.Admin1 = cc, a1
		}
		r.Lat, _ = strconv.ParseFloat(f[4], 64)
		r.Lon, _ = strconv.ParseFloat(f[5], 64)
		if cl, code, ok := strings.Cut(f[6], "."); ok {
			r.Class, r.FCode = cl[0], code
		}
		r.Pop, _ = strconv.ParseUint(f[7], 10, 64)
		for i, a := range r.Alts {
			if isAbbrev(a) {
				r.Alts[i] = "=" + a
			}
		}
		out = append(out, r)
	}
	return out
})

func regionData() []regionRow { return regionOnce() }

package gazetteer

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/translit"
)

// Names in Cyrillic and Arabic script. GeoNames gives many towns their
// Russian and Persian names (cities500's alternate names, kept by
// keepAltName); countries and peoples as the region's press writes them
// come from data/scriptnames.tsv; provinces and districts, which GeoNames
// names in Latin only, are reached through transliteration: Cyrillic folds
// to Latin letters (normalize.go), and an Arabic-script name after a level
// word is compared by its consonant skeleton (package translit) with the
// skeletons of the Latin names of divisions and larger towns, indexed
// here.

//go:embed data/scriptnames.tsv
var scriptNamesTSV string

type scriptNames struct{ names, demonyms []string }

var scriptNamesOnce = sync.OnceValue(func() map[string]scriptNames {
	out := map[string]scriptNames{}
	for _, line := range strings.Split(scriptNamesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		sn := out[f[0]]
		sn.names = append(sn.names, append(splitList(f[1]), splitList(f[3])...)...)
		sn.demonyms = append(sn.demonyms, append(splitList(f[2]), splitList(f[4])...)...)
		out[f[0]] = sn
	}
	return out
})

// addScriptNames gives the countries their Russian and Persian names and
// demonyms.
func addScriptNames(rows []countryRow) {
	sn := scriptNamesOnce()
	for i := range rows {
		if s, ok := sn[rows[i].ISO2]; ok {
			rows[i].Alts = append(rows[i].Alts, s.names...)
			rows[i].Demonyms = append(rows[i].Demonyms, s.demonyms...)
		}
	}
}

const (
	// tierSkeletonKey is the hash tier of skeleton keys in the name table
	// (1: fold keys, 2: phonetic keys).
	tierSkeletonKey = 3
	// minSkeleton: a frame of two consonants ("gr", "bl") fits hundreds of
	// names; three ("kbl", "knr") already picks out a few.
	minSkeleton = 3
	// skeletonTownPop: towns at least this big are indexed by skeleton
	// (besides capitals and seats): the ones a report names after "شهر".
	skeletonTownPop = 50000
)

// skeletonIndexed: the records whose Latin names get skeleton keys:
// countries, divisions, regions and the larger towns.
func skeletonIndexed(r *Record) bool {
	switch r.Kind {
	case KindCountry, KindAdmin1, KindAdmin2, KindRegion:
		return true
	case KindCity:
		return strings.HasPrefix(r.Code, "PPLA") || r.Code == "PPLC" || r.Population >= skeletonTownPop
	}
	return false
}

// skeletonKey is the skeleton of a fold key (Latin, or an Arabic-script
// name's capitals).
func skeletonKey(fold []byte) []byte {
	return []byte(translit.Skeleton(string(fold)))
}

// unvowelled: the fold key is that of an Arabic-script name (capitals).
func unvowelled(fold []byte) bool {
	for _, c := range fold {
		if c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

package gazetteer

import "strings"

// How a name may be written otherwise than GeoNames keeps it.
//
// Names of divisions carry a compass word that writers give in either
// form: the press writes "North Sulawesi" or "Northern Sulawesi", "West
// Nusa Tenggara" or "Western Nusa Tenggara", whichever GeoNames keeps; and the
// Arabic article inside a name is romanised "el" or "al" ("Bahr el
// Ghazal", "Bahr al Ghazal"). A name that does not match as written is
// tried in the other forms before it loses its compass word (which would
// read "Northern X" as the whole of X) or goes to sound-alike matching
// (which would read "Northern X" as "Southern X", one letter apart).

// compassForms pairs the short and the adjectival compass words.
var compassForms = map[string]string{
	"north": "northern", "south": "southern", "east": "eastern", "west": "western",
	"northern": "north", "southern": "south", "eastern": "east", "western": "west",
	"northeast": "northeastern", "northwest": "northwestern", "southeast": "southeastern", "southwest": "southwestern",
	"northeastern": "northeast", "northwestern": "northwest", "southeastern": "southeast", "southwestern": "southwest",
}

// innerArticles are the Arabic article's common romanisations inside a
// name; each is tried as the other.
var innerArticles = map[string]string{"el": "al", "al": "el"}

// spellingForms returns words in the other compass and article forms
// (every combination but words itself), for names of two words or more.
func spellingForms(words []string) []string {
	if len(words) < 2 {
		return nil
	}
	forms := [][]string{words}
	if alt, ok := compassForms[strings.ToLower(words[0])]; ok {
		w := append([]string{alt}, words[1:]...)
		forms = append(forms, w)
	}
	for i := 1; i < len(words)-1; i++ {
		alt, ok := innerArticles[strings.ToLower(words[i])]
		if !ok {
			continue
		}
		for _, f := range forms[:len(forms):len(forms)] {
			w := append([]string(nil), f...)
			w[i] = alt
			forms = append(forms, w)
		}
	}
	out := make([]string, 0, len(forms)-1)
	for _, f := range forms[1:] {
		out = append(out, strings.Join(f, " "))
	}
	return out
}

// compassPostings looks up a folded name whose first word (key[:first])
// is a compass word in the other form ("northern sulawesi" as "north
// sulawesi"), for names found in running text.
func (g *Gazetteer) compassPostings(key []byte, first int) []uint32 {
	alt, ok := compassForms[string(key[:first])]
	if !ok || first >= len(key) {
		return nil
	}
	var buf [64]byte
	k := append(append(buf[:0], alt...), key[first:]...)
	return g.postings(false, hashKey(1, k))
}

// cityForm is the name with "City" after it ("Mandaue" for GeoNames'
// "Mandaue City"), tried when the name as written matches nothing: some
// countries carry the word in their cities' official names, which the
// press leaves out.
func cityForm(words []string) string {
	if strings.EqualFold(words[len(words)-1], "city") {
		return ""
	}
	return strings.Join(words, " ") + " City"
}

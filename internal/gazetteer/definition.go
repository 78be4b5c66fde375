package gazetteer

import (
	"strings"
	"unicode"
)

// An encyclopaedia article, and news that introduces a little-known
// place, defines the place by what holds it: "X is a town in Y County",
// "X is the capital of the Y region", "X, a village in the province of
// Y", "X is a suburb of Y". The definition says the same as "X, Y": X is
// the reading that lies in Y (or, for a town Y, near it), however big
// its namesakes elsewhere.

// definitionVerbs open a definition after the name ("X is a ...",
// "X, a ..."): the copula, or nothing after a comma.
var definitionVerbs = setOf("is", "was", "remains", "became")

// placeNouns name kinds of places: a definition says what X is ("a
// market town", "the county seat", "a census-designated place"); an
// apposition without one speaks of something else ("X, the first case
// in Y", "X, a spokesman of Y").
var placeNouns = setOf("city", "town", "village", "hamlet", "suburb", "borough", "municipality", "commune",
	"parish", "county", "seat", "capital", "port", "district", "province", "region", "state", "settlement",
	"community", "place", "locality", "neighbourhood", "neighborhood", "township", "prefecture", "department",
	"governorate", "island", "oasis", "quarter", "metropolis", "conurbation", "cantonment", "county-seat")

// definitionLinks end a definition's noun phrase before the holder.
var definitionLinks = setOf("in", "of", "within", "near")

// maxDefinitionWords: the words between the article and the link ("a
// small market town in", "the administrative capital of the").
const maxDefinitionWords = 6

// definitionHolder returns the byte offset in text where the holder's
// name starts when the text after ms[i] defines it, or -1.
func definitionHolder(text string, end int) int {
	rest := text[min(end, len(text)):]
	ws := 0
	pos := 0
	word := func() (string, bool) {
		for pos < len(rest) && (rest[pos] == ' ' || rest[pos] == ',') {
			pos++
		}
		st := pos
		for pos < len(rest) && (unicode.IsLetter(rune(rest[pos])) || rest[pos] == '-') {
			pos++
		}
		return rest[st:pos], pos > st
	}
	comma := strings.HasPrefix(rest, ",")
	w, ok := word()
	if !ok {
		return -1
	}
	if definitionVerbs[w] {
		if w, ok = word(); !ok {
			return -1
		}
	} else if !comma {
		return -1
	}
	if w != "a" && w != "an" && w != "the" {
		return -1
	}
	kind := false
	for {
		w, ok = word()
		if !ok || ws > maxDefinitionWords || w == "" || w[0] < 'a' || w[0] > 'z' {
			return -1
		}
		ws++
		if definitionLinks[w] && ws > 1 {
			break
		}
		kind = kind || placeNouns[w]
	}
	if !kind {
		return -1 // "X, the first case in Y": no definition of X
	}
	// "in the state of Y", "of the Y region": the article and a level
	// word before the holder's name
	save := pos
	if w, ok = word(); ok && w == "the" {
		save = pos
		if w, ok = word(); ok && suffixLevel[w] != 0 {
			if w, ok = word(); ok && w == "of" {
				save = pos
			}
		}
	}
	pos = save
	for pos < len(rest) && rest[pos] == ' ' {
		pos++
	}
	if pos >= len(rest) || rest[pos] < 'A' || rest[pos] > 'Z' {
		return -1
	}
	return end + pos
}

// definedIn keeps the readings of ms[i] that its definition places in a
// division a reading of the holder names (a country, province or
// district; a town's reach is too vague to say). The
// holder is the mention starting where the definition ends, or else the
// words there (a span left it out). Nothing is kept when no reading
// fits, and the caller then leaves the name to the other rules.
func (g *Gazetteer) definedIn(text string, ms []Mention, i int) []hit {
	at := definitionHolder(text, ms[i].End)
	if at < 0 {
		return nil
	}
	var holder []hit
	for j := i + 1; j < len(ms); j++ {
		if ms[j].Start == at {
			holder = ms[j].hits
			break
		}
		if ms[j].Start > at {
			break
		}
	}
	if holder == nil {
		words := strings.Fields(text[at:min(len(text), at+64)])
		for n := min(len(words), maxUnitWords+1); n >= 1 && holder == nil; n-- {
			name := strings.TrimRight(strings.Join(words[:n], " "), ",.;:)")
			if strings.ContainsAny(strings.Join(words[:n-1], " "), ",.;:") {
				continue
			}
			vs, _, full := queryVariantsN(name)
			holder = g.collectN(vs[:full], full, isAllCaps(name), false)
		}
	}
	var kept []hit
	for _, h := range ms[i].hits {
		if g.holds(holder, h.place) {
			kept = append(kept, h)
		}
	}
	return kept
}

// holds: an exact reading of the holder is a division containing p.
func (g *Gazetteer) holds(holder []hit, p uint32) bool {
	r := &g.places[p]
	for _, u := range holder {
		if u.tier != tierFold || u.place == p {
			continue
		}
		q := &g.places[u.place]
		switch q.Kind {
		case KindCountry:
			if r.Country == u.place {
				return true
			}
		case KindAdmin1:
			if r.Admin1 == u.place {
				return true
			}
		case KindAdmin2:
			if r.Admin2 == u.place {
				return true
			}
		}
	}
	return false
}

package gazetteer

import (
	"strings"
	"unicode/utf8"
)

// Wire copy names a capital by its country more often than by its name:
// "in the Afghan capital", "on the outskirts of Somalia's capital", "the
// capital of Kenya", "Helmand's provincial capital". Read as the country,
// such an event has only a country's point; it happened in one city. So a
// country's (or province's) mention that the text makes its capital's is
// that capital (capitalOf): the seat GeoNames marks (PPLC for a country,
// PPLA for a first-level division), the most populous if it marks two.
//
// "capital" is money too ("Chinese capital flows into Africa"): a word of
// money after it (capitalMoney) keeps the country.

// capitalMoney are the words that make "capital" money or law, not a city.
var capitalMoney = map[string]bool{
	"market": true, "markets": true, "flow": true, "flows": true, "inflow": true, "inflows": true, "outflow": true,
	"outflows": true, "flight": true, "gains": true, "gain": true, "controls": true, "control": true,
	"spending": true, "expenditure": true, "investment": true, "investments": true, "investors": true,
	"goods": true, "punishment": true, "offence": true, "offense": true, "offences": true, "offenses": true,
	"crime": true, "crimes": true, "case": true, "cases": true, "charge": true, "charges": true,
	"requirements": true, "adequacy": true, "base": true, "stock": true, "account": true, "budget": true,
	"projects": true, "injection": true, "increase": true, "ratio": true,
}

// Capitals reads, in rs (text's resolved mentions), the mentions the text
// makes a capital's as that city. Where an event happened wants it; a
// toponym's own point does not (the places command leaves "Somalia" of
// "Somalia's capital" the country it names).
func (g *Gazetteer) Capitals(text string, out []Resolved) {
	for i := range out {
		p := out[i].Place
		if p == nil || p.Kind != KindCountry && p.Kind != KindAdmin1 {
			continue
		}
		end, ok := capitalAfter(text, out[i].Start, out[i].End, p.Kind == KindAdmin1)
		if !ok && capitalBefore(text, out[i].Start) {
			end, ok = out[i].End, true
		}
		if !ok {
			continue
		}
		c, found := g.capitalOf(p.idx)
		if !found {
			continue
		}
		q := g.place(c)
		q.Matched = text[out[i].Start:end]
		q.Match, q.MatchName = MatchAlternate, MatchAlternate.String()
		q.Confidence = p.Confidence
		out[i].Place = &q
		out[i].End = end
		out[i].Text = text[out[i].Start:end]
		out[i].Demonym = false
	}
}

// capitalAfter: the mention at start:end is followed by its capital's
// noun: "the Afghan capital", "Somalia's capital", "the Kunduz provincial
// capital". It returns the end of "capital" (of "capital city").
func capitalAfter(text string, start, end int, province bool) (int, bool) {
	rest := text[end:]
	possessive := false
	for _, ps := range []string{"'s ", "’s ", "' ", "’ "} {
		if strings.HasPrefix(rest, ps) {
			rest, possessive = rest[len(ps):], true
			break
		}
	}
	// "the Afghan capital", "in Afghan capital" (a headline drops the
	// article): a people's word or a name used as one follows its article
	// or a preposition of place, as a city's name does
	if !possessive && (!strings.HasPrefix(rest, " ") || !capitalLead(strings.TrimRight(text[:start], " "))) {
		return 0, false
	}
	ws := strings.TrimLeft(rest, " ")
	off := len(text) - len(ws)
	if province {
		for _, adj := range []string{"provincial ", "state ", "regional "} {
			if hasPrefixFold(ws, adj) {
				ws, off = ws[len(adj):], off+len(adj)
				break
			}
		}
	}
	if !hasPrefixFold(ws, "capital") || !wordEndAt(ws, len("capital")) {
		return 0, false
	}
	e := off + len("capital")
	next := strings.TrimLeft(text[e:], " ")
	w := next
	if k := strings.IndexFunc(w, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' }); k >= 0 {
		w = w[:k]
	}
	if capitalMoney[strings.ToLower(w)] {
		return 0, false
	}
	if strings.EqualFold(w, "city") {
		e = len(text) - len(next) + len("city")
	}
	return e, true
}

// capitalLead: before ends with the article or a preposition of place.
func capitalLead(before string) bool {
	for _, w := range []string{"the", "in", "near", "outside", "across", "around", "into", "on"} {
		if hasSuffixFold(before, w) {
			return true
		}
	}
	return false
}

// capitalBefore: "the capital of X", "the capital city of X".
func capitalBefore(text string, start int) bool {
	b := strings.TrimRight(text[:start], " ")
	if !hasSuffixFold(b, " of") {
		return false
	}
	b = strings.TrimRight(b[:len(b)-3], " ")
	b = strings.TrimSuffix(b, " city")
	return hasSuffixFold(b, " capital") || hasSuffixFold(b, "\ncapital") || strings.EqualFold(b, "capital")
}

// wordEndAt: s[i:] starts no letter (s[:i] ends a word).
func wordEndAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > utf8.RuneSelf)
}

func hasPrefixFold(s, pre string) bool {
	return len(s) >= len(pre) && strings.EqualFold(s[:len(pre)], pre)
}

func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf) &&
		(len(s) == len(suf) || !wordChar(s[len(s)-len(suf)-1]) || !wordChar(suf[0]))
}

func wordChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// capitalOf returns the capital of a country or first-level division.
func (g *Gazetteer) capitalOf(unit uint32) (uint32, bool) {
	g.capOnce.Do(func() {
		g.capital = map[uint32]uint32{}
		for i := range g.places {
			r := &g.places[i]
			if r.Kind != KindCity {
				continue
			}
			var u uint32
			switch codeOf(r) {
			case "PPLC":
				u = r.Country
			case "PPLA":
				u = r.Admin1
			default:
				continue
			}
			if u == noPlace {
				continue
			}
			if c, ok := g.capital[u]; !ok || g.places[c].Pop < r.Pop {
				g.capital[u] = uint32(i)
			}
		}
	})
	c, ok := g.capital[unit]
	return c, ok
}

package gazetteer

import "strings"

// A toponym given as a span may keep the possessive the text put on it
// ("Gombe's governor", "Kingston's council"). The gazetteer folds the
// apostrophe away, so the name with its "s" would match another place
// whose name ends in "s", or only by sound. Unless a place bears the name with the
// apostrophe as its own ("St. John's"), the name is read without it.

// possessiveStem is name without a final "'s" (or "’s"), or "".
func possessiveStem(name string) string {
	for _, p := range []string{"'s", "’s"} {
		if s, ok := strings.CutSuffix(name, p); ok && s != "" {
			return s
		}
	}
	return ""
}

// possessiveHits returns the hits of the name without its possessive,
// when hits (of the name as written) hold no place whose own name ends
// so; nil to keep hits.
func (g *Gazetteer) possessiveHits(name string, hits []hit, fuzzy bool) []hit {
	stem := possessiveStem(name)
	if stem == "" {
		return nil
	}
	for _, h := range hits {
		if h.tier == tierFold && h.flags&flagPrimary != 0 && possessiveStem(g.str(g.places[h.place].Name)) != "" {
			return nil
		}
	}
	vs, _, full := queryVariantsN(stem)
	return g.collectN(vs, full, isAllCaps(stem), fuzzy)
}

package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// North American papers and wires write a town with its state or
// province abbreviated after a comma: "Salem, Ore.", "Columbus, Ga.",
// "ABERDEEN, S.D. (AP) -", "Kingston, Ont.", or with the postal code
// ("Salem, OR 97301"). The abbreviation is the unit that holds the town,
// as a full name after the comma is (qualifier.go): the town is read in
// that state whatever its namesakes elsewhere. Postal codes are matched
// only in capitals; a bare abbreviation elsewhere in the text ("Ore",
// "Miss", "Ind") is a word, not a state.

// unitAbbrevs maps the abbreviations (AP and older newspaper style, and
// postal codes) to GeoNames admin1 codes. Postal codes that are aliases
// in data/regions.tsv are found there as names after the comma
// (unitAfterComma).
var unitAbbrevs = map[string]string{
	"Ala.": "US.AL", "Ariz.": "US.AZ", "Ark.": "US.AR", "Calif.": "US.CA", "Cal.": "US.CA",
	"Colo.": "US.CO", "Conn.": "US.CT", "Del.": "US.DE", "Fla.": "US.FL", "Ga.": "US.GA",
	"Ill.": "US.IL", "Ind.": "US.IN", "Kan.": "US.KS", "Kans.": "US.KS", "Ky.": "US.KY",
	"La.": "US.LA", "Md.": "US.MD", "Mass.": "US.MA", "Mich.": "US.MI", "Minn.": "US.MN",
	"Miss.": "US.MS", "Mo.": "US.MO", "Mont.": "US.MT", "Neb.": "US.NE", "Nebr.": "US.NE",
	"Nev.": "US.NV", "N.H.": "US.NH", "N.J.": "US.NJ", "N.M.": "US.NM", "N.Y.": "US.NY",
	"N.C.": "US.NC", "N.D.": "US.ND", "N.Dak.": "US.ND", "Okla.": "US.OK", "Ore.": "US.OR",
	"Oreg.": "US.OR", "Pa.": "US.PA", "Penn.": "US.PA", "R.I.": "US.RI", "S.C.": "US.SC",
	"S.D.": "US.SD", "S.Dak.": "US.SD", "Tenn.": "US.TN", "Tex.": "US.TX", "Vt.": "US.VT",
	"Va.": "US.VA", "Wash.": "US.WA", "W.Va.": "US.WV", "Wis.": "US.WI", "Wisc.": "US.WI",
	"Wyo.": "US.WY", "D.C.": "US.DC",
	"AL": "US.AL", "AK": "US.AK", "AZ": "US.AZ", "AR": "US.AR", "CA": "US.CA", "CO": "US.CO",
	"CT": "US.CT", "DE": "US.DE", "FL": "US.FL", "GA": "US.GA", "HI": "US.HI", "ID": "US.ID",
	"IL": "US.IL", "IN": "US.IN", "IA": "US.IA", "KS": "US.KS", "KY": "US.KY", "LA": "US.LA",
	"ME": "US.ME", "MD": "US.MD", "MA": "US.MA", "MI": "US.MI", "MN": "US.MN", "MS": "US.MS",
	"MO": "US.MO", "MT": "US.MT", "NE": "US.NE", "NV": "US.NV", "NH": "US.NH", "NJ": "US.NJ",
	"NM": "US.NM", "NC": "US.NC", "ND": "US.ND", "OH": "US.OH", "OK": "US.OK",
	"OR": "US.OR", "PA": "US.PA", "RI": "US.RI", "SC": "US.SC", "SD": "US.SD", "TN": "US.TN",
	"TX": "US.TX", "UT": "US.UT", "VT": "US.VT", "VA": "US.VA", "WA": "US.WA", "WV": "US.WV",
	"WI": "US.WI", "WY": "US.WY", "DC": "US.DC",
	// the provinces to the north (GeoNames numbers them)
	"Alta.": "CA.01", "B.C.": "CA.02", "Man.": "CA.03", "N.B.": "CA.04", "Nfld.": "CA.05",
	"N.L.": "CA.05", "N.S.": "CA.07", "Ont.": "CA.08", "P.E.I.": "CA.09", "Que.": "CA.10",
	"Qué.": "CA.10", "Sask.": "CA.11", "Y.T.": "CA.12", "N.W.T.": "CA.13",
	"AB": "CA.01", "BC": "CA.02", "MB": "CA.03", "NB": "CA.04", "NL": "CA.05", "NS": "CA.07",
	"ON": "CA.08", "PE": "CA.09", "QC": "CA.10", "SK": "CA.11", "YT": "CA.12", "NT": "CA.13",
	"NU": "CA.14",
}

// maxUnitAbbrev is the longest abbreviation in unitAbbrevs ("N.W.T.").
const maxUnitAbbrev = 7

// unitAbbrevAt reads an abbreviation that starts text (after a comma):
// it returns the admin1 place it names and its length in bytes. The
// abbreviation must end the word: "Ga." before a space, "OR" not in
// "ORANGE".
func (g *Gazetteer) unitAbbrevAt(text string) (uint32, int, bool) {
	for n := min(len(text), maxUnitAbbrev); n >= 2; n-- {
		code, ok := unitAbbrevs[text[:n]]
		if !ok {
			continue
		}
		if n < len(text) {
			r, _ := utf8.DecodeRuneInString(text[n:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) && text[n-1] != '.' && !strings.HasPrefix(text[n:], " ") {
				continue
			}
		}
		if i, ok := g.admin1ByCode()[code]; ok {
			return i, n, true
		}
	}
	return 0, 0, false
}

// abbrevSpan: a given span that is itself such an abbreviation ("Ore."
// or "Ore" before its dot) is the state, not a word.
func (g *Gazetteer) abbrevSpan(text string, s Span) (uint32, bool) {
	end := s.End
	if end < len(text) && text[end] == '.' && text[end-1] != '.' {
		end++
	}
	i, n, ok := g.unitAbbrevAt(text[s.Start:end])
	return i, ok && n == end-s.Start
}

// admin1ByCode maps the admin1 codes unitAbbrevs names to places.
func (g *Gazetteer) admin1ByCode() map[string]uint32 {
	g.abbrevOnce.Do(func() {
		want := map[string]bool{}
		for _, c := range unitAbbrevs {
			want[c] = true
		}
		g.abbrevUnits = map[string]uint32{}
		for i := range g.places {
			p := &g.places[i]
			if p.Kind != KindAdmin1 {
				continue
			}
			cc, a1, _ := g.codes(p)
			if want[cc+"."+a1] {
				g.abbrevUnits[cc+"."+a1] = uint32(i)
			}
		}
	})
	return g.abbrevUnits
}

// abbrevDateline: a word in capitals ending at end is followed by a comma
// and a state's abbreviation, as a wire dateline gives its town
// ("DOVER, Del. (AP) -"): a town, not an acronym.
func (g *Gazetteer) abbrevDateline(text string, end int) bool {
	if end >= len(text) || text[end] != ',' {
		return false
	}
	_, _, ok := g.unitAbbrevAt(strings.TrimLeft(text[end+1:], " \u00a0"))
	return ok
}

// unitAbbrevMention: the capitalised token at i opens a state's or
// province's abbreviation written with a dot after a comma ("PARIS,
// Tenn. --", "Dover, Del."): the state itself, read as the mention of
// it, not a word looked up alone ("Tenn" is some town's alternate name).
// It returns the mention and the last token it covers.
func (g *Gazetteer) unitAbbrevMention(text string, tz *tokenizer, i int) (Mention, int, bool) {
	toks := tz.toks
	t := &toks[i]
	before := strings.TrimRight(text[:t.start], " \u00a0")
	if !strings.HasSuffix(before, ",") {
		return Mention{}, i, false
	}
	u, n, ok := g.unitAbbrevAt(text[t.start:])
	if !ok || text[int(t.start)+n-1] != '.' {
		return Mention{}, i, false // postal codes are acronyms the lookup skips
	}
	end := int(t.start) + n
	j := i
	for j+1 < len(toks) && int(toks[j+1].end) <= end {
		j++
	}
	if !strings.Contains(text[t.start:end-1], ".") {
		end-- // "Tenn." is written "Tenn", as a dotted "N.Y." keeps its dots
	}
	m := Mention{Start: int(t.start), End: end, Known: true, Level: KindAdmin1}
	m.Text = text[m.Start:m.End]
	m.hits = []hit{{place: u, flags: flagPrimary, tier: tierFold}}
	return m, j, true
}

// Package count finds the numbers of things in a sentence of news text in
// English, Russian, Persian (Dari and Iranian usage) or Pashto: "at least
// 12", "1,800", "1.5 million", "twenty-one", "a dozen", "dozens", "tens of
// thousands", "between 10 and 15"; "более 20 тысяч", "около двухсот",
// "четверо"; "دست‌کم چهار", "ده‌ها هزار", "بیش از ۲۰۰"; "لږ تر لږه
// پنځه", "پنځه ویشت", "سلګونه", "له ۵۰ زیات"; and gives each a single
// figure and bounds. Digits may be Persian or Arabic-Indic (۲۰٬۰۰۰).
//
// The other languages are vocabularies (lexicon_ru.go, lexicon_fa.go,
// lexicon_ps.go) read by the English grammar: their qualifiers take the
// English Qualifier of the same reading ("более" is MoreThan), and their
// words are looked up as script.Fold spells them (case, ё, the zero-width
// non-joiner, Arabic kaf and yeh, Pashto's yehs and gaf). What English
// lacks is in the lexicon as flags: hundreds in one word ("двести",
// "سیصد"), a scale word standing alone ("тысяча", "هزار"), vague plurals
// without "of" ("десятки тысяч"), "و" between tens and units ("بیست و
// پنج"), Pashto's unit before its tens ("دوه دېرش") and "one" as the
// article ("یو شمېر", a number of), the decimal comma before a scale word
// ("1,5 тысячи"); and one rule, Pashto's "more than" written around the
// figure ("له ۵۰ زیات", pashtoAround in lexicon_ps.go).
//
// Find tokenises the sentence once (no regular expressions) and looks every
// word up in one lexicon. It keeps numbers that count things and drops
// those that name, date or measure them:
//
//   - years ("in 2019", "the 1990s", "July 2018", "2019-2020"): a plain
//     four-digit figure from 1000 to 2100 is a year unless a counted noun
//     follows ("2000 people") or a counting qualifier precedes it ("at least
//     1500");
//   - clock times ("3:30 a.m.", "10 p.m.", "2230 GMT", "at 0600", "at 2230");
//   - dates ("June 27", "27 June", "Aug. 26", "August 26th");
//   - ordinals ("third", "5th") and fractions ("one third", "two-thirds");
//   - measures, durations and money: a number followed by a unit ("17 km",
//     "11 miles", "5 percent", "5%", "12 hours", "three days", "3 million
//     dollars", "hundreds of kilometres") or preceded by a currency sign
//     ("$3 million", "US$40");
//   - ages ("a 12-year-old", "aged 12", "12 years old");
//   - names: numbers inside alphanumeric tokens ("T-72B3M", "Mi-24",
//     "Su-25", "COVID-19") and numbers in digits after a naming noun ("base
//     201", "Route 4", "No. 5", "Resolution 2231") unless a counted noun
//     follows ("at the base 12 soldiers ...");
//   - decimals without a scale word ("3.5", but "1.5 million" is a count),
//     numbers with leading zeros ("0600") and zero;
//   - the pronoun "one": "one of" ("one of them said", "one of the
//     soldiers"), "no one", "the one", "this one", "one another", "one said".
//     A bare "one of" is dropped even when it counts ("one of the wounded
//     died") because the extractor cannot tell the two apart from the count
//     alone; with a qualifier ("at least one of the soldiers") it is kept.
//     "1 of the" in digits is kept.
//
// The articles "a"/"an" are never a count by themselves ("a soldier"); the
// extractor handles singular nouns.
//
// Value is the figure as stated ("more than 50" → 50, "nearly 20" → 20);
// Low and High carry the reading of the qualifier, so Value may lie just
// outside them for "more than", "nearly" and "fewer than". For ranges Value
// is the lower figure ("10 to 15" → 10). Vague words have conventional
// values; Value equals Low except for "a few" (3; 2..5):
//
//	a couple (of)        2   2..3
//	a few                3   2..5
//	several              3   3..9
//	a handful (of)       3   2..9
//	a number of          3   2..open
//	dozens              24  24..99
//	tens (of)           20  20..99
//	scores (of)         40  40..199
//	hundreds           200 200..999
//	thousands         2000 2000..9999
//	millions       2000000 2000000..9999999
//
// A vague word before a scale multiplies: "several hundred" 300..999, "a few
// thousand" 3000 (2000..5999), "tens of thousands" 20000..99999, "hundreds of
// thousands" 200000..999999. "many" and "numerous" are not counts.
package count

import (
	"strings"

	"github.com/sitrep/sitrep/internal/extract/count/script"
)

// Qualifier is the lower-case qualifier phrase of a count: "", "at least",
// "more than", "over", "about", "nearly", "up to", "fewer than", "some"...
// (see the constants), a trailing "or more"/"or so"/"plus", or for a vague
// count without one of those the vague phrase itself: "dozens", "a few",
// "several hundred", "tens of thousands".
type Qualifier string

// Count is one number phrase in a sentence.
type Count struct {
	Start, End int    // byte span of the whole number phrase incl. qualifier ("at least 12")
	Text       string // sentence[Start:End]
	Value      int    // best single figure: the stated number or the conventional value of a vague word
	Low, High  int    // bounds; High 0 = open above, Low 0 = unknown or none
	Qualifier  Qualifier
	Approx     bool // vague words: dozens, hundreds, several, a few, scores...
}

const maxValue = 1_000_000_000_000

// num is a parsed number phrase before context checks.
type num struct {
	start, end  int // token indices [start, end)
	val, lo, hi int64
	vague       bool
	rng         bool
	digits      bool // written in digits
	plain4      bool // four digits, no comma: year or clock time candidate
	small       bool // one or two digits, no comma: day of month candidate
	one         bool // the bare word "one"
	needPerson  bool // a lone number word that counts only before a counted noun (fNeedPerson)
	bareDozen   bool // "dozen" without its article: the people may follow one modifier ("dozen Houthi rebels")
}

// Find returns the counts in sentence, in order. Spans do not overlap.
func Find(sentence string) []Count {
	var buf [96]token
	toks := tokenize(sentence, buf[:0])
	var out []Count
	floor := 0 // first token a qualifier may use: none before the end of the last phrase
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.kind == tPunct || t.kind == tOther || t.kind == tWord && (!mayStart(t.w) || t.lex() == nil || !t.lx.numbers && t.lx.kind != lA) {
			i++
			continue
		}
		n, ok := parseAt(toks, sentence, i)
		if !ok {
			i++
			continue
		}
		c, ok := finish(toks, sentence, n, floor)
		if ok {
			if out == nil {
				out = make([]Count, 0, 4)
			}
			out = append(out, c)
		}
		i = n.end
		if c.End > 0 {
			for i < len(toks) && toks[i].s < c.End {
				i++
			}
		}
		floor = i
	}
	return out
}

// harmObject: a plural that needs "of" elsewhere ("scores") counts alone
// as the object of a verb of killing or wounding, quoted or not ("rebels
// kill scores", "kill 'scores'"): there it can only number people, never
// a match's score.
func harmObject(toks []token, s string, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].kind == tPunct && quoteMark(s[toks[j].s:toks[j].e]) {
		j--
	}
	return word(toks, j).has(fHarm)
}

// quoteMark: a straight or typographic quote mark.
func quoteMark(p string) bool {
	switch p {
	case "\"", "'", "“", "”", "‘", "’", "«", "»":
		return true
	}
	return false
}

// word returns the lexicon entry of toks[i], nil if none or out of range.
func word(toks []token, i int) *lex {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord {
		return nil
	}
	return toks[i].lex()
}

// is reports whether toks[i] is the word w (lower-case, spelt as
// script.Fold spells it).
func is(toks []token, s string, i int, w string) bool {
	return i >= 0 && i < len(toks) && lowerEq(toks[i].w, w)
}

// prefix reports whether toks[i] starts with the word w (lower-case ASCII):
// "another's" for "another".
func prefix(toks []token, s string, i int, w string) bool {
	if i < 0 || i >= len(toks) || toks[i].e-toks[i].s < len(w) {
		return false
	}
	return lowerEq(s[toks[i].s:toks[i].s+len(w)], w)
}

// lowerEq reports whether a equals the lower-case ASCII word w, ignoring
// ASCII case.
func lowerEq(a, w string) bool {
	if len(a) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := a[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// punct reports whether toks[i] is the punctuation p.
func punct(toks []token, s string, i int, p string) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tPunct && s[toks[i].s:toks[i].e] == p
}

// parseAt parses the number phrase starting at token i, without ranges,
// qualifiers or context checks.
func parseAt(toks []token, s string, i int) (num, bool) {
	t := toks[i]
	n := num{start: i, end: i + 1}
	switch t.kind {
	case tNum:
		txt := s[t.s:t.e]
		nd := digitCount(txt)
		if nd > 1 && leadingZero(txt) {
			return n, false
		}
		v, frac, ok := digitsValue(txt)
		if !ok || v == 0 && frac == 0 {
			return n, false
		}
		n.digits = true
		n.plain4 = nd == 4 && (len(txt) == 4 || len(txt) == 8) // four digits, ASCII or Persian, and no separator
		n.small = nd <= 2 && frac == 0
		if dv, df, e, ok := decimalComma(toks, s, i, v, frac); ok {
			v, frac, n.end = dv, df, e
		}
		if l := word(toks, n.end); l != nil && (l.kind == lScale || l.kind == lHundred || l.kind == lDozen) {
			if v > maxValue*1000/l.num {
				return n, false
			}
			v *= l.num
			n.end++
			n.plain4, n.small = false, false
		} else if frac > 0 {
			return n, false // "3.5", "7.62"
		}
		for ; frac > 0; frac-- {
			v /= 10
		}
		if v <= 0 || v > maxValue {
			return n, false
		}
		n.val, n.lo, n.hi = v, v, v
		return n, true
	case tRange:
		txt := s[t.s:t.e]
		k := strings.IndexAny(txt, "-–")
		if k < 0 {
			return n, false
		}
		a, b := txt[:k], txt[k:]
		if b[0] == '-' {
			b = b[1:]
		} else {
			b = b[len("–"):]
		}
		if len(a) == 0 || len(b) == 0 || leadingZero(a) || leadingZero(b) {
			return n, false
		}
		va, _, ok1 := digitsValue(a)
		vb, _, ok2 := digitsValue(b)
		if !ok1 || !ok2 || vb <= va || digitCount(a) == 4 && va >= 1000 && va <= 2100 {
			return n, false // "2019-2020", "1990-91", scores "3-1"
		}
		if l := word(toks, i+1); l != nil && (l.kind == lScale || l.kind == lHundred) {
			if vb > maxValue/l.num {
				return n, false
			}
			va *= l.num
			vb *= l.num
			n.end++
		}
		if vb > maxValue {
			return n, false
		}
		n.val, n.lo, n.hi, n.rng, n.digits = va, va, vb, true, true
		n.small = len(a) <= 2 && len(b) <= 2
		return n, true
	case tWord:
	default:
		return n, false
	}
	l := toks[i].lex()
	if l == nil {
		return n, false
	}
	kind := l.kind
	if l.has(fArticle) { // "یو شمېر": the article before a vague noun, not one
		if nx := word(toks, i+1); nx != nil && nx.kind == lVague && nx.flags&fNeedA != 0 {
			kind = lA
		}
	}
	switch kind {
	case lA:
		nx := word(toks, i+1)
		if nx == nil {
			return n, false
		}
		switch nx.kind {
		case lHundred, lScale:
			return parseWords(toks, i, i+1, 1)
		case lDozen:
			n.end = i + 2
			n.val, n.lo, n.hi = 12, 12, 12
			return n, true
		case lVague:
			if nx.flags&fNeedA == 0 {
				return n, false
			}
			n.end = i + 2
			if is(toks, s, i+1, "number") {
				if !is(toks, s, i+2, "of") {
					return n, false
				}
				n.end = i + 3
			}
			n.val, n.lo, n.hi, n.vague = nx.val, nx.lo, nx.hi, true
			if is(toks, s, i+1, "couple") && is(toks, s, i+2, "of") && scaleAt(toks, i+3) {
				n.end = i + 3 // "a couple of hundred"
			}
			scaleVague(toks, &n)
			return n, true
		}
		return n, false
	case lHalf:
		// "half a dozen", "half a million"
		if word(toks, i+1) == nil || word(toks, i+1).kind != lA {
			return n, false
		}
		if nx := word(toks, i+2); nx != nil {
			switch nx.kind {
			case lDozen:
				n.end = i + 3
				n.val, n.lo, n.hi = 6, 6, 6
				return n, true
			case lHundred, lScale:
				n.end = i + 3
				v := nx.num / 2
				n.val, n.lo, n.hi = v, v, v
				return n, true
			}
		}
		return n, false
	case lDozen:
		// a headline drops the article: "airstrikes kill dozen rebels";
		// only before the people counted ("dozen" alone is no count)
		n.end = i + 1
		n.val, n.lo, n.hi = 12, 12, 12
		n.needPerson, n.bareDozen = true, true
		return n, true
	case lNum, lHundreds:
		return parseWords(toks, i, i, 0)
	case lHundred, lScale:
		if l.flags&fBare != 0 { // "тысяча человек", "هزار نفر", "صد"
			return parseWords(toks, i, i, 1)
		}
		if l.flags&fAlone != 0 { // "тысячи беженцев"
			n.val, n.lo, n.hi, n.vague = l.val, l.lo, l.hi, true
			return n, true
		}
		return n, false
	case lVague:
		if l.flags&fNeedA != 0 {
			return n, false
		}
		n.val, n.lo, n.hi, n.vague = l.val, l.lo, l.hi, true
		scaleVague(toks, &n)
		return n, true
	case lPlural:
		of := is(toks, s, i+1, "of")
		if l.flags&fNeedOf != 0 && !of && !harmObject(toks, s, i) {
			return n, false
		}
		n.val, n.lo, n.hi, n.vague = l.val, l.lo, l.hi, true
		k := i + 2 // "tens of thousands", "hundreds of thousands"
		if l.flags&fDirect != 0 {
			k = i + 1 // "десятки тысяч", "ده‌ها هزار"
		}
		if of || l.flags&fDirect != 0 {
			if nx := word(toks, k); nx != nil && nx.flags&fNeedOf == 0 && pluralUnit(nx) > l.unit {
				n.lo = l.lo * pluralUnit(nx)
				n.hi = (l.hi+1)*pluralUnit(nx) - 1
				n.val = n.lo
				n.end = k + 1
			}
		}
		return n, true
	}
	return n, false
}

// decimalComma reads the decimal comma of Russian figures before a scale
// word, "1,5 тысячи", which the tokeniser leaves as three tokens (1 , 5):
// without the scale word a comma is no decimal point ("on 2020-04-22,15
// ..." in English copy). v, frac are the integer part as digitsValue read
// it; it returns the figure with its decimals and the token after them.
func decimalComma(toks []token, s string, i int, v int64, frac int) (int64, int, int, bool) {
	if frac != 0 || i+3 >= len(toks) || !punct(toks, s, i+1, ",") || toks[i+1].s != toks[i].e {
		return 0, 0, 0, false
	}
	d := toks[i+2]
	if d.kind != tNum || d.s != toks[i+1].e {
		return 0, 0, 0, false
	}
	if l := word(toks, i+3); l == nil || l.kind != lScale {
		return 0, 0, 0, false
	}
	dv, df, ok := digitsValue(s[d.s:d.e])
	nd := digitCount(s[d.s:d.e])
	if !ok || df != 0 || nd > maxDecimals || v > maxValue {
		return 0, 0, 0, false
	}
	for k := 0; k < nd; k++ {
		v *= 10
	}
	return v + dv, nd, i + 3, true
}

// maxDecimals: "1,25 млн" is as precise as figures before a scale word get.
const maxDecimals = 2

// leadingZero reports whether the digits of s start with a zero ("0600", "۰۶").
func leadingZero(s string) bool {
	d, size := script.Digit(s, 0)
	return size > 0 && d == 0
}

// pluralUnit is what a word multiplies a vague plural before it by:
// "thousands" and "тысяч" 1000; 0 for other words.
func pluralUnit(l *lex) int64 {
	switch l.kind {
	case lPlural:
		return l.unit
	case lScale:
		return l.num
	}
	return 0
}

// scaleAt reports whether toks[i] is "hundred", "thousand", "million",
// "billion" or "dozen".
func scaleAt(toks []token, i int) bool {
	l := word(toks, i)
	return l != nil && (l.kind == lHundred || l.kind == lScale || l.kind == lDozen)
}

// scaleVague multiplies a vague count by a following scale word: "several
// hundred", "a few thousand", "several dozen".
func scaleVague(toks []token, n *num) {
	if !scaleAt(toks, n.end) {
		return
	}
	m := toks[n.end].lex().num
	n.val *= m
	n.lo *= m
	if n.hi > 0 {
		n.hi = (n.hi+1)*m - 1
	}
	n.end++
}

// states of the number-word grammar
const (
	wsNone = iota
	wsUnit
	wsTeen // 10..19 and compounds 21..99
	wsTens // 20, 30, ... 90
	wsHundred
	wsScale
	wsAnd
)

// parseWords parses number words from token j ("one hundred and twenty",
// "twenty one", "two thousand five hundred", "two dozen"); the phrase
// starts at token i. cur presets the value ("a hundred": cur 1).
func parseWords(toks []token, i, j int, cur int64) (num, bool) {
	n := num{start: i}
	var total int64
	last := wsNone
	if cur > 0 {
		last = wsUnit
	}
	lastScale := int64(maxValue)
	unitAfterTens := false // the last unit followed a tens word ("twenty one")
loop:
	for ; j < len(toks); j++ {
		l := word(toks, j)
		if l == nil {
			break
		}
		switch l.kind {
		case lNum:
			v := l.num
			switch {
			case v < 10:
				if !(last == wsNone || last == wsHundred || last == wsAnd || last == wsScale || last == wsTens) {
					break loop
				}
				unitAfterTens = last == wsTens
				cur += v
				last = wsUnit
			case v%10 == 0 && v >= 20:
				if last == wsUnit && !unitAfterTens && l.flags&fUnitTens != 0 {
					cur += v // Pashto: the unit first, "دوه دېرش" (32)
					last = wsTeen
					continue
				}
				if !(last == wsNone || last == wsHundred || last == wsAnd || last == wsScale) {
					break loop
				}
				cur += v
				last = wsTens
			default:
				if !(last == wsNone || last == wsHundred || last == wsAnd || last == wsScale) {
					break loop
				}
				cur += v
				last = wsTeen
			}
		case lHundred:
			if !(last == wsUnit || last == wsTeen || last == wsTens) || cur >= 100 {
				break loop
			}
			cur *= 100
			last = wsHundred
		case lHundreds:
			if !(last == wsNone || last == wsAnd || last == wsScale) {
				break loop
			}
			cur += l.num
			last = wsHundred
		case lScale:
			if !(last == wsUnit || last == wsTeen || last == wsTens || last == wsHundred) || cur == 0 || l.num >= lastScale {
				break loop
			}
			total += cur * l.num
			lastScale = l.num
			cur = 0
			last = wsScale
		case lAnd:
			nx := word(toks, j+1)
			tens := last == wsTens && l.flags&fAndTens != 0 // "بیست و پنج"
			if !(last == wsHundred || last == wsScale || tens) || nx == nil || nx.kind != lNum && nx.kind != lHundreds ||
				tens && (nx.kind != lNum || nx.num >= 10) {
				break loop
			}
			last = wsAnd
		default:
			break loop
		}
	}
	v := total + cur
	if last == wsNone || v == 0 {
		return n, false
	}
	if (last == wsUnit || last == wsTeen || last == wsTens) && v < 100 {
		if l := word(toks, j); l != nil && l.kind == lDozen {
			v *= l.num // "two dozen", "пять десятков"
			j++
		}
	}
	if v > maxValue {
		return n, false
	}
	n.end = j
	n.val, n.lo, n.hi = v, v, v
	n.one = v == 1 && j == i+1
	n.needPerson = j == i+1 && word(toks, i).has(fNeedPerson)
	return n, true
}

// finish extends n with ranges and qualifiers, checks its context and
// builds the Count. ok is false when the number names, dates or measures
// something; the Count's End is then still set when the phrase should be
// skipped whole.
func finish(toks []token, s string, n num, floor int) (Count, bool) {
	start := n.start
	// ranges: "10 to 15", "two or three", "between 10 and 15"
	between := is(toks, s, start-1, "between")
	if !n.rng && n.end < len(toks) && (is(toks, s, n.end, "to") || is(toks, s, n.end, "or") || between && is(toks, s, n.end, "and")) &&
		!is(toks, s, start-1, "from") && n.end+1 < len(toks) {
		if m, ok := parseAt(toks, s, n.end+1); ok && m.val > n.val && !m.rng && (m.digits == n.digits || between) {
			n.hi = m.hi
			if m.hi == 0 && !m.vague {
				n.hi = m.val
			}
			if n.hi != 0 && n.hi < n.lo {
				n.hi = n.lo
			}
			n.end = m.end
			n.rng = true
			n.vague = n.vague || m.vague
			n.small = n.small && m.small
			n.plain4 = false
			n.one = false
			if between {
				start--
			}
		}
	}
	last := n.end // first token after the number itself
	var q Qualifier
	qc := qNone
	// trailing qualifiers
	end := n.end
	switch {
	case is(toks, s, last, "or") && is(toks, s, last+1, "more") && !is(toks, s, last+2, "than"):
		q, end = OrMore, last+2
	case is(toks, s, last, "or") && is(toks, s, last+1, "so"):
		q, end = OrSo, last+2
	case is(toks, s, last, "or") && is(toks, s, last+1, "fewer") && !is(toks, s, last+2, "than"):
		q, end = OrFewer, last+2
	case is(toks, s, last, "or") && is(toks, s, last+1, "less") && !is(toks, s, last+2, "than"):
		q, end = OrLess, last+2
	case punct(toks, s, last, "+") && toks[last].s == toks[last-1].e:
		q, end = Plus, last+1
	}
	// leading qualifiers
	qs := start
	if q == "" {
		if pq, ps, pe, ok := pashtoAround(toks, s, start, last); ok && ps >= floor {
			q, qs, end = pq, ps, pe
		}
	}
	if q == "" {
		if l := word(toks, start-1); l.has(fQualEnd) {
			for _, qi := range l.quals {
				cand := &quals[qi]
				k := len(cand.words)
				if start-k < floor {
					continue
				}
				match := true
				for w := 0; w < k; w++ {
					if !is(toks, s, start-k+w, cand.words[w]) {
						match = false
						break
					}
				}
				if match && notAfterNum[cand.words[0]] && start-k-1 >= 0 && toks[start-k-1].kind == tNum {
					continue // "с 12 до 19"
				}
				if match {
					q, qs = cand.q, start-k
					break
				}
			}
		}
	}
	if q != "" {
		qc = qualClass[q]
	}

	skip := Count{End: toks[end-1].e}
	if excluded(toks, s, n, start, last, q) {
		return skip, false
	}

	lo, hi := bounds(n, qc)
	c := Count{
		Start:     toks[qs].s,
		End:       toks[end-1].e,
		Value:     int(n.val),
		Low:       int(lo),
		High:      int(hi),
		Qualifier: q,
		Approx:    n.vague,
	}
	c.Text = s[c.Start:c.End]
	if n.vague && q == "" {
		c.Qualifier = vaguePhrase(toks, s, start, n.end)
	}
	return c, true
}

// excluded reports whether the number n (tokens [start, last)) names, dates
// or measures something rather than counting it.
func excluded(toks []token, s string, n num, start, last int, q Qualifier) bool {
	prev := word(toks, start-1)
	next := word(toks, last)
	// units, currencies, times after the number
	if next.has(fUnit) {
		return true
	}
	if is(toks, s, last, "per") && (is(toks, s, last+1, "cent") || is(toks, s, last+1, "centum")) {
		return true
	}
	if is(toks, s, last, "local") && is(toks, s, last+1, "time") {
		return true
	}
	if punct(toks, s, last, "%") || punct(toks, s, last, "‰") || punct(toks, s, last, "°") {
		return true
	}
	if n.vague && is(toks, s, last, "of") && word(toks, last+1).has(fUnit) {
		return true // "hundreds of kilometres", "millions of dollars"
	}
	// currency before
	if start > 0 && toks[start-1].kind == tPunct {
		switch s[toks[start-1].s:toks[start-1].e] {
		case "$", "€", "£", "¥", "₽", "₹", "₴", "₸", "#", "№":
			return true
		}
	}
	if prev.has(fCurrency) {
		return true
	}
	// Pashto's armed men, "وسله وال", are written in two words as often as
	// joined (the joined forms are person words)
	nextPerson := next.has(fPerson) || is(toks, s, last, "وسله") && (is(toks, s, last+1, "وال") || is(toks, s, last+1, "والو"))
	// "base 201", "Route 4", "No. 5"
	if n.digits && !nextPerson {
		if prev.has(fName) {
			return true
		}
		if punct(toks, s, start-1, ".") && (is(toks, s, start-2, "no") || is(toks, s, start-2, "nos")) {
			return true
		}
	}
	// dates: "June 27", "27 June", "Aug. 26"
	if n.digits && n.small && n.lo <= 31 && (n.hi <= 31) {
		if isMonth(toks, s, start-1) || isMonth(toks, s, last) ||
			punct(toks, s, start-1, ".") && isMonth(toks, s, start-2) ||
			is(toks, s, last, "of") && isMonth(toks, s, last+1) {
			return true
		}
	}
	if n.plain4 && !n.rng {
		v := n.val
		counting := q == AtLeast || q == MoreThan || q == AsManyAs || q == FewerThan || q == UpTo ||
			q == AnEstimated || q == NoFewerThan || q == OrMore || q == Plus
		// years
		if v >= 1000 && v <= 2100 && !nextPerson && !counting {
			return true
		}
		// "at 2230", "by 0600"
		if v%100 < 60 && v/100 < 24 && prev.has(fTimePrep) && q == "" {
			return true
		}
	}
	// ages: "aged 12", "at the age of 12"
	if prev.has(fAge) || is(toks, s, start-1, "of") && word(toks, start-2).has(fAge) {
		return true
	}
	// fractions: "one third", "two-thirds" is a single token
	if next.has(fFraction) && !n.rng && !n.vague {
		return true
	}
	// the pronoun "one"
	if n.needPerson && !nextPerson && !(n.bareDozen && word(toks, last+1).has(fPerson)) {
		return true // "نه" is "no" unless people follow
	}
	if n.one && q == "" {
		if is(toks, s, last, "of") || is(toks, s, last, "из") || prefix(toks, s, last, "another") || prev.has(fDet) || next.has(fSaid) {
			return true
		}
	}
	return false
}

func isMonth(toks []token, s string, i int) bool {
	l := word(toks, i)
	if !l.has(fMonth) {
		return false
	}
	if l.flags&fCapMonth != 0 {
		c := s[toks[i].s]
		return c >= 'A' && c <= 'Z'
	}
	return true
}

// bounds applies the qualifier class to the parsed number.
func bounds(n num, qc qclass) (lo, hi int64) {
	lo, hi = n.lo, n.hi
	exact := !n.vague && !n.rng
	v := n.val
	switch qc {
	case qMin:
		hi = 0
	case qMore:
		if exact {
			lo = v + 1
		}
		hi = 0
	case qAbout:
		if exact {
			lo = v * 9 / 10
			hi = (v*11 + 9) / 10
			if lo < 1 {
				lo = 1
			}
		}
	case qNearly:
		if exact {
			lo = (v*9 + 9) / 10
			hi = v - 1
			if hi < 1 {
				hi = v
			}
			if lo > hi {
				lo = hi
			}
		}
	case qMax:
		lo = 0
		if hi == 0 {
			hi = v
		}
	case qLess:
		if exact {
			hi = v - 1
		} else if n.rng {
			hi = n.hi - 1
		} else {
			hi = n.lo - 1
		}
		lo = 0
		if hi < 1 {
			hi = 1
		}
	}
	if hi > 0 && lo > hi {
		lo = hi
	}
	return lo, hi
}

// vaguePhrase returns the words of toks[i:j] joined by spaces, spelt as
// the lexicon spells them (lower case; script.Fold for other scripts).
func vaguePhrase(toks []token, s string, i, j int) Qualifier {
	size := 0
	for k := i; k < j; k++ {
		size += toks[k].e - toks[k].s + 1
	}
	b := make([]byte, 0, size)
	for k := i; k < j; k++ {
		if k > i {
			b = append(b, ' ')
		}
		b = script.AppendFold(b, s[toks[k].s:toks[k].e])
	}
	return Qualifier(b)
}

// ParseNumberWord parses a number written in words or digits, the whole of
// s: "six", "Eighteen", "twenty-one", "twenty one", "one hundred and five",
// "a hundred", "a dozen", "two dozen", "half a dozen", "1,800", "1.5
// million". Vague quantities ("dozens", "several") and ranges are not
// numbers here. Case-insensitive; surrounding spaces are ignored.
func ParseNumberWord(s string) (int, bool) {
	var buf [16]token
	toks := tokenize(s, buf[:0])
	if len(toks) == 0 {
		return 0, false
	}
	n, ok := parseAt(toks, s, 0)
	if !ok || n.vague || n.rng || n.end != len(toks) {
		return 0, false
	}
	return int(n.val), true
}

// Parse reads s as a single number phrase ("at least 12", "dozens", "about
// 1,800") and returns its Count, with offsets into s. ok is false unless
// exactly one count covers all of s but surrounding spaces.
func Parse(s string) (Count, bool) {
	cs := Find(s)
	if len(cs) != 1 {
		return Count{}, false
	}
	c := cs[0]
	for i := 0; i < c.Start; i++ {
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\n' {
			return Count{}, false
		}
	}
	for i := c.End; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\n' {
			return Count{}, false
		}
	}
	return c, true
}

// NumberWords lists the lower-case words that can start a count phrase. A
// sentence with none of them (as whole tokens) and no ASCII digit has no
// count, so a caller that has already tokenised it can skip Find.
func NumberWords() []string {
	var out []string
	for w, l := range lexicon {
		if l.numbers {
			out = append(out, w)
		}
	}
	return out
}

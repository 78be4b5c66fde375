package dates

import "strings"

// decadeWord holds the decades named in words ("the nineties"), by the
// tens they start at.
var decadeWord = map[string]int{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}

// decadeMod is the TimeML mod of a decade's part.
var decadeMod = map[string]string{"early": "START", "mid": "MID", "late": "END"}

// parseDecadeWord reads "[early|mid|late] nineties" at token k, after
// "the": the latest such decade that has begun by the DCT
// ("the twenties" in 2024 is the 2020s, "the nineties" the 1990s).
func (s *scanner) parseDecadeWord(k int) (res, bool) {
	var mod string
	switch w := s.tok(k).lw; w {
	case "early", "mid", "late":
		mod = decadeMod[w]
	}
	if mod != "" {
		k++
		if s.is(k, "-") && s.adj(k) {
			k++
		}
	}
	w := s.tok(k).lw
	if !strings.HasSuffix(w, "ies") {
		return res{}, false // cheap test before the map: every "the" comes here
	}
	d, ok := decadeWord[w]
	if !ok {
		return res{}, false
	}
	y := century(s.dy) + d
	if y > s.dy {
		y -= 100
	}
	return res{end: k + 1, v: val{g: gDecade, y: y, hh: -1}, mod: mod}, true
}

// parseShortDecade reads "80s" at token k after "the", "early", "mid" or
// "late" (written without the apostrophe of "'80s"): the latest such
// decade that has begun by the DCT.
func (s *scanner) parseShortDecade(k int) (res, bool) {
	t := s.tok(k)
	if t.kind != tkNum || t.nd != 2 || t.suf != "s" || t.n%10 != 0 {
		return res{}, false
	}
	switch s.tok(k - 1).lw {
	case "the", "early", "mid", "late", "-":
	default:
		return res{}, false
	}
	return res{end: k + 1, v: val{g: gDecade, y: s.twoDigitYear(t.n), hh: -1}}, true
}

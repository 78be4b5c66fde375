package dates

// genericNow holds nouns after which "today's" means the present age,
// not the DCT's day: "today's youth", "today's world". TimeML values it
// PRESENT_REF; an analyst must not read it as the day of an event.
var genericNow = map[string]bool{
	"youth": true, "generation": true, "generations": true, "world": true, "society": true,
	"young": true, "teenagers": true, "kids": true, "children": true, "era": true, "age": true,
}

// genericToday reports whether "today" at token i, with "'s" after it,
// names the present age.
func (s *scanner) genericToday(i int) bool {
	return s.toks[i].lw == "today" && s.is(i+1, "'s") && genericNow[s.tok(i+2).lw]
}

// partOfRefDay reads "in the afternoon" with the part-of-day word at
// token k after "the" at token i: that part of the day last told, or of
// the DCT's day when none was.
func (s *scanner) partOfRefDay(i, k int) (res, bool) {
	n := s.tok(k)
	if n.cls != wPart || n.kind != tkWord || !s.is(i-1, "in") || s.is(k+1, "of") {
		return res{}, false
	}
	ref := s.dct
	if !s.refDay.IsZero() {
		ref = s.refDay
	}
	v := s.dayVal(ref)
	v.part = n.cv
	return res{end: k + 1, v: v, typ: TypeTime}, true
}

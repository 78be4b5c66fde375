package dates

// Parts of a period named by its unit alone: "by the end of the week",
// "the middle of the month".
// Without a date before them they are the DCT's week or month, or, told
// in the past tense, the one before when that part of the DCT's has not
// begun ("by the end of the month, the town had fallen" in a mid-month
// report is last month's end). The year has its own reading in
// parseMod ("the end of the year"). "Earlier in the day" is left alone:
// TimeML annotators do not mark it, unlike "earlier that day".

// partOfUnit reads "the week" or "the month" at token j, after "the
// beginning|middle|end of" (mod): the period and the token after it.
func (s *scanner) partOfUnit(i, j int, mod string) (res, bool) {
	if !s.is(j, "the") {
		return res{}, false
	}
	u := s.tok(j + 1)
	if u.cls != wUnit || (u.cv != uWeek && u.cv != uMonth) || u.lw[len(u.lw)-1] == 's' {
		return res{}, false
	}
	v, _ := s.unitRel(u.cv, 0, s.dct)
	from, to := v.span(s.loc)
	if from, _ = narrow(from, to, mod); from.After(s.dct) && s.tense(i, j+2) < 0 {
		v, _ = s.unitRel(u.cv, -1, s.dct)
	}
	return res{end: j + 2, v: v, mod: mod}, true
}

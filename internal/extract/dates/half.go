package dates

// halfYear reads the year after "the first half of" at token k: "the
// year" (this year's half, or last year's when told in the past tense and
// that half has not begun), "this year", "last year", "next year".
// e is the token after it.
func (s *scanner) halfYear(i, k, half int) (y, e int, ok bool) {
	if !s.is(k+1, "year") {
		return 0, 0, false
	}
	switch s.tok(k).lw {
	case "this":
		return s.dy, k + 2, true
	case "last":
		return s.dy - 1, k + 2, true
	case "next":
		return s.dy + 1, k + 2, true
	case "the":
		y = s.dy
		if cur := (s.dm-1)/6 + 1; half > cur && s.tense(i, k+2) < 0 {
			y--
		}
		return y, k + 2, true
	}
	return 0, 0, false
}

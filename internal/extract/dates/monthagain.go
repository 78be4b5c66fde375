package dates

// A month named again without a tense to place it ("The summit is set
// for April. ... delegations arrive in April") is the month the story
// last gave that name to, not a fresh guess from the DCT: a report keeps
// to one calendar, and the first mention usually carried the cue or the
// year the later ones drop.

// noteMonth records the year a month-level or day-level value gave its
// month.
func (s *scanner) noteMonth(v *val) {
	if v.g != gMonth && v.g != gDay || v.fuzzy {
		return
	}
	s.monthYear[v.t.Month()] = v.t.Year()
}

// monthToldBefore is the year the month m was last placed in, or 0.
func (s *scanner) monthToldBefore(m int) int {
	if m < 1 || m > 12 {
		return 0
	}
	return s.monthYear[m]
}

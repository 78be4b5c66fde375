package dates

// Russian constructions the English grammar has no counterpart for.

// russianDecade reads "1980-е (годы)", "1990-х": the decade's year, a
// hyphen and a case ending. e is the token after the expression.
func (s *scanner) russianDecade(i int) (e int, ok bool) {
	if !s.is(i+1, "-") || !s.adj(i+1) || !s.adj(i+2) {
		return 0, false
	}
	if t := s.tok(i + 2); !t.foreign || !decadeEndings[t.lw] {
		return 0, false
	}
	return s.yearWords(i + 3), true
}

// nightBefore reads "(в) ночь на вторник", "ночь на 5 сентября", "ночь с
// понедельника на вторник" at the word for night (token i): the night that
// ends on the day named, which TimeML writes as the evening before
// ("2026-09-07TNI" for the night to 8 September).
func (s *scanner) nightBefore(i int) (res, bool) {
	k := i + 1
	if s.is(k, "с") || s.is(k, "со") {
		// "с понедельника на вторник": skip the first day
		for k++; k < i+maxNightFrom && !s.is(k, "на"); k++ {
		}
	}
	if !s.is(k, "на") {
		return res{}, false
	}
	r, ok := s.dayCore(k + 1)
	if !ok {
		return res{}, false
	}
	return s.nightEndingOn(r), true
}

// maxNightFrom: "с 4 на 5 сентября" puts at most three tokens between the
// word for night and "на".
const maxNightFrom = 5

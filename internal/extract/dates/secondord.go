package dates

// "A second blast", "a second day of protests", "a second time": the
// ordinal, not one second. "A second" is the duration only where no noun
// follows it: at the end of a clause ("waited a second."), before a
// preposition or conjunction ("for a second before", "a second or two"),
// or before a time word ("a second later").

// afterDurationSecond holds the words that may follow "a second" read as
// a duration.
var afterDurationSecond = map[string]bool{
	"or": true, "and": true, "of": true, "before": true, "after": true, "later": true, "earlier": true,
	"ago": true, "in": true, "to": true, "for": true, "when": true, "while": true, "as": true, "until": true,
	"too": true, "longer": true, "faster": true, "slower": true, "late": true, "early": true, "at": true, "then": true,
}

// ordinalSecond reports whether "a second" ending before token e is the
// ordinal.
func (s *scanner) ordinalSecond(e int) bool {
	n := s.tok(e)
	return n.kind == tkWord && !afterDurationSecond[n.lw]
}

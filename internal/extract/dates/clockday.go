package dates

import "time"

// The day a bare clock time ("at 10 p.m.", "at 0300 GMT") belongs to
// when no day is written beside it. A day told earlier in the same
// sentence holds for it. Past that, a clock time in a clause told in the
// past tense continues the story of the day last told in the same
// paragraph ("Gunmen raided the market on Sunday. They opened fire at 10
// p.m."), as long as that day is itself past: a report's paragraph keeps
// to one episode. Across a paragraph break, or in a present or future
// clause ("the curfew starts at 6 p.m."), the day is the DCT's, the day
// the report speaks from; a day the story told several paragraphs back
// is as likely to be another episode's.

// clockRefDay is the day a clock time at token i (clock tokens [i, e))
// is read on when no day is named beside it.
func (s *scanner) clockRefDay(i, e int) time.Time {
	if s.refDay.IsZero() || len(s.out) == 0 {
		return s.dct
	}
	last := s.out[len(s.out)-1]
	if last.Precision != Day {
		return s.dct
	}
	if s.tokSentAt(last.Start) == s.toks[i].sent {
		return s.refDay
	}
	if !s.refDay.Before(s.dct) || s.lastEnd < 0 || s.lastEnd > i {
		return s.dct
	}
	for k := s.lastEnd; k <= i; k++ {
		if s.toks[k].nl {
			return s.dct // a paragraph break since the day was told
		}
	}
	if s.tense(i, e) >= 0 {
		return s.dct
	}
	return s.refDay
}

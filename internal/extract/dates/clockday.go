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
// the report speaks from, or the next one for a pre-dawn hour ahead; a
// day the story told several paragraphs back is as likely to be another
// episode's.

// maxEpisodeTokens bounds how far back, in tokens, the day last told is
// still read as the clock time's: past it the story has moved on even
// without a paragraph break (wire copy often has none), and the bound
// keeps the look-back constant per clock time.
const maxEpisodeTokens = 120

// clockRefDay is the day a clock time at token i (clock tokens [i, e))
// is read on when no day is named beside it; hh is its hour.
func (s *scanner) clockRefDay(i, e, hh int) time.Time {
	if s.refDay.IsZero() || len(s.out) == 0 {
		return s.aheadOfDCT(i, e, hh)
	}
	last := s.out[len(s.out)-1]
	if last.Precision != Day {
		return s.aheadOfDCT(i, e, hh)
	}
	if s.tokSentAt(last.Start) == s.toks[i].sent {
		return s.refDay
	}
	if !s.refDay.Before(s.dct) || s.lastEnd < 0 || s.lastEnd > i || i-s.lastEnd > maxEpisodeTokens {
		return s.aheadOfDCT(i, e, hh)
	}
	for k := s.lastEnd; k <= i; k++ {
		if s.toks[k].nl {
			return s.aheadOfDCT(i, e, hh) // a paragraph break since the day was told
		}
	}
	if s.tense(i, e) >= 0 {
		return s.aheadOfDCT(i, e, hh)
	}
	return s.refDay
}

// preDawnEnd is the hour before which a clock time told in the future
// tense, with no day beside it, is the next day's: reports are written
// in the working day, so "will leave at 4 a.m." speaks of the coming
// night, while "the curfew will start at 6 p.m." is the same day's.
const preDawnEnd = 6

// aheadOfDCT is the day a clock time at tokens [i, e), hour hh, is read on when
// it is told from the DCT: the DCT's day, or the next one for a pre-dawn
// hour told in the future tense.
func (s *scanner) aheadOfDCT(i, e, hh int) time.Time {
	if hh >= 0 && hh < preDawnEnd && s.tense(i, e) > 0 {
		return s.dct.AddDate(0, 0, 1)
	}
	return s.dct
}

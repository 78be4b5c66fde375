package dates

// quoteMark reports whether the apostrophe at token i opens a quotation
// rather than eliding a century: wire copy writes quotation marks as two
// apostrophes or backquotes around a title, and a count of time units
// after the apostrophe ("'48 Hours") is a title, not a year.
func (s *scanner) quoteMark(i int) bool {
	if s.adj(i) {
		switch s.toks[i-1].lw {
		case "'", "`", "''", "``":
			return true
		}
	}
	u := s.tok(i + 2)
	return u.kind == tkWord && u.cls == wUnit
}

// quotedTitle reports whether the count at token k opens a quoted title
// ("“24 Hours”", or one between doubled apostrophes): a quotation mark
// right before it and a capitalised unit after it.
func (s *scanner) quotedTitle(k int) bool {
	if !s.adj(k) || !s.tok(k+1).cap {
		return false
	}
	switch s.toks[k-1].lw {
	case "'", "`", "''", "``", "\"", "“", "‘":
		return true
	}
	return false
}

package dates

// shortFiscal reads the two-digit year after "FY" at token k ("FY24",
// "FY 24", "FY'24"): that year in the century nearest the DCT. A
// four-digit fiscal year is a plain year (parseWord, "fiscal", "fy").
func (s *scanner) shortFiscal(k int) (res, bool) {
	if s.is(k, "'") && s.adj(k+1) {
		k++
	}
	t := s.tok(k)
	if t.kind != tkNum || t.nd != 2 || t.suf != "" || t.comma {
		return res{}, false
	}
	if n := s.tok(k + 1); s.adj(k+1) && (n.kind == tkNum || n.lw == "-" && s.tok(k+2).kind == tkNum) {
		return res{}, false
	}
	return res{end: k + 1, v: s.yearVal(s.twoDigitYear(t.n))}, true
}

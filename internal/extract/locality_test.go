package extract

import "testing"

// TestNearATown: a coder's note that gives an unknown locality with its
// district and province in brackets, or an operation over two towns, is
// only near the town it names (geo_precision 2), not at its centre; a town
// named alone, or qualified by its own province, is the place itself.
func TestNearATown(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text, loc string
		prec            int
	}{
		{"an unknown locality in brackets",
			"On 4 May 2025, JNIM militants attacked a gendarmerie post in Tin Haddar (Menaka, Menaka). 3 gendarmes were killed.", "Menaka", 2},
		{"an operation over two towns",
			"On 4 May 2025, the army conducted a sweep in Gao and Menaka, killing 7 militants.", "Gao", 2},
		{"a town alone",
			"On 4 May 2025, JNIM militants attacked a gendarmerie post in Menaka. 3 gendarmes were killed.", "Menaka", 1},
	} {
		evs := x.Extract(Article{ID: "l", Text: tc.text, Published: mustDay("2025-05-06")})
		if len(evs) == 0 {
			t.Errorf("%s: no event", tc.name)
			continue
		}
		if e := evs[0]; e.Location != tc.loc || e.GeoPrecision != tc.prec {
			t.Errorf("%s: %s at precision %d, want %s at %d", tc.name, e.Location, e.GeoPrecision, tc.loc, tc.prec)
		}
	}
}

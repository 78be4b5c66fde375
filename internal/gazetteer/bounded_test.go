package gazetteer

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// A name's contributions to the article context are kept one per place,
// however often the text repeats it: each use takes them out and puts them
// back, so a list would make resolution quadratic in the repeats.
func TestAddContribOnePerPlace(t *testing.T) {
	cases := []struct {
		name  string
		adds  []contrib
		wantN int
		wantW map[uint32]float64
	}{
		{"one place repeated", repeat(contrib{place: 7, w: 1}, 10000), 1, map[uint32]float64{7: 10000}},
		{"two places alternating", append(repeat(contrib{place: 3, w: 0.5}, 4), repeat(contrib{place: 9, w: 1}, 3)...), 2,
			map[uint32]float64{3: 2, 9: 3}},
		{"none", nil, 0, map[uint32]float64{}},
	}
	for _, c := range cases {
		var cs []contrib
		for _, a := range c.adds {
			cs = addContrib(cs, a)
		}
		if len(cs) != c.wantN {
			t.Errorf("%s: %d entries, want %d", c.name, len(cs), c.wantN)
		}
		for _, e := range cs {
			if e.w != c.wantW[e.place] {
				t.Errorf("%s: place %d weight %v, want %v", c.name, e.place, e.w, c.wantW[e.place])
			}
		}
	}
}

func repeat(c contrib, n int) []contrib {
	out := make([]contrib, n)
	for i := range out {
		out[i] = c
	}
	return out
}

// placeList is about size bytes of country, province and town names in
// lines and lists: the kind of text that once took a minute per megabyte.
func placeList(size int) string {
	names := []string{"Afghanistan", "Kabul", "Takhar", "Mali", "Gao", "Mopti", "Colombia", "Cauca", "Pakistan",
		"Peshawar", "Syria", "Idlib", "Tajikistan", "Khujand", "Kyrgyzstan", "Batken", "Nigeria", "Borno", "Yemen", "Marib"}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(names[(i*7+i/20)%len(names)])
		b.WriteString([]string{", ", "\n", " and "}[i%3])
	}
	return b.String()
}

// BenchmarkResolvePlaceList: time per op should grow in proportion to the
// size of the list.
//
//	go test -run '^$' -bench ResolvePlaceList ./internal/gazetteer/
func BenchmarkResolvePlaceList(b *testing.B) {
	g := real(b)
	for _, n := range []int{100_000, 400_000, 1_600_000} {
		text := placeList(n)
		b.Run(fmt.Sprintf("bytes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				g.Resolve(text)
			}
		})
	}
}

// FuzzPlaces finds and resolves places in any text with the small test
// gazetteer: no panic, and every mention a span of the text, in order.
func FuzzPlaces(f *testing.F) {
	g, _ := buildTestIndex(f)
	for _, s := range []string{
		"Fighting was reported in Zarkand and near Qala Sabz, Dehnow district.",
		"ZARKAND, March 3 - the Zarkand River rose; Tash Qala and Kuh-e Safed",
		"Wilayat-e Zarkand province, Dehnow District",
		placeList(2000),
		"in in in , , , Zarkand Zarkand Zarkand district district",
		"\xff\xfeZar\u0301kand \u00a0Qala\tSabz",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, r := range g.Resolve(text) {
			if r.Start < prev || r.End <= r.Start || r.End > len(text) {
				t.Fatalf("mention %q at [%d,%d) out of order or out of the text (%d bytes, previous end %d)",
					r.Text, r.Start, r.End, len(text), prev)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[r.Start]) || r.End < len(text) && !utf8.RuneStart(text[r.End])) {
				t.Fatalf("mention %q at [%d,%d) cuts a character", r.Text, r.Start, r.End)
			}
			prev = r.End
		}
	})
}

// FuzzResolveSpans resolves caller-given spans, as the places command
// takes them from its input: spans outside the text, empty or reversed
// are answered unresolved at their place in the list, never a panic.
func FuzzResolveSpans(f *testing.F) {
	g, _ := buildTestIndex(f)
	f.Add("Fighting was reported in Zarkand and near Qala Sabz, Dehnow district.", 25, 32, -5, -1, 60, 400)
	f.Add("Zarkand village of Dehnow district", 0, 7, 19, 25, 3, 2)
	f.Fuzz(func(t *testing.T, text string, a0, a1, b0, b1, c0, c1 int) {
		spans := []Span{{a0, a1}, {b0, b1}, {c0, c1}}
		rs := g.ResolveSpans(text, spans)
		if len(rs) != len(spans) {
			t.Fatalf("%d answers for %d spans", len(rs), len(spans))
		}
		for k, r := range rs {
			s := spans[k]
			if r.Start != s.Start || r.End != s.End {
				t.Fatalf("answer %d is for [%d,%d), want [%d,%d)", k, r.Start, r.End, s.Start, s.End)
			}
			if (s.Start < 0 || s.End > len(text) || s.Start >= s.End) && r.Place != nil {
				t.Fatalf("span [%d,%d) outside a %d-byte text resolved to %s", s.Start, s.End, len(text), r.Place.Name)
			}
		}
	})
}

package extract

import (
	"strings"
	"testing"
)

// The stem rule: a listed stem takes the endings of its inflection (at
// most glossEnd letters), the longest stem wins, and a longer remainder is
// another word.
func TestGlossStems(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang      langID
		word, out string // out: the English words, "" when the word is not glossed
	}{
		{langRu, "погибли", "killed"},
		{langRu, "погибших", "killed"},
		{langRu, "убиты", "killed"},
		{langRu, "ранены", "wounded"},
		{langRu, "задержаны", "detained"},
		{langRu, "обстреляли", "shelled"},
		{langRu, "атаковали", "attacked"},           // the longer stem, not атак*
		{langRu, "нападением", "attack"},            // instrumental
		{langRu, "столкновениях", "clashes"},        // prepositional plural
		{langRu, "пограничниками", "border guards"}, // one word, two English
		{langRu, "Военнослужащие", "servicemen"},    // capitalised
		{langRu, "погибающий", ""},                  // five letters past the stem: another word
		{langFa, "سربازان", "soldiers"},
		{langFa, "نیروهای", "forces"},
		{langFa, "درگیری‌ها", "clashes"}, // with a zero-width non-joiner
		{langFa, "شورشیان", "rebels"},
		{langFa, "كشته", "killed"}, // Arabic kaf
	} {
		toks := tokenize(tc.word, "", 0, len(tc.word), nil)
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", tc.word, len(toks))
		}
		var ws []string
		for _, g := range lx.gloss[tc.lang].apply(toks) {
			ws = append(ws, g.w)
		}
		got := strings.Join(ws, " ")
		if tc.out == "" && got != toks[0].w || tc.out != "" && got != tc.out {
			t.Errorf("%s %q glossed %q, want %q", tc.lang.Code(), tc.word, got, tc.out)
		}
	}
}

// A phrase glossed into as many words keeps a span a word; into fewer or
// more, each English word spans the whole phrase. Either way what the
// rules quote is the text as written.
func TestGlossSpans(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	text := "По словам пограничников, обстрел продолжался час."
	toks := lx.gloss[langRu].apply(tokenize(text, "", 0, len(text), nil))
	want := []struct{ w, span string }{{"according", "По"}, {"to", "словам"}, {"border", "пограничников"},
		{"guards", "пограничников"}, {",", ","}, {"shelled", "обстрел"}}
	for i, w := range want {
		if i >= len(toks) || toks[i].w != w.w || text[toks[i].s:toks[i].e] != w.span {
			t.Fatalf("token %d: got %+v, want %q over %q", i, toks[min(i, len(toks)-1)], w.w, w.span)
		}
	}
}

package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFoldAndPhoneticKeys(t *testing.T) {
	same := []struct{ a, b string }{
		{"Mazār-e Sharīf", "Mazar-e Sharif"},
		{"Dar Qad", "Darqad"},
		{"Kŭlob", "Kulob"},
		{"Qal‘ah-ye Now", "Qalah-ye Now"},
		{"Sant Julià de Lòria", "sant julia de loria"},
		{"O'zbekiston", "Ozbekiston"},
		{"U.S.", "US"},
	}
	for _, c := range same {
		if FoldKey(c.a) != FoldKey(c.b) {
			t.Errorf("FoldKey(%q)=%q != FoldKey(%q)=%q", c.a, FoldKey(c.a), c.b, FoldKey(c.b))
		}
	}
	// Cyrillic folds to its transliteration; Arabic script to capitals of
	// its own; other scripts have no fold key
	for _, c := range []struct{ in, want string }{
		{"Кулоб", "kulob"}, {"Нарын", "naryn"}, {"هرات", "HRAT"}, {"东京", ""},
	} {
		if got := FoldKey(c.in); got != c.want {
			t.Errorf("FoldKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	phon := []struct{ a, b string }{
		{"Vakhdat", "Vahdat"}, {"Kulob", "Kulyab"}, {"Maimai", "Maymay"}, {"Kaldor", "Kaldar"},
		{"Jirm", "Jurm"}, {"Khorezm", "Xorazm"}, {"Warduj", "Vardudzh"}, {"Qunduz", "Kunduz"},
		{"Panjsher", "Panjshir"}, {"Dzhalalabad", "Jalalabad"}, {"Mazar-i-Sharif", "Mazar-e Sharif"},
		{"Tashkent", "Toshkent"}, {"Shughnon", "Shugnan"}, {"Moymay", "Maimai"},
	}
	for _, c := range phon {
		if PhonKey(c.a) != PhonKey(c.b) {
			t.Errorf("PhonKey(%q)=%q != PhonKey(%q)=%q", c.a, PhonKey(c.a), c.b, PhonKey(c.b))
		}
	}
	if PhonKey("Kabul") == PhonKey("Kunduz") {
		t.Errorf("different names share a phonetic key")
	}
}

// buildTestIndex builds an index from the small GeoNames-format files in
// testdata (no npm data needed).
func buildTestIndex(t testing.TB) (*Gazetteer, string) {
	t.Helper()
	b := NewBuilder()
	for _, f := range []string{"XA.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "alternateNamesV2.txt"} {
		if err := b.ImportFile(filepath.Join("testdata", f)); err != nil {
			t.Fatalf("import %s: %v", f, err)
		}
	}
	path := filepath.Join(t.TempDir(), "g.bin")
	if _, err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	g, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return g, path
}

func TestImportGeoNamesFormats(t *testing.T) {
	g, path := buildTestIndex(t)
	cases := []struct {
		query, name string
		kind        Kind
		match       MatchKind
	}{
		{"Zarkand", "Zarkand", KindCity, MatchExact},
		{"Zarkhand", "Zarkand", KindCity, MatchAlternate},           // from alternateNamesV2
		{"Zarkand River", "Zarkand River", KindFeature, MatchExact}, // H.STM
		{"Zarkand Darya", "Zarkand River", KindFeature, MatchAlternate},
		{"Safed Koh", "Kuh-e Safed", KindFeature, MatchAlternate}, // T.MT
		{"Zarkand province", "Wilayat-e Zarkand", KindAdmin1, MatchAlternate},
		{"Dehnow district", "Dehnow District", KindAdmin2, MatchExact},
		{"Deh Now", "Dehnow", KindCity, MatchExact}, // spacing aside
		{"Dehnau", "Dehnow", KindCity, MatchAlternate},
		{"Tash Qala", "Tashqala", 0, MatchExact},
	}
	for _, c := range cases {
		cands := g.Lookup(c.query, LookupOptions{})
		if len(cands) == 0 {
			t.Errorf("%q: no match", c.query)
			continue
		}
		top := cands[0]
		if top.Name != c.name || c.kind != 0 && top.Kind != c.kind || top.Match != c.match {
			t.Errorf("%q: got %q %v %v, want %q %v %v", c.query, top.Name, top.Kind, top.Match, c.name, c.kind, c.match)
		}
	}
	// historic and link names are not imported; names of places not in
	// the index are ignored
	for _, q := range []string{"Old Tashqala", "Nowhere", "https://example.org/Zarkand"} {
		if c := g.Lookup(q, LookupOptions{NoFuzzy: true}); len(c) > 0 {
			t.Errorf("%q should not match, got %q", q, c[0].Name)
		}
	}
	// abbreviations match only in capitals
	if c := g.Lookup("TSQ", LookupOptions{NoFuzzy: true}); len(c) == 0 || c[0].Name != "Tashqala" {
		t.Errorf("abbreviation TSQ not found")
	}
	if c := g.Lookup("Tsq", LookupOptions{NoFuzzy: true}); len(c) > 0 {
		t.Errorf("abbreviation matched in lower case")
	}
	// places link to their divisions
	c := g.Lookup("Qala Sabz", LookupOptions{})
	if len(c) == 0 || c[0].Admin1 != "Wilayat-e Zarkand" || c[0].Admin2 != "Dehnow District" || c[0].GeonameID != 9000003 {
		t.Errorf("Qala Sabz: got %+v", c)
	}

	// import into an existing index: records survive and new ones join
	extra := filepath.Join(t.TempDir(), "XC.txt")
	os.WriteFile(extra, []byte("9000020\tNewtown\tNewtown\t\t38.0\t71.0\tP\tPPL\tXA\t\t01\t\t\t\t1200\t\t1000\tAsia/Kabul\t2024-01-01\n"), 0o644)
	b := FromIndex(g)
	if err := b.ImportFile(extra); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	g2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Newtown", "Zarkhand", "Zarkand River", "Dehnow district"} {
		if c := g2.Lookup(q, LookupOptions{NoFuzzy: true}); len(c) == 0 {
			t.Errorf("after import: %q not found", q)
		}
	}
	if g2.Len() != g.Len()+1 {
		t.Errorf("after import: %d places, want %d", g2.Len(), g.Len()+1)
	}
}

func TestImportErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "XX.txt")
	os.WriteFile(bad, []byte("not\ta\tgeonames\tline\n"), 0o644)
	if err := NewBuilder().ImportFile(bad); err == nil || !strings.Contains(err.Error(), "columns") {
		t.Errorf("bad file: err = %v", err)
	}
	if _, err := Open(bad); err == nil {
		t.Errorf("Open of a non-index succeeded")
	}
	if _, err := Open(filepath.Join(dir, "missing.bin")); err == nil || !strings.Contains(err.Error(), "make setup") {
		t.Errorf("missing index: err = %v", err)
	}
}

func TestDefaultPath(t *testing.T) {
	_, path := buildTestIndex(t)
	t.Setenv("SITREP_GAZETTEER", path)
	p, err := DefaultPath()
	if err != nil || p != path {
		t.Fatalf("DefaultPath = %q, %v", p, err)
	}
	if _, err := Default(); err != nil {
		t.Fatal(err)
	}
	// walking up from the working directory
	t.Setenv("SITREP_GAZETTEER", "")
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "data"), 0o755)
	data, _ := os.ReadFile(path)
	os.WriteFile(filepath.Join(root, DefaultFile), data, 0o644)
	sub := filepath.Join(root, "a", "b")
	os.MkdirAll(sub, 0o755)
	t.Chdir(sub)
	p, err = DefaultPath()
	if err != nil || p != filepath.Join(root, DefaultFile) {
		t.Fatalf("DefaultPath from %s = %q, %v", sub, p, err)
	}
}

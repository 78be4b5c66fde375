package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// Articles in languages recognised but not coded yet are stored, and
// ingest says so once for each, --quiet or not; a Russian or Pashto one gets no
// such line. Reports written for this test.
func TestIngestNotCodedYet(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	files := []struct {
		name, body, lang string
		notice           bool
	}{
		{"tajik.txt", "Дар марзи Тоҷикистону Афғонистон ду сарбоз захмӣ шуданд\n\nМақомоти вилоят рӯзи якшанбе гуфтанд, ки ду сарбози марзбон дар тирпарронии шабона дар наздикии гузаргоҳи марзӣ захмӣ шуданд ва ба беморхонаи ноҳия интиқол дода шуданд.\n", "tg", true},
		{"pashto.txt", "په پوله کې دوه سرتیري ټپیان شول\n\nولایتي چارواکو د یکشنبې په ورځ وویل چې د شپې په ډزو کې دوه سرحدي ساتونکي ټپیان شوي او د ولسوالۍ روغتون ته لیږدول شوي دي.\n", "ps", false},
		{"russian.txt", "На границе ранены двое пограничников\n\nВласти области сообщили в воскресенье, что двое пограничников получили ранения при ночной перестрелке у пункта пропуска и доставлены в районную больницу.\n", "ru", false},
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, writeFile(t, filepath.Join(dir, f.name), f.body))
	}
	code, _, errs := sitrep(t, db, append([]string{"ingest", "--quiet", "--published", "2024-05-12"}, paths...)...)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	list := listArticles(t, db)
	if len(list) != len(files) {
		t.Fatalf("%d articles stored, want %d", len(list), len(files))
	}
	byLang := map[string]int{}
	for _, a := range list {
		byLang[a.Language]++
	}
	for _, f := range files {
		if byLang[f.lang] != 1 {
			t.Errorf("language %s: %d articles, want 1 (stored: %v)", f.lang, byLang[f.lang], byLang)
		}
		name := languageName(f.lang)
		has := strings.Count(errs, name+" article, not coded yet")
		if f.notice && has != 1 {
			t.Errorf("%s: %d notices, want 1; stderr:\n%s", f.name, has, errs)
		}
		if !f.notice && has != 0 {
			t.Errorf("%s: a not-coded notice for a coded language; stderr:\n%s", f.name, errs)
		}
	}
}

package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/extract"
)

// Two nationalities sharing one forces noun in Russian, written in lower
// case and inflected ("между узбекскими и кыргызскими пограничниками"),
// name two states' forces as in English (pairedNations). Needs the real
// gazetteer: the geocoder reads the inflected adjectives.
func TestPairedNationsRussian(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	text := "В результате перестрелки между узбекскими и кыргызскими пограничниками погиб один человек, сообщили в погранслужбе."
	evs := x.Extract(extract.Article{ID: "r", Text: text, Published: pub, Language: "ru"})
	if len(evs) == 0 {
		t.Fatalf("no event")
	}
	actors := evs[0].Actor1 + " | " + evs[0].Actor2
	for _, want := range []string{"Military Forces of Uzbekistan", "Military Forces of Kyrgyzstan"} {
		if !strings.Contains(actors, want) {
			t.Errorf("actors %q lack %q", actors, want)
		}
	}
}

// Russian (and Persian) reports of the region read end to end: an
// accusation names the alleged doer ("обвинил X в обстреле"), the place
// an attack struck says whom it struck ("нападение на мечеть"), the
// Khorasan branch of the Islamic State by its Russian name, and the
// country after a strike is its striker (strikerAt).
func TestRussianDoersAndTargets(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, actor1, actor2 string }{
		{"Узбекистан обвинил Кыргызстан в обстреле кишлака в Ферганской области.", "Military Forces of Kyrgyzstan", "Civilians (Uzbekistan)"},
		{"Боевики ИГИЛ-Хорасан взяли на себя ответственность за нападение на мечеть в Кундузе.", "Islamic State (Khorasan Province)", "Civilians (Afghanistan)"},
		// a party word that is also a town abroad is the party when
		// it is the whole name ("Полиция": Police, Poland)
		{"Полиция арестовала трех подозреваемых в Худжанде.", "Police Forces of Tajikistan", ""},
		// the striker's country after the strike, in the genitive
		{"В результате авиаудара Пакистана в провинции Хост погибли шесть мирных жителей.", "Military Forces of Pakistan", "Civilians (Afghanistan)"},
		// ... and in Persian by the ezafe
		{"در حمله هوایی پاکستان بر ولایت خوست شش غیرنظامی کشته شدند.", "Military Forces of Pakistan", "Civilians (Afghanistan)"},
	} {
		lang := "ru"
		if strings.ContainsRune(tc.text, 'ی') {
			lang = "fa"
		}
		evs := x.Extract(extract.Article{ID: "r", Text: tc.text, Published: pub, Language: lang})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].Actor1 != tc.actor1 || evs[0].Actor2 != tc.actor2 {
			t.Errorf("%q: %q vs %q, want %q vs %q", tc.text, evs[0].Actor1, evs[0].Actor2, tc.actor1, tc.actor2)
		}
	}
}

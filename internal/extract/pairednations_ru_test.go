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

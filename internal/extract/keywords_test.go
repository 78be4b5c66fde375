package extract

import (
	"slices"
	"testing"
)

func TestKeywords(t *testing.T) {
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "k", Published: mustDay("2024-02-09"),
		Title: "Forklift driver held after Tromso shooting",
		Text:  `Police in Tromso said Halvor Brekke, a 47-year-old forklift driver, shot dead his manager at the Nordkapp Seafood plant on Thursday.`})
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
	got := evs[0].Keywords
	for _, w := range []string{"halvor", "brekke", "nordkapp", "seafood", "47-year-old"} {
		if !slices.Contains(got, w) {
			t.Errorf("keywords %v lack %q", got, w)
		}
	}
	evs2 := x.Extract(Article{ID: "k2", Published: mustDay("2024-02-09"),
		Text: `Commandos from the frigate INS Talwar fired on a skiff whose crew carried AK-47 rifles near Mogadishu on Thursday, killing two.`})
	for _, e := range evs2 {
		for _, w := range []string{"ins", "ak-47", "ak47"} {
			if slices.Contains(e.Keywords, w) {
				t.Errorf("keywords %v hold %q", e.Keywords, w)
			}
		}
	}
	// a force's acronym of five letters is no name either
	evs3 := x.Extract(Article{ID: "k3", Published: mustDay("2024-02-09"),
		Text: `Fighters of the MNJTF and a CJTF unit repelled an attack near Gubio on Thursday, killing 6 militants, Captain Musa Garba said.`})
	for _, e := range evs3 {
		for _, w := range []string{"mnjtf", "cjtf"} {
			if slices.Contains(e.Keywords, w) {
				t.Errorf("keywords %v hold %q", e.Keywords, w)
			}
		}
	}
	// words for kinds of places ("Governorate", "Oblast") name no one
	evs4 := x.Extract(Article{ID: "k4", Published: mustDay("2024-02-09"),
		Text: `On 8 February 2024, gunmen killed a teacher in Bajil District of Raymah Governorate, Sheikh Nabil Qaid said.`})
	for _, e := range evs4 {
		for _, w := range []string{"governorate", "district"} {
			if slices.Contains(e.Keywords, w) {
				t.Errorf("keywords %v hold %q", e.Keywords, w)
			}
		}
		if !slices.Contains(e.Keywords, "nabil") {
			t.Errorf("keywords %v lack %q", e.Keywords, "nabil")
		}
	}
	if len(evs4) == 0 {
		t.Errorf("no event in the governorate note")
	}
	for _, w := range []string{"police", "tromso", "thursday", "forklift"} {
		if slices.Contains(got, w) {
			t.Errorf("keywords %v hold %q", got, w)
		}
	}
}

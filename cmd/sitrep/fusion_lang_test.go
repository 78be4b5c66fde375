package main

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// TestFusionAcrossLanguages ingests reports written for this test in
// Russian, Dari, Pashto and English about incidents on the Tajik–Afghan border,
// in western Afghanistan and in Kyrgyzstan's south: each incident told in
// the region's language (placed at province level, or in another place's
// words) and in English (placed at a district or town), and look-alikes
// the same day in the same province (a Russian and a Dari report of other
// incidents, the same kind of violence by the same sides). Reports of one
// incident share the people they name, written in two scripts; the
// look-alikes name others.
func TestFusionAcrossLanguages(t *testing.T) {
	evs := manifestEvents(t, "testdata/fusion_lang/manifest.jsonl")
	tests := []struct {
		files []string // the reports of one incident
		langs []string // the languages its claims must be in
	}{
		{[]string{"tj-1-en-wire.txt", "tj-1-ru-wire.txt"}, []string{"en", "ru"}},
		{[]string{"tj-2-ru-agency.txt"}, []string{"ru"}},
		{[]string{"af-1-en-wire.txt", "af-1-fa-agency.txt", "af-1-ps-radio.txt"}, []string{"en", "fa", "ps"}},
		{[]string{"af-2-en-wire.txt", "af-2-fa-site.html"}, []string{"en", "fa"}},
		{[]string{"af-3-fa-agency.txt"}, []string{"fa"}},
		{[]string{"kg-1-en-brief.txt", "kg-1-ru-site.html"}, nil},
	}
	if len(evs) != len(tests) {
		t.Errorf("%d events, want %d", len(evs), len(tests))
	}
	byFiles := map[string]event.Event{}
	for _, e := range evs {
		var fs []string
		for _, a := range e.Articles {
			fs = append(fs, filepath.Base(a.Origin))
		}
		sort.Strings(fs)
		byFiles[strings.Join(fs, " ")] = e
	}
	for _, tc := range tests {
		key := strings.Join(tc.files, " ")
		e, ok := byFiles[key]
		if !ok {
			t.Errorf("no event of exactly %s; events of: %v", key, keys(byFiles))
			continue
		}
		if len(e.Outlets) != len(tc.files) {
			t.Errorf("%s: outlets %v, want one per report", key, e.Outlets)
		}
		langs := map[string]bool{}
		for _, c := range e.Claims {
			langs[c.Lang] = true
		}
		for _, l := range tc.langs {
			if !langs[l] {
				t.Errorf("%s: no claim in %s; claims: %+v", key, l, e.Claims)
			}
		}
	}
}

func keys(m map[string]event.Event) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

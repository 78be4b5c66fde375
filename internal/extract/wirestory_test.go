package extract_test

import (
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/extract"
)

// A wire story filed from a capital: "the town of X" names its own town
// (it is no "the town" pointing back to the dateline), and an act the
// other side "later" committed is an event of its own, not the first
// event told again. Needs the real gazetteer for both towns.
func TestLaterActAndTownOf(t *testing.T) {
	x := realExtractor(t)
	title := "Drone strike kills six in Sudan, army says"
	text := "KHARTOUM (Reuters) — A drone strike killed six people at a market in southern Sudan on Thursday, the army said.\n\n" +
		"The strike hit the market near the town of Kosti, the army added.\n\n" +
		"The paramilitary group later shelled army positions in western Sudan, the army said, without giving casualties."
	evs := x.Extract(extract.Article{ID: "w", Title: title, Text: text, Published: time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)})
	if len(evs) != 2 {
		t.Fatalf("%d events, want the strike and the shelling: %+v", len(evs), evs)
	}
	if evs[0].Location != "Kosti" || len(evs[0].Claims) == 0 {
		t.Errorf("the strike: at %q with claims %+v, want Kosti and its six dead", evs[0].Location, evs[0].Claims)
	}
	if len(evs[1].Claims) != 0 {
		t.Errorf("the shelling: claims %+v, want none", evs[1].Claims)
	}
}

// TestTownOfIsNoDatelineAnaphor: "the town of X" names a town of its own,
// even one the gazetteer lacks; only a bare "the town" or "the city"
// points back to the dateline's.
func TestTownOfIsNoDatelineAnaphor(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text     string
		dateline bool
	}{
		{"KHARTOUM (Reuters) — Gunmen killed six traders at a market on Thursday, the army said.\n\nThe attack took place near the town of Umm Qarfa, the army added.", false},
		{"KHARTOUM (Reuters) — Gunmen killed six traders at a market on Thursday, the army said.\n\nThe attack took place in the north of the city, the army added.", true},
	} {
		evs := x.Extract(extract.Article{ID: "t", Text: tc.text, Published: pub})
		if len(evs) != 1 {
			t.Errorf("%d events, want 1", len(evs))
			continue
		}
		if got := evs[0].Location == "Khartoum"; got != tc.dateline {
			t.Errorf("%q: placed at %q, dateline town %v", tc.text, evs[0].Location, tc.dateline)
		}
	}
}

// TestWireRaidStory: a wire story of one raid told in three paragraphs is
// one event: "overnight" dates it to the night before the story, the
// department a later sentence names places it within the region the
// lead gave, and the troops "deployed to the area" afterwards are no
// event of their own.
func TestWireRaidStory(t *testing.T) {
	x := realExtractor(t)
	title := "Gunmen kill 14 in Cameroon village raid"
	text := "YAOUNDE (Reuters) - Gunmen killed at least 14 people in an overnight raid on a village in Cameroon's Far North region, a local official said on Thursday.\n\n" +
		"The attackers stormed the village in Mayo-Sava department late on Wednesday, shooting residents and burning granaries, the official said.\n\n" +
		"Soldiers have been deployed to the area, he added."
	evs := x.Extract(extract.Article{ID: "r", Title: title, Text: text, Published: time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)})
	if len(evs) != 1 {
		t.Fatalf("%d events, want the raid alone: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.EventDate != "2025-03-05" || e.Admin1 != "Far North" || e.Location != "Mayo-Sava" {
		t.Errorf("the raid: %s at %q / %q, want 2025-03-05 in Mayo-Sava (Far North)", e.EventDate, e.Admin1, e.Location)
	}
}

// TestDatelines: where a story was filed is no place of its event, in
// the forms outlets write it: a city of two words in capitals before the
// agency ("MEXICO CITY (AP) —") and a city in capitals before a colon
// (South Asian papers' "ISLAMABAD:"), or in title case before a colon or a
// comma ("Lahore:", "Mexico City, March 3 (AP) -").
func TestDatelines(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, loc, notLoc string }{
		{"MEXICO CITY (AP) — Authorities in the state of Guanajuato said Sunday that they found the bodies of nine men dumped along a road near the city of Irapuato.", "Irapuato", "Mexico City"},
		{"ISLAMABAD: Gunmen shot dead four labourers at a construction site in Balochistan on Monday, police said.", "Balochistan", "Islamabad"},
		// in title case, a colon after the opening place is a dateline when
		// the sentence names a finer place of its own, and places joined by
		// a slash open it together
		{"Lahore: Two policemen were shot dead in Sialkot district on Monday, officials said.", "Sialkot", "Lahore"},
		{"Karachi / Lahore: Gunmen shot dead a cleric in Sukkur district on Friday, police said.", "Sukkur", "Karachi"},
		{"Mexico City, March 3 (AP) - Gunmen killed five people in Sinaloa state, officials said.", "Sinaloa", "Mexico City"},
	} {
		evs := x.Extract(extract.Article{ID: "d", Text: tc.text, Published: pub})
		if len(evs) != 1 {
			t.Errorf("%q: %d events, want 1", tc.text, len(evs))
			continue
		}
		if evs[0].Location != tc.loc {
			t.Errorf("%q: placed at %q, want %q (not the dateline's %q)", tc.text, evs[0].Location, tc.loc, tc.notLoc)
		}
	}
}

// TestCityNewsStory: a city outlet's story of a blast: the police
// spokesman named in an apposition is no inverted speaker of what
// follows his verb ("..., confirmed the incident but said..."), so the
// police do not become the bombers; a group that "has claimed similar
// attacks" in the past is no doer when "no group has claimed" this one.
func TestCityNewsStory(t *testing.T) {
	x := realExtractor(t)
	title := "Two killed in explosion in western Kabul"
	text := "KABUL (City Wire) – At least two people were killed and seven others were wounded in an explosion in the west of Kabul city on Thursday afternoon, local sources said.\n\n" +
		"Hamid Sultani, the spokesman for the city police, confirmed the incident but said only one person was killed. No group has so far claimed responsibility for the attack. The Islamic State Khorasan Province (ISKP) has claimed similar attacks in the area in the past."
	evs := x.Extract(extract.Article{ID: "k", Title: title, Text: text, Published: time.Date(2025, 3, 7, 0, 0, 0, 0, time.UTC)})
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1: %+v", len(evs), evs)
	}
	if e := evs[0]; e.Actor1 != "Unidentified Armed Group" {
		t.Errorf("the bomber: %q, want an unidentified group", e.Actor1)
	}
}

// TestRussianDatelineSentence: a Russian agency's dateline that the
// sentence splitter cuts off ("ДУШАНБЕ, 9 марта.") is where the story was
// filed, not where the incident was.
func TestRussianDatelineSentence(t *testing.T) {
	x := realExtractor(t)
	text := "ДУШАНБЕ, 9 марта. Двое вооруженных нарушителей были уничтожены при попытке прорыва через границу, сообщили в пресс-центре ГКНБ Таджикистана."
	evs := x.Extract(extract.Article{ID: "r", Text: text, Published: time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC), Language: "ru"})
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
	if evs[0].Admin1 == "Dushanbe" {
		t.Errorf("placed at the dateline's %q", evs[0].Location)
	}
}

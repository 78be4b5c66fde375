package extract

import "testing"

// TestSuicidePlurals: a suicide bombing told in the plural ("twin suicide
// blasts", "two suicide attacks") is a suicide bomb like the singular,
// and so is one told by its vehicle ("suicide car bomber").
func TestSuicidePlurals(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"Twin suicide blasts killed 12 people at a cattle market in Sirwah, police said.",
		"Seven worshippers died in two suicide attacks on mosques near Djenne.",
		"Two suicide attackers killed nine soldiers at a checkpoint in Menaka.",
		"Suicide truck bomber hits police post in Gao, kills six",
		"A suicide car bomber rammed a convoy near Taiz on Monday, killing four guards.",
	} {
		evs := x.Extract(Article{ID: "p", Text: text, Published: mustDay("2024-06-05")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", text)
			continue
		}
		if evs[0].SubEventType != "Suicide bomb" {
			t.Errorf("%q: %s/%s, want Suicide bomb", text, evs[0].EventType, evs[0].SubEventType)
		}
	}
}

package extract

import "testing"

// TestFiredAt: shots fired at a post, a patrol or a crowd are an event
// even when nobody was hit ("No casualties").
func TestFiredAt(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, typ string }{
		{"Unidentified gunmen fired at a police post near Bannu overnight. No casualties were reported.", "Battles"},
		{"Gunmen fired on a patrol of soldiers near Kidal on Tuesday, the army said.", "Battles"},
		{"Soldiers opened fire on protesters in Quito on Monday, killing two.", "Protests"},
		// headlines tell it in the present
		{"Police fire on protesters in Quito, killing two.", "Protests"},
		{"Gunmen fire at police post in Kidal.", "Battles"},
		// South Asian papers tell a border's exchanges as "firing"
		{"Troops resort to unprovoked firing across the border near Kidal.", "Battles"},
		// an exchange of fire in the present and as a trade
		{"Militants and border guards exchange fire near Kidal", "Battles"},
		{"Two armies traded fire across the border near Kidal on Sunday.", "Battles"},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2025-06-03")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].EventType != tc.typ {
			t.Errorf("%q: %s / %s, want %s", tc.text, evs[0].EventType, evs[0].SubEventType, tc.typ)
		}
	}
}

// TestCrowds: a crowd fired on is civilians, unless the text says it is
// a crowd of protesters; an angry crowd that torches is rioters.
func TestCrowds(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, sub string }{
		{"Troops fired on a crowd in Kidal on Sunday, killing three.", "Attack"},
		{"Soldiers opened fire on mourners at a funeral near Kidal, killing four.", "Attack"},
		{"Police fired on a crowd of protesters in Quito, killing two.", "Excessive force against protesters"},
		{"An angry crowd torched a police station in Goma.", "Violent demonstration"},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2025-06-03")})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].SubEventType != tc.sub {
			t.Errorf("%q: %s, want %s", tc.text, evs[0].SubEventType, tc.sub)
		}
	}
}

// TestBlazeIsNoShooting: "fire at" after a determiner is a blaze, and a
// blaze that kills is no one's attack.
func TestBlazeIsNoShooting(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"Police said the fire at the depot in Kidal was started by a faulty cable.",
		"A blaze killed three workers at a garment factory in Quito on Monday.",
	} {
		for _, e := range x.Extract(Article{ID: "s", Text: text, Published: mustDay("2025-06-03")}) {
			t.Errorf("%q: event %s / %s", text, e.EventType, e.SubEventType)
		}
	}
}

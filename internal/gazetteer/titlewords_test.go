package gazetteer

import "testing"

// TestCapsOnlyWordBesideAPlace: a common word capitalised by title case
// or the sentence start is no town when the sentence names a real place;
// after a locative, or with no other place named, it may be one.
func TestCapsOnlyWordBesideAPlace(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, word string
		found      bool
	}{
		{"Young Man Shot Dead by Gunmen in Kidal", "Man", false},
		{"Last Man Standing: Fighting Rages Near El Fasher", "Man", false},
		{"Man killed as rockets hit Sderot overnight.", "Man", false},
		{"Three Dead as Clashes Erupt in Man", "Man", true},
		{"Herders clash near Man in western Ivory Coast.", "Man", true},
	} {
		if got := mentionCount(g, tc.text, tc.word) > 0; got != tc.found {
			t.Errorf("%q: %s found %v, want %v", tc.text, tc.word, got, tc.found)
		}
	}
}

// TestMixedCaseAbbreviation: a short word with an inner capital is an
// abbreviation, not a town; longer names with one are places.
func TestMixedCaseAbbreviation(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"MoI", true}, {"JuA", true}, {"LoC", true}, {"MoD", true}, {"FAMa", true}, {"IDPs", true},
		{"Moi", false}, {"MOI", false}, {"McAllen", false}, {"DeKalb", false}, {"Gao", false},
	} {
		if got := mixedCaseAbbrev(tc.word); got != tc.want {
			t.Errorf("mixedCaseAbbrev(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
	g := real(t)
	for _, text := range []string{"Nine insurgents killed in Zabul in 24 hours: MoI.", "Gunmen of the JuA faction attacked a post in Zhob.",
		"Militants ambushed a FAMa patrol near Gao."} {
		for _, m := range g.FindMentions(text) {
			if mixedCaseAbbrev(m.Text) {
				t.Errorf("%q: %s taken for a place", text, m.Text)
			}
		}
	}
}

// TestOfNameHead: a common word that heads a longer "X of Y" name the
// index does not hold whole is no town of that spelling (opensOfName);
// the place after "of" still is one.
func TestOfNameHead(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, head, place string }{
		{"Troops traded fire across the Line of Control near Kotli on Sunday.", "Line", "Kotli"},
		{"Two guards were hurt when gunmen robbed the Bank of Sirte branch.", "Bank", "Sirte"},
	} {
		found := false
		for _, m := range g.FindMentions(tc.text) {
			if m.Text == tc.head {
				t.Errorf("%q: %s taken for a place", tc.text, tc.head)
			}
			found = found || m.Text == tc.place
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.place)
		}
	}
}

// TestPossessiveNameHead: a common word or given name in the possessive
// opening a capitalised name is an institution's, not a town's; a
// province so written is still the place.
func TestPossessiveNameHead(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, word string
		found      int
	}{
		{"She studied at Grace's Academy before the war.", "Grace", 0},
		{"Guards were posted at the Bishop's Palace gate after the raid.", "Bishop", 0},
		{"Inmates rioted at Helmand's Central Prison on Sunday.", "Helmand", 1},
	} {
		if got := mentionCount(g, tc.text, tc.word); got != tc.found {
			t.Errorf("%q: %s found %d times, want %d", tc.text, tc.word, got, tc.found)
		}
	}
}

// TestAcronymAfterLocative: after a locative, an acronym in capitals
// after a town names what happened there ("IBO", "IED"), no longer name
// the town opens.
func TestAcronymAfterLocative(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, word string
		found      bool
	}{
		{"Seven terrorists killed in Kohat IBO, officials said.", "Kohat", true},
		// without a locative the capitals may go on the name
		{"He left the Kohat PTI office on Friday.", "Kohat", false},
	} {
		if got := mentionCount(g, tc.text, tc.word) > 0; got != tc.found {
			t.Errorf("%q: %s found %v, want %v", tc.text, tc.word, got, tc.found)
		}
	}
}

package gazetteer

import "testing"

// TestPersonSubject: a small town's name opening a clause before a verb
// only people do, or called a person by an apposition, is a person, and
// so are its other bare mentions; after a preposition it is where the
// speaker is from, and a capital or a province speaks for its government.
func TestPersonSubject(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, word string
		found      int // mentions of word kept as places
	}{
		{"Kirby told reporters the convoy had been ambushed. Kirby later visited the wounded.", "Kirby", 0},
		{"Asked about the raid, Quincy declined to comment.", "Quincy", 0},
		{"The sheriff arrived and Quincy said nothing at all.", "Quincy", 0},
		// a list of places a locative governs is no new clause's subject
		{"Police in Amarillo and Quincy arrested four men after the riot.", "Quincy", 1},
		{"The sheriff said Smith and Quincy arrested the men.", "Quincy", 0},
		{"A farmer from Kirby said the raid began at dawn.", "Kirby", 1},
		{"Gunmen raided a farm near Kirby. Residents said two men died.", "Kirby", 1},
		{"The fire was directed at Quincy, the former vice presidential candidate, aides said.", "Quincy", 0},
		{"Kirby, the owner of the bakery, was among the wounded.", "Kirby", 0},
		{"Clashes broke out in Kirby, a town on the river, on Monday.", "Kirby", 1},
		{"Kabul said the strike killed ten people.", "Kabul", 1},
		// an age, or a person's noun before the name, whatever town the
		// name also is; after a locative the number counts the place's
		{"The court heard that Dover, 38, of Amarillo, fired first.", "Dover", 0},
		{"Gunmen killed his son, Kirby, and two neighbours near Bossangoa.", "Kirby", 0},
		{"He was jailed for the murder of his estranged wife, Quincy, in 2019.", "Quincy", 0},
		{"A schoolteacher, Maria Gomez, was abducted in Michoacan on Friday.", "Maria Gomez", 0},
		// a name given to a person; a village so named is a place
		{"They buried their infant son, whom the couple had named Quincy.", "Quincy", 0},
		{"A 12-year-old boy named Kirby was shot in Amarillo.", "Kirby", 0},
		{"Fighting reached a village named Kirby overnight.", "Kirby", 1},
		{"Clashes left dead in Kirby, 12, and in the hills.", "Kirby", 1},
		{"Floods reached the capital, Kabul, and the north.", "Kabul", 1},
		{"Helmand said the road had reopened.", "Helmand", 1},
		// what befalls a person: a headline's lone victim, whatever the
		// town's rank; a province stays itself
		{"Man killed in shelling near the border, officials say.", "Man", 0},
		{"Kirby arrested after the raid, police said.", "Kirby", 0},
		{"Sindh arrested 40 suspects after the riots.", "Sindh", 1},
	} {
		if got := mentionCount(g, tc.text, tc.word); got != tc.found {
			t.Errorf("%q: %s found %d times, want %d", tc.text, tc.word, got, tc.found)
		}
	}
}

package gazetteer

import "testing"

// TestHeadlineWordsAreNoPlaces: words a headline capitalises for other
// reasons (its style, the start of the line, half of a hyphened compound)
// are no places even where some town bears their name, while the real
// places of the same lines and a country's abbreviation written in
// capitals still resolve.
func TestHeadlineWordsAreNoPlaces(t *testing.T) {
	g := real(t)
	cases := []struct {
		label, text, name string
		place             bool   // name resolves at all
		cc                string // and then in this country
	}{
		{"a word that abbreviates a country only in capitals, opening a line", "Car ambush on the Djibo road leaves three soldiers dead.", "Car", false, ""},
		{"the real place of that line", "Car ambush on the Djibo road leaves three soldiers dead.", "Djibo", true, "BF"},
		{"the abbreviation in capitals", "CAR troops repel rebels near Bambari.", "CAR", true, "CF"},
		{"title case: a level word two capitals on names the next name", "Mortar Rounds Hit Malakal Town, Residents Say", "Hit", false, ""},
		{"title case: the named town itself", "Mortar Rounds Hit Malakal Town, Residents Say", "Malakal", true, "SS"},
		{"title case: a level word after a comma names nothing before it", "Bandit Raid in Zamfara Costs Six Lives, Including Village Chief", "Lives", false, ""},
		{"half of a hyphened compound", "Pro-Government Fighters Seize Border Post in Cross-Border Raid Near Malakal", "Cross", false, ""},
		{"a province after a locative, qualifying a noun", "Two soldiers killed in Sokoto Humvee ambush, army says.", "Sokoto", true, "NG"},
		{"a province near a reserve's name", "Bandits killed four herders near Zamfara Forest Reserve.", "Zamfara", true, "NG"},
		{"title case: a locative governs the phrase a common word opens", "Two Soldiers Killed in Mine Blast Near Djibo", "Mine", false, ""},
		{"title case: the same for a vehicle", "Nine Killed in Convoy Ambush in Malakal", "Convoy", false, ""},
		{"title case: the town after that phrase", "Nine Killed in Convoy Ambush in Malakal", "Malakal", true, "SS"},
		{"the place after the compound", "Pro-Government Fighters Seize Border Post in Cross-Border Raid Near Malakal", "Malakal", true, "SS"},
	}
	for _, c := range cases {
		var p *Place
		for _, r := range g.Resolve(c.text) {
			if r.Text == c.name {
				p = r.Place
				break
			}
		}
		switch {
		case c.place && (p == nil || p.CountryCode != c.cc):
			t.Errorf("%s: %q in %q resolved to %v, want a place in %s", c.label, c.name, c.text, p, c.cc)
		case !c.place && p != nil:
			t.Errorf("%s: %q in %q resolved to %s (%s), want no place", c.label, c.name, c.text, p.Name, p.CountryCode)
		}
	}
}

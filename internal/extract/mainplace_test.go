package extract

import "testing"

// An event whose own sentences and paragraph name no place is where the
// article keeps returning to, one step less precise; when the article
// names two places equally often it does not say which, and the event
// stays at the country. History told in passing is not placed so. With
// neither, the headline's place in the body's country is; with no place
// at all, the home country of the group the text names.
func TestArticleMainPlace(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, title, text string
		loc               string
		geo               int
	}{
		{"the town the article keeps naming", "",
			"Traders in Menaka closed their stalls early, a Mali radio station said.\n\n" +
				"Gunmen shot dead two herders on Sunday, officials said.\n\n" +
				"A convoy from Gao reached Menaka the next day, and Menaka's mayor asked for patrols.",
			"Menaka", 2},
		{"two towns named as often: the country", "",
			"Traders in Menaka closed their stalls early, a Mali radio station said.\n\n" +
				"Gunmen shot dead two herders on Sunday, officials said.\n\n" +
				"A convoy later left Gao.",
			"Mali", 3},
		{"a province backs the town inside it", "",
			"Mopti officials and a Mali radio station spoke of fear in the region.\n\n" +
				"Gunmen shot dead two herders on Sunday, officials said.\n\n" +
				"Markets in Djenne stayed shut.",
			"Djenne", 2},
		{"the headline's town, when the body names it only as its speaker's",
			"Three herders killed in Gao ambush",
			"A spokesman for the Gao regional governor said on Sunday that gunmen on motorbikes opened fire on a camp, killing three herders.",
			"Gao", 2},
		{"no place at all: the named group's home country", "",
			"JNIM fighters killed four soldiers in an ambush on Sunday, the army said.",
			"Mali", 3},
		{"history told in passing stays at the country", "",
			"Traders in Menaka closed their stalls on Friday, a Mali radio station said.\n\n" +
				"In 2015 gunmen shot dead two herders, officials said.\n\n" +
				"Menaka's mayor asked for patrols.",
			"Mali", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "p", Title: tc.title, Text: tc.text, Published: mustDay("2024-03-08")})
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			e := evs[len(evs)-1]
			if e.Location != tc.loc || e.GeoPrecision != tc.geo {
				t.Errorf("got %s (geo %d), want %s (geo %d)", e.Location, e.GeoPrecision, tc.loc, tc.geo)
			}
		})
	}
}

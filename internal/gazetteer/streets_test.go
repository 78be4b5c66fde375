package gazetteer

import (
	"slices"
	"testing"
)

// TestStreets: a street's name opened by "Rue", "Calle", "Avenida" or
// "Jalan" names no town, nor does the abbreviated rank before a person
// ("Det. Carla Moura"); the city after them still does.
func TestStreets(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text string
		want []string // mentions found, in order
	}{
		{"Robbers raided a jeweller on Rue de Rivoli in Paris on Monday.", []string{"Paris"}},
		{"Gunmen shot a trader on Calle Madero in Mexico City.", []string{"Mexico City"}},
		{"A grenade hit a bank on Jalan Sudirman in Jakarta.", []string{"Jakarta"}},
		{"Protesters marched along Avenida Boa Viagem in Recife.", []string{"Recife"}},
		{"He was shot by his partner, Det. Carla Moura, in Recife.", []string{"Recife"}},
	} {
		if got := mentionTexts(g, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: mentions %q, want %q", tc.text, got, tc.want)
		}
	}
}

// mentionTexts are the texts of the mentions FindMentions finds in text,
// in order.
func mentionTexts(g *Gazetteer, text string) []string {
	var out []string
	for _, m := range g.FindMentions(text) {
		out = append(out, m.Text)
	}
	return out
}

// mentionCount is how many of text's mentions are written word.
func mentionCount(g *Gazetteer, text, word string) int {
	n := 0
	for _, m := range g.FindMentions(text) {
		if m.Text == word {
			n++
		}
	}
	return n
}

// TestArabicArticleCompound: the Arabic article spaced from a name's
// first word and hyphened to the next goes on the name ("Jisr
// ash-Shughur"), whose first word alone is no town ("Khan", "Ain"
// abroad) when the index lacks the whole (arabicLink).
func TestArabicArticleCompound(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Clashes were reported in Jisr ash-Shughur on Sunday.", []string{"Jisr ash-Shughur"}},
		{"Fighting went on near Khan al-Assal overnight.", nil},
		{"Gunmen clashed in Ain al-Remmaneh (Beirut) on Thursday.", []string{"Beirut"}},
	} {
		if got := mentionTexts(g, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: mentions %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCompoundVariant: a compound the index lacks as written is read by
// its spelling variant, and its last part is no town of its own (a city
// abroad named like it).
func TestCompoundVariant(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name, country string // country "" when unresolved
	}{
		{"Egyptian police raided a flat in Shibin al-Kom on Monday.", "Shibin al-Kom", "EG"},
		{"Police raided a flat in Shibin al-Kom on Monday.", "Shibin al-Kom", ""},
	} {
		got := map[string]string{}
		for _, r := range g.Resolve(tc.text) {
			got[r.Text] = ""
			if r.Place != nil {
				got[r.Text] = r.Place.CountryCode
			}
		}
		c, ok := got[tc.name]
		if !ok || c != tc.country || len(got) > 2 {
			t.Errorf("%q: read %v, want %s in %q and no other town", tc.text, got, tc.name, tc.country)
		}
	}
}

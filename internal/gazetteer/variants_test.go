package gazetteer

import "testing"

func TestArabicArticle(t *testing.T) {
	for _, tc := range []struct{ name, country, want string }{
		{"Al Ḩamrāwīyah", "SY", "Ḩamrāwīyah"},
		{"Al-Mudawwarah", "JO", "Mudawwarah"},
		{"As Sulaymānīyah", "IQ", "Sulaymānīyah"},
		{"Ash Shumaysī", "SA", "Shumaysī"},
		{"El Tawīlah", "SD", "Tawīlah"},
		{"Al Ain", "AE", ""},     // too short a stem to be a name alone
		{"Al Mawsil", "GB", ""},  // not a country whose names carry the article
		{"Alhambra", "SY", ""},   // no article
		{"El Paso", "US", ""},    // Spanish, not Arabic
		{"al khatwah", "YE", ""}, // a lower-case remainder is no name
		{"Almaty", "KZ", ""},     // no article, wrong country
	} {
		if got := arabicArticle(tc.name, tc.country); got != tc.want {
			t.Errorf("arabicArticle(%q, %s) = %q, want %q", tc.name, tc.country, got, tc.want)
		}
	}
}

// TestArticleDroppedInText: English text drops the Arabic article the
// gazetteer's names carry.
func TestArticleDroppedInText(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Shelling hit displacement camps around Fasher on Sunday.", "Fasher", want{"SD", "", "", 0}},
		{"Tribal fighters clashed near Bayda in central Yemen.", "Bayda", want{"YE", "", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

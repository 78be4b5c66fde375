package gazetteer

import "testing"

// TestDatelineDash: a dateline closed by a hyphen between spaces (as
// typed by papers without an em dash) is a place, and the capitalised
// article after the dash opens the story, so the name it precedes is read
// too. A hyphen inside a word still joins it.
func TestDatelineDash(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		lat, lon   float64
	}{
		{"GREELEY - A Weld County deputy was hurt in a crash on Sunday.", "GREELEY", 40.42, -104.71},
		{"GREELEY - A Weld County deputy was hurt in a crash on Sunday.", "Weld County", 40.55, -104.39},
		{"TOWNSVILLE -- A man was arrested after a siege at a motel.", "TOWNSVILLE", -19.26, 146.82},
		{"(Reuters) - A Cochise County rancher found the tracks at dawn.", "Cochise County", 31.88, -109.75},
		{"KISUMU — A Kisumu County official said the lake had risen.", "Kisumu County", -0.2, 34.9},
	} {
		nearPoint(t, tc.text+" ["+tc.name+"]", resolvedAs(g.Resolve(tc.text), tc.name), tc.lat, tc.lon)
	}
	for _, r := range g.Resolve("Talks between Guinea-Bissau and Senegal resumed.") {
		if r.Text == "Guinea" {
			t.Errorf("the hyphen in Guinea-Bissau split the name")
		}
	}
}

package gazetteer

import (
	"strings"
	"testing"
)

// TestSharedShortName: a bare name that two countries go by (one as an
// alternate, the other without its state form) is the more populous
// country unless the text's other places lie in the other; a country's
// own name is nobody else's.
func TestSharedShortName(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name, cc string
	}{
		{"Artillery shells hit an island off Korea, officials say", "Korea", "KR"},
		{"Korea fires artillery near Wonsan, state media says", "Korea", "KP"},
		{"Korea: soldiers cross the border near Kaesong at dawn", "Korea", "KP"},
		{"China warns Taipei over drills in the strait", "China", "CN"},
	} {
		if r := resolvedIn(t, g, tc.text, tc.name); r != nil {
			want{tc.cc, "", "", KindCountry}.check(t, tc.text, r.Place)
		}
		s := strings.Index(tc.text, tc.name)
		res := g.ResolveSpans(tc.text, []Span{{s, s + len(tc.name)}})
		want{tc.cc, "", "", KindCountry}.check(t, tc.text+" (span)", res[0].Place)
	}
}

func TestShortName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Democratic People's Republic of Korea", "Korea"},
		{"Plurinational State of Bolivia", "Bolivia"},
		{"Republic of the Sudan", "Sudan"},
		{"Central African Republic", "Central African Republic"},
		{"United Kingdom", ""},
	} {
		if got := shortName(tc.name); got != tc.want {
			t.Errorf("shortName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

package gazetteer

import (
	"strings"
	"testing"
)

// TestCoherence: a shared name is read where the text's other places
// are, though a namesake elsewhere is bigger or a capital, both in free
// text and when the names come as given spans.
func TestCoherence(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
		freeOnly   bool // the neighbour is too far to vouch; only free text's context places it
	}{
		// a town of a province against a far bigger namesake abroad
		{"Traders in Hyderabad shut their shops; the strike spread to Mirpurkhas and Tando Allahyar.", "Hyderabad", want{"PK", "", "", 0}, false},
		{"Lahar flows buried farms between San Fernando, Bacolor and Guagua.", "San Fernando", want{"PH", "", "Pampanga", 0}, false},
		{"Cases of cholera were reported in Trinidad and in Riberalta.", "Trinidad", want{"BO", "Beni", "", 0}, true},
		{"Gunmen attacked a market in Kaya; residents fled to Kongoussi and Boulsa.", "Kaya", want{"BF", "", "", 0}, false},
		// the famous reading stays where the text is about it
		{"Talks in Hyderabad brought officials from Bengaluru and Chennai.", "Hyderabad", want{"IN", "Telangana", "", 0}, false},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
		if tc.freeOnly {
			continue
		}
		a := strings.Index(tc.text, tc.name)
		spans := []Span{{a, a + len(tc.name)}}
		res := g.ResolveSpans(tc.text, spans)
		tc.w.check(t, "spans: "+tc.text, res[0].Place)
	}
}

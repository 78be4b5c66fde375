package clean

import (
	"strings"
	"testing"
)

// TestShortPageKeepsBlocks: a brief whose text is too short for the main
// extraction keeps its paragraphs apart, so the dateline opens a
// paragraph and the headline is not read again inside the first sentence.
func TestShortPageKeepsBlocks(t *testing.T) {
	for _, tc := range []struct{ name, page, first string }{
		{"article", `<html><body><nav><a href="/">Home</a></nav><article><h1>Police disperse rally in La Paz</h1>
<p>LA PAZ, Aug 4 - Police fired tear gas at miners marching on the government palace on Tuesday, a union leader said.</p>
<p>Three marchers were detained.</p></article><footer>Contact us</footer></body></html>`, "LA PAZ, Aug 4 - Police fired tear gas"},
		{"main", `<html><body><main><h2>Clashes near Rumbek</h2><p class="by">Staff writer</p>
<p>JUBA, May 2 (Agency) - Cattle raiders clashed with a local militia near Rumbek on Sunday, killing six, officials said.</p></main></body></html>`, "JUBA, May 2 (Agency) - Cattle raiders"},
	} {
		p, err := HTML([]byte(tc.page), "", "")
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var opening string
		for _, para := range strings.Split(p.Text, "\n\n") {
			if strings.Contains(para, "- ") {
				opening = para
				break
			}
		}
		if !strings.HasPrefix(opening, tc.first) {
			t.Errorf("%s: the dateline does not open its paragraph:\n%s", tc.name, p.Text)
		}
	}
}

package clean

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestCapParagraphs: a page of more paragraphs than maxParagraphs is read
// up to the last allowed one, whatever the nesting; a shorter one whole.
func TestCapParagraphs(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("<p>Item %d: herders and farmers clashed near a well north of Mopti, the prefect said.</p>", i)
	}
	many := func(n int, wrap func(string) string) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			b.WriteString(wrap(para(i)))
		}
		return b.String()
	}
	flat := func(s string) string { return s }
	boxed := func(s string) string { return `<div class="item"><!-- row -->` + s + `<span>share</span></div>` }
	tests := []struct {
		name     string
		body     string
		cut      bool
		lastKept int
	}{
		{"wire report", "<article>" + many(12, flat) + "</article>", false, 12},
		{"exactly the limit", "<article>" + many(maxParagraphs, flat) + "</article>", false, maxParagraphs},
		{"flat list past the limit", "<article>" + many(maxParagraphs+500, flat) + "</article><footer>Contact</footer>", true, maxParagraphs},
		{"nested rows past the limit", "<main><section>" + many(maxParagraphs*3, boxed) + "</section><aside>More</aside></main>", true, maxParagraphs},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tc.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := capParagraphs(doc); got != tc.cut {
				t.Errorf("cut = %v, want %v", got, tc.cut)
			}
			var b strings.Builder
			if err := html.Render(&b, doc); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if !strings.Contains(out, fmt.Sprintf("Item %d:", tc.lastKept)) {
				t.Errorf("paragraph %d lost", tc.lastKept)
			}
			if strings.Contains(out, fmt.Sprintf("Item %d:", tc.lastKept+1)) {
				t.Errorf("paragraph %d kept", tc.lastKept+1)
			}
			if n := strings.Count(out, "<p>"); n != tc.lastKept {
				t.Errorf("%d paragraphs kept, want %d", n, tc.lastKept)
			}
		})
	}
}

// TestHTMLReadsALongPageInPart: a page of thousands of paragraphs (a
// dump, or an attack) is cleaned up to maxParagraphs of them, not
// refused and not read whole.
func TestHTMLReadsALongPageInPart(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><head><title>Daily incident log</title></head><body><article><h1>Daily incident log</h1>")
	for i := 1; i <= 3*maxParagraphs; i++ {
		fmt.Fprintf(&b, "<div><p>Entry %d. A roadside bomb struck a police pickup on the road out of Quetta, officials said.</p></div>\n", i)
	}
	b.WriteString("</article></body></html>")
	p, err := HTML([]byte(b.String()), "utf-8", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Text, "Entry 1. ") || !strings.Contains(p.Text, fmt.Sprintf("Entry %d. ", maxParagraphs)) {
		t.Errorf("the first %d paragraphs are not all kept", maxParagraphs)
	}
	if strings.Contains(p.Text, fmt.Sprintf("Entry %d. ", maxParagraphs+1)) {
		t.Errorf("paragraphs past the first %d kept", maxParagraphs)
	}
}

// TestTextTitleOfALongFirstLine: a text without line breaks gives a title
// cut from its start, and all of it as the text.
func TestTextTitleOfALongFirstLine(t *testing.T) {
	tests := []struct{ name, text string }{
		{"coder summary run together", strings.Repeat("Clashes between militia and the army in Beni territory left 4 dead and 2 wounded, local sources said; ", 3000)},
		{"words without punctuation", strings.Repeat("protesters gathered outside the governor office in Arequipa ", 5000)},
		{"one list of counts", "Reported toll: " + strings.Repeat("3 killed, 5 wounded, ", 10000) + "in Sanaag."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Text([]byte(tc.text + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Title) > maxTitleBytes+len("…") || !strings.HasSuffix(p.Title, "…") {
				t.Errorf("title of %d bytes: %.80q", len(p.Title), p.Title)
			}
			if !strings.HasPrefix(tc.text, strings.TrimSuffix(p.Title, "…")) {
				t.Errorf("title %.80q is not the text's start", p.Title)
			}
			if got, want := len(p.Text), len(strings.TrimSpace(tc.text)); got != want {
				t.Errorf("text of %d bytes, want all %d", got, want)
			}
		})
	}
	short := "Curfew extended in Osh after night of clashes\n\nAuthorities in the southern city extended the curfew by three days on Monday after overnight clashes left two people injured, police said.\n"
	p, err := Text([]byte(short))
	if err != nil || p.Title != "Curfew extended in Osh after night of clashes" {
		t.Errorf("short text: title %q, %v", p.Title, err)
	}
}

// TestTextReadUpToItsBudget: a plain text of megabytes is cleaned up to
// maxTextBytes, cut at a line break; a short one whole.
func TestTextReadUpToItsBudget(t *testing.T) {
	lines := func(line string, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "%s (%d)\n\n", line, i)
		}
		return b.String()
	}
	tests := []struct {
		name, text string
		cut        bool
	}{
		{"list of places", "Districts affected\n\n" + lines("Kandahar", 3*maxTextBytes), true},
		{"wire report", "Strike on a fuel depot\n\n" + lines("A drone struck a fuel depot outside Sanaa overnight, the rebel-run agency said, and fires burned until morning.", 40<<10), false},
		{"prose past the budget", "Floods in the delta\n\n" + lines("Water rose across three districts of the delta as the river broke its banks, officials said on Sunday.", maxTextBytes+maxTextBytes/2), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Text([]byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Text) > maxTextBytes {
				t.Errorf("%d bytes of text kept, over %d", len(p.Text), maxTextBytes)
			}
			if !tc.cut && len(p.Text) < len(tc.text)*9/10 {
				t.Errorf("short text cut: %d of %d bytes kept", len(p.Text), len(tc.text))
			}
			if tc.cut && strings.Contains(tc.text, ".") && len(p.Text) < maxTextBytes/2 {
				t.Errorf("only %d bytes kept", len(p.Text))
			}
		})
	}
}

package clean

import "fmt"

// Text cleans plain text that is often a copy-paste of a web page. The
// first non-empty line is the title, unless it is a navigation scrap and a
// headline follows before the first paragraph of prose, or it is itself
// the story's lead (a wire story copied without its headline: isLead),
// which stays in the text; a byline there gives Author and Published. A
// text of one line is a note, both title and text, when it ends a
// sentence or has minNoteWords words (a headline, a wire flash). Boilerplate lines (widgets, players, photo
// credits, calls to subscribe, repeated captions, the title repeated) and
// the reader-comment or related-links section that follows the article are
// dropped. It returns an error wrapping ErrBinary or ErrNotText for input
// that is not text in any charset it can detect (BOM, UTF-8, then
// windows-1251 or windows-1252 by the look of the bytes).
func Text(raw []byte) (Page, error) {
	s, err := decodeText(raw)
	if err != nil {
		return Page{}, fmt.Errorf("clean text: %w", err)
	}
	return cleanText(cutText(s)), nil
}

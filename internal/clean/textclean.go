package clean

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// cleanText cleans decoded plain text. The input is typically what a
// reader got by selecting a whole web page and pasting it: a header with
// navigation scraps, the title (sometimes twice), a byline, the article,
// then widgets, related links and reader comments.
func cleanText(s string) Page {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = dropBidi(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	paras := textParagraphs(s)

	var page Page
	// The header runs to the first paragraph that reads like prose. The
	// first real line is always part of it: it is the title by default,
	// even when it is a long question-shaped headline.
	first := 0
	for first < len(paras) && isWidgetLine(paras[first]) {
		first++
	}
	if first < len(paras) && isLead(paras[first]) {
		return leadPage(paras[first:])
	}
	body := first + 1
	for body < len(paras) && !isBodyParagraph(paras[body]) {
		body++
	}
	if body >= len(paras) {
		// Nothing after the first line reads like prose: a short note.
		// Its first line is the title, the rest is the text.
		body = min(first+1, len(paras))
	}

	// The header: pick the title, keep a standfirst, learn the byline.
	var kept []string
	titleAt := -1
	titlePara := "" // the paragraph the title comes from
	// A site's name and tagline often stand above the headline: the
	// headline is the fullest header line that is not a sentence.
	best, bestWords := -1, 3
	for i := first; i < body; i++ {
		p := paras[i]
		if isWidgetLine(p) || isCredit(p) || endsSentence(p) {
			continue
		}
		if _, _, ok := parseByline(p); ok {
			continue
		}
		if w := wordCount(p); w > bestWords {
			best, bestWords = i, w
		}
	}
	for i := 0; i < body; i++ {
		p := paras[i]
		if isWidgetLine(p) || isCredit(p) {
			continue
		}
		if titleAt < 0 && best > i {
			// Above the headline: masthead, tagline, section labels.
			continue
		}
		if author, date, ok := parseByline(p); ok {
			page.Author = firstNonEmpty(page.Author, author)
			if page.Published.IsZero() {
				page.Published = date
			}
			continue
		}
		if titleAt < 0 && (wordCount(p) >= 4 || !laterTitleCandidate(paras[i+1:body])) {
			titleAt = i
			page.Title, titlePara = titleOf(p), p
			continue
		}
		if titleAt >= 0 && len(p) <= 2*maxTitleBytes && normKey(plainTitle(p)) == normKey(page.Title) {
			continue
		}
		if wordCount(p) <= 3 && !endsSentence(p) {
			// Section labels and menu scraps ("Asia Pacific", "World").
			continue
		}
		kept = append(kept, p)
	}
	if titleAt < 0 && len(paras) > 0 && body > 0 {
		page.Title, titlePara = titleOf(paras[0]), paras[0]
	}

	kept = append(kept, cleanBody(paras[body:], page.Title)...)
	page.Text = strings.Join(kept, "\n\n")
	if page.Text == "" && (endsSentence(page.Title) || wordCount(page.Title) >= minNoteWords) {
		// A one-paragraph note: its only line is both title and text
		// (all of it, when the title is a cut of it).
		page.Text = page.Title
		if len(titlePara) > maxTitleBytes {
			page.Text = titlePara
		}
	}
	page.Language = detectLanguage(page.Text)
	return page
}

// minNoteWords is how many words a text of one line without a full stop
// needs to be a note (a headline, a wire flash, a feed item's title) rather
// than a scrap of a page ("Latest news", "Home | World"): a headline tells
// who did what where in five words or more.
const minNoteWords = 5

// isLead reports whether the first paragraph of a text is already prose:
// a wire story copied without its headline ("NIAMEY, March 4 (AFP) -
// Gunmen ambushed ..."): a body paragraph that ends with a full stop. A
// headline does not end with one, and one shaped as a question is still a
// headline.
func isLead(p string) bool {
	return isBodyParagraph(p) && strings.HasSuffix(strings.TrimRight(p, "\"”’' "), ".")
}

// leadPage is a text that opens with its lead: all of it is text, and the
// lead's first sentence stands for the title.
func leadPage(paras []string) Page {
	var page Page
	page.Title = titleOf(firstSentence(paras[0]))
	page.Text = strings.Join(cleanBody(paras, ""), "\n\n")
	page.Language = detectLanguage(page.Text)
	return page
}

// firstSentence returns p up to the end of its first sentence: a full
// stop, question or exclamation mark followed by a space and a capital or
// a digit. Abbreviations ("U.S. forces", "Gen. Ali") rarely meet that.
func firstSentence(p string) string {
	for i := 0; i+2 < len(p); i++ {
		switch p[i] {
		case '.', '!', '?':
			r, _ := utf8.DecodeRuneInString(p[i+2:])
			if p[i+1] == ' ' && (unicode.IsUpper(r) || unicode.IsDigit(r)) && i > 2 && p[i-2] != '.' && !unicode.IsUpper(rune(p[i-1])) {
				return p[:i+1]
			}
		}
	}
	return p
}

// laterTitleCandidate reports whether a header line after this one looks
// more like a headline (four or more words).
func laterTitleCandidate(rest []string) bool {
	for _, p := range rest {
		if !isWidgetLine(p) && !isCredit(p) && wordCount(p) >= 4 {
			if _, _, ok := parseByline(p); !ok {
				return true
			}
		}
	}
	return false
}

// isBodyParagraph reports whether a paragraph reads like article prose
// rather than a headline, label or widget.
func isBodyParagraph(p string) bool {
	w := wordCount(p)
	return w >= 20 || w >= 10 && endsSentence(p)
}

// cleanBody filters the paragraphs after the header.
func cleanBody(paras []string, title string) []string {
	nt := normKey(title)
	total := textLen(paras)
	var out []string
	seen := 0
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		pos := seen
		seen += len(p)
		late := total > 0 && pos*3 >= total
		short := len(p) < 300
		kind := classify(p)
		if kind == lineCommentStart {
			// Comments follow the article; a comment counter above the
			// first paragraphs is a share-bar link, not the section.
			if len(out) >= 2 {
				break
			}
			continue
		}
		if kind == lineRelated {
			if late {
				break
			}
			continue
		}
		if i+1 < len(paras) && paras[i+1] == p {
			// A caption shown twice (under the image and in the gallery
			// text); a long paragraph doubled by the copy keeps one copy.
			if short {
				i++
				seen += len(p)
				continue
			}
			continue
		}
		switch {
		case nt != "" && normKey(p) == nt:
			continue
		case kind != lineNone:
			continue
		case short && isCredit(p):
			continue
		case wordCount(p) <= 12 && !endsSentence(p) && nextIsWidget(paras[i+1:]) && !rxAttribution.MatchString(p):
			// A label next to a player or share widget: a video title, the
			// outlet's name above its comment box.
			continue
		}
		if _, _, ok := parseByline(p); ok && len(out) == 0 {
			continue
		}
		out = append(out, p)
	}
	out = trimTextTail(out)
	for len(out) > 1 && isMission(out[len(out)-1]) {
		out = trimTextTail(out[:len(out)-1])
	}
	return out
}

func nextIsWidget(rest []string) bool {
	return len(rest) > 0 && (isWidgetLine(rest[0]) || len(rest[0]) < 120 && rxCommentStart.MatchString(rest[0]))
}

// rxAttribution marks closing credit lines that belong to the article.
var rxAttribution = regexp.MustCompile(`(?i)^(?:with (?:additional )?reporting|additional reporting|reporting by|compiled by|edited by|written by|\(?(?:source|sources|with)\s*:)`)

// trimTextTail drops short label lines after the last paragraph (the
// outlet's name, a tag, "Share"), but keeps reporting credits.
func trimTextTail(paras []string) []string {
	for len(paras) > 1 {
		p := paras[len(paras)-1]
		if len(p) >= 40 || wordCount(p) > 4 || endsSentence(p) || rxAttribution.MatchString(p) {
			break
		}
		paras = paras[:len(paras)-1]
	}
	return paras
}

func isCredit(p string) bool {
	if len(p) >= 200 {
		return false
	}
	return rxCreditStart.MatchString(headOf(p, 80)) || mayCredit(p) && rxCredit.MatchString(p) && !endsSentence(p) ||
		len(p) < 60 && rxCreditLine.MatchString(p)
}

// rxCreditLine matches bare agency-photo credits ("AP Photos/Jane Doe").
var rxCreditLine = regexp.MustCompile(`(?i)^(?:[\pL&]+\s+)?(?:photos?|images?|foto|bild)\s*/\s*[\pL .'-]+$`)

// textParagraphs splits text into paragraphs. Lines within a blank-line
// separated block are paragraphs of their own unless the block looks
// hard-wrapped (long lines that end mid-sentence), in which case they are
// joined.
func textParagraphs(s string) []string {
	var out []string
	for _, block := range strings.Split(s, "\n\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if l = strings.TrimSpace(strings.Trim(l, "\u00a0\u200b\u2060\ufeff")); l != "" {
				lines = append(lines, strings.TrimSpace(l))
			}
		}
		if len(lines) == 0 {
			continue
		}
		if wrapped(lines) {
			out = append(out, strings.Join(lines, " "))
			continue
		}
		out = append(out, lines...)
	}
	return out
}

func wrapped(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	open := 0
	for i, l := range lines[:len(lines)-1] {
		// A line given twice running is a caption repeated, not prose
		// wrapped at a fixed width.
		if len(l) < 50 || isWidgetLine(l) || l == lines[i+1] {
			return false
		}
		if !endsSentence(l) {
			open++
		}
	}
	if isWidgetLine(lines[len(lines)-1]) {
		return false
	}
	return open*2 >= len(lines)-1
}

// rxByline matches "by NAME", optionally followed by a date and counters.
var rxByline = regexp.MustCompile(`(?i)^(?:by|von|por|par|autor:?|author:?)\s+([\pL][\pL.'’ -]{1,60}?)(?:\s*(?:,|\||•|·|-|–|—|\bon\b|\bam\b|\bel\b|\ble\b|\bupdated\b|\bpublished\b)\s*(.*))?$`)

var rxTextDate = regexp.MustCompile(`(?i)\b(\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\b`)

// parseByline recognises a byline line and reads the author and date.
func parseByline(p string) (author string, date time.Time, ok bool) {
	if len(p) > 150 || endsSentence(p) && wordCount(p) > 8 {
		return "", time.Time{}, false
	}
	m := rxByline.FindStringSubmatch(p)
	if m == nil {
		return "", time.Time{}, false
	}
	author = strings.TrimSpace(m[1])
	if wordCount(author) > 5 {
		return "", time.Time{}, false
	}
	if d := rxTextDate.FindString(p); d != "" {
		date = parseTextDate(d)
	}
	return author, date, true
}

func parseTextDate(d string) time.Time {
	d = strings.NewReplacer(",", "", ".", "").Replace(collapseSpace(d))
	for _, layout := range []string{"2 Jan 2006", "2 January 2006", "Jan 2 2006", "January 2 2006", "2006-01-02"} {
		if t, err := time.Parse(layout, d); err == nil && t.Year() > 1970 {
			return t
		}
	}
	return time.Time{}
}

// englishWords are English's commonest function words that other
// languages written in Latin letters rarely use as words of their own.
var englishWords = map[string]bool{
	"the": true, "and": true, "to": true, "of": true, "was": true, "were": true, "are": true,
	"said": true, "that": true, "with": true, "from": true, "by": true, "for": true, "has": true,
	"have": true, "had": true, "which": true, "this": true, "it": true, "at": true, "on": true,
	"they": true, "their": true, "been": true, "after": true, "who": true,
}

// englishShare is the share of the words of s (at least 40 of them) that
// are englishWords: English prose runs at 25–40%, other languages near 0
// (Dutch "is", "was", "of" and the odd loan word stay well under 10%).
func englishShare(s string) float64 {
	words, hits := 0, 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		if len(w) <= 5 && englishWords[strings.ToLower(w)] {
			hits++
		}
	}
	if words < 40 {
		return 0
	}
	return float64(hits) / float64(words)
}

// detectLanguage names the text's language when the guess is reliable.
func detectLanguage(text string) string {
	// A few hundred characters settle the language; trigram counting is
	// the costliest step of cleaning plain text, so it sees no more, and
	// most of what sitrep reads, English, never needs it.
	head := headOf(text, 600)
	if lang, cyr, ok := scriptLanguage(head); ok && !(cyr && lang == "ru" && len(text) >= 200) {
		return lang // a long text in plain Cyrillic may be Ukrainian or Bulgarian: the detector tells
	}
	if len(text) < 200 {
		return ""
	}
	if englishShare(head) >= 0.2 {
		return "en"
	}
	info := whatlanggo.Detect(head)
	if info.Lang < 0 || info.Confidence < 0.5 {
		return ""
	}
	return info.Lang.Iso6391()
}

package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract/sentence"
)

// How much work one article may cost. Most stages look at a few tokens
// around each word and are linear in the text, but some compare every
// party, trigger or speaker span of a sentence with every other, and some
// compare every event of an article with every other. Hostile or broken
// input (a sentence listing 20,000 counts, megabytes of words without a
// full stop) would make those quadratic: these limits keep every stage
// linear in the article's size. An article that reaches one is coded
// partially, and says so in its events' notes and a "partial" tag.
const (
	// maxSentTokens: a sentence of more tokens is read in pieces of at
	// most this many (cut after a comma where one is near). News sentences
	// run to 70 tokens, lists of victims to about 150; the quadratic parts
	// of a sentence then cost at most this number squared.
	maxSentTokens = 200
	// maxArticleBytes: the text read of one article; the rest is skipped.
	// A long news report is under 100 KB, a long analysis about 300 KB:
	// this bounds the time one input can take (every stage is linear up to
	// it) whatever the machine, unlike a wall-clock deadline, and the
	// memory its analysis holds: about 80 bytes per byte of dense text (a
	// list of counts), so 40 MB here, within ingest's 250 MB beside the
	// gazetteer's 70 MB and the input's own copies.
	maxArticleBytes = 512 << 10
	// maxEventsPerArticle: events one article may report. A report lists
	// a few dozen at most; each sentence is compared with the events told
	// so far.
	maxEventsPerArticle = 100
	// maxClaimsPerEvent: numbers kept for one event. Several outlets and
	// officials give a handful each; past this a text is a table, and
	// every claim carries its sentence into the stored event.
	maxClaimsPerEvent = 100
	// maxClaimsPerArticle: numbers kept for all the events of an article,
	// so that what one article stores stays small (each claim carries its
	// sentence) even when it reaches maxEventsPerArticle.
	maxClaimsPerArticle = 500
	// maxQuoteBytes: the longest quote a claim or denial carries. A piece
	// of maxSentTokens ordinary words is about 1,200 bytes; a longer one
	// holds a token of thousands of characters, and is cut around the
	// number.
	maxQuoteBytes = 1500
)

// limits records what an article's analysis left out, to tell the user.
type limits struct {
	end       int // bytes of the text read (the rest is past the budget)
	total     int // bytes of the whole body (the title is before it, at bodyAt)
	pieces    int // sentences read in pieces
	longest   int // pieces of the longest of them
	events    int // events not made, past maxEventsPerArticle
	claims    int // claims kept in the article
	claimsCut map[*evb]int
	quotesCut int
}

// clip returns body without what lies past maxArticleBytes (cut at a
// character), so that no stage copies or splits text it will not read:
// the whole of a 10 MiB input was copied and split in sentences for its
// first megabyte to be read. bound still cuts the last sentence at a space.
func (d *doc) clip(body string) string {
	d.lim.total = len(body)
	if len(body) <= maxArticleBytes {
		return body
	}
	end := maxArticleBytes
	for end > 0 && !utf8.RuneStart(body[end]) {
		end--
	}
	return body[:end]
}

// bound returns spans with the text past the article's budget left out
// (the sentence that crosses it cut at a space) and the sentences over
// maxSentTokens cut in pieces. It returns spans itself (no copy) when
// nothing is cut.
func (d *doc) bound(spans []sentence.Span) []sentence.Span {
	d.lim.end = len(d.text)
	var out []sentence.Span // nil while nothing is cut
	for k, sp := range spans {
		last := sp.End > maxArticleBytes
		if last {
			d.lim.end = sp.Start
			if sp.Start >= maxArticleBytes {
				// nothing of it is read
			} else if i := strings.LastIndexAny(d.text[sp.Start:maxArticleBytes], " \t\n"); i > 0 {
				d.lim.end = sp.Start + i
			}
			sp.End = d.lim.end
		}
		// a span of at most maxSentTokens bytes cannot hold more tokens
		long := sp.End-sp.Start > maxSentTokens && tokensOver(d.text[sp.Start:sp.End], maxSentTokens) >= 0
		if !long && !last {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]sentence.Span, 0, k+16), spans[:k]...)
		}
		if long {
			out = d.cutSpan(sp, out)
		} else {
			out = appendPiece(out, d.text, sp.Start, sp.End, sp.Para)
		}
		if last {
			return out
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// tokensOver returns the byte offset in s of the token past the first
// limit, or -1 if s has no more than limit tokens. Tokens are counted as
// tokenize makes them (a run of letters and digits, or one other
// non-space character), near enough: words joined by a hyphen count twice.
func tokensOver(s string, limit int) int {
	units := 0
	prevWord := false
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = decodeAt(s, i)
		}
		word := isWordRuneFast(r)
		if !isSpaceRune(r) && !(word && prevWord) {
			if units == limit {
				return i
			}
			units++
		}
		prevWord = word
		i += n
	}
	return -1
}

// cutSpan appends sp to out in pieces of at most maxSentTokens tokens,
// each cut after its last comma or semicolon when that is in its second
// half.
func (d *doc) cutSpan(sp sentence.Span, out []sentence.Span) []sentence.Span {
	n0 := len(out)
	for s := sp.Start; s < sp.End; {
		piece := d.text[s:sp.End]
		over := tokensOver(piece, maxSentTokens)
		if over < 0 {
			out = appendPiece(out, d.text, s, sp.End, sp.Para)
			break
		}
		cut := over
		if c := strings.LastIndexAny(piece[:over], ",;"); c > over/2 {
			cut = c + 1
		}
		out = appendPiece(out, d.text, s, s+cut, sp.Para)
		s += cut
	}
	d.lim.pieces++
	d.lim.longest = max(d.lim.longest, len(out)-n0)
	return out
}

// appendPiece appends text[s:e] without its outer spaces as a sentence.
func appendPiece(out []sentence.Span, text string, s, e, para int) []sentence.Span {
	piece := text[s:e]
	trimmed := strings.TrimLeftFunc(piece, isSpaceRune)
	s += len(piece) - len(trimmed)
	e = s + len(strings.TrimRightFunc(trimmed, isSpaceRune))
	if e <= s {
		return out
	}
	return append(out, sentence.Span{Start: s, End: e, Para: para})
}

// eventsFull: the article has all the events it may have; counts the one
// not made.
func (d *doc) eventsFull() bool {
	if len(d.events) < maxEventsPerArticle {
		return false
	}
	d.lim.events++
	return true
}

// claimsFull: ev or the article has all the claims it may have; counts
// the one left out, or the one kept.
func (d *doc) claimsFull(ev *evb) bool {
	if len(ev.claims) < maxClaimsPerEvent && d.lim.claims < maxClaimsPerArticle {
		d.lim.claims++
		return false
	}
	if d.lim.claimsCut == nil {
		d.lim.claimsCut = map[*evb]int{}
	}
	d.lim.claimsCut[ev]++
	return true
}

// notePartial tells, in e's notes and tags, what of the article was not
// coded because of the limits above.
func (d *doc) notePartial(ev *evb, e *event.Event) {
	var why []string
	if total := max(d.bodyAt+d.lim.total, len(d.text)); d.lim.end < total {
		why = append(why, fmt.Sprintf("only the first %s of %s of text read", mib(d.lim.end), mib(total)))
	}
	if d.lim.pieces > 0 {
		why = append(why, fmt.Sprintf("%d sentence(s) of over %d words read in pieces (the longest in %d)", d.lim.pieces, maxSentTokens, d.lim.longest))
	}
	if d.lim.events > 0 {
		why = append(why, fmt.Sprintf("%d more event mention(s) past the limit of %d events an article left out", d.lim.events, maxEventsPerArticle))
	}
	if n := d.lim.claimsCut[ev]; n > 0 {
		why = append(why, fmt.Sprintf("%d of %d numbers kept (limit %d an event, %d an article)", len(ev.claims), len(ev.claims)+n,
			maxClaimsPerEvent, maxClaimsPerArticle))
	}
	if d.lim.quotesCut > 0 {
		why = append(why, fmt.Sprintf("%d quote(s) cut to %d bytes", d.lim.quotesCut, maxQuoteBytes))
	}
	if len(why) == 0 {
		return
	}
	e.Partial = strings.Join(why, "; ")
	e.Tags = append(e.Tags, "partial")
}

// mib writes a size in bytes for a note.
func mib(n int) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// quote is sentence st as a claim's or denial's quote: all of it, or when
// it is longer than maxQuoteBytes the stretch of that length around token
// tok (the start when tok is -1).
func (d *doc) quote(st *sent, tok int) string {
	s, e := st.s, st.e
	if e-s > maxQuoteBytes {
		d.lim.quotesCut++
		at := s
		if tok >= 0 && tok < len(st.toks) {
			at = st.toks[tok].s
		}
		s = max(st.s, min(at-maxQuoteBytes/2, st.e-maxQuoteBytes))
		e = s + maxQuoteBytes
		for s < e && !utf8.RuneStart(d.text[s]) {
			s++
		}
		for e > s && e < len(d.text) && !utf8.RuneStart(d.text[e]) {
			e--
		}
	}
	return strings.TrimSpace(d.text[s:e])
}

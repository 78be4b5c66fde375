package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract/sentence"
)

// Generators of hostile articles (built here, not committed as files):
// each grows with n in the way that once made a stage quadratic.

// countList is one sentence listing n counts: "1 killed, 2 killed, 3
// wounded, ...".
func countList(n int) string {
	var b strings.Builder
	b.WriteString("Gunmen raided a cattle market near Gao on Tuesday, the regional governor said, and the toll he gave was ")
	kinds := []string{"killed", "wounded", "killed", "abducted"}
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d %s", i, kinds[i%len(kinds)])
	}
	b.WriteString(".\n")
	return b.String()
}

// wordsOnly is size bytes of words without a full stop or comma, speech
// verbs and party nouns among them.
func wordsOnly(size int) string {
	words := []string{"the", "soldiers", "said", "fighters", "village", "army", "police", "told", "officials",
		"commander", "reporters", "militants", "attacked", "Taliban", "according", "to", "gunmen", "killed"}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(words[(i*7+i/5)%len(words)])
		b.WriteByte(' ')
	}
	return b.String()
}

// placeList is size bytes of place names in lines and lists.
func placeList(size int) string {
	names := []string{"Mali", "Gao", "Mopti", "Djenne", "Syria", "Idlib", "Ariha", "Pakistan", "Peshawar",
		"Miranshah", "Kyrgyzstan", "Batken", "Tajikistan", "Isfara", "Yemen", "Marib", "Taiz", "Nigeria", "Borno"}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(names[(i*7+i/19)%len(names)])
		b.WriteString([]string{", ", "\n", " and "}[i%3])
	}
	return b.String()
}

// manyIncidents is n short reports of distinct incidents, each in its own
// paragraph, on different days and places.
func manyIncidents(n int) string {
	places := []string{"Gao", "Ariha", "Peshawar", "Taiz", "Maiduguri", "Isfara", "Djenne", "Aden"}
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "On March %d, 2024, gunmen killed %d villagers in %s, police said.\n\n",
			1+i%28, 2+i%9, places[i%len(places)])
	}
	return b.String()
}

// retold is n sentences of one paragraph that go on telling one incident,
// each with a number, a speaker, a party and a place.
func retold(n int) string {
	var b strings.Builder
	b.WriteString("Islamist fighters attacked an army post near Menaka on Sunday. ")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "The attack killed %d soldiers in Menaka, a Malian army spokesman told AFP. ", 2+i%7)
	}
	return b.String()
}

func partial(e event.Event) bool { return slices.Contains(e.Tags, "partial") }

// A sentence listing thousands of counts is coded with a bounded number
// of claims, and says it was coded partially.
func TestLongCountListIsBounded(t *testing.T) {
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "t", Text: countList(20000), Published: mustDay("2024-03-07")})
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	for _, e := range evs {
		if len(e.Claims) > maxClaimsPerEvent {
			t.Errorf("%d claims, want at most %d", len(e.Claims), maxClaimsPerEvent)
		}
		if !partial(e) || e.Partial == "" {
			t.Errorf("no partial note: tags %v, partial %.200q", e.Tags, e.Partial)
		}
		size := 0
		for _, c := range e.Claims {
			size += len(c.Quote)
		}
		if size > maxClaimsPerEvent*8*maxSentTokens {
			t.Errorf("claims quote %d bytes: more than %d claims of a sentence piece", size, maxClaimsPerEvent)
		}
	}
}

// An article that reports more incidents than an article may keeps the
// first ones and says the rest were left out.
func TestManyIncidentsAreBounded(t *testing.T) {
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "t", Text: manyIncidents(3 * maxEventsPerArticle), Published: mustDay("2024-03-30")})
	if len(evs) > maxEventsPerArticle {
		t.Errorf("%d events, want at most %d", len(evs), maxEventsPerArticle)
	}
	if len(evs) == 0 || !partial(evs[0]) || !strings.Contains(evs[0].Partial, "events an article left out") {
		t.Errorf("first event has no partial note: %+v", evs[:min(1, len(evs))])
	}
}

// Many incidents with many numbers each keep at most the article's
// claims.
func TestClaimsPerArticleAreBounded(t *testing.T) {
	places := []string{"Gao", "Ariha", "Peshawar", "Taiz", "Maiduguri", "Isfara"}
	var b strings.Builder
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, "On March %d, 2024, gunmen raided a market in %s, police said, and ", 1+i%28, places[i%len(places)])
		for k := 1; k <= 20; k++ {
			fmt.Fprintf(&b, "%d killed, ", k)
		}
		b.WriteString("were counted.\n\n")
	}
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "t", Text: b.String(), Published: mustDay("2024-03-30")})
	n, noted := 0, false
	for _, e := range evs {
		n += len(e.Claims)
		noted = noted || strings.Contains(e.Partial, "an article)")
	}
	if n > maxClaimsPerArticle || !noted {
		t.Errorf("%d claims in %d events (limit %d), note of the cut %v", n, len(evs), maxClaimsPerArticle, noted)
	}
}

// A sentence with a word of thousands of characters gives a claim whose
// quote is the stretch around the number, not the whole sentence.
func TestLongQuoteCutAroundTheNumber(t *testing.T) {
	text := "Gunmen killed 7 herders near Djenne on Monday, police said " + strings.Repeat("z", 50_000) + ".\n"
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "t", Text: text, Published: mustDay("2024-03-07")})
	if len(evs) == 0 || len(evs[0].Claims) == 0 {
		t.Fatalf("no claim: %+v", evs)
	}
	q := evs[0].Claims[0].Quote
	if len(q) > maxQuoteBytes || !strings.Contains(q, "killed 7 herders") || !partial(evs[0]) {
		t.Errorf("quote of %d bytes (limit %d), partial %v: %.80q", len(q), maxQuoteBytes, partial(evs[0]), q)
	}
}

// Text past the article's budget is not read; what came before it is
// coded as usual, with a note.
func TestTextPastTheBudgetIsSkipped(t *testing.T) {
	head := "Gunmen killed 4 villagers in Djenne on Monday, police said.\n\n"
	tail := "\n\nMilitants killed 9 soldiers in Taiz on Tuesday, the army said.\n"
	text := head + wordsOnly(maxArticleBytes) + tail
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "t", Text: text, Published: mustDay("2024-03-07")})
	var locs []string
	for _, e := range evs {
		locs = append(locs, e.Location)
		if e.Location == "Djenne" && (!partial(e) || !strings.Contains(e.Partial, "of text read")) {
			t.Errorf("no note of the skipped text: %q", e.Partial)
		}
	}
	if !slices.Contains(locs, "Djenne") || slices.Contains(locs, "Taiz") {
		t.Errorf("events in %v, want Djenne (before the budget) and not Taiz (after it)", locs)
	}
}

// A sentence that crosses the budget is read up to it, in pieces.
func TestSentenceAcrossTheBudgetReadUpToIt(t *testing.T) {
	text := wordsOnly(2 * maxArticleBytes)
	d := &doc{text: text}
	spans := d.bound(sentence.Split(text))
	if len(spans) == 0 || d.lim.end < maxArticleBytes-100 || d.lim.end > maxArticleBytes {
		t.Fatalf("%d pieces, read to %d, want about %d", len(spans), d.lim.end, maxArticleBytes)
	}
	if last := spans[len(spans)-1]; last.End > d.lim.end {
		t.Errorf("a piece ends at %d, past the budget's %d", last.End, d.lim.end)
	}
}

// Long sentences are read in pieces of at most maxSentTokens tokens that
// keep every token, in order; short ones are left alone.
func TestLongSentencesReadInPieces(t *testing.T) {
	for _, text := range []string{
		countList(3000),
		wordsOnly(50_000),
		strings.Repeat("、", 5000),             // punctuation outside ASCII, no spaces
		strings.Repeat("x", 100_000),          // one endless word
		strings.Repeat("a, ", 700) + "b.",     // commas throughout
		"Police said two people were killed.", // short: not cut
	} {
		d := &doc{text: text}
		spans := d.bound(sentence.Split(text))
		var got, want []string
		for _, sp := range spans {
			toks := tokenize(text, "", sp.Start, sp.End, nil)
			if len(toks) > maxSentTokens {
				t.Errorf("%.20q: a piece of %d tokens", text, len(toks))
			}
			for _, tk := range toks {
				got = append(got, text[tk.s:tk.e])
			}
		}
		for _, sp := range sentence.Split(text) {
			for _, tk := range tokenize(text, "", sp.Start, sp.End, nil) {
				want = append(want, text[tk.s:tk.e])
			}
		}
		// a cut may fall between a hyphen and its word: compare the text
		if strings.Join(got, "") != strings.Join(want, "") {
			t.Errorf("%.20q: pieces lose or reorder text", text)
		}
		if long := tokensOver(text, maxSentTokens) >= 0; long != (d.lim.pieces > 0) {
			t.Errorf("%.20q: %d pieces recorded, long %v", text, d.lim.pieces, long)
		}
	}
}

// The bounds never touch an ordinary article: no test report is coded
// partially.
func TestOrdinaryReportsNotPartial(t *testing.T) {
	x := testExtractor(t)
	for _, r := range append(append([]report{}, reports...), crimeReports...) {
		for _, e := range x.Extract(Article{ID: "t", Title: r.title, Text: r.text, Published: mustDay(r.pub)}) {
			if partial(e) || e.Partial != "" {
				t.Errorf("%s: coded partially: %q", r.name, e.Partial)
			}
		}
	}
}

// BenchmarkHostile measures the time and memory of hostile articles at
// growing sizes: time per op should grow in proportion to the size.
//
//	go test -run '^$' -bench Hostile -benchmem ./internal/extract/
func BenchmarkHostile(b *testing.B) {
	x := testExtractor(b)
	for _, c := range []struct {
		name string
		gen  func(int) string
		ns   []int
	}{
		{"counts", countList, []int{1000, 4000, 20000}},
		{"words", wordsOnly, []int{100_000, 400_000, 1_600_000}},
		{"places", placeList, []int{100_000, 400_000, 1_600_000}},
		{"incidents", manyIncidents, []int{100, 1000, 10000}},
		{"retold", retold, []int{1000, 4000, 16000}},
	} {
		for _, n := range c.ns {
			b.Run(fmt.Sprintf("%s=%d", c.name, n), func(b *testing.B) {
				a := Article{ID: "t", Text: c.gen(n), Published: mustDay("2024-03-07")}
				b.SetBytes(int64(len(a.Text)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					x.Extract(a)
				}
			})
		}
	}
}

// FuzzExtract codes any title and text: no panic, the bounds hold, and
// every quote is text of the article.
func FuzzExtract(f *testing.F) {
	for _, r := range reports[:min(8, len(reports))] {
		f.Add(r.title, r.text)
	}
	f.Add("", countList(300))
	f.Add("Troops said", wordsOnly(3000))
	f.Add("Mali, Gao", placeList(2000))
	f.Add("", manyIncidents(20))
	f.Add("\"\"\"", "“said” «told» according to according to , , , 1 2 3 killed killed")
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, title, text string) {
		evs := x.Extract(Article{ID: "f", Title: title, Text: text, Published: mustDay("2024-03-07")})
		if len(evs) > maxEventsPerArticle {
			t.Fatalf("%d events, limit %d", len(evs), maxEventsPerArticle)
		}
		all := title + "\n\n" + text
		for _, e := range evs {
			if len(e.Claims) > maxClaimsPerEvent {
				t.Fatalf("%d claims, limit %d", len(e.Claims), maxClaimsPerEvent)
			}
			if _, err := time.Parse("2006-01-02", e.EventDate); err != nil {
				t.Fatalf("event date %q: %v", e.EventDate, err)
			}
			for _, c := range e.Claims {
				if !strings.Contains(all, c.Quote) {
					t.Fatalf("claim quote %q is not in the article", c.Quote)
				}
			}
		}
	})
}

// The text past the budget is neither copied nor split: the analysis
// holds the part it reads, and its note tells the whole size.
func TestTextPastTheBudgetIsNotCopied(t *testing.T) {
	head := "Security forces dispersed a rally in Cochabamba on Friday; 3 protesters were hurt, a rights group said.\n\n"
	filler := strings.Repeat("Traffic was light on the ring road and markets opened as usual. ", 9*maxArticleBytes/64)
	x := testExtractor(t)
	a := Article{ID: "t", Title: "Rally dispersed", Text: head + filler, Published: mustDay("2024-05-10")}
	d := x.analyze(a)
	defer d.release()
	if limit := maxArticleBytes + len(a.Title) + 2; len(d.text) > limit {
		t.Errorf("analysis holds %d bytes of text, want at most %d", len(d.text), limit)
	}
	evs := x.Extract(a)
	if len(evs) == 0 || !strings.Contains(evs[0].Partial, "of "+mib(len(a.Title)+2+len(a.Text))+" of text read") {
		t.Errorf("events %d, note %q", len(evs), func() string {
			if len(evs) > 0 {
				return evs[0].Partial
			}
			return ""
		}())
	}
}

package source

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestFeedItemErrorsGrouped: a feed of many broken items gives a few lines
// that still count every item.
func TestFeedItemErrorsGrouped(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Flood Wire</title>`)
	const linkless, dead = 5000, 30
	for i := range linkless {
		fmt.Fprintf(&b, "<item><title>Bulletin %d</title></item>\n", i+1)
	}
	for i := range dead { // a different 404 each: reasons that differ
		fmt.Fprintf(&b, "<item><title>Report %d</title><link>https://news.example/r/%d</link></item>\n", i+1, i+1)
	}
	b.WriteString(`<item><title>Short one</title><description>Too short.</description></item></channel></rss>`)
	p := writeFile(t, "flood.rss", []byte(b.String()))
	docs, errs := (&Loader{Fetcher: fakeFetcher{}}).Load(context.Background(), Input{Origin: p})
	if len(docs) != 0 {
		t.Errorf("%d documents", len(docs))
	}
	if len(errs) != maxItemErrors {
		t.Errorf("%d errors, want %d", len(errs), maxItemErrors)
	}
	total := 0
	for _, err := range errs {
		total += FailedItems(err)
		if len(err.Error()) > 400 {
			t.Errorf("long line: %.400s", err)
		}
	}
	if total != linkless+dead+1 {
		t.Errorf("errors count %d items, want %d", total, linkless+dead+1)
	}
	if want := "5,000 items (1, 2, 3, …): no link, and it has no content of its own"; errs[0].Error() != want {
		t.Errorf("first error %q, want %q", errs[0], want)
	}
	if want := `item 5001 "Report 1": fetch https://news.example/r/1: HTTP 404 Not Found, and it has no content of its own`; errs[1].Error() != want {
		t.Errorf("second error %q, want %q", errs[1], want)
	}
	last := errs[len(errs)-1].Error()
	if !strings.HasPrefix(last, "23 more items failed for other reasons (the first: item 5009 ") {
		t.Errorf("last error %q", last)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 50017: "50,017", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

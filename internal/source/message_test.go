package source

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// maxMessageLen bounds an error line about one input: its name cut to
// MaxShownLen and a reason of a sentence or two.
const maxMessageLen = 2*MaxShownLen + 200

// TestLongURLsCutInMessages: a huge URL, wherever it is given, never comes
// back whole in an error.
func TestLongURLsCutInMessages(t *testing.T) {
	long := strings.Repeat("a", 5<<20)
	var errs []error
	_, _, e := Expand([]string{"ftp://news.example/" + long, "https://" + long + ".example/x", "https:///" + long, "https://news.example/%zz" + long}, Meta{})
	errs = append(errs, e...)
	m := filepath.Join(t.TempDir(), "m.jsonl")
	line := long[:100<<10] // under the manifest's line limit
	mustWrite(t, m, `{"url": "ftp://news.example/`+line+`"}`+"\n"+`{"url": "https:///`+line+`"}`+"\n")
	_, e = ReadManifest(m)
	errs = append(errs, e...)
	f := NewHTTPFetcher(FetchOptions{})
	for _, u := range []string{"https://news.example/" + long, "https://" + strings.Repeat("b", 300) + ".example/", "https://" + long + ".example/"} {
		if _, err := f.Fetch(context.Background(), u); err != nil {
			errs = append(errs, err)
		} else {
			t.Errorf("fetched %.40s…", u)
		}
	}
	if len(errs) != 8 { // the long host passes Expand: only fetching refuses it
		t.Errorf("%d errors, want 8", len(errs))
	}
	for _, err := range errs {
		msg := err.Error()
		if n := utf8.RuneCountInString(msg); n > maxMessageLen || !strings.Contains(msg, "…") {
			t.Errorf("message of %d characters: %.300s", n, msg)
		}
	}
}

func TestShown(t *testing.T) {
	short := "https://news.example/a"
	if Shown(short) != short {
		t.Errorf("Shown(%q) = %q", short, Shown(short))
	}
	long := "https://news.example/" + strings.Repeat("é", 3*MaxShownLen)
	got := Shown(long)
	if utf8.RuneCountInString(got) != MaxShownLen || !strings.HasSuffix(got, "…") || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("Shown(long) = %q", got)
	}
}

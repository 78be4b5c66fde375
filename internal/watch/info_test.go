package watch

import (
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

func TestFormatInterval(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{15 * time.Minute, "15m"}, {90 * time.Minute, "1h30m"}, {2 * time.Hour, "2h"}, {45 * time.Second, "45s"}, {61 * time.Second, "1m1s"},
	} {
		if got := FormatInterval(tc.d); got != tc.want {
			t.Errorf("FormatInterval(%s) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestInfo(t *testing.T) {
	added := time.Date(2024, 5, 1, 8, 0, 0, 0, time.FixedZone("UTC+5", 5*3600))
	got := Info(&store.Source{Name: "dushanbe-desk", URL: "https://news.example.tj/feed", Every: 30 * time.Minute, Added: added, Failures: 2, LastError: "HTTP 503"})
	want := SourceInfo{Name: "dushanbe-desk", URL: "https://news.example.tj/feed", Every: "30m", EverySeconds: 1800,
		Added: "2024-05-01T03:00:00Z", LastError: "HTTP 503", Failures: 2}
	if got != want {
		t.Errorf("Info = %+v, want %+v", got, want)
	}
}

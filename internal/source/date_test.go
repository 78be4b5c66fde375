package source

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		in      string
		want    time.Time
		wantErr string
	}{
		{"2026-06-27", utc(2026, 6, 27, 0, 0), ""},
		{"  2026-06-27\n", utc(2026, 6, 27, 0, 0), ""},
		{"2026-06-27T10:30:00Z", utc(2026, 6, 27, 10, 30), ""},
		{"2026-06-27T16:30:00+06:00", utc(2026, 6, 27, 10, 30), ""},
		{"2026-06-27T10:30:00.123Z", utc(2026, 6, 27, 10, 30).Add(123 * time.Millisecond), ""},
		{"2026-06-27T10:30:00", utc(2026, 6, 27, 10, 30), ""},
		{"2026-06-27 10:30", utc(2026, 6, 27, 10, 30), ""},
		{"2026-06-27 16:30:00 +0600", utc(2026, 6, 27, 10, 30), ""},
		{"Sat, 27 Jun 2026 10:30:00 +0000", utc(2026, 6, 27, 10, 30), ""},
		{"Sat, 27 Jun 2026 10:30:00 GMT", utc(2026, 6, 27, 10, 30), ""},
		{"Sat, 7 Jun 2026 10:30:00 +0000", utc(2026, 6, 7, 10, 30), ""},
		{"27 Jun 26 10:30 +0000", utc(2026, 6, 27, 10, 30), ""},
		{"2026/06/27", utc(2026, 6, 27, 0, 0), ""},
		{"27.06.2026", utc(2026, 6, 27, 0, 0), ""},
		{"20260627", utc(2026, 6, 27, 0, 0), ""},
		{"June 27, 2026", utc(2026, 6, 27, 0, 0), ""},
		{"june 27 2026", utc(2026, 6, 27, 0, 0), ""},
		{"Jun 27, 2026", utc(2026, 6, 27, 0, 0), ""},
		{"27 June 2026", utc(2026, 6, 27, 0, 0), ""},
		{"27 Jun 2026", utc(2026, 6, 27, 0, 0), ""},
		{"Saturday, June 27, 2026", utc(2026, 6, 27, 0, 0), ""},
		{"", time.Time{}, "empty date"},
		{"yesterday", time.Time{}, "unrecognised date"},
		{"06/27/2026", time.Time{}, "unrecognised date"},
		{"2026-13-01", time.Time{}, "unrecognised date"},
		{"0206-06-27", time.Time{}, "out of range"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("ParseDate(%q) = %v, %v; want error containing %q", tc.in, got, err, tc.wantErr)
				}
				return
			}
			if err != nil || !got.Equal(tc.want) {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
			}
		})
	}
}

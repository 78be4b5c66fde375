package api

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/store"
)

// Formats are the export formats, by name.
var Formats = map[string]string{
	"csv":     "text/csv; charset=utf-8",
	"geojson": "application/geo+json",
	"jsonl":   "application/x-ndjson",
}

// ExportStats says what an export wrote.
type ExportStats struct {
	Events  int // written
	Skipped int // left out of GeoJSON for want of coordinates
}

// exportPage is how many events an export reads at a time.
const exportPage = 1000

// Export writes every event f selects (at most f.Limit when it is set) in
// format: csv (ACLED's columns, then sitrep's), geojson (a FeatureCollection
// of Points; events without coordinates are skipped and counted) or jsonl
// (one whole event per line). Events are read a page at a time by key, so
// memory stays flat however many there are; each page's query is bounded
// by QueryTimeout. Nothing is written before the first page is read, so
// a query that fails at once leaves w untouched.
func Export(ctx context.Context, st store.Store, f store.EventFilter, format string, w io.Writer) (ExportStats, error) {
	var stats ExportStats
	if _, ok := Formats[format]; !ok {
		return stats, fmt.Errorf("unknown format %q (csv, geojson or jsonl)", format)
	}
	total := f.Limit
	f.AfterDate, f.AfterID = "", ""
	var cw *csv.Writer
	first := true
	for {
		f.Limit = exportPage
		if total > 0 && total-stats.Events-stats.Skipped < f.Limit {
			f.Limit = total - stats.Events - stats.Skipped
		}
		page, err := readPage(ctx, st, f)
		if err != nil {
			return stats, err
		}
		if first && format == "geojson" {
			if _, err := io.WriteString(w, `{"type":"FeatureCollection","features":[`); err != nil {
				return stats, err
			}
		}
		switch format {
		case "csv":
			if first {
				if err := event.WriteCSV(w, page); err != nil {
					return stats, err
				}
				cw = csv.NewWriter(w)
			} else {
				for i := range page {
					if err := cw.Write(page[i].CSVRecord()); err != nil {
						return stats, err
					}
				}
				cw.Flush()
				if err := cw.Error(); err != nil {
					return stats, err
				}
			}
			stats.Events += len(page)
		case "jsonl":
			enc := json.NewEncoder(w)
			for i := range page {
				if err := enc.Encode(&page[i]); err != nil {
					return stats, err
				}
			}
			stats.Events += len(page)
		case "geojson":
			for i := range page {
				e := &page[i]
				if !HasCoordinates(e) {
					stats.Skipped++
					continue
				}
				feat, err := feature(e)
				if err != nil {
					return stats, err
				}
				if stats.Events > 0 {
					feat = append([]byte{','}, feat...)
				}
				if _, err := w.Write(feat); err != nil {
					return stats, err
				}
				stats.Events++
			}
		}
		first = false
		if len(page) < f.Limit || f.Limit == 0 {
			break
		}
		if err := ctx.Err(); err != nil {
			return stats, err
		}
		last := page[len(page)-1]
		f.Offset, f.AfterDate, f.AfterID = 0, last.EventDate, last.ID
	}
	if format == "geojson" {
		// A foreign member (RFC 7946 §6.1) tells how many were left out.
		if _, err := fmt.Fprintf(w, `],"skipped_without_coordinates":%d}`+"\n", stats.Skipped); err != nil {
			return stats, err
		}
	}
	return stats, nil
}

// readPage reads the page f selects (none when f.Limit is 0) within
// QueryTimeout.
func readPage(ctx context.Context, st store.Store, f store.EventFilter) ([]event.Event, error) {
	if f.Limit <= 0 {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, QueryTimeout)
	defer cancel()
	return st.ListEvents(ctx, f)
}

// HasCoordinates reports whether an event was placed: (0, 0) means not.
func HasCoordinates(e *event.Event) bool {
	return !(e.Latitude == 0 && e.Longitude == 0) &&
		e.Latitude >= -90 && e.Latitude <= 90 && e.Longitude >= -180 && e.Longitude <= 180
}

// feature is one event as a GeoJSON Point Feature ([lon, lat]) with the
// event's fields as its properties.
func feature(e *event.Event) ([]byte, error) {
	props, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Type       string          `json:"type"`
		ID         string          `json:"id,omitempty"`
		Geometry   point           `json:"geometry"`
		Properties json.RawMessage `json:"properties"`
	}{"Feature", e.ID, point{"Point", [2]float64{e.Longitude, e.Latitude}}, props})
}

type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

package event

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"
)

// CSVHeader is ACLED's column order, followed by sitrep's own columns, so
// that a file opens in tools built for ACLED exports.
var CSVHeader = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
	"source", "source_scale", "notes", "fatalities", "tags", "timestamp",
	"fatalities_low", "fatalities_high", "sources_count", "contested",
}

// CSVRecord returns the event's fields in CSVHeader order.
func (e *Event) CSVRecord() []string {
	year := ""
	if len(e.EventDate) >= 4 {
		year = e.EventDate[:4]
	}
	outlets := e.Outlets
	if len(outlets) == 0 {
		for _, a := range e.Articles {
			outlets = AppendUnique(outlets, a.Outlet)
		}
	}
	num := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	coord := func(f float64) string {
		if f == 0 {
			return ""
		}
		return strconv.FormatFloat(f, 'f', 4, 64)
	}
	sources := e.SourcesCount
	if sources == 0 {
		sources = len(outlets)
	}
	return []string{
		e.ID, e.EventDate, year, strconv.Itoa(e.TimePrecision), e.DisorderType, e.EventType, e.SubEventType,
		e.Actor1, e.AssocActor1, num(int(e.Inter1)), e.Actor2, e.AssocActor2, num(int(e.Inter2)), num(e.Interaction), e.CivilianTargeting,
		e.ISO, e.Region, e.Country, e.Admin1, e.Admin2, e.Admin3, e.Location, coord(e.Latitude), coord(e.Longitude), num(e.GeoPrecision),
		strings.Join(outlets, "; "), "", e.Notes, strconv.Itoa(e.Fatalities), strings.Join(e.Tags, "; "), strconv.FormatInt(time.Now().Unix(), 10),
		strconv.Itoa(e.FatalitiesLow), strconv.Itoa(e.FatalitiesHigh), strconv.Itoa(sources), strings.Join(e.Contested, "; "),
	}
}

// WriteCSV writes a header and one row per event.
func WriteCSV(w io.Writer, evs []Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for i := range evs {
		if err := cw.Write(evs[i].CSVRecord()); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// AppendUnique appends s to list unless it is empty or already there.
func AppendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

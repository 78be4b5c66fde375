package extract

import (
	"strconv"

	"github.com/sitrep/sitrep/internal/event"
)

// finish turns the built events into ACLED-style events.
func (d *doc) finish() []event.Event {
	if len(d.events) == 0 {
		return nil
	}
	out := make([]event.Event, 0, len(d.events))
	pub := d.dct.Format("2006-01-02")
	for _, ev := range d.events {
		e := event.Event{
			EventDate:     ev.from.Format("2006-01-02"),
			TimePrecision: ev.prec,
			Claims:        []event.Claim{},
			Denials:       ev.denials,
			Articles: []event.ArticleRef{{ID: d.a.ID, Origin: d.a.Origin, URL: d.a.URL, Outlet: d.a.Outlet,
				Published: pub}},
		}
		if e.TimePrecision == 0 {
			e.TimePrecision = 3
		}
		if e.Denials == nil {
			e.Denials = []event.Denial{}
		}
		e.Background = d.toldAsHistory(ev)
		if ev.undated {
			e.DateGuessed, e.TimePrecision = true, 3
		}
		d.placeEvent(ev, &e)
		d.unknownDistrict(ev, &e)
		d.actorsEvent(ev, &e)
		d.typeEvent(ev, &e)
		seen := map[string]bool{}
		for _, sc := range ev.claims {
			k := sc.c.Kind + "|" + strconv.Itoa(sc.c.Count) + "|" + sc.c.AttributedTo + "|" + sc.c.Who + "|" + strconv.FormatBool(sc.c.Headline)
			if seen[k] {
				continue
			}
			seen[k] = true
			e.Claims = append(e.Claims, sc.c)
		}
		if len(e.Claims) == 0 && e.Actor1 == "" {
			continue
		}
		e.Keywords = d.keywords(ev, e.Background)
		e.ID = d.a.ID + "-" + strconv.Itoa(len(out)+1)
		d.notePartial(ev, &e)
		if e.Background {
			e.Tags = append(e.Tags, "background")
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil // as when nothing was ever appended
	}
	return out
}

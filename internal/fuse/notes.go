package fuse

import (
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// notes writes the ACLED-style one-line description of a fused event:
// "On 9 March 2026, Military Forces of Kyrgyzstan clashed with Military
// Forces of Tajikistan near Kok-Tash (Batken, Kyrgyzstan). Fatalities: 3–5
// reported (best 3)."
func notes(e *event.Event) string {
	var b strings.Builder
	b.WriteString(datePhrase(e))
	b.WriteString(", ")
	b.WriteString(what(e))
	if p := placePhrase(e); p != "" {
		b.WriteString(" ")
		b.WriteString(p)
	}
	b.WriteString(".")
	if hasKilled(e) {
		b.WriteString(" Fatalities: ")
		if e.FatalitiesLow != e.FatalitiesHigh {
			b.WriteString(itoa(e.FatalitiesLow) + "–" + itoa(e.FatalitiesHigh) + " reported (best " + itoa(e.Fatalities) + ").")
		} else {
			b.WriteString(itoa(e.Fatalities) + " reported.")
		}
	}
	if len(e.Contested) > 0 {
		b.WriteString(" Contested: " + strings.Join(e.Contested, ", ") + ".")
	}
	if e.Partial != "" {
		b.WriteString(" Coded partially: " + e.Partial + ".")
	}
	return b.String()
}

func hasKilled(e *event.Event) bool {
	for _, c := range e.Claims {
		if c.Kind == event.Killed {
			return true
		}
	}
	return false
}

func datePhrase(e *event.Event) string {
	d, ok := dayNum(e.EventDate)
	if !ok {
		return "On an unknown date"
	}
	t := dayTime(d)
	month := monthNames[t.Month()-1] + " " + itoa(t.Year())
	day := itoa(t.Day()) + " " + month
	switch {
	case e.TimePrecision == 2:
		return "In the week of " + day
	case e.TimePrecision >= 3:
		return "In " + month
	}
	return "On " + day
}

func what(e *event.Event) string {
	a1 := noteName(e.Actor1)
	if a1 == "" {
		a1 = "Unidentified actors"
	}
	a2 := noteName(e.Actor2)
	sub := strings.ToLower(e.SubEventType)
	with := func(verb, prep string) string {
		if a2 == "" {
			return a1 + " " + verb
		}
		return a1 + " " + verb + " " + prep + " " + a2
	}
	switch e.EventType {
	case Battles:
		if a2 == "" {
			return a1 + " engaged in armed clashes"
		}
		return a1 + " clashed with " + a2
	case Explosions:
		switch {
		case strings.Contains(sub, "air") || strings.Contains(sub, "drone"):
			return with("carried out an air/drone strike", "on")
		case strings.Contains(sub, "shelling") || strings.Contains(sub, "artillery") || strings.Contains(sub, "missile"):
			if a2 == "" {
				return a1 + " carried out shelling"
			}
			return a1 + " shelled " + a2
		case strings.Contains(sub, "suicide"):
			return with("carried out a suicide bombing", "targeting")
		case strings.Contains(sub, "grenade"):
			return with("threw a grenade", "at")
		case strings.Contains(sub, "remote explosive") || strings.Contains(sub, "landmine") || strings.Contains(sub, "ied"):
			return with("detonated an explosive device", "targeting")
		}
		return with("carried out an attack", "on")
	case VAC:
		switch {
		case strings.Contains(sub, "abduction"):
			if a2 == "" {
				return a1 + " abducted people"
			}
			return a1 + " abducted " + a2
		case strings.Contains(sub, "sexual"):
			return with("committed sexual violence", "against")
		}
		if a2 == "" {
			return a1 + " attacked civilians"
		}
		return a1 + " attacked " + a2
	case Protests:
		return with("protested", "against")
	case Riots:
		if a2 == "" {
			return a1 + " rioted"
		}
		return a1 + " clashed with " + a2
	case Strategic:
		if sub == "" {
			sub = "strategic development"
		}
		if a2 == "" {
			return a1 + ": " + sub
		}
		return a1 + " and " + a2 + ": " + sub
	}
	if e.EventType == "" {
		return with("were involved in an incident", "with")
	}
	return with("were involved in an event ("+e.EventType+")", "with")
}

// noteName shortens an ACLED actor name for prose: no year parenthetical,
// and "JNIM: Group for Support of Islam and Muslims" → "JNIM".
func noteName(a string) string {
	a = dropYearParens(a)
	if i := strings.Index(a, ": "); i > 0 {
		a = a[:i]
	}
	return a
}

func placePhrase(e *event.Event) string {
	var ctx []string
	for _, s := range []string{e.Admin1, e.Country} {
		if s != "" && !strings.EqualFold(s, e.Location) {
			ctx = append(ctx, s)
		}
	}
	if e.Location != "" {
		prep := "in"
		if e.GeoPrecision == 2 {
			prep = "near"
		}
		if len(ctx) == 0 {
			return prep + " " + e.Location
		}
		return prep + " " + e.Location + " (" + strings.Join(ctx, ", ") + ")"
	}
	if e.Admin2 != "" {
		ctx = append([]string{e.Admin2}, ctx...)
	}
	if len(ctx) == 0 {
		return ""
	}
	return "in " + strings.Join(ctx, ", ")
}

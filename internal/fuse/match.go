package fuse

import (
	"math"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// Threshold is the score at which two mentions are the same incident.
const Threshold = 0.60

const thresholdPts = 60

// Distances in km between coordinates at geo_precision 1–2.
const (
	farKm   = 50 // more than this never merges
	nearKm  = 25
	closeKm = 10
)

// Event types, short names for the codebook's (internal/event).
const (
	Battles    = event.Battles
	Explosions = event.Explosions
	VAC        = event.VAC
	Protests   = event.Protests
	Riots      = event.Riots
	Strategic  = event.Strategic
)

func typeGroup(t string) int {
	switch t {
	case Battles, Explosions, VAC:
		return 1
	case Protests, Riots:
		return 2
	case Strategic:
		return 3
	}
	return 4 // unknown type: its own group
}

// actorRef is one actor a mention names.
type actorRef struct {
	name  string
	keys  []string
	state bool // a country's military, police or government (stateForce)
}

// feat is what Match needs of a mention, normalised once.
type feat struct {
	bg      bool
	article string
	per     period

	iso, country         string
	admin1, admin2       string
	loc                  string
	rawA1, rawA2, rawLoc string
	hasXY                bool
	precise              bool // geo_precision 1: the coordinates are the place
	lat, lon             float64

	etype   string
	named   []actorRef // specific actors (actor1, actor2, associated)
	generic []string   // keys of generic actors (civilians, unidentified...)

	names []string // proper names in the quotes (see evidence.go)
	figs  []fig    // figures reported
}

// whenWhere is the part of m's features that the hard rules on date and
// place read (and its background flag, article and type): cheap, no
// actors and no evidence.
func whenWhere(m *event.Event) feat {
	f := feat{
		bg:      m.Background,
		per:     periodOf(m),
		iso:     strings.ToUpper(strings.TrimSpace(m.ISO)),
		country: placeKey(m.Country),
		admin1:  placeKey(m.Admin1),
		admin2:  placeKey(m.Admin2),
		loc:     placeKey(m.Location),
		rawA1:   m.Admin1, rawA2: m.Admin2, rawLoc: m.Location,
		etype: strings.TrimSpace(m.EventType),
	}
	if len(m.Articles) > 0 {
		f.article = m.Articles[0].ID
	}
	// A "location" that only repeats the country (or, at region
	// precision, the admin1) names no place of its own.
	if f.loc != "" && (f.loc == f.country ||
		(m.GeoPrecision >= 3 || m.GeoPrecision == 0) && f.loc == f.admin1) {
		f.loc, f.rawLoc = "", ""
	}
	if m.GeoPrecision >= 1 && m.GeoPrecision <= 2 && (m.Latitude != 0 || m.Longitude != 0) {
		f.hasXY, f.lat, f.lon = true, m.Latitude, m.Longitude
		f.precise = m.GeoPrecision == 1
	}
	return f
}

func featOf(m *event.Event) feat {
	f := whenWhere(m)
	add := func(name string) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		if genericActor(name) {
			f.generic = append(f.generic, strings.Join(words(dropYearParens(name)), ""))
			return
		}
		keys := actorKeys(name)
		if len(keys) > 0 {
			f.named = append(f.named, actorRef{name: name, keys: keys, state: stateForce(name)})
		}
	}
	add(m.Actor1)
	add(m.Actor2)
	for _, a := range splitActors(m.AssocActor1) {
		add(a)
	}
	for _, a := range splitActors(m.AssocActor2) {
		add(a)
	}
	f.evidenceOf(m)
	return f
}

// Match scores whether two mentions report the same incident; ok=false if
// they must not merge (see the package comment for the rules and points).
// why explains the score for `sitrep explain`, e.g. "date Δ0d +0.35; same
// admin2 (Batken) +0.25; same type (Battles) +0.15; actors share Military
// Forces of Kyrgyzstan +0.15 = 0.90 ≥ 0.60". Match is symmetric.
func Match(a, b *event.Event) (score float64, why string, ok bool) {
	fa, fb := featOf(a), featOf(b)
	var ex explain
	pts, ok := match(&fa, &fb, &ex)
	return float64(pts) / 100, ex.String(pts, ok), ok
}

// explain collects the parts of a score; a nil *explain collects nothing.
type explain struct {
	parts []string
	block string
}

func (e *explain) add(label string, pts int) {
	if e == nil {
		return
	}
	e.parts = append(e.parts, label+" "+signed(pts))
}

func (e *explain) no(reason string) {
	if e == nil {
		return
	}
	e.block = reason
}

func (e *explain) String(pts int, ok bool) string {
	if !ok {
		return "no match: " + e.block
	}
	s := strings.Join(e.parts, "; ") + " = " + pointStr(pts)
	if pts >= thresholdPts {
		return s + " ≥ " + pointStr(thresholdPts)
	}
	return s + " < " + pointStr(thresholdPts)
}

func pointStr(p int) string {
	return strconv.FormatFloat(float64(p)/100, 'f', 2, 64)
}

func signed(p int) string {
	if p < 0 {
		return "−" + pointStr(-p)
	}
	return "+" + pointStr(p)
}

// mayMatch applies the rules by which match refuses a pair before it
// looks at actors or evidence: when it is false, so is Match's ok. It
// reads only whenWhere's features.
func mayMatch(a, b *feat) bool {
	if historyApart(a, b) || a.article != "" && a.article == b.article {
		return false
	}
	if _, _, ok := dateFit(a.per, b.per); !ok {
		return false
	}
	_, _, _, ok := placeFit(a, b)
	return ok
}

// historyApart refuses a report told as history beside a current one,
// unless both are dated: an incident told as history in a later article (a
// trial recalling the killing) is the incident its first reports told,
// when the dates fit; against a report whose date is a guess nothing says
// so.
func historyApart(a, b *feat) bool {
	return a.bg != b.bg && (a.per.guessed || b.per.guessed || !a.per.ok || !b.per.ok)
}

// match is Match on prepared features, in points (hundredths).
func match(a, b *feat, ex *explain) (int, bool) {
	if historyApart(a, b) {
		ex.no("background event with a current one")
		return 0, false
	}
	if a.article != "" && a.article == b.article {
		ex.no("same article " + a.article)
		return 0, false
	}
	pts := 0
	dp, dlabel, ok := dateFit(a.per, b.per)
	if !ok {
		ex.no(dlabel)
		return 0, false
	}
	pts += dp
	ex.add(dlabel, dp)

	pp, plevel, plabel, ok := placeFit(a, b)
	if !ok {
		ex.no(plabel)
		return 0, false
	}
	pts += pp
	ex.add(plabel, pp)

	rel, shared, sharedState := actorRelation(a, b)
	tp, tlabel, ok := typeFit(a.etype, b.etype, rel)
	if !ok {
		ex.no(tlabel)
		return 0, false
	}
	pts += tp
	ex.add(tlabel, tp)

	ap, alabel := actorPoints(rel, shared)
	pts += ap
	ex.add(alabel, ap)

	// What the reports' own words share: proper names, figures.
	corroborated := rel == actorsShare && (!sharedState || sharedActors(a, b) >= 2)
	if n, name := sharedNames(a, b); n > 0 {
		np := 10 * min(n, maxNames)
		if a.per.guessed || b.per.guessed {
			np = min(namePtsUndated*n, 10*maxNames)
		}
		pts += np
		if ex != nil {
			ex.add("quotes share "+itoa(n)+" name(s) ("+name+")", np)
		}
		corroborated = true
	}
	if g, ok := sharedFig(a, b); ok && g.count >= minFig {
		pts += 10
		if ex != nil {
			ex.add("same figure ("+itoa(g.count)+" "+g.kind+")", 10)
		}
		corroborated = true
	}
	// Date, type and country are what any two incidents of a kind in a
	// country share: without a place below the country in common, two
	// mentions need a named party, a name or a figure in common.
	if !corroborated && pts >= thresholdPts && plevel < placeAdmin1 {
		ex.add("no place, party, name or figure in common", thresholdPts-1-pts)
		pts = thresholdPts - 1
	}
	return min(pts, 100), true
}

// maxNames is how many shared names count, 0.10 each. Reports of one
// incident name the victim, the suspect, the firm and the street again and
// again; two look-alikes share a name or two (a state, a famous person), so
// the more names, the surer the match, up to the weight of a same-day date.
const maxNames = 4

// namePtsUndated is what a shared name counts when either report's date is
// a guess: the date, worth up to 0.35 to two dated reports, says nothing
// there, so the names must say it. Two reports of one undated incident
// usually share two or more names (victim, suspect, firm, street); an
// incident of the same kind elsewhere rarely shares two.
const namePtsUndated = 20

// minFig is the smallest figure whose repetition counts as evidence: one
// or two killed is what most incidents report.
const minFig = 3

// stateForce reports whether an actor is a country's military or police:
// a party to most incidents in that country, so sharing it identifies
// nothing on its own.
func stateForce(name string) bool {
	k := strings.Join(words(name), " ")
	for _, p := range []string{"military forces of", "police forces of", "government of"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	// a country's unit ("Tajikistan Border Guards", "Oman Navy") is as
	// common a party in its waters and borderlands
	for _, u := range []string{" navy", " border guards", " border police", " special forces", " coast guard"} {
		if strings.HasSuffix(k, u) {
			return true
		}
	}
	return false
}

// sharedActors counts the named actors of a that b also names.
func sharedActors(a, b *feat) int {
	n := 0
	for _, x := range a.named {
		for _, y := range b.named {
			if keysMeet(x.keys, y.keys) {
				n++
				break
			}
		}
	}
	return n
}

// How closely two mentions' places agree.
const (
	placeNone     = iota // nothing below the country in common, or different places
	placeAdmin1          // the same admin1, one less precise
	placeSpecific        // the same location or admin2, or within 25 km
)

// placeFit scores place compatibility and says how specific the agreement
// is.
func placeFit(a, b *feat) (int, int, string, bool) {
	if a.iso != "" && b.iso != "" {
		if a.iso != b.iso {
			return 0, placeNone, "different countries (" + a.iso + "/" + b.iso + ")", false
		}
	} else if a.country != "" && b.country != "" && a.country != b.country {
		return 0, placeNone, "different countries", false
	}
	if a.admin1 != "" && b.admin1 != "" && a.admin1 != b.admin1 {
		return 0, placeNone, "different admin1 (" + a.rawA1 + "/" + b.rawA1 + ")", false
	}
	// Names: the finest level both name, or where one nests in the other.
	np, lv, nl := 0, placeNone, "place unknown"
	switch {
	case a.admin2 != "" && b.admin2 != "" && a.admin2 != b.admin2:
		np, nl = -10, "different admin2 ("+a.rawA2+"/"+b.rawA2+")"
	case a.loc != "" && a.loc == b.loc:
		np, lv, nl = 30, placeSpecific, "same location ("+a.rawLoc+")"
	case a.admin2 != "" && a.admin2 == b.admin2:
		if a.loc != "" && b.loc != "" {
			np, lv, nl = 5, placeAdmin1, "same admin2 ("+a.rawA2+"), different locations"
		} else {
			np, lv, nl = 25, placeSpecific, "same admin2 ("+a.rawA2+")"
		}
	case a.loc != "" && b.loc != "":
		np, nl = -10, "different locations ("+a.rawLoc+"/"+b.rawLoc+")"
	case a.admin1 != "" && a.admin1 == b.admin1:
		np, lv, nl = 15, placeAdmin1, "same admin1 ("+a.rawA1+")"
	case (a.iso != "" && a.iso == b.iso) || (a.country != "" && a.country == b.country):
		np, nl = 5, "same country"
	}
	if !a.hasXY || !b.hasXY {
		return np, lv, nl, true
	}
	km := haversine(a.lat, a.lon, b.lat, b.lon)
	kms := strconv.FormatFloat(km, 'f', 0, 64) + " km"
	switch {
	case km > farKm:
		return 0, placeNone, kms + " apart", false
	case km <= closeKm:
		if np < 30 {
			return 30, placeSpecific, "within " + kms, true
		}
	case km <= nearKm:
		if np < 25 {
			return 25, placeSpecific, "within " + kms, true
		}
	case a.precise && b.precise:
		// Two named places 25–50 km apart: different places, whatever
		// their names say.
		return -10, placeNone, kms + " apart", true
	default:
		if np < 5 {
			return 5, max(lv, placeAdmin1), kms + " apart", true
		}
	}
	return np, lv, nl, true
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	s := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(s)))
}

// Actor relations between two mentions.
const (
	actorsShare        = iota // a named actor in common
	actorsGenericShare        // only a generic actor in common (Civilians...)
	actorsNoneNamed           // neither names anyone
	actorsOneNamed            // one names someone, the other no one
	actorsDisjoint            // both name actors, none in common
)

// actorRelation says how two mentions' actors relate; for actorsShare it
// names a shared actor, preferring one that is not a state force, and says
// whether every shared actor is one.
func actorRelation(a, b *feat) (int, string, bool) {
	shared, state := "", true
	for _, x := range a.named {
		for _, y := range b.named {
			if keysMeet(x.keys, y.keys) {
				if shared == "" || state && !x.state {
					shared, state = x.name, x.state && y.state
				}
			}
		}
	}
	if shared != "" {
		return actorsShare, shared, state
	}
	switch {
	case len(a.named) > 0 && len(b.named) > 0:
		return actorsDisjoint, "", false
	case len(a.named) > 0 || len(b.named) > 0:
		return actorsOneNamed, "", false
	}
	for _, x := range a.generic {
		for _, y := range b.generic {
			if x == y {
				return actorsGenericShare, "", false
			}
		}
	}
	return actorsNoneNamed, "", false
}

func keysMeet(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func actorPoints(rel int, shared string) (int, string) {
	switch rel {
	case actorsShare:
		return 15, "actors share " + shared
	case actorsGenericShare:
		return 5, "same unnamed actors"
	case actorsNoneNamed:
		return 5, "both unidentified"
	case actorsOneNamed:
		return 0, "one side unidentified"
	}
	return -10, "actors differ"
}

// typeFit scores event-type compatibility.
func typeFit(a, b string, rel int) (int, string, bool) {
	if a == "" || b == "" {
		return 0, "type unknown", true
	}
	if a == b {
		return 15, "same type (" + a + ")", true
	}
	ga, gb := typeGroup(a), typeGroup(b)
	pair := "(" + a + "/" + b + ")"
	if ga != gb || ga >= 3 {
		return 0, "types incompatible " + pair, false
	}
	if ga == 2 {
		return 10, "types compatible " + pair, true
	}
	switch rel {
	case actorsShare:
		return 10, "types compatible " + pair, true
	case actorsDisjoint:
		return 0, "types differ " + pair + " and actors differ", false
	}
	return 5, "types compatible " + pair + ", actors unconfirmed", true
}

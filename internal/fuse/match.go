package fuse

import (
	"math"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/translit"
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
	assoc bool // an associated actor (a unit of a side, an ally), not a side
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
	city                 bool // loc is a town of cityPop people or more, or an area (geo_precision 3)
	lat, lon             float64

	etype   string
	named   []actorRef // specific actors (actor1, actor2, associated)
	generic []string   // keys of generic actors (civilians, unidentified...)
	sides   sides      // actor keys by role (roles.go)

	names     []nameRef       // proper names in the quotes (see evidence.go)
	figs      []fig           // figures reported
	keyNames  int             // how many of names come from its keywords
	killed    []toll          // the numbers of dead it reports
	gist      []string        // content words of its article and sentences (text.go)
	skip      map[string]bool // words of its own places and actors
	skipSkel  map[string]bool // their skeletons, made when a name in another script needs them
	placeSkel map[string]bool // skeletons of its places' words (ownName)
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
	// precision, the admin1; at district precision, the admin2: "Nad Ali
	// district" is read as the district, whose incidents of a day are
	// many) names no place of its own.
	if f.loc != "" && (f.loc == f.country ||
		(m.GeoPrecision >= 3 || m.GeoPrecision == 0) && f.loc == f.admin1 ||
		m.GeoPrecision == 2 && f.loc == f.admin2) {
		f.loc, f.rawLoc = "", ""
	}
	// a city of millions, or a place named at region precision (a region,
	// a sea: an area, not a spot)
	f.city = f.loc != "" && (m.LocationPopulation >= cityPop || m.GeoPrecision >= 3)
	if m.GeoPrecision >= 1 && m.GeoPrecision <= 2 && (m.Latitude != 0 || m.Longitude != 0) {
		f.hasXY, f.lat, f.lon = true, m.Latitude, m.Longitude
		f.precise = m.GeoPrecision == 1
	}
	return f
}

func featOf(m *event.Event) feat {
	f := whenWhere(m)
	add := func(name string, side int, assoc bool) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		if genericActor(name) {
			k := strings.Join(words(dropYearParens(name)), "")
			f.generic = append(f.generic, k)
			f.sides.addGeneric(side, k)
			return
		}
		keys := actorKeys(name)
		if len(keys) > 0 {
			state := stateForce(name)
			f.named = append(f.named, actorRef{name: name, keys: keys, state: state, assoc: assoc})
			f.sides[side] = append(f.sides[side], sideActor{keys: keys, state: state})
		}
	}
	add(m.Actor1, 0, false)
	add(m.Actor2, 1, false)
	for _, a := range splitActors(m.AssocActor1) {
		add(a, 0, true)
	}
	for _, a := range splitActors(m.AssocActor2) {
		add(a, 1, true)
	}
	// Names and words that are a mention's own places or actors are
	// compared as places and actors, not again as evidence of the text.
	skip := map[string]bool{}
	for _, p := range []string{f.country, f.admin1, f.admin2, f.loc} {
		if p != "" {
			skip[p] = true
		}
	}
	f.placeSkel = map[string]bool{}
	for _, p := range []string{m.Country, m.Admin1, m.Admin2, m.Location} {
		for _, w := range words(p) {
			f.placeSkel[translit.Skeleton(translit.Latin(w))] = true
			skip[w] = true
			if g := gistWord(w); g != "" {
				skip[g] = true
			}
		}
	}
	for _, a := range []string{m.Actor1, m.Actor2, m.AssocActor1, m.AssocActor2} {
		for _, w := range words(dropYearParens(a)) {
			skip[w] = true
			if g := gistWord(w); g != "" {
				skip[g] = true
			}
		}
	}
	f.skip = skip
	f.evidenceOf(m)
	f.gistOf(m, skip)
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
	return placeFit(a, b).ok
}

// historyApart refuses a report told as history beside a current one:
// the history an article recalls is told by its own reports, dated when
// it happened, and a report of the day must not take its place or toll.
func historyApart(a, b *feat) bool {
	return a.bg != b.bg
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

	pf := placeFit(a, b)
	if !pf.ok {
		ex.no(pf.label)
		return 0, false
	}
	pts += pf.pts
	ex.add(pf.label, pf.pts)

	rel, shared, sharedState := actorRelation(a, b)
	reversed, counterpartsDiffer := roleFit(a, b)
	if reversed {
		rel = actorsReversed
	}
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

	// What the reports' own words share: proper names, figures, wording.
	n, name := sharedNames(a, b)
	if n > 0 {
		np := 10 * min(n, maxNames)
		if a.per.guessed || b.per.guessed {
			np = min(namePtsUndated*n, 10*maxNames)
		}
		pts += np
		if ex != nil {
			ex.add("quotes share "+itoa(n)+" name(s) ("+name+")", np)
		}
	}
	g, figOK := sharedFig(a, b)
	fig := figOK && g.count >= minFig
	if fig {
		pts += 10
		if ex != nil {
			ex.add("same figure ("+itoa(g.count)+" "+g.kind+")", 10)
		}
	}
	gp, strong, glabel := gistFit(a, b)
	if gp > 0 {
		pts += gp
		ex.add(glabel, gp)
	}
	// Wording alone is what a region's reports of a kind share; names
	// and figures are what one incident's reports share.
	textTie := n >= minTieNames || n > 0 && (fig || strong)
	party := rel == actorsShare && !counterpartsDiffer && a.etype == b.etype && (!sharedState || sharedActors(a, b) >= 2 || rareToll(g, figOK)) &&
		tollsFit(a, b) && !namesDisjoint(a, b, n) && !vague(a) && !vague(b)
	pts = corroborate(dayApartNeed(a.per, b.per, typeNeed(a, b, rel, pf.need)), pts, textTie, party, n, ex)
	return min(pts, 100), true
}

// corroborate holds a pair's score just below Threshold when its places
// agree too loosely for date, type and country to tell one incident:
//   - needParty (no named place in common: one or both placed only at
//     district, province or country level): the reports must share a
//     named party that is not merely a state force, give tolls that fit
//     and not name different people, or share a name, or be tied by
//     their words;
//   - needText (two different named places): only the words can tie
//     them;
//   - needTextDays (dated to days one apart, not at one named place; see
//     dayApartNeed): only the words can tie them.
//
// The words tie two reports (textTie) with two shared names, or a name
// with a shared figure or much of the wording. Wording or a figure
// without a name is no tie: one outlet tells every attack of a kind in
// the same words, and tolls of 3 to 10 repeat among a province's
// incidents of a day (TestDenseStream).
func corroborate(need, pts int, textTie, party bool, names int, ex *explain) int {
	if pts < thresholdPts {
		return pts
	}
	switch need {
	case needParty:
		if textTie || party || names > 0 {
			return pts
		}
		ex.add("no place, party, name or figure in common", thresholdPts-1-pts)
	case needText:
		if textTie {
			return pts
		}
		ex.add("different places and nothing in the text ties them", thresholdPts-1-pts)
	case needTextDays:
		if textTie {
			return pts
		}
		ex.add("different days and nothing in the text ties them", thresholdPts-1-pts)
	default:
		return pts
	}
	return thresholdPts - 1
}

// typeNeed: two reports at one place that tell incidents of different
// types (an explosion, a killing of civilians) with no named actor in
// common are two incidents of a busy town (a bomb in the morning, a
// shooting at night) unless something else ties them, as at a district:
// a type told differently by two outlets of one incident comes with the
// incident's names, figures or words.
func typeNeed(a, b *feat, rel, need int) int {
	if need == needNothing && a.etype != b.etype && rel != actorsShare {
		return needParty
	}
	return need
}

// vague: the report places its incident only in a province or a country
// and gives no figure and no name: "the group and the army clashed in X
// province". Where a group fights in a province most days, such a report
// ties to no incident in particular, so a shared party does not
// corroborate it; only names or words can.
func vague(f *feat) bool {
	return f.admin2 == "" && f.loc == "" && len(f.figs) == 0 && len(f.killed) == 0 && f.keyNames == 0
}

// minTieNames is how many shared proper names tie two reports by
// themselves: one name (a province's chief, a militant group's
// spokesman) is common to many incidents of a region; two rarely.
const minTieNames = 2

// namesDisjoint reports whether both mentions' event sentences name
// people or things (keywords) and the two share no name: two reports of
// one incident name its victims alike, two attacks by one group the same
// day name different victims. Who said what (the speakers of claims)
// differs from outlet to outlet and is not counted here.
func namesDisjoint(a, b *feat, shared int) bool {
	return shared == 0 && a.keyNames > 0 && b.keyNames > 0
}

// tollFitFactor: two tolls differing by more than this factor are not one
// incident's. Early reports undercount and a side's own count runs high,
// so tolls of one incident differ often (5 and 8); a toll more than twice
// another is most often another incident.
const tollFitFactor = 2

// toll is a killed claim's range: lo to hi dead, hi openToll for "at
// least 5". An exact figure is lo = hi; a vague one ("several
// policemen") spans what the words allow.
type toll struct{ lo, hi int }

const openToll = math.MaxInt32

func tollOf(c event.Claim) toll {
	t := toll{c.Count, c.Count}
	if c.Low > 0 {
		t.lo, t.hi = c.Low, openToll
	}
	if c.High > 0 {
		t.hi = c.High
	}
	return t
}

// tollsFit reports whether two mentions' death tolls could be one
// incident's: one of them gives none, or a figure of one is within
// tollFitFactor of a figure of the other, a range offering any of its
// figures (a report may give the police's count and a side's claim;
// "several" fits 9, "at least 5" fits 40).
func tollsFit(a, b *feat) bool {
	if len(a.killed) == 0 || len(b.killed) == 0 {
		return true
	}
	for _, x := range a.killed {
		for _, y := range b.killed {
			// the nearest figures of the two ranges: the higher low and
			// the lower high (they overlap when lo <= hi)
			lo, hi := max(x.lo, y.lo), min(x.hi, y.hi)
			if lo <= tollFitFactor*hi {
				return true
			}
		}
	}
	return false
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

// minRareToll is the smallest death toll whose repetition identifies an
// incident of a state force: tolls of 3 to 10 repeat among a province's
// incidents of a day (TestDenseStream), a toll in double figures told
// twice of one force in one week is one incident told twice.
const minRareToll = 11

// rareToll: both reports give the same number killed, at least
// minRareToll: with a shared party, even a state force, it ties them.
func rareToll(g fig, ok bool) bool {
	return ok && g.kind == event.Killed && g.count >= minRareToll
}

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

// sharedActors counts the sides (actor 1 and 2) of a that b also names:
// an associated actor is a unit or an ally of a side ("India Navy" of
// "Military Forces of India"), not a second party.
func sharedActors(a, b *feat) int {
	n := 0
	for _, x := range a.named {
		if x.assoc {
			continue
		}
		for _, y := range b.named {
			if keysMeet(x.keys, y.keys) {
				n++
				break
			}
		}
	}
	return n
}

// What a pair's place agreement leaves the rest of the evidence to show.
const (
	needNothing  = iota // the same place: date, type and actors may decide
	needParty           // one or both placed only coarsely: see corroborate
	needText            // different named places near each other
	needTextDays        // days one apart, not at one named place (dayApartNeed)
)

// placeAgreement is placeFit's verdict.
type placeAgreement struct {
	pts   int
	need  int
	label string
	ok    bool
}

// precisePlaceKm is how far apart two reports, each placed at a named
// place (geo_precision 1), may be and still name one place: a town and
// its outskirts. Farther, they are different places and never merge;
// a report placed near a place or at a district (geo_precision 2) is
// allowed up to farKm.
const precisePlaceKm = nearKm

// cityPop is the population from which a named town counts as a
// district, not a spot: a city of a million has as many incidents a day
// in a war as a district (two bombings in one capital the same morning
// are two incidents), so two reports that name only the city need what
// two reports placed at one district need (corroborate). Smaller towns
// keep the name as the spot: a town of a few hundred thousand rarely
// has two incidents of one kind a day, and reports of one incident
// there often share nothing else (an undated story, a different
// spelling of the victim's name).
const cityPop = 1000000

// samePlaceKm: two named places closer than this are one place under two
// names (a town and its quarter, two spellings the gazetteer sets apart).
const samePlaceKm = 3

// placeFit compares two mentions' places at the finest level both give.
// Different countries, admin1s or admin2s never merge, nor two places
// farther apart than their precision allows (see farKm, precisePlaceKm).
func placeFit(a, b *feat) placeAgreement {
	if a.iso != "" && b.iso != "" {
		if a.iso != b.iso {
			return placeAgreement{label: "different countries (" + a.iso + "/" + b.iso + ")"}
		}
	} else if a.country != "" && b.country != "" && a.country != b.country {
		return placeAgreement{label: "different countries"}
	}
	if a.admin1 != "" && b.admin1 != "" && a.admin1 != b.admin1 {
		return placeAgreement{label: "different admin1 (" + a.rawA1 + "/" + b.rawA1 + ")"}
	}
	if a.admin2 != "" && b.admin2 != "" && a.admin2 != b.admin2 {
		return placeAgreement{label: "different admin2 (" + a.rawA2 + "/" + b.rawA2 + ")"}
	}
	// Names: the finest level both name, or where one nests in the other.
	r := placeAgreement{need: needParty, label: "place unknown", ok: true}
	switch {
	case a.loc != "" && a.loc == b.loc && (a.city || b.city):
		// a city or a sea holds a district's incidents: its name alone is
		// no spot
		r = placeAgreement{25, needParty, "same city or area (" + a.rawLoc + ")", true}
	case a.loc != "" && a.loc == b.loc && !a.precise && !b.precise && a.hasXY && b.hasXY:
		// both only near the place (its surroundings, or a district read
		// as its seat): an area, like a district
		r = placeAgreement{30, needParty, "same location, near (" + a.rawLoc + ")", true}
	case a.loc != "" && a.loc == b.loc:
		r = placeAgreement{30, needNothing, "same location (" + a.rawLoc + ")", true}
	case a.admin2 != "" && a.admin2 == b.admin2:
		if a.loc != "" && b.loc != "" {
			r = placeAgreement{5, needText, "same admin2 (" + a.rawA2 + "), different locations", true}
		} else {
			r = placeAgreement{25, needParty, "same admin2 (" + a.rawA2 + ")", true}
		}
	case a.loc != "" && b.loc != "":
		r = placeAgreement{-10, needText, "different locations (" + a.rawLoc + "/" + b.rawLoc + ")", true}
	case a.admin1 != "" && a.admin1 == b.admin1:
		r = placeAgreement{15, needParty, "same admin1 (" + a.rawA1 + ")", true}
	case (a.iso != "" && a.iso == b.iso) || (a.country != "" && a.country == b.country):
		r = placeAgreement{5, needParty, "same country", true}
	}
	if !a.hasXY || !b.hasXY || (a.city || b.city) && a.loc == b.loc {
		return r
	}
	km := haversine(a.lat, a.lon, b.lat, b.lon)
	kms := strconv.FormatFloat(km, 'f', 0, 64) + " km"
	named := a.loc != "" && b.loc != "" && a.loc != b.loc
	switch {
	case km > farKm || a.precise && b.precise && km > precisePlaceKm:
		return placeAgreement{label: kms + " apart"}
	case named && km > samePlaceKm:
		// Two named places: nearness is no evidence of one incident.
		return placeAgreement{max(r.pts, -10), needText, r.label + ", " + kms + " apart", true}
	case km <= closeKm:
		if r.pts < 30 {
			return placeAgreement{30, spotNeed(a, b, r), "within " + kms, true}
		}
	case km <= nearKm:
		if r.pts < 25 {
			return placeAgreement{25, spotNeed(a, b, r), "within " + kms, true}
		}
	default:
		if r.pts < 5 {
			return placeAgreement{5, needParty, kms + " apart", true}
		}
	}
	return r
}

// spotNeed is what two nearby points leave to prove: nothing when both
// are the named place itself (geo_precision 1), else what their names
// left: a point at precision 2 is a district's or a town's surroundings,
// where a dense war has several incidents a day.
func spotNeed(a, b *feat, r placeAgreement) int {
	if a.precise && b.precise {
		return needNothing
	}
	return r.need
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
	actorsReversed            // one-sided attacks sharing actors only across roles (roles.go)
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
	if rel == actorsReversed {
		return -10, "actors in reversed roles"
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
	case actorsDisjoint, actorsReversed:
		return 0, "types differ " + pair + " and actors differ", false
	}
	return 5, "types compatible " + pair + ", actors unconfirmed", true
}

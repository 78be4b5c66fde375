package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"

	"github.com/sitrep/sitrep/internal/event"
)

// levelWord: w is a word for a kind of place ("district", "governorate",
// "city"), as the gazetteer reads them after a name, or "island".
func levelWord(w string) bool {
	return gazetteer.LevelWord(w) || w == "island"
}

// levelWord: "X district" names the district even when the gazetteer
// knows X best as a town.
func (d *doc) levelWord(st *sent, p *splace, e int) {
	lv, ok := levelWords[st.w(e)]
	if !ok || p.p.Kind == "country" {
		return
	}
	switch {
	case lv == 2 && p.p.Kind == "city" && p.p.Admin2 != "":
		p.p.Kind, p.p.Precision, p.p.Location = "admin2", 2, p.p.Admin2
	case lv == 3 && (p.p.Kind == "city" || p.p.Kind == "admin2") && p.p.Admin1 != "" && p.p.Admin1 == p.p.Location:
		p.p.Kind, p.p.Precision, p.p.Admin2 = "admin1", 3, ""
	}
}

func (d *doc) inAnyPlace(st *sent, j int) bool {
	t := st.toks[j]
	for _, p := range st.places {
		if t.s >= p.p.Start && t.e <= p.p.End {
			return true
		}
	}
	return false
}

// neighbourAdjectives are the adjectives of a neighbour country ("the
// neighbouring X"), which a locative before them makes the place where
// ("in neighbouring X").
var neighbourAdjectives = set("neighboring", "neighbouring", "bordering")

// inDateline tells whether p opens a wire dateline ("KABUL, May 3
// (Reuters) - ...", "MEXICO CITY (AP) —", "RAWALPINDI: ...",
// "BAMAKO/OUAGADOUGOU (AFP) -"): where the story was filed, not where it
// happened.
func (d *doc) inDateline(st *sent, p *splace) bool {
	end, caps := d.datelinePlace(st)
	if p.ti >= end {
		// a name in the agency's brackets, before the dash, is the
		// agency's ("KABUL, March 3 (X) -" with an agency named after
		// a region), no place of the story
		e := d.datelineEndAfter(st, end, caps)
		return e >= 0 && p.ti < e && st.w(p.ti-1) == "(" && st.w(d.tokAt(st, p.p.End)) == ")"
	}
	// a place in capitals and a comma open a dateline whatever follows
	// ("PESHAWAR, Pakistan: ...")
	return caps && st.w(end) == "," || d.datelineEndAfter(st, end, caps) >= 0
}

// datelinePlace is the token after a dateline's place (its words in
// capitals and the slashes between them, else the places that open the
// sentence, else its first word) and whether the place is in capitals.
func (d *doc) datelinePlace(st *sent) (end int, caps bool) {
	for end < len(st.toks) && end < maxDatelinePlace {
		t := st.toks[end]
		src := d.text[t.s:t.e]
		if t.w == "/" || t.word && t.cap && src == strings.ToUpper(src) {
			end++
			continue
		}
		break
	}
	if end == 0 {
		// "Kabul, May 3 (Reuters) -", "New Delhi / Mumbai:": the places
		// that open the sentence, in any case
		return d.openingPlaceEnd(st, 1), false
	}
	return end, true
}

// maxDatelinePlace is how many words a dateline's place may have in
// capitals ("SAN JOSE DEL GUAVIARE"), or places joined by slashes
// ("ISLAMABAD/PESHAWAR").
const maxDatelinePlace = 6

// datelineEnd is the index of the token that ends a wire dateline
// opening st, or -1: the dash after "KABUL, May 3 (Reuters) -" or
// "BEIRUT (AP) -", the dash of "ASADABAD —", the colon of "RAWALPINDI:"
// (as Pakistani and Indian papers write it). What comes before it says
// where and when the story was filed, not where and when it happened.
// Without the comma, only the agency in parentheses may stand between
// the place and the dash; a dash or colon right after the place needs
// the place in capitals, or, for a colon, a finer place of the sentence's
// own after it (ownPlaceAfter). Tokens write every dash as "-" (foldPunct).
func (d *doc) datelineEnd(st *sent) int {
	if len(st.toks) == 0 {
		return -1
	}
	// the place: its words in capitals and slashes, or one word of any
	// case ("Kabul, May 3 (Reuters) -")
	after, caps := d.datelinePlace(st)
	return d.datelineEndAfter(st, after, caps)
}

// openingPlaceEnd is the token after the places that open st, joined by
// slashes ("New Delhi / Mumbai:"), or after when no place opens it.
func (d *doc) openingPlaceEnd(st *sent, after int) int {
	end := 0
	for {
		found := false
		for k := range st.places {
			if q := &st.places[k]; q.ti == end {
				end, found = d.tokAt(st, q.p.End), true
				break
			}
		}
		if !found || st.w(end) != "/" {
			break
		}
		end++
	}
	if end == 0 {
		return after
	}
	if st.w(end-1) == "/" {
		end--
	}
	return end
}

// datelineEndAfter is datelineEnd for the dateline place datelinePlace
// found: after is the token after it, caps whether it is in capitals.
func (d *doc) datelineEndAfter(st *sent, after int, caps bool) int {
	switch st.w(after) {
	case ",":
		for j := after + 1; j < len(st.toks) && j < maxDatelineTokens; j++ {
			if st.w(j) == "-" {
				return j
			}
		}
		// "ДУШАНБЕ, 9 марта.": a dateline the sentence splitter cut off,
		// the place in capitals and a date its only other words
		if caps && len(st.dates) == 1 && st.dates[0].ti == after+1 {
			e := d.tokAt(st, st.dates[0].x.End)
			for e < len(st.toks) && !st.toks[e].word {
				e++
			}
			if e >= len(st.toks) {
				return len(st.toks) - 1
			}
		}
	case "(":
		for j := after + 1; j < len(st.toks) && j < maxDatelineTokens; j++ {
			if st.w(j) == ")" {
				if st.w(j+1) == "-" || st.w(j+1) == ":" && caps {
					return j + 1 // "KANDAHAR CITY (Pajhwok):"
				}
				return -1
			}
		}
	case "-", ":":
		if caps || st.w(after) == ":" && d.ownPlaceAfter(st, after) {
			return after
		}
	}
	return -1
}

// ownPlaceAfter: the sentence names, after token i, a place of its own
// finer than a province ("Peshawar: Two policemen were shot dead in Dashtak
// district"): the town before the colon is where the story was filed, as
// South Asian papers write the dateline in title case too. A headline
// "Kunar: Taliban kill five" keeps its province, the only place it names.
func (d *doc) ownPlaceAfter(st *sent, i int) bool {
	for k := range st.places {
		q := &st.places[k]
		if q.ti > i && !q.p.Demonym && (q.p.Kind == "city" || q.p.Kind == "admin2" || q.p.Water) {
			return true
		}
	}
	return false
}

// townAnaphors name the town a story is filed from without its name:
// "in the city", "the provincial capital".
var townAnaphors = set("city", "town", "capital")

// datelineTown is the dateline's town when an event sentence names no
// place of its own but points back to one ("HERAT (Pajhwok) - Gunmen
// killed two traders in the city"): a dateline says where the story was
// filed, and "the city" is that one.
func (d *doc) datelineTown(ev *evb) (Place, bool) {
	if len(d.sents) == 0 || d.datelineEnd(d.sents[0]) < 0 {
		return Place{}, false
	}
	first := d.sents[0]
	var town *splace
	for k := range first.places {
		if p := &first.places[k]; p.ti == 0 && p.p.Kind == "city" {
			town = p
		}
	}
	if town == nil {
		return Place{}, false
	}
	for _, es := range ev.sents {
		st := es.st
		for i := 1; i < len(st.toks); i++ {
			// "the town of Nabatieh" names its town
			if st.w(i+1) == "of" {
				continue
			}
			if townAnaphors[st.w(i)] && st.w(i-1) == "the" || st.w(i) == "capital" && st.w(i-1) == "provincial" {
				return town.p, true
			}
		}
	}
	return Place{}, false
}

// maxDatelineTokens: a dateline is a place, a date and an agency
// ("SAN JOSE DEL GUAVIARE, Colombia, March 3 (Agence France-Presse) -"):
// a dash any later is the sentence's own.
const maxDatelineTokens = 14

// speechPlace are the words between a speech verb and the place it was
// said in: "said in a statement in X", "told reporters at a news
// conference in X", "speaking to journalists in X".
var speechPlace = set("in", "at", "a", "an", "the", "statement", "statements", "news", "press", "conference",
	"briefing", "reporters", "journalists", "media", "interview", "televised", "video", "address", "speech",
	"to", "later", "from", "speaking", "spoke")

// speakerPlace: the place is where a statement was made, not the event -
// "In X, the ministry said ...", "said in a statement in X", "told
// reporters in X".
func (d *doc) speakerPlace(st *sent, p *splace, e int) bool {
	prep := st.w(p.ti - 1)
	if prep != "in" && prep != "at" && prep != "from" {
		return false
	}
	// "In X, the border service said": the clause after the comma is a
	// speaker's
	if st.w(e) == "," {
		a := p.ti - 1
		for a > 0 && startSkip[st.w(a-1)] {
			a--
		}
		if a == 0 {
			for _, sp := range st.spans {
				if sp[0] == e+1 || (sp[0] == e+2 && determiners[st.w(e+1)]) {
					return true
				}
			}
		}
	}
	// "said in a statement in X"
	for j := p.ti - 2; j >= 0 && j >= p.ti-8; j-- {
		w := st.w(j)
		if speechVerbs[w] || w == "speaking" || w == "spoke" {
			return true
		}
		if !speechPlace[w] {
			break
		}
	}
	return false
}

// levelWords say what kind of place a name is when they follow it.
var levelWords = map[string]int{"district": 2, "tehsil": 2, "county": 2, "municipality": 2, "rayon": 2,
	"subdistrict": 2, "township": 2, "province": 3, "region": 3, "governorate": 3, "oblast": 3}

// settlementNouns after a people's adjective place the settlement in the
// people's country ("a Tajik village", "on Pakistani soil").
var settlementNouns = map[string]bool{"village": true, "villages": true, "town": true, "towns": true, "city": true,
	"hamlet": true, "settlement": true, "settlements": true, "soil": true, "territory": true, "countryside": true}

// qualifyPlace marks places that are not where the event happened: the
// speaker's ("Tajikistan's border service said"), origins ("from
// Afghanistan"), neighbours ("the border with Uzbekistan", "the Afghan
// border"), nationalities and names of groups.
func (d *doc) qualifyPlace(st *sent, p *splace) {
	if p.p.Demonym && settlementNouns[st.w(d.tokAt(st, p.p.End))] {
		return // "burned an Azeri village": the people's land is where
	}
	if p.p.Demonym || p.p.Country == "" {
		if p.p.Demonym {
			nx := st.w(d.tokAt(st, p.p.End))
			p.weapon = weaponNouns[nx] || (nx == "air" || nx == "military" || nx == "army") && weaponNouns[st.w(d.tokAt(st, p.p.End)+1)] ||
				d.neighbourSide(st, p)
		}
		p.excluded = true
		return
	}
	if st.inSpans(p.ti) {
		p.excluded = true
		return
	}
	if d.attackerCountry(st, p) || d.accusedPlace(st, p) || originPlace(st, p) {
		p.weapon, p.excluded = true, true
		return
	}
	for _, m := range st.ments {
		if p.ti >= m.ti && p.ti < m.tj && m.class == "named" {
			p.excluded = true
			return
		}
	}
	e := d.tokAt(st, p.p.End)
	if p.notPlace {
		p.excluded = true
		return
	}
	for j := p.ti - 1; j >= 0 && j >= p.ti-2; j-- {
		w := st.toks[j].w
		if locativeWords[w] || w == "on" && j == p.ti-1 && d.trigEndsAt(st, j) {
			p.locative = true // "in X"; "strikes on X": the country struck is where
		}
		if place2Exclude[w] && !(j < p.ti-1 && locativeWords[st.w(p.ti-1)]) && !(neighbourAdjectives[w] && locativeWords[st.w(j-1)]) {
			// ("the border in X": the locative says X is where; so does
			// "in neighbouring X")
			p.excluded = true
			return
		}
		if w == "into" || w == "to" {
			p.demoted = true
		}
		if w == "with" && (st.w(j-1) == "border" || st.w(j-1) == "bordering") {
			p.excluded = true
			return
		}
	}
	if p.p.Water {
		waterPlace(st, p)
		return
	}
	nx := st.w(e)
	if nx == "-" {
		nx = st.w(e + 1)
	}

	// a country's border is the line with its neighbour, where either
	// side may be meant; a province's or a town's ("Khost border
	// clashes", "the Torkham border crossing") is in it
	border := nx == "border" || nx == "borders" || nx == "frontier"
	if border && p.p.Kind == "country" || nx == "affiliate" || nx == "airspace" || strings.HasSuffix(nx, "-based") {
		p.excluded = true
	}
	if p.p.Kind == "region" || p.p.Kind == "continent" {
		p.demoted = true
	}
	// a dateline names where the story was filed; the speaker's place is
	// where the words were said: both still count towards the country
	if d.inDateline(st, p) || d.speakerPlace(st, p, e) {
		p.excluded = true
		return
	}
	d.levelWord(st, p, e)
	if p.p.Kind == "city" && p.p.Precision < 2 && (d.unknownLocality(st, p) || d.listedTown(st, p)) {
		p.p.Precision = 2 // "in Kalay Sur (Dashtak, Sarbagh)": somewhere near Dashtak
	}
	// gazetteer noise: a place in a country the article never names, when
	// the article names some
	if len(d.mentioned) > 0 && !d.mentioned[p.p.Country] && p.p.Kind != "country" {
		p.demoted = true
	}
}

// unknownLocality: the town opens the parenthesis that coders write
// after a locality the gazetteer does not know ("attacked a post in
// Kalay Sur (Dashtak, Sarbagh)": its district and province), so the event is
// only near that town, at geo_precision 2, as ACLED codes a place found
// only by its district; the locality's name stays a keyword.
func (d *doc) unknownLocality(st *sent, p *splace) bool {
	if p.ti < 2 || st.w(p.ti-1) != "(" {
		return false
	}
	b := &st.toks[p.ti-2]
	if !b.word || !b.cap {
		return false
	}
	for k := range st.places {
		if q := &st.places[k]; q.ti <= p.ti-2 && p.ti-2 < d.tokAt(st, q.p.End) {
			return false // "Kunduz (Kunduz province)": a known place qualified
		}
	}
	return true
}

// listedTown: the town is one of places joined by "and" ("an operation
// in Dashtak and Sarbagh"): the event is somewhere about them, not at
// the first one's centre, so it is only near it (geo_precision 2).
func (d *doc) listedTown(st *sent, p *splace) bool {
	e := d.tokAt(st, p.p.End)
	for k := range st.places {
		q := &st.places[k]
		if q == p || q.p.Demonym || q.p.Kind == "country" {
			continue
		}
		if st.w(e) == "and" && q.ti == e+1 || p.ti >= 2 && st.w(p.ti-1) == "and" && d.tokAt(st, q.p.End) == p.ti-1 {
			return true
		}
	}
	return false
}

// waterPrecision: a sea's or lake's point stands for water hundreds of
// kilometres across, ACLED's "only a region" precision.
const waterPrecision = 3

// waterPlace: a sea, gulf, strait, bay or lake is the event's place only
// where the sentence says the event happened on it ("in the Red Sea",
// "off the Strait of Hormuz", "near Lake Chad"); named otherwise ("Red
// Sea shipping", "missiles fired into the Gulf") it places nothing. Its
// country is the coastal state the gazetteer gives every report naming
// it, never the nationality of a navy or of pirates.
func waterPlace(st *sent, p *splace) {
	if !saidAt(st, p) || p.demoted {
		p.excluded = true
		return
	}
	p.locative = true
	p.p.Precision = waterPrecision
}

// saidAt: a locative word stands among the two tokens before p ("in
// the", "off"); on water, "on" too ("a ferry on Lake X": on land, "an
// attack on X" names a target).
func saidAt(st *sent, p *splace) bool {
	ti := p.ti
	if p.p.Water {
		ti = watersOf(st, ti)
	}
	for j := ti - 1; j >= 0 && j >= ti-2; j-- {
		if w := st.w(j); locativeWords[w] || w == "off" || w == "on" && p.p.Water {
			return true
		}
	}
	return false
}

// watersOf: "in the (lawless) waters of the Gulf of X" says the event
// happened on the gulf as "in the Gulf of X" does. It returns where the
// phrase that governs the water's name starts: before "waters of (the)"
// and up to watersAdjectives words qualifying it, else ti.
func watersOf(st *sent, ti int) int {
	j := ti - 1
	if j >= 0 && st.w(j) == "the" {
		j--
	}
	if j < 1 || st.w(j) != "of" || st.w(j-1) != "waters" {
		return ti
	}
	j--
	for k := 0; k < watersAdjectives && j > 0 && st.w(j-1) != "the" && !locativeWords[st.w(j-1)]; k++ {
		j-- // "lawless", "international", "pirate-infested"
	}
	return j
}

// watersAdjectives: words that may qualify "waters" ("the busy coastal
// waters of").
const watersAdjectives = 2

// waterYields: a place on land the sentence says the event happened at
// ("in the Mediterranean off Gaza", "in the Black Sea near Odesa") is
// finer than the sea it lies on, whatever its rank: the sea is set aside.
func waterYields(st *sent) {
	land := false
	for k := range st.places {
		if q := &st.places[k]; !q.excluded && !q.p.Water && !q.p.Demonym && q.p.Country != "" && saidAt(st, q) {
			land = true
		}
	}
	if !land {
		return
	}
	for k := range st.places {
		if q := &st.places[k]; q.p.Water {
			q.excluded = true
		}
	}
}

func kindRank(k string) int {
	switch k {
	case "city":
		return 5
	case "admin2":
		return 4
	case "feature":
		return 3
	case "admin1":
		return 3
	case "country":
		return 1
	}
	return 0
}

// weaponNouns after a nationality name the means of an attack: the
// nationality is the attacker's ("Pakistani strikes", "Russian drones").
var weaponNouns = set("strike", "strikes", "airstrike", "airstrikes", "jets", "warplanes", "aircraft", "drone", "drones",
	"artillery", "shelling", "shells", "rockets", "rocket", "missiles", "missile", "bombing", "bombings", "bombardment",
	"raid", "raids", "attack", "attacks", "counterattack", "counterattacks", "operation", "operations", "offensive")

// attackerWords may stand between a country's name and the weapons it
// names: "Pakistan military strikes", "US and Israeli strikes", "US,
// Israel strike", and the verb of its own strike (strikeVerbWords:
// "Pakistan launched airstrikes").
var attackerWords = func() map[string]bool {
	m := set("-", ",", "and", "military", "air", "army", "regime", "forces", "force", "naval", "navy",
		"'s", "’s", ".", "latest", "recent", "fresh", "overnight", "renewed", "new", "deadly", "retaliatory", "cross-border")
	for w := range strikeVerbWords {
		m[w] = true
	}
	return m
}()

// maxAttackerReach is how many tokens after a country's name its weapons
// may be named: "US, Israel strike" is three, "Israel's 8 June strikes"
// four, "Pakistan's latest cross-border strikes" five.
const maxAttackerReach = 5

// attackerCountry: a country's name before the weapons of an attack is
// where the attack came from ("Pakistan airstrikes kill 13 in Khost", "US,
// Israel strike oil depot in Iran"), as its nationality is ("Pakistani
// strikes"), when the sentence names another country the attack may
// have struck. Alone in its sentence, "Nigeria bombing" names the place.
func (d *doc) attackerCountry(st *sent, p *splace) bool {
	if p.p.Kind != "country" {
		return false
	}
	// after "in", only its weapons make a country the attacker ("killed in
	// Sudan air strikes"); a verb after it is another subject's ("its
	// airstrikes in Afghanistan targeted militants": where)
	where := locativeWords[st.w(p.ti-1)]
	weapons := false
	e := d.tokAt(st, p.p.End)
	if e < len(st.toks) && st.toks[e].s < p.p.End {
		e++ // the name opens a compound ("US-Israeli strikes")
	}
	for j := e; j < len(st.toks) && j < e+maxAttackerReach; j++ {
		w := st.w(j)
		if weaponNouns[w] || attackVerbs[w] && !where {
			weapons = true
			break
		}
		if !attackerWords[w] && !d.inAnyPlace(st, j) && !d.inDate(st, j) {
			break // ("Israel's 8 June strikes": the date is the strikes')
		}
	}
	if !weapons {
		return false
	}
	for k := range st.places {
		if q := &st.places[k]; q.p.Country != "" && q.p.Country != p.p.Country {
			return true
		}
	}
	return false
}

// locativeWords before a place say it is where something happened; a
// place named without one may be a party ("Pakistan carries out strikes
// inside Afghanistan").
var locativeWords = set("in", "inside", "at", "near", "within", "across", "outside", "around")

// placeScore orders a sentence's places as the event's place: the most
// specific kind first, then places not demoted, then places said as a
// location.
func placeScore(p *splace) int {
	s := kindRank(p.p.Kind) * 4
	if !p.demoted {
		s += 2
	}
	if p.locative {
		s++
	}
	return s
}

// trigEndsAt: an event word ends right before token j ("strikes" of
// "strikes on X").
func (d *doc) trigEndsAt(st *sent, j int) bool {
	for _, tr := range st.trigs {
		if tr.tj == j {
			return true
		}
	}
	return false
}

// bestPlace is the most specific usable place of a sentence.
func bestPlace(st *sent, minRank int) (Place, bool) {
	bs, bi := -1, -1
	for k := range st.places {
		p := &st.places[k]
		if p.excluded || kindRank(p.p.Kind) < minRank {
			continue
		}
		if s := placeScore(p); s > bs {
			bs, bi = s, k
		}
	}
	if bi < 0 {
		return Place{}, false
	}
	return st.places[bi].p, true
}

// finerInEvent: the event's own sentence names only a country or a
// province ("a drone strike in southern Sudan", "a raid in Zamfara
// state") and a later sentence that tells the same event names a place
// in it ("the strike hit the market near the town of Kosti", "stormed a
// village in Gusau local government area"): that place is the event's.
func finerInEvent(ev *evb, p Place) (Place, bool) {
	if p.Kind != "country" && p.Kind != "admin1" {
		return Place{}, false
	}
	inside := func(q *splace) bool {
		return !q.excluded && !q.p.Demonym && q.p.Country == p.Country && kindRank(q.p.Kind) > kindRank(p.Kind) &&
			(p.Kind != "admin1" || q.p.Admin1 == p.Admin1)
	}
	b := bestScored{s: -1}
	for _, es := range ev.sents[1:] {
		b.consider(es.st, inside)
	}
	return b.p, b.s >= 0
}

// bestScored is the best-scored place (placeScore) of the sentences
// considered so far.
type bestScored struct {
	s int // its score, -1 for none yet
	p Place
}

// consider takes into b the places of st that keep accepts.
func (b *bestScored) consider(st *sent, keep func(*splace) bool) {
	for k := range st.places {
		q := &st.places[k]
		if !keep(q) {
			continue
		}
		if s := placeScore(q); s > b.s {
			b.s, b.p = s, q.p
		}
	}
}

// notExcluded keeps every place that may be an event's.
func notExcluded(q *splace) bool { return !q.excluded }

func placeConflict(a, b *Place) bool {
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return true
	}
	if a.Admin1 != "" && b.Admin1 != "" && a.Admin1 != b.Admin1 {
		return true
	}
	if a.Admin2 != "" && b.Admin2 != "" && a.Admin2 != b.Admin2 {
		return true
	}
	return false
}

func samePlace(a, b *Place) bool {
	if placeConflict(a, b) {
		return false
	}
	return (a.Admin2 != "" && a.Admin2 == b.Admin2) || (a.Admin1 != "" && a.Admin1 == b.Admin1)
}

// crossBorder: a fight between two countries' forces told from both sides
// of the border - the place is in the other country of the two the
// incident involves, and the sentence has no other date.
func (d *doc) crossBorder(st *sent, ev *evb, p *Place) bool {
	if p.Country == "" || ev.place.Country == "" || p.Country == ev.place.Country || !violent(ev.class) {
		return false
	}
	hasP, hasE := false, false
	for _, es := range ev.sents {
		for _, sp := range es.st.places {
			if sp.p.Kind == "country" || sp.p.Demonym {
				if sp.p.Country == p.Country {
					hasP = true
				}
				if sp.p.Country == ev.place.Country {
					hasE = true
				}
			}
		}
		for _, m := range es.st.ments {
			if m.class == "state" && m.country == p.Country {
				hasP = true
			}
		}
	}
	return hasP && hasE
}

// placeEvent: the most specific place the text ties to the incident - its
// own sentence first, then an event told in the same sentence, then the
// other sentences that tell it and its paragraph (one step less precise),
// then the article's main country.
func (d *doc) placeEvent(ev *evb, e *event.Event) {
	set := func(p Place, plus int) {
		ev.atSea = p.Water
		e.Country, e.ISO, e.Admin1, e.Admin2 = p.Country, p.ISO, p.Admin1, p.Admin2
		e.Location, e.Latitude, e.Longitude, e.GeonameID = p.Location, p.Lat, p.Lon, p.GeonameID
		e.LocationPopulation = int(p.Population)
		if e.Location == "" {
			e.Location = p.Name
		}
		e.GeoPrecision = p.Precision + plus
		if e.GeoPrecision > 3 {
			e.GeoPrecision = 3
		}
		if e.GeoPrecision < 1 {
			e.GeoPrecision = 1
		}
	}
	main := ev.sents[0].st
	if p, ok := bestPlace(main, 0); ok {
		if fp, ok := finerInEvent(ev, p); ok {
			p = fp
		}
		set(p, 0)
		return
	}
	if ev.co != nil && ev.co.place != nil {
		set(*ev.co.place, 0)
		return
	}
	if p, ok := d.datelineTown(ev); ok {
		set(p, 0)
		return
	}
	b := bestScored{s: -1}
	for _, es := range ev.sents[1:] {
		b.consider(es.st, notExcluded)
	}
	if b.s < 0 {
		for _, st := range d.sents {
			if st.para == main.para && st != main {
				b.consider(st, notExcluded)
			}
		}
	}
	if b.s >= 0 {
		set(b.p, 1)
		return
	}
	if p, ok := policeTown(ev); ok && !e.Background {
		set(p, 1)
		return
	}
	best, bn := "", 0
	for _, st := range d.sents {
		for _, p := range st.places {
			if c := p.p.Country; c != "" && d.countryN[c] > bn {
				best, bn = c, d.countryN[c]
			}
		}
	}
	if best == "" && !e.Background {
		if p, ok := d.partyHome(ev); ok {
			set(p, 0)
			e.GeoPrecision = 3
			return
		}
	}
	if best != "" {
		// history told in passing happened elsewhere as often as not
		if mp, ok := d.mainPlace(best); ok && !e.Background {
			set(mp, 1)
			return
		}
		if tp, ok := d.headlinePlace(best); ok && !e.Background {
			set(tp, 1)
			return
		}
		p := d.countryPl[best]
		if p.Country == "" {
			p = Place{Country: best, Kind: "country"}
			// Any place of that country carries its ISO code.
			for _, st := range d.sents {
				for _, sp := range st.places {
					if sp.p.Country == best && sp.p.ISO != "" && p.ISO == "" {
						p.ISO = sp.p.ISO
					}
				}
			}
		}
		p.Admin1, p.Admin2, p.Location, p.Population = "", "", "", 0
		set(p, 0)
		e.GeoPrecision = 3
		if p.Kind == "country" || p.Demonym {
			e.Location = best
		}
	}
}

// policeTown is the town of the local police who tell the event ("Police
// in Karachi said gunmen shot dead a trader", "Quetta police said"), for
// an event the text places nowhere else: a town's police speak of their
// own town. A ministry or an army speaking in a capital does not: it
// speaks of the whole country.
func policeTown(ev *evb) (Place, bool) {
	for _, es := range ev.sents {
		st := es.st
		for _, sp := range st.spans {
			police := false
			for i := sp[0]; i < sp[1]; i++ {
				police = police || st.w(i) == "police"
			}
			if !police {
				continue
			}
			for k := range st.places {
				if p := &st.places[k]; p.ti >= sp[0] && p.ti < sp[1] && p.p.Kind == "city" && !p.p.Demonym {
					return p.p, true
				}
			}
		}
	}
	return Place{}, false
}

// mainPlace is the place below the country that the article keeps
// returning to, in the article's main country: where a report of one
// incident tells it happened, even in sentences that do not tell the
// event itself. Only places that could be the event's count: not a
// dateline (a wire bureau's city), a speaker's place, an origin or a name
// taken for a place. ok is false unless one place (with the places it lies
// in) has most of the mentions: an article that names several towns as
// often does not say which.
func (d *doc) mainPlace(country string) (Place, bool) {
	type cand struct {
		p     Place
		n     int
		first int
	}
	var cs []cand
	k := 0
	for _, st := range d.sents {
		for i := range st.places {
			sp := &st.places[i]
			k++
			if sp.excluded || sp.notPlace || sp.p.Demonym || sp.p.Country != country || kindRank(sp.p.Kind) < 3 {
				continue
			}
			key := sp.p.Admin1 + "|" + sp.p.Admin2 + "|" + sp.p.Location + "|" + sp.p.Name
			found := false
			for j := range cs {
				c := &cs[j]
				if c.p.Admin1+"|"+c.p.Admin2+"|"+c.p.Location+"|"+c.p.Name == key {
					c.n++
					found = true
				}
			}
			if !found {
				cs = append(cs, cand{sp.p, 1, k})
			}
		}
	}
	// A place counts the mentions of the places it lies in ("Oregon" backs
	// a town in Oregon): the finest of a nested chain wins, and only places
	// that are not nested compete.
	score := make([]int, len(cs))
	for j := range cs {
		for k := range cs {
			if j == k || nests(&cs[k].p, &cs[j].p) {
				score[j] += cs[k].n
			}
		}
	}
	bi := -1
	for j := range cs {
		if bi < 0 || score[j] > score[bi] || score[j] == score[bi] && kindRank(cs[j].p.Kind) > kindRank(cs[bi].p.Kind) {
			bi = j
		}
	}
	total := 0
	for _, c := range cs {
		total += c.n
	}
	if bi < 0 || score[bi]*2 <= total {
		return Place{}, false
	}
	for j := range cs {
		if j != bi && score[j] == score[bi] && !nests(&cs[j].p, &cs[bi].p) && !nests(&cs[bi].p, &cs[j].p) {
			return Place{}, false
		}
	}
	return cs[bi].p, true
}

// partyHome is the home country of the first named party of ev's
// sentences that has one, for an event whose text names no place at all:
// "Two soldiers dead in NPA attack" happened in the Philippines, as a
// coder reads it. Resolved by the geocoder, so that it carries the
// country's code and point.
func (d *doc) partyHome(ev *evb) (Place, bool) {
	for _, es := range ev.sents {
		for _, m := range es.st.ments {
			if m.class != "named" || m.named.Country == "" || m.inSpeaker {
				continue
			}
			for _, p := range d.x.geo.Places(m.named.Country, nil) {
				if p.Kind == "country" && !p.Demonym {
					return p, true
				}
			}
		}
	}
	return Place{}, false
}

// headlinePlace is the headline's place below the country, in the
// country the body's places point to, for an event the body places no
// finer: "Two children killed in X mine blast" over a body that names X
// only as its spokesman's province.
func (d *doc) headlinePlace(country string) (Place, bool) {
	if d.title == nil {
		return Place{}, false
	}
	bs, bp := -1, Place{}
	for k := range d.title.places {
		p := &d.title.places[k]
		if p.excluded || p.notPlace || p.p.Demonym || p.p.Country != country || kindRank(p.p.Kind) < 3 {
			continue
		}
		if s := placeScore(p); s > bs {
			bs, bp = s, p.p
		}
	}
	return bp, bs >= 0
}

// nests: inner lies in outer, a province or district that names no finer
// place.
func nests(outer, inner *Place) bool {
	switch outer.Kind {
	case "admin1":
		return outer.Admin1 != "" && outer.Admin1 == inner.Admin1 && inner.Kind != "admin1"
	case "admin2":
		return outer.Admin2 != "" && outer.Admin2 == inner.Admin2 && outer.Admin1 == inner.Admin1 && inner.Kind == "city"
	}
	return false
}

// chainWords may stand between a place and the units the sentence says
// hold it: "X village of Y district, Z province", "X (Y), Z", "the X area
// of Y region".
var chainWords = set("of", ",", "(", ")", "the", "a", "area", "areas", "village", "villages", "town", "city",
	"locality", "district", "province", "region", "state", "county", "governorate", "municipality",
	"tehsil", "subdistrict", "department", "division", "oblast", "rayon", "in", "-")

// maxChainGap is how many such words may stand between a place and its
// unit: "X village of the Y" is four; more and the unit names another place.
const maxChainGap = 4

// adminChain: a place followed by the units that hold it must lie in them.
// When the gazetteer put it elsewhere (a village's name matching a town on
// another continent), that reading is dropped and the event falls back to
// the smallest unit the sentence names.
func (d *doc) adminChain(st *sent) {
	for k := range st.places {
		p := &st.places[k]
		if p.excluded || p.p.Demonym || (p.p.Kind != "city" && p.p.Kind != "feature" && p.p.Kind != "admin2") {
			continue
		}
		end := d.tokAt(st, p.p.End)
		for j := k + 1; j < len(st.places); j++ {
			q := &st.places[j]
			// a place already set aside (a speaker's "X's state media", a
			// dateline) ends the chain: it holds nothing
			if q.excluded || q.ti < end || q.ti-end > maxChainGap || !onlyChainWords(st, end, q.ti) {
				break
			}
			if unit := q.p.Kind; !q.p.Demonym && (unit == "admin1" || unit == "admin2" || unit == "country") && !withinUnit(&q.p, &p.p) {
				p.excluded = true
				break
			}
			end = d.tokAt(st, q.p.End)
		}
	}
}

func onlyChainWords(st *sent, a, b int) bool {
	for i := a; i < b; i++ {
		if !chainWords[st.w(i)] {
			return false
		}
	}
	return true
}

// withinUnit: inner may lie in the unit: the same country, and the same
// first-level division when the unit is one or below one. Second-level
// names are not compared: the gazetteer spells a district and a town's
// district field differently often enough.
func withinUnit(unit, inner *Place) bool {
	if unit.Country != inner.Country {
		return false
	}
	if unit.Kind == "country" {
		return true
	}
	return unit.Admin1 == "" || inner.Admin1 == "" || unit.Admin1 == inner.Admin1
}

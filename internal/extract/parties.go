package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// findSurnames marks the place mentions that are no place: parts of an
// address, and names the article uses for a person. A name once written as
// a surname ("Andrea Lisbon") is the person wherever it recurs alone
// ("Lisbon, 34, was charged"). In a headline written in title case every
// word is capitalised, so a place the body never names is taken for a word.
func (d *doc) findSurnames(sts []*sent) {
	var surnames, body map[string]bool
	for _, st := range sts {
		for k := range st.places {
			p := &st.places[k]
			p.lname = d.lowerOf(p.p.Name, p.p.Start, p.p.End)
			name := p.lname
			if !st.head {
				if body == nil {
					body = map[string]bool{}
				}
				body[name] = true
			}
			if streetWords[name] {
				p.notPlace = true
			} else if d.personName(st, p, d.tokAt(st, p.p.End)) {
				p.notPlace = true
				if surnames == nil {
					surnames = map[string]bool{}
				}
				surnames[name] = true
			}
		}
	}
	// the geocoder may report a name only where it stands alone, so every
	// occurrence of a one-word place name is read for a name before it
	var cand map[string]bool
	for _, st := range sts {
		for _, p := range st.places {
			if !p.notPlace && p.p.Kind != "country" && p.p.Kind != "admin1" && !p.p.Demonym &&
				d.tokAt(st, p.p.End) == p.ti+1 {
				if cand == nil {
					cand = map[string]bool{}
				}
				cand[p.lname] = true
			}
		}
	}
	for _, st := range sts {
		for i, t := range st.toks {
			if t.cap && cand[t.w] && !surnames[t.w] && d.afterName(st, i) {
				if surnames == nil {
					surnames = map[string]bool{}
				}
				surnames[t.w] = true
			}
		}
	}
	for _, st := range sts {
		titleCase := st.head && capsShare(st)
		for k := range st.places {
			p := &st.places[k]
			name := p.lname
			if surnames[name] || (titleCase && !body[name]) {
				p.notPlace = true
			}
		}
	}
}

// capsShare: most words of the sentence are capitalised.
func capsShare(st *sent) bool {
	caps, words := 0, 0
	for _, t := range st.toks {
		if t.word {
			words++
			if t.cap {
				caps++
			}
		}
	}
	return caps*2 > words
}

// streetWords are parts of an address that gazetteers know as places
// somewhere ("Ave", a district of Togo).
var streetWords = set("ave", "avenue", "st", "street", "rd", "road", "blvd", "boulevard", "lane", "drive", "hwy",
	"highway", "square", "plaza", "court", "place", "terrace")

// beforePlace are capitalised words that open a place's phrase rather than
// a person's name: "In Ghent", "Downtown Tromso".
var beforePlace = set("in", "at", "near", "from", "the", "of", "to", "outside", "inside", "downtown", "central",
	"northern", "southern", "eastern", "western", "north", "south", "east", "west", "greater", "upstate",
	"across", "around", "across", "across", "suburban", "rural", "old", "new", "port", "fort", "mount", "lake",
	"and", "or", "but", "on", "by", "for", "as", "with", "after", "before", "since", "when", "while", "if")

// titleWords stand before a surname.
var titleWords = set("mr", "mrs", "ms", "miss", "dr", "officer", "deputy", "sgt", "sergeant", "det", "detective",
	"judge", "sen", "senator", "rep", "gov", "governor", "mayor", "president", "pastor", "rev", "reverend",
	"lt", "capt", "captain", "col", "gen", "prof", "professor", "coach", "const", "cst", "constable", "insp", "inspector")

// personName: a town's name used as a surname - "Andrea Lisbon", "Ms.
// Bristol" - names a person, not where the event was (in a line written in
// title case only a title before it tells so): the word before it
// is a title, or another capitalised name that is not a place, a
// nationality, a date or a word that opens a place's phrase.
func (d *doc) personName(st *sent, p *splace, e int) bool {
	if p.p.Kind == "country" || p.p.Kind == "admin1" || p.p.Demonym || e != p.ti+1 {
		return false
	}
	return d.afterName(st, p.ti)
}

// afterName: the token before token i is a title or a given name. Only the
// word before counts: after a place come the names of what is there
// ("Ghent University", "Tromso Harbour Church").
func (d *doc) afterName(st *sent, i int) bool {
	prev := i - 1
	if prev >= 0 && st.toks[prev].w == "." {
		prev-- // "Ms. Bristol"
	}
	if prev < 0 {
		return false
	}
	if titleWords[st.w(prev)] {
		return true
	}
	t := st.toks[prev]
	if !t.word || !t.cap || beforePlace[t.w] || d.inDate(st, prev) || d.inAnyPlace(st, prev) {
		return false
	}
	if capsShare(st) {
		return false // in title case a verb is capitalised too: "Blasts Rock Djenne" names no person
	}
	if _, ok := d.x.lx.demonyms[t.w]; ok {
		return false
	}
	// a word for a party or an event: "Lisbon Police", "Ghent Shooting"
	if _, _, ok := d.x.lx.nouns.match(d.text, st.toks, prev); ok {
		return false
	}
	if _, _, ok := d.x.lx.triggers.match(d.text, st.toks, prev); ok {
		return false
	}
	for _, r := range t.w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(t.w) > 1 && !keyStop[t.w] && !roleWords[t.w] && !levelWord(t.w)
}

// qualifyMention reads the words before a party noun: nationality
// ("Tajik border guards"), "unidentified", "either Russian or Tajik", a
// named group it belongs to ("Taliban fighters").
func (d *doc) qualifyMention(st *sent, m *mention) {
	lx := d.x.lx
	demo := 0
	for j := m.ti - 1; j >= 0 && j >= m.ti-4; j-- {
		t := st.toks[j]
		if !t.word && t.w != "'s" && t.w != "-" {
			break
		}
		// a noun's qualifiers stop at a verb of the act: in "Al Shabaab
		// killed five soldiers" the group is the killer, not the soldiers'
		if claimWords[t.w] != "" {
			break
		}
		// nor past the act's own word: in "JNIM attacked the army" the
		// army is the group's target, not its army
		if t.f&(fTrigger|fHarm|fStrike|fLaunch) != 0 {
			break
		}
		// nor past a count, which opens the noun phrase: in "Pakistani
		// airstrikes leave 18 civilians dead" the civilians are not
		// Pakistani (a title-case headline capitalises every word between)
		if t.number() {
			break
		}
		// "Fano militiamen and federal forces": "and" joins another
		// party, no qualifier of this one; "Pakistani and Afghan forces"
		// joins two nationalities of it
		if t.w == "and" && (j == 0 || d.nationAt(st, j-1) == "") {
			break
		}
		switch t.w {
		case "unidentified", "unknown", "unmarked", "unnamed":
			m.unident = true
			continue
		case "allied", "pro-government":
			if m.class == "armed" {
				m.class = ""
				return
			}
		case "country", "country's", "government", "government's", "national", "local", "provincial", "state":
			if m.country == "" && (t.w == "country" || t.w == "country's") {
				m.country = "@"
			}
			continue
		case "or":
			if demo > 0 {
				m.unident = true
			}
			continue

		case "foreign":
			if m.class == "civ" {
				continue
			}
		}
		if c := d.nationAt(st, j); c != "" {
			demo++
			if m.country == "" || m.country == "@" {
				m.country = c
			}
			continue
		}
		// a named group: "Taliban fighters"
		if m.class != "civ" && m.class != "protester" && m.class != "prisoner" {
			for _, o := range st.ments {
				if o.class == "named" && o.tj == j+1 {
					if m.class == "air" && o.named.Inter == event.InterState {
						// "Sudanese army warplanes", "SAF aircraft": the
						// state's aircraft, still an air strike's
						m.country = o.named.Country
						break
					}
					m.class = ""
					return
				}
			}
		}
		if t.w == "'s" || t.w == "-" {
			continue
		}
		if !t.cap && j < m.ti-2 {
			break
		}
	}
	if c := d.nationalityAfter(st, m); c != "" && (m.country == "" || m.country == "@") {
		m.country = c
	}
	// "the Kyrgyz side opened fire": in a border report a nation's side
	// is its state's forces; a side of no nation ("the other side") or
	// of the border ("on the Afghan side of the border") is no party
	if st.w(m.tj-1) == "side" && (m.country == "" || m.country == "@" || st.w(m.tj) == "of") {
		m.class = ""
		return
	}
	// "fighters from Islamic State", "militants of the Taliban"
	if m.class == "armed" || m.class == "state" {
		w := st.w(m.tj)
		if w == "from" || w == "of" {
			k := m.tj + 1
			if st.w(k) == "the" {
				k++
			}
			if k < len(st.toks) {
				if _, a, ok := lx.actors.match(d.text, st.toks, k); ok {
					_ = a
					m.class = ""
				}
			}
		}
	}
}

// nationAt is the country that token j names: a capitalised nationality
// ("Chadian", in ACLED's naming: demonyms.tsv), else a geocoded country
// place. The one reading of a nationality for the party rules.
func (d *doc) nationAt(st *sent, j int) string {
	if t := st.toks[j]; t.cap {
		if c := d.x.lx.demonyms[t.w]; c != "" {
			return c
		}
	}
	return d.countryAtTok(st, j)
}

// countryAtTok returns the country of a geocoded country place at token j.
func (d *doc) countryAtTok(st *sent, j int) string {
	for _, p := range st.places {
		if p.ti == j && (p.p.Kind == "country" || p.p.Demonym) {
			return p.p.Country
		}
	}
	return ""
}

// countryAgents: "Tajikistan mobilized troops" - a country name as the
// subject of a deployment is its state forces.
func (d *doc) countryAgents(st *sent) {
	for _, p := range st.places {
		if p.p.Kind != "country" || p.p.Demonym {
			continue
		}
		e := d.tokAt(st, p.p.End)
		for j := e; j < len(st.toks) && j <= e+1; j++ {
			if k, ti, ok := d.x.lx.triggers.match(d.text, st.toks, j); ok && k > 0 && (ti.fam == "deploy" || ti.fam == "exercise") {
				st.ments = append(st.ments, mention{ti: p.ti, tj: e, class: "state", force: "military", country: p.p.Country, subj: true})
				break
			}
		}
	}
}

// nationVerbs are the acts whose doer, written as a people in the
// plural, is that people's state forces ("Ethiopians shelled the town").
var nationVerbs = set("killed", "kill", "kills", "shelled", "shell", "shells", "attacked", "attack", "attacks",
	"bombed", "bomb", "bombs", "struck", "strike", "strikes", "captured", "capture", "captures", "seized", "seize", "seizes")

// notObject: after the verb, a preposition or punctuation says the verb
// is a headline's passive ("Ethiopians killed in X"), no act of the people.
var notObject = set("in", "at", "near", "on", "by", "during", "after", "while", "as", "when", ",", ".", ":", ";")

// nationAgents: a people in the plural opening its clause as the doer of
// an act of war with an object ("Ethiopians killed four farmers",
// "Ethiopians shelled the town") is its state's forces, as "Russian
// troops" would be. After a count it is the victims ("Two Russians
// killed"), and before a preposition the verb is a headline's passive.
func (d *doc) nationAgents(st *sent) {
	for k := range st.places {
		p := &st.places[k] // no copy: a place is a large struct
		j := p.ti
		if !p.p.Demonym || !strings.HasSuffix(st.w(j), "s") || d.mentionAt(st, j) || j+2 >= len(st.toks) {
			continue
		}
		if prev := st.w(j - 1); j > 0 && st.toks[j-1].word && prev != "the" && prev != "and" && prev != "but" {
			continue
		}
		if !nationVerbs[st.w(j+1)] || notObject[st.w(j+2)] {
			continue
		}
		st.ments = append(st.ments, mention{ti: j, tj: j + 1, class: "state", force: "military", country: p.p.Country, subj: true, inSpeaker: st.inSpans(j)})
	}
}

// strikerNations: "a Pakistani airstrike", "Chadian shelling", "Israel's
// strikes", "a Venezuelan raid": a nationality or a country right before
// a strike, a shelling or an attack names the state whose forces struck
// (from the air for strikes, as strikes.go reads the noun), as a party
// noun qualified by it would ("Pakistani jets"). A trigger that is itself
// a party noun ("drone strike") was qualified as a party already, and a
// named group before it ("Taliban attack") is its own party.
func (d *doc) strikerNations(st *sent) {
	for _, tr := range st.trigs {
		w := st.w(tr.ti)
		air := tr.info.fam == "air" || strikeWords[w]
		if tr.off || !air && tr.info.fam != "shell" && !stateAttackNouns[w] {
			continue
		}
		if d.mentionAt(st, tr.ti) {
			continue
		}
		j, c := d.strikerAt(st, tr)
		if c == "" {
			continue
		}
		m := mention{ti: j, tj: j + 1, class: "state", force: "military", country: c, inSpeaker: st.inSpans(j)}
		if air {
			m.class = "air"
		}
		st.ments = append(st.ments, m)
	}
}

// remoteWeapons are the arms a state fires from afar that text names
// with the state's nationality as their owner: "Russian missiles",
// "Pakistani artillery", "Israeli tank shells".
var remoteWeapons = set("missiles", "missile", "rockets", "rocket", "artillery", "shells", "mortars", "mortar",
	"howitzers", "cannons", "tanks", "tank", "gunboats", "warships", "warship")

// weaponNations: a nationality or a country right before such arms names
// the state whose forces fired them, as a party noun it qualified would
// ("Pakistani troops"): "Russian missiles struck a block" was struck by
// Russia's forces.
func (d *doc) weaponNations(st *sent) {
	for j := 0; j+1 < len(st.toks); j++ {
		if !st.toks[j].cap || !remoteWeapons[st.toks[j+1].w] || d.mentionAt(st, j) || d.mentionAt(st, j+1) {
			continue
		}
		if c := d.nationAt(st, j); c != "" {
			st.ments = append(st.ments, mention{ti: j, tj: j + 2, class: "state", force: "military", country: c, inSpeaker: st.inSpans(j)})
		}
	}
}

// accuseVerbs lay a deed at someone's door: "accused X of shelling",
// "blamed X for the strike" (Russian "обвинил X в обстреле" is glossed
// so).
var accuseVerbs = set("accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming", "blame")

// accusedOf is the token of the one accused of the act at token ti
// ("accused Tajikistan of shelling"), or -1. Which country the text
// believes is not asked: ACLED codes the alleged doer, the denial
// beside it.
func accusedOf(st *sent, ti int) int {
	k := ti - 1
	if w := st.w(k); w == "the" || w == "a" || w == "an" {
		k-- // "blamed X for the airstrike"
	}
	if k < 2 {
		return -1
	}
	switch st.w(k) {
	case "of", "for", "in":
	default:
		return -1
	}
	if !accuseVerbs[st.w(k-2)] {
		return -1
	}
	return k - 1
}

// strikerAt is the token and country of the state named as the striker
// of the trigger tr: a nationality or country before it ("Chadian
// shelling", "Israel's strikes", past its verb: "Pakistan launched
// airstrikes"), or a country after "by" ("a bombing by
// Pakistan", "strikes by the Sudan"); "" when none is named there.
func (d *doc) strikerAt(st *sent, tr strig) (int, string) {
	j := tr.ti - 1
	if j >= 0 && st.toks[j].w == "'s" {
		j--
	}
	for n := 0; j >= 0 && n < maxStrikeVerbWords && strikeVerbWords[st.toks[j].w]; n++ {
		j-- // "Pakistan launched airstrikes", "Israel carried out strikes"
	}
	if j >= 0 && !d.mentionAt(st, j) {
		if c := d.nationAt(st, j); c != "" {
			return j, c
		}
	}
	if a := accusedOf(st, tr.ti); a >= 0 && !d.mentionAt(st, a) {
		if c := d.nationAt(st, a); c != "" {
			return a, c // "Kyrgyzstan accused Tajikistan of shelling a village"
		}
	}
	k := tr.tj
	if languages[st.lang].postCountry && k < len(st.toks) && !d.mentionAt(st, k) {
		if c := d.countryAtTok(st, k); c != "" {
			return k, c // the owner after the noun: "حمله هوایی پاکستان", "авиаудар Пакистана"
		}
	}
	if st.w(k) != "by" {
		return -1, ""
	}
	if k++; st.w(k) == "the" {
		k++
	}
	if k >= len(st.toks) || d.mentionAt(st, k) {
		return -1, ""
	}
	if c := d.countryAtTok(st, k); c != "" {
		return k, c
	}
	// the geocoder may leave out a country named as a doer: the name as
	// written is the country when the actor names know it
	if t := st.toks[k]; t.cap && d.x.lx.countries[t.w] {
		return k, d.text[t.s:t.e]
	}
	return -1, ""
}

// strikeVerbWords stand between a striking state and its strikes: the
// verb of its own blow ("Pakistan launched airstrikes", "X carried out
// strikes", "Y has conducted raids"); maxStrikeVerbWords of them at most.
var strikeVerbWords = set("launched", "launches", "launch", "carried", "carries", "out", "conducted", "conducts",
	"staged", "stages", "mounted", "mounts", "has", "have", "had")

const maxStrikeVerbWords = 3

// stateAttackNouns are the nouns of an attack that a nationality before
// them makes a state's ("a Pakistani attack", "Venezuelan raids").
var stateAttackNouns = set("attack", "attacks", "raid", "raids", "assault", "offensive", "incursion", "incursions")

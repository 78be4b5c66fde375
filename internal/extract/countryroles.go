package extract

// A place named as a party to an attack is not where the attack
// happened, and says nothing of the country the article is about: the
// accused ("accuse X of", "blamed X for"), where the fire came from
// ("fired from X", "crossed from X"), and the attacker by its verb
// ("X kills ...", "X strikes ..."). Such places are excluded and, like
// the nationality of the weapons (weapon), give the article's country
// no vote: a one-line report of a shell from one country landing in
// another must not be placed where the shell was fired.

// accuseWords before a place make it the party accused: "Taliban accuse
// Islamabad of violations", "officials blamed Kabul for the blast".
var accuseWords = set("accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming")

// accusedPlace: a place right after an accusing verb, with the charge
// ("of", "for") after it, is the accused.
func (d *doc) accusedPlace(st *sent, p *splace) bool {
	b := p.ti - 1
	if determiners[st.w(b)] {
		b--
	}
	if !accuseWords[st.w(b)] {
		return false
	}
	for j := d.tokAt(st, p.p.End); j < len(st.toks) && j < d.tokAt(st, p.p.End)+maxAttackerReach; j++ {
		if w := st.w(j); w == "of" || w == "for" {
			return true
		}
	}
	return false
}

// attackVerbs after a country's name make it the attacker ("Israel kills
// a commander of the Iranian ...", "Turkey strikes Kurdish positions in
// Iraq"): where the blow fell is another country the sentence names.
var attackVerbs = set("kills", "killed", "kill", "strikes", "struck", "hits", "hit", "bombs", "bombed", "bombards",
	"bombarded", "shells", "shelled", "pounds", "pounded", "targets", "targeted", "attacks", "attacked", "raids", "raided")

// originPlace: "from" before a place names where fire, fighters or
// victims came from ("a mortar fired from X landed in ...", "migrants
// from X killed in ..."); the place is excluded where it stands (see
// place2Exclude) and gives the article's country no vote.
func originPlace(st *sent, p *splace) bool {
	for j := p.ti - 1; j >= 0 && j >= p.ti-2; j-- {
		if st.w(j) == "from" {
			return true
		}
	}
	return false
}

// neighbourWords after a nationality name the neighbour's side of a
// border ("from across the Afghan border", "the Pakistani side"): the
// neighbour, not where the event is.
var neighbourWords = set("border", "borders", "frontier", "side")

// borderForces after "border" make the nationality the forces' own
// ("Kyrgyz border guards"), not the neighbour's side.
var borderForces = set("guard", "guards", "police", "force", "forces", "troops", "service", "post", "posts",
	"officials", "security", "patrol", "patrols", "units", "outpost", "outposts")

// neighbourSide: a nationality before "border" or "side" names the
// neighbour's side of the border, unless the forces that guard it follow.
func (d *doc) neighbourSide(st *sent, p *splace) bool {
	e := d.tokAt(st, p.p.End)
	return neighbourWords[st.w(e)] && !borderForces[st.w(e+1)]
}

// fromFireWords name fire that comes from somewhere: "shelling from X",
// "mortar fire from X", "shells fired from X".
var fromFireWords = set("shelling", "shelled", "shells", "mortar", "mortars", "artillery", "fire", "gunfire")

// launchedWords name what armed groups fire from a country as often as its
// army: "rockets fired from X" names no army.
var launchedWords = set("rocket", "rockets", "missile", "missiles", "drone", "drones", "projectile", "projectiles")

// maxFireLead is how far before "from" the fire may be named: "shells
// fired from", "mortar rounds fired from".
const maxFireLead = 3

// fireFrom: a country the fire came from ("shelling from Tajikistan",
// "mortar fire from Pakistan") is, by its forces, the party that fired
// across the border: the origin place is excluded as the event's place
// (originPlace) and its state's forces join the sentence's parties. Not
// rockets or drones, which armed groups fire from a country as often as
// its army does.
func (d *doc) fireFrom(st *sent) {
	for _, p := range st.places {
		if p.p.Kind != "country" || p.p.Demonym || st.w(p.ti-1) != "from" || d.mentionAt(st, p.ti) {
			continue
		}
		for j := p.ti - 2; j >= 0 && j >= p.ti-1-maxFireLead; j-- {
			if launchedWords[st.w(j)] {
				break
			}
			if fromFireWords[st.w(j)] {
				st.ments = append(st.ments, mention{ti: p.ti, tj: d.tokAt(st, p.p.End), class: "state", force: "military", country: p.p.Country})
				break
			}
		}
	}
}

package extract

import "github.com/sitrep/sitrep/internal/event"

// The noun "strikes" in war news: "the army's strikes", "fresh
// strikes on the port", "killed in army strikes" are blows from the air
// or from afar, as coders read them (ACLED: Air/drone strike), while the
// verb ("rebels strike a base") is an attack on the ground. A strike
// whose striker is a named armed group, or civilians, stays an attack.

// strikeWords are the noun's forms; "struck" is the verb only.
var strikeWords = set("strike", "strikes")

// strikeHeads are words before "strike(s)" that make it the noun of a
// state's or an army's blows: who strikes (a state's forces) or a word
// that only stands before a noun.
var strikeHeads = set("military", "army", "government", "regime", "coalition", "navy", "naval", "precision",
	"in", "by", "of", "new", "fresh", "renewed", "overnight", "deadly", "latest", "retaliatory", "the", "a", "more")

// strikeNoun: some sentence of ev has "strike(s)" after a word for a
// state's forces, a country or its demonym, or a word that opens a noun
// phrase ("in strikes", "fresh strikes"). A general strike or a hunger
// strike is a protest's trigger and never reaches this rule.
func (d *doc) strikeNoun(ev *evb) bool {
	for _, es := range ev.sents {
		st := es.st
		for i := 1; i < len(st.toks); i++ {
			if st.toks[i].f&fStrike == 0 { // strikeWords, by the token's flag
				continue
			}
			p := st.w(i - 1)
			if strikeHeads[p] || d.x.lx.countries[p] {
				return true
			}
			if _, ok := d.x.lx.demonyms[p]; ok {
				return true
			}
		}
	}
	return false
}

// byStrike: violence told with the noun "strikes" is an air or drone
// strike unless a named armed group or civilians struck; so is a killing
// by a state's aircraft or drone ("Israeli drone kills two"); otherwise
// next decides.
func byStrike(next subRule) subRule {
	return func(f typeFacts) string {
		if f.strikeNoun && (f.actor1 != "armed" || f.unnamed) && f.actor1 != "civ" && f.actor1 != "protester" && f.actor1 != "rioter" {
			return event.AirDroneStrike
		}
		if f.aircraft && f.actor1 == "state" {
			return event.AirDroneStrike
		}
		return next(f)
	}
}

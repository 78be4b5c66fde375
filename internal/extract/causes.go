package extract

import "github.com/sitrep/sitrep/internal/event"

// A crowd rises over a death: "rioters torched a police post after a man
// died in custody", "protests broke out following the killing of a
// student". The death is what the demonstration is about, not its toll;
// coders count only who died in the riot or protest itself. And the force
// used on a riot ("Police fired tear gas") is the riot's, not a protest of
// its own.

// causeMarkers open a clause that tells why a crowd gathered.
var causeMarkers = set("after", "following", "over", "sparked", "triggered", "prompted", "against")

// crowdEvent: ev is a riot or a protest, told as one or by a fighting word
// whose party is a crowd ("rioters set fire", "protesters stormed"), which
// types.go's crowds rule codes as one.
func crowdEvent(ev *evb) bool {
	if ev.class == event.Riots || ev.class == event.Protests {
		return true
	}
	for _, es := range ev.sents {
		for _, m := range es.st.ments {
			if m.class == "rioter" || m.class == "protester" {
				return true
			}
		}
	}
	return false
}

// crowdCause: claim sc of sentence st tells the cause of ev, a riot or a
// protest whose event word is at ti: a cause marker stands between the
// event word and the count, or opens the sentence before the count with
// the event word after it.
func crowdCause(st *sent, sc sclaim, ev *evb, ti int) bool {
	if !crowdEvent(ev) || ti < 0 {
		return false
	}
	lo, hi := ti, sc.kw
	if sc.kw < ti {
		lo, hi = -1, sc.kw
	}
	for j := lo + 1; j < hi; j++ {
		if causeMarkers[st.w(j)] {
			return true
		}
	}
	return false
}

// forceMeans are the demonstration words that tell only the force used on
// a crowd, not a gathering of its own.
// The units that police a crowd (forceUnits) are among them.
var forceMeans = func() map[string]bool {
	m := set("tear gas", "teargas", "water cannon", "water cannons", "rubber bullets",
		"stun grenade", "stun grenades", "baton charge", "baton-charged", "lathi-charged", "lathicharged", "lathi charge")
	for w := range forceUnits {
		m[w] = true
	}
	return m
}()

// policeResponse: every word of g tells the force used on a crowd, so g
// goes on telling a riot rather than starting a protest.
func policeResponse(g tgroup) bool {
	for _, tr := range g.trigs {
		if !forceMeans[tr.info.word] {
			return false
		}
	}
	return len(g.trigs) > 0
}

// forceUnits are the words for the units and kit that police a crowd
// ("riot police", "officers in riot gear"). Unlike tear gas or a baton
// charge, which are force used on a crowd, they stand guard, patrol and
// arrest gunmen too: with no crowd in the sentence they tell no
// demonstration.
var forceUnits = set("riot police", "anti-riot police", "riot squad", "riot gear", "riot shields", "riot officers",
	"riot units", "anti-riot units")

// unitsAlone: every word of g is a force unit and the sentence names no
// crowd (protesters, rioters, a crowd), so g starts no event: "riot
// police stood guard outside the ministry", "officers in riot gear
// surrounded the house where the gunman hid".
func unitsAlone(st *sent, g tgroup) bool {
	for _, tr := range g.trigs {
		if !forceUnits[tr.info.word] {
			return false
		}
	}
	for _, m := range st.ments {
		if m.class == "protester" || m.class == "rioter" {
			return false
		}
	}
	for i := range st.toks {
		if crowdWords[st.w(i)] {
			return false
		}
	}
	return len(g.trigs) > 0
}

// crowdWords are the words for a gathering that are no party of their own.
var crowdWords = set("crowd", "crowds", "gathering", "gatherings", "marchers", "mob", "mobs")

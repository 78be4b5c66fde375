package extract

import "github.com/sitrep/sitrep/internal/event"

// What befell people is told by a verb in one of its forms: a headline's
// present ("Gunmen behead two farmers", "Militants massacre 20"), a
// report's past ("slaughtered 12 villagers"), a participle after its
// victims ("three herders slain") or an -ing clause ("killing five").
// actVerbs is the one table of those verbs and their forms; the claim
// finder's word lists (claimWords, backVerbs, bareObjectVerbs,
// bareParticiples, nounVerbs) are drawn from it, so a verb known in one
// form is known in all of them.

// actVerb is one verb of what befell people, in its forms.
type actVerb struct {
	kind                     string // the claim kind: event.Killed, Wounded, Detained, Captured
	base, s, past, part, ing string // "" for a form the verb's readings leave out
	// nounToo: the base and -s forms are also nouns a count or a
	// person stands before or after ("three murder suspects", "a
	// massacre survivor"): they are verbs only after their doer
	// ("Gunmen murder a farmer"), see doerVerb.
	nounToo bool
	// adjPart: the participle is as often an adjective before a person
	// ("kill wounded soldier", "arrested protesters' families"): it
	// takes no bare victim after it.
	adjPart bool
}

// actVerbs: the -ing form only where it counts without an object's
// article ("killing five", "wounding 12"); "beheading", "lynching" and
// "murdering" are nouns of the act (ofActNouns) or open a title.
var actVerbs = []actVerb{
	{kind: event.Killed, base: "kill", s: "kills", past: "killed", part: "killed", ing: "killing"},
	{kind: event.Killed, base: "execute", s: "executes", past: "executed", part: "executed"},
	{kind: event.Killed, base: "behead", s: "beheads", past: "beheaded", part: "beheaded"},
	{kind: event.Killed, base: "lynch", s: "lynches", past: "lynched", part: "lynched"},
	{kind: event.Killed, base: "assassinate", s: "assassinates", past: "assassinated", part: "assassinated"},
	// "slew" is left out: "a slew of" counts things, not the dead
	{kind: event.Killed, base: "slay", s: "slays", part: "slain"},
	{kind: event.Killed, base: "decimate", s: "decimates", past: "decimated", part: "decimated"},
	{kind: event.Killed, base: "neutralise", s: "neutralises", past: "neutralised", part: "neutralised"},
	{kind: event.Killed, base: "neutralize", s: "neutralizes", past: "neutralized", part: "neutralized"},
	{kind: event.Killed, base: "eliminate", s: "eliminates", past: "eliminated", part: "eliminated"},
	{kind: event.Killed, base: "murder", s: "murders", past: "murdered", part: "murdered", nounToo: true},
	{kind: event.Killed, base: "massacre", s: "massacres", past: "massacred", part: "massacred", nounToo: true},
	{kind: event.Killed, base: "slaughter", s: "slaughters", past: "slaughtered", part: "slaughtered", nounToo: true},
	// South Asian and Middle Eastern outlets' word for their side's dead,
	// passive ("were martyred") and active ("forces martyred dozens",
	// "army martyrs three"); the noun counts the dead as well ("52
	// martyrs"), so it is no nounToo.
	{kind: event.Killed, base: "martyr", s: "martyrs", past: "martyred", part: "martyred"},
	{kind: event.Wounded, base: "wound", s: "wounds", past: "wounded", part: "wounded", ing: "wounding", adjPart: true},
	{kind: event.Wounded, base: "injure", s: "injures", past: "injured", part: "injured", ing: "injuring", adjPart: true},
	{kind: event.Detained, base: "detain", s: "detains", past: "detained", part: "detained", ing: "detaining", adjPart: true},
	{kind: event.Detained, base: "arrest", s: "arrests", past: "arrested", part: "arrested", ing: "arresting", adjPart: true},
	{kind: event.Detained, base: "apprehend", s: "apprehends", past: "apprehended", part: "apprehended", adjPart: true},
	{kind: event.Captured, base: "capture", s: "captures", past: "captured", part: "captured", ing: "capturing", adjPart: true},
	{kind: event.Captured, base: "abduct", s: "abducts", past: "abducted", part: "abducted"},
	{kind: event.Captured, base: "kidnap", s: "kidnaps", past: "kidnapped", part: "kidnapped"},
}

// actVerbForms adds to m each form of every act verb that role keeps,
// mapped to its kind, and returns m.
func actVerbForms(m map[string]string, role func(v actVerb, form string) bool) map[string]string {
	for _, v := range actVerbs {
		for _, f := range [...]string{v.base, v.s, v.past, v.part, v.ing} {
			if f != "" && role(v, f) {
				m[f] = v.kind
			}
		}
	}
	return m
}

// actVerbWords are all the act verbs' forms, mapped to their kinds.
var actVerbWords = actVerbForms(map[string]string{}, func(actVerb, string) bool { return true })

// presentNoun: the form is the base or -s form of a verb that is a noun
// too.
func presentNoun(v actVerb, f string) bool { return v.nounToo && (f == v.base || f == v.s) }

// nounVerbs are the base and -s forms of the verbs that are nouns too,
// read as verbs only after their doer (doerVerb).
var nounVerbs = actVerbForms(map[string]string{}, presentNoun)

// doerVerb is the kind of the act verb at token j that is a noun too
// ("murder", "massacres"), when the word before it is its doer: a party,
// a person or a people ("Gunmen murder", "Rebels massacre"), not a verb
// or a determiner ("arrest murder suspect", "the massacre"); "" otherwise.
func doerVerb(st *sent, j int) string {
	k := nounVerbs[st.w(j)]
	if k == "" || j == 0 {
		return ""
	}
	if p := &st.toks[j-1]; p.word && p.f&(fActor|fNoun|fPerson|fDemonym) != 0 && p.f&fClaim == 0 {
		return k
	}
	return ""
}

// objectVerb: the word at j is a verb whose object is its count or its
// victim ("killed 15", "kidnaps three", "massacre 20 villagers", and
// "sent", "evacuated", which count people moved), and the kind of claim
// it makes ("" for those two).
func objectVerb(st *sent, j int) (string, bool) {
	w := st.w(j)
	if backVerbs[w] {
		return claimWords[w], true
	}
	if k := doerVerb(st, j); k != "" {
		return k, true
	}
	return "", false
}

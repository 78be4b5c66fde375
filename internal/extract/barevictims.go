package extract

import "github.com/sitrep/sitrep/internal/event"

// Headlines and one-line flashes drop the article: "Gunmen kill former
// soldier in X", "Civilian killed in northern Y", "Another guard shot dead
// in Z". A singular person noun with no determiner, as the object of a
// killing verb or as the subject of its participle, is one victim, as "a
// soldier" is (singularClaims). Running text puts an article or a number
// there, so the rule finds nothing in it.

// bareModifiers is how many words (adjectives, nationalities, ranks) may
// stand between the verb and the noun, or open the line before the noun:
// "kill young man", "Former pro-government militia commander killed".
const bareModifiers = 4

// bareObjectVerbs take a bare victim as their object.
var bareObjectVerbs = map[string]string{
	"kill": event.Killed, "kills": event.Killed, "killed": event.Killed,
	"execute": event.Killed, "executes": event.Killed, "executed": event.Killed,
	"behead": event.Killed, "beheads": event.Killed, "beheaded": event.Killed,
	"lynch": event.Killed, "lynches": event.Killed, "lynched": event.Killed,
	"murder": event.Killed, "murders": event.Killed, "murdered": event.Killed,
	"assassinate": event.Killed, "assassinates": event.Killed, "assassinated": event.Killed,
	"abduct": event.Captured, "abducts": event.Captured, "abducted": event.Captured,
	"kidnap": event.Captured, "kidnaps": event.Captured, "kidnapped": event.Captured,
	"wound": event.Wounded, "wounds": event.Wounded, "injure": event.Wounded, "injures": event.Wounded,
}

// bareParticiples say what befell a bare victim named before them.
var bareParticiples = map[string]string{
	"killed": event.Killed, "executed": event.Killed, "beheaded": event.Killed, "lynched": event.Killed,
	"murdered": event.Killed, "assassinated": event.Killed, "slain": event.Killed,
	"abducted": event.Captured, "kidnapped": event.Captured,
	"wounded": event.Wounded, "injured": event.Wounded,
}

// bareModifier: a word that may qualify a bare victim ("former",
// "Afghan", "local", "pro-government"): a word, not a determiner, number,
// preposition, verb of the claim or person noun of its own.
func bareModifier(t token) bool {
	if !t.word || t.w == "a" || t.w == "an" || determiners[t.w] || npStop[t.w] || claimWords[t.w] != "" ||
		personNouns[t.w] || nonPerson[t.w] || t.w == "and" || t.w == "or" {
		return false
	}
	return t.w[0] < '0' || t.w[0] > '9'
}

// bareVictims adds the claims of bare victims in st; counted are the
// spans other claims already count.
func (d *doc) bareVictims(st *sent, counted []tspan) {
	taken := func(i int) bool {
		for _, c := range counted {
			if i >= c.a && i < c.b {
				return true
			}
		}
		for _, c := range st.claims {
			if i >= c.whoA && i < c.whoB {
				return true
			}
		}
		return false
	}
	for i, t := range st.toks {
		if !personNouns[t.w] || taken(i) || i >= st.modalAt || i >= st.inclAt {
			continue
		}
		kind, kw := bareObject(st, i)
		if kind == "" {
			kind, kw = bareSubject(st, i), i+1
		}
		if kind == "" || d.negatedAt(st, kw) {
			continue
		}
		sc := sclaim{kw: kw, whoA: i, whoB: i + 1, sent: st.i}
		sc.c = event.Claim{Kind: kind, Count: 1, Who: d.tokText(st, i, i+1), AttributedTo: st.speaker,
			Quote: d.quote(st, kw), ArticleID: d.a.ID, Outlet: d.a.Outlet, Headline: st.head}
		d.counted(st, &sc, i, i+1)
		st.claims = append(st.claims, sc)
	}
}

// bareObject: "kill [former] soldier": the kind and the verb's token
// when a killing verb stands before the noun with only modifiers between.
func bareObject(st *sent, i int) (string, int) {
	for j := i - 1; j >= 0 && j >= i-1-bareModifiers; j-- {
		if k := bareObjectVerbs[st.toks[j].w]; k != "" {
			return k, j
		}
		if !bareModifier(st.toks[j]) {
			return "", -1
		}
	}
	return "", -1
}

// bareSubject: "[Another] [local] leader killed in X": the kind when the
// noun opens the line (or the clause after a headline's bar or colon)
// with only modifiers before it and a participle right after it.
func bareSubject(st *sent, i int) string {
	k := bareParticiples[st.w(i+1)]
	if k == "" {
		return ""
	}
	for j := i - 1; j >= i-1-bareModifiers; j-- {
		if j < 0 || !st.toks[j].word {
			return k
		}
		if !bareModifier(st.toks[j]) && !another[st.toks[j].w] {
			return ""
		}
	}
	return ""
}

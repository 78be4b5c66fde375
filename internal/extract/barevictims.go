package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/event"
)

// Headlines and one-line flashes drop the article: "Gunmen kill former
// soldier in X", "Civilian killed in northern Y", "Another guard shot dead
// in Z". A singular person noun with no determiner, as the object of a
// killing verb or as the subject of its participle, is one victim, as "a
// soldier" is (singularClaims). Running text puts an article or a number
// there, so the rule finds nothing in it, save in a language with no
// articles (Russian "застрелили судью": shot dead a judge).

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

// bareTwoWordKill: "shot dead", "gunned down" end at token j, the killing
// verbs of two words ("Gunmen shot dead judge in X"; Russian, with no
// article, writes every singular victim so: "застрелили судью").
func bareTwoWordKill(st *sent, j int) bool {
	w := st.toks[j].w
	return j > 0 && (w == "dead" && st.w(j-1) == "shot" || w == "down" && st.w(j-1) == "gunned")
}

// bareParticiples say what befell a bare victim named before them.
var bareParticiples = map[string]string{
	"killed": event.Killed, "executed": event.Killed, "beheaded": event.Killed, "lynched": event.Killed,
	"murdered": event.Killed, "assassinated": event.Killed, "slain": event.Killed,
	"abducted": event.Captured, "kidnapped": event.Captured,
	"wounded": event.Wounded, "injured": event.Wounded,
}

// bareModifier: a word that may qualify a bare victim ("former",
// "Afghan", "local", "pro-government", "jihadist" of "jihadist fighters"):
// a word, not a determiner, number, preposition or verb of the claim.
func bareModifier(t token) bool {
	if !t.word || t.f&fNumber != 0 || t.w == "a" || t.w == "an" || determiners[t.w] || npStop[t.w] || claimWords[t.w] != "" ||
		nonPerson[t.w] || t.w == "and" || t.w == "or" {
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
		plural := !personNouns[t.w] && pluralPerson(t.w)
		if !personNouns[t.w] && !plural || taken(i) || i >= st.modalAt || i >= st.inclAt {
			continue
		}
		if nx := st.w(i + 1); personNouns[nx] || pluralPerson(nx) {
			continue // "militia commander": the noun after is the victim
		}
		kind, kw := bareObject(st, i)
		whoB := i + 1
		if kind == "" {
			kind, kw = bareMarkedObject(st, i)
		}
		if kind == "" {
			whoB = i + 1 + ofName(st, i+1)
			kind, kw = bareSubject(st, i, whoB), whoB
			if plural && !passiveAt(st, kw) {
				kind = "" // "Gunmen killed five herders": the plural is the killers
			}
		}
		if kind == "" || d.negatedAt(st, kw) {
			continue
		}
		n, low, qual := 1, 0, ""
		if plural {
			n, low, qual = barePlural, barePlural, "at least"
		}
		sc := sclaim{kw: kw, whoA: i, whoB: whoB, sent: st.i}
		sc.c = event.Claim{Kind: kind, Count: n, Low: low, Qualifier: qual, Who: d.tokText(st, i, whoB), AttributedTo: st.speaker,
			Quote: d.quote(st, kw), Lang: st.lang.Code(), ArticleID: d.a.ID, Outlet: d.a.Outlet, Headline: st.head}
		d.counted(st, &sc, i, whoB)
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
		if bareTwoWordKill(st, j) {
			return event.Killed, j
		}
		if !bareModifier(st.toks[j]) {
			return "", -1
		}
	}
	return "", -1
}

// bareMarkedObject: Persian marks a definite object with را and ends the
// clause with its verb; a person noun so marked, with at most
// bareModifiers words of its own before the marker ("امام یک مسجد را":
// the imam of a mosque), is the victim of the verb that ends the clause
// ("... را به قتل رساندند": killed him).
func bareMarkedObject(st *sent, i int) (string, int) {
	if !languages[st.lang].sov {
		return "", -1
	}
	for j := i + 1; j < len(st.toks) && j <= i+1+bareModifiers; j++ {
		t := st.toks[j]
		if t.w == objectMarker {
			k, kw := finalVerb(st, j+1, nil)
			if k == event.Killed || k == event.Wounded || k == event.Captured {
				return k, kw
			}
			return "", -1
		}
		if !t.word || personNouns[t.w] || claimWords[t.w] != "" {
			return "", -1
		}
	}
	return "", -1
}

// bareSubject: "[Another] [local] leader killed in X": the kind when the
// noun at i opens the line (or the clause after a headline's bar or colon)
// with only modifiers before it and a participle at p, right after it or
// after its group's name ("Members of the Front killed").
func bareSubject(st *sent, i, p int) string {
	k := bareParticiples[st.w(p)]
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

// barePlural is the count of a bare plural ("Militants killed in X"): the
// plural says more than one and nothing more, so at least two, the
// lowest figure the words allow, as ACLED takes the lowest of vague tolls.
const barePlural = 2

// pluralPerson: w is the plural of a person noun ("soldiers", "gunmen",
// "children", "people").
func pluralPerson(w string) bool {
	_, ok := personPlural(w)
	return ok
}

// personPlural is the singular of the plural person noun w.
func personPlural(w string) (string, bool) {
	switch {
	case w == "people" || w == "persons":
		return "person", true
	case w == "personnel":
		return "", true
	case w == "children":
		return "child", true
	case strings.HasSuffix(w, "men"):
		s := w[:len(w)-3] + "man"
		return s, personNouns[s]
	case strings.HasSuffix(w, "s"):
		s := w[:len(w)-1]
		return s, personNouns[s]
	}
	return "", false
}

// personClass is the side of personClasses a person noun, singular or
// plural, names ("" unknown or no person).
func personClass(w string) string {
	if !personNouns[w] {
		w, _ = personPlural(w)
	}
	return personClasses[w]
}

// maxOfName is how many words a group's name after "of" may have
// ("members of the Mountain Brigade").
const maxOfName = 5

// ofName is the length of an "of" phrase naming a group at j ("of the
// Front", "of JNIM"): "of", an optional "the" and capitalised words; 0
// when there is none.
func ofName(st *sent, j int) int {
	if st.w(j) != "of" {
		return 0
	}
	k := j + 1
	if st.w(k) == "the" {
		k++
	}
	n := 0
	for k+n < len(st.toks) && n < maxOfName && st.toks[k+n].cap && st.toks[k+n].word {
		n++
	}
	if n == 0 {
		return 0
	}
	return k + n - j
}

// passiveAfter are the words after a participle that show it passive
// ("Militants killed in X", "killed by a drone", "killed, army says"):
// an active verb takes its object there instead ("killed five herders").
var passiveAfter = set("in", "near", "at", "on", "as", "after", "by", "during", "while", "when", "outside", "inside",
	"across", "along", "around", "overnight", "yesterday", "today", "last", "this", "early", "late", "and",
	"amid", "following", "over", "within", "close", "off", "north", "south", "east", "west")

// passiveAt: the participle at p ends its clause or is followed by one of
// passiveAfter.
func passiveAt(st *sent, p int) bool {
	if p+1 >= len(st.toks) {
		return true
	}
	nx := st.toks[p+1]
	return !nx.word || passiveAfter[nx.w]
}

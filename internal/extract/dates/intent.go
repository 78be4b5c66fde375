package dates

// Intention verbs: a date after "agreed to", "vowed to", "were planning
// to" belongs to the intended act, which lies ahead of the moment the
// intention was reported, even when the verb of intention is past. A
// purpose infinitive ("attacked the post to seize the bridge on Friday")
// is not one of them: there the main verb's tense decides.
var intentVerb = map[string]bool{
	"agreed": true, "agree": true, "agrees": true, "decided": true, "decide": true, "decides": true,
	"vowed": true, "vow": true, "vows": true, "promised": true, "promise": true, "promises": true,
	"pledged": true, "pledge": true, "pledges": true, "threatened": true, "threaten": true, "threatens": true,
	"voted": true, "resolved": true, "undertook": true, "offered": true, "intended": true, "intend": true,
	"planned": true, "plan": true, "plans": true, "planning": true, "preparing": true, "prepared": true,
	"going": true, "set": true, "scheduled": true, "expected": true, "poised": true,
	"about": true, "supposed": true, "hoped": true, "hoping": true, "aimed": true, "aiming": true,
}

// intentTo reports whether token k, a "to", opens the infinitive of an
// intention verb just before it ("agreed to", "were planning to").
func (s *scanner) intentTo(k int) bool {
	return s.is(k, "to") && k > 0 && intentVerb[s.toks[k-1].lw]
}

// pastOfIntent reports whether token k, "was" or "were", starts a
// future-in-the-past: "were planning to march on Saturday" reports a plan
// whose act lies ahead.
func (s *scanner) pastOfIntent(k int) bool {
	switch s.toks[k].lw {
	case "was", "were":
		return s.is(k+2, "to") && intentVerb[s.tok(k+1).lw]
	}
	return false
}

// attributive reports whether participle k modifies a noun rather than
// being a verb: "the planned offensive", "a hastily scheduled visit".
func (s *scanner) attributive(k int) bool {
	p := s.tok(k - 1)
	if len(p.lw) > 2 && p.lw[len(p.lw)-2:] == "ly" {
		p = s.tok(k - 2)
	}
	switch p.lw {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that":
		return true
	}
	return false
}

// voicedIntent is the tense an intention verb before "to" gives a date
// on its left, fronted before the clause: in the present it announces an
// act ahead ("On Tuesday, the union plans to strike"); in the past the
// date tells when the intention was voiced ("On Friday, the junta
// agreed to free them"). ok is false when k is no intention verb.
func (s *scanner) voicedIntent(k int) (tense int, ok bool) {
	if !s.is(k+1, "to") {
		return 0, false
	}
	w := s.toks[k].lw
	if !intentVerb[w] {
		return 0, false
	}
	switch {
	case w[len(w)-1] == 's':
		return 1, true
	case len(w) > 2 && w[len(w)-2:] == "ed" && w != "expected" && w != "scheduled" && w != "supposed" && w != "poised":
		// a prediction or a timetable keeps looking ahead: "was
		// expected to", "is scheduled to"
		return -1, true
	}
	return 0, false
}

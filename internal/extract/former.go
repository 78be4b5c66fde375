package extract

import "strings"

// Former members of a force or group ("a former soldier", "ex-policemen",
// "a retired army officer") are civilians, as ACLED codes them: killed,
// they are civilian victims (victimClass), and the force they left is no
// party to the attack on them (formerMembers).

// formerWord: w marks the person after it as having left the force.
func formerWord(w string) bool {
	return w == "former" || w == "ex" || w == "retired" || strings.HasPrefix(w, "ex-")
}

// formerMembers turns the force and group mentions of st that a former
// word qualifies ("a former ALP member", "the former police chief") into
// mentions of civilians.
func (d *doc) formerMembers(st *sent) {
	for k := range st.ments {
		m := &st.ments[k]
		if m.class != "state" && m.class != "armed" && m.class != "named" {
			continue
		}
		j := m.ti - 1
		if j >= 0 && st.toks[j].w == "-" {
			j-- // "ex-" split from its noun
		}
		if j < 0 || !formerWord(st.toks[j].w) {
			continue
		}
		m.class, m.named, m.force, m.unit = "civ", nil, "", ""
	}
}

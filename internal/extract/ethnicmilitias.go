package extract

import "strings"

// Communal violence is coded by the community that fights: "Fulani
// militia killed seven farmers" is the act of the "Fulani Ethnic Militia
// (Nigeria)", ACLED's identity militia (inter 4), not of an unidentified
// armed group. An ethnic name right before a fighting noun names it.

// ethnicGroups are communities whose militias coders name ("X Ethnic
// Militia (country)"), lower-cased.
var ethnicGroups = set("fulani", "peul", "dogon", "bambara", "hausa", "tiv", "jukun", "berom", "bachama", "irigwe",
	"nuer", "dinka", "murle", "shilluk", "toposa", "hema", "lendu", "twa", "luba", "bembe", "banyamulenge",
	"pokot", "turkana", "samburu", "borana", "garre", "degodia", "marehan", "karamojong", "jie", "dodoth",
	"misseriya", "rizeigat", "masalit", "zaghawa", "afar", "issa", "gumuz", "qemant", "guji", "gedeo", "konso")

// ethnicFighters are the fighting nouns an ethnic name may qualify.
var ethnicFighters = set("militia", "militias", "militiamen", "raiders", "gunmen", "fighters")

// ethnicMilitias marks the unnamed armed mentions of st that an ethnic
// name qualifies: the mention takes in the name, and its unit is the
// community (resolve names the militia).
func (d *doc) ethnicMilitias(st *sent) {
	for k := range st.ments {
		m := &st.ments[k]
		if m.class != "armed" || m.ti == 0 || !ethnicFighters[st.w(m.tj-1)] {
			continue
		}
		t := st.toks[m.ti-1]
		if !t.cap || !ethnicGroups[t.w] {
			continue
		}
		m.ti--
		m.unit = strings.ToUpper(t.w[:1]) + t.w[1:]
	}
}

// ethnicMilitia is the ACLED name of the militia of community unit in
// country c.
func ethnicMilitia(unit, c string) string {
	if c == "" {
		return unit + " Ethnic Militia"
	}
	return unit + " Ethnic Militia (" + c + ")"
}

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

// identityKinds are the words for a community that name no community:
// "clan militia", "tribal fighters", "communal militiamen" are ACLED's
// "Unidentified Clan Militia (Somalia)", "Unidentified Tribal Militia
// (Yemen)", identity militias all the same.
var identityKinds = map[string]string{"clan": "Clan", "tribal": "Tribal", "communal": "Communal"}

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
		if kind := identityKinds[t.w]; kind != "" {
			m.ti--
			m.unit = unidentifiedKind + kind
			continue
		}
		if !t.cap || !ethnicGroups[t.w] {
			continue
		}
		m.ti--
		m.unit = strings.ToUpper(t.w[:1]) + t.w[1:]
	}
}

// unidentifiedKind opens the unit of a militia named by its kind of
// community only (identityKinds).
const unidentifiedKind = "Unidentified "

// ethnicMilitia is the ACLED name of the militia of community unit in
// country c.
func ethnicMilitia(unit, c string) string {
	name := unit + " Ethnic Militia"
	if strings.HasPrefix(unit, unidentifiedKind) {
		name = unit + " Militia"
	}
	if c == "" {
		return name
	}
	return name + " (" + c + ")"
}

package extract

// A leader of a village, a tribe or a faith is a civilian: coders code
// "gunmen killed a village chief", "a social leader was shot", "unknown
// men abducted a tribal elder" as violence against civilians. The role
// nouns alone ("leader", "chief", "head") may be a militia's or a
// ministry's; the community word before them says whose they are.

// civicRoles are role nouns whose side the word before them decides.
var civicRoles = set("chief", "chiefs", "head", "heads", "leader", "leaders", "elder", "elders",
	"representative", "representatives", "notable", "notables", "dignitary", "dignitaries")

// communityWords make the role after them a civilian's.
var communityWords = set("village", "community", "social", "tribal", "traditional", "religious", "clan",
	"customary", "neighbourhood", "neighborhood", "indigenous", "peasant", "farmers'", "civic", "church", "mosque", "district", "quarter")

// civicRole: token i is a civilian role noun ("village chief", "social
// leaders").
func civicRole(st *sent, i int) bool {
	return civicRoles[st.w(i)] && communityWords[st.w(i-1)]
}

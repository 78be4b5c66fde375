package gazetteer

// A province, county or city opens the name of its police, government or
// university ("Sokoto State Police Command", "Balkh Provincial Council",
// "Herat University"): the capitalised run after the
// name is no person's or company's name but the organisation's, and the
// name is still a mention of the place (geoparsing corpora mark it). The
// mention says whose organisation, not where things happen; it is
// flagged Org so that extraction treats it as it treats a people's
// adjective (a country named, no event place).

// orgWords may stand between the place and the organisation's head
// ("Kwara State Police Command", "Westmorland County Council").
var orgWords = setOf("state", "county", "city", "regional", "provincial", "district", "metropolitan",
	"municipal", "police", "fire", "health", "education", "water", "public", "works")

// orgHeads end an organisation's name that a place opens.
var orgHeads = setOf("police", "constabulary", "government", "command", "council", "university",
	"assembly", "department", "authority", "service", "services", "directorate")

// officeHeads end the title of an office a county or province fills
// ("Laclede County Prosecutor", "Weld County Sheriff"); the holder's name
// may follow ("... Prosecutor Jane Roe said").
var officeHeads = setOf("prosecutor", "sheriff", "coroner", "commissioner", "attorney")

// orgRunMax: words of the organisation's name after the place
// ("State Police Command"); a longer run is some other name.
const orgRunMax = 4

// orgAfter reports whether the capitalised run after toks[j] is an
// organisation's name the place opens: such words, closed by a head,
// and the run ends there.
func orgAfter(tz *tokenizer, j int) bool {
	toks := tz.toks
	head := false
	k := j + 1
	for ; k < len(toks) && k-j <= orgRunMax && toks[k].cap && !toks[k].breakBefore; k++ {
		w := tz.word(&toks[k])
		if officeHeads[w] {
			return true
		}
		if !orgWords[w] && !orgHeads[w] {
			return false
		}
		head = orgHeads[w]
	}
	if k == j+1 || !head {
		return false
	}
	return k == len(toks) || !toks[k].cap || toks[k].breakBefore
}

// orgPlace: the name is one a province's or a big city's organisation
// bears (a division, or a city's own name large enough that its name
// means the city): a village's namesake opening "X University" is more
// likely a founder's surname.
func (g *Gazetteer) orgPlace(posts []uint32) bool {
	for _, e := range posts {
		switch g.places[e>>flagBits].Kind {
		case KindCountry, KindAdmin1, KindAdmin2:
			return true
		}
	}
	return g.bigTown(posts)
}

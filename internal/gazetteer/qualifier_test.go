package gazetteer

import (
	"strings"
	"testing"
)

// TestCommaQualifier: a place written with the unit that holds it after a
// comma is the reading in that unit, and the unit the reading that holds
// it; provinces of one country listed with commas are left as they are.
func TestCommaQualifier(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Two deputies were shot in Paris, Texas, late on Friday.", "Paris", want{"US", "Texas", "", 0}},
		{"A tornado tore through Lima, Ohio, on Sunday.", "Lima", want{"US", "Ohio", "", 0}},
		{"A tornado tore through Lima, Ohio, on Sunday.", "Ohio", want{"US", "Ohio", "", 0}},
		{"Students marched in Athens, Georgia, against tuition rises.", "Athens", want{"US", "Georgia", "", 0}},
		{"Students marched in Athens, Georgia, against tuition rises.", "Georgia", want{"US", "Georgia", "", 0}},
		{"Gunfire was heard in Tripoli, northern Lebanon, overnight.", "Tripoli", want{"LB", "", "", 0}},
		{"Heavy rain hit Hyderabad, Sindh, and Karachi.", "Hyderabad", want{"PK", "Sindh", "", 0}},
		// a chain of units: each narrows the one before it
		{"The fair opened in Allen County, Ohio, United States, on Monday.", "Ohio", want{"US", "Ohio", "", KindAdmin1}},
		// coders write a location with its units in parentheses
		{"On 3 May, gunmen shot two farmers in Tumaco (Narino, Colombia).", "Tumaco", want{"CO", "Narino", "", 0}},
		{"Rains flooded Hyderabad (Sindh) overnight.", "Hyderabad", want{"PK", "Sindh", "", 0}},
		// a place word may stand between the name and its units
		// a possessive or a people after the comma qualifies nothing
		{"In Arusha, Kenya's consulate was closed.", "Arusha", want{"TZ", "", "", 0}},
		{"In Kayes, Malian forces raided a compound.", "Kayes", want{"ML", "", "", 0}},
		// countries listed qualify nothing
		{"Fighters came from Syria, Iraq and Yemen.", "Syria", want{"SY", "", "", KindCountry}},
		// lists of one country's provinces qualify nothing
		{"Protests spread to Potosi, Oruro and Chuquisaca on Monday.", "Potosi", want{"BO", "Potosi", "", 0}},
		{"Troops moved between Loreto, Amazonas, Ucayali.", "Amazonas", want{"PE", "Amazonas", "", KindAdmin1}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

// TestNamedProvinceOutweighsFame: an article that names its country and
// the province of a town is about that town, even when a world capital
// bears the same name.
func TestNamedProvinceOutweighsFame(t *testing.T) {
	g := real(t)
	text := "Lima is a city in the county of Allen in the state of Ohio, in the United States; its refinery employs hundreds."
	for _, r := range g.Resolve(text) {
		if r.Text == "Lima" {
			want{"US", "Ohio", "", 0}.check(t, text, r.Place)
			return
		}
	}
	t.Errorf("%q: Lima not found", text)
}

// TestQualifiedPlaceMissing: a name with no reading in the unit written
// beside it is a place the gazetteer lacks, not a namesake abroad; the
// unit itself stays resolved.
func TestQualifiedPlaceMissing(t *testing.T) {
	g := real(t)
	text := "Gunmen attacked Qqzarabad (Sindh) overnight, killing three."
	found := false
	for _, r := range g.Resolve(text) {
		switch r.Text {
		case "Sindh":
			found = true
			want{"PK", "Sindh", "", KindAdmin1}.check(t, text, r.Place)
		case "Qqzarabad":
			if r.Place != nil {
				t.Errorf("%q: Qqzarabad resolved to %s, %s", text, r.Place.Name, r.Place.CountryCode)
			}
		}
	}
	if !found {
		t.Errorf("%q: Sindh not found", text)
	}
}

// TestPossessiveInName: a name with a possessive inside is looked up
// whole; a country's possessive before a province stays two names.
func TestPossessiveInName(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Refugees marched in Cox's Bazar against ration cuts.", "Cox's Bazar", want{"BD", "", "", 0}},
		{"Refugees marched in Cox’s Bazar against ration cuts.", "Cox’s Bazar", want{"BD", "", "", 0}},
		{"Gunmen raided villages in Nigeria's Zamfara state.", "Zamfara", want{"NG", "Zamfara", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

// TestPlaceWordBeforeQualifier: coders write "X village (District,
// Province)"; the place word between the name and its units does not
// cut the qualifier, so a village the gazetteer lacks is not read as a
// famous namesake abroad.
func TestPlaceWordBeforeQualifier(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, name, notCC string }{
		{"Clashes broke out near Ak-Tash village (Batken Region) on Monday.", "Ak-Tash", "RU"},
		{"Clashes broke out near Ak-Tash town, Batken Region, on Monday.", "Ak-Tash", "RU"},
	} {
		r := resolvedIn(t, g, tc.text, tc.name)
		if r != nil && r.Place != nil && r.Place.CountryCode == tc.notCC {
			t.Errorf("%q: %s read in %s", tc.text, tc.name, tc.notCC)
		}
	}
}

// TestPlaceKindBeforeComma: a word saying what the place is may stand
// between its name and the unit after the comma ("X community, Y"); the
// unit still qualifies the name, in free text and for given spans alike,
// over a bigger namesake elsewhere.
func TestPlaceKindBeforeComma(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name, unit string
		w                want
	}{
		{"Armed men kill five in Venustiano Carranza community, Puebla", "Venustiano Carranza", "Puebla", want{"MX", "Puebla", "", 0}},
		{"Troops find three bodies in Miguel Hidalgo neighbourhood, Chihuahua, officials say", "Miguel Hidalgo", "Chihuahua", want{"MX", "Chihuahua", "", 0}},
		{"Two police officers shot dead in Miguel Hidalgo neighborhood, Chihuahua state", "Miguel Hidalgo", "Chihuahua", want{"MX", "Chihuahua", "", 0}},
		{"Residents of Venustiano Carranza hamlet, Puebla, fled after the raid.", "Venustiano Carranza", "Puebla", want{"MX", "Puebla", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
		// given spans: the name alone, then the name and its unit
		s := strings.Index(tc.text, tc.name)
		u := strings.Index(tc.text, tc.unit)
		alone := g.ResolveSpans(tc.text, []Span{{s, s + len(tc.name)}})
		tc.w.check(t, tc.text+" (span)", alone[0].Place)
		both := g.ResolveSpans(tc.text, []Span{{s, s + len(tc.name)}, {u, u + len(tc.unit)}})
		tc.w.check(t, tc.text+" (spans)", both[0].Place)
	}
}

// TestInHolder: "X in Y" reads X inside Y when X has a reading there (a
// town in a province, past a direction word), and leaves X as it was when
// it has none (people of a place living in another).
func TestInHolder(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Gunmen attacked the town of Sevilla in Central Visayas on Sunday.", "Sevilla", want{"PH", "", "", 0}},
		{"Police fired on protesters in the town of Hyderabad in Sindh on Sunday.", "Hyderabad", want{"PK", "Sindh", "", 0}},
		{"Refugees from Aleppo in Turkey marched on Friday.", "Aleppo", want{"SY", "", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

// TestNameConnectors: a town's name joined by a small word of its
// language ("sul", "pod", "bei", "de los") is read whole, not as its first
// word, which may name another town.
func TestNameConnectors(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Protesters gathered in the centre of Berndorf bei Salzburg on Monday.", "Berndorf bei Salzburg", want{"AT", "Salzburg", "", 0}},
		{"Protesters gathered in the centre of Boršov nad Vltavou on Monday.", "Boršov nad Vltavou", want{"CZ", "", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
}

// TestTitledPlaces: a place whose name opens with a title word ("General
// Roca", "General Santos") is read as the place; the title with a
// person's name, or a small namesake town before a speech verb, is not.
func TestTitledPlaces(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Protesters marched in General Roca on Friday.", "General Roca", want{"AR", "", "", 0}},
		{"A bomb exploded at a market in General Santos on Friday.", "General Santos", want{"PH", "", "", 0}},
	} {
		if got := resolvedIn(t, g, tc.text, tc.name); got != nil {
			tc.w.check(t, tc.text, got.Place)
		}
	}
	for _, text := range []string{"Prince Albert said on Monday that he would visit.", "President Lincoln spoke."} {
		for _, r := range g.Resolve(text) {
			if r.Place != nil {
				t.Errorf("%q: a title read as a place: %s", text, r.Text)
			}
		}
	}
}

// TestTownNotInItsCountry: a town a locative puts "in" a country that
// holds none of its namesakes is a place the gazetteer lacks, not the
// namesake next door; "from X in Y" says where X's people went.
func TestTownNotInItsCountry(t *testing.T) {
	g := real(t)
	for _, tc := range []struct{ text, name, wantCC string }{
		{"Soldiers were ambushed near a post in Zaria in northern Chad on Monday.", "Zaria", ""},
		{"Soldiers were ambushed near a post in Gombe in eastern Niger.", "Gombe", ""},
		{"Refugees from Gombe in Chad marched on Friday.", "Gombe", "NG"},
	} {
		var got *Resolved
		for _, r := range g.Resolve(tc.text) {
			if r.Text == tc.name {
				got = &r
			}
		}
		cc := ""
		if got != nil && got.Place != nil {
			cc = got.Place.CountryCode
		}
		if cc != tc.wantCC {
			t.Errorf("%q: %s read in %q, want %q", tc.text, tc.name, cc, tc.wantCC)
		}
	}
}

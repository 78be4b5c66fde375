package extract

import (
	"strings"
	"testing"
)

// A robbery, theft or arson with nobody hurt is property destruction,
// whatever verb tells it; when people are hurt, the attack on them is the
// event; firefighters battling a blaze fight no battle, and rescuers'
// operations are no military ones.
func TestPropertyCrimes(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text string
		want       string // "type/sub-event type" of some event, "" none violent
	}{
		{"robbers storm a shop (South Asia, wire)",
			`Armed robbers stormed a jewellery shop in Karachi's Saddar area on Monday and made off with gold worth 20 million rupees, police said.`,
			"Strategic developments/Looting/property destruction"},
		{"a fighting word first, the robbery named after (South Asia, agency)",
			`A gang of armed men stormed a jewellery shop in Quetta on Monday and escaped with gold, in what police called the city's largest robbery this year.`,
			"Strategic developments/Looting/property destruction"},
		{"thieves told with no fighting word (Sahel, agency)",
			`Thieves stole about forty head of cattle from herders near Ouahigouya on Friday, the prefect said.`,
			"Strategic developments/Looting/property destruction"},
		{"a raid beside a police station (Latin America)",
			`Robbers raided a bank in Tegucigalpa a block from a police station on Wednesday and fled with the contents of its vault.`,
			"Strategic developments/Looting/property destruction"},
		{"a robbery that kills is an attack (West Africa)",
			`Gunmen robbed a bus on the Kano-Zaria road on Tuesday, killing two passengers, police said.`,
			"Violence against civilians/Attack"},
		{"an assault on soldiers is no robbery (Sahel)",
			`Militants stormed an army post in Tillaberi on Monday, the defence ministry said.`,
			"Battles/Armed clash"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "p", Text: tc.text, Published: mustDay("2024-03-08")})
			var got []string
			for _, e := range evs {
				got = append(got, e.EventType+"/"+e.SubEventType)
			}
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("got %v, want %s first", got, tc.want)
			}
		})
	}
}

func TestFirefightersFightNoBattle(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		`Firefighters battled the blaze at the Mandawi market in Kabul for six hours on Sunday.`,
		`The fire at a textile depot in Dushanbe was battled by firefighters through the night.`,
		// nor is a relief or rescue operation a military one
		`Rescue operation under way after a landslide buries homes in Sughd`,
		`A relief operation continued in flooded districts of Balochistan on Monday.`,
	} {
		for _, e := range x.Extract(Article{ID: "f", Text: text, Published: mustDay("2024-03-08")}) {
			if strings.HasPrefix(e.EventType, "Battles") {
				t.Errorf("%q: got %s/%s", text, e.EventType, e.SubEventType)
			}
		}
	}
}

// Fires set on purpose are property destruction; troops repelling an
// assault fight it.
func TestSetFiresAndRepelledAssaults(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, want string }{
		{`A fire that was deliberately set gutted a madrasa in Herat on Tuesday, officials said.`,
			"Strategic developments/Looting/property destruction"},
		{`A shrine in Multan was set alight by unknown men overnight, police said.`,
			"Strategic developments/Looting/property destruction"},
		{`A suspicious fire badly damaged a church in Zacatecas on Friday night, firefighters said.`,
			"Strategic developments/Looting/property destruction"},
		{`Soldiers repelled militants near Diffa on Sunday, the army said.`,
			"Battles/Armed clash"},
	} {
		evs := x.Extract(Article{ID: "s", Text: tc.text, Published: mustDay("2024-03-08")})
		if len(evs) == 0 || evs[0].EventType+"/"+evs[0].SubEventType != tc.want {
			var got []string
			for _, e := range evs {
				got = append(got, e.EventType+"/"+e.SubEventType)
			}
			t.Errorf("%q: got %v, want %s", tc.text, got, tc.want)
		}
	}
}

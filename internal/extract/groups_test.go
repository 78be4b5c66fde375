package extract

import (
	"strings"
	"testing"
)

// TestNamedGroupsWorldwide: armed groups of every region are named as
// ACLED names them, by their usual names and acronyms, never taken for a
// place or left as an unidentified group.
func TestNamedGroupsWorldwide(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, actor string }{
		{"Fighters of the Gulf Clan ambushed an army patrol near Caucasia in Antioquia on Tuesday, killing three soldiers.", "AGC: Gaitanist Self-Defense Forces of Colombia"},
		{"M23 rebels attacked army positions near Sake in North Kivu on Monday; four soldiers were killed.", "M23: March 23 Movement"},
		{"ISIS-Somalia fighters attacked a police station in Bosaso on Monday, killing two officers.", "Islamic State (Somalia)"},
		{"Gunmen from a dissident faction of the former FARC killed two soldiers in Cauca on Friday.", "FARC Dissidents"},
		{"Suspected Naxalites killed two policemen in an ambush in Sukma district of Chhattisgarh on Friday.", "CPI (Maoist): Communist Party of India (Maoist)"},
		{"Abu Sayyaf gunmen abducted three fishermen off the coast of Sulu on Sunday, the coast guard said.", "Abu Sayyaf Group"},
		{"Fano militiamen clashed with federal troops near Gondar in Amhara region on Wednesday, killing six.", "Fano Militia"},
		{"A drone strike blamed on Kataib Hezbollah hit a base in Anbar province on Thursday, wounding two soldiers.", "Kataib Hezbollah"},
		{"TNLA fighters shelled a junta outpost near Lashio in northern Shan state on Saturday, killing a soldier.", "TNLA: Ta'ang National Liberation Army"},
		{"NPA guerrillas raided a police station in Masbate on Friday, seizing rifles.", "NPA: New People's Army"},
		{"Ansar Dine fighters attacked a gendarmerie post near Kidal on Monday, officials said.", "Ansar Dine"},
		{"Nusra Front fighters shelled government positions in Idlib province on Sunday, killing three soldiers.", "Jabhat al Nusra"},
		{"Qaeda claims car bombing that killed nine soldiers in Abyan", "Al Qaeda"},
		{"Troops killed six terrorists of Fitna al-Khawarij in an operation in Karak district, the army's media wing said.", "TTP: Tehreek-i-Taliban Pakistan"},
	} {
		evs := x.Extract(Article{ID: "g", Text: tc.text, Published: mustDay("2025-10-20")})
		var got []string
		found := false
		for _, e := range evs {
			got = append(got, e.Actor1, e.Actor2)
			found = found || e.Actor1 == tc.actor || e.Actor2 == tc.actor
		}
		if !found {
			t.Errorf("%q: actors %s, want %s", tc.text, strings.Join(got, " | "), tc.actor)
		}
	}
}

// A state's forces after a named group and the verb of its act are the
// group's target, not the group's own forces ("JNIM attacked the army");
// right after the group's name they are its fighters ("Taliban fighters").
var groupTargetReports = []report{
	{name: "sahel headline, the army after the verb", pub: "2025-07-01", n: 1,
		text: "JNIM attacked the army near Menaka on Sunday.",
		want: []wantEvent{{typ: "Battles", actors: []string{"JNIM", "Military Forces of Mali"}}}},
	{name: "somali wire, soldiers after the verb", pub: "2025-07-01", n: 1,
		text: "Al Shabaab ambushed soldiers near Mogadishu on Monday.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Al Shabaab", "Military Forces of Somalia"}}}},
	{name: "syrian agency, army positions shelled", pub: "2025-07-01", n: 1,
		text: "HTS shelled army positions near Idlib on Tuesday.",
		want: []wantEvent{{actors: []string{"HTS", "Military Forces of Syria"}}}},
}

func TestGroupTarget(t *testing.T) { runReports(t, groupTargetReports) }

// A speaker counting its own dead ("five of their fighters") is a side of
// the battle it tells, facing the party it fought (ownDead); its dead in
// an attack stay the target.
var ownDeadReports = []report{
	{name: "central asia wire, a group counts its own dead", pub: "2025-07-01", n: 1,
		text: "The Taliban said four of their fighters were killed in clashes with the NRF in Panjshir on Sunday.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Taliban", "NRF"}, fatal: 4}}},
	{name: "sahel agency, the army counts its own dead in an ambush", pub: "2025-07-01", n: 1,
		text: "The army said three of its soldiers died in an ambush near Menaka on Monday.",
		want: []wantEvent{{actors: []string{"Military Forces of Mali"}, fatal: 3}}},
}

func TestOwnDead(t *testing.T) {
	runReports(t, ownDeadReports)
	// with the doer named, the speaker's side is the one struck
	x := testExtractor(t)
	text := "A Taliban spokesman said two of their border guards were killed when Pakistani troops opened fire on their post near Kandahar."
	evs := x.Extract(Article{ID: "t", Text: text, Published: mustDay("2025-07-01")})
	if len(evs) != 1 || evs[0].Actor1 != "Military Forces of Pakistan" || !strings.Contains(evs[0].Actor2, "Taliban") {
		for _, e := range evs {
			t.Logf("got %s / %s", e.Actor1, e.Actor2)
		}
		t.Errorf("%d events, want one: Pakistan's forces striking the Taliban", len(evs))
	}
}

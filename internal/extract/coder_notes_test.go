package extract

import "testing"

// Coders' event descriptions (ACLED's one-line notes, UCDP's summaries)
// tell one incident each: a launch at a target, a strike by a state named
// as its government or regime, a mission's convoy hit, a protest broken
// up by arrests. Each gives exactly one event, coded as a coder would.
var coderNoteReports = []report{
	// launches "at" or "towards" a target
	{name: "yemen note, ballistic missiles towards a saudi city", pub: "2021-03-05", n: 1,
		text: "On 3 March 2021, Houthi forces fired two ballistic missiles towards Jizan (Jizan). No fatalities.",
		want: []wantEvent{{date: "2021-03-03", typ: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack", actors: []string{"Ansar Allah"}, country: "Saudi Arabia", fatal: 0}}},
	{name: "afghan note, rockets towards an airport", pub: "2021-08-06", n: 1,
		text: "On 4 August 2021, IS-K fired three rockets towards Jalalabad airport (Nangarhar). No casualties.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack", actors: []string{"Islamic State (Khorasan Province)"}, country: "Afghanistan", fatal: 0}}},
	{name: "group's drones launched at an airport keep the group as actor 1", pub: "2021-06-12", n: 1,
		text: "On 11 June 2021, Houthi forces launched explosive-laden drones at Abha airport (Asir). No casualties were reported.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", actors: []string{"Ansar Allah"}, country: "Saudi Arabia", fatal: 0}}},
	{name: "drone attack told as a noun phrase", pub: "2022-02-15", n: 1,
		text: "On 14 February 2022, a Houthi drone attack on Abha airport (Asir) wounded 4 civilians.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", actors: []string{"Ansar Allah"}, country: "Saudi Arabia", fatal: 0}}},
	{name: "somali note, mortars at a base", pub: "2021-08-12", n: 1,
		text: "On 11 August 2021, Al Shabaab fired mortars at the Halane base in Mogadishu (Banadir). No casualties were reported.",
		want: []wantEvent{{sub: "Shelling/artillery/missile attack", actors: []string{"Al Shabaab"}, country: "Somalia", fatal: 0}}},
	{name: "headline present tense, fires a missile", pub: "2024-01-10",
		n: 1, text: "Hezbollah fires anti-tank missile at Israeli post near Metula.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack", actors: []string{"Hezbollah"}, fatal: -1}}},
	// the state named by its government or regime
	{name: "syrian note, strike by the regime", pub: "2021-04-07", n: 1,
		text: "On 6 April 2021, an airstrike by the regime hit a bakery in Ariha (Idlib), killing 4 civilians.",
		want: []wantEvent{{sub: "Air/drone strike", actors: []string{"Military Forces of Syria", "Civilians (Syria)"}, country: "Syria", fatal: 4}}},
	{name: "east africa note, strike by a nationality's government", pub: "2021-06-23", n: 1,
		text: "On 22 June 2021, an airstrike by the Ethiopian government hit a livestock market near Mekelle (Tigray), killing 12 civilians.",
		want: []wantEvent{{sub: "Air/drone strike", actors: []string{"Military Forces of Ethiopia", "Civilians (Ethiopia)"}, fatal: 12}}},
	{name: "ucdp summary, a government airstrike", pub: "2021-03-15", n: 1,
		text: "Two civilians were killed in a government airstrike on Maarat Misrin, Idlib, on 14 March 2021.",
		want: []wantEvent{{sub: "Air/drone strike", actors: []string{"Military Forces of Syria"}, country: "Syria", fatal: 2}}},
	{name: "myanmar note, the junta as subject", pub: "2022-02-03", n: 1,
		text: "On 2 February 2022, the junta shelled villages near Kani (Sagaing). No fatalities were reported.",
		want: []wantEvent{{sub: "Shelling/artillery/missile attack", actors: []string{"Military Forces of Myanmar"}, country: "Myanmar", fatal: 0}}},
	{name: "south asia wire, a neighbour's military regime", pub: "2026-03-20", n: 1,
		text: "On 19 March 2026, troops of Pakistan's military regime shelled houses in Asadabad (Kunar), killing two civilians.",
		want: []wantEvent{{sub: "Shelling/artillery/missile attack", actors: []string{"Military Forces of Pakistan"}, country: "Afghanistan", fatal: 2}}},
	// missions and militias by ACLED's names; a name two groups share
	{name: "sahel note, a UN mission's convoy as the target", pub: "2021-08-10", n: 1,
		text: "On 9 August 2021, an IED targeting a MINUSMA convoy exploded near Aguelhok (Kidal). No fatalities were reported.",
		want: []wantEvent{{sub: "Remote explosive/landmine/IED", actors: []string{"MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"}, country: "Mali", fatal: 0}}},
	{name: "somali note, an AU convoy ambushed", pub: "2021-05-10", n: 1,
		text: "On 9 May 2021, Al Shabaab fighters ambushed an AMISOM convoy near Jowhar (Middle Shabelle). 3 soldiers were killed.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"Al Shabaab", "AMISOM: African Union Mission in Somalia"}, country: "Somalia", fatal: 3}}},
	{name: "congo note, peacekeepers clash", pub: "2021-07-13", n: 1,
		text: "On 12 July 2021, MONUSCO peacekeepers clashed with ADF militants near Beni (North Kivu). 2 peacekeepers were killed.",
		want: []wantEvent{{typ: "Battles", actors: []string{"MONUSCO: United Nations Organization Stabilization Mission", "Islamic State (Democratic Republic of Congo)"}, fatal: 2}}},
	{name: "burkina note, volunteer militia", pub: "2021-10-23", n: 1,
		text: "On 22 October 2021, VDP members killed two suspected jihadists near Djibo (Soum, Sahel). 2 fatalities.",
		want: []wantEvent{{typ: "Battles", actors: []string{"VDP: Volunteers for the Defense of the Homeland", "Unidentified Armed Group"}, country: "Burkina Faso", fatal: 2}}},
	{name: "tajik note, a name the Houthis share", pub: "2021-09-03", n: 1,
		text: "On 2 September 2021, Ansarullah fighters attacked a border post near Panj (Khatlon). 1 border guard was killed.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Jamaat Ansarullah"}, country: "Tajikistan", fatal: 1}}},
	{name: "yemen note, the same name at home", pub: "2021-09-03", n: 1,
		text: "On 2 September 2021, Ansarullah fighters attacked a government position in Hodeidah (Al Hudaydah). 4 soldiers were killed.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Ansar Allah"}, country: "Yemen", fatal: 4}}},
	// demonstrators detained: a protest the state intervened in
	{name: "sahel note, troops arrest protesters at a demonstration", pub: "2022-01-06", n: 1,
		text: "On 5 January 2022, Nigerien forces arrested 12 protesters during a demonstration against a foreign convoy in Tillaberi (Tillaberi).",
		want: []wantEvent{{typ: "Protests", sub: "Protest with intervention", actors: []string{"Protesters (Niger)", "Military Forces of Niger"}, country: "Niger", fatal: 0}}},
	{name: "central asia note, activists detained during a protest", pub: "2022-07-21", n: 1,
		text: "On 20 July 2022, police detained 20 activists during a protest in Osh (Osh).",
		want: []wantEvent{{typ: "Protests", sub: "Protest with intervention", actors: []string{"Protesters (Kyrgyzstan)", "Police Forces of Kyrgyzstan"}, fatal: 0}}},
	{name: "east africa note, demonstrators detained at a march", pub: "2021-06-24", n: 1,
		text: "On 23 June 2021, police detained 8 demonstrators at a march in Kisumu (Kisumu).",
		want: []wantEvent{{typ: "Protests", sub: "Protest with intervention", actors: []string{"Protesters (Kenya)", "Police Forces of Kenya"}, country: "Kenya", fatal: 0}}},
	{name: "latin america note, a peaceful march keeps no forces", pub: "2021-06-24", n: 1,
		text: "On 23 June 2021, around 200 teachers protested peacefully outside the police headquarters in Lima (Lima) to demand higher pay.",
		want: []wantEvent{{typ: "Protests", sub: "Peaceful protest", actors: []string{"Protesters (Peru)"}, country: "Peru", fatal: 0}}},
	// a riot over a death: one event, the death its cause, not its toll
	{name: "south asia note, riot after a death, police response", pub: "2021-08-28", n: 1,
		text: "On 27 August 2021, rioters torched a police vehicle in Dhaka (Dhaka) after a student died in a road accident. Police fired tear gas.",
		want: []wantEvent{{typ: "Riots", sub: "Violent demonstration", actors: []string{"Rioters (Bangladesh)", "Police Forces of Bangladesh"}, country: "Bangladesh", fatal: 0}}},
	{name: "latin america note, protesters burn a station after a shooting", pub: "2021-05-03", n: 1,
		text: "On 2 May 2021, protesters set fire to a police station in Guayaquil (Guayas) following the killing of a young man by officers.",
		want: []wantEvent{{typ: "Riots", sub: "Violent demonstration", actors: []string{"Rioters (Ecuador)"}, country: "Ecuador", fatal: 0}}},
	{name: "central asia note, demonstrators storm a building, stun grenades", pub: "2022-01-06", n: 1,
		text: "On 5 January 2022, demonstrators stormed the akimat building in Almaty (Almaty). Police used stun grenades and water cannon.",
		want: []wantEvent{{typ: "Riots", actors: []string{"Rioters (Kazakhstan)"}, country: "Kazakhstan", fatal: 0}}},
	{name: "east africa note, rioters killed by police count", pub: "2020-11-19", n: 1,
		text: "On 18 November 2020, opposition supporters rioted in Kampala (Central) after their candidate was arrested. Police fired live ammunition, killing 7 rioters.",
		want: []wantEvent{{typ: "Riots", country: "Uganda", fatal: 7}}},
	// a community's leader killed is a civilian victim
	{name: "sahel note, a village chief shot", pub: "2021-03-15", n: 1,
		text: "On 14 March 2021, unidentified gunmen shot and killed a village chief near Djibo (Soum, Sahel). 1 fatality.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Unidentified Armed Group", "Civilians (Burkina Faso)"}, fatal: 1}}},
	{name: "latin america note, a social leader killed", pub: "2021-07-20", n: 1,
		text: "On 19 July 2021, unidentified gunmen killed a social leader in Arauca (Arauca). 1 fatality.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Civilians (Colombia)"}, country: "Colombia", fatal: 1}}},
	{name: "lake chad note, a village head killed by a named group", pub: "2021-10-09", n: 1,
		text: "On 8 October 2021, Boko Haram militants killed a village head near Maiduguri (Borno). 1 fatality.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Boko Haram", "Civilians (Nigeria)"}, country: "Nigeria", fatal: 1}}},
	{name: "ucdp summary, tribal elders abducted", pub: "2021-04-02", n: 1,
		text: "Two tribal elders were abducted by unknown gunmen in Bannu, Pakistan, on 1 April 2021.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Abduction/forced disappearance", actors: []string{"Civilians (Pakistan)"}, fatal: 0}}},
	// the press's words for civilians: citizens, passers-by, travellers
	{name: "middle east state agency, citizens martyred by shelling", pub: "2023-08-02", n: 1,
		text: "Two citizens were martyred in the shelling of Marib on Tuesday.",
		want: []wantEvent{{actors: []string{"Civilians (Yemen)"}, fatal: 2}}},
	{name: "sahel wire, passers-by hurt", pub: "2023-08-02", n: 1,
		text: "Six passers-by were wounded by gunfire in Mopti on Tuesday.",
		want: []wantEvent{{actors: []string{"Civilians (Mali)"}, fatal: 0}}},
	// the press's words for police: cops, constables
	{name: "south asia flash, cops martyred at a post", pub: "2023-08-02", n: 1,
		text: "Breaking: 3 cops martyred as terrorists storm checkpost in Miranshah",
		want: []wantEvent{{typ: "Battles", actors: []string{"Police Forces of Pakistan"}, country: "Pakistan", fatal: 3}}},
	{name: "south asia wire, constables shot", pub: "2023-08-02", n: 1,
		text: "Two constables were shot dead by unidentified gunmen in Miranshah on Tuesday, police said.",
		want: []wantEvent{{actors: []string{"Police Forces of Pakistan"}, country: "Pakistan", fatal: 2}}},
	// a crowd marching or taking to the streets protests; troops marching do not
	{name: "east africa wire, teachers march for unpaid pay", pub: "2023-03-04", n: 1,
		text: "Hundreds of teachers marched through Kisumu on Friday to demand months of unpaid salaries, union officials said.",
		want: []wantEvent{{typ: "Protests", sub: "Peaceful protest", actors: []string{"Protesters (Kenya)"}, country: "Kenya", fatal: 0}}},
	{name: "central asia wire, a crowd takes to the streets over fuel", pub: "2022-05-05", n: 1,
		text: "Protesters took to the streets of Osh on Wednesday over the rising price of fuel.",
		want: []wantEvent{{typ: "Protests", sub: "Peaceful protest", actors: []string{"Protesters (Kyrgyzstan)"}, fatal: 0}}},
	{name: "latin america wire, troops marching are no protest", pub: "2022-05-05", n: 0,
		text: "Troops marched into Lima on Wednesday for the independence parade rehearsal."},
	{name: "central america note, a march demanding detainees' release is peaceful", pub: "2020-09-13", n: 1,
		text: "On 12 September 2020, around 300 people marched peacefully in Lima (Lima) to demand the release of detained activists.",
		want: []wantEvent{{typ: "Protests", sub: "Peaceful protest", actors: []string{"Protesters (Peru)"}, country: "Peru", fatal: 0}}},
	// two nationalities sharing one noun: two states' forces
	{name: "central asia note, two countries' border guards", pub: "2021-04-15", n: 1,
		text: "On 14 April 2021, Kyrgyz and Tajik border guards exchanged fire near Kok-Tash (Batken). 2 fatalities.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"Military Forces of Tajikistan", "Military Forces of Kyrgyzstan"}, fatal: 2}}},
	{name: "ucdp summary, two armies trade fire", pub: "2021-02-04", n: 1,
		text: "Uzbek and Kyrgyz troops traded fire near Osh on 3 February 2021; one soldier was killed.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Military Forces of Kyrgyzstan", "Military Forces of Uzbekistan"}, country: "Kyrgyzstan", fatal: 1}}},
	// notes of every kind the rules above leave as they were
	{name: "sahel note, militants attack an army post", pub: "2021-06-04", n: 1,
		text: "On 3 June 2021, JNIM militants attacked a FAMa post near Gao (Gao). 6 soldiers were killed.",
		want: []wantEvent{{typ: "Battles", sub: "Armed clash", actors: []string{"JNIM", "Military Forces of Mali"}, country: "Mali", fatal: 6}}},
	{name: "sahel note, a herder shot dead by a named group", pub: "2022-02-18", n: 1,
		text: "On 17 February 2022, suspected ISGS militants shot dead a herder near Tillaberi (Tillaberi). 1 fatality.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Islamic State (Sahel)", "Civilians (Niger)"}, fatal: 1}}},
	{name: "sahel note, landmine with no fatalities", pub: "2021-05-06", n: 1,
		text: "On 5 May 2021, a landmine exploded under a truck near Menaka (Menaka). No fatalities.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", country: "Mali", fatal: 0}}},
	{name: "latin america note, rebels attack a police station", pub: "2021-03-09", n: 1,
		text: "On 8 March 2021, members of the ELN attacked a police station in Tame (Arauca). 2 police officers were killed.",
		want: []wantEvent{{typ: "Battles", actors: []string{"ELN: National Liberation Army", "Police Forces of Colombia"}, country: "Colombia", fatal: 2}}},
	{name: "latin america note, the army fires rockets at rebel positions", pub: "2021-07-01", n: 1,
		text: "On 30 June 2021, the Colombian army fired rockets at ELN positions in Catatumbo (Norte de Santander). No casualties reported.",
		want: []wantEvent{{sub: "Shelling/artillery/missile attack", actors: []string{"Military Forces of Colombia", "ELN: National Liberation Army"}, fatal: 0}}},
	{name: "south asia note, Maoists kill an alleged informer", pub: "2021-01-14", n: 1,
		text: "On 13 January 2021, Naxals killed a villager they accused of being a police informer in Sukma (Chhattisgarh). 1 fatality.",
		want: []wantEvent{{typ: "Violence against civilians", actors: []string{"CPI (Maoist)", "Civilians (India)"}, country: "India", fatal: 1}}},
	{name: "ucdp summary, a roadside bomb hits civilians", pub: "2021-05-10", n: 1,
		text: "Three civilians were killed when a roadside bomb hit their vehicle near Chaman, Balochistan, on 9 May 2021.",
		want: []wantEvent{{sub: "Remote explosive/landmine/IED", actors: []string{"Civilians (Pakistan)"}, country: "Pakistan", fatal: 3}}},
	{name: "middle east note, regime forces shell a town", pub: "2021-08-02", n: 1,
		text: "On 1 August 2021, regime forces shelled Ariha (Idlib). 2 civilians were killed.",
		want: []wantEvent{{sub: "Shelling/artillery/missile attack", actors: []string{"Military Forces of Syria", "Civilians (Syria)"}, fatal: 2}}},
	{name: "east africa note, gunmen abduct a businessman", pub: "2021-03-04", n: 1,
		text: "On 3 March 2021, unidentified gunmen abducted a businessman in Baidoa (Bay).",
		want: []wantEvent{{sub: "Abduction/forced disappearance", actors: []string{"Civilians (Somalia)"}, country: "Somalia", fatal: 0}}},
	{name: "ucdp summary, an ambush by a named group", pub: "2021-04-03", n: 1,
		text: "Al-Shabaab killed five soldiers in an ambush near Jilib, Middle Juba, on 2 April 2021.",
		want: []wantEvent{{typ: "Battles", actors: []string{"Al Shabaab", "Military Forces of Somalia"}, country: "Somalia", fatal: 5}}},
	{name: "fighters killed by a drone are its target, not its flier", pub: "2021-09-02", n: 1,
		text: "On 1 September 2021, five Taliban fighters died in a drone strike near Kunduz (Kunduz).",
		want: []wantEvent{{sub: "Air/drone strike", actors: []string{"Unidentified Military Forces", "Taliban"}, country: "Afghanistan", fatal: 5}}},
	{name: "ucdp summary, a drone launched by a group", pub: "2024-06-06", n: 1,
		text: "A drone launched by the RSF hit a market in El Fasher on 5 June 2024, killing 6 civilians.",
		want: []wantEvent{{sub: "Air/drone strike", actors: []string{"RSF: Rapid Support Forces", "Civilians (Sudan)"}, country: "Sudan", fatal: 6}}},
	{name: "sahel note, rockets at a UN camp", pub: "2021-07-15", n: 1,
		text: "JNIM militants fired rockets at a MINUSMA camp in Gao on 14 July 2021; no casualties were reported.",
		want: []wantEvent{{sub: "Shelling/artillery/missile attack", actors: []string{"JNIM", "MINUSMA"}, country: "Mali", fatal: 0}}},
	{name: "afghan note, a device defused is one disrupted-weapons event", pub: "2022-02-21", n: 1,
		text: "On 20 February 2022, Afghan security forces defused an IED planted on a road in Kandahar (Kandahar).",
		want: []wantEvent{{typ: "Strategic developments", sub: "Disrupted weapons use", country: "Afghanistan", fatal: 0}}},
	{name: "middle east note, a bomb defused after another went off", pub: "2022-02-21", n: 2,
		text: "On 20 February 2022, a roadside bomb exploded near a checkpoint in Kirkuk (Kirkuk), wounding two soldiers. Police later defused a second device nearby.",
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", country: "Iraq"}, {typ: "Strategic developments", sub: "Disrupted weapons use"}}},
	// communities' militias by ACLED's names
	{name: "east africa note, cattle raiders of a community", pub: "2022-01-21", n: 1,
		text: "On 20 January 2022, Karamojong raiders killed 3 herders near Kotido (Karamoja).",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Karamojong Ethnic Militia (Uganda)", "Civilians (Uganda)"}, fatal: 3}}},
	{name: "sahel note, a community's militia kills villagers", pub: "2021-03-26", n: 1,
		text: "On 25 March 2021, Dogon militiamen killed 4 villagers near Djenne (Mopti). 4 fatalities.",
		want: []wantEvent{{typ: "Violence against civilians", actors: []string{"Dogon Ethnic Militia (Mali)", "Civilians (Mali)"}, country: "Mali", fatal: 4}}},
	{name: "west africa note, killers before the attack noun", pub: "2021-03-26", n: 1,
		text: "On 25 March 2021, Fulani militia killed 7 farmers in an attack on a village in Zamfara (Zamfara). 7 fatalities.",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)"}, fatal: 7}}},
	{name: "east africa note, a clan's militia unnamed", pub: "2022-01-21", n: 1,
		text: "On 20 January 2022, clan militiamen killed 3 herders near Mogadishu (Banadir).",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Unidentified Clan Militia (Somalia)", "Civilians (Somalia)"}, fatal: 3}}},
	{name: "middle east note, tribal fighters unnamed", pub: "2022-01-21", n: 1,
		text: "On 20 January 2022, tribal gunmen killed 2 truck drivers near Marib (Marib).",
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Unidentified Tribal Militia (Yemen)", "Civilians (Yemen)"}, fatal: 2}}},
	{name: "middle east note, a house demolished by forces", pub: "2022-03-13", n: 1,
		text: "On 12 March 2022, Israeli forces demolished a Palestinian house in Hebron (Hebron). No casualties.",
		want: []wantEvent{{typ: "Strategic developments", sub: "Looting/property destruction", actors: []string{"Military Forces of Israel"}, fatal: 0}}},
}

func TestCoderNotes(t *testing.T) { runReports(t, coderNoteReports) }

// Launch words that fire no projectile start no event.
func TestLaunchesNotProjectiles(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"The ministry launched a campaign against smuggling in Osh on Monday.",
		"Rebels in Kidal launched a new political party on 3 May 2021.",
		"The agency launched a drone survey of farmland near Kano in March 2022.",
	} {
		for _, e := range x.Extract(Article{ID: "n", Text: text, Published: mustDay("2022-05-12")}) {
			if e.EventType == "Explosions/Remote violence" {
				t.Errorf("%q: %s/%s, want no strike", text, e.EventType, e.SubEventType)
			}
		}
	}
}

// Places of the coders' notes: the Gulf, Afghanistan's east, the Sahel,
// East Africa, Central and South Asia and Latin America.
func init() {
	add := addFake
	for _, c := range [][2]string{{"Saudi Arabia", "SA"}, {"Israel", "IL"}, {"Uganda", "UG"}, {"Zimbabwe", "ZW"}, {"Bolivia", "BO"}} {
		add(c[0], "country", c[0], c[1], "", "", 3, 0, 0)
	}
	add("Jizan", "city", "Saudi Arabia", "SA", "Jazan", "Jizan", 1, 16.89, 42.55)
	add("Abha", "city", "Saudi Arabia", "SA", "Asir", "Abha", 1, 18.22, 42.5)
	add("Jalalabad", "city", "Afghanistan", "AF", "Nangarhar", "Jalalabad", 1, 34.43, 70.45)
	add("Mekelle", "city", "Ethiopia", "ET", "Tigray", "Mekelle", 1, 13.5, 39.47)
	add("Maarat Misrin", "city", "Syria", "SY", "Idlib", "Maarat Misrin", 1, 36.01, 36.67)
	add("Asadabad", "city", "Afghanistan", "AF", "Kunar", "Asadabad", 1, 34.87, 71.15)
	add("Aguelhok", "city", "Mali", "ML", "Kidal", "Tessalit", 1, 19.46, 0.86)
	add("Jowhar", "city", "Somalia", "SO", "Middle Shabelle", "Jowhar", 1, 2.78, 45.5)
	add("Beni", "city", "Democratic Republic of Congo", "CD", "North Kivu", "Beni", 1, 0.49, 29.47)
	add("Panj", "city", "Tajikistan", "TJ", "Khatlon", "Panj", 1, 37.24, 69.1)
	add("Kisumu", "city", "Kenya", "KE", "Kisumu", "Kisumu", 1, -0.09, 34.77)
	add("Kampala", "city", "Uganda", "UG", "Central", "Kampala", 1, 0.35, 32.58)
	add("Kotido", "city", "Uganda", "UG", "Northern", "Kotido", 1, 3.01, 34.11)
	add("Hebron", "city", "Palestine", "PS", "West Bank", "Hebron", 1, 31.53, 35.1)
	add("Metula", "city", "Israel", "IL", "Northern", "Metula", 1, 33.28, 35.58)
}

// A peaceful protest has no second actor, even when forces are named.
func TestPeacefulProtestNoForces(t *testing.T) {
	x := testExtractor(t)
	text := "On 23 June 2021, around 200 teachers protested peacefully outside the police headquarters in Lima (Lima) to demand higher pay."
	for _, e := range x.Extract(Article{ID: "p", Text: text, Published: mustDay("2021-06-24")}) {
		if e.Actor2 != "" {
			t.Errorf("peaceful protest has actor 2 %q", e.Actor2)
		}
	}
}

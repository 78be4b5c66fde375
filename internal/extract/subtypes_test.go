package extract

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// Every sub-event type of the codebook (internal/event), told in our own
// words the ways reports reach us - a wire story with its dateline, a state
// agency's statement, a coder's one-line summary, a headline alone - from
// several regions.
//
// Crowd sizes: extract keeps no crowd size (no claim kind counts
// demonstrators), so the protest cases check instead that the crowd's number
// never becomes a toll (fatalities 0).

// subCase is one report of one event of sub-event type want.sub; the event
// type it must have is the codebook's.
type subCase struct {
	region string
	style  string // wire, agency, coder or headline
	pub    string
	text   string
	want   wantEvent
}

const (
	sahel       = "Sahel"
	latam       = "Latin America"
	southAsia   = "South Asia"
	middleEast  = "Middle East"
	centralAsia = "Central Asia"
	eastAfrica  = "East Africa"
	seAsia      = "South-East Asia"
	westAfrica  = "West Africa"
)

// minCasesPerSubType and minRegionsPerSubType: issue 16 asks for tests of
// every sub-event type from at least three regions.
const (
	minCasesPerSubType   = 3
	minRegionsPerSubType = 3
)

var subtypeCases = []subCase{
	// Battles
	{sahel, "agency", "2024-03-06", `Malian soldiers and JNIM fighters clashed near Gao on Tuesday, leaving six soldiers dead, the army said.`,
		wantEvent{sub: event.ArmedClash, actors: []string{"JNIM", "Military Forces of Mali"}, country: "Mali", fatal: 6}},
	{latam, "coder", "2024-03-06", `On 4 March 2024, the Colombian army clashed with ELN guerrillas near Tame in Arauca. 3 fatalities.`,
		wantEvent{sub: event.ArmedClash, actors: []string{"Military Forces of Colombia", "ELN: National Liberation Army"}, country: "Colombia", fatal: 3}},
	{eastAfrica, "headline", "2024-03-06", `Al-Shabaab militants clash with Kenyan troops in Lamu, two soldiers killed`,
		wantEvent{sub: event.ArmedClash, actors: []string{"Al Shabaab", "Military Forces of Kenya"}, country: "Kenya", fatal: 2}},
	{middleEast, "wire", "2024-03-06", `Taiz, March 5 (Gulf Wire) - Houthi fighters and government troops fought for hours on the outskirts of Taiz on Monday, killing 11 fighters, a local official said.`,
		wantEvent{sub: event.ArmedClash, actors: []string{"Ansar Allah"}, country: "Yemen", fatal: 11}},

	{westAfrica, "agency", "2024-03-06", `Nigerian troops recaptured Konduga from Boko Haram fighters on Sunday after a two-day battle, the army said.`,
		wantEvent{sub: event.GovRegainsTerritory, actors: []string{"Military Forces of Nigeria", "Boko Haram"}, country: "Nigeria", fatal: 0}},
	{middleEast, "wire", "2024-03-06", `Mosul, March 2 (Tigris Wire) - Iraqi forces retook the outskirts of Mosul from Islamic State militants on Friday, a military statement said.`,
		wantEvent{sub: event.GovRegainsTerritory, actors: []string{"Military Forces of Iraq", "Islamic State"}, country: "Iraq", fatal: 0}},
	{seAsia, "headline", "2024-03-06", `Myanmar army retakes Paletwa from Arakan Army`,
		wantEvent{sub: event.GovRegainsTerritory, actors: []string{"Military Forces of Myanmar", "Arakan Army"}, country: "Myanmar", fatal: 0}},
	{seAsia, "agency", "2024-03-06", `Government troops regained control of Marawi on Saturday after driving out militants, the Philippine army said.`,
		wantEvent{sub: event.GovRegainsTerritory, actors: []string{"Military Forces of Philippines"}, country: "Philippines", fatal: 0}},

	{sahel, "agency", "2024-03-06", `JNIM fighters overran an army post in Tessalit and took control of the town on Wednesday, a local official said.`,
		wantEvent{sub: event.NonStateOvertakes, actors: []string{"JNIM", "Military Forces of Mali"}, country: "Mali", fatal: 0}},
	{seAsia, "wire", "2024-03-06", `The Arakan Army captured the town of Paletwa on Monday after government troops withdrew, the group said.`,
		wantEvent{sub: event.NonStateOvertakes, actors: []string{"Arakan Army"}, country: "Myanmar", fatal: 0}},
	{eastAfrica, "agency", "2024-03-06", `Islamic State militants took control of Mocimboa da Praia in Cabo Delgado on Wednesday, residents said.`,
		wantEvent{sub: event.NonStateOvertakes, actors: []string{"Islamic State"}, country: "Mozambique", fatal: 0}},
	{southAsia, "headline", "2024-03-06", `Taliban seize district centre in Badakhshan`,
		wantEvent{sub: event.NonStateOvertakes, actors: []string{"Taliban"}, country: "Afghanistan", fatal: 0}},

	// Explosions/Remote violence
	{middleEast, "agency", "2024-03-06", `A chlorine gas attack on the town of Ariha in Idlib on Tuesday left 30 civilians struggling to breathe, medics said.`,
		wantEvent{sub: event.ChemicalWeapon, country: "Syria", fatal: 0}},
	{middleEast, "wire", "2024-03-06", `Taiz, March 4 (Gulf Wire) - Twelve soldiers were treated for breathing problems after Houthi fighters fired toxic gas at their positions near Taiz on Sunday, the army said.`,
		wantEvent{sub: event.ChemicalWeapon, actors: []string{"Ansar Allah", "Military Forces of Yemen"}, country: "Yemen", fatal: 0}},
	{middleEast, "coder", "2024-03-06", `On 29 February 2024, Islamic State militants used mustard gas against Iraqi troops near Kirkuk, wounding 9 soldiers.`,
		wantEvent{sub: event.ChemicalWeapon, actors: []string{"Islamic State", "Military Forces of Iraq"}, country: "Iraq", fatal: 0}},
	{middleEast, "headline", "2024-03-06", `Syrian government helicopters drop chlorine gas on Deir ez-Zor`,
		wantEvent{sub: event.ChemicalWeapon, actors: []string{"Military Forces of Syria"}, country: "Syria", fatal: 0}},
	{eastAfrica, "agency", "2024-03-06", `The Sudanese army used chemical weapons against RSF fighters near Khartoum on Monday, killing seven fighters, a monitoring group said.`,
		wantEvent{sub: event.ChemicalWeapon, actors: []string{"Military Forces of Sudan", "RSF: Rapid Support Forces"}, country: "Sudan", fatal: 7}},
	{seAsia, "wire", "2024-03-06", `Sagaing, March 5 (Irrawaddy Wire) - PDF fighters said junta drones dropped toxic gas on their positions in Sagaing on Monday, wounding six fighters.`,
		wantEvent{sub: event.ChemicalWeapon, country: "Myanmar", fatal: 0}},

	{eastAfrica, "agency", "2024-03-06", `A drone strike killed four al-Shabaab fighters near Jilib on Thursday, the Somali government said.`,
		// the government counting its enemy's dead, the only figure: the toll
		wantEvent{sub: event.AirDroneStrike, actors: []string{"Al Shabaab"}, country: "Somalia", fatal: 4}},
	{seAsia, "wire", "2024-03-06", `Military jets bombed a school in Kani township in Sagaing on Friday, killing seven children, a teacher said.`,
		wantEvent{sub: event.AirDroneStrike, actors: []string{"Civilians (Myanmar)"}, country: "Myanmar", fatal: 7}},
	{eastAfrica, "agency", "2024-03-06", `Sudanese army warplanes struck a market in El Fasher on Monday, killing 15 civilians, activists said.`,
		wantEvent{sub: event.AirDroneStrike, actors: []string{"Military Forces of Sudan", "Civilians (Sudan)"}, country: "Sudan", fatal: 15}},
	{middleEast, "headline", "2024-03-06", `Air strike hits Houthi positions in Hodeidah, 6 killed`,
		wantEvent{sub: event.AirDroneStrike, actors: []string{"Ansar Allah"}, country: "Yemen", fatal: 6}},

	{southAsia, "agency", "2024-03-06", `A suicide bomber blew himself up at a police checkpoint in Bannu on Tuesday, killing three policemen, officials said.`,
		wantEvent{sub: event.SuicideBomb, actors: []string{"Police Forces of Pakistan"}, country: "Pakistan", fatal: 3}},
	{westAfrica, "wire", "2024-03-06", `Two female suicide bombers detonated explosives at a fish market in Konduga, Borno state, on Saturday night, killing nine people, emergency officials said.`,
		wantEvent{sub: event.SuicideBomb, country: "Nigeria", fatal: 9}},
	{southAsia, "headline", "2024-03-06", `Suicide attack on Kabul mosque kills 12 worshippers`,
		wantEvent{sub: event.SuicideBomb, actors: []string{"Civilians (Afghanistan)"}, country: "Afghanistan", fatal: 12}},
	{eastAfrica, "coder", "2024-03-06", `On 2 March 2024, an Al Shabaab suicide bomber drove an explosives-laden car into a military base in Baidoa (Bay, Somalia); 5 soldiers killed.`,
		wantEvent{sub: event.SuicideBomb, actors: []string{"Al Shabaab", "Military Forces of Somalia"}, country: "Somalia", fatal: 5}},

	{middleEast, "agency", "2024-03-06", `Government artillery shelled the village of Ariha in Idlib on Wednesday, killing two children, rescuers said.`,
		wantEvent{sub: event.Shelling, actors: []string{"Military Forces of Syria", "Civilians (Syria)"}, country: "Syria", fatal: 2}},
	{seAsia, "headline", "2024-03-06", `Army shells villages in Sagaing, 4 dead`,
		wantEvent{sub: event.Shelling, actors: []string{"Military Forces of Myanmar"}, country: "Myanmar", fatal: 4}},
	{centralAsia, "agency", "2024-03-06", `Tajik forces fired mortars at Kyrgyz border villages near Ak-Sai in Batken on Monday, wounding five civilians, the Kyrgyz border service said.`,
		wantEvent{sub: event.Shelling, actors: []string{"Military Forces of Tajikistan", "Civilians (Kyrgyzstan)"}, country: "Kyrgyzstan", fatal: 0}},
	{eastAfrica, "wire", "2024-03-06", `El Fasher, March 4 (Sahara Wire) - Rockets fired by the RSF hit a displacement camp in El Fasher on Sunday, killing 8 civilians, aid workers said.`,
		wantEvent{sub: event.Shelling, actors: []string{"RSF: Rapid Support Forces", "Civilians (Sudan)"}, country: "Sudan", fatal: 8}},

	{latam, "agency", "2024-03-06", `A landmine planted by ELN guerrillas killed two soldiers near Tame in Arauca on Monday, the Colombian army said.`,
		wantEvent{sub: event.RemoteExplosive, actors: []string{"ELN: National Liberation Army", "Military Forces of Colombia"}, country: "Colombia", fatal: 2}},
	{southAsia, "wire", "2024-03-06", `A roadside bomb ripped through a Frontier Corps vehicle in Kech district on Sunday, killing four soldiers, police said.`,
		wantEvent{sub: event.RemoteExplosive, actors: []string{"Military Forces of Pakistan"}, country: "Pakistan", fatal: 4}},
	{sahel, "agency", "2024-03-06", `An improvised explosive device exploded under a bus near Djenne on Thursday, killing eight passengers, local officials said.`,
		wantEvent{sub: event.RemoteExplosive, actors: []string{"Civilians (Mali)"}, country: "Mali", fatal: 8}},
	{southAsia, "headline", "2024-03-06", `IED blast kills 3 policemen in Sukma`,
		wantEvent{sub: event.RemoteExplosive, actors: []string{"Police Forces of India"}, country: "India", fatal: 3}},

	{southAsia, "agency", "2024-03-06", `Militants hurled a grenade at a police party in Srinagar on Friday, injuring four policemen, a police official said.`,
		wantEvent{sub: event.Grenade, actors: []string{"Unidentified Armed Group", "Police Forces of India"}, country: "India", fatal: 0}},
	{latam, "wire", "2024-03-06", `Culiacan, March 3 (Pacific Wire) - A grenade thrown at a police station in Culiacan on Saturday wounded two officers, Sinaloa prosecutors said.`,
		wantEvent{sub: event.Grenade, actors: []string{"Police Forces of Mexico"}, country: "Mexico", fatal: 0}},
	{seAsia, "agency", "2024-03-06", `Insurgents lobbed a grenade at a ranger checkpoint in Narathiwat on Monday night, wounding three rangers.`,
		wantEvent{sub: event.Grenade, actors: []string{"Military Forces of Thailand"}, country: "Thailand", fatal: 0}},
	{latam, "headline", "2024-03-06", `Grenade attack on bar in Guayaquil injures 6`,
		wantEvent{sub: event.Grenade, country: "Ecuador", fatal: 0}},

	// Violence against civilians
	{eastAfrica, "agency", "2024-03-06", `Armed men raped four women near Goma on Tuesday night, a local rights group said.`,
		wantEvent{sub: event.SexualViolence, actors: []string{"Unidentified Armed Group", "Civilians (Democratic Republic of Congo)"}, country: "Democratic Republic of Congo", fatal: 0}},
	{eastAfrica, "wire", "2024-03-06", `El Fasher, March 5 (Sahara Wire) - RSF fighters raped at least 12 women and girls in El Fasher last week, the UN said.`,
		wantEvent{sub: event.SexualViolence, actors: []string{"RSF: Rapid Support Forces", "Civilians (Sudan)"}, country: "Sudan", fatal: 0}},
	{eastAfrica, "agency", "2024-03-06", `Soldiers raped two girls in a village near Gondar in Amhara on Friday, relatives said.`,
		wantEvent{sub: event.SexualViolence, actors: []string{"Military Forces of Ethiopia", "Civilians (Ethiopia)"}, country: "Ethiopia", fatal: 0}},
	{latam, "coder", "2024-03-06", `On 28 February 2024, gang members raped a woman in Port-au-Prince (Ouest, Haiti).`,
		wantEvent{sub: event.SexualViolence, actors: []string{"Unidentified Armed Group", "Civilians (Haiti)"}, country: "Haiti", fatal: 0}},
	{seAsia, "headline", "2024-03-06", `Junta soldiers rape three women in Sagaing village`,
		wantEvent{sub: event.SexualViolence, actors: []string{"Military Forces of Myanmar", "Civilians (Myanmar)"}, country: "Myanmar", fatal: 0}},

	{sahel, "agency", "2024-03-06", `Gunmen killed nine villagers near Kaya on Sunday, local sources said.`,
		wantEvent{sub: event.Attack, actors: []string{"Unidentified Armed Group", "Civilians (Burkina Faso)"}, country: "Burkina Faso", civ: true, fatal: 9}},
	{southAsia, "agency", "2024-03-06", `Militants killed three migrant workers in Srinagar on Thursday evening, police said.`,
		wantEvent{sub: event.Attack, actors: []string{"Unidentified Armed Group", "Civilians (India)"}, country: "India", fatal: 3}},
	{eastAfrica, "wire", "2024-03-06", `Bunia, March 4 (Lakes Wire) - Suspected ADF rebels killed 20 civilians with machetes in Ituri on Saturday, a local official said.`,
		wantEvent{sub: event.Attack, actors: []string{"Islamic State (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)"}, country: "Democratic Republic of Congo", fatal: 20}},
	{southAsia, "wire", "2024-03-06", `Imphal, March 5 (Hills Wire) - Gunmen opened fire on protesters in Imphal on Monday, killing two of them, police said.`,
		wantEvent{sub: event.Attack, actors: []string{"Unidentified Armed Group", "Protesters (India)"}, country: "India", fatal: 2}},
	{latam, "headline", "2024-03-06", `Cartel gunmen kill 5 farmers in Michoacan`,
		wantEvent{sub: event.Attack, actors: []string{"Unidentified Armed Group", "Civilians (Mexico)"}, country: "Mexico", fatal: 5}},

	{westAfrica, "agency", "2024-03-06", `Bandits kidnapped 30 students from a school in Zamfara on Tuesday, police said.`,
		wantEvent{sub: event.Abduction, actors: []string{"Unidentified Armed Group", "Civilians (Nigeria)"}, country: "Nigeria", fatal: 0}},
	{latam, "wire", "2024-03-06", `Port-au-Prince, March 4 (Caribbean Wire) - Gang members abducted 15 passengers from a bus outside Port-au-Prince on Sunday, witnesses said.`,
		wantEvent{sub: event.Abduction, actors: []string{"Civilians (Haiti)"}, country: "Haiti", fatal: 0}},
	{southAsia, "headline", "2024-03-06", `Militants kidnap three engineers in Kech`,
		wantEvent{sub: event.Abduction, country: "Pakistan", fatal: 0}},
	{latam, "coder", "2024-03-06", `On 3 March 2024, ELN guerrillas abducted two journalists near Tame (Arauca). The journalists remain missing.`,
		wantEvent{sub: event.Abduction, actors: []string{"ELN: National Liberation Army", "Civilians (Colombia)"}, country: "Colombia", fatal: 0}},

	// Protests
	{southAsia, "agency", "2024-03-06", `About 2,000 traders rallied in Peshawar on Monday against new taxes, chanting slogans outside the assembly.`,
		wantEvent{sub: event.PeacefulProtest, actors: []string{"Protesters (Pakistan)"}, country: "Pakistan", fatal: 0}},
	{eastAfrica, "wire", "2024-03-06", `Nairobi, March 6 (Rift Wire) - Hundreds of teachers protested peacefully in Nairobi on Wednesday demanding unpaid salaries.`,
		wantEvent{sub: event.PeacefulProtest, actors: []string{"Protesters (Kenya)"}, country: "Kenya", fatal: 0}},
	{latam, "agency", "2024-03-06", `Thousands of students demonstrated in Santiago on Thursday against cuts to university funding, organisers said.`,
		wantEvent{sub: event.PeacefulProtest, actors: []string{"Protesters (Chile)"}, country: "Chile", fatal: 0}},
	{centralAsia, "coder", "2024-03-06", `On 1 March 2024, some 150 residents staged a sit-in outside the city hall in Almaty to protest rising gas prices.`,
		wantEvent{sub: event.PeacefulProtest, actors: []string{"Protesters (Kazakhstan)"}, country: "Kazakhstan", fatal: 0}},

	{southAsia, "wire", "2024-03-06", `Dhaka, March 4 (Delta Wire) - Police fired tear gas to disperse hundreds of students protesting in Dhaka on Monday.`,
		wantEvent{sub: event.ProtestIntervention, actors: []string{"Protesters (Bangladesh)"}, country: "Bangladesh", fatal: 0}},
	{centralAsia, "agency", "2024-03-06", `Police dispersed a rally of about 300 people in Bishkek on Saturday, the interior ministry said.`,
		wantEvent{sub: event.ProtestIntervention, actors: []string{"Protesters (Kyrgyzstan)"}, country: "Kyrgyzstan", fatal: 0}},
	{latam, "agency", "2024-03-06", `Riot police used water cannon against indigenous demonstrators in Quito on Tuesday.`,
		wantEvent{sub: event.ProtestIntervention, actors: []string{"Protesters (Ecuador)"}, country: "Ecuador", fatal: 0}},
	{middleEast, "headline", "2024-03-06", `Security forces fire tear gas at protesters in Basra`,
		wantEvent{sub: event.ProtestIntervention, actors: []string{"Protesters (Iraq)"}, country: "Iraq", fatal: 0}},

	{eastAfrica, "agency", "2024-03-06", `Security forces opened fire on protesters in Khartoum on Thursday, killing five demonstrators, a doctors' committee said.`,
		wantEvent{sub: event.ExcessiveForce, actors: []string{"Protesters (Sudan)", "Military Forces of Sudan"}, country: "Sudan", fatal: 5}},
	{eastAfrica, "wire", "2024-03-06", `Nairobi, March 5 (Rift Wire) - Police shot dead three protesters in Nairobi on Tuesday, a rights group said.`,
		wantEvent{sub: event.ExcessiveForce, actors: []string{"Protesters (Kenya)", "Police Forces of Kenya"}, country: "Kenya", fatal: 3}},
	{southAsia, "headline", "2024-03-06", `Police kill 4 protesters in Dhaka`,
		wantEvent{sub: event.ExcessiveForce, actors: []string{"Protesters (Bangladesh)", "Police Forces of Bangladesh"}, country: "Bangladesh", fatal: 4}},
	{eastAfrica, "agency", "2024-03-06", `Police fired tear gas and rubber bullets at protesters in Khartoum on Sunday, wounding 20 people, medics said.`,
		wantEvent{sub: event.ExcessiveForce, actors: []string{"Protesters (Sudan)"}, country: "Sudan", fatal: 0}},
	{latam, "agency", "2024-03-06", `Police opened fire on protesters in Puno on Saturday, killing two demonstrators, the ombudsman said.`,
		wantEvent{sub: event.ExcessiveForce, actors: []string{"Protesters (Peru)", "Police Forces of Peru"}, country: "Peru", fatal: 2}},
	{middleEast, "coder", "2024-03-06", `On 1 March 2024, security forces killed three protesters in Basra.`,
		wantEvent{sub: event.ExcessiveForce, actors: []string{"Protesters (Iraq)", "Military Forces of Iraq"}, country: "Iraq", fatal: 3}},
	// a death toll at a protest, the killers unnamed: lethal force met it
	{latam, "wire", "2024-03-06", `At least nine people were killed during protests in Lima on Saturday, the ombudsman said.`,
		wantEvent{sub: event.ExcessiveForce, actors: []string{"Protesters (Peru)"}, country: "Peru", fatal: 9}},

	// Riots
	{southAsia, "agency", "2024-03-06", `Stone-pelting protesters injured 12 policemen in Srinagar on Friday, officials said.`,
		wantEvent{sub: event.ViolentDemonstration, actors: []string{"Rioters (India)", "Police Forces of India"}, country: "India", fatal: 0}},
	{southAsia, "wire", "2024-03-06", `Dhaka, March 4 (Delta Wire) - Protesters torched two buses and a police van in Dhaka on Sunday during a strike called by the opposition.`,
		wantEvent{sub: event.ViolentDemonstration, country: "Bangladesh", fatal: 0}},
	{centralAsia, "agency", "2024-03-06", `Demonstrators stormed the parliament building in Bishkek on Tuesday night, officials said.`,
		wantEvent{sub: event.ViolentDemonstration, country: "Kyrgyzstan", fatal: 0}},
	{eastAfrica, "agency", "2024-03-06", `Angry youths set fire to a police station in Mandera on Monday over a death in police custody, police said.`,
		wantEvent{sub: event.ViolentDemonstration, actors: []string{"Rioters (Kenya)", "Police Forces of Kenya"}, country: "Kenya"}},
	{latam, "coder", "2024-03-06", `On 2 March 2024, rioters looted shops and burned a bank in Santiago over fuel prices.`,
		wantEvent{sub: event.ViolentDemonstration, actors: []string{"Rioters (Chile)"}, country: "Chile", fatal: 0}},

	{southAsia, "agency", "2024-03-06", `A mob lynched a man accused of cattle theft in a village in Rajasthan on Sunday, police said.`,
		wantEvent{sub: event.MobViolence, actors: []string{"Rioters (India)"}, country: "India", fatal: 1}},
	{latam, "wire", "2024-03-06", `Port-au-Prince, March 5 (Caribbean Wire) - Vigilantes killed six suspected gang members in Port-au-Prince on Monday, witnesses said.`,
		wantEvent{sub: event.MobViolence, actors: []string{"Rioters (Haiti)"}, country: "Haiti", fatal: 6}},
	{westAfrica, "agency", "2024-03-06", `An angry mob beat to death a man accused of blasphemy in Sokoto on Saturday, police said.`,
		wantEvent{sub: event.MobViolence, actors: []string{"Rioters (Nigeria)"}, country: "Nigeria", fatal: 1}},
	{latam, "headline", "2024-03-06", `Villagers lynch two suspected kidnappers in Puno`,
		wantEvent{sub: event.MobViolence, actors: []string{"Rioters (Peru)"}, country: "Peru", fatal: 2}},

	// Strategic developments
	{latam, "wire", "2024-03-06", `Mexico City, March 2 (Pacific Wire) - The Colombian government and the ELN agreed to a six-month ceasefire in talks in Mexico on Friday, mediators said.`,
		wantEvent{sub: event.Agreement, actors: []string{"ELN: National Liberation Army"}, fatal: 0}},
	{middleEast, "headline", "2024-03-06", `Houthis and government swap 300 prisoners in Aden`,
		wantEvent{sub: event.Agreement, actors: []string{"Ansar Allah"}, country: "Yemen", fatal: 0}},
	{eastAfrica, "agency", "2024-03-06", `Ethiopia's government and Amhara militia leaders signed a peace deal in Gondar on Sunday, state media said.`,
		wantEvent{sub: event.Agreement, country: "Ethiopia", fatal: 0}},
	{sahel, "coder", "2024-03-06", `On 1 March 2024, JNIM and local elders signed a deal in Djenne lifting the blockade of the town.`,
		wantEvent{sub: event.Agreement, actors: []string{"JNIM"}, country: "Mali", fatal: 0}},
	{centralAsia, "agency", "2024-03-06", `Kyrgyz and Tajik border guards agreed to a ceasefire near Kok-Tash in Batken on Friday, the Kyrgyz border service said.`,
		wantEvent{sub: event.Agreement, actors: []string{"Military Forces of"}, country: "Kyrgyzstan", fatal: 0}},

	{centralAsia, "agency", "2024-03-06", `Police in Almaty detained 15 opposition activists on Saturday ahead of a planned rally, their lawyers said.`,
		wantEvent{sub: event.Arrests, actors: []string{"Police Forces of Kazakhstan"}, country: "Kazakhstan", fatal: 0}},
	{centralAsia, "agency", "2024-03-06", `Uzbek security services arrested eight members of a banned religious group in Andijan on Wednesday, the prosecutor's office said.`,
		wantEvent{sub: event.Arrests, actors: []string{"Military Forces of Uzbekistan"}, country: "Uzbekistan", fatal: 0}},
	{southAsia, "headline", "2024-03-06", `Police arrest 40 opposition supporters in Dhaka`,
		wantEvent{sub: event.Arrests, actors: []string{"Police Forces of Bangladesh"}, country: "Bangladesh", fatal: 0}},
	{latam, "wire", "2024-03-06", `Lima, March 1 (Andes Wire) - Police arrested 12 opposition leaders in Lima on Thursday, the interior ministry said.`,
		wantEvent{sub: event.Arrests, actors: []string{"Police Forces of Peru"}, country: "Peru", fatal: 0}},

	{sahel, "agency", "2024-03-06", `Mali's junta deployed 500 soldiers to Menaka on Monday to reinforce the garrison, a military source said.`,
		wantEvent{sub: event.ChangeToGroup, actors: []string{"Military Forces of Mali"}, country: "Mali", fatal: 0}},
	{southAsia, "agency", "2024-03-06", `A splinter faction of the TTP pledged allegiance to the Islamic State in North Waziristan, officials said.`,
		wantEvent{sub: event.ChangeToGroup, actors: []string{"TTP"}, country: "Pakistan", fatal: 0}},
	{eastAfrica, "headline", "2024-03-06", `Al-Shabaab names new leader in Jilib`,
		wantEvent{sub: event.ChangeToGroup, actors: []string{"Al Shabaab"}, country: "Somalia", fatal: 0}},
	{latam, "coder", "2024-03-06", `On 2 March 2024, two FARC dissident factions announced their merger in Cauca.`,
		wantEvent{sub: event.ChangeToGroup, actors: []string{"FARC Dissidents"}, country: "Colombia", fatal: 0}},
	{southAsia, "headline", "2024-03-06", `Jamaat Ansarullah names new commander for northern Afghanistan in Kunduz`,
		wantEvent{sub: event.ChangeToGroup, actors: []string{"Jamaat Ansarullah"}, country: "Afghanistan", fatal: 0}},

	{southAsia, "agency", "2024-03-06", `A bomb disposal squad defused an explosive device planted on a road in Bannu on Tuesday, police said.`,
		wantEvent{sub: event.DisruptedWeapons, actors: []string{"Police Forces of Pakistan"}, country: "Pakistan", fatal: 0}},
	{latam, "agency", "2024-03-06", `Colombian soldiers defused 40 landmines near Tame in Arauca on Friday, the army said.`,
		wantEvent{sub: event.DisruptedWeapons, actors: []string{"Military Forces of Colombia"}, country: "Colombia", fatal: 0}},
	{middleEast, "wire", "2024-03-06", `Kirkuk, March 2 (Tigris Wire) - Security forces seized a weapons cache containing 20 rockets and explosives in Kirkuk on Friday, Iraqi officials said.`,
		wantEvent{sub: event.DisruptedWeapons, actors: []string{"Military Forces of Iraq"}, country: "Iraq", fatal: 0}},
	{centralAsia, "headline", "2024-03-06", `Tajik border guards seized explosives and detonators near Khorog`,
		wantEvent{sub: event.DisruptedWeapons, actors: []string{"Military Forces of Tajikistan"}, country: "Tajikistan", fatal: 0}},
	// a bombing foiled never went off; an attack foiled by fighting is the fight
	{southAsia, "headline", "2024-03-06", `Security forces foil suicide attack in Miranshah, arrest would-be bomber`,
		wantEvent{sub: event.DisruptedWeapons, actors: []string{"Pakistan"}, country: "Pakistan", fatal: 0}},
	{centralAsia, "agency", "2024-03-06", `Afghan police averted a car bombing near a mosque in Kunduz city on Friday, the interior ministry said.`,
		wantEvent{sub: event.DisruptedWeapons, country: "Afghanistan", fatal: 0}},
	{sahel, "agency", "2024-03-06", `Troops foiled an attack on a checkpoint near Menaka on Monday, killing four assailants, the army said.`,
		wantEvent{sub: event.ArmedClash, actors: []string{"Military Forces of Mali"}, country: "Mali", fatal: 4}},
	// weapons taken where people were killed are the clash's spoils
	{sahel, "agency", "2024-03-06", `Troops killed three JNIM fighters and seized weapons near Kidal on Sunday, the army said.`,
		wantEvent{sub: event.ArmedClash, actors: []string{"Military Forces of Mali", "JNIM"}, country: "Mali", fatal: 3}},

	{sahel, "agency", "2024-03-06", `Wagner mercenaries set up a base in Tessalit on Monday after UN peacekeepers left, residents said.`,
		wantEvent{sub: event.BaseEstablished, actors: []string{"Wagner Group"}, country: "Mali", fatal: 0}},
	{eastAfrica, "agency", "2024-03-06", `Al-Shabaab established a new headquarters in a village near Jilib, local elders said.`,
		wantEvent{sub: event.BaseEstablished, actors: []string{"Al Shabaab"}, country: "Somalia", fatal: 0}},
	{eastAfrica, "wire", "2024-03-06", `Mandera, March 7 (Rift Wire) - The Kenyan army built a new military camp in Mandera on Thursday, the defence ministry said.`,
		wantEvent{sub: event.BaseEstablished, actors: []string{"Military Forces of Kenya"}, country: "Kenya", fatal: 0}},
	{seAsia, "headline", "2024-03-06", `The Arakan Army opens a new base near Paletwa`,
		wantEvent{sub: event.BaseEstablished, actors: []string{"Arakan Army"}, country: "Myanmar", fatal: 0}},

	{sahel, "agency", "2024-03-06", `Gunmen torched a school in Tillaberi on Monday night, the regional governor said.`,
		wantEvent{sub: event.Looting, country: "Niger", fatal: 0}},
	{latam, "wire", "2024-03-06", `Port-au-Prince, March 4 (Caribbean Wire) - Gang members looted a hospital in Port-au-Prince on Sunday, staff said.`,
		wantEvent{sub: event.Looting, country: "Haiti", fatal: 0}},
	{eastAfrica, "agency", "2024-03-06", `RSF fighters looted the central market in El Fasher on Saturday, traders said.`,
		wantEvent{sub: event.Looting, actors: []string{"RSF: Rapid Support Forces"}, country: "Sudan", fatal: 0}},
	{seAsia, "headline", "2024-03-06", `Soldiers burn 200 houses in Sagaing`,
		wantEvent{sub: event.Looting, actors: []string{"Military Forces of Myanmar"}, country: "Myanmar", fatal: 0}},

	{sahel, "agency", "2024-03-06", `UN peacekeepers handed over their camp in Tessalit to the Malian army on Sunday, the mission said.`,
		wantEvent{sub: event.TerritoryTransfer, actors: []string{"United Nations", "Military Forces of Mali"}, country: "Mali", fatal: 0}},
	{eastAfrica, "wire", "2024-03-06", `Mogadishu, March 6 (Horn Wire) - Ethiopian troops withdrew from Baidoa on Tuesday and handed their positions to Somali forces, residents said.`,
		wantEvent{sub: event.TerritoryTransfer, actors: []string{"Military Forces of Ethiopia"}, country: "Somalia", fatal: 0}},
	{southAsia, "agency", "2024-03-06", `The Taliban took control of the district centre in Badakhshan without a fight on Saturday, locals said.`,
		wantEvent{sub: event.TerritoryTransfer, actors: []string{"Taliban"}, country: "Afghanistan", fatal: 0}},
	{sahel, "headline", "2024-03-06", `Russian troops pull out of Tessalit, leaving it to Malian soldiers`,
		wantEvent{sub: event.TerritoryTransfer, actors: []string{"Military Forces of Russia"}, country: "Mali", fatal: 0}},

	{sahel, "agency", "2024-03-06", `More than 3,000 villagers fled Menaka after threats by Islamic State fighters, local officials said on Monday.`,
		wantEvent{sub: event.OtherDevelopment, country: "Mali", fatal: 0, claims: []wantClaim{{kind: "fled", count: 3000}}}},
	{eastAfrica, "agency", "2024-03-06", `About 2,000 families fled their homes in Cabo Delgado last week, the UN said.`,
		wantEvent{sub: event.OtherDevelopment, country: "Mozambique", fatal: 0, claims: []wantClaim{{kind: "fled", count: 2000}}}},
	{southAsia, "agency", "2024-03-06", `The army imposed a curfew in Imphal on Wednesday after a night of unrest, officials said.`,
		wantEvent{sub: event.OtherDevelopment, actors: []string{"Military Forces of India"}, country: "India", fatal: 0}},
	{centralAsia, "headline", "2024-03-06", `Hundreds of residents flee Khorog as troops move in`,
		wantEvent{sub: event.OtherDevelopment, country: "Tajikistan", fatal: 0}},
}

// subtypeReports turns the cases into reports of one event each, with the
// event type the codebook gives the sub-event type.
func subtypeReports(t *testing.T) []report {
	var out []report
	for _, c := range subtypeCases {
		st, ok := event.LookupSubType(c.want.sub)
		if !ok {
			t.Fatalf("%q is no sub-event type of the codebook", c.want.sub)
		}
		w := c.want
		w.typ = st.Type
		out = append(out, report{name: c.want.sub + " / " + c.region + " / " + c.style, pub: c.pub, text: c.text, n: 1, want: []wantEvent{w}})
	}
	return out
}

func TestSubEventTypes(t *testing.T) { runReports(t, subtypeReports(t)) }

// Every sub-event type of the codebook keeps its cases from several
// regions: dropping one fails here, not silently.
func TestSubEventTypesCovered(t *testing.T) {
	cases := map[string]int{}
	regions := map[string]map[string]bool{}
	for _, c := range subtypeCases {
		cases[c.want.sub]++
		if regions[c.want.sub] == nil {
			regions[c.want.sub] = map[string]bool{}
		}
		regions[c.want.sub][c.region] = true
	}
	for _, st := range event.Codebook {
		if cases[st.Name] < minCasesPerSubType || len(regions[st.Name]) < minRegionsPerSubType {
			t.Errorf("%s: %d cases from %d regions, want at least %d from %d", st.Name, cases[st.Name], len(regions[st.Name]),
				minCasesPerSubType, minRegionsPerSubType)
		}
	}
}

// Words near the new triggers that tell no event of their own: troops on
// the move are no march of protesters, and a firms' merger no armed group's.
func TestSubEventWordsNotMisread(t *testing.T) {
	runReports(t, []report{
		{name: "troops marched", pub: "2024-03-06", text: `Troops marched into Gao on Monday after the rebels left, residents said.`, n: 0},
		{name: "a merger of banks", pub: "2024-03-06", text: `The two banks announced their merger in Lima on Monday.`, n: 0},
	})
}

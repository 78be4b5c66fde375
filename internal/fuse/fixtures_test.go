package fuse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// The incidents below are invented for the tests; places and actor names
// are real so that the rules meet realistic spellings and distances.

const (
	kgArmy = "Military Forces of Kyrgyzstan (2021-)"
	tjArmy = "Military Forces of Tajikistan (1994-)"
	pkArmy = "Military Forces of Pakistan (2024-)"
	ttp    = "TTP: Tehreek-i-Taliban Pakistan"
	mlArmy = "Military Forces of Mali (2021-)"
	jnim   = "JNIM: Group for Support of Islam and Muslims"
	issp   = "Islamic State (Sahel)"
	mmArmy = "Military Forces of Myanmar (2021-)"
	pdf    = "PDF: People's Defense Force"
)

// Kok-Tash border clash, 9 March 2026, told by three outlets.
var (
	kokTash24 = event.Event{
		ID: "m-24kg-1", EventDate: "2026-03-09", TimePrecision: 1,
		DisorderType: "Political violence", EventType: "Battles", SubEventType: "Armed clash",
		Actor1: kgArmy, Inter1: 1, Actor2: tjArmy, Inter2: 8,
		ISO: "KG", Region: "Central Asia", Country: "Kyrgyzstan", Admin1: "Batken", Admin2: "Batken",
		Location: "Kok-Tash", Latitude: 39.951, Longitude: 70.752, GeoPrecision: 1,
		Claims: []event.Claim{{Kind: event.Killed, Count: 3, Qualifier: "at least", Who: "border guards",
			AttributedTo: "Kyrgyz Border Service", Quote: "At least three border guards were killed, the Border Service said."}},
		Articles: []event.ArticleRef{{ID: "a-24kg-1", Origin: "https://24.kg/english/301", Outlet: "24.kg", Published: "2026-03-09"}},
	}
	kokTashAsiaPlus = event.Event{
		ID: "m-asiaplus-1", EventDate: "2026-03-09", TimePrecision: 1,
		DisorderType: "Political violence", EventType: "Battles", SubEventType: "Armed clash",
		Actor1: tjArmy, Inter1: 8, Actor2: kgArmy, Inter2: 1,
		ISO: "KG", Country: "Kyrgyzstan", Admin1: "Batken Region", Admin2: "Batken",
		Location: "Koktash", Latitude: 39.96, Longitude: 70.76, GeoPrecision: 1,
		Claims: []event.Claim{{Kind: event.Killed, Count: 5, Who: "Kyrgyz servicemen",
			AttributedTo: "Tajik State Committee for National Security", Quote: "Five Kyrgyz servicemen were killed near Koktash, the GKNB said."},
			{Kind: event.Wounded, Count: 2, Who: "Tajik border guards", Quote: "Two Tajik border guards were wounded."}},
		Articles: []event.ArticleRef{{ID: "a-asiaplus-1", Origin: "https://asiaplustj.info/en/news/77", Outlet: "Asia-Plus", Published: "2026-03-09"}},
	}
	kokTashReuters = event.Event{
		ID: "m-reuters-1", EventDate: "2026-03-09", TimePrecision: 1,
		DisorderType: "Political violence", EventType: "Battles", SubEventType: "Armed clash",
		Actor1: kgArmy, Actor2: tjArmy,
		ISO: "KG", Country: "Kyrgyzstan", Admin1: "Batken", Admin2: "Batken District",
		Latitude: 40.06, Longitude: 70.82, GeoPrecision: 2,
		Claims: []event.Claim{{Kind: event.Killed, Count: 3, Low: 3, High: 4,
			AttributedTo: "Kyrgyz health ministry", Quote: "Three to four people were killed in the Batken district, the health ministry said."}},
		Articles: []event.ArticleRef{{ID: "a-reuters-1", Origin: "https://reuters.com/world/asia-pacific/kok", Outlet: "Reuters", Published: "2026-03-10"}},
	}
	// A later report, published two days on.
	kokTashAKI = event.Event{
		ID: "m-akipress-1", EventDate: "2026-03-09", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: kgArmy, Actor2: tjArmy,
		ISO: "KG", Country: "Kyrgyzstan", Admin1: "Batken", Location: "Kok-Tash", GeoPrecision: 1,
		Latitude: 39.951, Longitude: 70.752,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 4, Who: "people", Quote: "Four people died in the Kok-Tash clash."}},
		Articles: []event.ArticleRef{{ID: "a-akipress-9", Outlet: "AKIpress", Published: "2026-03-11"}},
	}
	// Same day, the neighbouring province across the border (Sughd,
	// Tajikistan), between the same forces: a different clash.
	sughdClash = event.Event{
		ID: "m-asiaplus-2", EventDate: "2026-03-09", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: tjArmy, Actor2: kgArmy,
		ISO: "TJ", Country: "Tajikistan", Admin1: "Sughd", Location: "Vorukh", GeoPrecision: 1,
		Latitude: 39.85, Longitude: 70.58,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 1, Quote: "One border guard was killed in Vorukh."}},
		Articles: []event.ArticleRef{{ID: "a-asiaplus-3", Outlet: "Asia-Plus", Published: "2026-03-09"}},
	}
)

// Khyber Pakhtunkhwa: an AP story reprinted by Dawn and The Express
// Tribune, and Geo News reporting on its own.
var (
	bannuAP = event.Event{
		ID: "m-ap-1", EventDate: "2026-02-14", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: pkArmy, Actor2: ttp,
		ISO: "PK", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Bannu", Location: "Bannu",
		Latitude: 32.986, Longitude: 70.604, GeoPrecision: 1,
		Claims: []event.Claim{{Kind: event.Killed, Count: 6, Who: "militants", AttributedTo: "ISPR",
			Quote: "Six militants were killed in an exchange of fire in Bannu, the ISPR said."}},
		Articles: []event.ArticleRef{{ID: "a-ap-1", Outlet: "AP", Published: "2026-02-14"}},
	}
	bannuDawn = event.Event{
		ID: "m-dawn-7", EventDate: "2026-02-14", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: pkArmy, Actor2: ttp,
		ISO: "PK", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Bannu", Location: "Bannu",
		Latitude: 32.986, Longitude: 70.604, GeoPrecision: 1,
		Claims: []event.Claim{{Kind: event.Killed, Count: 6, Who: "militants", AttributedTo: "ISPR",
			Quote: "Six militants were killed in an exchange of fire in Bannu, the ISPR said."}},
		Articles: []event.ArticleRef{{ID: "a-dawn-7", Outlet: "Dawn", Published: "2026-02-14"}},
	}
	bannuTribune = event.Event{
		ID: "m-et-3", EventDate: "2026-02-14", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: pkArmy, Actor2: ttp,
		ISO: "PK", Country: "Pakistan", Admin1: "Khyber-Pakhtunkhwa", Location: "Bannu",
		Latitude: 32.986, Longitude: 70.604, GeoPrecision: 1,
		Claims: []event.Claim{{Kind: event.Killed, Count: 6, Who: "militants", AttributedTo: "ISPR",
			Quote: "Six militants were killed in an exchange of fire in Bannu, the ISPR said."}},
		Articles: []event.ArticleRef{{ID: "a-et-3", Outlet: "The Express Tribune", Published: "2026-02-15"}},
	}
	bannuGeo = event.Event{
		ID: "m-geo-2", EventDate: "2026-02-14", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: ttp, Actor2: pkArmy,
		ISO: "PK", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Bannu", GeoPrecision: 2,
		Claims: []event.Claim{
			{Kind: event.Killed, Count: 20, Who: "soldiers", AttributedTo: "TTP spokesman Muhammad Khurasani",
				Quote: "The TTP claimed its fighters killed 20 soldiers."},
			{Kind: event.Killed, Count: 4, Who: "militants", AttributedTo: "police",
				Quote: "Police said four militants died."},
		},
		Articles: []event.ArticleRef{{ID: "a-geo-2", Outlet: "Geo News", Published: "2026-02-15"}},
	}
	// Same day, same province, ~130 km south: a different clash.
	dikhanClash = event.Event{
		ID: "m-dawn-8", EventDate: "2026-02-14", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: pkArmy, Actor2: ttp,
		ISO: "PK", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Dera Ismail Khan", Location: "Dera Ismail Khan",
		Latitude: 31.832, Longitude: 70.902, GeoPrecision: 1,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 2, Who: "soldiers", Quote: "Two soldiers were killed."}},
		Articles: []event.ArticleRef{{ID: "a-dawn-8", Outlet: "Dawn", Published: "2026-02-14"}},
	}
	// Same day, the neighbouring province (Balochistan), no coordinates.
	zhobClash = event.Event{
		ID: "m-ap-2", EventDate: "2026-02-14", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: pkArmy, Actor2: ttp,
		ISO: "PK", Country: "Pakistan", Admin1: "Balochistan", Admin2: "Zhob", GeoPrecision: 2,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 6, Who: "militants", Quote: "Six militants were killed in Zhob."}},
		Articles: []event.ArticleRef{{ID: "a-ap-2", Outlet: "AP", Published: "2026-02-14"}},
	}
	// Two mentions from one article, told the same way.
	bannuTwinA = event.Event{
		ID: "m-ary-1", EventDate: "2026-02-14", TimePrecision: 1,
		EventType: "Battles", Actor1: pkArmy, Actor2: ttp,
		ISO: "PK", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Location: "Bannu", GeoPrecision: 1,
		Articles: []event.ArticleRef{{ID: "a-ary-1", Outlet: "ARY News", Published: "2026-02-14"}},
	}
	bannuTwinB = event.Event{
		ID: "m-ary-2", EventDate: "2026-02-14", TimePrecision: 1,
		EventType: "Battles", Actor1: pkArmy, Actor2: ttp,
		ISO: "PK", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Location: "Bannu", GeoPrecision: 1,
		Articles: []event.ArticleRef{{ID: "a-ary-1", Outlet: "ARY News", Published: "2026-02-14"}},
	}
)

// Mali: a massacre in Ogossagou blamed on different groups, and denied.
var (
	ogossagouRFI = event.Event{
		ID: "m-rfi-1", EventDate: "2026-01-20", TimePrecision: 1,
		EventType: "Violence against civilians", SubEventType: "Attack", CivilianTargeting: "Civilian targeting",
		Actor1: mlArmy, Actor2: "Civilians (Mali)",
		ISO: "ML", Country: "Mali", Admin1: "Mopti", Admin2: "Bankass", Location: "Ogossagou", GeoPrecision: 1,
		Latitude: 14.33, Longitude: -3.52,
		Claims: []event.Claim{{Kind: event.Killed, Count: 14, Who: "civilians", AttributedTo: "local residents",
			Quote: "Residents said soldiers killed 14 civilians in Ogossagou."}},
		Articles: []event.ArticleRef{{ID: "a-rfi-1", Outlet: "RFI", Published: "2026-01-21"}},
	}
	ogossagouStudio = event.Event{
		ID: "m-studio-1", EventDate: "2026-01-20", TimePrecision: 1,
		EventType: "Violence against civilians", SubEventType: "Attack",
		Actor1: jnim, Actor2: "Civilians (Mali)",
		ISO: "ML", Country: "Mali", Admin1: "Mopti", Location: "Ogossagou", GeoPrecision: 1,
		Latitude: 14.33, Longitude: -3.52,
		Claims: []event.Claim{{Kind: event.Killed, Count: 12, Who: "villagers", AttributedTo: "Malian army",
			Quote: "The army said JNIM fighters killed 12 villagers."}},
		Denials: []event.Denial{{By: "Malian Armed Forces (FAMa)", What: "involvement of soldiers",
			Quote: "FAMa denied that its soldiers were involved."}},
		Articles: []event.ArticleRef{{ID: "a-studio-1", Outlet: "Studio Tamani", Published: "2026-01-21"}},
	}
	// The same attack claimed by JNIM itself (propaganda) in a later report.
	ogossagouClaim = event.Event{
		ID: "m-alakhbar-1", EventDate: "2026-01-20", TimePrecision: 1,
		EventType: "Violence against civilians", SubEventType: "Attack",
		Actor1: jnim, Actor2: "Civilians (Mali)",
		ISO: "ML", Country: "Mali", Admin1: "Mopti", Location: "Ogossagou", GeoPrecision: 1,
		Claims: []event.Claim{{Kind: event.Killed, Count: 30, Who: "militia members", AttributedTo: "JNIM statement",
			Quote: "JNIM said in a statement that it killed 30 militia members."}},
		Articles: []event.ArticleRef{{ID: "a-alakhbar-1", Outlet: "Al-Akhbar", Published: "2026-01-22"}},
	}
)

// Syria: car bombs in Azaz a year apart.
var (
	azaz2025 = event.Event{
		ID: "m-sana-1", EventDate: "2025-03-14", TimePrecision: 1,
		EventType: "Explosions/Remote violence", SubEventType: "Remote explosive/landmine/IED",
		Actor1: "Unidentified Armed Group (Syria)", Actor2: "Civilians (Syria)",
		ISO: "SY", Country: "Syria", Admin1: "Aleppo", Admin2: "Azaz", Location: "Azaz", GeoPrecision: 1,
		Latitude: 36.586, Longitude: 37.047,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 5, Quote: "A car bomb killed five people in Azaz."}},
		Articles: []event.ArticleRef{{ID: "a-sana-1", Outlet: "SANA", Published: "2025-03-14"}},
	}
	azaz2026 = event.Event{
		ID: "m-enab-1", EventDate: "2026-03-14", TimePrecision: 1,
		EventType: "Explosions/Remote violence", SubEventType: "Remote explosive/landmine/IED",
		Actor1: "Unidentified Armed Group (Syria)", Actor2: "Civilians (Syria)",
		ISO: "SY", Country: "Syria", Admin1: "Aleppo", Admin2: "Azaz", Location: "Azaz", GeoPrecision: 1,
		Latitude: 36.586, Longitude: 37.047,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 7, Quote: "Seven people were killed by a car bomb in Azaz."}},
		Articles: []event.ArticleRef{{ID: "a-enab-1", Outlet: "Enab Baladi", Published: "2026-03-14"}},
	}
)

// Myanmar, Sagaing: a chain. Kawlin (A, D) and Banmauk (C) are ~70 km
// apart; B, at region precision, fits both.
var (
	kawlinA = event.Event{
		ID: "m-irrawaddy-1", EventDate: "2026-02-10", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: mmArmy, Actor2: pdf,
		ISO: "MM", Country: "Myanmar", Admin1: "Sagaing", Admin2: "Katha", Location: "Kawlin", GeoPrecision: 1,
		Latitude: 23.79, Longitude: 95.68,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 8, Who: "soldiers", AttributedTo: "PDF", Quote: "Eight soldiers were killed, the PDF said."}},
		Articles: []event.ArticleRef{{ID: "a-irrawaddy-1", Outlet: "The Irrawaddy", Published: "2026-02-11"}},
	}
	sagaingB = event.Event{
		ID: "m-mizzima-1", EventDate: "2026-02-10", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: pdf, Actor2: mmArmy,
		ISO: "MM", Country: "Myanmar", Admin1: "Sagaing Region", GeoPrecision: 3,
		Latitude: 22.0, Longitude: 95.5,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 5, Quote: "Five people were killed in fighting in Sagaing."}},
		Articles: []event.ArticleRef{{ID: "a-mizzima-1", Outlet: "Mizzima", Published: "2026-02-11"}},
	}
	banmaukC = event.Event{
		ID: "m-rfa-1", EventDate: "2026-02-10", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: mmArmy, Actor2: pdf,
		ISO: "MM", Country: "Myanmar", Admin1: "Sagaing", Location: "Banmauk", GeoPrecision: 1,
		Latitude: 24.40, Longitude: 95.85,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 3, Quote: "Three fighters died near Banmauk."}},
		Articles: []event.ArticleRef{{ID: "a-rfa-1", Outlet: "RFA", Published: "2026-02-12"}},
	}
	kawlinD = event.Event{
		ID: "m-myanmarnow-1", EventDate: "2026-02-10", TimePrecision: 1,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: pdf, Actor2: mmArmy,
		ISO: "MM", Country: "Myanmar", Admin1: "Sagaing", Location: "Kawlin", GeoPrecision: 1,
		Latitude: 23.80, Longitude: 95.69,
		Claims:   []event.Claim{{Kind: event.Killed, Count: 10, Who: "junta troops", Quote: "Ten junta troops were killed."}},
		Articles: []event.ArticleRef{{ID: "a-myanmarnow-1", Outlet: "Myanmar Now", Published: "2026-02-10"}},
	}
	sagaingSD = event.Event{
		ID: "m-irrawaddy-2", EventDate: "2026-02-10", TimePrecision: 1,
		EventType: "Strategic developments", SubEventType: "Change to group/activity", Actor1: mmArmy,
		ISO: "MM", Country: "Myanmar", Admin1: "Sagaing", Location: "Kawlin", GeoPrecision: 1,
		Latitude: 23.79, Longitude: 95.68,
		Articles: []event.ArticleRef{{ID: "a-irrawaddy-2", Outlet: "The Irrawaddy", Published: "2026-02-11"}},
	}
)

// mergeCase is two reports and whether they tell one incident.
type mergeCase struct {
	name  string
	a, b  event.Event
	merge bool
}

// checkMerges fails each case whose reports Match merges (or keeps
// apart) against its want.
func checkMerges(t *testing.T, cases []mergeCase) {
	t.Helper()
	for _, tc := range cases {
		s, why, ok := Match(&tc.a, &tc.b)
		if got := ok && s >= Threshold; got != tc.merge {
			t.Errorf("%s: merged %v, want %v (%s)", tc.name, got, tc.merge, why)
		}
	}
}

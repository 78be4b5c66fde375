package extract

import (
	"sort"
	"strings"
	"time"
)

// fakeGeo is a tiny geocoder for tests: a table of names. Like the real
// one it reports every occurrence with its byte span, demonyms as country
// mentions, and knows nothing of the sentence a name is in.
type fakeGeo struct{}

var fakePlaces = map[string]Place{}

// addFake puts a place in the fake gazetteer, resolved as given.
func addFake(name, kind, country, iso, a1, a2 string, prec int, lat, lon float64) {
	fakePlaces[name] = Place{Name: name, Kind: kind, Country: country, ISO: iso, Admin1: a1, Admin2: a2,
		Location: name, Precision: prec, Lat: lat, Lon: lon}
}

func init() {
	add := addFake
	for _, c := range [][2]string{{"Pakistan", "PK"}, {"Afghanistan", "AF"}, {"Syria", "SY"}, {"Mali", "ML"},
		{"Burkina Faso", "BF"}, {"Niger", "NE"}, {"Myanmar", "MM"}, {"Yemen", "YE"}, {"Kyrgyzstan", "KG"},
		{"Tajikistan", "TJ"}, {"Somalia", "SO"}, {"Nigeria", "NG"}, {"Iraq", "IQ"}, {"Russia", "RU"}, {"Uzbekistan", "UZ"},
		{"Turkey", "TR"}, {"Colombia", "CO"}} {
		add(c[0], "country", c[0], c[1], "", "", 3, 0, 0)
	}
	for _, d := range [][2]string{{"Pakistani", "Pakistan"}, {"Afghan", "Afghanistan"}, {"Syrian", "Syria"},
		{"Malian", "Mali"}, {"Burkinabe", "Burkina Faso"}, {"Yemeni", "Yemen"}, {"Kyrgyz", "Kyrgyzstan"},
		{"Tajik", "Tajikistan"}, {"Somali", "Somalia"}, {"Nigerian", "Nigeria"}, {"Russian", "Russia"}} {
		p := fakePlaces[d[1]]
		p.Name, p.Demonym = d[0], true
		fakePlaces[d[0]] = p
	}
	add("North Waziristan", "admin2", "Pakistan", "PK", "Khyber Pakhtunkhwa", "North Waziristan", 2, 32.9, 70.1)
	add("Khyber Pakhtunkhwa", "admin1", "Pakistan", "PK", "Khyber Pakhtunkhwa", "", 3, 34, 72)
	add("Miranshah", "city", "Pakistan", "PK", "Khyber Pakhtunkhwa", "North Waziristan", 1, 33, 70.07)
	add("PESHAWAR", "city", "Pakistan", "PK", "Khyber Pakhtunkhwa", "Peshawar", 1, 34, 71.5)
	add("Peshawar", "city", "Pakistan", "PK", "Khyber Pakhtunkhwa", "Peshawar", 1, 34, 71.5)
	add("Idlib", "admin1", "Syria", "SY", "Idlib", "", 3, 35.9, 36.6)
	add("Ariha", "city", "Syria", "SY", "Idlib", "Ariha", 1, 35.8, 36.6)
	add("Mopti", "admin1", "Mali", "ML", "Mopti", "", 3, 14.5, -4.2)
	add("Djenne", "city", "Mali", "ML", "Mopti", "Djenne", 1, 13.9, -4.55)
	add("Menaka", "city", "Mali", "ML", "Menaka", "Menaka", 1, 15.9, 2.4)
	add("Gao", "city", "Mali", "ML", "Gao", "Gao", 1, 16.3, -0.04)
	add("Sagaing", "admin1", "Myanmar", "MM", "Sagaing", "", 3, 22, 95)
	add("Kani", "admin2", "Myanmar", "MM", "Sagaing", "Kani", 2, 22.4, 94.8)
	add("Marib", "admin1", "Yemen", "YE", "Marib", "", 3, 15.4, 45.3)
	add("Sirwah", "admin2", "Yemen", "YE", "Marib", "Sirwah", 2, 15.4, 45)
	add("Taiz", "city", "Yemen", "YE", "Taiz", "Taiz", 1, 13.6, 44)
	add("Batken", "admin1", "Kyrgyzstan", "KG", "Batken", "", 3, 40, 70.8)
	add("Isfara", "city", "Tajikistan", "TJ", "Sughd", "Isfara", 1, 40.1, 70.6)
	add("Sughd", "admin1", "Tajikistan", "TJ", "Sughd", "", 3, 40, 69.5)
	add("Kok-Tash", "city", "Kyrgyzstan", "KG", "Batken", "Batken", 1, 39.9, 70.9)
	add("Ak-Sai", "city", "Kyrgyzstan", "KG", "Batken", "Batken", 1, 39.95, 70.7)
	add("Bishkek", "city", "Kyrgyzstan", "KG", "Bishkek", "", 1, 42.87, 74.59)
	add("Kunduz", "admin1", "Afghanistan", "AF", "Kunduz", "", 3, 36.7, 68.8)
	add("Mullah Kalay", "city", "Afghanistan", "AF", "Kunduz", "Kunduz", 1, 36.75, 68.9)
	add("Imam Sahib", "admin2", "Afghanistan", "AF", "Kunduz", "Imam Sahib", 2, 37.1, 68.9)
	add("Mogadishu", "city", "Somalia", "SO", "Banaadir", "Mogadishu", 1, 2.0, 45.3)
	add("Borno", "admin1", "Nigeria", "NG", "Borno", "", 3, 11.5, 13)
	add("Maiduguri", "city", "Nigeria", "NG", "Borno", "Maiduguri", 1, 11.8, 13.1)
	add("Kandahar", "admin1", "Afghanistan", "AF", "Kandahar", "", 3, 31.6, 65.7)
	add("Damascus", "city", "Syria", "SY", "Damascus", "Damascus", 1, 33.5, 36.3)
	add("DAMASCUS", "city", "Syria", "SY", "Damascus", "Damascus", 1, 33.5, 36.3)
	add("Palmyra", "city", "Syria", "SY", "Homs", "Tadmur", 1, 34.55, 38.27)
	add("Bamako", "city", "Mali", "ML", "Bamako", "Bamako", 1, 12.65, -8)
	add("Aden", "city", "Yemen", "YE", "Aden", "Aden", 1, 12.8, 45)
	add("Djibo", "city", "Burkina Faso", "BF", "Sahel", "Soum", 1, 14.1, -1.63)
	add("Cauca", "admin1", "Colombia", "CO", "Cauca", "", 3, 2.5, -76.8)
	add("Balochistan", "admin1", "Pakistan", "PK", "Balochistan", "", 3, 28.5, 65.1)
	add("Basra", "admin1", "Iraq", "IQ", "Basra", "", 3, 30.5, 47.8)
	add("Chaman", "city", "Pakistan", "PK", "Balochistan", "Killa Abdullah", 1, 30.9, 66.45)
	add("Orakzai", "admin2", "Pakistan", "PK", "Khyber Pakhtunkhwa", "Orakzai", 2, 33.7, 70.9)
	// for the guessed-date and crime tests
	add("Norway", "country", "Norway", "NO", "", "", 3, 0, 0)
	add("Tromso", "city", "Norway", "NO", "Troms", "Tromso", 1, 69.65, 18.96)
	add("Belgium", "country", "Belgium", "BE", "", "", 3, 0, 0)
	add("Ghent", "city", "Belgium", "BE", "Flanders", "Ghent", 1, 51.05, 3.72)
	add("Portugal", "country", "Portugal", "PT", "", "", 3, 0, 0)
	add("Lisbon", "city", "Portugal", "PT", "Lisbon", "Lisbon", 1, 38.72, -9.14)
	add("Ave", "admin2", "Togo", "TG", "Maritime", "Ave", 2, 6.36, 1.4)
	add("Spin Boldak", "admin2", "Afghanistan", "AF", "Kandahar", "Spin Boldak", 2, 31, 66.4)
}

// Places finds every table name as a whole word.
func (fakeGeo) Places(text string, _ []string) []Place {
	var out []Place
	for name, p := range fakePlaces {
		from := 0
		for {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			s := from + i
			e := s + len(name)
			from = e
			if (s > 0 && isWordByte(text[s-1])) || (e < len(text) && isWordByte(text[e])) {
				continue
			}
			q := p
			q.Start, q.End = s, e
			out = append(out, q)
		}
	}
	// longest first, then in text order, without overlaps
	return sortPlaces(out)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func sortPlaces(ps []Place) []Place {
	// by start (stable: hostile-input tests have thousands); drop
	// overlaps keeping the longer
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Start < ps[j].Start })
	out := ps[:0]
	for _, p := range ps {
		if n := len(out); n > 0 && p.Start < out[n-1].End {
			if p.End-p.Start > out[n-1].End-out[n-1].Start {
				out[n-1] = p
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

func mustDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

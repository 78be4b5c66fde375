package fuse

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// benchNeighbourhood makes n mentions around the Kyrgyz–Tajik border over
// three weeks: 6 places × a few days, several outlets each, like the
// candidates the store loads for one new article.
func benchNeighbourhood(n int) []event.Event {
	places := []struct {
		iso, country, admin1, admin2, loc string
		lat, lon                          float64
	}{
		{"KG", "Kyrgyzstan", "Batken", "Batken", "Kok-Tash", 39.951, 70.752},
		{"KG", "Kyrgyzstan", "Batken", "Leilek", "Isfana", 39.84, 69.53},
		{"KG", "Kyrgyzstan", "Batken", "Kadamjay", "Kadamjay", 40.13, 71.72},
		{"TJ", "Tajikistan", "Sughd", "Isfara", "Vorukh", 39.85, 70.58},
		{"TJ", "Tajikistan", "Sughd", "Isfara", "Isfara", 40.13, 70.62},
		{"KG", "Kyrgyzstan", "Batken", "", "", 0, 0},
	}
	types := []string{Battles, Explosions, Battles, VAC, Battles, Protests}
	outlets := []string{"24.kg", "Asia-Plus", "Reuters", "AKIpress", "RFE/RL", "Kaktus"}
	var ms []event.Event
	for i := 0; i < n; i++ {
		p := places[i%len(places)]
		day := 1 + (i/len(places))%20
		date := dayString(civil(2026, 3, day))
		prec := 1
		if i%11 == 0 {
			prec = 2
		}
		geo := 1
		if p.loc == "" {
			geo = 3
		}
		a1, a2 := kgArmy, tjArmy
		if i%3 == 0 {
			a1, a2 = tjArmy, kgArmy
		}
		ms = append(ms, event.Event{
			ID: "m" + itoa(i), EventDate: date, TimePrecision: prec,
			EventType: types[i%len(types)], Actor1: a1, Actor2: a2,
			ISO: p.iso, Country: p.country, Admin1: p.admin1, Admin2: p.admin2, Location: p.loc,
			Latitude: p.lat, Longitude: p.lon, GeoPrecision: geo,
			Claims:   []event.Claim{{Kind: event.Killed, Count: 1 + i%4}},
			Articles: []event.ArticleRef{{ID: "a" + itoa(i/2), Outlet: outlets[i%len(outlets)], Published: date}},
		})
	}
	return ms
}

func BenchmarkMatch(b *testing.B) {
	x, y := kokTash24, kokTashReuters
	for b.Loop() {
		Match(&x, &y)
	}
}

func BenchmarkCluster(b *testing.B) {
	ms := benchNeighbourhood(50)
	for b.Loop() {
		Cluster(ms)
	}
}

func BenchmarkFuse(b *testing.B) {
	ms := []event.Event{kokTash24, kokTashAsiaPlus, kokTashReuters, kokTashAKI}
	for b.Loop() {
		Fuse(ms, nil)
	}
}

func BenchmarkSimHash(b *testing.B) {
	text := strings.Repeat(wireOriginal+"\n", 4096/len(wireOriginal)+1)[:4096]
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		SimHash(text)
	}
}

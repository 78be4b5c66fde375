package main

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// A synthetic corpus for the many-workers tests and figures: incidents in
// provinces of several countries, each told by a few outlets in different
// words, tolls and date forms. Every text is written here; nothing comes
// from real reporting.

type place struct{ province, country string }

var corpusPlaces = []place{
	{"Kunduz", "Afghanistan"}, {"Takhar", "Afghanistan"}, {"Badakhshan", "Afghanistan"}, {"Balkh", "Afghanistan"},
	{"Helmand", "Afghanistan"}, {"Kandahar", "Afghanistan"}, {"Nangarhar", "Afghanistan"}, {"Ghazni", "Afghanistan"},
	{"Faryab", "Afghanistan"}, {"Baghlan", "Afghanistan"}, {"Idlib", "Syria"}, {"Aleppo", "Syria"}, {"Daraa", "Syria"},
	{"Homs", "Syria"}, {"Borno", "Nigeria"}, {"Yobe", "Nigeria"}, {"Zamfara", "Nigeria"}, {"Katsina", "Nigeria"},
	{"Mopti", "Mali"}, {"Gao", "Mali"}, {"Segou", "Mali"}, {"Marib", "Yemen"}, {"Taiz", "Yemen"}, {"Sagaing", "Myanmar"},
	{"Magway", "Myanmar"}, {"Kachin", "Myanmar"}, {"Gedo", "Somalia"}, {"Bay", "Somalia"},
}

var corpusOutlets = []string{"Valley Courier", "Frontier Wire", "Plains Herald", "Morning Dispatch", "Northern Star Radio", "Border Monitor"}

var corpusFiller = []string{
	"Residents said the fighting could be heard for several hours and that shops in the main bazaar stayed closed the following morning.",
	"The area has seen repeated violence this year, and aid groups say access to several villages remains difficult.",
	"Local elders called on both sides to allow the wounded to be taken to the provincial hospital.",
	"Officials did not say how many attackers took part, and the account could not be independently verified.",
	"Traffic on the main road was stopped for most of the day while security forces searched nearby farms.",
	"A spokesman for the provincial governor said reinforcements had been sent from the capital.",
	"Families who fled the district earlier in the year have not yet returned, a local council member said.",
	"The United Nations mission said in a statement that it was following reports from the area closely.",
}

// corpusArticle is one generated report.
type corpusArticle struct {
	Name, Outlet, Published, Text string
}

// makeCorpus writes n articles (about three per incident) into dir and
// returns their manifest lines (JSON: path relative to dir, published,
// source, title) in a fixed order.
func makeCorpus(dir string, n int, seed int64) ([]string, error) {
	r := rand.New(rand.NewSource(seed))
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var paths []string
	for inc := 0; len(paths) < n; inc++ {
		pl := corpusPlaces[inc%len(corpusPlaces)]
		// Incidents in one province are weeks apart, so that each is told
		// apart from the next by its date.
		day := base.AddDate(0, 0, (inc/len(corpusPlaces))*23+r.Intn(5))
		toll := 3 + r.Intn(25)
		kind := r.Intn(3)
		reports := 2 + r.Intn(3)
		for k := 0; k < reports && len(paths) < n; k++ {
			a := corpusReport(r, pl, day, toll, kind, k)
			a.Name = fmt.Sprintf("i%05d-r%d.txt", inc, k)
			if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.Text), 0o644); err != nil {
				return nil, err
			}
			line, err := json.Marshal(map[string]string{"path": a.Name, "published": a.Published, "source": a.Outlet})
			if err != nil {
				return nil, err
			}
			paths = append(paths, string(line))
		}
	}
	return paths, nil
}

func corpusReport(r *rand.Rand, pl place, day time.Time, toll, kind, k int) corpusArticle {
	pub := day.AddDate(0, 0, r.Intn(2))
	n := toll + r.Intn(3) - 1 // outlets disagree a little
	if n < 2 {
		n = 2
	}
	when := "on " + day.Weekday().String()
	if pub.Equal(day) {
		when = "on " + day.Format("January 2")
	} else if r.Intn(2) == 0 {
		when = "on " + day.Format("2 January")
	}
	var head, lead string
	switch kind {
	case 0:
		head = fmt.Sprintf("%d soldiers killed in attack on army post in %s", n, pl.province)
		lead = fmt.Sprintf("Militants attacked an army checkpoint in %s province, %s, %s, killing %d soldiers, a military spokesman said.", pl.province, pl.country, when, n)
		if k%2 == 1 {
			lead = fmt.Sprintf("%d soldiers were killed %s when gunmen stormed a military post in %s province in %s, according to local officials.", n, when, pl.province, pl.country)
		}
	case 1:
		head = fmt.Sprintf("Clashes in %s leave %d dead", pl.province, n)
		lead = fmt.Sprintf("At least %d people were killed in clashes between security forces and armed rebels in %s province of %s %s, the provincial police chief said.", n, pl.province, pl.country, when)
		if k%2 == 1 {
			lead = fmt.Sprintf("Fighting between government troops and rebel fighters in %s, %s, %s left %d dead, a hospital official told reporters.", pl.province, pl.country, when, n)
		}
	default:
		head = fmt.Sprintf("Roadside bomb kills %d in %s", n, pl.province)
		lead = fmt.Sprintf("A roadside bomb struck a police vehicle in %s province, %s, %s, killing %d police officers, the interior ministry said.", pl.province, pl.country, when, n)
		if k%2 == 1 {
			lead = fmt.Sprintf("%d policemen died %s when an improvised explosive device hit their patrol in %s province of %s, officials said.", n, when, pl.province, pl.country)
		}
	}
	var b strings.Builder
	b.WriteString(head + "\n\n" + lead + "\n\n")
	for _, i := range r.Perm(len(corpusFiller))[:4+r.Intn(4)] {
		b.WriteString(corpusFiller[i] + "\n\n")
	}
	return corpusArticle{
		Outlet:    corpusOutlets[(k+r.Intn(2))%len(corpusOutlets)],
		Published: pub.Format("2006-01-02"),
		Text:      b.String(),
	}
}

// writeManifest writes manifest lines to dir/name and returns its path.
func writeManifest(dir, name string, lines []string) (string, error) {
	p := filepath.Join(dir, name)
	return p, os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

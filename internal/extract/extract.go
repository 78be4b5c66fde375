package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/event"
)

// Geocoder finds and resolves place mentions in a whole article (so context
// from other sentences helps). homes are the home countries of the parties
// the text names (partyCountries): weaker context than the places it
// names, as a reader of "Hamas gunmen in Gaza" knows which Gaza is meant.
type Geocoder interface {
	Places(text string, homes []string) []Place
}

// Place is a resolved place mention.
type Place struct {
	Start, End                             int    // byte span in text
	Name                                   string // as written
	Kind                                   string // "country", "admin1", "admin2", "city", "feature", "region"
	Demonym                                bool   // "Tajik", "Afghan": a country named by its adjective
	Country, ISO, Admin1, Admin2, Location string
	Lat, Lon                               float64
	GeonameID                              int
	Precision                              int    // ACLED geo_precision of this place alone: 1 town, 2 district, 3 province/country
	Population                             uint64 // a town's GeoNames population (0 unknown or not a town)
	// Water: a sea, gulf, strait, bay or lake (no river), its Country the
	// coastal state the gazetteer gives it (gazetteer.CoastCountry)
	Water bool
}

// Article is one cleaned article.
type Article struct {
	ID, Origin, URL, Outlet, Title, Text string
	Published                            time.Time
	// DateGuessed: Published is the fetch or file time, not a publication
	// date, so it cannot anchor "on Monday" or "last week".
	DateGuessed bool
	// Language is the article's language as cleaning named it (ISO
	// 639-1, "" when it could not tell): a language in Cyrillic or Arabic
	// script that is not coded (lang.go) gives no event.
	Language string
}

// Options configure an Extractor.
type Options struct {
	// ActorsFile is an extra actor dictionary (the user's groups) in the
	// format of data/actors.tsv: name, inter code, country, aliases.
	ActorsFile string
}

// Extractor holds the dictionaries and the geocoder. It is safe for
// concurrent use.
type Extractor struct {
	geo Geocoder
	lx  *lexicon
}

// New loads the embedded dictionaries (and the user's, if given).
func New(geo Geocoder, opts Options) (*Extractor, error) {
	if geo == nil {
		return nil, fmt.Errorf("extract: nil geocoder")
	}
	lx, err := loadLexicon(opts.ActorsFile)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return &Extractor{geo: geo, lx: lx}, nil
}

// Extract returns the events an article reports, in the order the text
// first tells them.
func (x *Extractor) Extract(a Article) []event.Event {
	if strings.TrimSpace(a.Text) == "" {
		return nil
	}
	d := x.analyze(a)
	d.build()
	ev := d.finish()
	d.release()
	return ev
}

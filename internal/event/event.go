// Package event holds the shape of a coded conflict event, shared by the
// stages that make, merge, store and serve events. Field names follow the
// ACLED codebook wherever it has one, so analysts recognise them.
package event

// Event is one incident as coded from one or more articles.
type Event struct {
	ID string `json:"event_id_cnty,omitempty"`

	EventDate     string `json:"event_date"`     // YYYY-MM-DD: the first day of the period the text allows
	TimePrecision int    `json:"time_precision"` // ACLED: 1 day, 2 week or a few days, 3 month or vaguer
	// Background marks an event told as history (a 1990s war), long before
	// the article; it is kept for context but never dated to publication.
	Background bool `json:"background,omitempty"`
	// DateGuessed: the text does not date the event, so EventDate is only
	// an upper bound: the day the article was read when nobody said when it
	// was published, or its publication day when the event is a crime told
	// through a court's step (a conviction, a trial) whose day is not the
	// crime's. Fusion does not hold such a date against others.
	DateGuessed bool `json:"date_guessed,omitempty"`

	DisorderType string `json:"disorder_type,omitempty"`
	EventType    string `json:"event_type"`
	SubEventType string `json:"sub_event_type,omitempty"`

	Actor1            string `json:"actor1"`
	AssocActor1       string `json:"assoc_actor_1,omitempty"`
	Inter1            Inter  `json:"inter1,omitempty"`
	Actor2            string `json:"actor2,omitempty"`
	AssocActor2       string `json:"assoc_actor_2,omitempty"`
	Inter2            Inter  `json:"inter2,omitempty"`
	Interaction       int    `json:"interaction,omitempty"`
	CivilianTargeting string `json:"civilian_targeting,omitempty"` // "Civilian targeting" or ""

	ISO          string  `json:"iso,omitempty"` // ISO 3166-1 alpha-2 (ACLED uses a numeric code; alpha-2 is what GeoNames gives)
	Region       string  `json:"region,omitempty"`
	Country      string  `json:"country"`
	Admin1       string  `json:"admin1,omitempty"`
	Admin2       string  `json:"admin2,omitempty"`
	Admin3       string  `json:"admin3,omitempty"`
	Location     string  `json:"location,omitempty"`
	Latitude     float64 `json:"latitude,omitempty"`
	Longitude    float64 `json:"longitude,omitempty"`
	GeoPrecision int     `json:"geo_precision,omitempty"` // 1 the named place, 2 near it or a district, 3 only a province or region
	GeonameID    int     `json:"geonameid,omitempty"`
	// LocationPopulation is the town's GeoNames population when Location
	// is a town (0 otherwise): one named city of a million holds many
	// incidents a day, a village one.
	LocationPopulation int `json:"location_population,omitempty"`

	// Fatalities is ACLED's conservative best figure from the claims;
	// FatalitiesLow and FatalitiesHigh span what the sources say.
	Fatalities     int `json:"fatalities"`
	FatalitiesLow  int `json:"fatalities_low"`
	FatalitiesHigh int `json:"fatalities_high"`

	Claims   []Claim      `json:"claims"`
	Denials  []Denial     `json:"denials"`
	Notes    string       `json:"notes"`
	Tags     []string     `json:"tags,omitempty"`
	Articles []ArticleRef `json:"articles"`

	// Keywords are the proper names and ages in the sentences that tell the
	// event (lower case): what fusion compares to tell two reports of one
	// incident from reports of a look-alike.
	Keywords []string `json:"keywords,omitempty"`

	// Partial says why the event was coded from part of its article only
	// (the article's bounds: its size, very long sentences, too many
	// numbers); empty when the whole article was read.
	Partial string `json:"partial,omitempty"`
	// Gist is the content words of the article's title and lead (fusion's
	// Gist, filled when ingest hands the mention to fusion): how much of
	// their wording two reports share is evidence that they tell one
	// incident.
	Gist []string `json:"gist,omitempty"`

	// Fusion fills these when events from several articles are merged.
	SourcesCount int      `json:"sources_count,omitempty"` // independent sources (outlets minus syndicated copies)
	Outlets      []string `json:"outlets,omitempty"`
	Contested    []string `json:"contested,omitempty"` // "toll", "responsibility", "denied"
}

// Claim kinds.
const (
	Killed     = "killed"
	Wounded    = "wounded"
	Casualties = "casualties" // killed and wounded lumped together
	Detained   = "detained"
	Captured   = "captured"
	Fled       = "fled"
	Deployed   = "deployed"
)

// Claim is one number that a text attributes to someone.
type Claim struct {
	Kind      string `json:"kind"`
	Count     int    `json:"count"`               // best single figure
	Low       int    `json:"low,omitempty"`       // lower bound (0 = none stated)
	High      int    `json:"high,omitempty"`      // upper bound (0 = open)
	Qualifier string `json:"qualifier,omitempty"` // "at least", "more than", "about"...
	// Who is the people counted ("border guards", "gunmen").
	Who string `json:"who,omitempty"`
	// AttributedTo is the speaker or outlet the number comes from
	// ("Khalil Asir, spokesman for Takhar provincial police", "Reuters").
	AttributedTo string `json:"attributed_to,omitempty"`
	Quote        string `json:"quote"` // the sentence it came from, as written
	// Lang is the language of Quote (ISO 639-1: "en", "ru", "fa"); the
	// other fields are English (ACLED's names) whatever the article's.
	Lang string `json:"lang,omitempty"`
	// Who the counted people are and who counts them, as far as the text
	// says: "state" (forces), "armed" (a non-state group), "civ"; Side is
	// the counted people's country. Fusion's fatality rule reads them: a
	// party counting the other side's losses is not a credible toll.
	Victims     string `json:"victims,omitempty"`
	Side        string `json:"side,omitempty"`
	SpeakerSide string `json:"speaker_side,omitempty"`
	Headline    bool   `json:"headline,omitempty"`
	ArticleID   string `json:"article_id,omitempty"`
	Outlet      string `json:"outlet,omitempty"`
}

// OwnWord: w (lower case) marks the people a claim counts as its
// speaker's own ("two of their guards", "its soldiers"): a side counting
// its own dead, which extraction reads as the speaker's side and the
// fatality rule as a credible figure.
func OwnWord(w string) bool {
	switch w {
	case "their", "its", "our", "own":
		return true
	}
	return false
}

// Denial is someone denying the event, their part in it, or a report of it.
type Denial struct {
	By        string `json:"by"`
	What      string `json:"what,omitempty"`
	Quote     string `json:"quote"`
	Lang      string `json:"lang,omitempty"` // the language of Quote, as Claim.Lang
	ArticleID string `json:"article_id,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
}

// ArticleRef names an article an event was coded from.
type ArticleRef struct {
	ID        string `json:"id"`
	Origin    string `json:"origin"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"` // YYYY-MM-DD
}

// Package fuse merges the events that several articles report about one
// incident (cross-source fusion). It decides; the store only keeps the
// per-article events ("mentions") and the fused events, looks up what Plan
// asks for, and writes what Plan returns, in the transaction that replaces
// an article's mentions.
//
// # API
//
//	Plan(ctx, nb)      the store.Planner ingest hands the store: for each new
//	                   mention it reads the stored mentions in its Windows
//	                   and Bucket (store.Neighbourhood.Candidates), keeps
//	                   the events holding one Related to it, and clusters
//	                   their members with the new mentions (Cluster, Fuse)
//	                   into the groups the store writes.
//	Windows(m)         date ranges (with a minimum precision) of the stored
//	                   mentions that may match m: of m's country or none.
//	Bucket(m)          the first-level division m is filed and looked up
//	                   under: reports of two divisions never match.
//	Related(a, b)      Match at the merge threshold, after a cheap check of
//	                   date and place.
//	Match(a, b)        score in [0,1] that a and b report the same incident,
//	                   a one-line explanation for `sitrep explain`, and
//	                   ok=false when they must never merge.
//	Cluster(ms)        groups mentions into incidents (indices into ms).
//	Fuse(ms, synd)     one event from a cluster's mentions.
//	Gist(title, text)  content words of an article's title and lead, which
//	                   ingest stores on each mention (AddGist) before
//	                   fusion: the wording fusion compares.
//	SimHash(text)      64-bit SimHash of a text's word 3-shingles.
//	NearDuplicate(a,b) SimHash Hamming distance ≤ NearDuplicateBits.
//
// # Dates
//
// Each mention covers a period starting at its event_date: one day
// (time_precision 1, or 0 = unset), a week (precision 2: the 7 days from the
// date) or the rest of the calendar month (precision 3). A week report
// dated to its article's publication day was dated by it (the text names
// no day: a headline, a flash) and covers the 7 days up to that day
// (datedByPublication, weekBefore), with no slack: an incident before
// that week is an earlier one. Two mentions' dates
// are compatible when their periods overlap or leave a gap of at most the
// pair's slack: 1 day when both are day-precise, 4 days when the coarser is
// a week, none when either is a month (so "March" matches only March).
// A mention with no valid event_date falls back to its article's publication
// date at month precision; with neither it matches nothing and Windows
// returns nil. A mention flagged date_guessed (its article had no
// publication date and its text dates nothing, or it tells a crime from
// its trial) is dated to the day the article was read or published: that
// date scores nothing ("date unknown +0.00") and is only an upper bound,
// so it blocks a report dated after it or more than a year before it
// (guessFits), and a fused event takes its date from the reports that
// have one. Windows still reads the weeks around the guess only: a year
// of a country's reports for each undated article would cost more than
// the store's look-ups may.
//
// # Match
//
// Hard blocks (ok=false): a background (history) event with a current
// one; the same article; dates incompatible, or a guessed date with a
// report after it or more than a year before it; different countries (ISO codes when both
// have one, else names); different admin1 or different admin2 when both
// name one; coordinates at geo_precision 1–2 more than 50 km apart, or
// more than 25 km when both are geo_precision 1 (two named places); event
// types that never mix (Strategic developments only with itself,
// Protests/Riots only with each other, political violence types only with
// each other) and two different political-violence types whose named
// actors are disjoint.
//
// Otherwise the score is the sum of (points in hundredths, so scores compare
// exactly):
//
//	date      Δ0d +0.35, Δ1d +0.25; week: starts ≤1 day apart +0.20, ≤3
//	          days +0.10, farther 0 (a day report: its distance to the
//	          week); month-overlap +0.10
//	place     names: same location +0.30 (both only near it, at
//	          geo_precision 2: an area, needs corroboration like a
//	          district; a city of cityPop people or
//	          more, or a place at geo_precision 3 (a region, a sea): +0.25
//	          and needs corroboration, like a district); same
//	          admin2, one without a
//	          location +0.25; same admin2, different locations +0.05;
//	          different locations (admin2 unknown) −0.10; same admin1,
//	          one less precise +0.15; same country only +0.05.
//	          Coordinates (both at geo_precision 1–2) raise this to +0.30
//	          within 10 km, +0.25 within 25 km, at least +0.05 up to 50 km;
//	          two differently named places more than 3 km apart stay at
//	          their names' score (at most −0.10).
//	type      same +0.15; Battles/Explosions/Violence against civilians
//	          with a shared actor +0.10, with one side unidentified +0.05;
//	          Protests/Riots +0.10
//	actors    share a named actor +0.15; share only a generic one (Civilians,
//	          Protesters...) or both unidentified +0.05; one unidentified 0;
//	          named and disjoint −0.10. Two one-sided attacks (Explosions,
//	          Violence against civilians) compare by role (roles.go): an
//	          actor that strikes in one and is struck in the other is no
//	          shared actor ("actors in reversed roles" −0.10, and blocked
//	          when the types differ). An actor two reports share on one
//	          side only, whose other sides differ (the army in one, a
//	          village's civilians in the other; two state forces of one
//	          country count as agreeing), is no named party for
//	          corroboration.
//	names     the mentions' keywords (the proper names and ages of the
//	          sentences that tell the event, the headline and the lead) and
//	          the sentences the claims and denials were read from share
//	          proper names: +0.10 each, at most +0.40. The words of whom
//	          claims and denials are attributed to are no names
//	          (speakerWords): one outlet cites one source for every
//	          incident, a spokesman speaks of all his province's. Proper
//	          names are capitalised words that do not
//	          open a sentence, three letters or more, minus titles, days,
//	          months, the institutions every report names (police,
//	          army, court...) and acronyms in capitals (ANP, KDF: the
//	          forces every report of a war writes), the words gistStop holds and every
//	          country's names and demonyms (nationWords: each report of a
//	          country's war names the country and its people); the words
//	          of either mention's own places and actors are left out, and
//	          so is any spelling of its own places with their consonant
//	          skeleton ("Khost" in a report placed in "Khowst"): places and
//	          actors are compared as such. Text mostly in capitals
//	          gives none. When either date is a guess (date unknown), each
//	          shared name counts +0.20 (still at most +0.40).
//	figure    both report the same figure (claim kind and count, of the
//	          same victims when both say whom: 12 soldiers killed is not
//	          12 militants killed) of at least 3 +0.10 ("14 detained";
//	          one or two killed is too common)
//	text      the gists (content words of the article's title and lead,
//	          stored on the mention by ingest with Gist, plus the words of
//	          its claims' and denials' sentences, minus its places and
//	          actors and gistStop) share at least half of the shorter
//	          one's words and 4 words +0.20 ("strong"), or a third and 3
//	          words +0.10.
//
// The score is capped at 1.00.
//
// Corroboration (corroborate). A location that only repeats the country
// ("Mozambique" at geo_precision 3), or its district at geo_precision 2
// ("in Nad Ali district": the district, not a spot in it), is no location. The words tie two
// reports (a textual tie) when they share two names, or a name and the
// same figure or strong wording; wording or a figure alone is no tie (one
// outlet tells every attack of a kind in the same words, and tolls repeat
// among a province's incidents of a day). Two reports whose places agree
// only loosely are held just below Threshold unless:
//   - two different named places (different locations, whatever the
//     admin2 or distance): a textual tie ("different places and nothing
//     in the text ties them");
//   - no named place in common (either report placed only at district,
//     province or country level, or the place unknown, or points at
//     geo_precision 2 close together, or both only near one town): a
//     textual tie, or a shared name, or, for two reports of one event
//     type, a named party that is not merely a state force ("Military Forces of
//     X", "Police Forces of X", "Government of X"; two shared named actors,
//     e.g. both sides of a battle, also count, and so does a state force
//     when both give the same toll of at least minRareToll killed) with
//     tolls that fit (a
//     figure of one at most twice a figure of the other, a vague toll
//     ("several", "at least 5") offering any figure of its range, or one
//     gives none) and keywords that do not name different people ("no place,
//     party, name or figure in common");
//   - dated to days one apart, both to the day, and not at one named place
//     (dayApartNeed): a textual tie ("different days and nothing in the
//     text ties them"). Where a group attacks in a district most days,
//     its attack of the next day is another incident; two reports of one
//     incident that disagree on its day name its place or its people. At
//     one named place, days one apart need what a district needs (a
//     party, a name or a textual tie): a town's bomb of the next day by
//     unnamed hands is another bomb;
//   - at one named place, two different political-violence types with no
//     named actor in common (typeNeed): what a district needs. An
//     explosion and a shooting in one town the same day are two incidents
//     unless names or words tie them.
//
// A report that places its incident only in a province or a country and
// gives no figure and no name (vague: "the group and the army clashed in
// X province") ties to none of a busy province's incidents: a shared
// party does not corroborate it, only names or words do.
//
// TestDenseStream pins this on a generated stream: five regions, six
// incidents a province a day, several by one group in one district, each
// told by a village report, a district report in other words and toll, and
// a province-level flash; beside them coders' one-line notes of
// look-alikes (a market town's bomb every day and a shooting there, a
// vague province-level clash, two villages of one district the geocoder
// does not know); nothing distinct merges and every incident's three
// reports do.
//
// Names across scripts (crossnames.go): words() writes Cyrillic in Latin
// letters; a name read in Cyrillic or Arabic script compares with any
// other by consonant skeleton (translit.Skeleton, at least
// minNameSkeleton consonants), so "Назарова" meets "Nazarov" and "حقانی"
// meets "Haqqani"; two Latin names compare exactly. Names in those scripts
// come from the extractor's keywords only (it knows the languages'
// vocabulary): capitalised Russian words in quotes are as often agencies;
// Persian keywords are candidates that count only when they meet a name
// read in a script with capitals.
//
// Place names compare case-, accent-, space- and punctuation-insensitively
// with administrative suffixes dropped ("Kok-Tash" = "Koktash", "Batken
// Region" = "Batken"). Actor names compare the same way with year
// parentheticals dropped ("(2021-)") and ACLED's "ACRONYM: Long name" also
// matching on the acronym.
//
// Mentions merge at Threshold (0.60). The tests pin the look-alikes: two
// clashes the same day in neighbouring provinces, the same day and province
// 130 km apart, two villages of one district, the same town a year apart,
// all stay apart.
//
// # Cluster: chains
//
// Cluster is average-link agglomerative clustering with hard blocks: no
// pair in a cluster may be blocked (ok=false), and two clusters merge when
// the mean score of their pairs reaches Threshold. It first sorts the
// mentions into a canonical order (article published, article ID, mention
// ID, then the JSON of the mention) that does not depend on the input order,
// then repeatedly merges the two clusters whose mean pair score is highest;
// ties go to the pair of clusters whose earliest members come first in the
// canonical order. A chain A~B, B~C with A≁C therefore yields {A,B},{C} when
// A–B scores at least B–C and the mean of A–C and B–C is below Threshold;
// the result is the same for every permutation of the input.
//
// # Fuse
//
// Mentions are taken in canonical order; the event ID is the first one's,
// so it stays when later reports arrive. Claims and denials are all kept
// (article ID and outlet filled in from the mention's article); Articles are
// de-duplicated and sorted by (published, ID); Outlets are listed in order of
// first appearance.
//
// Independent sources: articles in canonical order; an article that
// syndicated() says copies an earlier article inherits that article's
// source, otherwise its source is its outlet. SourcesCount is the number of
// distinct sources; votes below count sources, not articles.
//
// Chosen values (deterministic):
//   - date: the finest time_precision present; among those dates the one
//     with most sources; tie → the date inside most mentions' periods; tie →
//     earliest.
//   - place: the finest geo_precision present (unset counts as coarsest);
//     among those, the place (location/admin2/admin1 key) with most sources;
//     tie → supported (nested-compatible) by most sources; tie → first
//     mention in canonical order. Its spelling is the most common one (tie →
//     first mention); empty country/ISO/region/admin fields are filled from
//     other mentions that agree on every level both name.
//   - type: the event type with most sources; tie → ACLED order (Battles,
//     Explosions/Remote violence, Violence against civilians, Riots,
//     Protests, Strategic developments); sub-event type, disorder type and
//     civilian targeting the most common among mentions of that type (tie →
//     first mention).
//   - actors: named actors beat unidentified ones; then most sources; tie →
//     first mention. Actor2 is chosen the same way from the other actors
//     (for Battles either side of any mention, since sources swap sides).
//     A battle's actor 1 is one some report put first (the attacker as the
//     extractor reads it): "gunmen" who struck a police post stay actor 1,
//     unless a report names the attackers.
//
// Fatalities follow ACLED's conservative rule; see FatalitiesRule.
// Contested: "toll" when the largest killed figure is more than 1.5 times
// the smallest (3 vs 5 is contested, 2 vs 3 is not; 0 vs anything is);
// "responsibility" when two mentions each name a perpetrator the other does
// not (Actor1; for Battles either side); "denied" when there is any denial.
//
// Notes are rebuilt in ACLED style ("in" a place at geo_precision 1, "near"
// at 2; actor names without year parentheticals, "JNIM: ..." as "JNIM"),
// e.g. "On 9 March 2026, Military Forces of
// Kyrgyzstan clashed with Military Forces of Tajikistan near Kok-Tash
// (Batken, Kyrgyzstan). Fatalities: 3–5 reported (best 3)."
//
// # Near-duplicate articles
//
// SimHash hashes word 3-shingles of the lower-cased text with punctuation
// stripped. NearDuplicate accepts a Hamming distance of at most
// NearDuplicateBits; see its comment for the measurements behind it.
package fuse

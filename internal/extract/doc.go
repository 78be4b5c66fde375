// Package extract turns the text of a news article about armed conflict into
// events coded the way ACLED's coders code them, keeping for every number who
// said it and the sentence it came from.
//
// The pipeline is linear in the length of the article: one pass of the
// sentence splitter, the date finder and the geocoder over the whole text,
// then one pass over the tokens of each sentence that finds event triggers,
// parties, counts, speakers and denials with dictionary look-ups (no regular
// expressions), and one pass over the sentences that groups them into events.
//
// # Where each rule lives
//
//	analyze.go     reading: tokens, sentences, the per-sentence pass; a
//	               wire service's slug ("UPDATE 2-", "REFILE-") and a
//	               hashtag's mark are no words (lexicon.go's tokenize,
//	               dropWireSlug)
//	gazetteer.go   the geocoder's context: the home countries of the
//	               parties the text names (partyCountries) are weak
//	               context, so "NPA rebels raided X" reads the Philippine X
//	lang.go        which language a sentence is in (by script), and what the
//	               rules need of each language besides its words
//	gloss.go       Russian, Persian and Pashto words glossed into the English words
//	               the rules read (data/gloss_<lang>.tsv); inflection by stem;
//	               Persian's negating verb prefix ن (negated, negate)
//	wordorder.go   where a language orders a clause unlike English: the
//	               speaker after its verb, the verb at the clause end, a
//	               nationality or owner country after its noun (and
//	               Pashto's owner group before the count: ownerBefore); the
//	               doer joined to the event's noun by the ezafe ("حمله
//	               افراد مسلح", the gunmen's attack: ezafeAgent); in a
//	               verb-final clause the doer first and the thing
//	               attacked last before the verb (sovRoles); where the
//	               owner follows, a state-force noun before a named
//	               group is the group's forces (groupForces)
//	triggers.go    which words start an event, and which triggers of a
//	               sentence tell one incident (a bomb then an ambush; a
//	               vehicle that "struck a landmine"; "in another
//	               incident, a bomb ..."); a truce told broken is the
//	               fighting that broke it (brokenTruce), or the act told
//	               beside it (dropBrokenTruce)
//	launches.go    a launch told with its projectile ("fired a ballistic
//	               missile at", "launched drones towards", "dropped bombs
//	               on"): shelling, or an air/drone strike for drones and
//	               dropped bombs
//	drones.go      a group that flies drones stays actor 1 of its air/drone
//	               strike, as does one that kills before its victims in
//	               a drone attack or attacks with drones (fliesAsDoer,
//	               actors.go); an attack with drones or aircraft as its
//	               weapon is an air/drone strike (airMeans, triggers.go);
//	               only states fly aircraft, and aircraft named
//	               after a state's forces ("army helicopters") are theirs
//	               (stateAircraft)
//	explosives.go  an explosive as the subject or agent of a killing,
//	               hitting or exploding word ("Bomb in X kills 11", "IED
//	               attacks hit X", "killed by bomb", "Bomb goes off",
//	               "Rocket hits X") names the event and its family: a
//	               remote explosive, a suicide bomb, shelling for a
//	               projectile, an air strike for barrel bombs and for
//	               warplanes that hit or pound ("jets hit X"); a bomb
//	               thrown ("petrol bomb") is none
//	versus.go      two fighting parties joined by "vs", "versus" or
//	               "against" with no verb ("Soldiers vs <group>, <province>")
//	               are an armed clash between them
//	defused.go     a device defused ("defused an IED") is disrupted
//	               weapons use, not an explosion too; so is a bombing
//	               foiled or averted (foiledDevice)
//	modality.go    which modal words doubt which event words: a modal
//	               adjective its own noun, a modal before a court's step
//	               the step, not the crime; a speculation word doubts the
//	               sentence unless it is part of a name ("the
//	               hypothetical line", a border); a plot ("plotting an
//	               attack") is a plan; an act a fear word dreads
//	               ("feared more attacks") has not happened (fearedAct),
//	               while "feared dead" still counts; a modal opening a relative clause
//	               ("the men who planned the attack were killed") doubts
//	               its object only, up to the auxiliary that resumes the
//	               main clause (relativeDoubt); a definite event noun
//	               after a preposition is known ("may have died in the
//	               airstrike": presupposed), the modal doubts the toll
//	types.go       how the event type is chosen: trigger family → sub-event
//	               type rule, with the codebook (internal/event) giving the
//	               event and disorder type; a "bombing" with no aircraft
//	               in its sentence is planted, an armed group's act
//	               (plantedBombing), unless a state's forces did it: states
//	               bomb from the air (fromTheAir); an abduction with
//	               people killed or hurt is an attack (abductionUnlessHurt);
//	               a protest with a death toll and no party named for it
//	               met lethal force: excessive force (protest); weapons
//	               seized where people were killed are a clash's spoils,
//	               no disrupted weapons use (disrupted)
//	ground.go      a verb of taking ("captured", "seized") tells
//	               territory taken only when its object is ground: a
//	               ground noun ("captured two police posts") or a place's
//	               name ("seized Kunduz"), before it in the passive ("two
//	               villages were seized", and in a verb-final language
//	               the object its marker closes: markedObject); goods an
//	               armed party takes
//	               ("seized 300 cattle", "a tanker") are looting
//	               (takenGoods), a drug haul nothing; a person's noun
//	               before ground qualifies it ("a militant base"), no
//	               victim; one state taking another's post is a clash
//	               (territory, types.go)
//	property.go    robbery, theft and arson: property destruction when
//	               nobody is hurt, whatever verb tells it; firefighters
//	               battling a blaze fight no battle, and "the fire at"
//	               is a blaze, while "Police fire on" shoots (blazeAt)
//	               (and triggers.go: a
//	               relief or rescue "operation" is no military one)
//	tollupdate.go  a toll told as the toll ("death toll rises to 85",
//	               "now stands at 40") counts the dead
//	accidents.go   a death by accident ("killed by a bus", "in a road
//	               crash", "a helicopter crashed, killing four":
//	               accidentClause) or by a disaster its subject ("floods
//	               killed 12"), or of disease or hunger ("died of
//	               cholera": naturalCauses), is no claim of any event
//	causes.go      a death a crowd rose over ("rioted after a man died in
//	               custody") is no toll of the riot; force used on a riot
//	               ("Police fired tear gas") goes on telling it; riot
//	               police or riot gear with no crowd in the sentence tell
//	               no demonstration (unitsAlone)
//	strikes.go     the noun "strikes" of a state's blows ("army strikes",
//	               "in strikes") is an air or drone strike
//	build.go       which sentences tell which event (anaphora, clauses;
//	               how far back: recentParas paragraphs, or recentSents
//	               sentences where each sentence is a paragraph;
//	               "..., while in neighbouring X ..." is a second incident,
//	               elsewhereClause; a sentence placing an event the text
//	               placed only in its country refines it, refines);
//	               an act told as coming "later" or "in retaliation" is
//	               an event of its own (laterAct); forces "deployed to
//	               the area" after an incident told are its aftermath, no
//	               event (responseDeployment); a headline whose body tells
//	               no incident (a feed item's summary, a teaser) is the
//	               incident's only telling, and its counts the toll
//	tally.go       which sentences sum a period, or a round-up's several
//	               incidents ("in separate attacks"), instead of telling an
//	               event: a short spell's tally ("in 24 hours", "in 2
//	               days", "since Sunday") is an event, weeks of war or
//	               "since May" are not; "two days after the attack"
//	               dates an incident and "third attack in a week"
//	               numbers one: neither sums a period
//	titles.go      a line that names a document ("Report on ...",
//	               "Statement of X regarding ...") tells no incident
//	history.go     which events are told as history (Background): long
//	               before the article, unless a court's step today is
//	               about them
//	eventdates.go  which date an event takes (own sentence, co-mentioned
//	               event, paragraph, article) and its precision; never
//	               one starting days after the publication, nor one in a
//	               pluperfect relative clause after the event word ("who
//	               had fled last year": backstoryDate); a time of a
//	               day named relative to the story ("last night",
//	               "overnight", "this morning") dates it (calendar)
//	cameafter.go   "The attack came two days after gunmen killed ...":
//	               the words after "after" tell another incident, that
//	               many days before the one just told
//	places.go      which place an event takes: the sentence's own places,
//	               datelines ("KABUL, May 3 (Reuters) -", "BEIRUT (AP) -",
//	               an agency named like a town in their brackets,
//	               "Lahore:" before a finer place of the sentence's own)
//	               and speakers' places left out unless the event points
//	               back to the dateline's town ("in the city", not "the
//	               town of X"), admin levels; an event whose own sentence
//	               names only its country takes the finer place a later
//	               sentence of it names (finerInEvent);
//	               a sea, strait or lake named as where ("in the Red
//	               Sea", "off", "on Lake X", "in the waters of X":
//	               watersOf) is the place, at region precision, in
//	               its coastal state (waterPlace), unless
//	               the sentence puts the incident at a place on land
//	               (waterYields); with no place of its own, the place the
//	               article keeps naming (mainPlace), else the headline's
//	               (headlinePlace), else the town whose local police
//	               tell it ("Police in X said": policeTown), else the
//	               country; a town written
//	               after an unknown locality in brackets ("Kalay Sur
//	               (Dashtak, Sarbagh)": unknownLocality) or in a list of
//	               towns ("in A and B": listedTown) is only near
//	               (geo_precision 2)
//	               A people's adjective names no place, save before a
//	               settlement noun ("shelled a Tajik village":
//	               settlementNouns)
//	unknowndistrict.go a district the gazetteer lacks ("Dashtak district
//	               (Kunduz)", "Kunduz province's Dashtak district") is
//	               the event's admin2 and location by its written name,
//	               at the province's point
//	countryroles.go a place named as a party to an attack, not its place:
//	               the accused ("accuse X of"), the origin ("fired from
//	               X"), the attacker by its verb ("X kills"), the
//	               neighbour's side ("the Afghan border")
//	               and the forces of a country fire came from ("shelling
//	               from X", "mortar fire from X"; not rockets: fireFrom)
//	parties.go     who takes part: nouns for forces, groups, civilians (a
//	               nation's "side" in a border report is its forces; a side
//	               of no nation or of the border is none; "and" joins
//	               another party, no qualifier: "Fano militiamen and
//	               federal forces"), and
//	               the people named in the text (surnames are not places;
//	               a party's word inside a place's name is none: "Mullah
//	               Kalay", analyze.go; a force's noun right after a named
//	               group is its fighters, "Taliban fighters", but past the
//	               act's verb the group's target: "JNIM attacked the
//	               army", qualifyMention);
//	               a nationality before a strike, shelling or attack
//	               ("Chadian shelling"), or a country after "by" ("a
//	               bombing by X"), is that state's forces (strikerNations),
//	               and so is one before arms fired from afar ("Russian
//	               missiles", "Pakistani artillery": weaponNations), and
//	               the country accused of it ("accused X of shelling":
//	               accusedOf), or, where the owner follows its noun
//	               (Russian genitive, Persian ezafe), the country after
//	               the strike ("авиаудар Пакистана");
//	               a people in the plural opening its clause as the
//	               doer of an act of war ("Ethiopians killed four
//	               farmers") is its state's forces (nationAgents)
//	governments.go a government, regime or junta that is a violent event's
//	               agent ("a strike by the Syrian regime", "a government
//	               airstrike", "the junta shelled") or owns the forces or
//	               aircraft ("the regime's helicopters") is that state's
//	               forces
//	pairednations.go two nationalities sharing one forces noun ("Kyrgyz
//	               and Tajik border guards", a headline's "Kyrgyz, Tajik
//	               border guards") are two states' forces; of
//	               one aircraft noun ("Syrian and Russian jets"), allies
//	               on one side (alliedAircraft, actors.go); with "or",
//	               unidentified
//	ethnicmilitias.go a community's name before a fighting noun ("Fulani
//	               militia", "Karamojong raiders") is its identity militia,
//	               and a kind of community unnamed ("clan militia",
//	               "tribal gunmen") ACLED's "Unidentified Clan Militia"
//	actors.go      actors in ACLED's naming, their roles (agent, target) and
//	               inter codes; a party told killed by the event word
//	               ("soldiers killed by a landmine") is its target
//	               (victimsOf), one that condemns it ("UN condemns
//	               bombing") not its agent (condemnWords); a group that
//	               gives the count of civilians
//	               killed tells of another's deed (civilianTellers), a
//	               state's forces that count the fighters killed tell of
//	               their own (stateTeller), also when the group is named
//	               as the dead or the dead of a battle are called by the
//	               state's word ("terrorists"), and a ministry or
//	               governor that counts them answers for its forces
//	               (ministryForce); state
//	               forces named only as the dead are the target of
//	               unnamed hands (onlyStateVictims); a party that tells
//	               its own deed with a pronoun ("X said they killed") is
//	               its doer (selfReport); people of no party in the
//	               plural who kill or beat someone ("Villagers beat to
//	               death two suspects") are a mob, coded mob violence by
//	               rioters against civilians (civCrowd, typeEvent), and a
//	               mob's victims are civilians (riotActors); a speaker
//	               counting its own dead ("five of their fighters") is a
//	               side of the battle it tells when no doer is named, else
//	               the one struck (ownDead); a named group an act is done
//	               to ("attacked a Taliban post"), or named in a sentence
//	               turning to another incident ("Elsewhere, ..."), is no
//	               unnamed doer's group (struck, otherIncident, groupFor);
//	               people "killed by shelling from X" were struck by X
//	               (roles' means, fromBefore); in a verb-final clause the
//	               party opening it did the deed its count tells (Pashto's
//	               oblique doer; an owner only after its particle د:
//	               ofParticleBefore); in Russian a place phrase may stand
//	               between a verb and the people it counts ("задержали в
//	               Бишкеке пятерых": freeOrder, locativeBack, and the
//	               plural before such a verb is its doer: countedObject)
//	civilianplaces.go an attack, strike, bomb or arson whose object is a village,
//	               market, mosque, bus, wedding or camp of the displaced
//	               ("attacked a village", "a market blast", "killed seven
//	               at a party") targets civilians though no word counts
//	               who died
//	homonyms.go    a name two groups share ("Ansarullah") is the group at
//	               home in the event's country or one the article names
//	speakers.go    who said it: attribution of counts and denials; a
//	               rank written short ("police Const. X") is part of the
//	               speaker (sentence.NameAbbrev)
//	actverbs.go    the verbs of what befell people (kill, behead, massacre,
//	               abduct, arrest ...) in every form, one table the claim
//	               word lists are drawn from; a verb that is a noun too
//	               ("murder", "massacre") is a verb only after its doer
//	               ("Gunmen murder", not "arrest murder suspect":
//	               doerVerb); an infinitive's object is no victim ("vowed
//	               to kill every bandit")
//	claims.go      the counts (killed, wounded, detained ...) as claims with
//	               their speaker, side and victims (former members of a
//	               force are civilians); a verb's object count keeps its
//	               verb ("kills 4, wounds 9"), an inclusion or a quote
//	               mark between a count and its verb does not part them,
//	               nor a place phrase ("Two farmers in the village were
//	               killed": locativeBeforeVerb); "claimed the lives of" is
//	               a toll, and "claimed responsibility for a bombing that
//	               killed five" a deed owned: no speaker's count
//	               (claimedNotSaid, analyze.go);
//	               a lone victim's killing phrase in the passive ("a
//	               teacher was shot dead", "shot and killed": passiveKill)
//	               counts one, but a lone person before an act with an
//	               object is its doer ("A gunman shot dead a manager":
//	               activeDoer); a relative clause after a lone victim is
//	               read past to the main verb ("a man who robbed a bank
//	               was shot dead": pastRelative); two acts joined by
//	               "and" befall the same victims ("abducted and killed":
//	               killedAfterAnd, in
//	               barevictims.go), and an act's second object after a
//	               possessive counts ("a woman and her two children":
//	               secondObject); a count's people end where the next
//	               act begins ("killing 11 and burning houses") and may
//	               be followed by the group they belong to ("affiliated
//	               with X") before their verb; a lone victim's name in
//	               commas stands between it and its verb ("a police
//	               sergeant, X Y, was shot dead"); the people counted run
//	               through a force's full name to their verb ("serviceman
//	               of the State Committee for National Security":
//	               maxCountedPhrase, inName)
//	barevictims.go a lone victim with no article, as headlines write it
//	               ("Gunmen kill former soldier", "Civilian killed in X")
//	               and languages with no articles write it ("застрелили
//	               судью", "یک ملا را ... کشتند"), and a bare plural, at
//	               least two ("Members of X killed", "Commander of an X
//	               unit killed": ofName); the victim's own
//	               forms in one-liners: a name ("killed Karim Jan",
//	               "Karim Jan, killed in X", "Karim Jan was shot
//	               dead"), a nationality ("kills
//	               Palestinian"), a possessive or "the head of" object,
//	               the act as a noun ("claims killing of constable";
//	               lives taken: "claimed the lives of 12": livesOf),
//	               also plural with a count ("killings of 6 civilians");
//	               quote marks around the noun do not hide it, and its
//	               modifiers say whose it is ("rebel 'general'"); a
//	               force's name with its acronym in brackets is one
//	               modifier ("Frontier Corps (FC) soldier":
//	               actorNameBefore, actorNameAfter)
//	former.go      former members of a force or group ("a former ALP
//	               member", "a retired officer") are civilians, and the
//	               force they left is no party to the attack on them
//	civicroles.go  a community's leader ("village chief", "social leader",
//	               "tribal elders") is a civilian victim
//	bodies.go      bodies found ("six bodies found", "body of a man
//	               found", "found dead") are killings, of civilians when
//	               the text names no side
//	denials.go     denials and counter-claims, kept with the event denied;
//	               the denier is a speaker ("Islamabad rejects claim" is
//	               no place of the event: denierStart)
//	limits.go      the bounds of work per article, and the "coded
//	               partially" reason when one is reached
//
// The toll (fatalities, low, high) and the notes line are not extract's:
// package fuse applies its one rule to the claims extract finds, whether
// one article or many report the event. Claims carry what that rule needs
// (who the counted people are, whose side the speaker stands for).
//
//	keywords.go    the proper names fusion compares (in Persian, which has no
//	               capitals, the words the glosses do not know)
//	lexicon.go     the data files (data/*.tsv) and the phrase index
//	finish.go      the built events as event.Event
package extract

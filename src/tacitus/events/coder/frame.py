"""The coder's word lists and its Frame and NearMiss records."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.events import modality as mod
from tacitus.events.triggers import Match
from tacitus.model import Actor

MILITARY_ROOTS = frozenset({"15", "18", "19", "20"})
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
#: fights each side wages on the other ("exchanged fire with the gunmen", "X and Y clashed")
MUTUAL_FIGHTING = frozenset({"exchange fire", "clash", "skirmish", "trade fire", "exchange gunfire",
                             "trade gunfire", "exchange shots", "trade shots"})
#: entries of a swap, each side giving up the other's people ("Russia and Ukraine exchanged prisoners"):
#: mutual, and what is swapped is no party to it
SWAP_ENTRIES = frozenset({"swap-prisoners"})
#: a truce two parties sign or declare together binds each toward the other ("Armenia and Azerbaijan signed a
#: ceasefire")
MUTUAL_TRUCES = frozenset({"0871", "0356"})
#: the verbs of a truce made between its parties (a truce declared or announced may be each side's own)
TRUCE_PACTS = frozenset({"sign", "agree", "reach", "conclude", "seal", "negotiate"})
#: a body's seat, which stands for the body ("visited NATO headquarters", "outside the party's offices")
#: writing to someone: "wrote to the council demanding …" (the appeal's addressee after "to")
WRITING_VERBS = frozenset({"write", "send", "address", "pen", "submit", "deliver"})
SEAT_NOUNS = frozenset({"headquarters", "hq", "office", "offices", "premises", "compound", "seat"})
#: codes of acts parties named together do to others, not to each other ("Biden and Trump visit the border",
#: "mediated by Turkey and Russia", "China and Russia praised the plan")
ONE_WAY = frozenset({"042", "043", "045", "051", "052", "053", "054", "055", "056"})
# speakers whose statements are not political acts (unless named), and addressees that are no target
QUIET_SECTORS = frozenset({"CVL", "MED", "BUS", "EDU", "HLH"})
#: records a police or court account is read from ("the report stated", "a police report said"): their
#: words are attribution (coding guide §7: "according to a warrant / affidavit / police"), no accusation
RECORDS_ON_FILE = frozenset({"report", "affidavit", "warrant", "record", "document", "log", "transcript",
                             "filing"})
#: who files such records (a report of no known author, "American reports", is the press's account)
RECORD_KEEPERS = frozenset({"COP", "JUD", ""})
SPEECH_ACCUSING = frozenset({"accusing"})
SPEECH_DISPARAGING = frozenset({"disparaging"})
SPEECH_APPROVING = frozenset({"approving"})
#: word classes that blame: a naming with one in it praises no one ("called him a corrupt friend")
BLAMING = SPEECH_DISPARAGING | SPEECH_ACCUSING
DENIED_VIRTUES = frozenset({"denied_virtues"})
HARMING = frozenset({"harming"})  # "said Ottawa's cuts have hurt hospitals": blame of the cuts' author
HARMS = frozenset({"harms"})
#: verbs whose object or result, when it is a harm, blames their subject ("caused factories to close")
CAUSING = frozenset({"cause", "lead", "bring", "cost"})
#: the word classes that make a statement an accusation (112) or praise (051); criticism (111) otherwise
JUDGING_CLASSES = {"112": SPEECH_ACCUSING, "051": SPEECH_APPROVING}
RULINGS = frozenset({"rulings"})
COURT_FILING_VERBS = frozenset({"file", "lodge"})
#: verbs whose subject is the one a request was made of ("Britain is considering Russia's request")
ANSWERING_VERBS = frozenset({"consider", "review", "weigh", "study", "examine", "grant", "accept", "approve",
                             "receive", "heed", "answer", "honour", "honor", "fulfil", "fulfill"})
#: answering what another put forward: yielding to it (08) or rejecting it (12)
ANSWERING_ROOTS = frozenset({"08", "12"})
#: roots of acts aimed at whoever did an act the object names ("condemned the ruling": the court; "backed
#: the plan": who drew it up)
FAULTED_ACT_ROOTS = frozenset({"05", "11", "12"})
GIVER_PREPS = frozenset({"from", "by"})
DISASTER = frozenset({"disaster"})
HAZARDS = frozenset({"natural_hazards"})
#: diseases and their spread (a warning of what they will do is a comment, not safety advice)
EPIDEMICS = frozenset({"epidemics"})
#: firms and outside professionals a public body hires (061): "hired two consulting firms"
CONTRACTORS = frozenset({"contractors"})
#: words of an emergency in which an appeal to the public is safety advice ("so they can be reached in an
#: emergency")
SELF_CARE = frozenset({"self_care"})
#: what a private request asks (an everyday act, or a thing or a place of private life): "asked Brown to
#: repeat himself", "to join him in singing", "to pick up his belongings", "to leave the building"
PRIVATE_REQUESTS = frozenset({"private_acts", "private_places_and_things"})
#: who works for a company ("activist tech workers", "employee activists", "staff")
EMPLOYEES = frozenset({"employees"})
EMERGENCY_WORDS = frozenset({"emergency", "emergencies", "evacuation", "caution", "sandbag", "sandbags"})
ROAD_USERS = frozenset({"road_users"})
DIPLOMATS = frozenset({"diplomats"})  # a recalled envoy: the recall is aimed at the country of the post
TERROR_ACTS = frozenset({"terror_acts"})
#: what bombs (a bombing's classes of the lexicon, and bomb words): its author is unknown armed men
BOMBINGS = frozenset({"car_bomb", "roadside", "suicide"})
BOMB_WORDS = frozenset({"bomb", "bombs", "bombing", "bombings", "grenade", "grenades", "ied", "ieds",
                        "landmine", "landmines", "explosive", "explosives"})
#: an explosion is a bombing only in a story of bombs or militants
BLAST_WORDS = frozenset({"explosion", "explosions", "blast", "blasts"})
TERROR_CONTEXT = frozenset({"bomb", "bombing", "bomber", "explosive", "terrorist", "terror", "terrorism",
                            "militant", "jihadist", "insurgent", "extremist"})
ACCIDENT_WORDS = frozenset({"gas", "boiler", "pipeline", "mine", "chemical", "accidental", "factory", "plant",
                            "volcanic", "sonic"})
LAW_ENFORCEMENT = frozenset({"COP", "JUD"})
#: who gather to protest: "demonstrators gathered outside the cathedral to voice their anger at police"
PROTESTERS = frozenset({"demonstrator", "protester", "protestor", "marcher", "rioter"})
#: what the public is asked to do when police appeal for information
CONTACT_VERBS = frozenset({"contact", "call", "phone", "reach", "email", "text", "notify"})
#: whom police ask for information when they name no one: "anyone with information", "anyone who saw the
#: crash", "witnesses", "the public"
PUBLIC_WITNESSES = frozenset({"anyone", "anybody", "whoever", "witness", "public"})
#: what marks such an appeal as one for information or witnesses, not for the public's safety
WITNESS_CLUES = frozenset({"information", "info", "witness", "see", "know", "knowledge", "detail", "tip",
                           "footage", "hear", "notice", "help", "assistance", "identify", "locate", "find"})
#: whose help police ask for when they ask no one by name ("asking for the public's help", "for your help")
PUBLIC_HELPERS = frozenset({"public", "your", "community"})
#: the reading of "anyone with information should call police": the police's appeal to the public
PUBLIC_ASKED_TO_CALL = "public-asked-to-call"
#: the entry of "would not comment": the denial is the act (011), not a denied act
WITHHELD_COMMENT = "withhold-comment"
#: entries whose "not" is their own word, told as done: "would not comment" (011), "was not happy with the
#: ministry" (111, displeasure)
DENIAL_IS_THE_ACT = frozenset({WITHHELD_COMMENT, "not-pleased-with"})
#: whom the public is told to call with what it knows: a tip line, when no police force is named
TIP_LINES = frozenset({"stoppers", "crimestoppers", "crimeline", "tipline", "hotline", "detective", "tip",
                       "police", "sheriff", "rcmp", "constabulary"})
#: what the public is asked to do with what it knows ("to come forward", "to report it")
WITNESS_ACTS = CONTACT_VERBS | {"come", "report", "share", "submit"}
#: who may call with what they know in an appeal put as what they may do ("anyone with information
#: should call police"), and the modals that put it so
MAY_CALL = PUBLIC_WITNESSES | {"people", "those"}
CAN_OR_SHOULD = frozenset({"can", "should", "may", "could"})
#: what a judgement faults no one for: an accident, a disaster, the weather, a road (classes.yaml)
MISHAP_CLASSES = frozenset({"accidents", "disaster", "natural_hazards", "mishap_words"})
#: what a warning can fault as someone's course: a policy, a reform, a cut ("warned that the cuts will …")
COURSES = frozenset({"policy", "reform", "courses"})
#: what makes a police account one of an offence (not of a crash, a rescue or someone's movements)
WRONGDOING_CLASSES = frozenset({"crime_acts", "crime_matters", "crime", "small_arms", "wrongdoers",
                                "offence_words"})
SUSPECTS = frozenset({"CVL", "CRM"})  # whom police accuse when they tell of an assault
#: passive verbs by which police name a suspect ("is suspected in the robbery"; "is wanted" is an act itself)
SUSPECTING = frozenset({"suspect"})
#: what a story tells when its police work is no inquiry into anyone: an accident, a disappearance
MISHAP_STORY_CLASSES = frozenset({"accidents", "missing_people"})
#: what the police say when they suspect no crime ("no foul play is suspected")
NO_CRIME_CLASSES = frozenset({"no_crime_suspected"})
#: what makes it a crime story after all (not "death", "case", "incident": an accident has them too)
CRIME_STORY_CLASSES = frozenset({"crime_acts", "crime", "wrongdoers", "crime_matters"})
NEUTRAL_MATTERS = frozenset({"death", "case", "incident", "disappearance", "kill", "killed", "charge",
                             "charges"})
#: what a person told of by the police may do that accuses them of nothing ("the man died at the scene")
NOT_DEEDS = frozenset({"be", "have", "die", "live", "suffer", "survive", "receive", "remain", "work", "say",
                       "tell", "know", "need", "want", "appear", "seem", "become", "get", "recover", "lose",
                       "cooperate", "call", "report", "identify", "stumble", "collapse", "fall", "sleep",
                       "wake", "arrive", "show", "come", "go", "walk", "return", "stay", "sit", "stand",
                       "lie", "surrender", "testify", "retract", "agree", "await"})
# ("said Vermelhudo came downstairs, suffering from stab wounds"; "retracted her testimony": no offence)
#: people named by no more than a word for people: no one a police account accuses
GENERIC_PEOPLE = frozenset({"people", "person", "public", "community", "communities", "everyone", "anyone",
                            "someone", "youth", "youngster", "resident", "citizen"})
VICTIMS = frozenset({"victim", "resident", "witness", "passenger", "neighbor", "neighbour", "family",
                     "officer"})
BETWEEN = "noun:between"  # the reading of "fighting between X and Y": X against Y and Y against X
ATTACKS = frozenset({"violence", "terror_acts"})
#: armed acts one side does, that a reaction names as told before ("condemned the attack", "the airstrikes"):
#: not a war, fighting or a campaign between sides; a strike only of arms ("the air strike", not a walkout)
TOLD_ATTACKS = frozenset({"attack", "airstrike", "bombing", "bombardment", "shelling", "assault", "raid",
                          "invasion", "incursion", "killing", "massacre", "siege", "offensive", "blast",
                          "explosion"})
ARMED_STRIKES = frozenset({"air", "drone", "missile", "rocket", "military", "artillery"})
#: modifiers that make an attack words, a lawsuit or a walkout ("the verbal attack", "the hunger strike")
UNARMED_ATTACKS = frozenset({"verbal", "personal", "cyber", "political", "rhetorical", "legal", "sanction",
                             "sanctions", "trade", "media", "propaganda", "hunger", "charm", "heart",
                             "panic"})
PUBLIC_MEASURES = frozenset({"public_measures"})
MEASURES_JUDGED = frozenset({"measures_judged"})
FALLING_SHORT = frozenset({"falling_short"})
#: what a private voice calls for in public that only a government grants ("called for compensation")
PUBLIC_REMEDIES = frozenset({"public_measures", "public_remedies"})
#: private sectors whose public calls for such remedies are made of their government (coding guide:
#: implicit addressee; the petitioners of implied_government are addressed so whatever they ask)
PUBLIC_CALLERS = frozenset({"CVL", "BUS", "EDU", "HLH", "MED"})
#: the appeals made in public, not the private asking of "ask", "beg", "request"
PUBLIC_CALLS = frozenset({"call for", "press for", "lobby", "petition", "advocate for", "call"})
CONTRABAND = frozenset({"contraband"})
#: the class of bombs and explosive devices (classes.yaml): "wounded in the blast" names the bombing, no place
BOMB_DEVICES = frozenset({"bomb_device"})
HAND_WEAPONS = frozenset({"hand_weapons"})
BODY_PARTS = frozenset({"body_parts"})  # "striking her face": a blow at her
SEARCHED_PLACES = frozenset({"searched_places"})  # "his home was searched": by the police
#: verbs of a relative clause whose subject a legal act befalls ("the charges he is facing")
FACING = frozenset({"face", "receive", "serve"})
#: verbs whose subject bears the act their object names ("the opposition faced a crackdown by police")
BEARING = frozenset({"face", "suffer", "endure", "undergo", "experience"})
#: roots of acts whose report by a party accuses their author (112): violence, "alleged atrocities"
HOSTILE_ROOTS = frozenset({"18", "19", "20"})
#: a protest's demand: the protest with that demand (1041 leadership change → 1411 demonstrate for it, …)
PROTESTED_DEMANDS = {"1041": "1411", "1042": "1412", "1043": "1413", "1044": "1414"}
PROTESTS = frozenset({"protest_verbs", "protest_nouns"})
PROTEST_JOINING = frozenset({"join", "attend"})  # "travelled to the capital to join the rally"
ARMED_SECTORS = frozenset({"MIL", "REB"})  # an attack on whom is fighting
#: words of force and punishment that make a foretold outcome a threat
MENACE = frozenset({"violence", "sanctions", "military", "attack_verbs", "sanction_verbs", "expel_verbs",
                    "repress_verbs", "sever", "aggression", "wmd"})
#: roots of faulting an act in words: a faulted measure with no author named is the government's ("defended
#: the policy" is no faulting, whatever its root)
FAULTING_ROOTS = frozenset({"11"})
#: who backs a public measure in public ("welcomed the decision", "backed the scheme"), which, like their
#: criticism of it, is aimed at its author, the government when the measure names none; not "raised money to
#: support research programs" (050, no praise) nor a state's or a foreign body's approval
BACKERS = frozenset({"CVL", "BUS", "LAB", "NGO", "EDU", "HLH", "REL", "OPP", "PTY", "ELI", "MED"})
CAUSE_PREPS = frozenset({"in", "by", "during", "after", "from"})
PHRASAL_OBJECT_PREPS = frozenset({"at", "against"})
#: prepositions whose object may be the act a judgement is about, aimed at its doer ("expressed doubts about
#: the evidence put forth by the ministry", "angry over the arrests by police", "support for the plan")
FAULTED_ACT_PREPS = PHRASAL_OBJECT_PREPS | {"about", "over", "with", "for", "by", "to", "toward", "towards"}
#: organised voices whose public criticism is coded even unnamed ("the rights group said …")
CRITIC_SECTORS = frozenset({"NGO", "LAB", "REL", "OPP"})
PUNDIT_SECTORS = frozenset({"EDU", "MED"})
#: speech verbs that make their content an allegation
ALLEGING = frozenset({"allege", "claim", "charge"})  # (not "contend": an argument, accusing by its words)
#: verbs whose subject said what a clause below them says
SPEAKING = mod.REPORTING_VERBS | ALLEGING | {"maintain", "contend"}
CLAIMS = frozenset({"claims"})
DUTIES = frozenset({"duties"})  # what one is "charged with" doing as a task
DROPPED_CASES = frozenset({"dropped_cases"})  # charges and cases a court or prosecutor drops
MEETING_OCCASIONS = frozenset({"meeting_occasions"})  # what one meets for ("sat down for dinner")
REQUESTS = frozenset({"requests"})
QUOTE_OPENERS = frozenset({"“", '"'})
DISMISSIVE = frozenset({"dismissive"})
UNWARRANTED = frozenset({"unwarranted"})  # "said the demand was unrealistic": a named claim turned down
TURNED_DOWN = frozenset({"turned_down"})  # what is put to a party: a demand, an allegation, a ruling
DEMANDING = frozenset({"must"})  # "X said Congress must act": a demand
#: what a demand threatens after "or": "must cease the driving immediately or face further action"
PENALTY_VERBS = frozenset({"face", "risk", "suffer", "lose", "pay"})
URGING = frozenset({"should", "ought"})  # "X said the board should reconsider": an appeal
FIGURATIVE = frozenset({"figurative"})
#: attack nouns that, with a figurative modifier ("a PR attack", "a media onslaught"), are criticism
VERBAL_ATTACKS = frozenset({"attack", "assault", "onslaught", "offensive", "broadside", "barrage"})
#: sectors of a state's own agents (a countryless one facing another state's envoy is not of that state;
#: their criticism of "the decision" is no petitioner's)
STATE_SECTORS = frozenset({"GOV", "LEG", "SPY"})
ARRESTERS = frozenset({"COP", "SPY", "MIL", "GOV", "JUD"})  # "the FBI arrest of Smith": whose arrest it was
DIPLOMAT_WORDS = frozenset({"ambassador", "envoy", "diplomat", "diplomats", "embassy", "consul", "chargé",
                            "charge", "delegation", "ambassadors", "envoys"})
#: roots of judgements whose object may be someone's deed ("criticised the government's handling")
JUDGING_ROOTS = frozenset({"05", "11", "12"})
#: sums of money, which name no place ("2.4 billion euros" is no European place)
MONEY_WORDS = frozenset({"euro", "dollar", "pound", "yuan", "ruble", "rouble", "rupee", "yen", "franc",
                         "shekel", "lira", "peso", "real", "rand", "naira", "sterling"})
#: what a country trades, whose tariffs or bans fall on the country it comes from
TRADED_GOODS = frozenset({"import", "export", "good", "product", "shipment", "commodity"})
#: prepositions naming who did what the subject suffers
AUTHOR_PREPS = frozenset({"from", "by"})
#: what an authority asks of its public ("called for calm", "urged restraint")
PUBLIC_APPEALS = frozenset({"public_appeals"})
#: verbs of asking that put a question or make a request
QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})
#: what one telephones someone to do ("called Putin to discuss the war"): the call is the act, not a demand
CALL_PURPOSES = frozenset({"discuss", "talk", "speak", "chat", "congratulate", "thank", "brief", "update",
                           "inform", "express", "convey", "offer", "apologize", "apologise", "condole",
                           "wish", "consult", "reassure"})
#: what one is asked (or pressed) to do when asked for an answer ("asked Trump to confirm that …",
#: "pressed him to acknowledge the values"): a question put in an examination or an interview, not a
#: request for an act
ASKED_ANSWERS = frozenset({"confirm", "answer", "explain", "describe", "recall", "recount",
                           "elaborate", "specify", "spell", "acknowledge", "admit", "concede"})
#: the professionals one consults as a client: meeting one's own is no political consultation
COUNSEL = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister", "accountant", "doctor",
                     "physician", "therapist"})
#: where a protest is held ("protested outside the embassy"): one person there joins a demonstration
PROTEST_PLACES = frozenset({"at", "outside", "in", "near", "before", "across", "along", "through", "around"})
WH_WORDS = frozenset({"what", "who", "whom", "whose", "why", "how", "when", "where", "which"})
#: figurative modifiers that make a battle a legal one, not words ("a court battle")
LEGAL_WORDS = frozenset({"court", "legal", "courtroom", "judicial", "custody"})
VIOLENCE_OR_FORCE = frozenset({"violence", "military"})
#: people an owner's act does not befall: "her sister was imprisoned" is not an act against her
KIN = frozenset({"sister", "brother", "son", "daughter", "mother", "father", "wife", "husband", "child",
                 "parent", "family", "relative", "friend", "cousin", "uncle", "aunt", "nephew", "niece",
                 "grandson", "granddaughter", "grandmother", "grandfather", "partner", "fiancé", "fiancée"})
#: private people whose word about another is hearsay, not his act ("a former girlfriend said he confessed")
PRIVATE_INFORMANTS = KIN | frozenset({"girlfriend", "boyfriend", "ex-wife", "ex-husband", "ex-girlfriend",
                                      "ex-boyfriend", "neighbor", "neighbour", "acquaintance", "roommate",
                                      "cellmate", "inmate", "witness", "co-worker", "coworker", "colleague",
                                      "caller", "bystander", "passer-by", "passerby"})
#: words: "which she denies", "the union warns" are said now, not done as a rule
VERBAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
#: roots that stay political between private actors (protest, violence)
PRIVATE_OK_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
#: the reading of "threaten" said of a person with no threatened act told ("O'Connor threatened her")
MENACED = "a party menaced"
#: the reading of a private person's telling the police what someone did to him ("told police he hit her")
COMPLAINT = "speech:complaint-to-police"
#: the reading of a private person's admission in a story of an offence ("she admitted to taking the items")
ADMISSION = "a suspect's admission"
#: readings of acts between private persons that are coded all the same: a menace, a complaint to the
#: police, an admission
PRIVATE_READINGS = frozenset({MENACED, COMPLAINT, ADMISSION})
#: help (07) and praise (05) between these at home is charity or community life, not politics ("the Red Cross
#: provided shelter for the family", "the family lauded the foundation"), unless the story is of a war or
#: of a disaster that calls for humanitarian aid (the words of :data:`CONFLICT_STORY`)
CIVIC_SECTORS = frozenset({"CVL", "NGO", "EDU", "BUS", "HLH", "REL"})
CIVIC_ROOTS = frozenset({"05", "07"})
CONFLICT_STORY = frozenset({"conflict_story", "humanitarian_emergency"})
#: the pseudo-word a clause holds when the verb's object is a deed (a gerund): see :func:`a_deed`
DEED_OBJECT = "form:deed"
#: what a private person's admission owns when it is one ("admitted two counts of fraud", "took the blame")
OWNED_OFFENCES = frozenset({"crime_acts", "blame", "guilt", "wrongdoing", "responsibility"})
#: words for the police one tells or reports a crime to
POLICE_HEARERS = frozenset({"police", "officer", "detective", "deputy", "investigator", "trooper",
                            "authority"})
# who announces an agentless act is taken as its author ("three were arrested, federal authorities announced")
AUTHORITIES = frozenset({"GOV", "COP", "JUD", "MIL", "SPY"})
#: the bodies of one state: its authorities and its legislature (a minister speaks for its police and army;
#: they lift bans, impose curfews and block the internet for the public they rule)
STATE_SIDE = AUTHORITIES | {"LEG"}
#: the word class of disasters an emergency is declared for (such an emergency coerces no one)
RELIEF_EMERGENCIES = frozenset({"relief_emergencies"})
#: what a party gives in to: its maker is whom the party yields to ("gave in to demands made by the strikers")
YIELDED_DEMANDS = frozenset({"yielded_demands"})
#: a retreat that is an escape, yielding to no one ("the gunmen fled"): no government is implied as its target
ESCAPES = frozenset({"flee"})
#: workforces a government pays: what they give up is given up to it ("firefighters agreed to a pay cut")
PUBLIC_PAYROLL = frozenset({"LAB", "EDU", "HLH", "COP", "MIL"})
#: yields a party makes to no one named, toward the government it fights or protests (coding guide:
#: implied addressee): an armed group's ceasefire, disarmament or retreat, or its stated intent to make one
#: ("the rebels declared a ceasefire", "agreed to lay down their arms"); a movement's halt of its protests
#: ("the opposition suspended its protests") or its stated intent to halt them
YIELDS_TO_GOVERNMENT = {"087": frozenset({"REB", "INS"}), "0871": frozenset({"REB", "INS"}),
                        "0873": frozenset({"REB", "INS"}), "0874": frozenset({"REB", "INS"}),
                        "0356": frozenset({"REB", "INS"}),
                        "082": frozenset({"OPP", "PTY", "LAB", "NGO", "CVL", "EDU", "REL"}),
                        "0352": frozenset({"OPP", "PTY", "LAB", "NGO", "CVL", "EDU", "REL"})}
#: mutual fights named without fire: the other side fights back only when it is armed
CLASHES = frozenset({"clash", "skirmish"})
#: acts the authorities that report them did not commit: "she was raped, police officials said"
NOT_ANNOUNCERS_OWN = frozenset({"14", "18"})
#: the state's armed and police forces: an authority announcing an attack on them did not make it
ARMED_STATE_SECTORS = frozenset({"MIL", "COP", "SPY"})
#: codes of crimes an authority announces but never commits ("the car that police say was stolen"); its
#: seizures (1711) are its own
NOT_ANNOUNCERS_OWN_CODES = frozenset({"171"})
# the author a legal act implies when a passive names none
IMPLIED_AUTHORS = {
    **dict.fromkeys(("indict", "charge", "prosecute", "convict", "sentence", "subpoena", "fine", "sue",
                     "arraign"), "JUD"),
    **dict.fromkeys(("arrest", "detain", "apprehend", "jail", "handcuff", "search"), "COP"),  # "his home was
    # searched" (not "raid": "the village was raided" may be by gunmen)
    **dict.fromkeys(("overturn", "quash", "vacate", "annul"), "JUD"),  # "her conviction was overturned"
    "find": "JUD",  # "was found guilty" (the only "find" trigger is a verdict)
    "acquit": "JUD",  # "was acquitted on all counts": by the court ("is exonerated" is often generic)
    "pardon": "GOV",  # "was pardoned in 2018": by the head of state (coded as dropped charges, 080)
    **dict.fromkeys(("cite", "ticket", "citation"), "COP"),  # "was cited for speeding": a police citation (a
    # regulator names itself)
}


def _implied_author(m: Match) -> str | None:
    """Who does an act told without its author: "was indicted" (prosecutors), "was arrested", "was taken
    into custody", "placed under arrest" (police: any arrest whose verb names no one else)."""
    implied = IMPLIED_AUTHORS.get(m.token.lemma_.lower())
    return implied or ("COP" if m.entry.id == "arrest" else None)


#: a crowd named by its size protests as civilians ("thousands marched in Caracas")
CROWDS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "millions", "crowds", "crowd"})
# agentless passives coded with an unknown source: "he was arrested", "a patrol boat was sunk"
AGENTLESS_ROOTS = frozenset({"09", "16", "17", "18", "19", "20"})
THREAT_AUX = mod.HYPOTHETICAL_AUX | mod.FUTURE_AUX
#: a foretold course its doer has set out on or holds the means to ("had begun reviewing the lease", "had
#: the votes to override her", "was preparing to sue")
UNDERTAKING_VERBS = frozenset({"begin", "start", "prepare", "move"})
ADVERBIAL_PARTICLES = frozenset({"out", "off", "down", "back", "away"})
COMPLEMENT_TARGET_PREPS = ("with", "against", "on", "to", "from", "between")


@dataclass(slots=True)
class Frame:
    """A coded reading of one trigger."""

    match: Match
    code: str
    clause_verb: Token
    source_tok: Token | None
    target_tok: Token | None
    source: Actor | None
    target: Actor | None
    refined_by: str
    agentless: bool = False  # an agentless passive: the source is unknown, not missing


#: the reading of a noun act with no party of its own ("the talks continued"): the parties of the same act
#: the story named before are its parties
ANTECEDENT = "antecedent"
#: the reading of an agentless lifting of a measure ("the curfew was lifted on Monday"): by the party the
#: story told imposed it (:data:`IMPOSED_BY_LIFT`), a near miss when it told of none
LIFTED = "lifted-by-its-imposer"
#: the reading of a lawsuit whose sentence names no defendant ("Kim sued this week"): aimed at the party the
#: story told the same plaintiff sued (a near miss when it told of none, or of several)
SUED_BEFORE = "sued-before"
TOLD_ACT = "told-act"  # a reaction to an act the story told ("condemned the arrest"): see _told_before
#: the reading of a rejection or an appeal of no sub-code that names no one ("Ruiz refused to take part", "he
#: had asked for that stay"): aimed at whom the story just told asked, judged or faulted the rejecter, or at
#: whom the same party asked (a near miss when it told of none)
ADDRESSED_BEFORE = "addressed-before"
#: the codes of a lifting and the code prefixes of the impositions it undoes ("the curfew was lifted": the
#: curfew the governor imposed; "sanctions were eased": those the United States imposed)
IMPOSED_BY_LIFT = {"0813": ("1723",), "0814": ("1724",), "085": ("163",), "081": ("172", "163"),
                   "080": ("172", "163")}
#: the modalities of an act the story told as done (not denied, threatened, planned or supposed)
TOLD_AS_DONE = frozenset({"asserted", "claimed", "unverified"})


@dataclass(slots=True)
class NearMiss:
    """A trigger that was found but not coded, and why (``tacitus explain`` lists them)."""

    sentence_index: int
    trigger: str
    start: int
    end: int
    rule: str
    reason: str


#: entries of acts that are crimes whoever does them: their unknown doer is a private person
CRIMES = frozenset({"assault-person", "rob", "steal"})
#: verbs whose object is something to avoid or missing, not a judgement ("minimize the embarrassment",
#: "avoid a mess", "the two sides lack mutual trust")
AVERTING = frozenset({"minimize", "minimise", "avoid", "prevent", "reduce", "spare", "fear", "lessen",
                      "limit", "ease", "alleviate", "mitigate", "lack"})

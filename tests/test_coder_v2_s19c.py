"""Coder v2, session 19 (cooperation: appeals, intents, consultations, diplomatic and material cooperation,
aid, yielding): behaviours found reading real news; every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def dyads(coded):
    """Code, source code and the target's country (first three letters; None without a target)."""
    return [(e.cameo, e.source and e.source.code, e.target and (e.target.code or "")[:3])
            for e in coded.events]


# ---------------------------------------------------------------- 04 consult
def test_having_talks_or_a_call_with_someone_consults_him(coder):
    c = code(coder, "Chancellor Olaf Scholz had talks with Chinese President Xi Jinping on Tuesday.")
    assert ("040", "DEUGOV", "CHNGOV") in triples(c)
    c = code(coder, "Foreign Minister Annalena Baerbock will have a call with Antony Blinken on Friday.")
    assert any(t[0] in ("041", "036") and t[1:] == ("DEUGOV", "USAGOV") for t in triples(c))


def test_having_a_meeting_or_a_plan_with_no_one_is_no_consultation(coder):
    c = code(coder, "Prime Minister Rishi Sunak has a plan to cut taxes before the election.")
    assert not any(e.root == "04" for e in c.events)
    c = code(coder, "The mayor of Leeds had a busy week and a meeting on Friday.")
    assert not any(e.root == "04" for e in c.events)


def test_his_visit_in_an_opening_phrase_is_the_subjects_visit(coder):
    c = code(coder, "During his visit to Kenya, Secretary of State Antony Blinken praised the Kenyan police.")
    assert ("042", "USAGOV", "KEN") in dyads(c)
    c = code(coder, "On the sidelines of his state visit to Japan, President Emmanuel Macron met students.")
    assert any(t[0] == "042" and t[1] == "FRAGOV" and t[2][:3] == "JPN" for t in triples(c))


def test_an_opening_possessive_of_the_other_gender_is_not_the_subject(coder):
    c = code(coder, "Prime Minister Benjamin Netanyahu flew to Washington on Sunday. During his visit to the "
                    "capital, Vice President Kamala Harris praised Israel.")
    visits = [t for t in triples(c) if t[0] == "042"]
    assert visits and all(t[1] == "ISRGOV" for t in visits)


def test_a_visit_or_talks_opening_the_clause_are_its_subjects(coder):
    c = code(coder, "During an official visit to Kyiv, Secretary of State Antony Blinken announced new aid.")
    assert ("042", "USAGOV", "UKR") in dyads(c)
    c = code(coder, "In a meeting with Chinese Foreign Minister Wang Yi on Friday, South Korean "
                    "President Moon Jae-in criticised China.")
    assert ("040", "KORGOV", "CHNGOV") in triples(c)
    assert ("111", "KORGOV", "CHN") in dyads(c)  # the clause's own act


def test_a_visit_whose_doer_is_named_is_not_the_subjects(coder):
    c = code(coder, "After the IOC inspection committee visit to Sochi, the Russian authorities "
                    "promised to buy land from residents.")
    assert not any(e.cameo == "042" and e.source and e.source.code.startswith("RUS") for e in c.events)
    c = code(coder, "Following the visit of the Kazakh president to the UAE, the two governments "
                    "signed a deal.")
    assert not any(e.cameo == "042" and e.source and e.source.code == "AREGOV" for e in c.events)


# ---------------------------------------------------------------- 02 appeal
def test_calling_for_talks_with_someone_appeals_for_negotiation_with_him(coder):
    c = code(coder, "Georgian President Mikheil Saakashvili called for talks with Russia.")
    assert ("026", "GEOGOV", "RUS") in dyads(c)
    c = code(coder, "President Volodymyr Zelensky called for negotiations with Moscow on Sunday.")
    assert ("026", "UKRGOV", "RUS") in dyads(c)


def test_what_an_act_is_done_for_is_no_target_of_a_pledge(coder):
    c = code(coder, "He was tried for an offence he committed for belonging to the ruling party.")
    assert not any(e.root == "03" for e in c.events)

# ---------------------------------------------------------------- 03 express intent to cooperate
def test_being_ready_to_negotiate_or_help_is_an_intent_to_cooperate(coder):
    c = code(coder, "President Vladimir Putin said Russia is ready to negotiate with Ukraine.")
    assert ("036", "RUS", "UKR") in [(t[0], t[1][:3], t[2][:3]) for t in triples(c)]
    c = code(coder, "Mexico stands ready to negotiate with the United States, the foreign minister said.")
    assert ("036", "MEX", "USA") in [(t[0], t[1][:3], t[2][:3]) for t in triples(c)]
    c = code(coder, "Germany is ready to send humanitarian aid to Gaza.")
    assert any(t[0] == "0333" and t[1][:3] == "DEU" for t in triples(c))


def test_being_ready_for_no_cooperative_act_is_no_intent(coder):
    c = code(coder, "Aides say President Trump is not ready to fire his chief of staff.")
    assert not any(e.root == "03" for e in c.events)
    c = code(coder, "Georgian President Saakashvili said: We are always ready to protect our citizens.")
    assert not any(e.root == "03" for e in c.events)
    c = code(coder, "Iran is not ready to negotiate with the United States.")
    assert all(e.modality == "negated" for e in c.events if e.root == "03")


# ---------------------------------------------------------------- 05 diplomatic cooperation
def test_some_of_whom_are_the_people_the_relative_clause_hangs_on(coder):
    c = code(coder, "Vice President Kamala Harris met ten Democratic senators, three of whom endorsed her.")
    assert ("051", "USALEG", "USAGOV") in triples(c)


def test_one_of_which_is_no_person(coder):
    c = code(coder, "The man threw two stones at the police inspector, one of which hit her in the head.")
    assert not any(e.source and e.source.sector == "COP" for e in c.events)

# ---------------------------------------------------------------- 08 yield
def test_a_court_dismissing_a_case_drops_it_for_the_defendant(coder):
    c = code(coder, "A federal judge dismissed all claims against the Department of Homeland Security.")
    assert ("080", "USAJUD", "USAGOV") in triples(c)
    c = code(coder, "A judge threw out the lawsuit against Governor Gavin Newsom.")
    assert ("080", "USAJUD", "USAGOV") in triples(c)


def test_a_party_dismissing_charges_against_it_is_no_court_dropping_them(coder):
    c = code(coder, "The Kremlin dismissed the charges against Russia as absurd.")
    assert not any(e.cameo == "080" for e in c.events)
    c = code(coder, "The judge dismissed the defense motion to suppress the evidence.")
    assert not any(e.cameo == "080" for e in c.events)


# ---------------------------------------------------------------- actors
def test_a_typographic_apostrophe_in_an_office_name_is_the_office(coder):
    straight = code(coder, "Anyone with information is asked to contact the Sheriff's Office at 955-1818.")
    curly = code(coder, "Anyone with information is asked to contact the Sheriff’s Office at 955-1818.")
    assert [e.cameo for e in curly.events] == [e.cameo for e in straight.events] == ["020"]
    assert curly.events[0].source.sector == straight.events[0].source.sector == "COP"
    c = code(coder, "The county attorney’s office dismissed the assault charge against Richard Pehrson.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("080", "JUD")]


def test_a_leader_named_family_name_first_is_found_again_by_it(coder):
    c = code(coder, "Chinese Foreign Minister Wang Yi arrived in Moscow on Monday. Peace is possible, Wang "
                    "told reporters after his talks with Russian Foreign Minister Sergei Lavrov.")
    assert ("040", "CHNGOV", "RUSGOV") in triples(c)
    assert not any(e.source and e.source.code.endswith("CVL") for e in c.events)


def test_a_private_persons_first_word_names_no_one_else(coder):
    c = code(coder, "President Joe Biden met farmers in Iowa. Joe Smith, a farmer, criticized the tariffs.")
    smith = next(a for a in c.actors if a.text.startswith("Joe Smith"))
    assert smith.person == "Joe Smith" and not smith.code.endswith("GOV")


def test_a_un_missions_coordinator_speaks_for_the_un(coder):
    c = code(coder, "UNIFIL's media coordinator, Dhalia Farran, reiterated calls for Israel to act.")
    assert any(t[0].startswith("02") and t[1] == "IGOUNO" and t[2][:3] == "ISR" for t in triples(c))
    c = code(coder, "MINUSMA criticized the Malian government on Monday.")
    assert ("111", "IGOUNO", "MLIGOV") in triples(c)


def test_a_coordinator_of_no_one_named_is_no_actor(coder):
    c = code(coder, "A coordinator criticized the mayor on Tuesday.")
    assert not any(e.root == "11" for e in c.events)


# ---------------------------------------------------------------- round 2
def test_joining_forces_allies_the_parties_not_their_forces(coder):
    c = code(coder, "Britain and France joined forces on Monday to fight people smuggling.")
    allies = [t for t in triples(c) if t[0] == "050"]
    assert ("050", "GBR", "FRA") in allies and ("050", "FRA", "GBR") in allies
    assert not any(t[2] and t[2].endswith("MIL") for t in allies)
    c = code(coder, "Two local councils are joining forces to offer help to refugees.")
    assert not any(e.cameo == "050" and e.target is not None for e in c.events)


def test_an_owners_decision_to_act_is_its_act(coder):
    c = code(coder, "The Labor Party's decision to endorse Senator Tim Scott came on Monday.")
    assert ("051", "AUSPTY", "AUSLEG") in triples(c)
    c = code(coder, "A decision by France to recognise Palestine was announced on Friday.")
    assert ("054", "FRA", "PSE") in dyads(c)


def test_a_refusal_or_a_hope_to_act_is_not_the_act(coder):
    c = code(coder, "Japan's hope to praise South Korea faded on Monday.")
    assert not any(e.root == "05" for e in c.events)
    c = code(coder, "Germany's refusal to recognise Kosovo angered Pristina.")
    assert not any(e.cameo == "054" for e in c.events)


def test_bestowing_a_medal_or_a_prize_honours_the_recipient(coder):
    c = code(coder, "French President Emmanuel Macron awarded a medal to German Chancellor Angela Merkel.")
    assert ("051", "FRAGOV", "DEUGOV") in triples(c)
    c = code(coder, "President Joe Biden presented the Medal of Freedom to Senator Bob Dole on Tuesday.")
    assert ("051", "USAGOV", "USALEG") in triples(c)


def test_giving_an_order_or_awarding_a_contract_is_no_honour(coder):
    c = code(coder, "Governor Greg Abbott gave the order to evacuate Galveston on Tuesday.")
    assert not any(e.cameo == "051" for e in c.events)
    c = code(coder, "The Pentagon awarded Boeing a contract for new tankers on Friday.")
    assert not any(e.cameo == "051" for e in c.events)


def test_a_named_partys_request_is_made_of_whoever_considers_or_grants_it(coder):
    c = code(coder, "The British government is considering Russia's request for consular access to the "
                    "poisoned woman.")
    assert ("020", "RUS", "GBRGOV") in triples(c)
    c = code(coder, "Russia's request for an emergency meeting was granted by the United Nations.")
    assert ("020", "RUS", "IGOUNO") in triples(c)


def test_a_pronouns_request_or_a_rejected_one_is_no_new_appeal(coder):
    c = code(coder, "Consumer Watchdog challenged their request for higher rates on Monday.")
    assert not any(e.trigger.text == "request" for e in c.events)
    c = code(coder, "Britain rejected Russia's request for consular access on Tuesday.")
    assert not any(e.root == "02" and e.target is not None and e.target.code.startswith("GBR")
                   for e in c.events)


def test_recommending_that_a_party_act_appeals_to_it(coder):
    c = code(coder, "Governor Kathy Hochul recommended that the legislature pass the budget by Friday.")
    assert ("020", "USAGOV", "USALEG") in triples(c)
    c = code(coder, "The Labour Party recommends the government scrap the tax on heating.")
    assert any(t[0].startswith("02") and t[1:] == ("GBRPTY", "GBRGOV") for t in triples(c))


def test_recommending_a_person_for_a_post_is_no_appeal(coder):
    c = code(coder, "Senator Chuck Schumer recommended her for the post of ambassador.")
    assert not any(e.root == "02" for e in c.events)
    c = code(coder, "Prosecutors recommended that she receive probation.")
    assert not any(e.root == "02" for e in c.events)


def test_an_appeal_is_made_of_the_doer_not_of_the_one_done_to(coder):
    c = code(coder, "Councilman Pickle recommended that Anglin be consulted on the plan.")
    assert not any(e.root == "02" and e.target is not None and "Anglin" in e.target.text for e in c.events)
    c = code(coder, "Senator Marco Rubio urged that Cuba be punished for its support of Russia.")
    assert not any(e.root == "02" and e.target is not None and e.target.code.startswith("CUB")
                   for e in c.events)

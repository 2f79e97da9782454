"""Coder v2: word senses, the domain gate and non-political pages: words that are no political act in their
context (everyday, commercial, lifestyle, film plots, advisories), pages not in English, pages that print a
story twice.

Every sentence here is ours, written for the test. (The tests were written in the work sessions and regrouped
here by capability.)"""

from __future__ import annotations

from coded_events import acts, code, codes, root_dyads, triples
from tacitus.events import domain


def _codes(coder, text):
    return [(e.cameo, e.trigger.text) for e in code(coder, text).events]


def arrests(coded):
    return [e.sentence_index for e in coded.events if e.cameo == "173"]


GERMAN_PAGE = ("Die Ausstattung des Advanced Trail Pro ist nicht schlecht, und der Rahmen ist auch "
               "mit dem Motor für die Berge gut. Sie ist das Beste von allen, und es ist ein Rad "
               "zu einem fairen Preis. "
               "Vorbau Advanced Trail 45 mm. Der Akku hält lange, und das ist für uns wichtig.")


def roots(coded):
    """The roots of the events coded in ``coded``."""
    return [e.cameo[:2] for e in coded.events]


def _roots(c, trigger):
    return [e.root for e in c.events if e.trigger.text.lower() == trigger]


def roots_s24f(coded):
    return {r for r, _s, _t in acts(coded)}


WAR_STORY = ("Kharkiv was shelled again in Ukraine on Monday, Ukrainian officials said. Ukrainian troops are "
             "in the city. ")


# ---------------------------------------------------------------- 172: removing an office-holder
def test_a_leader_firing_an_office_holder_is_an_administrative_sanction(coder):
    c = code(coder, "Former Pakistani President Pervez Musharraf fired the chief justice in 2007.")
    assert ("17", "PAK", "PAK") in root_dyads(c)
    c = code(coder, "Nigerian President Buhari sacked the army chief on Monday.")
    assert ("172", "NGAGOV", "NGAMIL") in triples(c)
    c = code(coder, "Nigerian President Buhari dismissed the army chief on Monday.")
    assert ("172", "NGAGOV", "NGAMIL") in triples(c)


def test_firing_shots_or_dismissing_words_is_no_dismissal(coder):
    c = code(coder, "Four of the police officers then fired ten rounds at the man.")
    assert not any(t[0] == "172" for t in triples(c))
    c = code(coder, "Nigerian President Buhari dismissed the army chief as a coward.")
    assert ("120", "NGAGOV", "NGAMIL") in triples(c)
    c = code(coder, "President Biden dismissed the senator's accusations.")
    assert not any(t[0] == "172" for t in triples(c))
    c = code(coder, "The Nigerian company fired its chief executive.")
    assert not any(t[0] == "172" for t in triples(c))


# ---------------------------------------------------------------- 191: mining ground bars passage
def test_mining_a_neighbours_border_area_restricts_passage(coder):
    c = code(coder, "Georgian officials said Azerbaijan had mined the border territory of Georgia.")
    assert ("19", "AZE", "GEO") in root_dyads(c)


def test_mining_ore_is_no_blockade(coder):
    c = code(coder, "Chile mined more copper last year, Chilean officials said.")
    assert not any(t[0] == "191" for t in triples(c))


# ---------------------------------------------------------------- muzzling the press, not a dog
def test_muzzling_the_press_is_a_restriction_of_the_media(coder):
    c = code(coder, "The president has jailed opponents and muzzled the media since the election.")
    assert any(t[0] == "1721" for t in triples(c))
    assert _codes(coder, "The dog was muzzled before the walk.") == []


# ---------------------------------------------------------------- what is no admission
def test_a_columnist_admitting_a_taste_is_no_admission(coder):
    text = ("Maria Jenkins writes about weddings. “Tied to cakes and wrapped around glasses, the bow felt "
            "charming but it is now overdone,” Jenkins admits.")
    assert not any(e.cameo == "015" for e in code(coder, text).events)


# ---------------------------------------------------------------- sense: coercion and blows
def test_a_private_person_forcing_someone_is_no_coercion(coder):
    c = code(coder, "The man chased the woman and grabbed her, forcing her onto the grass.")
    assert "182" in codes(c) and not any(x.startswith("17") for x in codes(c))


def test_an_authority_forcing_people_is_coercion(coder):
    c = code(coder, "Police in Ohio forced the protesters off the bridge.")
    assert "170" in codes(c)


def test_a_private_persons_blow_is_an_assault_not_a_battle(coder):
    c = code(coder, "In Ohio, the suspect hurled a bottle at the cashier, striking her face.")
    assert "182" in codes(c) and not any(x.startswith("19") for x in codes(c))


def test_an_armys_strike_stays_a_military_attack(coder):
    c = code(coder, "Russian troops struck the town of Avdiivka.")
    assert codes(c) == ["190"]


# ---------------------------------------------------------------- a page that prints its story twice
def test_a_sentence_printed_twice_is_coded_once(coder):
    c = code(coder, "Police in Toronto arrested a young man on the streetcar on Monday. He was released. "
                    "Police in Toronto arrested a young man on the streetcar on Monday.")
    assert arrests(c) == [0]


def test_two_like_reports_that_differ_are_both_coded(coder):
    c = code(coder, "Police in Toronto arrested a young man on the streetcar on Monday. He was released. "
                    "Police in Toronto arrested a young woman on the subway on Tuesday.")
    assert arrests(c) == [0, 2]


# ---------------------------------------------------------------- a page in another language
def test_a_page_in_another_language_is_not_coded(coder):

    assert code(coder, GERMAN_PAGE).events == []
    assert domain.foreign_page([GERMAN_PAGE.lower().split()])


def test_an_english_page_with_a_foreign_quote_is_coded(coder):

    text = ("Russian troops attacked Ukrainian positions near Kharkiv on Monday, the ministry said. "
            "Protesters in Berlin chanted \"Nie wieder Krieg, und nicht in unserem Namen\".")
    assert ("190", "RUSMIL", "UKR") in [(e.cameo, e.source.code, e.target.code[:3]) for e in
                                        code(coder, text).events if e.target]
    assert not domain.foreign_page([text.lower().split()])


# ---------------------------------------------------------------- regulators' warnings
def test_a_regulator_warning_companies_over_illegal_sales_accuses_them(coder):
    c = code(coder, "The FDA has warned companies that have illegally sold unapproved diet drugs online.")
    assert triples(c) == [("112", "USAGOV", "USABUS")]
    c = code(coder, "The FDA warned Pfizer over unlawful sales of the drug.")
    assert [e.cameo for e in c.events] == ["112"]


def test_a_warning_of_a_shortage_stays_a_pessimistic_comment(coder):
    c = code(coder, "The FDA warned companies that supplies of the drug could run short this winter.")
    assert [e.cameo for e in c.events] == ["012"]
    c = code(coder, "The sheriff warned residents who live near the fair about criminals.")
    assert "112" not in [e.cameo for e in c.events]


# ---------------------------------------------------------------- advisories to the public
def test_a_consumer_advisory_is_not_an_event(coder):
    assert code(coder, "However, the FDA warns against buying medications from any source other than a "
                       "state-licensed pharmacy.").events == []


def test_a_warning_to_a_government_against_a_purchase_is_coded(coder):
    c = code(coder, "The union warned the government against buying cheap foreign steel.")
    assert [e.cameo for e in c.events] == ["012"]


# ---------------------------------------------------------------- quoted commands and chants
def test_a_chanted_command_is_not_the_act(coder):
    assert code(coder, 'Protesters shouted "arrest the minister" outside parliament.').events == []
    assert code(coder, 'The crowd chanted “Arrest the minister!” outside parliament.').events == []


def test_a_quoted_report_of_the_act_is_still_coded(coder):
    c = code(coder, '"Police arrested the minister on Monday," the spokesman said.')
    assert ("173", "COP", "GOV") in [(e.cameo, e.source.code[-3:], e.target.code[-3:]) for e in c.events]


# ---------------------------------------------------------------- staff against their company
def test_staff_criticism_of_their_company_is_a_company_matter(coder):
    assert code(coder, "Both Microsoft and Amazon have come under fire from activist tech workers who have "
                       "demanded they stop supplying technology to oil and gas companies.").events == []
    assert code(coder, "Amazon pledged to buy electric vans after employee activists pushed the retailer to "
                       "take a tougher stance on climate.").events == []


def test_staff_accusing_their_company_before_a_ministry_is_coded(coder):
    c = code(coder, "Workers at the factory accused Tesla of ignoring safety rules, and the labor ministry "
                    "opened an inquiry.")
    assert ("112", "LAB", "USABUS") in triples(c)


# ---------------------------------------------------------------- smoke advisories
def test_a_smoke_advisory_to_residents_is_safety_advice(coder):
    assert code(coder, "Health officials in Oregon urged residents to stay indoors because of the "
                       "smoke.").events == []


def test_an_appeal_to_a_governor_about_smog_is_coded(coder):
    c = code(coder, "The mayor urged the governor to act on the smog that chokes the city.")
    assert [e.cameo for e in c.events] == ["020"]


# ---------------------------------------------------------------- plots of films, novels and games
def test_the_plot_of_a_film_or_a_game_is_not_news(coder):
    assert code(coder, "In the film, Russian soldiers attack a village in Ukraine and arrest the "
                       "mayor.").events == []
    assert code(coder, "In the video game, players invade Poland and attack Warsaw.").events == []
    assert code(coder, "The series follows a CIA agent who kidnaps a Russian diplomat in "
                       "Berlin.").events == []


def test_a_series_of_attacks_and_history_told_by_a_film_are_coded(coder):
    c = code(coder, "In a series of attacks, Russian troops shelled Kharkiv on Monday.")
    assert [e.cameo for e in c.events] == ["194"]
    c = code(coder, "The new film depicts how police arrested Nelson Mandela in 1962.")
    assert [e.cameo for e in c.events] == ["173"]


# ---------------------------------------------------------------- evaluation pages keep their language
def test_an_evaluation_page_not_in_english_is_skipped_as_in_production(tmp_path, coder):
    from tacitus.evaluation.news_articles import load_article

    folder = tmp_path / "geoparsing-gritta"
    folder.mkdir()
    (folder / "GWN.xml").write_text(
        "<articles><article file='1'><title>Festnahme</title><link>http://example.org/2019/05/02/a</link>"
        "<text>Die Polizei hat am Dienstag in Hamburg zwei Männer festgenommen. Die Staatsanwaltschaft "
        "wirft ihnen vor, mehrere Geschäfte überfallen zu haben, und hat Anklage erhoben.</text></article>"
        "<article file='2'><title>Arrest</title><link>http://example.org/2019/05/02/b</link>"
        "<text>German police arrested two men in Hamburg on Tuesday. Prosecutors said the men had robbed "
        "several shops.</text></article></articles>", encoding="utf-8")
    german, english = (load_article(tmp_path, f"gritta/gwn/{n}") for n in (1, 2))
    assert german.language is None  # the coder finds it, as it does for a user's page
    coded = list(coder.code_documents([german, english]))
    assert coded[0].document.language == "de" and not coded[0].events
    assert coded[1].document.language == "en" and ("17", "DEU", "DEU") in root_dyads(coded[1])


# ---------------------------------------------------------------- private requests are no appeals
def test_a_request_for_an_everyday_act_is_no_appeal(coder):
    for text in ("The former sheriff walked up to Dean and asked him to repeat himself.",
                 "Before the closing hymn the bishop asked the worshippers to join him in singing.",
                 "A clerk phoned the widow of Senator Hall and asked her to collect his belongings.",
                 "Governor Smith fired the aide on Monday and asked him to leave the building."):
        assert "02" not in roots(code(coder, text)), text


def test_a_request_of_a_state_or_about_a_policy_stays_an_appeal(coder):
    for text in ("The United States asked Russia to leave Ukraine.",
                 "The mayor asked the governor to repeat the request for federal aid.",
                 "Police asked the protesters to leave the square."):
        assert "02" in roots(code(coder, text)), text


def test_words_quoted_after_asked_are_a_question_put_not_a_request(coder):
    c = code(coder, "Councilman Reed asked the mayor directly, “I want to be sure we agree,” Reed said.")
    assert "02" not in roots(c)


def test_a_request_to_a_political_addressee_is_no_private_request(coder):
    c = code(coder, "The European Union urged Serbia and Kosovo to return to the negotiating table.")
    assert {e.target.code for e in c.events if e.cameo[:2] == "02"} >= {"SRB"}
    c = code(coder, "The president asked the senators to join his party.")
    assert [e.cameo[:2] for e in c.events] == ["02"]


# ---------------------------------------------------------------- charity and community life are no politics
def test_a_charity_helping_or_thanked_by_a_family_at_home_is_no_event(coder):
    for text in ("After a blaze gutted their home in Dayton, Ohio, the Red Cross provided shelter for them.",
                 "The Millers of Toledo, Ohio, said the foundation provided support to them and lauded it."):
        c = code(coder, text)
        assert not {"05", "07"} & set(roots(c)), text


def test_help_in_a_war_and_praise_by_a_named_international_body_stay_events(coder):
    c = code(coder, "The Red Cross delivered food to civilians trapped by the fighting in Mariupol.")
    assert "07" in roots(c)
    c = code(coder, "Amnesty International praised the villagers of Ohio.")
    assert "05" in roots(c)
    c = code(coder, "The villagers of Ohio praised President Biden.")
    assert "05" in roots(c)


# ---------------------------------------------------------------- other senses of "order"
def test_goods_ordered_from_a_supplier_are_a_purchase_not_a_demand(coder):
    c = code(coder, "The transport ministry ordered 200 electric buses from a Chinese manufacturer.")
    assert not any(e.root == "10" for e in c.events)


def test_an_order_to_a_party_is_still_a_demand(coder):
    c = code(coder, "The European Union ordered Russia to withdraw its troops from the border.")
    assert any(e.root == "10" and e.target.code.startswith("RUS") for e in c.events)


# ---------------------------------------------------------------- words of everyday pages that are no acts
def test_demonstrating_that_something_is_so_is_no_protest(coder):
    c = code(coder, "Women entered the workforce in record numbers, demonstrating that the policy worked.")
    assert not c.events


def test_demonstrating_against_a_government_is_a_protest(coder):
    c = code(coder, "Thousands of students demonstrated in Caracas against the government on Monday.")
    assert [e.cameo for e in c.events] == ["141"]


def test_a_table_row_is_no_sentence(coder):
    c = code(coder, "| Mouse Sensor and Model | Razer Advanced Optical Tracking |")
    assert not c.events


def test_advice_to_the_reader_is_no_appeal(coder):
    text = ("Donors want to know where their money goes. The watchdog recommends that you publish a privacy "
            "policy on your website.")
    assert not code(coder, text).events


def test_an_appeal_to_a_government_still_is_one(coder):
    c = code(coder, "The watchdog recommended that the ministry publish its contracts.")
    assert [(e.cameo, e.target.sector) for e in c.events] == [("020", "GOV")]


def test_business_operations_are_no_offensive(coder):
    c = code(coder, "James Sedlak, a former wildland firefighter, now leads business operations at a "
                    "start-up.")
    assert not c.events


def test_a_military_operation_is_still_one(coder):
    c = code(coder, "The army launched a military operation against rebels in the north.")
    assert [e.root for e in c.events] == ["19"]


# ---------------------------------------------------------------- prayers offered
def test_offering_prayers_is_sympathy_not_an_offer(coder):
    c = code(coder, "The army chief visited the father of the slain student, condoled with him and "
                    "offered Fatiha.")
    assert "03" not in _roots(c, "offered")
    c = code(coder, "The Indian Prime Minister offered prayers to the Nepalese President after the "
                    "earthquake.")
    assert "03" not in [e.root for e in c.events]


def test_offering_talks_is_still_an_offer(coder):
    c = code(coder, "Pakistan offered India talks on Kashmir.")
    assert [e.root for e in c.events] == ["03"]


# ---------------------------------------------------------------- reviews, audits, inspections
def test_a_review_launched_into_an_actor_is_an_investigation(coder):
    c = code(coder, "The Justice Department launched a review of the Chicago police department.")
    assert ("09", "USA", "USA") in root_dyads(c)


def test_reviewing_or_auditing_an_actor_is_an_investigation(coder):
    c = code(coder, "The Justice Department is reviewing the police department's use of force.")
    assert ("090", "USAGOV", "USACOP") in triples(c)
    c = code(coder, "The Senate intelligence committee audited the Pentagon last year.")
    assert [r[0] for r in root_dyads(c)] == ["09"]


def test_reviewing_a_request_a_case_or_a_book_is_no_investigation(coder):
    c = code(coder, "The Foreign Office said it was reviewing the Russian request for consular access.")
    assert not [x for x in codes(c) if x.startswith("09")]
    c = code(coder, "A federal judge will review the case of the former governor on Monday.")
    assert not [x for x in codes(c) if x.startswith("09")]
    c = code(coder, "The Guardian reviewed the memoir of former President Barack Obama.")
    assert not [x for x in codes(c) if x.startswith("09")]
    c = code(coder, "The city council reviewed the budget on Monday.")
    assert codes(c) == []


# ---------------------------------------------------------------- a rule, not an act
def test_what_is_subject_to_review_is_not_reviewed(coder):
    c = code(coder, "Every permit application is subject to review by the township police chief.")
    assert codes(c) == []


# ---------------------------------------------------------------- citations and lawsuits
def test_a_review_only_wanted_is_no_investigation(coder):
    c = code(coder, "The mayor said a review of the police department would be needed.")
    assert not [x for x in codes(c) if x.startswith("09")]
    c = code(coder, "Activists called for an audit of the Pentagon.")
    assert not [x for x in codes(c) if x.startswith("09")]


# ---------------------------------------------------------------- a witness's account of violence
def test_a_witness_is_not_made_an_accuser_of_his_own_side_or_of_a_private_person(coder):
    c = code(coder, WAR_STORY + "Olena Petrenko said Ukrainian soldiers helped her neighbour across a river.")
    assert "11" not in roots_s24f(c)
    c = code(coder, "Police in Ohio arrested a man on Monday. John Smith said the man beat him with a bat.")
    assert "11" not in roots_s24f(c)


# ------------------------------------------ questioning in courtrooms and interviews; protests made in words
def test_pressing_a_witness_on_a_topic_is_questioning_not_a_demand(coder):
    c = code(coder, "The state's lawyer pressed the developer on the valuation of his hotels in Chicago.")
    assert "10" not in roots(c)
    c = code(coder, "The reporter pressed the senator about his travel expenses.")
    assert "10" not in roots(c)


def test_pressing_someone_to_act_stays_a_demand(coder):
    c = code(coder, "The United States pressed Israel to allow more aid into Gaza.")
    assert any(t[0].startswith("10") and t[1] == "USA" and t[2] == "ISR" for t in triples(c))


def test_asking_a_witness_to_confirm_is_a_question_not_an_appeal(coder):
    c = code(coder, "The prosecutor ended her cross-examination by asking Senator Blake to confirm that he "
                    "had signed the forms.")
    assert "02" not in roots(c)
    c = code(coder, "During the interview the host asked Senator Blake to explain his vote on the budget.")
    assert "02" not in roots(c)


def test_asking_someone_to_act_stays_an_appeal(coder):
    c = code(coder, "Opposition lawmakers asked the prime minister to resign.")
    assert "02" in roots(c)
    c = code(coder, "France asked Iran to explain how the drones reached the border.")  # a state's demand
    assert "02" in roots(c)


def test_a_place_in_the_topic_of_questioning_gives_the_questioner_no_country(coder):
    c = code(coder, "Donald Trump testified in a New York courtroom on Monday. When he was questioned about "
                    "his golf course near Dublin, Ireland, he grew quiet.")
    assert not any(e.source and (e.source.code or "").startswith("IRL") for e in c.events)


def test_a_protest_made_in_words_is_no_demonstration(coder):
    c = code(coder, "The engineers were angry about the plan and protested to Ramirez that it was unsafe.")
    assert "14" not in roots(c)
    c = code(coder, "Italian police brought in a new search rule. She protested the new rule, but in vain.")
    assert "14" not in roots(c)


def test_a_crowd_protesting_is_still_a_demonstration(coder):
    c = code(coder, "Hundreds of residents protested outside city hall in Detroit on Monday.")
    assert "14" in roots(c)


def test_an_office_holder_questioned_by_no_one_named_is_no_police_interrogation(coder):
    c = code(coder, "When Governor Kathy Hochul was questioned about the budget gap at the hearing, she "
                    "blamed the legislature.")
    assert "09" not in roots(c)
    c = code(coder, "The former mayor was questioned by detectives in connection with the bribery scheme.")
    assert "09" in roots(c)


def test_their_in_an_opening_phrase_refers_ahead_to_the_plural_subject(coder):
    c = code(coder, "The lawsuit also named an aide trained by an Israeli government agency. In their "
                    "complaint against the casino company, the workers alleged that the manager told racist "
                    "jokes.")
    assert not any(e.source and (e.source.code or "").endswith("GOV") for e in c.events)

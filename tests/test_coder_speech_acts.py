"""Coder v2: speech acts that judge a party: criticism, complaint, blame, accusation, denial, rejection and
refusal, concern voiced, praise, support and solidarity, criticism a party receives.

Every sentence here is ours, written for the test. (The tests were written in the work sessions and regrouped
here by capability.)"""

from __future__ import annotations

import datetime as dt

import pytest

from coded_events import acts, code, codes, root_dyads, triples


def speech_events(coded):
    return [e for e in coded.events if e.trigger.text in ("said", "says", "told", "added")]


def _roots(c, trigger):
    return [e.root for e in c.events if e.trigger.text.lower() == trigger]


def _said(c, trigger="said"):
    return [(e.root, e.source.code, e.target.code if e.target else None) for e in c.events
            if e.trigger.text.lower() == trigger]


def acts_s24f(coded):
    """(root, source code, target code) of each event stated as done or claimed."""
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in coded.events
            if str(e.modality) in ("asserted", "claimed")]


def roots(coded):
    return {r for r, _s, _t in acts_s24f(coded)}


# ---------------------------------------------------------------- 11: "critical of"
def test_being_critical_of_a_party_criticises_it(coder):
    c = code(coder, "The opposition leader has long been critical of the government's budget plan.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("111", "OPP", "GOV")]
    c = code(coder, "Sergei Lavrov, who has been sharply critical of NATO, spoke in Moscow.")
    assert ("11", "RUS", "IGO") in root_dyads(c)


def test_critical_to_something_is_no_criticism(coder):
    c = code(coder, "Sergei Lavrov said the pipeline is critical to the future of Russia.")
    assert not any(e.cameo.startswith("11") for e in c.events)


# ---------------------------------------------------------------- 11: criticism a measure draws
def test_a_measure_drawing_criticism_is_its_governments(coder):
    c = code(coder, "The new curfew rules drew sharp criticism from the Labour Party.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("111", "GBRPTY", "GBRGOV")]
    c = code(coder, "The decision to close the border sparked criticism from the European Union.")
    assert [e.cameo for e in c.events] == ["111"]


def test_a_film_drawing_criticism_from_viewers_is_no_event(coder):
    assert code(coder, "The film sparked criticism from viewers.").events == []


# ---------------------------------------------------------------- 114: whom a complaint is about
def test_complaining_that_a_party_did_something_complains_of_it(coder):
    c = code(coder, "The opposition complained that the ruling party had rigged the vote.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("114", "OPP", "PTY")]
    c = code(coder, "Mexico's foreign ministry complained that the United States had ignored its requests.")
    assert ("11", "MEX", "USA") in root_dyads(c)


def test_complaining_about_a_thing_is_no_event(coder):
    assert code(coder, "Residents complained that the noise was unbearable.").events == []


# ---------------------------------------------------------------- 112: a complaint to the police
def test_telling_police_that_someone_attacked_you_accuses_him(coder):
    c = code(coder, "Detectives in Dayton are looking into the case. The victim told officers that a man "
                    "had stabbed her with a screwdriver.")
    told = [e for e in c.events if e.trigger.text == "told"]
    assert [(e.cameo, e.source.sector, e.target.sector) for e in told] == [("112", "CVL", "CVL")]


def test_telling_police_of_no_ones_offence_accuses_no_one(coder):
    opening = "Detectives in Dayton are looking into the case. "
    for text in (opening + "The woman told police she had lost her keys.",
                 opening + "The woman told her sister a man had stabbed her neighbour."):
        assert not any(e.cameo == "112" for e in code(coder, text).events), text


# ---------------------------------------------------------------- 120: a denial told beside the accusation
def test_a_charge_denied_by_the_accused_is_its_rejection(coder):
    c = code(coder, "Foreign Secretary David Lammy has blamed the Iranian government for the attack on the "
                    "tanker, a charge denied by Tehran.", published=dt.date(2024, 9, 1))
    assert ("11", "GBR", "IRN") in root_dyads(c) and ("12", "IRN", "GBR") in root_dyads(c)
    c = code(coder, "The minister has accused the Syrian government of the attack on the convoy, a charge "
                    "rejected by Damascus.")
    assert any(r[:2] == ("12", "SYR") for r in root_dyads(c))


# ---------------------------------------------------------------- 111: doubting a measure
def test_questioning_whether_a_measure_works_faults_its_government(coder):
    c = code(coder, "Opposition leaders in Ontario questioned whether the new levy would help families.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("111", "OPP", "GOV")]


def test_questioning_whether_the_weather_will_hold_is_no_event(coder):
    assert code(coder, "Opposition leaders questioned whether the warm weather would last.").events == []


# ---------------------------------------------------------------- 120: denying that something happened
def test_denying_that_something_happened_is_a_denial(coder):
    c = code(coder, "The Kremlin denied that its agents had planned the sabotage.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("120", "RUSGOV")]
    c = code(coder, "Finland accused Russia of violating its airspace. The Kremlin denied that Russian "
                    "warplanes had entered Finnish airspace.")
    assert ("12", "RUS", "FIN") in root_dyads(c)


def test_a_denial_by_a_private_person_is_no_event(coder):
    c = code(coder, "Her neighbour denied that he had taken the parcel.")
    assert not any(e.cameo.startswith("12") for e in c.events)


# ---------------------------------------------------------------- 120: a refusal named by a noun
def test_a_refusal_to_act_toward_a_party_rejects_it(coder):
    c = code(coder, "Senator Mitch McConnell's refusal to endorse Nikki Haley angered her campaign.")
    assert [(e.cameo, e.source.sector) for e in c.events if e.trigger.text == "refusal"] == [("120", "LEG")]


def test_a_refusal_to_eat_is_no_event(coder):
    assert code(coder, "Her refusal to eat worried the doctors.").events == []


# ---------------------------------------------------------------- criticism an act goes ahead despite
def test_an_act_done_despite_criticism_from_a_party_is_criticised_by_it(coder):
    c = code(coder, "The Greek government passed the pension bill despite criticism from opposition parties.")
    assert ("11", "GRC", "GRC") in root_dyads(c)
    c = code(coder, "The French government raised the retirement age amid fierce opposition from the unions.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("110", "LAB", "GOV")]


def test_criticism_borne_by_no_one_named_or_from_no_one_is_no_event(coder):
    for text in ("The pension bill was passed in Athens despite criticism from opposition parties.",
                 "The French government raised the retirement age despite fierce opposition."):
        assert not any(e.cameo[:2] in ("11", "12") for e in code(coder, text).events), text


# ---------------------------------------------------------------- 051 solidarity, 143 industrial action
def test_expressing_solidarity_with_a_state_backs_it(coder):
    c = code(coder, "Slovenian Prime Minister Miro Cerar expressed solidarity with Britain on Monday.")
    assert ("05", "SVN", "GBR") in root_dyads(c)
    c = code(coder, "Polish President Andrzej Duda showed solidarity with Ukraine on Tuesday.")
    assert ("05", "POL", "UKR") in root_dyads(c)


def test_a_call_for_solidarity_is_no_backing(coder):
    c = code(coder, "Slovenian Prime Minister Miro Cerar called for solidarity among Europeans.")
    assert not any(t[0] == "051" for t in triples(c))


# ---------------------------------------------------------------- 051: appreciating a party's efforts
def test_appreciating_another_states_efforts_is_praise(coder):
    c = code(coder, "Chinese Foreign Minister Wang Yi said Beijing appreciated Pakistan's efforts.")
    assert ("05", "CHN", "PAK") in root_dyads(c)


def test_appreciating_in_value_is_no_praise(coder):
    c = code(coder, "Chinese officials said property values in Beijing appreciated sharply last year.")
    assert not any(t[0] == "051" for t in triples(c))


# ---------------------------------------------------------------- evaluative words
def test_a_measure_called_draconian_criticises_its_author(coder):
    c = code(coder, "Opposition leader Keir Starmer said the government's lockdown rules were draconian and "
                    "utterly disproportionate.")
    assert ("111", "GBROPP", "GBRGOV") in triples(c)
    assert "speech:disparaging=draconian" in speech_events(c)[0].rule  # the word that fired is the evidence


def test_saying_a_party_violated_the_law_accuses_it(coder):
    c = code(coder, "Senator Susan Collins said the Pentagon had violated federal law by withholding the "
                    "funds.")
    assert ("112", "USALEG", "USAMIL") in triples(c)
    assert "speech:accusing=violated" in speech_events(c)[0].rule


def test_a_phrase_of_judgement_is_named_in_the_evidence(coder):
    c = code(coder, "Senator Susan Collins criticised Beijing on Monday. She said the new tariffs imposed by "
                    "China were an economic dead end.")
    said = speech_events(c)
    assert [(e.cameo, e.target.country) for e in said] == [("111", "CHN")]
    assert "speech:disparaging=dead end" in said[0].rule


def test_a_virtue_denied_to_a_partys_policy_is_criticism(coder):
    c = code(coder, "Senator Susan Collins said the Pentagon's new spending rules were not productive.")
    assert ("111", "USALEG", "USAMIL") in triples(c)


def test_a_denied_violation_or_a_denied_judgement_accuses_no_one(coder):
    c = code(coder, "Senator Susan Collins said the Pentagon had not violated federal law.")
    assert not any(e.cameo.startswith("11") for e in c.events)
    c = code(coder, "Senator Susan Collins said the Pentagon's spending rules were not counterproductive.")
    assert not any(e.cameo.startswith("11") for e in c.events)


def test_judging_the_weather_criticises_no_one(coder):
    c = code(coder, "Senator Susan Collins said the storm was devastating and the flood damage "
                    "disproportionate.")
    assert not any(e.cameo.startswith("11") for e in c.events)


# ---------------------------------------------------------------- the party judged is the story's topic
def test_a_virtue_denied_of_what_the_story_tells_criticises_its_author(coder):
    c = code(coder, "The Kremlin expelled two British diplomats on Monday. \"This is not legitimate,\" "
                    "Foreign Secretary Boris Johnson said.")
    said = speech_events(c)
    assert [(e.cameo, e.source.code, e.target.code) for e in said] == [("111", "GBRGOV", "RUSGOV")]
    assert "speech:disparaging+topic=legitimate" in said[0].rule


def test_a_judging_word_denied_of_the_topic_criticises_no_one(coder):
    for quote in ("This is not bad", "I do not think this is fair"):
        c = code(coder, f"The Kremlin expelled two British diplomats on Monday. \"{quote},\" Foreign "
                        "Secretary Boris Johnson said.")
        assert speech_events(c) == []


# ---------------------------------------------------------------- phrases under a negation
def test_a_phrase_of_judgement_under_a_negation_accuses_no_one(coder):
    c = code(coder, "Senator Susan Collins said the Pentagon was in breach of the law.")
    assert ("112", "USALEG", "USAMIL") in triples(c)
    c = code(coder, "Senator Susan Collins said the Pentagon was not in breach of the law.")
    assert not any(e.cameo.startswith("11") for e in c.events)


# ---------------------------------------------------------------- whom a judged act is aimed at
def test_whom_a_judged_measure_is_aimed_at_is_not_the_one_judged(coder):
    c = code(coder, "Senator Susan Collins said the sanctions against Iran were illegal.")
    assert not any(e.cameo.startswith("11") for e in c.events)
    c = code(coder, "Senator Susan Collins said the Pentagon's sanctions against Iran were illegal.")
    assert [e.target.code for e in speech_events(c)] == ["USAMIL"]


# ---------------------------------------------------------------- naming a party with a judgement
def test_calling_a_party_a_name_the_parse_reads_as_a_second_object_is_criticism(coder):
    c = code(coder, "Senator Bob Casey called Trump a liar.")
    assert triples(c) == [("111", "USALEG", "USAELI")]  # not a telephone call (041)
    c = code(coder, "Senator Bob Casey called Trump on Tuesday.")
    assert [e.cameo for e in c.events] == ["041"]


def test_calling_a_party_reckless_when_the_parse_folds_the_name_into_the_predicate(coder):
    c = code(coder, "Senator Bob Casey called Trump reckless.")
    assert triples(c) == [("111", "USALEG", "USAELI")]
    c = code(coder, "Senator Bob Casey called Trump brave.")
    # a naming in words of praise is no criticism; it is praise (051: test_coder_praise_naming)
    assert triples(c) == [("051", "USALEG", "USAELI")]


def test_a_dehumanising_name_for_a_people_is_criticism(coder):
    c = code(coder, "Israeli lawmaker Avi Cohen described the Palestinians as insects.")
    assert [(e.cameo, e.target.code[:3]) for e in c.events] == [("111", "PSE")]
    c = code(coder, "Israeli lawmaker Avi Cohen described the Palestinians as neighbours.")
    assert c.events == []


# ---------------------------------------------------------------- blame: another party's deed did harm
def test_saying_another_partys_policy_caused_harm_blames_that_party(coder):
    c = code(coder, "Biden says Russia's energy policies have caused European factories to shut down.")
    assert ("11", "USAGOV", "RUS") in acts(c)
    c = code(coder, "The opposition leader said the government's reforms have led to shortages of medicine.")
    assert any(r == "11" and t and t.endswith("GOV") for r, _s, t in acts(c))


def test_a_harm_verb_with_a_party_as_its_subject_blames_it(coder):
    c = code(coder, "Senator Elizabeth Warren said the Pentagon has hurt thousands of small businesses.")
    assert ("11", "USALEG", "USAMIL") in acts(c)


def test_harm_by_no_party_or_harm_forecast_is_no_blame(coder):
    for text in ("Senator Elizabeth Warren said the storm damaged hundreds of homes.",
                 "Senator Elizabeth Warren said Amazon's plan could hurt small businesses.",
                 "Senator Elizabeth Warren said Amazon has not hurt small businesses.",
                 "Senator Elizabeth Warren said her own bill has cost the Treasury money."):
        assert not any(r == "11" for r, _s, _t in acts(code(coder, text))), text


def test_a_suspects_harm_told_by_police_stays_their_account(coder):
    c = code(coder, "DAYTON, Ohio -- A burglar broke into a store overnight. The burglar also damaged a "
                    "vending machine while trying to open it, Sgt. Mark Hollis said.")
    assert not any(e.rule.endswith("speech:blame]/verb") for e in c.events)


# ---------------------------------------------------------------- refusal: the speaker's side won't
def test_the_speakers_side_will_not_cooperate_is_a_refusal(coder):
    c = code(coder, "Iran's foreign minister said Tehran would not negotiate with Washington under pressure.")
    assert ("12", "IRNGOV", "USA") in acts(c)
    c = code(coder, "Zelensky said Ukraine will never recognise Russia's annexation of Crimea.")
    assert ("12", "UKRGOV", "RUS") in acts(c)


def test_the_speakers_side_will_not_bow_to_pressure_is_a_refusal(coder):
    c = code(coder, "Prime Minister Stephen Harper declared that Canada would not be intimidated by Russian "
                    "bombers.")
    assert any(r == "12" and s == "CANGOV" and t and t.startswith("RUS") for r, s, t in acts(c))


def test_what_did_not_happen_or_what_another_party_wont_do_is_no_refusal(coder):
    for text in ("Zelensky said Ukraine did not negotiate with Russia.",
                 "Zelensky said Russia will not negotiate with Ukraine."):
        assert not any(r == "12" for r, _s, _t in acts(code(coder, text))), text


# ---------------------------------------------------------------- fault found in hindsight: "should have"
def test_should_have_done_is_criticism_of_its_subject_not_an_appeal(coder):
    c = code(coder, "Senator Susan Collins said the White House should have acted much sooner.")
    assert ("11", "USALEG", "USAGOV") in acts(c)
    assert not any(r == "02" for r, _s, _t in acts(c))
    c = code(coder, "Senator Susan Collins said no changes should have been made by the Pentagon.")
    assert ("11", "USALEG", "USAMIL") in acts(c)


def test_more_could_have_been_done_faults_whom_the_story_is_on(coder):
    c = code(coder, "The Pentagon set up a task force on the barracks. Senator Susan Collins stressed that "
                    "she believed more measures could have been taken.")
    assert ("11", "USALEG", "USAMIL") in acts(c)


def test_should_act_is_still_an_appeal_and_own_hindsight_faults_no_one(coder):
    c = code(coder, "Senator Susan Collins said the White House should act sooner.")
    assert ("02", "USALEG", "USAGOV") in acts(c)
    for text in ("The Pentagon set up a task force on the barracks. Senator Susan Collins said we should "
                 "have been told.",
                 "Senator Susan Collins said the Pentagon could have won the war."):
        assert not any(r == "11" for r, _s, _t in acts(code(coder, text))), text


# ---------------------------------------------------------------- support expressed (051)
@pytest.mark.parametrize(("text", "target"), [
    ("Germany reiterated its support for the Kyiv government.", "UKRGOV"),
    ("The French president voiced his support for NATO on Friday.", "IGOWSTNAT"),
    ("Britain pledged its full support to Kenya after the vote.", "KEN"),
    ("Labour unions threw their support behind Mayor Eric Adams.", "USAGOV"),
])
def test_support_expressed_for_a_political_actor_endorses_it(coder, text, target):
    c = code(coder, text)
    assert [(e.cameo, e.target.code) for e in c.events if e.cameo == "051"] == [("051", target)]


@pytest.mark.parametrize("text", [
    "The senator expressed support for sanctions on Russia.",
    "The senator voiced support for the bill on Tuesday.",
    "The governor expressed support for the victims' families.",
    "France pledged military support for Ukraine.",
])
def test_support_for_a_measure_or_for_victims_endorses_no_actor(coder, text):
    assert not any(e.cameo == "051" for e in code(coder, text).events)


def test_support_provided_is_no_endorsement(coder):
    # "provided support" is aid (07), not words of backing
    c = code(coder, "The United States provided support for Ukraine.")
    assert not any(e.cameo == "051" for e in c.events)


# ---------------------------------------------------------------- concern voiced about an actor (11)
@pytest.mark.parametrize(("text", "dyad"), [
    ("Germany voiced concerns over Israel's offensive in Gaza.", ("11", "DEU", "ISR")),
    ("Senator Marco Rubio expressed concern about Exxon Mobil on Sunday.", ("11", "USA", "USA")),
])
def test_concern_voiced_about_an_actor_is_disapproval(coder, text, dyad):
    assert dyad in root_dyads(code(coder, text))


@pytest.mark.parametrize("text", [
    "The minister expressed concern about the economy.",
    "The mayor expressed concern for the victims' families.",
    "Residents raised concerns about the new casino.",
    "The fire caused concern about Exxon Mobil.",
])
def test_concern_about_no_actor_or_by_no_political_actor_is_no_event(coder, text):
    assert not any(e.root == "11" for e in code(coder, text).events)


# ---------------------------------------------------------------- supportive of (051)
@pytest.mark.parametrize(("text", "dyad"), [
    ("Beijing remained supportive of Pyongyang.", ("05", "CHN", "PRK")),
    ("Germany has been supportive of the Ukrainian government.", ("05", "DEU", "UKR")),
])
def test_being_supportive_of_a_political_actor_backs_it(coder, text, dyad):
    assert dyad in root_dyads(code(coder, text))


@pytest.mark.parametrize("text", [
    "The governor was supportive of the plan.",
    "The charity has been supportive of the victims.",
])
def test_being_supportive_of_a_plan_or_of_victims_backs_no_actor(coder, text):
    assert not any(e.cameo == "051" for e in code(coder, text).events)


# ---------------------------------------------------------------- pleased with or grateful to an actor (051)
@pytest.mark.parametrize(("text", "dyad"), [
    ("The Kenyan minister was pleased with the Ghanaian government's offer.", ("05", "KEN", "GHA")),
    ("The Kenyan foreign minister was grateful to Japan.", ("05", "KEN", "JPN")),
])
def test_pleased_with_or_grateful_to_a_political_actor_praises_it(coder, text, dyad):
    assert dyad in root_dyads(code(coder, text))
    for other in ("The Kenyan minister was pleased with the result.",  # no one it is about
                  "The Kenyan minister was grateful for the rain."):
        assert not any(e.cameo == "051" for e in code(coder, other).events)


# ---------------------------------------------------------------- concerned about an actor's conduct (11)
def test_a_government_concerned_about_anothers_conduct_disapproves(coder):
    c = code(coder, "Germany is deeply concerned about Israel's offensive in Rafah, the ministry said.")
    assert ("11", "DEU", "ISR") in [(e.cameo[:2], e.source.code[:3], e.target.code[:3]) for e in c.events
                                    if e.target is not None]


def test_concerns_one_has_about_an_actor(coder):
    c = code(coder, "Berlin has serious concerns about Israel's offensive in Rafah.")
    assert [(e.source.code[:3], e.target.code[:3]) for e in c.events if e.cameo[:2] == "11"] == \
        [("DEU", "ISR")]


def test_concern_for_someones_welfare_is_no_disapproval(coder):
    c = code(coder, "Egypt is only concerned about Sudan's interests and the welfare of its people.")
    assert not [e for e in c.events if e.cameo.startswith("11")]
    c = code(coder, "Russia voiced concern about the safety of Russian citizens in Ukraine.")
    assert not [e for e in c.events if e.cameo.startswith("11")]


def test_concerned_that_or_about_no_actor_is_a_mood(coder):
    c = code(coder, "Police in Queensland are concerned about a rise in youth crime.")
    assert not [e for e in c.events if e.cameo.startswith("11")]
    c = code(coder, "French officials are concerned that the bill would create funding gaps.")
    assert not [e for e in c.events if e.cameo.startswith("11")]


# ---------------------------------------------------------------- claims turned down in speech
def test_a_named_request_called_unrealistic_is_a_rejection(coder):
    c = code(coder, "The interior minister said the opposition's demand for early elections was unrealistic.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("120", "GOV", "OPP")]


def test_a_state_of_affairs_called_unacceptable_is_not_a_rejection(coder):
    c = code(coder, "The Senate committee criticized the ministry on Monday. The committee says this is "
                    "totally unacceptable.")
    assert not any(e.cameo == "120" for e in c.events)


def test_the_dismissed_claim_is_not_coded_as_an_act_of_its_own(coder):
    c = code(coder, "The finance minister said the union's demand for a pay rise was baseless.")
    assert [e.root for e in c.events] == ["12"]
    assert not any(e.root == "10" for e in c.events)


# ---------------------------------------------------------------- a judging adjective that only intensifies
def test_of_extreme_importance_judges_no_one(coder):
    c = code(coder, "The Dutch trade minister criticised Beijing on Monday. The rules of world trade are of "
                    "extreme importance, he said.")
    assert not any(e.trigger.text == "said" for e in c.events)


def test_extreme_said_of_the_tariffs_still_criticises(coder):
    c = code(coder, "China has criticised the new US tariffs. The tariffs are extreme and reckless, the "
                    "Chinese commerce minister said.")
    assert any(e.trigger.text == "said" and e.root == "11" for e in c.events)


# ---------------------------------------------------------------- criticism received
def test_criticism_behind_a_preposition_comes_from_the_party_after_from(coder):
    c = code(coder, "Russian President Vladimir Putin came under sharp criticism from the opposition party "
                    "Yabloko on Monday.")
    assert ("11", "RUS", "RUS") in root_dyads(c)
    assert any(e.source.code.endswith("OPP") and e.target.code == "RUSGOV" for e in c.events)
    c = code(coder, "Finnish Health Minister Anna Virtanen came in for heavy criticism from trade unions "
                    "last night.")
    assert ("111", "FINLAB", "FINGOV") in triples(c)


def test_criticism_measured_out_in_days_or_a_barrage(coder):
    c = code(coder, "The Russian governor of Tver quit on Friday after enduring a week of harsh criticism "
                    "from United Russia over the budget.")
    assert ("111", "RUSPTY", "RUSGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz faced a barrage of criticism from German trade unions.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)


def test_criticism_with_no_one_it_comes_from_is_no_event(coder):
    c = code(coder, "German Chancellor Olaf Scholz came under sharp criticism last week after the vote.")
    assert not any(e.cameo.startswith("11") for e in c.events)


def test_under_fire_or_attack_from_a_party_is_criticism(coder):
    c = code(coder, "German Chancellor Olaf Scholz is under fire from German trade unions over the budget.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz came under attack from German farmers' unions on Monday.")
    assert ("11", "DEU", "DEU") in root_dyads(c)
    c = code(coder, "German Chancellor Olaf Scholz faced a storm of criticism from German trade unions.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)


def test_under_attack_from_fighters_is_force_not_words(coder):
    c = code(coder, "Syrian army positions came under attack from Islamic State fighters on Monday.")
    assert [e.cameo[:2] for e in c.events] == ["19"]


# ---------------------------------------------------------------- pressure and calls received
def test_pressure_from_a_party_is_its_demand(coder):
    c = code(coder, "The Irish government is under pressure from Irish trade unions to hold an election.")
    assert ("100", "IRLLAB", "IRLGOV") in triples(c)
    c = code(coder, "Irish Prime Minister Leo Varadkar faced mounting pressure from the Irish opposition.")
    assert ("100", "IRLOPP", "IRLGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz faced calls from German trade unions to resign.")
    assert ("10", "DEU", "DEU") in root_dyads(c)


def test_pressure_from_troops_or_from_no_one_is_no_demand(coder):
    c = code(coder, "Ukrainian troops are under pressure from Russian forces near Bakhmut.")
    assert not any(e.cameo.startswith("10") for e in c.events)
    c = code(coder, "Irish Prime Minister Leo Varadkar is under growing pressure over the housing crisis.")
    assert not any(e.cameo.startswith("10") for e in c.events)


def test_criticism_on_the_part_of_a_party_comes_from_it(coder):
    c = code(coder, "Hungarian Prime Minister Viktor Orban drew sharp criticism on the part of the "
                    "European Union.")
    assert ("111", "IGOEUREEC", "HUNGOV") in triples(c)
    c = code(coder, "Hungary's parliament passed a media law on Tuesday. The law drew sharp criticism on the "
                    "part of Hungarian journalists.")
    assert ("111", "HUNMED", "HUNGOV") in triples(c)
    c = code(coder, "Hungary's parliament passed a media law on Tuesday. The law drew sharp criticism, "
                    "for the most part from Hungarian journalists.")
    assert not any(e.source and e.source.code.startswith(("IGO", "USA")) for e in c.events)


# ---------------------------------------------------------------- more ways to tell criticism received
def test_backlash_flak_and_wrath_from_a_party_are_criticism(coder):
    c = code(coder, "German Chancellor Olaf Scholz drew flak from German trade unions.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)
    c = code(coder, "The German chancellor's plan sparked a backlash from German farmers' unions.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz drew the ire of German trade unions on Monday.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz incurred the wrath of German trade unions on Monday.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)


def test_criticism_of_someone_names_whom_not_who(coder):
    c = code(coder, "German Chancellor Olaf Scholz drew criticism of his plan on Monday.")
    assert not any(e.cameo.startswith("11") for e in c.events)
    c = code(coder, "German Chancellor Olaf Scholz faced a backlash over the plan.")
    assert not any(e.cameo.startswith("11") for e in c.events)


# ---------------------------------------------------------------- a petitioner's warning
def test_a_warning_of_a_danger_faults_no_government(coder):
    c = code(coder, "The Irish Vintners Federation has warned that 50,000 pub jobs are now at risk.")
    assert "11" not in _roots(c, "warned")
    c = code(coder, "A Lebanese lawmaker warned that much remained to be done to mend ties with Syria.")
    assert "11" not in _roots(c, "warned")


def test_a_warning_against_a_course_still_faults_the_government(coder):
    c = code(coder, "The Irish Vintners Federation has warned that the new excise tax will cost 50,000 jobs.")
    assert [(e.root, e.target.code) for e in c.events if e.trigger.text == "warned"] == [("11", "IRLGOV")]
    c = code(coder, "The Irish Vintners Federation warned against raising the excise duty on beer.")
    assert [(e.root, e.target.code) for e in c.events if e.trigger.text == "warned"] == [("11", "IRLGOV")]


# ---------------------------------------------------------------- a course judged in general
def test_judging_a_course_no_one_takes_faults_no_party(coder):
    c = code(coder, "The National Union of Students criticised universities in England over online teaching. "
                    "The union's president says it is unfair to expect students to stay quietly on campus.")
    assert [e for e in c.events if e.trigger.text == "says"] == []


def test_judging_a_named_party_s_plan_still_faults_it(coder):
    c = code(coder, "The National Union of Students criticised the universities minister in England. "
                    "The union's president says the minister's plan is unfair.")
    assert [(e.root, e.target.code) for e in c.events if e.trigger.text == "says"] == [("11", "GBRGOV")]


# ---------------------------------------------------------------- a phrase of judgement, no one named in it
def test_a_phrase_of_judgement_faults_whom_the_story_is_about(coder):
    c = code(coder, "President Trump announced new tariffs on steel imports. Raising tariffs again is "
                    "\"an economic dead end,\" Sen. Ron Wyden said.")
    assert _said(c) == [("11", "USALEG", "USAGOV")]


def test_whom_a_judged_effect_bears_on_is_not_at_fault(coder):
    c = code(coder, "Senate Democrats proposed stricter rules for reporters. Sen. Marty Seifert said the "
                    "rules had \"a chilling effect\" on the press.")
    assert all(t != "MED" for _r, _s, t in _said(c))


# ---------------------------------------------------------------- a virtue its holder has none of
def test_a_party_said_to_have_no_legitimate_right_is_criticised(coder):
    c = code(coder, "Sen. Maria Lopez said the governor had no legitimate right to stay in office.")
    assert [(r, t) for r, _s, t in _said(c)] == [("11", "GOV")]
    c = code(coder, "Sen. Maria Lopez said the ministry has no credible plan to repair the roads.")
    assert [(r, t) for r, _s, t in _said(c)] == [("11", "GOV")]


# ---------------------------------------------------------------- documents speak for their authors
def test_a_statement_from_a_ministry_speaks_for_the_ministry(coder):
    c = code(coder, "A statement from the Kenyan foreign ministry accused Somalia of meddling.")
    assert ("112", "KENGOV", "SOM") in [(e.cameo[:3], e.source.code, e.target.code[:3]) for e in c.events]


# ---------------------------------------------------------------- the doer of the act faulted
def test_condemning_an_act_done_by_someone_faults_its_doer(coder):
    # the parse hangs "by Egyptian police" on "condemned"; it names who made the arrests
    c = code(coder, "The French foreign minister condemned the arrests by Egyptian police.")
    assert ("111", "FRAGOV", "EGYCOP") in triples(c)


def test_condemning_by_a_means_names_no_target(coder):
    c = code(coder, "The French foreign minister condemned the arrests by telephone.")
    assert not [e for e in c.events if e.root == "11" and e.target is not None]


# ---------------------------------------------------------------- acting in support of someone
def test_acting_in_support_of_a_political_actor_endorses_it(coder):
    c = code(coder, "Two senators testified in support of the nominee, Judge Ana Ruiz.")
    assert [r[0] for r in root_dyads(c)] == ["05"]
    c = code(coder, "Senator Ted Cruz wrote to the appeals court in support of Governor Greg Abbott.")
    assert ("051", "USALEG", "USAGOV") in triples(c)


def test_in_support_of_a_bill_or_an_offensive_endorses_no_one(coder):
    c = code(coder, "The council voted in support of the bill on Tuesday.")
    assert not [x for x in codes(c) if x.startswith("05")]
    c = code(coder, "American jets flew missions in support of the Iraqi army's military offensive.")
    assert not [x for x in codes(c) if x.startswith("05")]


# ---------------------------------------------------------------- the violence an accusation names
def test_a_party_accusing_another_of_violence_codes_both_acts(coder):
    c = code(coder, "Moscow accused Ukraine of shelling the nuclear power plant on Sunday.")
    assert ("11", "RUS", "UKR") in acts_s24f(c)
    assert any(r == "19" and s == "UKR" for r, s, _t in acts_s24f(c))
    c = code(coder, "London has accused Moscow of poisoning a former spy and his daughter.")
    assert any(r == "11" for r in roots(c)) and any(r == "18" and s == "RUS" for r, s, _t in acts_s24f(c))


def test_an_accusation_of_something_other_than_violence_codes_only_the_accusation(coder):
    c = code(coder, "The senator accused the governor of ignoring the flood warnings.")
    assert roots(c) == {"11"}
    c = code(coder, "Beijing accused Washington of spreading lies about its trade policy.")
    assert roots(c) == {"11"}


# ---------------------------------------------------------------- a naming that dismisses a claim
def test_calling_accusations_baseless_rejects_them(coder):
    c = code(coder, "The Kremlin called the British accusations absurd.")
    assert ("12", "RUSGOV", "GBR") in acts_s24f(c)
    c = code(coder, "The judge called the prosecutors' request to delay the trial unreasonable.")
    assert "12" in roots(c) and "11" not in roots(c)


def test_calling_a_plan_or_a_person_names_is_still_criticism(coder):
    c = code(coder, "Senator Warren called the governor's plan reckless.")
    assert roots(c) == {"11"}
    c = code(coder, "The minister called the accusations a sign of weakness.")
    assert "12" not in roots(c)


# ---------------------------------------------------------------- 112: violations and laundering of a party
def test_saying_a_party_committed_violations_accuses_it(coder):
    c = code(coder, "Senator Ellen Marsh said Governor Tom Reeve committed serious violations of state law.")
    assert [(e.cameo, e.target.sector) for e in c.events if e.trigger.text == "said"] == [("112", "GOV")]


def test_saying_a_mayor_took_part_in_money_laundering_accuses_him(coder):
    c = code(coder, "Senator Ellen Marsh said Mayor Dan Ortiz took part in money laundering for years.")
    assert [e.cameo for e in c.events if e.trigger.text == "said"] == ["112"]


# ---------------------------------------------------------------- what a clause opened by "that" is judged
def test_an_act_judged_in_a_that_clause_is_not_its_doers_statement(coder):
    c = code(coder, 'The Honduran president told reporters: "It is shameful that Washington has declared a '
                    'unilateral trade alert without any evidence."')
    assert [(e.cameo, e.trigger.text) for e in c.events] == [("111", "told")]
    c = code(coder, "The senator said it is unacceptable that the agency has reported fake figures.")
    assert [e.trigger.text for e in c.events] == ["said"]


# ---------------------------------------------------------------- symptoms are no one's failing
def test_symptoms_health_officials_report_fault_no_one(coder):
    c = code(coder, "The food agency recalled spinach from a farm in Ohio. Health officials report that the "
                    "symptoms from eating the spinach are kidney failure and fever.")
    assert not [e for e in c.events if e.trigger.text == "report"]

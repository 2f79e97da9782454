"""Coder v2, 20th session: over-coding found reading main's events on unseen pages (every sentence here is
ours, written for the test)."""

from __future__ import annotations

from coded_events import code


def modalities(coded, cameo_root):
    return [e.modality for e in coded.events if e.cameo.startswith(cameo_root)]


# ---------------------------------------------------------------- modality
def test_an_embedded_yes_no_question_is_not_an_act(coder):
    c = code(coder, "A jury in Ohio was picked to determine whether the woman murdered her husband.")
    assert modalities(c, "18") and all(m == "hypothetical" for m in modalities(c, "18"))
    c = code(coder, "Detectives in Texas asked if the driver had attacked the officer.")
    assert modalities(c, "18") and all(m == "hypothetical" for m in modalities(c, "18"))


def test_a_question_word_that_takes_the_act_as_given_keeps_it(coder):
    # "why" presupposes the arrest; a time clause is no question
    c = code(coder, "Police in Ohio did not explain why they arrested the protester.")
    assert "asserted" in modalities(c, "17")
    c = code(coder, "Police in Ohio arrested the man after he stabbed his neighbour.")
    assert modalities(c, "17") == ["asserted"]


def test_every_infinitive_of_a_failure_is_not_done(coder):
    c = code(coder, "Those regulators failed to spot, warn about or stop the 2019 fraud.")
    assert modalities(c, "01") == ["negated"]
    c = code(coder, "The regulator warned about the fraud.")
    assert modalities(c, "01") == ["asserted"]


def test_a_finite_verb_after_a_failure_is_done(coder):
    c = code(coder, "The man failed to pay the fine and was arrested by police in Ohio.")
    assert modalities(c, "17") == ["asserted"]


# ---------------------------------------------------------------- sense: coercion and blows
def codes(coded):
    return [e.cameo for e in coded.events]


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


# ---------------------------------------------------------------- routine police work
def inquiries(coded):
    return [e for e in coded.events if e.root == "09"]


def test_an_inquiry_into_an_accident_told_afterwards_is_routine(coder):
    c = code(coder, "A pensioner died in Dayton, Ohio, on Monday after a van reversed into her. Police are "
                    "still investigating. \u201cIt seems to have been a tragic accident,\u201d he said.")
    assert inquiries(c) == []


def test_no_foul_play_outweighs_a_shooting(coder):
    c = code(coder, "A hunter was found dead with a gunshot wound near Erie, Pennsylvania, after a shooting. "
                    "No foul play is suspected. State police are investigating.")
    assert inquiries(c) == []


def test_an_inquiry_into_a_crime_stays_an_inquiry(coder):
    c = code(coder, "A man was stabbed in Dayton, Ohio, on Monday. Police are investigating the stabbing. "
                    "A car crash on the same street hurt no one.")
    assert [e.cameo for e in inquiries(c)] == ["091"]


# ---------------------------------------------------------------- actor countries
def test_a_destination_gives_no_country_to_the_police(coder):
    c = code(coder, "The asylum seeker was detained by police and expelled to Turkey.")
    assert c.events and all(e.source is None or not (e.source.code or "").startswith("TUR") for e in c.events)


def test_a_destination_that_is_the_scene_keeps_its_country(coder):
    c = code(coder, "The suspect was extradited to Brazil, where police arrested him.")
    assert ("173", "BRACOP") in [(e.cameo, e.source.code) for e in c.events]


def test_the_place_of_an_arrest_still_gives_the_police_their_country(coder):
    c = code(coder, "Police arrested the man in Ankara before he could flee to Greece.")
    assert ("173", "TURCOP") in [(e.cameo, e.source.code) for e in c.events]


# ---------------------------------------------------------------- a page that prints its story twice
def arrests(coded):
    return [e.sentence_index for e in coded.events if e.cameo == "173"]


def test_a_sentence_printed_twice_is_coded_once(coder):
    c = code(coder, "Police in Toronto arrested a young man on the streetcar on Monday. He was released. "
                    "Police in Toronto arrested a young man on the streetcar on Monday.")
    assert arrests(c) == [0]


def test_two_like_reports_that_differ_are_both_coded(coder):
    c = code(coder, "Police in Toronto arrested a young man on the streetcar on Monday. He was released. "
                    "Police in Toronto arrested a young woman on the subway on Tuesday.")
    assert arrests(c) == [0, 2]

"""Coder v2, session 24f: sentences with two acts (an accusation and the violence it names, a speech and the
act it reports). Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def acts(coded):
    """(root, source code, target code) of each event stated as done or claimed."""
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in coded.events
            if str(e.modality) in ("asserted", "claimed")]


def roots(coded):
    return {r for r, _s, _t in acts(coded)}


# ---------------------------------------------------------------- the violence an accusation names
def test_a_party_accusing_another_of_violence_codes_both_acts(coder):
    c = code(coder, "Moscow accused Ukraine of shelling the nuclear power plant on Sunday.")
    assert ("11", "RUS", "UKR") in acts(c)
    assert any(r == "19" and s == "UKR" for r, s, _t in acts(c))
    c = code(coder, "London has accused Moscow of poisoning a former spy and his daughter.")
    assert any(r == "11" for r in roots(c)) and any(r == "18" and s == "RUS" for r, s, _t in acts(c))


def test_prosecutors_charging_a_man_with_a_killing_code_the_charge_only(coder):
    # a criminal charge is the event; its crime is the charge's content (dev gold: "prosecutors charged
    # Chesnut with robbing a credit union" is 173 only)
    c = code(coder, "Prosecutors in Leeds charged two men on Friday with killing a shopkeeper.")
    assert roots(c) == {"17"}


def test_an_accusation_of_something_other_than_violence_codes_only_the_accusation(coder):
    c = code(coder, "The senator accused the governor of ignoring the flood warnings.")
    assert roots(c) == {"11"}
    c = code(coder, "Beijing accused Washington of spreading lies about its trade policy.")
    assert roots(c) == {"11"}


# ---------------------------------------------------------------- a witness's account of violence
WAR_STORY = ("Kharkiv was shelled again in Ukraine on Monday, Ukrainian officials said. Ukrainian troops are "
             "in the city. ")


def test_a_named_witness_telling_of_another_sides_violence_accuses_it(coder):
    c = code(coder, WAR_STORY + "Olena Petrenko said Russian soldiers shot her neighbour in the street.")
    assert ("11", "UKRCVL", "RUSMIL") in acts(c)
    assert any(r == "19" and s == "RUSMIL" for r, s, _t in acts(c))


def test_a_witness_is_not_made_an_accuser_of_his_own_side_or_of_a_private_person(coder):
    c = code(coder, WAR_STORY + "Olena Petrenko said Ukrainian soldiers helped her neighbour across a river.")
    assert "11" not in roots(c)
    c = code(coder, "Police in Ohio arrested a man on Monday. John Smith said the man beat him with a bat.")
    assert "11" not in roots(c)


# ---------------------------------------------------------------- a naming that dismisses a claim
def test_calling_accusations_baseless_rejects_them(coder):
    c = code(coder, "The Kremlin called the British accusations absurd.")
    assert ("12", "RUSGOV", "GBR") in acts(c)
    c = code(coder, "The judge called the prosecutors' request to delay the trial unreasonable.")
    assert "12" in roots(c) and "11" not in roots(c)


def test_calling_a_plan_or_a_person_names_is_still_criticism(coder):
    c = code(coder, "Senator Warren called the governor's plan reckless.")
    assert roots(c) == {"11"}
    c = code(coder, "The minister called the accusations a sign of weakness.")
    assert "12" not in roots(c)

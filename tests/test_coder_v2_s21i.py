"""Coder v2, session 21i: private requests and non-political help are no events. Every sentence here is
ours, written for the test."""

from __future__ import annotations

from coded_events import code


def roots(coded):
    """The roots of the events coded in ``coded``."""
    return [e.cameo[:2] for e in coded.events]


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


# ------------------------------------------------------------- riot control is repression (175), not a fight
def test_police_firing_smoke_grenades_or_pepper_balls_at_protesters_is_riot_control(coder):
    for text in ("Riot police fired smoke grenades at protesters in Hong Kong on Sunday.",
                 "Police fired pepper balls at demonstrators in Portland."):
        assert [e.cameo for e in code(coder, text).events] == ["175"], text


def test_troops_firing_on_fighters_stay_a_fight(coder):
    c = code(coder, "Israeli troops fired on Hamas fighters in Gaza.")
    assert roots(c) == ["19"]


def test_a_request_to_a_political_addressee_is_no_private_request(coder):
    c = code(coder, "The European Union urged Serbia and Kosovo to return to the negotiating table.")
    assert {e.target.code for e in c.events if e.cameo[:2] == "02"} >= {"SRB"}
    c = code(coder, "The president asked the senators to join his party.")
    assert [e.cameo[:2] for e in c.events] == ["02"]


def test_aid_agencies_help_in_a_disaster_abroad_is_humanitarian_aid(coder):
    c = code(coder, "Aid agencies delivered medicine and tents to earthquake survivors in Morocco.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("073", "MARCVL")]

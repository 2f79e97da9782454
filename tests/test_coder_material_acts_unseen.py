"""Coder v2: material acts read wrongly on pages nobody tuned on (session 35). An evacuation is no aid
(evacuations are not coded, coding guide §1); a private traveller's trip is no visit, as for the verb; people
of a nation expelled in a passive with a quantity ("thousands of X were expelled") are deported (174), not
diplomats expelled; a deal worked out with another body is the agreement (057), not a consultation; anyone
pushing a person into something assaults him (182), not a battle (190).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def test_an_evacuation_is_no_humanitarian_aid(coder):
    text = "Pakistani army units evacuated thousands of villagers from the flooded valley."
    got = triples(code(coder, text))
    assert not [t for t in got if t[0].startswith("07")], got


def test_a_private_travellers_trip_is_no_visit_but_a_ministers_is(coder):
    for text in ("The American journalist made her first trip to Gaza last week.",
                 "Twenty Norwegian students made a trip to Kenya in March."):
        assert not triples(code(coder, text), "04"), (text, triples(code(coder, text)))
    got = triples(code(coder, "The Spanish prime minister's trip to Morocco was cut short."), "04")
    assert got and got[0][0] == "042", got


def test_people_of_a_nation_expelled_in_a_passive_with_a_quantity_are_deported(coder):
    got = triples(code(coder, "Hundreds of Guatemalans were expelled from Mexico last month."))
    assert got and got[0][0] == "174", got


def test_a_deal_worked_out_with_another_body_is_an_agreement(coder):
    got = triples(code(coder, "The mayor of Dayton worked out a deal with the Ohio governor."))
    assert got and got[0][0] == "057", got


def test_pushing_a_person_into_something_is_an_assault(coder):
    got = triples(code(coder, "Chicago police officers pushed a woman face-first into a patrol car."))
    assert got and got[0][0] == "182", got

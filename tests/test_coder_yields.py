"""Coder v2: concessions and retreats (CAMEO 08, yield) and their stated intents (035x): ceasefires, disarming
and halted protests made toward no one named, promises to end a curfew, acceding to demands, concessions.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def by_code(coded, prefix):
    """(code, source code, target code) of the events whose code starts with ``prefix``."""
    return [t for t in triples(coded) if t[0].startswith(prefix)]


# ---------------------------------------------------------------- yields toward the government implied
def test_an_armed_groups_truce_with_no_one_named_is_made_to_its_government(coder):
    c = code(coder, "Maoist rebels in Nepal declared a three-month truce on Friday.")
    assert by_code(c, "08") == [("0871", "NPLREB", "NPLGOV")]


def test_an_armed_groups_agreement_to_disarm_is_an_intent_to_de_escalate(coder):
    c = code(coder, "The rebels in Mali agreed on Tuesday to lay down their weapons.")
    assert by_code(c, "03") == [("0356", "MLIREB", "MLIGOV")]


def test_a_movement_suspending_its_protests_eases_dissent_toward_its_government(coder):
    c = code(coder, "The Georgian opposition suspended its street protests for ten days.")
    assert by_code(c, "08") == [("082", "GEOOPP", "GEOGOV")]
    c = code(coder, "Opposition leaders in Kenya agreed to call off the demonstrations.")
    assert by_code(c, "03") == [("0352", "KENOPP", "KENGOV")]


def test_police_halting_a_march_or_gunmen_fleeing_yield_to_no_government(coder):
    c = code(coder, "Police in Lagos halted the march outside the governor's office.")
    assert by_code(c, "08") == []
    c = code(coder, "Two gunmen fled the scene in Kano before officers arrived.")
    assert [t for t in by_code(c, "08") if t[2] is not None] == []  # an escape: to no one


# ---------------------------------------------------------------- a promise to end a curfew
def test_an_authoritys_promise_to_end_a_curfew_is_an_intent_to_ease_it(coder):
    c = code(coder, "The governor of Lagos promised on Sunday to end the nightly curfew.")
    assert by_code(c, "035") == [("0351", "NGAGOV", "NGACVL")]


# ---------------------------------------------------------------- demands acceded to, concessions
def test_giving_in_to_demands_accedes_to_whoever_made_them(coder):
    c = code(coder, "Serbia gave in to demands made by the European Union.")
    assert by_code(c, "08") == [("083", "SRB", "IGOEUREEC")]
    c = code(coder, "The Peruvian government agreed to the demands of the opposition.")
    assert by_code(c, "08") == [("083", "PERGOV", "PEROPP")]


def test_concessions_made_or_won_are_yields_by_the_giver(coder):
    c = code(coder, "Greece made concessions to Turkey over the disputed islands.")
    assert by_code(c, "08") == [("080", "GRC", "TUR")]
    c = code(coder, "The Hungarian opposition won concessions from the government.")
    assert by_code(c, "08") == [("080", "HUNGOV", "HUNOPP")]


# ---------------------------------------------------------------- withdrawals; truces signed together
def test_a_state_withdrawing_its_troops_retreats_from_where_they_were(coder):
    c = code(coder, "Chad withdrew its troops from Niger on Thursday.")
    assert by_code(c, "08") == [("0874", "TCD", "NER")]
    c = code(coder, "Moscow announced the withdrawal of its soldiers from Georgia.")
    assert [(k, s[:3], t[:3]) for k, s, t in by_code(c, "08")] == [("0874", "RUS", "GEO")]


def test_a_withdrawal_from_a_treaty_or_a_race_is_no_retreat(coder):
    for text in ("Canada announced its withdrawal from the Kyoto Protocol.",
                 "The senator announced his withdrawal from the Senate race."):
        assert by_code(code(coder, text), "087") == [], text


def test_a_truce_two_states_sign_binds_each_toward_the_other(coder):
    c = code(coder, "Ethiopia and Eritrea signed a ceasefire on Monday.")
    assert sorted(by_code(c, "08")) == [("0871", "ERI", "ETH"), ("0871", "ETH", "ERI")]

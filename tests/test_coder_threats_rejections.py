"""Coder v2: threats held out in reported speech, rejections of a deal aimed at its parties,
approval of another's policy, and officials named by their country after "in".

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def found(coded):
    """(code, source code, target code) of each event."""
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in coded.events]


def threats(coded):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.modality)
            for e in coded.events if e.cameo.startswith("13")]


# ---------------------------------------------------------------- a warning of what the speaker will do
def test_a_warning_that_the_speaker_will_arrest_someone_is_aimed_at_them(coder):
    for text in ("The government warned it would arrest the journalists.",
                 "The government warned that it would arrest the journalists."):
        assert [t[:3] for t in threats(code(coder, text))] == [("137", "GOV", "MED")], text


def test_a_warning_of_an_outcome_threatens_no_one(coder):
    c = code(coder, "The minister warned that prices would rise sharply next year.")
    assert not threats(c)


# ---------------------------------------------------------------- a hostile act held out by its own side
def test_an_act_of_force_held_out_on_a_condition_is_the_speakers_threat(coder):
    c = code(coder, "The interior minister said police would arrest the strikers if they blocked the port.")
    assert [t[0] for t in threats(c)] == ["137"]
    assert threats(c)[0][1] == "GOV" and threats(c)[0][3] == "threat"
    c = code(coder, "Chile's government said it would ban the opposition party if it continued its campaign.")
    assert [t[:3] for t in threats(c)] == [("1322", "CHLGOV", "CHLOPP")]


def test_what_one_s_own_side_could_do_is_a_threat(coder):
    c = code(coder, "The European Union says it could impose new sanctions on Belarus over the crackdown.")
    assert [t[:3] for t in threats(c)] == [("1312", "IGOEUREEC", "BLR")]


def test_a_state_announcing_its_own_retaliation_threatens(coder):
    c = code(coder, "Beijing said it would retaliate against Canada.")
    assert [t[:3] for t in threats(c)] == [("138", "CHN", "CAN")]


def test_another_party_s_forecast_is_no_threat(coder):
    for text in ("Analysts said Russia would attack Ukraine.",
                 "Analysts said the army would attack the rebels if the talks failed.",
                 "Georgia said Russian troops could attack Tbilisi."):
        assert not threats(code(coder, text)), text


def test_force_held_out_on_a_third_party_s_conduct_is_no_threat_to_the_target(coder):
    c = code(coder, "The president said the army would strike the rebels if Ethiopia sent troops.")
    assert not threats(c)


# ---------------------------------------------------------------- rejecting a deal aimed at its parties
def test_a_rejected_agreement_is_aimed_at_its_parties(coder):
    c = code(coder, "Chad rejected the peace agreement between Sudan and the rebels.")
    assert ("127", "TCD", "SDN") in found(c)
    c = code(coder, "Ottawa turned down a deal with Peru.")
    assert [(e.cameo[:2], e.target.code) for e in c.events] == [("12", "PER")]


def test_declined_assistance_to_a_country_is_aimed_at_it(coder):
    c = code(coder, "Norway declined humanitarian assistance to Yemen.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("122", "YEM")]


# ---------------------------------------------------------------- approving of another's policy
def test_approving_of_a_state_s_policy_endorses_it(coder):
    c = code(coder, "India approved of Ghana's policy on fishing.")
    assert found(c) == [("051", "IND", "GHA")]


def test_approving_a_budget_is_no_praise(coder):
    c = code(coder, "Parliament approved the budget on Tuesday.")
    assert not any(e.cameo.startswith("05") for e in c.events)


def test_approval_of_a_policy_in_a_headline_is_aimed_at_the_state(coder):
    c = code(coder, "Chile Approves of Ghana's Policy\n\nChile's minister said he backed it.")
    assert [(e.cameo, e.target.code) for e in c.events if e.sentence_index == 0] == [("051", "GHA")]


# ---------------------------------------------------------------- officials in a country
def test_officials_in_a_country_are_its_government(coder):
    c = code(coder, "Officials in Peru threatened to ban the opposition parties.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("1322", "PERGOV")]


def test_analysts_in_a_capital_are_no_government(coder):
    c = code(coder, "Analysts in Lima criticized the opposition.")
    assert not any(e.source is not None and e.source.code.endswith("GOV") for e in c.events)


# ---------------------------------------------------------------- the object two threatened acts share
def test_a_threat_of_two_acts_is_aimed_at_their_shared_object(coder):
    c = code(coder, "Police threatened to arrest and jail the journalists.")
    assert [t[:3] for t in threats(c)] == [("137", "COP", "MED")]

"""Coder v2 (session 20, a2): sources that were left unresolved (every sentence here is ours)."""

from __future__ import annotations

from coded_events import code, root_dyads, triples


# ---------------------------------------------------------------- a unit of a named body
def test_a_squad_or_team_of_a_body_acts_for_the_body(coder):
    c = code(coder, "Members of an FBI squad met British officials in London last summer.")
    assert ("040", "USASPY", "GBRGOV") in triples(c)
    c = code(coder, "A NATO team met Russian officials in Moscow on Tuesday.")
    assert ("040", "IGOWSTNAT", "RUSGOV") in triples(c)


def test_a_unit_of_an_armed_group_is_the_group(coder):
    c = code(coder, "A Hamas unit attacked Israeli troops near the border.")
    assert ("19", "PSE", "ISR") in root_dyads(c)


def test_a_unit_with_no_named_body_stays_unknown(coder):
    c = code(coder, "A housing unit attacked Israeli troops near the border.")
    assert not any(e.source is not None and e.source.code for e in c.events)


# ---------------------------------------------------------------- bodies the lexicons know
def test_canada_s_federal_police_by_its_acronym(coder):
    c = code(coder, "The RCMP detained a man in Winnipeg on Monday.")
    assert ("173", "CANCOP", "CANCVL") in triples(c)


# ---------------------------------------------------------------- bare plurals that refer back
def test_bare_agents_are_the_agents_named_just_before(coder):
    c = code(coder, "FBI agents searched a house in Ohio on Monday. Agents arrested two men at the scene.")
    assert ("17", "USA", "USA") in root_dyads(c)


def test_bare_officials_are_the_officials_named_just_before(coder):
    c = code(coder, "Russian officials met the Ukrainian envoy. "
                    "Officials criticized the Ukrainian government.")
    assert ("111", "RUSGOV", "UKRGOV") in triples(c)


def test_officials_with_their_own_description_do_not_refer_back(coder):
    c = code(coder, "Russian officials met the Ukrainian envoy. "
                    "Officials in Kyiv criticized the Russian government.")
    assert not any(e.source is not None and e.source.code == "RUSGOV" and e.cameo == "111"
                   for e in c.events)


# ---------------------------------------------------------------- "the force": the police named before
def test_the_force_is_the_police_force_named_before(coder):
    c = code(coder, "Greater Manchester Police arrested a man in Salford. The force accused him of fraud.")
    assert ("1121", "GBRCOP", "GBRCVL") in triples(c)


def test_the_force_of_a_blast_is_no_body(coder):
    c = code(coder, "The Israeli army shelled the town. The force of the blast killed three Palestinians.")
    assert not any(e.source is not None and e.source.text == "force" for e in c.events)

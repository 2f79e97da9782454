"""Coder: three small general constructions.

- A mood the parser reads as a passive verb ("was heartened by", "were disappointed with") is the "be"
  adjective of the lexicon: the subject praises (051) or criticises (111) whoever is behind what follows
  "by" / "with", not someone encouraging or disappointing the subject; with an infinitive someone still acts
  on the subject ("was encouraged by the minister to apply" is no praise).
- A union named by its members' trade ("the teachers' union", "the police union") is a labour actor (LAB),
  as the coding guide codes pay bargaining, not the trade's sector; a students' union stays the students'.
- A public body named before a noun of its own act ("the Senate announcement", "the ministry statement")
  is that act's actor.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, sector_triples, triples


# ---------------------------------------------------------------- moods told by a passive participle
def test_heartened_by_an_actor_is_praise_of_it_but_encouraged_to_act_is_not(coder):
    c = code(coder, "The Canadian minister was heartened by the response of the French government.")
    assert triples(c) == [("051", "CANGOV", "FRAGOV")]
    c = code(coder, "Farmers in Kansas were encouraged by the agriculture minister to apply for the grants.")
    assert "051" not in [t[0] for t in triples(c)]


def test_disappointed_or_frustrated_by_an_actor_is_criticism_of_it(coder):
    c = code(coder, "Senator Maria Olsen of Ohio was disappointed by the governor's veto.")
    assert sector_triples(c) == [("111", "LEG", "GOV")]
    c = code(coder, "In Lima, the opposition leader was frustrated by the president.")
    assert sector_triples(c) == [("111", "OPP", "GOV")]


# ---------------------------------------------------------------- unions named by a trade
def test_a_union_named_by_a_trade_is_a_labour_actor(coder):
    c = code(coder, "In Denver, the teachers' union criticized Mayor Hollis Brandt.")
    assert sector_triples(c) == [("111", "LAB", "GOV")]
    c = code(coder, "In Denver, the police union criticized Mayor Hollis Brandt.")
    assert sector_triples(c) == [("111", "LAB", "GOV")]


def test_a_nurses_union_is_a_labour_actor(coder):
    c = code(coder, "The nurses union in Oregon criticized the state health department.")
    assert sector_triples(c)[0][1] == "LAB"


# ---------------------------------------------------------------- a body before a noun of its act
def test_a_body_named_before_its_announcement_is_its_actor(coder):
    c = code(coder, "The union chief in Minnesota was not happy with the Senate announcement.")
    assert triples(c) == [("111", "USALAB", "USALEG")]


def test_a_governor_disappointed_by_the_white_house_keeps_the_event(coder):
    # (found in session 36: reading the White House as the owner made a quoted US governor and the White
    # House one actor, USAGOV on both sides, and the criticism vanished; the seat stays the place here)
    c = code(coder, 'Vermont Gov. Ada Pell spoke on Monday. "We are deeply disappointed by the White '
                    'House\'s decision," Ms. Pell said.')
    assert [t[0] for t in triples(c)] == ["111"]

"""Coder v2, session 21b: sources a story names only as a body's members (every sentence here is ours)."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- members of a body named before
def test_council_members_act_for_the_council_the_story_named(coder):
    c = code(coder, "The Austin City Council met on Tuesday. Council members criticized the Pentagon "
                    "over the budget.")
    assert ("111", "USAGOV", "USAMIL") in triples(c)


def test_council_members_with_no_council_named_are_no_one(coder):
    # lawmakers named before are no council: the members' body must be named as one
    c = code(coder, "Texas lawmakers met on Monday. Council members criticized the Pentagon over the budget.")
    assert not any(e.root == "11" for e in c.events)


def test_member_states_act_for_the_bloc_named_in_the_sentence(coder):
    c = code(coder, "At a summit of the Organization of American States in Washington, member states "
                    "condemned Venezuela.")
    assert ("111", "IGOOAS", "VEN") in [(e.cameo, e.source.code, e.target.code[:3]) for e in c.events]


def test_bare_member_states_with_no_bloc_are_no_one(coder):
    c = code(coder, "Member states condemned Venezuela on Friday.")
    assert not any(e.root == "11" for e in c.events)

"""Coder v2: a naming in words of praise praises whom it names (051), as one in words of blame criticises
them (111): "called the chancellor a true friend of our country", "described the senator as a proven
leader". A naming that blames or is denied ("no friend of", "a great disappointment") praises no one.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _praise(coder, text):
    events = code(coder, text).events
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in events
            if e.cameo == "051"]


def test_called_a_true_friend_is_praise(coder):
    found = _praise(coder, "President Joe Biden called Chancellor Olaf Scholz a true friend of America.")
    assert found and found[0][1].startswith("USA") and found[0][2].startswith("DEU")


def test_called_a_pillar_is_praise(coder):
    found = _praise(coder, "Prime Minister Justin Trudeau called Mexico a pillar of stability in the region.")
    assert found and found[0][2].startswith("MEX")


def test_called_no_friend_is_no_praise(coder):
    assert _praise(coder, "Prime Minister Justin Trudeau called Mexico no friend of Canadian farmers.") == []


def test_called_a_great_betrayal_is_no_praise(coder):
    assert _praise(coder, "Senator Bernie Sanders called Joe Biden's budget a great betrayal.") == []


def test_called_a_plain_name_is_no_praise(coder):
    assert _praise(coder, "President Joe Biden called Chancellor Olaf Scholz a lawyer by training.") == []


def _codes(coder, text):
    return {e.cameo for e in code(coder, text).events}


def test_what_a_partner_stands_against_blames_no_one(coder):
    """'terrorism' names what the partner fights, not a charge against it: praise, not criticism."""
    codes = _codes(coder, "Chancellor Olaf Scholz described Kenya as a dependable ally in the struggle "
                          "against terrorism.")
    assert "111" not in codes


def test_blame_outside_the_against_phrase_still_counts(coder):
    codes = _codes(coder, "Chancellor Olaf Scholz described Kenya as a corrupt ally in the struggle "
                          "against terrorism.")
    assert "111" in codes

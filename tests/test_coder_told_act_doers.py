"""Coder v2: a reaction whose sentence names no one but a definite act ("condemned the arrest", "protested
against the detention") is aimed at whoever the story told did that act, as the coder recorded it, even when
the clause that told it named no doer ("the activist was arrested", by police the coder inferred from the
story); a reaction to an act the story never told stays without a target.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_triples

_STORY = ("Armenian police said on Friday that they had searched the office of an opposition newspaper. "
          "Its editor was detained on Saturday and charged with inciting unrest. "
          "The interior ministry released a short video of the search. "
          "Editors at other papers said they were worried. ")


def _reactions(coded, root="11"):
    return [(s, t) for r, s, t in root_triples(coded) if r == root]


def test_a_reaction_to_a_told_act_is_aimed_at_its_doer(coder):
    for last in ("Several opposition parties issued a joint statement condemning the detention.",
                 "Several opposition parties issued a joint statement denouncing this detention."):
        got = _reactions(code(coder, _STORY + last))
        assert ("ARMOPP", "ARMCOP") in got, (last, got)
    # a reaction to an act the story never told names no one
    text = ("Armenian opposition parties met in Yerevan on Friday. "
            "Several opposition parties issued a joint statement condemning the detention.")
    assert _reactions(code(coder, text)) == []


def test_a_condemnation_of_a_told_attack_is_aimed_at_the_attackers(coder):
    text = ("Al-Shabaab fighters stormed a police station in Kismayo on Sunday. "
            "Three officers were wounded. "
            "The African Union condemned the attack.")
    got = _reactions(code(coder, text))
    assert got and got[0][1] and got[0][1].startswith("SOMREB"), got
    # an attack of words or a war between sides names no told attacker
    for last in ("The African Union condemned the verbal attack.",
                 "The African Union condemned the trade war."):
        got = _reactions(code(coder, text.rsplit(". ", 1)[0] + ". " + last))
        assert all(t is None or not t.startswith("SOMREB") for _s, t in got), (last, got)


def test_the_words_that_tell_of_an_act_are_its_nouns_and_verbs_inflections():
    from tacitus.events.coder.clues import act_forms
    assert {"arrest", "arrests", "arrested", "detained", "detaining"} <= act_forms("arrest")
    assert {"banned", "banning", "said", "told", "planning", "moved"} <= \
        act_forms("ban") | act_forms("remark") | act_forms("plan") | act_forms("move")
    # words that merely begin like the act are other words
    assert not {"bank", "banner", "killers", "lawyer", "billion", "ruler"} & \
        (act_forms("ban") | act_forms("killing") | act_forms("law") | act_forms("bill") | act_forms("ruling"))

"""Coder v2: over-coding in national news. A witness pressed to admit or acknowledge something is
questioned, not served a demand; a law or a legislature laying down how a thing is to be done ("required the
fund to be audited") makes no demand on a party; a client meeting his own lawyers holds no political talks.
The acts next to them stay coded.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _codes(c, root):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in c.events if e.cameo[:2] == root]


def test_a_witness_pressed_to_admit_is_questioned_not_served_a_demand(coder):
    for text in ("During the hearing, the prosecutor Dana Whitlow pressed Governor Ray Colter to admit that "
                 "he had signed the contract.",
                 "The state's lawyer pressed Senator Mara Hollis to acknowledge the gaps in her tax "
                 "returns."):
        assert _codes(code(coder, text), "10") == [], text
    # a state pressed to act is still asked for something
    got = code(coder, "The European Union pressed Serbia to withdraw its troops from the border.")
    assert [e.cameo[:2] for e in got.events] in (["10"], ["02"]), got.events


def test_a_provision_of_how_a_thing_is_done_is_no_demand(coder):
    for text in ("In 1998 Congress required the pension fund to be audited every year by an outside firm.",
                 "Parliament mandated the new agency to be financed through a levy on banks."):
        assert _codes(code(coder, text), "10") == [], text
    # a law requiring a party to act still binds it
    got = code(coder, "The state legislature passed a law last year. The law required Harbor Gaming to build "
                      "a hotel by 2026.")
    assert [e.cameo for e in got.events if e.trigger.text == "required"] == ["172"], got.events


def test_a_meeting_with_ones_own_lawyers_is_no_consultation(coder):
    for text in ("President Alvaro Benitez of Peru held a long meeting with his attorneys on Sunday.",
                 "Peruvian President Alvaro Benitez met with his lawyers at the palace on Sunday."):
        assert _codes(code(coder, text), "04") == [], text
    got = code(coder, "President Alvaro Benitez of Peru held a long meeting with Chilean President "
                      "Rosa Ibanez on Sunday.")
    assert _codes(got, "04"), got.events

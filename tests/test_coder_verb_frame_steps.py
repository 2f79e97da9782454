"""Coder v2, the verb frame's steps: the entry-id rejections are guard rows asked where they used to stand
(ENTRY_GUARDS with the clause's parties; CODED_GUARDS once the code is refined; FINAL_GUARDS last), and
each still rejects its clause: a reply quoted around "countered", a participle describing the one hired, a
confession only a private person reports, a participle that names ("a strike called by the union").

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, codes
from tacitus.events.coder.verbal import CODED_GUARDS, ENTRY_GUARDS, FINAL_GUARDS


def test_the_entry_id_rejections_are_guard_rows_in_their_place():
    assert {"retort-that", "hire-contractor"} <= set(ENTRY_GUARDS)
    assert set(CODED_GUARDS) == {"admit-offence", "brandish-weapon"}
    assert set(FINAL_GUARDS) == {"accused-of-a-crime", "phone"}
    for table in (ENTRY_GUARDS, CODED_GUARDS, FINAL_GUARDS):
        assert all(callable(holds) and why for rows in table.values() for holds, why in rows)


def test_a_quoted_reply_is_no_rebuttal(coder):
    quoted = "“That is false,” the minister countered, “and we will prove it.”"
    assert "120" not in codes(code(coder, quoted))
    assert "120" in codes(code(coder, "The ministry countered that the charges were baseless."))


def test_one_described_as_hired_is_no_hiring(coder):
    assert "061" not in codes(code(coder, "An engineer hired by the county inspected the bridge."))
    assert "061" in codes(code(coder, "The county council hired an engineering firm to inspect the bridge."))


def test_a_participle_that_names_is_no_phone_call(coder):
    assert "041" not in codes(code(coder, "A strike called by the union shut the port."))
    assert "041" in codes(code(coder, "The mayor called the governor on Monday."))


def test_a_confession_a_private_person_reports_is_hers(coder):
    told = "The suspect's girlfriend told police he confessed to the robbery."
    assert "015" not in codes(code(coder, told))

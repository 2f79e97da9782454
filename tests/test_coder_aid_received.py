"""Coder v2: aid told from its receiver. "X received military aid from Y", "the county received $3 million in
federal money", "received political asylum in Norway": the giver (after "from", the aid's modifier —
"federal", "Turkish" — or, for asylum, the country it was granted in) provides aid (07x) to the receiver.
Funds count only when a government gives them (a mother's money, a bank's loan or a charity's grant is no
aid); aid with no giver named is not coded.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def test_aid_received_from_a_named_giver(coder):
    got = triples(code(coder, "Moldova received military aid from Romania last spring."), "07")
    assert [(r, s[:3], t[:3]) for r, s, t in got] == [("072", "ROU", "MDA")], got
    got = triples(code(coder, "The militia has received weapons from Syria, the report said."), "07")
    assert got and got[0][0] == "072" and got[0][1][:3] == "SYR", got


def test_aid_received_with_the_giver_as_its_modifier(coder):
    got = triples(code(coder, "The insurer has received more than 90 billion dollars in federal aid."), "07")
    assert got and got[0][0] == "071" and got[0][1].endswith("GOV"), got
    got = triples(code(coder, "The rebels received Turkish weapons over the winter."), "07")
    assert got and got[0][0] == "072" and got[0][1][:3] == "TUR", got


def test_asylum_received_in_a_country(coder):
    text = "Barzani, who received political asylum in Norway, spoke to reporters on Monday."
    got = triples(code(coder, text), "07")
    assert got and got[0][0] == "075" and got[0][1][:3] == "NOR", got


def test_government_funds_received(coder):
    got = triples(code(coder, "The county received 3 million dollars in federal stimulus money."), "07")
    assert got and got[0][0] == "071", got
    got = triples(code(coder, "The school district received a grant from the Department of Education."), "07")
    assert got and got[0][0] == "071" and got[0][1].endswith("GOV"), got
    # no giver named, private givers, or a kind of receiver: no aid
    for text in ("The refugees received aid last year.",
                 "Tom Hale received money from his mother for the rent.",
                 "The bakery received a loan from the bank.",
                 "The museum received a grant from the Hale Family Foundation.",
                 "The new rule limits bonuses at banks receiving federal bailouts."):
        assert triples(code(coder, text), "07") == [], text


def test_aid_granted_to_a_passive_receiver(coder):
    got = triples(code(coder, "The blogger was granted asylum by Iceland in March."), "07")
    assert got and got[0][0] == "075" and got[0][1][:3] == "ISL", got
    got = triples(code(coder, "The journalist was granted political asylum in Norway."), "07")
    assert got and got[0][0] == "075" and got[0][1][:3] == "NOR", got

"""Precision on unseen local and world news: what people are done to as a rule, a date read as a body, what
is committed read as a target (every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, triples


def arrests(coder, text):
    return [t for t in triples(code(coder, text)) if t[0] == "173"]


def test_a_bare_plural_done_to_as_a_rule_is_no_arrest(coder):
    text = ("The island camp has grown since the spring. At the station, migrants are held in crowded "
            "rooms for weeks, and asylum seekers are detained with no lawyer.")
    assert not arrests(coder, text)
    text = ("The island camp has grown since the spring. Three migrants are detained at the port "
            "after a fight, police said.")
    assert arrests(coder, text)  # some particular people: an arrest


def test_a_weekday_and_a_month_are_no_body_met(coder):
    text = ("The council approved the budget for the library. The council will meet again on "
            "Thursday June 12.")
    assert not [t for t in triples(code(coder, text)) if t[0][:2] in ("03", "04")]
    text = "The mayor met with the Chamber of Commerce on Thursday to discuss the budget."
    assert [t for t in triples(code(coder, text)) if t[0][:2] == "04"]  # a named body, met on a weekday


def test_the_forces_committed_are_not_a_target(coder):
    text = ("The war entered its sixth year. Alongside Moscow, Tehran supports the Syrian government and "
            "has committed military advisers and elite forces to the government side.")
    got = triples(code(coder, text))
    assert got and all(t[0][:2] == "03" for t in got)
    assert not [t for t in got if t[2] and t[2].endswith("MIL")]


def modalities(coder, text, root):
    return [str(e.modality) for e in code(coder, text).events if e.cameo.startswith(root)]


def test_a_modal_of_the_first_clause_leaves_a_conjoined_clause_with_its_own_subject(coder):
    text = "The council must vote on the budget next week, and the mayor criticized the governor."
    assert modalities(coder, text, "11") == ["asserted"]
    text = "The council could reject the plan and criticize the governor."
    assert modalities(coder, text, "11") == ["hypothetical"]  # one subject: the modal governs both

"""Coder v2 (session 24g): questioning in courtrooms and interviews, and protests made in words (every
sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, triples


def roots(coded):
    return {e.root for e in coded.events}


def test_pressing_a_witness_on_a_topic_is_questioning_not_a_demand(coder):
    c = code(coder, "The state's lawyer pressed the developer on the valuation of his hotels in Chicago.")
    assert "10" not in roots(c)
    c = code(coder, "The reporter pressed the senator about his travel expenses.")
    assert "10" not in roots(c)


def test_pressing_someone_to_act_stays_a_demand(coder):
    c = code(coder, "The United States pressed Israel to allow more aid into Gaza.")
    assert any(t[0].startswith("10") and t[1] == "USA" and t[2] == "ISR" for t in triples(c))


def test_asking_a_witness_to_confirm_is_a_question_not_an_appeal(coder):
    c = code(coder, "The prosecutor ended her cross-examination by asking Senator Blake to confirm that he "
                    "had signed the forms.")
    assert "02" not in roots(c)
    c = code(coder, "During the interview the host asked Senator Blake to explain his vote on the budget.")
    assert "02" not in roots(c)


def test_asking_someone_to_act_stays_an_appeal(coder):
    c = code(coder, "Opposition lawmakers asked the prime minister to resign.")
    assert "02" in roots(c)
    c = code(coder, "France asked Iran to explain how the drones reached the border.")  # a state's demand
    assert "02" in roots(c)


def test_a_place_in_the_topic_of_questioning_gives_the_questioner_no_country(coder):
    c = code(coder, "Donald Trump testified in a New York courtroom on Monday. When he was questioned about "
                    "his golf course near Dublin, Ireland, he grew quiet.")
    assert not any(e.source and (e.source.code or "").startswith("IRL") for e in c.events)


def test_a_protest_made_in_words_is_no_demonstration(coder):
    c = code(coder, "The engineers were angry about the plan and protested to Ramirez that it was unsafe.")
    assert "14" not in roots(c)
    c = code(coder, "Italian police brought in a new search rule. She protested the new rule, but in vain.")
    assert "14" not in roots(c)


def test_a_crowd_protesting_is_still_a_demonstration(coder):
    c = code(coder, "Hundreds of residents protested outside city hall in Detroit on Monday.")
    assert "14" in roots(c)


def test_an_office_holder_questioned_by_no_one_named_is_no_police_interrogation(coder):
    c = code(coder, "When Governor Kathy Hochul was questioned about the budget gap at the hearing, she "
                    "blamed the legislature.")
    assert "09" not in roots(c)
    c = code(coder, "The former mayor was questioned by detectives in connection with the bribery scheme.")
    assert "09" in roots(c)


def test_their_in_an_opening_phrase_refers_ahead_to_the_plural_subject(coder):
    c = code(coder, "The lawsuit also named an aide trained by an Israeli government agency. In their "
                    "complaint against the casino company, the workers alleged that the manager told racist "
                    "jokes.")
    assert not any(e.source and (e.source.code or "").endswith("GOV") for e in c.events)

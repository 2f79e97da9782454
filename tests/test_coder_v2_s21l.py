"""Coder v2, session 21l: pronoun and quantifier subjects (every sentence here is ours, for the test)."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- a voice owned by a pronoun
def test_a_spokesman_owned_by_a_pronoun_speaks_for_its_antecedent(coder):
    c = code(coder, "Turkish President Recep Tayyip Erdogan toured Izmir on Monday. "
                    "His spokesman accused Greece of provocations in the Aegean.")
    assert ("1123", "TURGOV", "GRC") in triples(c)
    c = code(coder, "The Chinese foreign ministry issued a statement on Friday. "
                    "Its spokeswoman accused Japan of provocations.")
    assert ("1123", "CHNGOV", "JPN") in triples(c)


def test_an_aide_or_office_tied_to_a_pronoun_by_a_preposition_or_possessive(coder):
    c = code(coder, "Senator Elizabeth Warren spoke in Boston on Monday. "
                    "An aide to her accused the Pentagon of hiding the costs.")
    assert ("112", "USALEG", "USAMIL") in triples(c)
    c = code(coder, "Senator Elizabeth Warren spoke in Boston on Monday. "
                    "Her office accused the Pentagon of hiding the costs.")
    assert ("112", "USALEG", "USAMIL") in triples(c)


def test_a_private_persons_spokesman_is_no_actor(coder):
    c = code(coder, "John Smith, a retired plumber, was arrested on Monday. "
                    "His spokesman accused the police of brutality.")
    assert not any(e.sentence_index == 1 for e in c.events)

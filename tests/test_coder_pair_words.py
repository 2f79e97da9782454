"""Coder v2: "the pair" / "the couple" stand for two persons named together earlier in the story, also when
both have one code and the pair was named several sentences back.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _sources(coded, trigger):
    return [e.source.code if e.source else None for e in coded.events if e.trigger.text.startswith(trigger)]


def test_pair_named_sentences_back(coder):
    c = code(coder, "Prince Harry and Meghan gave a long interview to a television host. They talked about "
                    "their life. It was a long evening. The pair criticized the British press.")
    srcs = _sources(c, "criticized")
    assert len(srcs) == 1 and srcs[0] is not None


def test_couple_of_private_persons_one_code(coder):
    c = code(coder, "John Marlow and Peter Stanik were charged with theft in Leeds. A neighbour said he "
                    "had known them for years. The couple attacked a shop owner with a knife.")
    srcs = _sources(c, "attacked")
    assert srcs and srcs[0] is not None


def test_no_pair_named_no_actor(coder):
    c = code(coder, "A prosecutor spoke to reporters in Leeds. The weather was cold. "
                    "The pair criticized the British press.")
    assert all(e.source is None or e.source.text != "The pair" for e in c.events)


def test_pair_of_places_is_no_couple(coder):
    c = code(coder, "The storm hit Leeds and York on Monday. Roads were closed. "
                    "The pair criticized the British press.")
    assert all(e.source is None or e.source.text != "The pair" for e in c.events)


def test_capitalised_definite_names_the_body_named_before(coder):
    c = code(coder, "The Kenyan Trade Mission will travel to Ghana in May. Its members come from many firms. "
                    "They work in farming. The delegates are keen. The Mission will meet the Ghanaian "
                    "finance minister in Accra.")
    srcs = _sources(c, "meet")
    assert srcs and srcs[0] == "KENGOV"


def test_bare_mission_is_no_body(coder):
    c = code(coder, "Kenya sent troops to Somalia in 2011. The mission was long. "
                    "The mission will meet the Ghanaian finance minister in Accra.")
    assert all(e.source is None or e.source.text.lower() != "mission" for e in c.events)

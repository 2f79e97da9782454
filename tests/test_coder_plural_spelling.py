"""The one spelling rule of a regular plural the coder and the actor resolver share (``looks_plural``):
"the governor praised the firefighters" names two actors, "the governor praised the census" one body.

Every word here is ours, chosen for the test."""

from __future__ import annotations

import pytest

from tacitus.nlp.inflect import looks_plural


@pytest.mark.parametrize("word", ["governors", "firefighters", "counties", "teachers"])
def test_a_regular_plural_looks_plural(word):
    assert looks_plural(word)


@pytest.mark.parametrize("word", ["census", "crisis", "congress", "governor", "police"])
def test_a_singular_ending_in_s_or_no_s_does_not(word):
    assert not looks_plural(word)

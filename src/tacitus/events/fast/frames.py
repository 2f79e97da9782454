"""What the fast coder finds in a sentence: a lexicon phrase in the text (:class:`Trig`) and the roles
read for it (:class:`Frame`), before a frame becomes an event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tacitus.events.lexicon import Entry
from tacitus.model import Actor


@dataclass(slots=True)
class Trig:
    """A lexicon phrase found in the text (before the reading of its roles)."""

    entry: Entry
    head: int  # token index of the inflected word
    words: list[int]  # token indices of the phrase
    noun: bool
    context: str = "verb"  # verb | light | impact | own
    light: int | None = None  # the light or impact verb's token
    alts: list[Entry] = field(default_factory=list)  # every entry of the phrase, tried in order


@dataclass(slots=True)
class Frame:
    trig: Trig
    code: str
    source: Actor | None
    target: Actor | None
    refined: str
    passive: bool = False
    reporter: Actor | None = None
    absorbs_to: int = -1  # last token the trigger's complement covers
    reciprocal: bool = False  # "A and B met": each party is the other's target

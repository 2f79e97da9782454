"""The event coder package: re-exports the coder and the word lists other modules import."""

from tacitus.events.coder.clues import COMBATANT_SECTORS
from tacitus.events.coder.coder import EventCoder
from tacitus.events.coder.frame import (
    ALLEGING,
    BLAMING,
    CLAIMS,
    DEMANDING,
    DISMISSIVE,
    IMPLIED_AUTHORS,
    ONE_WAY,
    PRIVATE_OK_ROOTS,
    QUIET_SECTORS,
    RECIPROCAL_ROOTS,
    SPEECH_ACCUSING,
    SPEECH_APPROVING,
    SPEECH_DISPARAGING,
    URGING,
    VERBAL_ROOTS,
    VIOLENCE_OR_FORCE,
    Frame,
    NearMiss,
)

__all__ = [
    "ALLEGING",
    "BLAMING",
    "CLAIMS",
    "COMBATANT_SECTORS",
    "DEMANDING",
    "DISMISSIVE",
    "IMPLIED_AUTHORS",
    "ONE_WAY",
    "PRIVATE_OK_ROOTS",
    "QUIET_SECTORS",
    "RECIPROCAL_ROOTS",
    "SPEECH_ACCUSING",
    "SPEECH_APPROVING",
    "SPEECH_DISPARAGING",
    "URGING",
    "VERBAL_ROOTS",
    "VIOLENCE_OR_FORCE",
    "EventCoder",
    "Frame",
    "NearMiss",
]

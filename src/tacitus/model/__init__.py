"""The typed document model shared by every stage."""

from tacitus.model.records import (
    ERROR,
    OK,
    SKIPPED,
    Actor,
    CodedDocument,
    DateMention,
    Document,
    Event,
    Sentence,
    Trigger,
    content_id,
)

__all__ = [
    "ERROR",
    "OK",
    "SKIPPED",
    "Actor",
    "CodedDocument",
    "DateMention",
    "Document",
    "Event",
    "Sentence",
    "Trigger",
    "content_id",
]

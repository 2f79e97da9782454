"""Ingest: raw files, HTML pages, JSONL dumps or stdin to clean :class:`~tacitus.model.Document` s.

Bad inputs never stop a run: :func:`read_inputs` yields :class:`Rejected` records with a coded
reason (see :mod:`tacitus.errors`) and carries on.
"""

from tacitus.ingest.clean import clean_text
from tacitus.ingest.decode import decode_bytes
from tacitus.ingest.documents import document_from_html, document_from_text
from tacitus.ingest.reader import read_inputs
from tacitus.ingest.types import IngestOptions, Rejected

__all__ = [
    "IngestOptions",
    "Rejected",
    "clean_text",
    "decode_bytes",
    "document_from_html",
    "document_from_text",
    "read_inputs",
]

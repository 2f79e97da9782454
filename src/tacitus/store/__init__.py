"""Embedded DuckDB store of coded documents.

``Store(path=DEFAULT_DB, read_only=False)`` keeps documents (any status), events, actor mentions
and date mentions in typed tables analysts can query directly with DuckDB SQL; ``get()`` gives back
exactly the ``CodedDocument`` that was added. Takes and returns only ``tacitus.model`` records.
"""

from tacitus.store.store import DEFAULT_DB, AddResult, Store, StoredDocument, StoreError

__all__ = ["DEFAULT_DB", "AddResult", "Store", "StoreError", "StoredDocument"]

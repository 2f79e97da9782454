"""PETRARCH / TABARI / Phoenix dictionaries: readers (``petrarch``) and converters to tacitus lexicons.

    from tacitus.dictionaries import prepare
    imported = prepare("../shared/data/petrarch2-dictionaries")   # converted once, cached
    Coder(CodingOptions(actor_lexicons=imported.actor_lexicons, event_lexicon_dir=imported.event_lexicon_dir))
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tacitus.dictionaries.convert import ImportResult, classify, import_dictionaries

__all__ = ["ImportResult", "cache_dir", "import_dictionaries", "prepare"]


def cache_dir() -> Path:
    base = os.environ.get("TACITUS_CACHE") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    if not os.access(root if root.exists() else root.parent, os.W_OK):
        root = Path(tempfile.gettempdir())
    return root / "tacitus" / "dictionaries"


def prepare(src: str | Path, *, verbs: str = "append",
            vocabulary: Iterable[str] | None = None) -> ImportResult:
    """Import the dictionaries in ``src`` into a cache folder keyed by their content (cached)."""
    from tacitus import __version__

    src = Path(src)
    if not src.is_dir():
        raise FileNotFoundError(f"dictionary folder not found: {src}")
    h = hashlib.sha256(f"{__version__}|{verbs}|convert-v1".encode())
    for p in sorted(src.iterdir()):
        if classify(p):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    vocab = sorted(set(vocabulary)) if vocabulary is not None else None
    if vocab is not None:
        h.update("\n".join(vocab).encode())
    out = cache_dir() / h.hexdigest()[:16]
    return import_dictionaries(src, out, verbs=verbs, vocabulary=vocab)

"""PETRARCH / TABARI / Phoenix dictionaries: readers (``petrarch``) and converters to tacitus lexicons.

    from tacitus.dictionaries import prepare
    imported = prepare("../shared/data/petrarch2-dictionaries")   # converted once, cached
    Coder(CodingOptions(actor_lexicons=imported.actor_lexicons, event_lexicon_dir=imported.event_lexicon_dir))
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from tacitus import diskcache
from tacitus.dictionaries.convert import ImportResult, classify, import_dictionaries
from tacitus.yamlio import load_yaml

__all__ = ["ImportResult", "cache_dir", "import_dictionaries", "prepare"]


def cache_dir() -> Path:
    """Where converted dictionaries are kept: ``dictionaries/`` in tacitus's disk cache, or in the temporary
    folder when that cannot be written."""
    root = diskcache.cache_dir()
    probe = next((p for p in (root, *root.parents) if p.exists()), root)
    if not os.access(probe, os.W_OK):
        root = Path(tempfile.gettempdir()) / "tacitus"
    return root / "dictionaries"


def prepare(src: str | Path, *, verbs: str = "append",
            vocabulary: Iterable[str] | None = None) -> ImportResult:
    """The dictionaries in ``src`` converted once into a cache folder keyed by their content; later calls
    (and concurrent processes) read that folder. A conversion is written aside and moved into place whole,
    so no reader ever sees half a folder."""
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
    if not (out / "manifest.yaml").is_file():
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}-"))
        try:
            import_dictionaries(src, tmp, verbs=verbs, vocabulary=vocab)
            with contextlib.suppress(OSError):  # another process moved its conversion in first: use that
                tmp.rename(out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return _read_conversion(out)


def _read_conversion(out: Path) -> ImportResult:
    """The ImportResult a finished conversion folder's manifest records, with its paths under ``out``."""
    manifest = load_yaml((out / "manifest.yaml").read_text(encoding="utf-8")) or {}
    events = manifest.get("event_lexicon_dir")
    return ImportResult(
        out,
        actor_lexicons=[str(out / Path(p).name) for p in manifest.get("actor_lexicons") or []],
        event_lexicon_dir=str(out / Path(events).name) if events else None,
        counts=Counter(manifest.get("counts") or {}),
        sources=manifest.get("sources") or {},
    )

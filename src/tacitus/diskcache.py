"""Data built once from installed packages, pickled under ``$TACITUS_CACHE`` (default
``$XDG_CACHE_HOME/tacitus`` or ``~/.cache/tacitus``) and read back by later processes: the gazetteer, the
actor stage's world cities. A missing or unreadable file is rebuilt; writes are atomic, so a concurrent
reader never sees half a file."""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    env = os.environ.get("TACITUS_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "tacitus"


def save_pickle(value: Any, path: Path) -> None:
    """Pickle ``value`` to ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def load_pickle(path: Path) -> Any | None:
    """What ``path`` holds, or None when it is missing, stale or corrupt."""
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, truncated or from another version: the caller rebuilds
        return None


def cached(key: str, build: Callable[[], T]) -> T:
    """The value pickled under ``key`` (which names every input it is built from), else ``build()``,
    then saved for the next process."""
    path = cache_dir() / f"{key}.pkl"
    value = load_pickle(path)
    if value is None:
        value = build()
        with contextlib.suppress(OSError):
            save_pickle(value, path)
    return value

"""Choosing among the readings of one sentence (shared by the parse-based and the fast coder)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def best_readings(frames: list[Any], clause: Callable[[Any], int], rank: Callable[[Any], Any],
                  root: Callable[[str], str]) -> list[Any]:
    """One frame per (source, target, root, clause), the best by ``rank``; then a reading without a target
    is dropped when the same source and root were also read with one ("carried out airstrikes …, killing
    civilians"). Frames need ``source``, ``target`` (actors or None) and ``code``; both coders use this."""
    def src(f: Any) -> str | None:
        return f.source.code if f.source else None

    best: dict[tuple, Any] = {}
    for f in frames:
        key = (src(f), f.target.code if f.target else None, root(f.code), clause(f))
        cur = best.get(key)
        if cur is None or rank(f) > rank(cur):
            best[key] = f
    with_target = {(src(f), root(f.code)) for f in best.values() if f.target is not None}
    return [f for f in best.values() if f.target is not None or (src(f), root(f.code)) not in with_target]

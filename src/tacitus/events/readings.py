"""Choosing among the readings of one sentence (shared by the parse-based and the fast coder)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def best_readings(frames: list[Any], clause: Callable[[Any], int], rank: Callable[[Any], Any],
                  root: Callable[[str], str]) -> list[Any]:
    """One frame per (source, target, root, clause), the best by ``rank``; then a reading without a target
    is dropped when the same source and root were also read with one ("carried out airstrikes …, killing
    civilians"), unless the two codes are siblings, two acts ("seized guns and arrested the driver").
    Frames need ``source``, ``target`` (actors or None) and ``code``; both coders use this."""
    def src(f: Any) -> str | None:
        return f.source.code if f.source else None

    best: dict[tuple, Any] = {}
    for f in frames:
        key = (src(f), f.target.code if f.target else None, root(f.code), clause(f))
        cur = best.get(key)
        if cur is None or rank(f) > rank(cur):
            best[key] = f
    with_target = [(src(f), f.code) for f in best.values() if f.target is not None]
    return [f for f in best.values() if f.target is not None or
            not any(s == src(f) and root(c) == root(f.code) and same_act_family(c, f.code)
                    for s, c in with_target)]


def same_act_family(a: str, b: str) -> bool:
    """Two CAMEO codes that can tell one act: the same code, one the other's sub-code ("rallied … to demand
    his ouster": 141 and 1411), or a root's plain code and any of its codes ("they killed them, murdered
    them": 180 and 1823). Siblings are two acts: a seizure (1711) and an arrest (173), a ban (172) and an
    arrest."""
    return a.startswith(b) or b.startswith(a) or (len(a) == 3 and a.endswith("0")) or \
        (len(b) == 3 and b.endswith("0"))

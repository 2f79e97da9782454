"""Near-duplicate articles (syndicated copies, updated versions) with MinHash + LSH, streaming.

Shingles are overlapping runs of ``shingle`` lower-cased words of the clean text. A document's
signature is ``num_perm`` minima of multiply-shift hashes of its shingle hashes (numpy, uint64);
LSH puts it in ``bands`` buckets of ``num_perm // bands`` rows each. A candidate sharing a bucket is a
near-duplicate when the estimated Jaccard similarity of the two shingle sets reaches ``threshold``.
The first document seen (callers feed documents sorted by ``(published, id)``) stays canonical; every
later copy points at it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
_MASK32 = np.uint64(0xFFFFFFFF)


def shingles(text: str, size: int = 4) -> set[bytes]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def _hash64(items: set[bytes]) -> np.ndarray:
    return np.array(
        sorted(int.from_bytes(hashlib.blake2b(s, digest_size=8).digest(), "little") for s in items),
        dtype=np.uint64,
    )


@dataclass(frozen=True, slots=True)
class NearDuplicateParams:
    num_perm: int = 128
    bands: int = 32  # 32 bands x 4 rows: candidates from Jaccard ~0.4 up
    shingle: int = 4
    threshold: float = 0.5  # estimated Jaccard of the shingle sets
    seed: int = 20240601


class NearDuplicateIndex:
    """``add(doc_id, text) -> canonical_id | None``: streaming near-duplicate detection."""

    def __init__(self, params: NearDuplicateParams | None = None) -> None:
        self.params = p = params or NearDuplicateParams()
        if p.num_perm % p.bands:
            raise ValueError("num_perm must be a multiple of bands")
        rng = np.random.default_rng(p.seed)
        self._a = rng.integers(1, 2**63, size=p.num_perm, dtype=np.uint64) | np.uint64(1)  # odd multipliers
        self._b = rng.integers(0, 2**63, size=p.num_perm, dtype=np.uint64)
        self._buckets: dict[tuple[int, bytes], list[str]] = {}
        self._signatures: dict[str, np.ndarray] = {}
        self.canonical: dict[str, str] = {}  # copy id -> canonical id
        self.last_similarity: float = 0.0

    def signature(self, text: str) -> np.ndarray:
        hashes = _hash64(shingles(text, self.params.shingle))
        if hashes.size == 0:
            return np.full(self.params.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
        with np.errstate(over="ignore"):
            mixed = (hashes[None, :] * self._a[:, None] + self._b[:, None]) >> np.uint64(32)
        return mixed.min(axis=1) & _MASK32

    @staticmethod
    def similarity(sig1: np.ndarray, sig2: np.ndarray) -> float:
        return float(np.mean(sig1 == sig2))

    def _bands(self, sig: np.ndarray) -> list[tuple[int, bytes]]:
        rows = self.params.num_perm // self.params.bands
        return [(i, sig[i * rows : (i + 1) * rows].tobytes()) for i in range(self.params.bands)]

    def query(self, text: str) -> tuple[str | None, float]:
        """The canonical document ``text`` duplicates (and the estimated Jaccard), without adding it."""
        return self._query(self.signature(text))

    def _query(self, sig: np.ndarray) -> tuple[str | None, float]:
        candidates: set[str] = set()
        for key in self._bands(sig):
            candidates.update(self._buckets.get(key, ()))
        best, best_sim = None, 0.0
        for cand in sorted(candidates):
            s = self.similarity(sig, self._signatures[cand])
            if s > best_sim:
                best, best_sim = cand, s
        if best is not None and best_sim >= self.params.threshold:
            return self.canonical.get(best, best), best_sim
        return None, best_sim

    def add(self, doc_id: str, text: str) -> str | None:
        """Index a document; return the id of the canonical document it copies, or None if it is new."""
        if doc_id in self._signatures:
            return self.canonical.get(doc_id)
        sig = self.signature(text)
        canonical, self.last_similarity = self._query(sig)
        self._signatures[doc_id] = sig
        if canonical is not None:
            self.canonical[doc_id] = canonical
        for key in self._bands(sig):  # copies are indexed too: an update of an update still finds its root
            self._buckets.setdefault(key, []).append(doc_id)
        return canonical

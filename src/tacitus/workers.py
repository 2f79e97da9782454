"""Code documents in forked worker processes that share the parent's loaded coder.

spaCy's own ``nlp.pipe(n_process=N)`` parses in workers but sends every parsed ``Doc`` back and leaves
actor resolution, event coding and enrichment to the parent; here each worker codes whole chunks and only
the (much smaller) ``CodedDocument`` records travel back. Workers are forked after the model is loaded,
so nothing is loaded twice and no model is pickled.

Bounded: at most ``2 × workers`` chunks are in flight; the input iterator is pulled only as results come
back (back-pressure), and results are yielded in input order. Chunks are small (``CHUNK_DOCS``) so that the
workers finish together: with chunks of 32 news articles, the last one kept one of two cores busy alone
for about 6 s of a 40 s run of 400 articles (bench/bench_ratio.py: 40.9 s → 35.3 s with 4).
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from tacitus.model import ERROR, CodedDocument, Document

_CODER: Any = None  # the parent's Coder, inherited by the forked workers
CHUNK_DOCS = 4  # documents per task sent to a worker
FAST_CHUNK_DOCS = 32  # for the fast coder (~10 ms a document: fewer round trips matter more than the tail)


def _code_chunk(docs: list[Document]) -> list[CodedDocument]:
    try:
        return list(_CODER._code_in_process(docs))
    except Exception:  # a batch-level crash: code the chunk one by one so one document fails alone
        out = []
        for doc in docs:
            try:
                out.extend(_CODER._code_in_process([doc]))
            except Exception as one:
                out.append(CodedDocument(document=doc, status=ERROR, reason=f"E100 coding failed: {one!r}"))
        return out


def code_in_workers(coder: Any, documents: Iterable[Document], workers: int,
                    chunk_size: int = CHUNK_DOCS) -> Iterator[CodedDocument]:
    """``coder.code_documents`` spread over ``workers`` forked processes, in input order."""
    global _CODER
    _CODER = coder
    it = iter(documents)
    ctx = mp.get_context("fork")
    with ctx.Pool(workers) as pool:
        inflight: deque = deque()

        def submit() -> bool:
            chunk = list(islice(it, chunk_size))
            if chunk:
                inflight.append(pool.apply_async(_code_chunk, (chunk,)))
            return bool(chunk)

        while len(inflight) < 2 * workers and submit():
            pass
        while inflight:
            yield from inflight.popleft().get()
            submit()

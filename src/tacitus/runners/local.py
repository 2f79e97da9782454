"""The local streaming runner: any number of documents in bounded memory, resumable.

    inputs → read_inputs (generators: files, JSONL, WARC, feeds, URLs)
           → resume filter (ledger lookup per chunk; store lookup for known texts)
           → Coder.code_documents (spaCy ``nlp.pipe`` in batches, ``n_process`` workers)
           → commit every ``commit_every`` documents: documents + ledger rows in one transaction

Everything is pulled lazily, so a slow stage holds the ones before it back (back-pressure) and at
most ``lookup_every`` + ``batch_size`` + ``commit_every`` documents are in memory at any time,
whatever the size of the corpus. A document that crashes the coder is coded again alone and, if it
crashes again, stored with an ``E026`` error; the run goes on.
"""

from __future__ import annotations

import dataclasses
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from tacitus.errors import E026
from tacitus.ingest import IngestOptions, Rejected, read_inputs
from tacitus.model import ERROR, OK, SKIPPED, CodedDocument, Document
from tacitus.store.ledger import DUPLICATE, REJECTED, Ledger, LedgerEntry


@dataclass(slots=True)
class RunOptions:
    """How the runner batches, commits and resumes (coding options are separate: CodingOptions)."""

    commit_every: int = 256  # documents per store transaction (and per ledger commit)
    lookup_every: int = 256  # inputs per ledger/store lookup
    resume: bool = True  # skip inputs the ledger marks done
    retry_rejected: bool = False  # on resume, read rejected inputs again (e.g. fetch timeouts)
    replay_known: bool = False  # hand documents already in the store to on_coded (from the store)
    run_id: str | None = None  # label written to the ledger rows


@dataclass(slots=True)
class RunStats:
    read: int = 0  # inputs seen (documents and rejections), resumed ones included
    resumed: int = 0  # inputs skipped because the ledger marked them done
    coded: int = 0  # documents that went through the coder
    ok: int = 0
    skipped: int = 0
    errors: int = 0
    rejected: int = 0
    duplicates: int = 0  # texts already in the store (not coded again)
    events: int = 0
    commits: int = 0
    committed: int = 0  # inputs whose ledger row is committed in this run
    seconds: float = 0.0
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def docs_per_second(self) -> float:
        return self.coded / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d.pop("by_status")
        d["docs_per_second"] = round(self.docs_per_second, 2)
        return d


def source_key(item: Document | Rejected) -> str:
    """The ledger key of an input: its origin (path, ``path:LINE``, ``path#OFFSET``, URL)."""
    origin = item.origin
    if not origin:  # documents built in Python without an origin: their content is the key
        return f"id:{item.id}" if isinstance(item, Document) else "unknown"
    return origin


def absolute_inputs(inputs: Iterable[str]) -> list[str]:
    """Local paths made absolute (stable ledger keys whatever the working directory); URLs and
    ``-`` unchanged."""
    out = []
    for name in inputs:
        if name == "-" or "://" in name:
            out.append(name)
        else:
            out.append(str(Path(name).absolute()))
    return out


class LocalRunner:
    """Streams inputs through one :class:`~tacitus.pipeline.Coder` into a store.

    ``store`` may be None (no ledger, nothing stored: results only go to ``on_coded``).
    ``on_coded(coded)`` is called for every document coded (and for known ones with ``replay_known``),
    ``on_rejected(rejected)`` for every input that yielded no document, ``on_progress(stats)`` after
    every input, ``on_commit(stats)`` after every store transaction (``stats.committed`` = documents
    and inputs durably done so far in this run).
    """

    def __init__(
        self,
        coder,
        store=None,
        options: RunOptions | None = None,
        *,
        on_coded: Callable[[CodedDocument], None] | None = None,
        on_rejected: Callable[[Rejected], None] | None = None,
        on_progress: Callable[[RunStats], None] | None = None,
        on_commit: Callable[[RunStats], None] | None = None,
    ) -> None:
        self.coder = coder
        self.store = store
        self.options = options or RunOptions()
        self.ledger = Ledger(store, self.options.run_id) if store is not None else None
        self.on_coded = on_coded or (lambda c: None)
        self.on_rejected = on_rejected or (lambda r: None)
        self.on_progress = on_progress or (lambda s: None)
        self.on_commit = on_commit or (lambda s: None)
        self.stats = RunStats()

    # -- public ---------------------------------------------------------------------------

    def run_paths(self, inputs: list[str], ingest: IngestOptions | None = None, fetcher=None) -> RunStats:
        """Read ``inputs`` (files, directories, WARC, feeds, URLs, ``-``) and run them."""
        items = read_inputs(absolute_inputs(inputs), ingest or IngestOptions(), fetcher=fetcher)
        return self.run(items)

    def run(self, items: Iterable[Document | Rejected]) -> RunStats:
        """Code a stream of documents / rejections. Commits as it goes; safe to interrupt."""
        started = time.perf_counter()
        pending: list[tuple[str, CodedDocument]] = []
        try:
            for key, coded in self.code_isolated(self._fresh(items)):
                self._count(coded)
                self.on_coded(coded)
                pending.append((key, coded))
                if len(pending) >= self.options.commit_every:
                    self._commit(pending)
                    pending = []
                self.stats.seconds = time.perf_counter() - started
                self.on_progress(self.stats)
            self._commit(pending)
        except BaseException:
            # KeyboardInterrupt / SIGTERM: keep what is finished (everything in `pending` is coded)
            self._commit(pending)
            raise
        finally:
            self.stats.seconds = time.perf_counter() - started
        return self.stats

    # -- stages ---------------------------------------------------------------------------

    def _fresh(self, items: Iterable[Document | Rejected]) -> Iterator[Document]:
        """Documents still to code; rejections, done and known inputs are handled here, per chunk."""
        chunk: list[Document | Rejected] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= self.options.lookup_every:
                yield from self._filter(chunk)
                chunk = []
        if chunk:
            yield from self._filter(chunk)

    def _filter(self, chunk: list[Document | Rejected]) -> Iterator[Document]:
        keys = [source_key(i) for i in chunk]
        done: set[str] = set()
        known: set[str] = set()
        if self.ledger is not None:
            if self.options.resume:
                done = self.ledger.done(keys, retry_rejected=self.options.retry_rejected)
            ids = [
                i.id for i, k in zip(chunk, keys, strict=True) if isinstance(i, Document) and k not in done
            ]
            known = self.store.known_ids(ids)
        side: list[LedgerEntry] = []
        to_code: list[Document] = []
        for item, key in zip(chunk, keys, strict=True):
            self.stats.read += 1
            if key in done:
                self.stats.resumed += 1
            elif isinstance(item, Rejected):
                self.stats.rejected += 1
                self.on_rejected(item)
                side.append(LedgerEntry(key, item.doc_id, REJECTED, item.reason))
            elif item.id in known:
                self.stats.duplicates += 1
                side.append(LedgerEntry(key, item.id, DUPLICATE, None))
                if self.options.replay_known:
                    stored = self.store.get(item.id)
                    if stored is not None:
                        self.on_coded(stored)
            else:
                item.origin = item.origin or key
                to_code.append(item)
        if side and self.ledger is not None:
            self.ledger.commit([], side)  # nothing to code for these: done at once
            self.stats.commits += 1
            self.stats.committed += len(side)
            self.on_commit(self.stats)
        if side or len(to_code) < len(chunk):
            self.on_progress(self.stats)
        yield from to_code

    def code_isolated(self, docs: Iterator[Document]) -> Iterator[tuple[str, CodedDocument]]:
        """``coder.code_documents`` with per-document error isolation, as (source key, coded) pairs: when
        the batched stream raises, the documents in flight are coded one by one (E026 for the one that still
        fails) and the stream restarts on the remaining input. ``tacitus code`` streams through it too."""
        inflight: deque[Document] = deque()
        exhausted = False
        input_error: BaseException | None = None

        def feed() -> Iterator[Document]:
            nonlocal exhausted, input_error
            while True:
                try:
                    doc = next(docs)
                except StopIteration:
                    exhausted = True
                    return
                except Exception as exc:  # a bug in a reader: finish the documents read, then raise
                    exhausted, input_error = True, exc
                    raise
                inflight.append(doc)
                yield doc

        while True:
            try:
                for coded in self._coded(feed()):
                    doc = inflight.popleft()
                    yield source_key(doc), coded
                return
            except Exception:
                if not inflight and input_error is None:
                    raise  # not caused by a document: a real failure
            while inflight:  # isolate: code the in-flight documents alone
                doc = inflight.popleft()
                yield source_key(doc), self._code_alone(doc)
            if input_error is not None:
                raise input_error
            if exhausted:
                return

    def _coded(self, docs: Iterator[Document]) -> Iterator[CodedDocument]:
        """``coder.code_documents`` over ``docs``; in one process, fed ``commit_every`` documents at a time
        (the coder codes a whole chunk before yielding any of it, so a larger chunk would keep more coded
        work uncommitted than ``--commit-every`` says)."""
        options = getattr(self.coder, "options", None)
        if getattr(options, "n_process", 1) > 1:
            yield from self.coder.code_documents(docs)
            return
        step = max(1, self.options.commit_every)
        while chunk := list(islice(docs, step)):
            yield from self.coder.code_documents(chunk)

    def _code_alone(self, doc: Document) -> CodedDocument:
        try:
            return next(iter(self.coder.code_documents([doc])))
        except Exception as exc:
            return CodedDocument(document=doc, status=ERROR, reason=E026.format(detail=repr(exc)[:300]))

    def _count(self, coded: CodedDocument) -> None:
        self.stats.coded += 1
        self.stats.events += len(coded.events)
        if coded.status == OK:
            self.stats.ok += 1
        elif coded.status == SKIPPED:
            self.stats.skipped += 1
        else:
            self.stats.errors += 1

    def _commit(self, pending: list[tuple[str, CodedDocument]]) -> None:
        if not pending or self.ledger is None:
            return
        self.ledger.commit(pending)
        self.stats.commits += 1
        self.stats.committed += len(pending)
        self.on_commit(self.stats)


def run_local(
    inputs: list[str],
    *,
    store=None,
    coding=None,
    ingest: IngestOptions | None = None,
    options: RunOptions | None = None,
    fetcher=None,
    **callbacks,
) -> RunStats:
    """Convenience: build a Coder from ``coding`` (CodingOptions) and run ``inputs`` into ``store``."""
    from tacitus.pipeline import Coder

    runner = LocalRunner(Coder(coding), store, options, **callbacks)
    return runner.run_paths(inputs, ingest, fetcher=fetcher)


__all__ = ["LocalRunner", "RunOptions", "RunStats", "absolute_inputs", "run_local", "source_key"]

"""Progress of a long run on stderr: inputs done, docs/s and ETA.

The total is counted in a background thread (files in directories, lines of JSONL files, records of
WARC files; URL lists and feeds count their lines / one) so the run starts at once; the ETA appears
when the count is in. Plain periodic notes when stderr is not a terminal.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress

from tacitus.runners.local import RunStats


def count_inputs(paths: list[str], stop: threading.Event | None = None) -> int | None:
    """How many inputs ``read_inputs`` will yield, roughly (None when it cannot tell: stdin)."""
    from tacitus.ingest import feeds, fetch, warc
    from tacitus.ingest.reader import format_of

    total = 0

    def one(path: Path) -> int:
        if warc.is_warc(path):
            return warc.count_records(path) or 0
        if fetch.is_url_list(path):
            return sum(1 for _ in fetch.read_url_list(path))
        if feeds.is_feed_path(path):
            try:
                return max(len(feeds.parse_feed(path.read_bytes())), 1)
            except Exception:
                return 1
        fmt = format_of(path)
        if fmt == "jsonl" and path.suffix.lower() != ".json":
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        return 1 if fmt is not None else 0

    for name in paths:
        if stop is not None and stop.is_set():
            return None
        if name == "-":
            return None
        if "://" in name:
            total += 1
            continue
        path = Path(name)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if stop is not None and stop.is_set():
                    return None
                if sub.is_file() and not any(part.startswith(".") for part in sub.relative_to(path).parts):
                    total += one(sub)
        elif path.is_file():
            total += one(path)
    return total


class RunProgress:
    """Callback for :class:`~tacitus.runners.LocalRunner` (``on_progress``) drawing a bar."""

    def __init__(self, paths: list[str] | None = None, enabled: bool = True, every: float = 10.0) -> None:
        self.enabled = enabled
        self.console = Console(stderr=True)
        self.live = enabled and self.console.is_terminal
        self.every = every  # seconds between plain notes when not a terminal
        self.total: int | None = None
        self._stop = threading.Event()
        self._last_note = time.monotonic()
        self._bar: RichProgress | None = None
        self._task = None
        self._last_update = 0.0
        if enabled and paths:
            threading.Thread(target=self._count, args=(list(paths),), daemon=True).start()

    def _count(self, paths: list[str]) -> None:
        try:
            self.total = count_inputs(paths, self._stop)
        except Exception:
            self.total = None

    def __enter__(self) -> RunProgress:
        if self.live:
            self._bar = RichProgress(
                TextColumn("coding"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} docs/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self.console,
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("coding", total=None, rate="-")
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def __call__(self, stats: RunStats) -> None:
        now = time.monotonic()
        if now - self._last_update < 0.2:  # redraw at most 5 times a second
            return
        self._last_update = now
        rate = stats.docs_per_second
        if self._bar is not None:
            self._bar.update(self._task, completed=stats.read, total=self.total, rate=f"{rate:.1f}")
        elif self.enabled and now - self._last_note >= self.every:
            self._last_note = now
            eta = ""
            if self.total and rate > 0:
                left = max(self.total - stats.read, 0) / rate
                eta = f", ETA {time.strftime('%H:%M:%S', time.gmtime(left))}"
            total = f"/{self.total}" if self.total else ""
            print(
                f"tacitus: {stats.read}{total} inputs, {stats.coded} coded, {rate:.1f} docs/s{eta}",
                file=sys.stderr,
            )

    def note(self, message: str) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)


__all__ = ["RunProgress", "count_inputs"]

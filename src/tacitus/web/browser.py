"""Headless Chromium helpers for the UI tests, screenshots and the page-load benchmark.

Uses Debian's ``chromium`` package (``apt-get install chromium``); nothing is downloaded. Every URL the
browser loads is on loopback, and it is started with background networking off.

    python -m tacitus.web.browser URL OUT.png [WIDTHxHEIGHT]   # one screenshot
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--mute-audio",
)


def find_chromium() -> str | None:
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    chromium = find_chromium()
    if chromium is None:
        raise RuntimeError("chromium not found (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="tacitus-chromium-") as profile:
        return subprocess.run(
            [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def dump_dom(url: str, *, budget_ms: int = 8000, size: str = "1400,1000", timeout: float = 60) -> str:
    """The page's DOM (serialised HTML) after its scripts ran for up to ``budget_ms`` of virtual time."""
    result = _run([f"--window-size={size}", f"--virtual-time-budget={budget_ms}", "--dump-dom", url], timeout)
    if result.returncode != 0 or not result.stdout:
        raise RuntimeError(f"chromium failed ({result.returncode}): {result.stderr[-2000:]}")
    return result.stdout


def screenshot(url: str, out: str | Path, *, size: str = "1400,1000", budget_ms: int = 8000) -> Path:
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    result = _run(
        [f"--window-size={size}", f"--virtual-time-budget={budget_ms}", f"--screenshot={out}", url], 60
    )
    if not out.exists():
        raise RuntimeError(f"no screenshot ({result.returncode}): {result.stderr[-2000:]}")
    return out


class LoopbackServer:
    """Serve an ASGI app with uvicorn in a thread on 127.0.0.1, free port: ``with LoopbackServer(app)``."""

    def __init__(self, app, host: str = "127.0.0.1") -> None:
        import socket

        import uvicorn

        with socket.socket() as sock:
            sock.bind((host, 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://{host}:{self.port}/"
        config = uvicorn.Config(app, host=host, port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


if __name__ == "__main__":  # pragma: no cover
    url, out = sys.argv[1], sys.argv[2]
    size = sys.argv[3].replace("x", ",") if len(sys.argv) > 3 else "1400,1000"
    print(screenshot(url, out, size=size))

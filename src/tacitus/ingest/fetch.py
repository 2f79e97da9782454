"""Polite fetching of article URLs (URL lists, feed links, URLs on the command line): :class:`Fetcher`.

- robots.txt honoured (``urllib.robotparser``; cached per host; its ``Crawl-delay`` slows the host down;
  401/403 on robots.txt = everything disallowed, 404 or unreachable = everything allowed);
- a token bucket per host (``rate`` requests per second, default 1) — concurrent hosts are not slowed
  by each other, one host never gets more than ``rate``;
- timeouts (connect/read), a size cap (``max_bytes``, checked on Content-Length and while streaming),
  at most ``max_redirects`` (5) redirects, each hop checked again (scheme, address, robots);
- private, loopback, link-local, multicast and reserved addresses refused — the host name is resolved
  before connecting and every address it resolves to must be public — unless ``allow_private``
  (tests and intranet crawls). (A host that changes its DNS answer between our check and httpx's
  own lookup can still slip through; run crawls of untrusted lists behind an egress proxy.)

Failures are :class:`FetchError` (an ``InputError``) with a stable code: ``E024`` refused (robots,
address, scheme), ``E025`` failed (timeout, HTTP status, too large, too many redirects, not HTML).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from tacitus import __version__
from tacitus.errors import E006, E007, E024, E025, InputError
from tacitus.ingest.types import IngestOptions, Rejected, origin_of
from tacitus.model import Document

URL_LIST_SUFFIXES = (".urls",)
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)


class FetchError(InputError):
    """A URL could not be fetched (the message starts with E024 or E025)."""


@dataclass(slots=True)
class FetchOptions:
    user_agent: str = f"tacitus/{__version__} (political event data research; +https://github.com/tacitus)"
    timeout: float = 20.0  # seconds, connect and each read
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    rate: float = 1.0  # requests per second per host
    burst: int = 1  # token bucket size
    allow_private: bool = False  # allow loopback / private / link-local addresses
    robots: bool = True  # honour robots.txt


@dataclass(slots=True)
class FetchResult:
    url: str  # final URL after redirects
    status: int
    content_type: str
    body: bytes
    redirects: list[str] = field(default_factory=list)


class TokenBucket:
    """``rate`` tokens per second, at most ``burst`` saved up; ``take()`` sleeps until one is there."""

    def __init__(self, rate: float, burst: int = 1) -> None:
        self.rate = max(rate, 1e-6)
        self.burst = max(burst, 1)
        self.tokens = float(self.burst)
        self.stamp = time.monotonic()
        self.lock = threading.Lock()

    def take(self) -> float:
        """Take one token; returns the seconds slept."""
        with self.lock:
            now = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now
            wait = 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate
            self.tokens -= 1  # may go negative: the next caller waits for it
        if wait:
            time.sleep(wait)
        return wait


def check_address(host: str, port: int | None, allow_private: bool) -> None:
    """Raise FetchError(E024) unless every address ``host`` resolves to is public."""
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, port or 80, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(E025.format(url=host, detail=f"cannot resolve host: {exc}")) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise FetchError(
                E024.format(url=host, detail=f"{address} is not a public address (use --allow-private)")
            )


class Fetcher:
    """Fetch pages politely. One per run; thread-safe for ``get`` (one bucket per host)."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        import httpx

        self.options = options or FetchOptions()
        o = self.options
        self.client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(o.timeout),
            headers={"User-Agent": o.user_agent, "Accept": "text/html,application/xhtml+xml,*/*;q=0.5"},
            trust_env=False,  # no proxies from the environment unless configured explicitly
        )
        self._buckets: dict[str, TokenBucket] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self._lock = threading.Lock()
        self.requests = 0  # counters for tests and reports
        self.waited = 0.0

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public ---------------------------------------------------------------------------

    def get(self, url: str) -> FetchResult:
        """GET ``url`` politely, following up to ``max_redirects`` redirects. Raises FetchError."""
        redirects: list[str] = []
        current = url
        while True:
            self._check(current, original=url)
            status, content_type, body, location = self._request(current, url)
            if status in (301, 302, 303, 307, 308) and location:
                if len(redirects) >= self.options.max_redirects:
                    raise FetchError(
                        E025.format(url=url, detail=f"more than {self.options.max_redirects} redirects")
                    )
                redirects.append(current)
                current = urljoin(current, location)
                continue
            if not 200 <= status < 300:
                raise FetchError(E025.format(url=url, detail=f"HTTP {status}"))
            return FetchResult(current, status, content_type, body, redirects)

    def allowed(self, url: str) -> bool:
        """robots.txt verdict for ``url`` (True when robots are not honoured)."""
        if not self.options.robots:
            return True
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            known = root in self._robots
        if not known:
            parser = self._load_robots(root)
            with self._lock:
                self._robots[root] = parser
                if parser is not None:
                    delay = parser.crawl_delay(self.options.user_agent)
                    if delay:
                        bucket = self._bucket(parts.netloc)
                        bucket.rate = min(bucket.rate, 1.0 / float(delay))
        parser = self._robots[root]
        return True if parser is None else parser.can_fetch(self.options.user_agent, url)

    # -- internals ------------------------------------------------------------------------

    def _check(self, url: str, original: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(E024.format(url=original, detail=f"only http(s) URLs are fetched: {url}"))
        try:
            check_address(parts.hostname, parts.port, self.options.allow_private)
        except FetchError as exc:
            raise FetchError(str(exc).replace(parts.hostname, url, 1)) from None
        if not self.allowed(url):
            raise FetchError(E024.format(url=original, detail=f"disallowed by robots.txt: {url}"))

    def _bucket(self, netloc: str) -> TokenBucket:
        bucket = self._buckets.get(netloc)
        if bucket is None:
            bucket = self._buckets.setdefault(netloc, TokenBucket(self.options.rate, self.options.burst))
        return bucket

    def _request(self, url: str, original: str) -> tuple[int, str, bytes, str | None]:
        import httpx

        with self._lock:
            bucket = self._bucket(urlsplit(url).netloc)
        self.waited += bucket.take()
        self.requests += 1
        cap = self.options.max_bytes
        try:
            with self.client.stream("GET", url) as response:
                location = response.headers.get("location")
                content_type = response.headers.get("content-type", "")
                if response.status_code in (301, 302, 303, 307, 308):
                    return response.status_code, content_type, b"", location
                length = response.headers.get("content-length")
                if length and length.isdigit() and int(length) > cap:
                    raise FetchError(E025.format(url=original, detail=f"larger than {cap} bytes ({length})"))
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise FetchError(E025.format(url=original, detail=f"larger than {cap} bytes"))
                    chunks.append(chunk)
                return response.status_code, content_type, b"".join(chunks), location
        except httpx.TimeoutException:
            raise FetchError(
                E025.format(url=original, detail=f"timeout after {self.options.timeout:g}s")
            ) from None
        except httpx.HTTPError as exc:
            raise FetchError(E025.format(url=original, detail=f"{type(exc).__name__}: {exc}")) from None

    def _load_robots(self, root: str) -> RobotFileParser | None:
        """The parsed robots.txt of ``root`` (None = no rules)."""
        parser = RobotFileParser(root + "/robots.txt")
        try:
            check_address(urlsplit(root).hostname or "", urlsplit(root).port, self.options.allow_private)
            status, _, body, _ = self._request(root + "/robots.txt", root + "/robots.txt")
        except FetchError:
            return None  # unreachable robots.txt: no rules (the page fetch reports its own error)
        if status in (401, 403):
            parser.disallow_all = True
            return parser
        if status >= 300:
            return None
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return parser


# -- documents from URLs ----------------------------------------------------------------------


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def is_url_list(path: str | Path) -> bool:
    return str(path).lower().endswith(URL_LIST_SUFFIXES)


def read_url_list(path: str | Path) -> Iterator[str]:
    """URLs from a file, one per line; blank lines and ``#`` comments skipped."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def fetch_documents(
    urls: Iterable[str], options: IngestOptions | None = None, fetcher: Fetcher | None = None
) -> Iterator[Document | Rejected]:
    """Fetch each URL: an HTML page is one document (origin = the URL as given), a feed is read
    with :func:`tacitus.ingest.feeds.read_feed` (its links fetched too); failures are Rejected."""
    from tacitus.ingest.documents import document_from_html
    from tacitus.ingest.feeds import looks_like_feed, read_feed

    options = options or IngestOptions()
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        for url in urls:
            try:
                result = fetcher.get(url)
                kind = result.content_type.split(";")[0].strip().lower()
                if kind in FEED_TYPES or (kind not in HTML_TYPES and looks_like_feed(result.body)):
                    yield from read_feed(result.body, origin=url, options=options, fetcher=fetcher)
                    continue
                if kind and kind not in HTML_TYPES:
                    raise FetchError(E025.format(url=url, detail=f"not HTML: {kind}"))
                doc = document_from_html(result.body, origin=url, url=result.url)
                if options.default_date and (options.force_date or doc.published is None):
                    doc.published = options.default_date
                yield doc
            except InputError as exc:
                yield Rejected(origin=url, reason=str(exc))
    finally:
        if own:
            fetcher.close()


def read_url_file(
    path: Path, options: IngestOptions, fetcher: Fetcher | None
) -> Iterator[Document | Rejected]:
    """Documents from a ``.urls`` file (one URL per line)."""
    if not path.exists():
        yield Rejected(origin=origin_of(path), reason=E006.format(path=origin_of(path)))
        return
    try:
        urls = read_url_list(path)
        yield from fetch_documents(urls, options, fetcher)
    except OSError as exc:
        origin = origin_of(path)
        yield Rejected(origin=origin, reason=E007.format(path=origin, detail=exc.strerror or exc))


__all__ = [
    "FetchError",
    "FetchOptions",
    "FetchResult",
    "Fetcher",
    "TokenBucket",
    "check_address",
    "fetch_documents",
    "is_url",
    "is_url_list",
    "read_url_file",
    "read_url_list",
]

"""Polite fetching, against a loopback http.server only (never the network)."""

from __future__ import annotations

import http.server
import threading
import time

import pytest

from tacitus.ingest import Rejected, read_inputs
from tacitus.ingest.fetch import (
    Fetcher,
    FetchError,
    FetchOptions,
    TokenBucket,
    check_address,
    fetch_documents,
)

PAGE = (
    b"<html><head><title>Strike</title></head><body><article><p>Russian warplanes bombed rebel positions "
    b"near Aleppo on Tuesday, the Syrian Observatory for Human Rights said.</p><p>At least twelve people "
    b"were killed in the raids, according to local activists.</p></article></body></html>"
)
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>{base}/article/1</link><pubDate>Fri, 23 Sep 2016 10:00:00 GMT</pubDate></item>
<item><title>Two</title><link>{base}/article/2</link></item>
</channel></rss>"""


class Handler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []
    times: list[float] = []

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        Handler.hits.append(self.path)
        Handler.times.append(time.monotonic())
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if self.path.startswith("/article/") or self.path == "/private/x":
            return self._send(200, PAGE)
        if self.path == "/feed.xml":
            return self._send(200, FEED.replace(b"{base}", base.encode()), "application/rss+xml")
        if self.path.startswith("/loop"):
            n = int(self.path[5:] or 0)
            self.send_response(302)
            self.send_header("Location", f"/loop{n + 1}")
            self.end_headers()
            return None
        if self.path == "/redirect":
            self.send_response(301)
            self.send_header("Location", "/article/9")
            self.end_headers()
            return None
        if self.path == "/big":
            return self._send(200, b"<html>" + b"x" * 200_000 + b"</html>")
        if self.path == "/slow":
            time.sleep(2)
            return self._send(200, PAGE)
        if self.path == "/image":
            return self._send(200, b"\x89PNG....", "image/png")
        return self._send(404, b"not found")

    def _send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def server():
    Handler.hits, Handler.times = [], []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def fetcher(**kw) -> Fetcher:
    return Fetcher(FetchOptions(**{"allow_private": True, "rate": 1000.0, "timeout": 1.0, **kw}))


def test_loopback_is_refused_unless_allowed(server):
    with Fetcher(FetchOptions()) as f, pytest.raises(FetchError, match=r"E024.*not a public address"):
        f.get(server + "/article/1")
    assert Handler.hits == []  # refused before any connection
    for host in ("127.0.0.1", "localhost", "10.1.2.3", "169.254.169.254", "::1"):
        with pytest.raises(FetchError, match=r"E024"):
            check_address(host, 80, allow_private=False)
    with fetcher() as f:
        assert f.get(server + "/article/1").body == PAGE


def test_robots_txt_is_honoured_and_fetched_once(server):
    with fetcher() as f:
        with pytest.raises(FetchError, match=r"E024.*robots.txt"):
            f.get(server + "/private/x")
        f.get(server + "/article/1")
        f.get(server + "/article/2")
    assert Handler.hits.count("/robots.txt") == 1 and "/private/x" not in Handler.hits
    with fetcher(robots=False) as f:
        f.get(server + "/private/x")


def test_redirects_followed_and_limited(server):
    with fetcher() as f:
        result = f.get(server + "/redirect")
        assert result.url.endswith("/article/9") and len(result.redirects) == 1
        with pytest.raises(FetchError, match=r"E025.*more than 5 redirects"):
            f.get(server + "/loop")
    assert Handler.hits.count("/loop5") == 1 and "/loop6" not in Handler.hits


def test_size_cap_timeout_status_and_scheme(server):
    with fetcher(max_bytes=10_000) as f:
        with pytest.raises(FetchError, match=r"E025.*larger than 10000 bytes"):
            f.get(server + "/big")
        with pytest.raises(FetchError, match=r"E025.*timeout"):
            f.get(server + "/slow")
        with pytest.raises(FetchError, match=r"E025.*HTTP 404"):
            f.get(server + "/nothing")
        with pytest.raises(FetchError, match=r"E024.*only http"):
            f.get("file:///etc/passwd")


def test_per_host_rate_limit(server):
    with fetcher(rate=5.0, robots=False) as f:
        for i in range(4):
            f.get(f"{server}/article/{i}")
    gaps = [b - a for a, b in zip(Handler.times, Handler.times[1:], strict=False)]
    assert min(gaps) >= 0.15  # 5 requests/s: about 0.2 s apart
    bucket = TokenBucket(rate=10, burst=1)
    t = time.monotonic()
    for _ in range(4):
        bucket.take()
    assert time.monotonic() - t >= 0.25


def test_url_list_and_feed_become_documents(server, tmp_path):
    urls = tmp_path / "today.urls"
    urls.write_text(f"# a comment\n{server}/article/1\n\n{server}/image\n{server}/feed.xml\n")
    with fetcher() as f:
        out = list(read_inputs([str(urls)], fetcher=f))
    docs = [o for o in out if not isinstance(o, Rejected)]
    rejected = [o for o in out if isinstance(o, Rejected)]
    assert [d.origin for d in docs] == [f"{server}/article/1", f"{server}/article/1", f"{server}/article/2"]
    assert "Aleppo" in docs[0].text
    assert str(docs[1].published) == "2016-09-23"  # the feed entry's date as a fallback
    assert [r.origin for r in rejected] == [f"{server}/image"] and "not HTML" in rejected[0].reason


def test_url_argument_and_failures_are_rejected_not_raised(server):
    with fetcher() as f:
        out = list(fetch_documents([server + "/article/3", server + "/missing"], fetcher=f))
    assert not isinstance(out[0], Rejected) and out[0].url.endswith("/article/3")
    assert isinstance(out[1], Rejected) and out[1].reason.startswith("E025")
    with fetcher() as f:
        assert not isinstance(next(read_inputs([server + "/article/4"], fetcher=f)), Rejected)
